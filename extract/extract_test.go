package extract

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/internal/scoring"
)

func TestExtractRejectsBadInput(t *testing.T) {
	x := New(testGazetteer(t)).WithMaxTextSize(1 << 10)
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", "empty"},
		{"white space", " \n\t\n ", "empty"},
		{"invalid utf-8", "Iran \xff\xfe condemned", "UTF-8"},
		{"binary", "PK\x03\x04\x00\x00binary", "NUL"},
		{"too large", strings.Repeat("Iran condemned Israel. ", 100), "over the article size limit of 1024 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{})
			require.Error(t, err)
			assert.Nil(t, ex)
			assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestExtractDefaultSizeLimit(t *testing.T) {
	x := New(testGazetteer(t))
	_, err := x.Extract(context.Background(), strings.Repeat("a", MaxTextSize+1), geokg.Article{})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
	assert.EqualError(t, err, geokg.ArticleTooLarge(MaxTextSize+1, geokg.MaxArticleBytes).Error())
	assert.Contains(t, err.Error(), "over the article size limit of 8 MiB")
}

func TestExtractEndlessLine(t *testing.T) {
	// one line of 2 MB without a sentence end: bounded sentences, no panic
	text := strings.Repeat("Iran and Albania and ", 100000)
	ex, err := New(testGazetteer(t)).Extract(context.Background(), text, geokg.Article{})
	require.NoError(t, err)
	checkInvariants(t, text, ex)
}

func TestExtractHonoursContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(testGazetteer(t)).Extract(ctx, "Iran condemned Israel.", geokg.Article{})
	assert.True(t, errors.Is(err, context.Canceled))
}

func TestExtractResult(t *testing.T) {
	text := "Denmark blames Russia for the cyberattack on July 15.\n\nPrime Minister Mette Frederiksen of Denmark on Wednesday accused Russia of the hack."
	ex := extractText(t, text, "2022-09-10")
	assert.Equal(t, geokg.ArticleID(text), ex.Article.ID)
	assert.Equal(t, geokg.ExtractorVersion, ex.Extractor)
	assert.Equal(t, "2022-09-10", ex.Article.Published)
	checkInvariants(t, text, ex)
	dates := map[string]string{}
	for _, r := range ex.Relations {
		dates[string(r.Type)+" "+r.Subject] = r.Date
	}
	assert.Equal(t, "2022-07-15", dates["ACCUSES country:DNK"], "the date the sentence gives")
	assert.Equal(t, "2022-09-07", dates["ACCUSES official:mette-frederiksen"], "Wednesday before the article's date")
	require.NotEmpty(t, ex.Events)
	assert.Equal(t, geokg.Cyberattack, ex.Events[0].Type)
	for _, r := range ex.Relations {
		if r.Subject == "country:DNK" && r.Type == geokg.Accuses {
			assert.Equal(t, ex.Events[0].ID, r.Event, "the accusation names the event")
		}
	}
}

func TestExtractIsDeterministic(t *testing.T) {
	text := "The UK, US and Canada accused Russia of the attack. France condemned Russia. Russia denied the accusations."
	first, err := json.Marshal(extractText(t, text, ""))
	require.NoError(t, err)
	for i := 0; i < 5; i++ {
		again, err := json.Marshal(extractText(t, text, ""))
		require.NoError(t, err)
		assert.Equal(t, string(first), string(again))
	}
}

func TestExtractIsSafeForConcurrentUse(t *testing.T) {
	x := New(testGazetteer(t))
	text := "Denmark cut ties with Syria. The US imposed sanctions on Syria."
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ex, err := x.Extract(context.Background(), text, geokg.Article{})
			assert.NoError(t, err)
			assert.Len(t, ex.Relations, 2)
		}()
	}
	wg.Wait()
}

// checkInvariants checks what every extraction promises: valid ids and references,
// evidence equal to the text at its offsets, sorted entities.
func checkInvariants(t testing.TB, text string, ex *geokg.Extraction) {
	t.Helper()
	require.NoError(t, ex.Validate())
	for _, r := range ex.Relations {
		require.True(t, 0 <= r.Start && r.Start <= r.End && r.End <= len(text), "offsets inside the text")
		require.Equal(t, r.Evidence, text[r.Start:r.End], "evidence is the text at its offsets")
		require.True(t, r.Confidence > 0 && r.Confidence <= 1)
	}
	for _, e := range ex.Events {
		require.Equal(t, e.Evidence, text[e.Start:e.End])
	}
	for i := 1; i < len(ex.Entities); i++ {
		require.Less(t, ex.Entities[i-1].ID, ex.Entities[i].ID)
	}
}

func TestResolveDate(t *testing.T) {
	tests := []struct {
		text, published, want string
	}{
		{"on July 15", "2022-09-10", "2022-07-15"},
		{"on Dec. 20", "2022-01-10", "2021-12-20"},
		{"on 15 July 2021", "2022-09-10", "2021-07-15"},
		{"on Aug. 6, 1990", "", "1990-08-06"},
		{"Friday", "2022-09-10", "2022-09-09"},
		{"on Saturday", "2022-09-10", "2022-09-10"},
		{"yesterday", "2022-09-10", "2022-09-09"},
		{"today", "2022-09-10", "2022-09-10"},
		{"last week", "2022-09-10", "2022-09-03"},
		{"Friday", "", ""},
		{"in May", "2022-09-10", ""},
		{"no date here", "2022-09-10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, resolveDate(tokenize(tt.text), tt.published))
		})
	}
}

