package document_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/document"
)

func TestParseFields(t *testing.T) {
	tests := []struct {
		spec    string
		want    document.Fields
		wantErr string
	}{
		{"", document.Fields{}, ""},
		{"text=body", document.Fields{Text: []string{"body"}}, ""},
		{"text=Body|content, date=pubDate,source=outlet", document.Fields{Text: []string{"body", "content"}, Date: []string{"pubdate"}, Outlet: []string{"outlet"}}, ""},
		{"title=headline,url=link,html=page", document.Fields{Title: []string{"headline"}, URL: []string{"link"}, HTML: []string{"page"}}, ""},
		{"words=body", document.Fields{}, `"words=body": want part=name`},
		{"text", document.Fields{}, `"text": want part=name`},
		{"text=", document.Fields{}, "no name for text"},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			got, err := document.ParseFields(tc.spec)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	_, err := z.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return b.Bytes()
}

// TestReaderWalk: gzip files read by the name before .gz, JSON Lines streamed with field
// names of the reader's own, the outlet taken from the record, bad lines named.
func TestReaderWalk(t *testing.T) {
	const custom = `{"headline":"Sanctions","pubDate":"2023-01-02","body":"Canada imposed sanctions on Russia.","outlet":"Example News"}
{"headline":"Broken"
{"headline":"Talks","body":"Iran met Iraq.","outlet":{"name":"not a string"}}
`
	tests := []struct {
		name    string
		files   map[string][]byte
		fields  string
		want    []string // Source | Title | Published | Outlet | Text
		wantErr []string
	}{
		{"plain text gzipped", map[string][]byte{"a.txt.gz": gz(t, "Albania accused Iran.")}, "",
			[]string{"a.txt.gz|||" + "|Albania accused Iran."}, nil},
		{"JSON Lines gzipped, default fields", map[string][]byte{"c.jsonl.gz": gz(t, `{"title":"T","text":"Iran met Iraq.","source":"Wire"}`+"\n")}, "",
			[]string{"c.jsonl.gz:1|T||Wire|Iran met Iraq."}, nil},
		{"JSON Lines with field names of its own", map[string][]byte{"d.jsonl": []byte(custom)}, "title=headline,date=pubdate,text=body,source=outlet",
			[]string{"d.jsonl:1|Sanctions|2023-01-02|Example News|Canada imposed sanctions on Russia.", "d.jsonl:3|Talks|||Iran met Iraq."},
			[]string{"d.jsonl:2: invalid JSON"}},
		{"the default names do not find a words field", map[string][]byte{"e.jsonl": []byte(`{"words":"Iran met Iraq."}` + "\n")}, "",
			nil, []string{"e.jsonl:1: no article text: want a field named text, body, content, article, html"}},
		{"a byte order mark before the first line", map[string][]byte{"g.jsonl": []byte("\xef\xbb\xbf" + `{"text":"Iran met Iraq."}` + "\n")}, "",
			[]string{"g.jsonl:1||||Iran met Iraq."}, nil},
		{"not gzip", map[string][]byte{"f.txt.gz": []byte("plain")}, "", nil, []string{"f.txt.gz"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tc.files {
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
			}
			f, err := document.ParseFields(tc.fields)
			require.NoError(t, err)
			var got []string
			err = document.Reader{Fields: f}.Walk([]string{dir}, func(d document.Document) error {
				got = append(got, strings.Join([]string{strings.TrimPrefix(d.Source, dir+"/"), d.Title, d.Published, d.Outlet, d.Text}, "|"))
				return nil
			})
			assert.Equal(t, tc.want, got)
			if len(tc.wantErr) == 0 {
				assert.NoError(t, err)
			}
			for _, w := range tc.wantErr {
				require.Error(t, err)
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

// TestJSONLinesStreamPastTheFileLimit: a JSON Lines file larger than MaxFileSize is read a
// line at a time; a bad line among many is named, and a flood of bad lines is counted.
func TestJSONLinesStreamPastTheFileLimit(t *testing.T) {
	old := document.MaxFileSize
	document.MaxFileSize = 4 << 10
	defer func() { document.MaxFileSize = old }()
	var b strings.Builder
	for range 100 {
		b.WriteString(`{"title":"T","text":"Canada imposed sanctions on Russia."}` + "\n")
	}
	b.WriteString(`{"text":"` + strings.Repeat("x", 5<<10) + `"}` + "\n")
	for range 150 {
		b.WriteString("not json\n")
	}
	path := filepath.Join(t.TempDir(), "big.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	n := 0
	err := document.Walk([]string{path}, func(document.Document) error { n++; return nil })
	assert.Equal(t, 100, n, "every good record, though the file is over MaxFileSize")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "big.jsonl:102: invalid JSON")
	assert.Contains(t, err.Error(), "big.jsonl: 51 more bad lines")
	assert.True(t, errors.Is(err, document.ErrTooLarge), "the line over the limit is named")
}
