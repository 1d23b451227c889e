package document

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

const sampleHTML = `<!doctype html>
<html><head>
<title>Lakeland and Hillmark sign water accord | Daily Example</title>
<meta property="og:title" content="Lakeland and Hillmark sign water accord">
<meta property="article:published_time" content="2021-03-04T22:15:00-05:00">
<link rel="canonical" href="/news/water-accord">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Lakeland and Hillmark sign water accord</h1>
<p class="byline">By Ana Writer</p>
<p>The governments of Lakeland and Hillmark signed an agreement on Thursday to share the water of the river that runs along their border, ending a dispute that had lasted for more than a decade.</p>
<p>The accord sets up a joint commission that will decide each spring how much water each side may take, officials from both capitals said in a joint statement after the ceremony.</p>
<p>Observers from the regional development bank, which paid for a survey of the river basin, welcomed the agreement and said it could serve as a model for other neighbours in the region.</p>
<p>Advertisement</p>
</article>
<footer>Copyright 2021 Daily Example</footer>
</body></html>`

func TestParseHTML(t *testing.T) {
	docs, err := Parse("page.html", []byte(sampleHTML))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, "Lakeland and Hillmark sign water accord", d.Title)
	assert.Equal(t, "2021-03-04", d.Published)
	assert.Equal(t, "page.html", d.Source)
	assert.True(t, strings.HasPrefix(d.Text, "The governments of Lakeland and Hillmark signed"), d.Text)
	assert.Contains(t, d.Text, "\n\nThe accord sets up")
	for _, gone := range []string{"Advertisement", "By Ana Writer", "Home", "Copyright"} {
		assert.NotContains(t, d.Text, gone)
	}

	d, err = FromHTML(strings.NewReader(sampleHTML), "https://example.org/a/b?x=1")
	require.NoError(t, err)
	assert.Equal(t, "https://example.org/news/water-accord", d.URL)
}

func TestParseHTMLMetadataFallbacks(t *testing.T) {
	page := `<html><head><title>Border talks resume | Example News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2020-06-01T08:00:00Z"}</script>
</head><body><h1>Border talks resume</h1>
<p>Negotiators from the two neighbouring republics met again on Monday in a neutral capital to discuss the demarcation of their shared mountain border.</p>
<p>Both delegations described the first round of the renewed talks as constructive and agreed to meet again within a month to continue the work.</p>
</body></html>`
	d, err := FromHTML(strings.NewReader(page), "https://news.example/x")
	require.NoError(t, err)
	assert.Equal(t, "Border talks resume", d.Title)
	assert.Equal(t, "2020-06-01", d.Published)
	assert.Equal(t, "https://news.example/x", d.URL)
	assert.True(t, strings.HasPrefix(d.Text, "Negotiators from the two"), d.Text)

	page2 := `<html><head><meta name="date" content="March 5, 2019"></head><body>
<p>The small island state announced on Tuesday that it would open an embassy in the capital of its largest trading partner next year.</p></body></html>`
	d, err = FromHTML(strings.NewReader(page2), "")
	require.NoError(t, err)
	assert.Equal(t, "2019-03-05", d.Published)
	assert.Equal(t, "", d.URL)
}

func TestHTMLWithoutBody(t *testing.T) {
	for name, page := range map[string]string{
		"head only":    `<html><head><title>Nothing here</title></head></html>`,
		"empty body":   `<html><head><title>x</title></head><body>   </body></html>`,
		"only scripts": `<html><body><script>var a = 1;</script></body></html>`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := FromHTML(strings.NewReader(page), "")
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrNoText)
			assert.Contains(t, err.Error(), "no article text found")
			_, err = Parse("x.html", []byte(page))
			assert.ErrorIs(t, err, ErrNoText)
			assert.Contains(t, err.Error(), "x.html")
		})
	}
}