func TestCoreference(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the country", "Turkey criticised Syria. The country also accused the United States.", []string{"Turkey ACCUSES United States", "Turkey CONDEMNS Syria"}},
		{"region description", "Qatar is small. The Gulf state has long sheltered leaders of Hamas.", []string{"Qatar HOSTS Hamas"}},
		{"he", "Prime Minister Mette Frederiksen of Denmark spoke. She accused Russia of the hack.", []string{"Mette Frederiksen ACCUSES Russia"}},
		{"the prime minister", "Prime Minister Mette Frederiksen of Denmark spoke. The prime minister accused Russia of the hack.", []string{"Mette Frederiksen ACCUSES Russia"}},
		{"its", "Cuba accused the US after the US imposed sanctions on its interior ministry.", []string{"Cuba ACCUSES United States", "United States SANCTIONS Cuban Interior Ministry"}},
		{"the group", "Hamas fired rockets. The group attacked Israel.", []string{"Hamas ATTACKS Israel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, interactions(extractText(t, tt.text, "")))
		})
	}
}

func TestGovernmentBodies(t *testing.T) {
	ex := extractText(t, "Denmark has seen a third outage, the country’s defence ministry has stated. Russia's Ministry of Energy and Mines denied it. The ministry said so.", "")
	assert.ElementsMatch(t, []string{
		"Danish Defence Ministry PART_OF Denmark",
		"Ministry of Energy and Mines of Russia PART_OF Russia",
	}, relationStrings(ex))
	for _, e := range ex.Entities {
		if e.Name == "Danish Defence Ministry" {
			assert.Equal(t, geokg.Agency, e.Subtype)
			assert.Equal(t, "DNK", e.Country)
			assert.ElementsMatch(t, []string{"defence ministry", "the country’s defence ministry"}, e.Aliases)
		}
	}
}

// TestSeedArticle runs the client's example article and checks the bar of the issue:
// at least 12 of the 14 required gold relations and at most 2 false positives, matched
// as score.py matches them.
func TestSeedArticle(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	raw, err := os.ReadFile(filepath.Join(dir, "seed.txt"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("seed article missing in CI: %v", err)
		}
		t.Skipf("seed article not found (%v): ../shared/eval is outside the repository", err)
	}
	goldRaw, err := os.ReadFile(filepath.Join(dir, "seed.gold.json"))
	require.NoError(t, err)
	meta, body := splitEvalHeader(string(raw))
	g, err := gazetteer.Default()
	require.NoError(t, err)
	start := time.Now()
	ex, err := New(g).Extract(context.Background(), body, meta)
	require.NoError(t, err)
	t.Logf("seed extracted in %v", time.Since(start))
	checkInvariants(t, body, ex)

	var gold scoring.Gold
	require.NoError(t, json.Unmarshal(goldRaw, &gold))
	tp, fp, fn := scoreAgainstGold(gold, ex)
	t.Logf("seed: %d of %d required relations found, %d false positives; missed %v; false %v", len(tp), len(tp)+len(fn), len(fp), fn, fp)
	assert.GreaterOrEqual(t, len(tp), 12, "at least 12 of the 14 required relations")
	assert.LessOrEqual(t, len(fp), 2, "at most 2 false positives")
}

// splitEvalHeader splits an evaluation file into its header metadata and body.
func splitEvalHeader(s string) (geokg.Article, string) {
	var meta geokg.Article
	head, body, ok := strings.Cut(s, "\n---\n")
	if !ok {
		return meta, s
	}
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "title":
			meta.Title = v
		case "date":
			if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
				meta.Published = v[:10]
			}
		}
	}
	return meta, body
}

// TestWithoutPatterns: the frames on the parse read on their own, and the pattern table
// is what WithoutPatterns leaves out.
func TestWithoutPatterns(t *testing.T) {
	x := New(testGazetteer(t))
	for _, tc := range []struct {
		text       string
		with, only []string
	}{
		{"Albania expelled Iranian diplomats on Wednesday.", []string{"Albania EXPELS Iran"}, []string{"Albania EXPELS Iran"}},
		{"The Kremlin took issue with Britain.", []string{"Russia CONDEMNS United Kingdom"}, []string{}},
	} {
		ex, err := x.Extract(t.Context(), tc.text, geokg.Article{})
		require.NoError(t, err)
		assert.Equal(t, tc.with, interactions(ex), tc.text)
		ex, err = x.WithoutPatterns().Extract(t.Context(), tc.text, geokg.Article{})
		require.NoError(t, err)
		assert.Equal(t, tc.only, interactions(ex), tc.text)
		for _, r := range ex.Relations {
			assert.True(t, strings.HasPrefix(r.Rule, "frame "), "without patterns, %v comes from a frame", r)
		}
	}
}
