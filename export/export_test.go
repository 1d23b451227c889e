package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

func TestParseFilter(t *testing.T) {
	tests := []struct {
		query string
		want  geokg.RelationFilter
		err   string
	}{
		{"", geokg.RelationFilter{}, ""},
		{"types=ACCUSES,sanctions&types=MEETS", geokg.RelationFilter{Types: []geokg.RelationType{geokg.Accuses, geokg.Sanctions, geokg.Meets}}, ""},
		{"subject=country:ALB&object=official:esmail-khatib&either=country:IRN", geokg.RelationFilter{Subject: "country:ALB", Object: "official:esmail-khatib", Either: "country:IRN"}, ""},
		{"from=2022-01-01&to=2022-12-31&minConfidence=0.5", geokg.RelationFilter{From: "2022-01-01", To: "2022-12-31", MinConfidence: 0.5}, ""},
		{"article=article:abc", geokg.RelationFilter{ArticleID: "article:abc"}, ""},
		{"types=LIKES", geokg.RelationFilter{}, "unknown relation type"},
		{"subject=Albania", geokg.RelationFilter{}, "not an entity id"},
		{"from=2022-02-30", geokg.RelationFilter{}, "not a date"},
		{"to=2022", geokg.RelationFilter{}, "not a date"},
		{"minConfidence=1.5", geokg.RelationFilter{}, "from 0 to 1"},
		{"minConfidence=x", geokg.RelationFilter{}, "from 0 to 1"},
		{"article=1", geokg.RelationFilter{}, "not an article id"},
		{"first=10", geokg.RelationFilter{}, "unknown parameter"},
		{"from=2022-01-01&from=2022-02-01", geokg.RelationFilter{}, "given 2 times"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			require.NoError(t, err)
			got, err := ParseFilter(q)
			if tt.err != "" {
				require.Error(t, err)
				assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[any]string{
		"Albania": "Albania", "": "", nil: "", true: "true", 3: "3", -2.0: "-2", 3.5: "3.5", 0.85: "0.85",
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "-1": "'-1", "@SUM": "'@SUM",
	} {
		assert.Equal(t, want, csvCell(in), "%v", in)
	}
}

// TestWritePagesThroughTheGraph: a small page size gives the same rows as one page, every
// relation and statement once, in their orders.
func TestWritePagesThroughTheGraph(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x := neo4jtest.Fixture("Albania blames Iran. Albania cut ties with Tehran. The U.S. sanctioned Khatib. Albania hosts the MEK. The U.S. backed Albania. Iran met Albania.")
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	for _, what := range []What{Relations, Statements} {
		for _, format := range []Format{CSV, NDJSON} {
			var one, paged bytes.Buffer
			n1, err := Write(ctx, &one, s, Request{What: what, Format: format})
			require.NoError(t, err)
			n2, err := Write(ctx, &paged, s, Request{What: what, Format: format, PageSize: 2})
			require.NoError(t, err)
			assert.Equal(t, len(x.Relations), n1, "%s %s: the fixture's six relations, one statement each", what, format)
			assert.Equal(t, n1, n2)
			assert.Equal(t, one.String(), paged.String(), "%s %s", what, format)
		}
	}
	var out bytes.Buffer
	_, err = Write(ctx, &out, s, Request{What: Relations, Format: CSV, Filter: geokg.RelationFilter{Subject: "country:ALB", Types: []geokg.RelationType{geokg.Accuses}}})
	require.NoError(t, err)
	rows, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, []string{"country:ALB", "Albania", "ACCUSES", "country:IRN", "Iran", "false", "1", "1", "0", "2022-09-10", "2022-09-10", "0.9", "112", "-2"}, rows[1])
}

// failing serves pages of one relation until its call number failAt, which fails.
type failing struct {
	calls, failAt int
}

func (f *failing) Relations(context.Context, geokg.RelationFilter, geokg.PageRequest, bool) (geokg.EdgePage, error) {
	f.calls++
	if f.calls == f.failAt {
		return geokg.EdgePage{}, geokg.Errorf(geokg.CodeUnavailable, "neo4j went away")
	}
	return geokg.EdgePage{Edges: []geokg.Edge{{Subject: "country:ALB", Type: geokg.Accuses, Object: "country:IRN", Count: 1}}, HasNext: true, EndCursor: "c"}, nil
}

func (f *failing) StatementsAfter(context.Context, geokg.RelationFilter, string, int) ([]geokg.Statement, error) {
	return nil, nil
}

func (f *failing) Entities(context.Context, []string) (map[string]geokg.Entity, error) {
	return map[string]geokg.Entity{}, nil
}

func (f *failing) Articles(context.Context, []string) (map[string]geokg.Article, error) {
	return map[string]geokg.Article{}, nil
}

// TestWriteFailures: an error on the first page writes nothing (so a server can still
// answer an error status); one later leaves what was written and says so.
func TestWriteFailures(t *testing.T) {
	var out bytes.Buffer
	_, err := Write(context.Background(), &out, &failing{failAt: 1}, Request{What: Relations, Format: CSV})
	require.Error(t, err)
	assert.Equal(t, geokg.CodeUnavailable, geokg.ErrorCode(err))
	assert.Zero(t, out.Len(), "nothing before the first page is read")

	n, err := Write(context.Background(), &out, &failing{failAt: 2}, Request{What: Relations, Format: NDJSON})
	require.Error(t, err)
	assert.Equal(t, 1, n)
	assert.Equal(t, 1, strings.Count(out.String(), "\n"), "the first page was written")

	_, err = Write(context.Background(), &out, &failing{}, Request{What: "entities", Format: CSV})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}
