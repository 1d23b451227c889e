package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/server"
)

// explorerArticles are the example articles about Albania, Iran and Esmail Khatib that
// `make run` loads among the others.
var explorerArticles = []string{"../examples/articles/13-albania-iran-ties.txt", "../examples/articles/14-us-sanctions-khatib.txt"}

// TestBrowserExplorer walks issue 15's flows in a real headless Chromium cut off from
// every host but the test server, over the real Neo4j with the example articles about
// Albania and Iran ingested by the real extractor: search "Alban" and open Albania from
// the suggestions, see a relation with its evidence sentence between the sentences around
// it, its source and the extractor's reason, each relation's number of sources and, where Iran denies it, the contested mark
// and the denying sentence; open the graph (lines sized by sources) and filter it to
// conflict; find the two-hop connection from Albania to Esmail Khatib by picking both in
// the connection form, and filter it through paths(hops:); open the pair's timeline and
// dashboard (for a period, through dyad(from, to)); open an article and see its text with
// each sentence read highlighted where the API's offsets put it (the trigger inside it), and
// the rule and trigger on demand; list the articles.
// It fails on any request to another host, on a CSP violation and on a console error or
// uncaught exception, and saves a screenshot of each page (GEOKG_BROWSER_ARTIFACTS).
func TestBrowserExplorer(t *testing.T) {
	chromium := needBrowser(t)
	h, s := newServer(t, server.Config{})
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	p := &ingest.Pipeline{Extractor: extract.New(gz), Graph: s}
	rep, err := p.Paths(context.Background(), explorerArticles)
	require.NoError(t, err)
	require.Empty(t, rep.Failures)
	srv, origin := serveLocal(t, h)

	deadline := time.Now().Add(90 * time.Second)
	browserCtx, rec := startBrowser(t, chromium, deadline, "explore-last.png")
	ctx, cancel := context.WithDeadline(browserCtx, deadline)
	defer cancel()

	ready := func(view string) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`body[data-ready="`+view+`"]`))), "the %s view renders", view)
		if errs, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('[role=alert]')?.textContent || ''`)); errs != "" {
			t.Fatalf("the %s view shows an error: %s", view, errs)
		}
	}
	text := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		require.NoError(t, err, js)
		return v
	}
	shot := func(name string) { screenshot(t, ctx, "explore-"+name+".png") }

	// The first page shows data: the most active actors.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore")))
	ready("home")
	assert.Contains(t, text(`document.querySelector('main').textContent`), "Most active")
	assert.NotEmpty(t, text(`document.querySelector('main ol li a')?.textContent || ''`), "the home page lists actors")
	shot("home")

	// Search by part of a name, pick from the suggestions with the keyboard.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`#q`), "Alban"),
		chromedp.WaitVisible(chromedp.CSS(`#suggest li[role=option]`))), "suggestions as you type")
	assert.Contains(t, text(`document.querySelector('#suggest li[role=option]').textContent`), "Albania")
	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`#q`), kb.Enter)))
	ready("entity")
	assert.Contains(t, text(`location.search`), "id=country%3AALB")
	assert.Contains(t, text(`document.querySelector('h1').textContent`), "Albania")
	// Relations grouped by type and direction, with evidence and the source.
	page := text(`document.querySelector('main').textContent`)
	assert.Contains(t, page, "severs ties with")
	assert.Contains(t, page, "Albania severed diplomatic relations with Iran", "the evidence sentence")
	assert.NotEmpty(t, text(`document.querySelector('.evidence .cite a.source')?.textContent || ''`), "the source article")
	// Each evidence sentence with its context, as the API has it: the sentences before and after.
	var ctxFacts struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Evidence []struct {
						Sentence      string
						Before, After *string
					}
				}
			}
		}
	}
	post(t, client.New(h, client.Path("/query")), `{ relations(filter: {subject: "country:ALB", object: "country:IRN", types: [SEVERS_TIES_WITH]}) {
		edges { node { evidence(first: 3) { sentence before after } } } } }`, &ctxFacts)
	require.NotEmpty(t, ctxFacts.Relations.Edges)
	shown := text(`[...document.querySelectorAll('.evidence blockquote')].map(b => b.textContent).join('\n')`)
	withContext := 0
	for _, ev := range ctxFacts.Relations.Edges[0].Node.Evidence {
		want := ev.Sentence
		if ev.Before != nil {
			want = *ev.Before + " " + want
		}
		if ev.After != nil {
			want += " " + *ev.After
			withContext++
		}
		assert.Contains(t, shown, want, "the sentence between its context")
	}
	assert.Positive(t, withContext, "a sentence with the one after it")
	assert.Positive(t, mustInt(t, ctx, `document.querySelectorAll('.evidence blockquote .context').length`), "the context is set apart")
	// The extractor's reason on demand.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.evidence details summary`))))
	assert.Regexp(t, `rule(frame|pattern|title|body|sentence|structure)`, text(`document.querySelector('.evidence details[open] dl')?.textContent || ''`))
	// Each relation shows its number of sources, and a contested one (Iran denies Albania's
	// accusation) its mark and, on demand, the denying statement: as the API has them.
	var facts struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Type        string
					SourceCount int
					Contested   bool
					ContestedBy []struct {
						Evidence struct {
							Sentence string
							Article  struct{ Source string }
						}
					}
				}
			}
		}
	}
	post(t, client.New(h, client.Path("/query")), `{ relations(filter: {subject: "country:ALB", object: "country:IRN"}, first: 20) {
		edges { node { type sourceCount contested contestedBy(first: 5) { evidence { sentence article { source } } } } } } }`, &facts)
	require.NotEmpty(t, facts.Relations.Edges, "Albania's relations with Iran")
	// relationLi is the list item of Albania's relation of a type to Iran on the page.
	relationLi := func(ty string) string {
		label := strings.ToLower(strings.ReplaceAll(ty, "_", " "))
		return fmt.Sprintf(`[...document.querySelectorAll('section.group')].filter(s => s.querySelector('h3').textContent.startsWith('Albania %s'))
			.flatMap(s => [...s.querySelectorAll('li.relation')]).find(li => li.querySelector('.rel-head strong').textContent === 'Iran')`, label)
	}
	contested := 0
	for _, e := range facts.Relations.Edges {
		r := e.Node
		if r.Type == "MEETS" || r.Type == "SIGNS_AGREEMENT_WITH" || r.Type == "COOPERATES_WITH" {
			continue // symmetric: listed under "both ways"
		}
		require.Greater(t, r.SourceCount, 0, "%s has a source (the host of the article's url)", r.Type)
		want := fmt.Sprintf("%d source", r.SourceCount)
		if r.SourceCount != 1 {
			want += "s"
		}
		assert.Equal(t, want, text(relationLi(r.Type)+`?.querySelector('.sources')?.textContent || ''`), "the source count of Albania %s Iran", r.Type)
		mark := text(relationLi(r.Type) + `?.querySelector('.badge.contested')?.textContent || ''`)
		if !r.Contested {
			assert.Empty(t, mark, "Albania %s Iran is not contested", r.Type)
			continue
		}
		contested++
		require.NotEmpty(t, r.ContestedBy, "a contested relation has its denials")
		assert.Equal(t, "contested", mark, "Albania %s Iran is marked contested", r.Type)
		assert.Empty(t, text(relationLi(r.Type)+`?.querySelector('.contested-by')?.textContent`), "the denials wait to be asked for")
		_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](relationLi(r.Type)+`.querySelector('button.show-denials').click() || true`))
		require.NoError(t, err, "show the denials")
		denial, err := chromedp.Run(ctx, chromedp.Poll[string](relationLi(r.Type)+`.querySelector('.contested-by .denial')?.textContent || false`,
			chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second)))
		require.NoError(t, err, "the denials of Albania %s Iran appear", r.Type)
		assert.Contains(t, denial, r.ContestedBy[0].Evidence.Sentence, "the denying sentence")
		assert.Contains(t, denial, r.ContestedBy[0].Evidence.Article.Source, "the denial's source")
		assert.Contains(t, denial, "Iran", "who denies")
	}
	assert.Greater(t, contested, 0, "the example articles have Iran deny an accusation of Albania")
	shot("entity")

	// The graph view, filtered to conflict.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.Search(`//a[text()="Graph of the neighbourhood"]`))))
	ready("graph")
	nodes, err := chromedp.Run(ctx, chromedp.Evaluate[int](`geokgGraph.nodes().length`))
	require.NoError(t, err)
	assert.Greater(t, nodes, 2, "Albania and its neighbours")
	// Expand Iran from the keyboard (the list of actors under the graph): its neighbours join.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Focus(chromedp.Search(`//ul[@class="actors"]//button[text()="Iran"]`)),
		chromedp.KeyEvent(kb.Enter)), "expand Iran with the keyboard")
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`geokgGraph.nodes().length > %d`, nodes),
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "expanding Iran adds actors to the graph")
	assert.Contains(t, text(`document.querySelector('.panel').textContent`), "Open its page")
	all, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`geokgGraph.edges().filter(e => !e.hasClass('hidden')).map(e => e.data('type'))`))
	require.NoError(t, err)
	assert.Contains(t, all, "HOSTS", "a cooperative link before filtering")
	// Lines are sized by the number of distinct sources (GraphEdge.sourceCount), not statements.
	widths, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`geokgGraph.edges().map(e => e.data('edge').sourceCount + ' ' + e.data('edge').count + ' ' + parseFloat(e.style('width')))`))
	require.NoError(t, err)
	require.NotEmpty(t, widths)
	for _, w := range widths {
		var sources, statements int
		var width float64
		_, err := fmt.Sscanf(w, "%d %d %g", &sources, &statements, &width)
		require.NoError(t, err, w)
		want := 1.5 + math.Log2(math.Max(float64(sources), 1))*1.5
		assert.InDelta(t, math.Min(want, 8), width, 0.01, "the width of a line of %d sources and %d statements", sources, statements)
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[name=polarity][value=conflict]`))))
	conflict, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`geokgGraph.edges().filter(e => !e.hasClass('hidden')).map(e => e.data('type'))`))
	require.NoError(t, err)
	require.NotEmpty(t, conflict)
	for _, ty := range conflict {
		assert.Less(t, geokg.RelationType(ty).Goldstein(), 0.0, "%s is shown under conflict only", ty)
	}
	assert.Less(t, len(conflict), len(all))
	assert.Equal(t, 0, mustInt(t, ctx, `geokgGraph.nodes().filter(v => !v.hasClass('hidden') && v.id() !== 'country:ALB' && v.connectedEdges().filter(e => !e.hasClass('hidden')).length === 0).length`),
		"actors with no relation shown are hidden")
	assert.Contains(t, text(`location.search`), "polarity=conflict", "the filter is in the URL")
	assert.Equal(t, len(conflict), mustInt(t, ctx, `document.querySelectorAll('table.edges tbody tr').length`), "the table lists the edges shown")
	// The exports of the graph: the page hands each file to the browser as a Blob.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { window.exported = []; const make = URL.createObjectURL;
		URL.createObjectURL = (b) => { window.exported.push(b); return make.call(URL, b); }; return true })()`))
	require.NoError(t, err)
	for _, label := range []string{"Export CSV", "Export JSON", "Export SVG", "Export PNG"} {
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.Search(`//button[text()="`+label+`"]`))), label)
	}
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`window.exported.length >= 4`,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "the page exports four files")
	exported, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Promise.all(window.exported.map(async (b) =>
		b.type + ' ' + (b.type === 'image/png' ? b.size : (await b.text()).slice(0, 40))))`, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "the four exports")
	require.Len(t, exported, 4)
	assert.True(t, strings.HasPrefix(exported[0], "text/csv subject,type,object,"), exported[0])
	assert.True(t, strings.HasPrefix(exported[1], `application/json [`), exported[1])
	assert.True(t, strings.HasPrefix(exported[2], "image/svg+xml <svg"), exported[2])
	assert.Regexp(t, `^image/png [0-9]{4,}$`, exported[3])
	shot("graph")

	// How are Albania and Esmail Khatib connected? Pick both, find the two-hop paths.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.Search(`//header//a[text()="Connections"]`))))
	ready("paths")
	for _, pick := range []struct{ input, text string }{{"#pick-a", "Albania"}, {"#pick-b", "Khatib"}} {
		require.NoError(t, chromedp.Do(ctx,
			chromedp.SendKeys(chromedp.CSS(pick.input), pick.text),
			chromedp.WaitVisible(chromedp.CSS(pick.input+`-list li[role=option]`)),
			chromedp.SendKeys(chromedp.CSS(pick.input), kb.Enter)), "pick %s", pick.text)
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`button[type=submit]`))))
	ready("paths")
	require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`.path`))))
	assert.Contains(t, text(`document.querySelector('.path h2').textContent`), "2 hops")
	first := text(`document.querySelector('.path').textContent`)
	assert.Contains(t, first, "Albania")
	assert.Contains(t, first, "Esmail Khatib")
	assert.Equal(t, 2, mustInt(t, ctx, `document.querySelectorAll('.path:first-of-type .hops > li').length`))
	assert.Equal(t, 0, mustInt(t, ctx, `[...document.querySelectorAll('.path:first-of-type .hops > li')].filter(li => !li.querySelector('.evidence blockquote')).length`), "each hop has its evidence")
	assert.Contains(t, text(`location.search`), "b=official%3Aesmail-khatib", "the query is in the URL")
	assert.Regexp(t, `^[1-9][0-9]* sources?$`, text(`document.querySelector('.path .hops .sources')?.textContent || ''`), "each hop shows its sources")
	// The filters go to the API as paths(hops:): hostile links, reported in 2022, by at least
	// two sources each. The sample's links have one source each, so no path is left.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { window.sent = []; const f = window.fetch;
		window.fetch = (u, o) => { window.sent.push(o && o.body); return f(u, o); }; return true })()`))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`select[name=polarity]`), "conflict"),
		chromedp.SetValue(chromedp.CSS(`input[name=min]`), "2"),
		chromedp.SetValue(chromedp.CSS(`input[name=from]`), "2022-01-01"),
		chromedp.SetValue(chromedp.CSS(`input[name=to]`), "2022-12-31"),
		chromedp.Click(chromedp.CSS(`button[type=submit]`))), "filter the connections")
	ready("paths")
	require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`.paths .empty`))))
	assert.Contains(t, text(`document.querySelector('.paths .empty').textContent`), "at least 2 sources")
	assert.Equal(t, 0, mustInt(t, ctx, `document.querySelectorAll('.path').length`))
	sent, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.sent.filter(b => b && b.includes('query Paths'))`))
	require.NoError(t, err)
	require.Len(t, sent, 1, "one paths query")
	var body struct {
		Variables struct {
			Hops struct {
				Polarity, From, To string
				MinSources         int
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(sent[0]), &body), sent[0])
	assert.Equal(t, "CONFLICT", body.Variables.Hops.Polarity)
	assert.Equal(t, "2022-01-01", body.Variables.Hops.From)
	assert.Equal(t, "2022-12-31", body.Variables.Hops.To)
	assert.Equal(t, 2, body.Variables.Hops.MinSources)
	assert.Contains(t, text(`location.search`), "min=2", "the filters are in the URL")
	// The same period with one source per link finds the hostile connection again.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`input[name=min]`), "1"),
		chromedp.Click(chromedp.CSS(`button[type=submit]`))), "one source is enough")
	ready("paths")
	require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`.path`))))
	shot("paths")

	// The pair's timeline, oldest first.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore?view=timeline&id=country:ALB&other=country:IRN")))
	ready("timeline")
	dates, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.timeline time')].map(t => t.dateTime)`))
	require.NoError(t, err)
	require.NotEmpty(t, dates)
	assert.IsNonDecreasing(t, dates)
	shot("timeline")
	// Its period, from the URL: the statements of 2022-09-07 are left out.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore?view=timeline&id=country:ALB&other=country:IRN&from=2022-09-08")))
	ready("timeline")
	later, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.timeline time')].map(t => t.dateTime)`))
	require.NoError(t, err)
	require.NotEmpty(t, later)
	assert.Less(t, len(later), len(dates))
	for _, d := range later {
		assert.GreaterOrEqual(t, d, "2022-09-08")
	}
	assert.Equal(t, "2022-09-08", text(`document.querySelector('input[name=from]').value`), "the form shows the period")

	// The pair's dashboard.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore?view=dashboard&a=country:ALB&b=country:IRN")))
	ready("dashboard")
	assert.Regexp(t, `[1-9][0-9]* statements between them`, text(`document.querySelector('.pair')?.textContent || ''`))
	// For a period, the pair's totals are the API's for the period (dyad(from, to)).
	var pair struct{ All, Later struct{ Total int } }
	post(t, client.New(h, client.Path("/query")), `{ all: dyad(a: "country:ALB", b: "country:IRN") { total }
		later: dyad(a: "country:ALB", b: "country:IRN", from: "2022-09-08") { total } }`, &pair)
	require.Less(t, pair.Later.Total, pair.All.Total, "the sample has statements of the pair before 2022-09-08")
	assert.Contains(t, text(`document.querySelector('.pair')?.textContent || ''`), fmt.Sprintf("%d statements between them,", pair.All.Total))
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore?view=dashboard&a=country:ALB&b=country:IRN&from=2022-09-08")))
	ready("dashboard")
	assert.Contains(t, text(`document.querySelector('.pair')?.textContent || ''`), fmt.Sprintf("%d statements between them in the period,", pair.Later.Total))
	// The dashboard's data as CSV, its pair's score chart as SVG and PNG.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { window.exported = []; const make = URL.createObjectURL;
		URL.createObjectURL = (b) => { window.exported.push(b); return make.call(URL, b); }; return true })()`))
	require.NoError(t, err)
	for _, button := range []string{`//p[contains(@class,"actions")]//button[text()="Export CSV"]`, `//section[contains(@class,"pair")]//button[text()="Export SVG"]`, `//section[contains(@class,"pair")]//button[text()="Export PNG"]`} {
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.Search(button))), button)
	}
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`window.exported.some(b => b.type === 'image/png')`,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "the chart is exported as PNG")
	exported, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`Promise.all(window.exported.map(async (b) =>
		b.type + ' ' + (b.type === 'image/png' ? b.size : (await b.text()).slice(0, 40))))`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(exported), 3)
	assert.True(t, strings.HasPrefix(exported[0], "text/csv table,key,count,score"), exported[0])
	assert.True(t, strings.HasPrefix(exported[1], "image/svg+xml <svg"), exported[1])
	assert.Regexp(t, `^image/png [0-9]{3,}$`, exported[len(exported)-1])
	shot("dashboard")

	// An article, with each relation's trigger highlighted in its sentence.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore?view=entity&id=country:ALB")))
	ready("entity")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.Search(`//a[text()="read in the explorer"]`))))
	ready("article")
	assert.Greater(t, mustInt(t, ctx, `document.querySelectorAll('.relation blockquote mark').length`), 0, "a highlighted trigger")
	// The article's text, each sentence that relations were read from highlighted where the
	// API's byte offsets put it, with the rule and trigger on demand.
	var art struct {
		Article struct {
			Text      string
			Relations struct {
				Edges []struct {
					Node struct {
						Evidence []struct {
							Start, End int
							Rule       string
						}
					}
				}
			}
		}
	}
	articleID := text(`new URLSearchParams(location.search).get("id")`)
	post(t, client.New(h, client.Path("/query")), `query($id: ID!) { article(id: $id) { text relations(first: 100) {
		edges { node { evidence(first: 8) { start end rule } } } } } }`, &art, client.Var("id", articleID))
	require.NotEmpty(t, art.Article.Text)
	read := map[[2]int]bool{}
	for _, e := range art.Article.Relations.Edges {
		for _, ev := range e.Node.Evidence {
			read[[2]int{ev.Start, ev.End}] = true
		}
	}
	var wantMarks []string
	for span := range read {
		wantMarks = append(wantMarks, art.Article.Text[span[0]:span[1]])
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.article-text mark.read')].map(m => m.textContent)`))
	require.NoError(t, err)
	assert.ElementsMatch(t, wantMarks, marks, "each sentence read, highlighted where it stands")
	assert.Positive(t, mustInt(t, ctx, `document.querySelectorAll('.article-text mark.read mark').length`), "triggers highlighted inside")
	assert.Equal(t, strings.Join(strings.Fields(art.Article.Text), " "),
		strings.Join(strings.Fields(text(`[...document.querySelector('.article-text').childNodes].filter(n => n.nodeType === 3 || n.matches('mark')).map(n => n.textContent).join('')`)), " "),
		"the whole text, in order")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.article-text .read-toggle`))))
	detail := text(`document.querySelector('.article-text .read-detail:not([hidden])')?.textContent || ''`)
	assert.Contains(t, detail, "rule ", "the extractor's explanation on demand")
	assert.Equal(t, "true", text(`document.querySelector('.article-text .read-toggle').getAttribute('aria-expanded')`))
	shot("article")

	// The list of articles, newest first, and for a period: as the API has them.
	var arts struct {
		All, Later struct {
			Items []struct{ Title, Source string }
		}
	}
	post(t, client.New(h, client.Path("/query")), `{ all: articles(first: 50) { items { title source } }
		later: articles(from: "2022-09-08", first: 50) { items { title source } } }`, &arts)
	require.Len(t, arts.All.Items, len(explorerArticles))
	require.Less(t, len(arts.Later.Items), len(arts.All.Items), "the sample has an article before 2022-09-08")
	titles := func() []string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('ol.articles > li > a:first-child')].map(a => a.textContent)`))
		require.NoError(t, err)
		return v
	}
	want := func(items []struct{ Title, Source string }) (out []string) {
		for _, a := range items {
			out = append(out, a.Title)
		}
		return out
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.Search(`//header//a[text()="Articles"]`))))
	ready("articles")
	assert.Equal(t, want(arts.All.Items), titles())
	require.NotEmpty(t, arts.All.Items[0].Source)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`input[name=from]`), "2022-09-08"),
		chromedp.Click(chromedp.CSS(`button[type=submit]`))), "articles of a period")
	ready("articles")
	assert.Equal(t, want(arts.Later.Items), titles())
	assert.Contains(t, text(`location.search`), "from=2022-09-08")
	shot("articles")

	// Nothing left the test server, nothing broke the CSP, nothing failed in the page.
	assert.Empty(t, foreignRequests(rec.snapshot(), origin), "requests to hosts other than %s", origin.Host)
	assert.Empty(t, rec.cspReports(), "Content-Security-Policy violations")
	assert.Empty(t, rec.failures(), "failed requests")
	var consoleErrors []string
	for _, c := range rec.consoleLines() {
		if strings.HasPrefix(c, "exception:") || strings.HasPrefix(c, "error:") || strings.Contains(c, " error: ") {
			consoleErrors = append(consoleErrors, c)
		}
	}
	assert.Empty(t, consoleErrors, "console errors")
}

func mustInt(t *testing.T, ctx context.Context, js string) int {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
	require.NoError(t, err, js)
	return v
}