func TestFromTextHeader(t *testing.T) {
	tests := []struct {
		name, in                    string
		title, url, published, text string
	}{
		{
			name:      "eval layout",
			in:        "source_repo: someone/dataset\nsource_path: data/a.json (field body)\ntitle: Two states agree on a ferry line\ndate: 2019-04-02\n---\nThe two states agreed on Tuesday to open a ferry line between their ports.\n",
			title:     "Two states agree on a ferry line",
			published: "2019-04-02",
			text:      "The two states agreed on Tuesday to open a ferry line between their ports.",
		},
		{
			name:      "date with a note",
			in:        "Title: A summit ends\nDATE: 2025-07-06 (the page date; the story is older)\nURL: https://example.com/summit\n---\nThe summit ended on Friday without a joint statement from the leaders.",
			title:     "A summit ends",
			url:       "https://example.com/summit",
			published: "2025-07-06",
			text:      "The summit ended on Friday without a joint statement from the leaders.",
		},
		{
			name:  "unknown date",
			in:    "title: Talks stall\ndate: unknown (dataset, 2004-2005)\n---\nTalks between the two parties stalled again on Monday, officials said.",
			title: "Talks stall",
			text:  "Talks between the two parties stalled again on Monday, officials said.",
		},
		{
			name:      "published key and placeholder title",
			in:        "title: [no headline in source]\npublished: March 3, 2001\n---\nThe council met on Monday and approved the budget for the coming year.",
			published: "2001-03-03",
			text:      "The council met on Monday and approved the budget for the coming year.",
		},
		{
			name:      "source url",
			in:        "source: https://example.net/story\ntitle: Ports reopen\n---\nThe ports of the region reopened on Sunday after a week-long strike ended.",
			title:     "Ports reopen",
			url:       "https://example.net/story",
			text:      "The ports of the region reopened on Sunday after a week-long strike ended.",
			published: "",
		},
		{
			name:      "no header, title line",
			in:        "Ferry line agreed\n\nThe two states agreed on Tuesday to open a ferry line between their ports.\n",
			title:     "Ferry line agreed",
			published: "",
			text:      "The two states agreed on Tuesday to open a ferry line between their ports.",
		},
		{
			name: "no header, first line is a sentence",
			in:   "The two states agreed on Tuesday to open a ferry line.\n\nThe line will open in spring, the ministers said in a joint statement.",
			text: "The two states agreed on Tuesday to open a ferry line.\n\nThe line will open in spring, the ministers said in a joint statement.",
		},
		{
			name: "no header, short line not followed by blank line",
			in:   "Ferry line agreed today by the two states\nThe two states agreed on Tuesday to open a ferry line between their ports.",
			text: "Ferry line agreed today by the two states\n\nThe two states agreed on Tuesday to open a ferry line between their ports.",
		},
		{
			name: "dashes in text are not a header",
			in:   "The ministers met on Monday.\n---\nThey met again on Tuesday and signed the treaty.",
			text: "The ministers met on Monday.\n\nThey met again on Tuesday and signed the treaty.",
		},
		{
			name:      "date line gives the date",
			in:        "title: Grain deal extended\n---\nDaily Example\nSunday, Jul 06, 2025\n\nGrain deal extended\n\nThe grain export deal was extended by another four months on Saturday, the mediators said.",
			title:     "Grain deal extended",
			published: "2025-07-06",
			text:      "The grain export deal was extended by another four months on Saturday, the mediators said.",
		},
		{
			name:      "markdown-like front matter",
			in:        "---\ntitle: Front matter story\ndate: 2022-02-02\n---\nThe story body follows the front matter and is long enough to count.",
			title:     "Front matter story",
			published: "2022-02-02",
			text:      "The story body follows the front matter and is long enough to count.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := FromText(tt.in)
			assert.Equal(t, tt.title, d.Title)
			assert.Equal(t, tt.url, d.URL)
			assert.Equal(t, tt.published, d.Published)
			assert.Equal(t, tt.text, d.Text)
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-11-18", "2019-11-18"},
		{"2019-11-18T23:30:00-05:00", "2019-11-18"},
		{"2019-11-18T23:30:00Z", "2019-11-18"},
		{"2019-11-18T23:30:00.123+0100", "2019-11-18"},
		{"2019-11-18 08:00:00", "2019-11-18"},
		{"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02"},
		{"Tue, 3 Sep 2019 10:00:00 GMT", "2019-09-03"},
		{"2006/01/02", "2006-01-02"},
		{"January 2, 2006", "2006-01-02"},
		{"2 January 2006", "2006-01-02"},
		{"Sunday, Jul 06, 2025", "2025-07-06"},
		{"Updated 3:04 PM ET, Tue September 2, 2014", "2014-09-02"},
		{"Sept. 30, 2018", "2018-09-30"},
		{"", ""},
		{"yesterday", ""},
		{"2019-02-30", ""},
		{"unknown (BBC News dataset, 2004-2005)", ""},
		{"12/03/2019", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := NormalizeDate(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want != "", ok)
		})
	}
}

