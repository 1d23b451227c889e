package server_test

import (
	"net/http"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/server"
)

// exampleServer returns the API over a graph of the example articles (examples/articles/,
// as `make run` loads them) and a client of it.
func exampleServer(t *testing.T) (http.Handler, *client.Client) {
	t.Helper()
	h, s := newServer(t, server.Config{})
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	ingestExamples(t, &ingest.Pipeline{Extractor: extract.New(gz), Graph: s})
	return h, client.New(h, client.Path("/query"))
}

// ingestText writes one article through the ingestArticle mutation and returns its id.
func ingestText(t *testing.T, c *client.Client, text, url, source, published string) string {
	t.Helper()
	var resp struct {
		IngestArticle struct {
			Article       struct{ ID string }
			RelationCount int
		}
	}
	post(t, c, `mutation($text: String!, $url: String, $source: String, $published: Date) {
	  ingestArticle(input: {text: $text, url: $url, source: $source, published: $published}) { article { id } relationCount } }`, &resp,
		client.Var("text", text), client.Var("url", url), client.Var("source", source), client.Var("published", published))
	require.Positive(t, resp.IngestArticle.RelationCount, text)
	return resp.IngestArticle.Article.ID
}

// contestedAnswer is a relation as the contested query selects it.
type contestedAnswer struct {
	Relations struct {
		Edges []struct {
			Node struct {
				ID                        string
				Contested                 bool
				ArticleCount, SourceCount int
				ContestedBy               []struct {
					Type     string
					Subject  struct{ ID string }
					Object   struct{ ID string }
					Evidence struct {
						Sentence string
						Article  struct{ Source string }
					}
				}
			}
		}
	}
}

const contestedQuery = `{ relations(filter: {subject: "country:BFA", object: "country:FRA", types: [ACCUSES]}) { edges { node {
  id contested articleCount sourceCount
  contestedBy { type subject { id } object { id } evidence { sentence article { source } } } } } } }`

// TestContestedRelationsShowTheDenial: Burkina Faso's accusation of France is one side's
// claim once France denies it, with France's statement reachable from the accusation;
// retracting the denial makes it uncontested again (contested is read, not stored).
func TestContestedRelationsShowTheDenial(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	c := client.New(h, client.Path("/query"))
	ingestText(t, c, "Burkina Faso's military government accused France of using the diplomats to undermine the country's security.",
		"https://www.lemonde.example/2024/04/a", "", "2024-04-18")

	var resp contestedAnswer
	post(t, c, contestedQuery, &resp)
	require.Len(t, resp.Relations.Edges, 1)
	assert.False(t, resp.Relations.Edges[0].Node.Contested)
	assert.Empty(t, resp.Relations.Edges[0].Node.ContestedBy)

	denial := ingestText(t, c, "France denied Burkina Faso's accusation and said its diplomats had been doing their normal work.",
		"https://www.lemonde.example/2024/04/b", "", "2024-04-19")
	resp = contestedAnswer{}
	post(t, c, contestedQuery, &resp)
	require.Len(t, resp.Relations.Edges, 1)
	n := resp.Relations.Edges[0].Node
	assert.True(t, n.Contested)
	require.Len(t, n.ContestedBy, 1)
	st := n.ContestedBy[0]
	assert.Equal(t, "DENIES", st.Type)
	assert.Equal(t, "country:FRA", st.Subject.ID)
	assert.Equal(t, "country:BFA", st.Object.ID)
	assert.Contains(t, st.Evidence.Sentence, "France denied")
	assert.Equal(t, "lemonde.example", st.Evidence.Article.Source)

	var del map[string]any
	post(t, c, `mutation($id: ID!) { deleteArticle(id: $id) }`, &del, client.Var("id", denial))
	resp = contestedAnswer{}
	post(t, c, contestedQuery, &resp)
	require.Len(t, resp.Relations.Edges, 1)
	assert.False(t, resp.Relations.Edges[0].Node.Contested, "the denial was retracted")
}

// TestRelationsCountTheirSources: three articles from two outlets report the accusation;
// the input's source metadata wins over the URL's host, and www. is not a second site.
func TestRelationsCountTheirSources(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	c := client.New(h, client.Path("/query"))
	a := ingestText(t, c, "Burkina Faso's military government accused France of using the diplomats to undermine the country's security.",
		"https://www.lemonde.example/2024/04/a", "", "2024-04-18")
	ingestText(t, c, "Burkina Faso accused France on Friday of plotting against its army.",
		"https://lemonde.example/2024/04/c", "", "2024-04-20")
	ingestText(t, c, "Burkina Faso accused France of sheltering opponents of the government.",
		"https://feeds.example.net/item/17", "Wire Service", "2024-04-21")

	var resp contestedAnswer
	post(t, c, contestedQuery, &resp)
	require.Len(t, resp.Relations.Edges, 1)
	assert.Equal(t, 3, resp.Relations.Edges[0].Node.ArticleCount)
	assert.Equal(t, 2, resp.Relations.Edges[0].Node.SourceCount, "lemonde.example and Wire Service")

	var art struct{ Article struct{ Source string } }
	post(t, c, `query($id: ID!) { article(id: $id) { source } }`, &art, client.Var("id", a))
	assert.Equal(t, "lemonde.example", art.Article.Source)
}
