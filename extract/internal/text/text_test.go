package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range splitSentences(text, Tokenize(text)) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations", "Both the U.S. and the U.N. saw Gen. Smith on Sept. 5 at 10 a.m. in St. Louis. Mr. Orlov left.",
			[]string{"Both the U.S. and the U.N. saw Gen. Smith on Sept. 5 at 10 a.m. in St. Louis.", "Mr. Orlov left."}},
		{"military ranks", "The spokesman, Brig. Gen. Sami Hadi, and Cpl. Jo Ames spoke. Rear Adm. Tom Baker left.",
			[]string{"The spokesman, Brig. Gen. Sami Hadi, and Cpl. Jo Ames spoke.", "Rear Adm. Tom Baker left."}},
		{"initials", "President George H. W. Bush spoke. Dr. Jones agreed.",
			[]string{"President George H. W. Bush spoke.", "Dr. Jones agreed."}},
		{"quotes", "“We will respond,” he said. “It is over.” The talks ended.",
			[]string{"“We will respond,” he said.", "“It is over.”", "The talks ended."}},
		{"brackets and dashes", "The army (which was ready) moved. The plan — a bold one — failed!",
			[]string{"The army (which was ready) moved.", "The plan — a bold one — failed!"}},
		{"question", "Will Iran respond? Nobody knows.", []string{"Will Iran respond?", "Nobody knows."}},
		{"paragraphs", "Headline without a stop\n\nThe body starts here. It goes on.",
			[]string{"Headline without a stop", "The body starts here.", "It goes on."}},
		{"mixed scripts", "Gulf Times said it. مرحبا بالعالم. Tehran replied.",
			[]string{"Gulf Times said it.", "مرحبا بالعالم.", "Tehran replied."}},
		{"U.S. at the end", "Tariffs came from the U.S. The move angered Cuba.",
			[]string{"Tariffs came from the U.S.", "The move angered Cuba."}},
		{"month abbreviation", "The council met on Aug. 6 and voted.", []string{"The council met on Aug. 6 and voted."}},
		{"decimals and thousands", "It cost 3.5 billion dollars, or 1,000 more. Fine.", []string{"It cost 3.5 billion dollars, or 1,000 more.", "Fine."}},
		{"space lost after the dot", "Peru closed the port last week.The talks ended.", []string{"Peru closed the port last week.", "The talks ended."}},
		{"space lost after a quote", "It is over,\" Ruiz said.Chile left.", []string{"It is over,\" Ruiz said.", "Chile left."}},
		{"space lost before a quote", "Ruiz spoke to the press.“We will not yield,” he said.\"I agree.", []string{"Ruiz spoke to the press.", "“We will not yield,” he said.\"", "I agree."}},
		{"glued dots that end nothing", "See state.gov and the report.PDF from St.Louis or Mr.Boric today.", []string{"See state.gov and the report.PDF from St.Louis or Mr.Boric today."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentenceTexts(tt.text))
		})
	}
}

func TestSplitSentencesHardWrapped(t *testing.T) {
	text := "Chile says the tariffs have hurt its copper exporters and has\n" +
		"asked its neighbours to join a common response before the\n" +
		"regional summit that opens in the capital late next month,\n" +
		"while trade talks with the larger partners are on hold for\n" +
		"now, ministers in the capital told reporters on Tuesday.\n" +
		"    Chilean ministers declined to give any estimate of the\n" +
		"total, saying it depends on a long list of contracts that\n" +
		"are still under review by the customs service this year.\n"
	got := sentenceTexts(text)
	require.Len(t, got, 2)
	assert.True(t, strings.HasPrefix(got[0], "Chile says"))
	assert.True(t, strings.HasPrefix(got[1], "Chilean ministers"))
}

func TestFurnitureIsMarked(t *testing.T) {
	text := "Iran condemned Israel on Monday.\n\nRelated Articles\nUS jets hit Iran radar sites\nPeru Opens New Port\nChile Set to Raise Tariffs\n\nThe talks ended."
	sents := splitSentences(text, Tokenize(text))
	var furniture, body []string
	for _, s := range sents {
		if s.Furniture {
			furniture = append(furniture, text[s.Start:s.End])
		} else {
			body = append(body, text[s.Start:s.End])
		}
	}
	assert.Equal(t, []string{"Iran condemned Israel on Monday.", "The talks ended."}, body)
	assert.Len(t, furniture, 4)
}

// TestWidgetLinesAreFurniture: the lines of a page's video player, photo gallery and
// picture captions are furniture, whatever their length and punctuation; a sentence that
// only speaks of captions or videos is not.
func TestWidgetLinesAreFurniture(t *testing.T) {
	text := "Peru recalled its envoy to Chile on Monday.\n\n" +
		"JUST WATCHED Boric slams Peru over border Replay More Videos ... MUST WATCH Boric slams Peru over border 02:10\n\n" +
		"Photos: Andean summit – President Boric meets Peruvian President Ruiz in Lima. Hide Caption 3 of 12 Photos: Andean summit – The two leaders sign a pact. Hide Caption 4 of 12\n\n" +
		"Image copyright Reuters Image caption Chilean troops patrol the border near Arica\n\n" +
		"Chile said the caption under the photo of its troops was wrong, and the video of the summit was edited.\n\n" +
		"Hide and seek: Peru hid the caption of 3 of its maps."
	sents := splitSentences(text, Tokenize(text))
	var body []string
	for _, s := range sents {
		if !s.Furniture {
			body = append(body, text[s.Start:s.End])
		}
	}
	assert.Equal(t, []string{"Peru recalled its envoy to Chile on Monday.",
		"Chile said the caption under the photo of its troops was wrong, and the video of the summit was edited.",
		"Hide and seek: Peru hid the caption of 3 of its maps."}, body)
}