func TestFurnitureLines(t *testing.T) {
	drop := []string{
		"Sunday, Jul 06, 2025",
		"Updated 3:04 PM ET, Tue September 2, 2014",
		"Published 12 March 2019",
		"By John Smith",
		"By John Smith, CNN",
		"By JANE DOE and OMAR ALI, Associated Press",
		"Sign up for our daily briefing",
		"Share this with Facebook",
		"Share this article",
		"Media playback is unsupported on your device",
		"Media playback is unsupported on your device Media caption A crowd gathers in the square",
		"Image copyright Reuters Image caption A crowd gathers in the square",
		"Image caption A crowd gathers in the square",
		"Getty Images",
		"Advertisement",
		"Advertisement Continue reading the main story",
		"Follow us on Twitter",
		"Follow Jane Doe on Twitter: @janedoe",
		"Read more",
		"READ MORE: Another story about the talks",
		"RELATED: Five things to know about the deal",
		"More:Ministers meet again next week",
		"Play Video 1:02 Ministers arrive for the talks - video",
		"Slideshow (4 Images)",
		"Newsletter Sign-up",
		"0:00",
		"×",
		"Close",
		"Contributing: Jane Doe",
		"Additional reporting by Jane Doe in the capital.",
		"Jane Doe contributed to this report",
		"This article is more than 2 years old",
		"Read or Share this story: http://example.com/x",
		"Copyright 2015 The Example Press. All rights reserved.",
		"REUTER",
		"PERU WARNS CHILE OVER BORDER CLOSURE",
		"CLICK HERE TO GET THE ANDEAN NEWS APP",
		"BOLIVIA'S LEADER IGNORES PROTESTERS' DEADLINE: 'WE WILL NOT YIELD'",
		"IS WAR WITH CHILE INEVITABLE?",
	}
	keep := []string{
		"The foreign ministry said on Sunday that it would recall its ambassador for consultations.",
		"By Tuesday, the two armies had withdrawn from the disputed valley, the monitors said.",
		"By then the talks had collapsed and both delegations had left the capital.",
		"Share prices fell sharply in the capital after the government announced new sanctions on the neighbouring state.",
		"Getty Images of the summit were widely shared, but the ministry said the talks went on behind closed doors for hours.",
		"Follow-up talks are planned for next month in the capital, the spokesman said.",
		"The talks resumed on 6 July 2025 in the capital, both sides said.",
		"Related talks between the two navies will take place next week, the ministry said.",
		"What did the minister say?",
		"The al-Tanf base",
		"LIMA (AP) - President Boric met Minister Ruiz in the capital on Monday.",
		"UN, EU and NATO envoys met in Lima on Monday.",
		"PERU AND CHILE",
	}
	for _, line := range drop {
		t.Run("drop/"+line, func(t *testing.T) {
			in := "title: Story\n---\nThe first paragraph of the story is a sentence that is long enough to count.\n\n" + line + "\n\nThe last paragraph of the story is another sentence that is long enough to count.\n"
			d := FromText(in)
			assert.Equal(t, "The first paragraph of the story is a sentence that is long enough to count.\n\nThe last paragraph of the story is another sentence that is long enough to count.", d.Text)
		})
	}
	for _, line := range keep {
		t.Run("keep/"+line, func(t *testing.T) {
			in := "title: Story\n---\nThe first paragraph of the story is a sentence that is long enough to count.\n\n" + line + "\n\nThe last paragraph of the story is another sentence that is long enough to count.\n"
			d := FromText(in)
			assert.Contains(t, d.Text, "\n\n"+line+"\n\n")
		})
	}
}

func TestBodyInCapitalsKept(t *testing.T) {
	in := "title: Story\n---\nPERU SAID ON MONDAY IT WOULD RECALL ITS AMBASSADOR FROM CHILE.\n\nTHE FOREIGN MINISTRY GAVE NO REASON FOR THE MOVE.\n"
	d := FromText(in)
	assert.Equal(t, "PERU SAID ON MONDAY IT WOULD RECALL ITS AMBASSADOR FROM CHILE.\n\nTHE FOREIGN MINISTRY GAVE NO REASON FOR THE MOVE.", d.Text)
}

func TestEmphasisStripped(t *testing.T) {
	cases := map[string]string{
		"The senators challenged__ Ana Ruiz's__ leadership of the party.":     "The senators challenged Ana Ruiz's leadership of the party.",
		"The senators challenged **Ana Ruiz** and her deputy on Monday.":      "The senators challenged Ana Ruiz and her deputy on Monday.",
		"Both envoys (**Ruiz** and __Vidal__) met President Boric in Lima.":   "Both envoys (Ruiz and Vidal) met President Boric in Lima.",
		"He told the envoy to f**k off and called the plan bulls**t at once.": "He told the envoy to f**k off and called the plan bulls**t at once.",
		"The file was named report__final__v2 by the ministry of Peru today.": "The file was named report__final__v2 by the ministry of Peru today.",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			d := FromText("title: Story\n---\n" + in + "\n")
			assert.Equal(t, want, d.Text)
		})
	}
}

func TestFurnitureSections(t *testing.T) {
	in := strings.Join([]string{
		"title: Envoys meet in the capital",
		"---",
		"Example Times",
		"",
		"News you can trust",
		"Monday, Mar 02, 2020",
		"",
		"Envoys meet in the capital",
		"",
		"By Ana Writer",
		"",
		"Envoys from the two rival states met in the capital on Monday for the first time in five years.",
		"",
		"A photo caption that repeats a sentence of the story word for word here",
		"",
		"The meeting was arranged by a neutral mediator, who said a photo caption that repeats a sentence of the story word for word here.",
		"",
		"Envoys from the two rival states met in the capital on Monday for the first time in five years.",
		"",
		"Related Articles",
		"",
		"Example Times",
		"Ministers Agree on New Trade Rules",
		"Storm Hits the Northern Coast",
		"Prices Fall Again.",
		"",
		"After the meeting, the mediator said that the envoys would meet again within a month to continue the talks.",
	}, "\n")
	d := FromText(in)
	assert.Equal(t, "Envoys meet in the capital", d.Title)
	assert.Equal(t, "2020-03-02", d.Published)
	assert.Equal(t, strings.Join([]string{
		"Envoys from the two rival states met in the capital on Monday for the first time in five years.",
		"The meeting was arranged by a neutral mediator, who said a photo caption that repeats a sentence of the story word for word here.",
		"After the meeting, the mediator said that the envoys would meet again within a month to continue the talks.",
	}, "\n\n"), d.Text)
}

func TestTextNormalisation(t *testing.T) {
	in := "title: T\r\n---\r\nThe  minister\u00a0said   “yes” to the plan on Monday in the capital.\r\n\r\n\r\nМинистр сказал «да» плану в понедельник в столице страны сегодня.\r\nوقال الوزير إن الخطة ستبدأ الأسبوع المقبل في العاصمة اليوم.\r\n"
	d := FromText(in)
	assert.Equal(t, "The minister said “yes” to the plan on Monday in the capital.\n\nМинистр сказал «да» плану в понедельник в столице страны сегодня.\n\nوقال الوزير إن الخطة ستبدأ الأسبوع المقبل في العاصمة اليوم.", d.Text)
}

func TestHardWrappedText(t *testing.T) {
	in := "title: WIRE STORY\ndate: 1987-01-02\n---\nThe government said on Friday that it\nwould lift the remaining restrictions on\ntrade with its northern neighbour next week.\n    Officials said the decision followed\nmonths of talks between the two sides.\n REUTER\n"
	d := FromText(in)
	assert.Equal(t, "The government said on Friday that it would lift the remaining restrictions on trade with its northern neighbour next week.\n\nOfficials said the decision followed months of talks between the two sides.", d.Text)
}