// TestInlineLinksAreFurniture: a sentence into which a page pasted link texts (a name
// repeated in full, glued to the next link's first word) is furniture; names written with
// inner capitals are not.
func TestInlineLinksAreFurniture(t *testing.T) {
	text := "Sen. Ana Ruiz Ana Maria RuizOvernight Defense: Peru hits Chile | Bolivia votes said Chile was wrong.\n\nSen. John McCain and Ron DeSantis met Chile's MacArthur Prize winner on Monday."
	sents := splitSentences(text, Tokenize(text))
	require.Len(t, sents, 2)
	assert.True(t, sents[0].Furniture, text[sents[0].Start:sents[0].End])
	assert.False(t, sents[1].Furniture, text[sents[1].Start:sents[1].End])
	for _, tt := range []struct {
		word, head string
		glued      bool
	}{
		{"RuizOvernight", "Ruiz", true}, {"YouTube", "You", true},
		{"McCain", "", false}, {"DeSantis", "", false}, {"MacArthur", "", false}, {"Ruiz", "", false}, {"U.S.", "", false},
	} {
		head, glued := gluedName(tt.word)
		assert.Equal(t, tt.glued, glued, tt.word)
		assert.Equal(t, tt.head, head, tt.word)
	}
	// a glued word whose first part was not just written is no link run
	assert.False(t, inlineLinks(Tokenize("Chile posted the video on YouTube on Monday.")))
}

func TestTokenize(t *testing.T) {
	text := "Iran’s U.S.-backed foes don't agree, Amir-Abdollahian said."
	var words []string
	for _, tok := range Tokenize(text) {
		assert.Equal(t, tok.Text, text[tok.Start:tok.End], "offsets point at the token")
		words = append(words, tok.Text)
	}
	assert.Equal(t, []string{"Iran", "’s", "U.S.", "-", "backed", "foes", "don't", "agree", ",", "Amir", "-", "Abdollahian", "said", "."}, words)
}

func TestTokenizeEndlessWord(t *testing.T) {
	text := strings.Repeat("a", 10*MaxTokenBytes+3)
	toks := Tokenize(text)
	for _, tok := range toks {
		assert.LessOrEqual(t, len(tok.Text), MaxTokenBytes)
	}
	assert.Equal(t, len(text), toks[len(toks)-1].End)
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text string
		want string // the first word after the dateline, or "" for none
	}{
		{"PARIS/BERLIN (AFP) - Chile condemned it.", "Chile"},
		{"TOKYO, June 2 (Kyodo) -- Japan condemned it.", "Japan"},
		{"Geneva, May 5 (AP) — Peru condemned it.", "Peru"},
		{"LIMA — Peru condemned it.", "Peru"},
		{"US - Iran talks resumed.", ""},
		{"Peru - a country of the Andes - voted.", ""},
		{"The vote - a close one - passed.", ""},
		{"Lima (CNN) President Ruiz condemned it.", "President"},
		{"Santiago (Reuters) Chile condemned it.", "Chile"},
		{"The Andean Pact (AP) Council met.", ""},
		{"Peru (CNN) said it would vote.", ""},
		{"Chile (Santiago) Ruiz condemned it.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := Tokenize(tt.text)
			end := DatelineEnd(toks)
			if tt.want == "" {
				assert.Zero(t, end)
				return
			}
			require.Positive(t, end)
			assert.Equal(t, tt.want, toks[end].Text)
		})
	}
}

// TestSplit runs the stage alone: an article's text in, its sentences with their tokens
// out (furniture marked, buffers reused).
func TestSplit(t *testing.T) {
	tests := []struct {
		text      string
		want      [][]string // the tokens of each sentence
		furniture []bool
	}{
		{"Peru's envoy left. Chile, too!",
			[][]string{{"Peru", "'s", "envoy", "left", "."}, {"Chile", ",", "too", "!"}}, []bool{false, false}},
		{"LIMA (AP) — Gen. Ruiz met U.S. envoys on Aug. 6.",
			[][]string{{"LIMA", "(", "AP", ")", "—", "Gen", ".", "Ruiz", "met", "U.S.", "envoys", "on", "Aug", ".", "6", "."}}, []bool{false}},
		{"Read more\nPeru votes\nChile wins\n\nThe talks ended.",
			[][]string{{"Read", "more"}, {"Peru", "votes"}, {"Chile", "wins"}, {"The", "talks", "ended", "."}}, []bool{true, true, true, false}},
	}
	b := &Buffers{Tokens: make([]Token, 0, 64)}
	first := &b.Tokens[:1][0]
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			sents := Split(tt.text, b)
			toks := b.Tokens
			var got [][]string
			var furniture []bool
			n := 0
			for i, s := range sents {
				assert.Equal(t, i, s.Index)
				var words []string
				for _, tok := range s.Tokens {
					assert.Equal(t, tok.Text, tt.text[tok.Start:tok.End])
					words = append(words, tok.Text)
				}
				n += len(s.Tokens)
				got = append(got, words)
				furniture = append(furniture, s.Furniture)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.furniture, furniture)
			assert.Len(t, toks, n, "every token is in one sentence")
			assert.Same(t, first, &toks[0], "the buffer is reused")
		})
	}
}