func TestParseFormats(t *testing.T) {
	body := "The two governments signed a treaty of friendship on Monday in the capital."
	tests := []struct {
		name, file, data string
		want             []Document
	}{
		{"txt", "a.txt", "title: Treaty\n---\n" + body, []Document{{Title: "Treaty", Text: body, Source: "a.txt"}}},
		{"text", "a.TEXT", body, []Document{{Text: body, Source: "a.TEXT"}}},
		{"markdown", "a.md", "# Treaty **signed**\n\nThe two governments signed a [treaty](https://example.com/t) of friendship on Monday in the capital.\n\n![a photo](x.jpg)\n", []Document{{Title: "Treaty signed", Text: body, Source: "a.md"}}},
		{"json object", "a.json", `{"headline":"Treaty","link":"https://e.com/t","publishedAt":"2021-05-06T10:00:00Z","body":"` + body + `"}`, []Document{{Title: "Treaty", URL: "https://e.com/t", Published: "2021-05-06", Text: body, Source: "a.json"}}},
		{"json array", "a.json", `[{"title":"One","date":"May 6, 2021","text":"` + body + `"},{"title":"Two","pubDate":"Thu, 06 May 2021 10:00:00 GMT","content":"` + body + `"}]`, []Document{
			{Title: "One", Published: "2021-05-06", Text: body, Source: "a.json[1]"},
			{Title: "Two", Published: "2021-05-06", Text: body, Source: "a.json[2]"},
		}},
		{"json epoch and paragraphs", "a.json", `{"title":"T","published_at":1620295200,"article":["` + body + `","Second paragraph of the story, long enough to stay."]}`, []Document{{Title: "T", Published: "2021-05-06", Text: body + "\n\nSecond paragraph of the story, long enough to stay.", Source: "a.json"}}},
		{"json html", "a.json", `{"url":"https://e.com/p","html":"<html><head><title>Page</title></head><body><p>` + body + `</p></body></html>"}`, []Document{{Title: "Page", URL: "https://e.com/p", Text: body, Source: "a.json"}}},
		{"jsonl", "a.jsonl", `{"title":"One","text":"` + body + `"}` + "\n\n" + `{"title":"Two","text":"` + body + `"}` + "\n", []Document{
			{Title: "One", Text: body, Source: "a.jsonl:1"},
			{Title: "Two", Text: body, Source: "a.jsonl:3"},
		}},
		{"ndjson crlf", "a.ndjson", `{"title":"One","text":"` + body + `"}` + "\r\n", []Document{{Title: "One", Text: body, Source: "a.ndjson:1"}}},
		{"sniff html", "a.page", "<html><body><p>" + body + "</p></body></html>", []Document{{Text: body, Source: "a.page"}}},
		{"sniff json", "noext", `{"text":"` + body + `"}`, []Document{{Text: body, Source: "noext"}}},
		{"sniff text", "a.log", body, []Document{{Text: body, Source: "a.log"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse(tt.file, []byte(tt.data))
			require.NoError(t, err)
			assert.Equal(t, tt.want, docs)
		})
	}
}

func TestParseBadInput(t *testing.T) {
	bad := string([]byte{0xff, 0xfe, 0xfd, 0xfc}) + "abc"
	tests := []struct {
		name, file, data string
		is               error
		msg              string
	}{
		{"empty", "a.txt", "", ErrEmpty, "a.txt: empty article"},
		{"whitespace", "a.txt", " \n\t\r\n ", ErrEmpty, "empty article"},
		{"whitespace json", "a.json", "  \n", ErrEmpty, "empty article"},
		{"binary", "a.txt", "abc\x00def", ErrBinary, "binary file"},
		{"invalid utf8", "a.txt", strings.Repeat(bad, 10), ErrInvalidUTF8, "not valid UTF-8 text"},
		{"only furniture", "a.txt", "Advertisement\n\nShare this article\n", ErrNoText, "no article text found"},
		{"json syntax", "a.json", `{"text": "x"`, nil, "a.json: invalid JSON"},
		{"json no text", "a.json", `[{"text":"The text of the first record is fine."},{"title":"no text"}]`, nil, "a.json[2]: no article text"},
		{"json empty text", "a.json", `{"text":"   "}`, ErrEmpty, "empty article"},
		{"json wrong type", "a.json", `{"text": 12}`, nil, "want a string"},
		{"json not object", "a.json", `[1]`, nil, "a.json[1]: record is not a JSON object"},
		{"json scalar", "a.json", `"text"`, nil, "want an object"},
		{"json empty array", "a.json", `[]`, ErrEmpty, "no records"},
		{"jsonl array line", "x.jsonl", `[{"text":"a"}]`, nil, "x.jsonl:1: invalid JSON"},
		{"jsonl no text", "x.jsonl", `{"title":"T"}`, nil, "x.jsonl:1: no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse(tt.file, []byte(tt.data))
			require.Error(t, err)
			assert.Nil(t, docs)
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

// TestJSONLBadLinesKeepGoodRecords: a broken line costs only itself; every bad line is
// named by its number.
func TestJSONLBadLinesKeepGoodRecords(t *testing.T) {
	good := `{"text":"The text of this record is fine."}` + "\n"
	data := strings.Repeat(good, 3) + "{oops\n" + good + `{"title":"no text"}` + "\n" + good
	docs, err := Parse("x.jsonl", []byte(data))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x.jsonl:4: invalid JSON")
	assert.Contains(t, err.Error(), "x.jsonl:6: no article text")
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	assert.Equal(t, []string{"x.jsonl:1", "x.jsonl:2", "x.jsonl:3", "x.jsonl:5", "x.jsonl:7"}, sources)

	path := filepath.Join(t.TempDir(), "x.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
	var walked int
	err = Walk([]string{path}, func(Document) error { walked++; return nil })
	assert.Equal(t, 5, walked, "Walk passes on the good records")
	var many interface{ Unwrap() []error }
	require.ErrorAs(t, err, &many)
	assert.Len(t, many.Unwrap(), 2, "one error per bad line")
}

func TestInvalidUTF8Repaired(t *testing.T) {
	in := strings.Repeat("The minister said the talks would resume next week. ", 4) + "They met in the capital city" + string([]byte{0xff}) + " of the region.\n"
	docs, err := Parse("a.txt", []byte(in))
	require.NoError(t, err)
	assert.True(t, utf8.ValidString(docs[0].Text))
	assert.Contains(t, docs[0].Text, "city\uFFFD of")
}

func TestLongLine(t *testing.T) {
	line := strings.Repeat("The delegates talked for many hours about the treaty. ", 5<<20/55)
	docs, err := Parse("long.txt", []byte(line))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, strings.TrimSpace(line), docs[0].Text)
	assert.True(t, utf8.ValidString(docs[0].Text))
}

func TestReadFileTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(MaxFileSize+1)) // sparse: no disk space used
	require.NoError(t, f.Close())
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = ReadFile(path)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "huge.txt")
	assert.Contains(t, err.Error(), "67108864")
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "the file must not be read")

	_, err = FromHTML(strings.NewReader(strings.Repeat("<p>x</p>", int(MaxFileSize/8)+1)), "")
	assert.ErrorIs(t, err, ErrTooLarge)
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadFile(filepath.Join(dir, "missing.txt"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "missing.txt")
	_, err = ReadFile(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "is a directory")
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(dir, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	sentence := func(n string) string { return "Story " + n + " says that the two states signed a treaty on Monday." }
	write("b.txt", sentence("b"))
	write("a.md", sentence("a"))
	write("sub/c.json", `[{"title":"c1","text":"`+sentence("c1")+`"},{"title":"c2","text":"`+sentence("c2")+`"}]`)
	write("sub/d.jsonl", `{"text":"`+sentence("d")+`"}`)
	write("sub/e.html", "<html><body><p>"+sentence("e")+"</p></body></html>")
	write("sub/.hidden.txt", sentence("hidden"))
	write(".git/f.txt", sentence("git"))
	write("notes.csv", "a,b,c")
	write("image.png", "\x89PNG\x00\x00")
	single := filepath.Join(t.TempDir(), "single.dat")
	require.NoError(t, os.WriteFile(single, []byte(sentence("single")), 0o644))

	var got []string
	err := Walk([]string{dir, single}, func(d Document) error {
		rel, _ := filepath.Rel(dir, d.Source)
		if strings.HasPrefix(rel, "..") {
			rel = filepath.Base(d.Source)
		}
		got = append(got, rel+" "+strings.Fields(d.Text)[1])
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"a.md a", "b.txt b", "sub/c.json[1] c1", "sub/c.json[2] c2", "sub/d.jsonl:1 d", "sub/e.html e", "single.dat single"}, got)

	stop := errors.New("stop")
	calls := 0
	err = Walk([]string{dir}, func(Document) error { calls++; return stop })
	assert.Equal(t, stop, err)
	assert.Equal(t, 1, calls)

	write("sub/z_bad.txt", "bad\x00binary")
	calls = 0
	err = Walk([]string{dir, filepath.Join(dir, "nope")}, func(Document) error { calls++; return nil })
	require.Error(t, err)
	assert.Equal(t, 6, calls, "a bad file does not stop the walk")
	assert.Contains(t, err.Error(), "z_bad.txt")
	assert.Contains(t, err.Error(), "binary file")
	assert.Contains(t, err.Error(), "nope")
}

func TestWalkUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions are not enforced")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "locked.txt")
	require.NoError(t, os.WriteFile(p, []byte("The text of a locked file that nobody can read at all."), 0o000))
	err := Walk([]string{dir}, func(Document) error { return nil })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "locked.txt")
}

// TestOneArticleLimit: a file's article, a record's text and the extractor's input share
// one limit (geokg.MaxArticleBytes); a 9 MiB article is refused by the reader, with the
// same message the extractor gives, not read and then refused.
func TestOneArticleLimit(t *testing.T) {
	assert.Equal(t, geokg.MaxArticleBytes, MaxArticleSize)
	nine := strings.Repeat("Albania accused Iran of an attack. ", (9<<20)/35)
	_, err := Parse("nine.txt", []byte(nine))
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
	assert.Contains(t, err.Error(), geokg.ArticleTooLarge(len(nine), geokg.MaxArticleBytes).Error())
	assert.Contains(t, err.Error(), "over the article size limit of 8 MiB (8388608 bytes)")
}

func TestOversizedArticleIsRefusedBeforeCleaning(t *testing.T) {
	big := strings.Repeat("Albania accused Iran of an attack. ", MaxArticleSize/35+1)
	for _, name := range []string{"big.txt", "big.md"} {
		_, err := Parse(name, []byte(big))
		require.ErrorIs(t, err, ErrTooLarge, name)
		assert.Contains(t, err.Error(), "over the article size limit of 8 MiB")
	}
	_, err := Parse("big.jsonl", []byte(`{"title":"t","text":"`+big+`"}`+"\n"))
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "big.jsonl:1")
}

func TestInlineLinksStripped(t *testing.T) {
	cases := map[string]string{
		// must strip: a name repeated in full, glued to its link texts, closed by MORE
		"Sen. Ana Ruiz Ana Maria RuizPeru talks stall Chile votes on the budget MORE (D-Calif.) said the plan was dead.":                     "Sen. Ana Ruiz (D-Calif.) said the plan was dead.",
		"President Boric Gabriel Font BoricGOP leaders balk, Bolivia protests grow Senate panel meets MORE on Monday accused Peru of lying.": "President Boric on Monday accused Peru of lying.",
		"It was Speaker Luis Soto Luis Alberto SotoThe morning report: budget talks resume MORE’s push for a tax on imports.":                "It was Speaker Luis Soto’s push for a tax on imports.",
		"Ruiz Ana RuizChile votes MORE and Vidal Pedro VidalPeru talks MORE met in Lima on Monday to discuss the border with Bolivia.":       "Ruiz and Vidal met in Lima on Monday to discuss the border with Bolivia.",
		// must not strip: no closing MORE, no surname before the glued word, a MORE far away
		"Sen. Ana Ruiz Ana Maria RuizOvernight Defense: the plan stalls in the Senate today.":   "Sen. Ana Ruiz Ana Maria RuizOvernight Defense: the plan stalls in the Senate today.",
		"The McCain amendment passed and the senators asked for MORE money for the navy today.": "The McCain amendment passed and the senators asked for MORE money for the navy today.",
		"Senator Ruiz met the DeSantis team and demanded MORE transparency from the governor.":  "Senator Ruiz met the DeSantis team and demanded MORE transparency from the governor.",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			d := FromText("title: Story\n---\n" + in + "\n")
			assert.Equal(t, want, d.Text)
		})
	}
}
