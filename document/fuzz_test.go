package document

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	f.Add("a.txt", []byte("title: T\ndate: 2020-01-02\n---\nThe ministers met on Monday.\n"))
	f.Add("a.html", []byte("<html><head><title>T</title></head><body><p>Text of the page.</p></body></html>"))
	f.Add("a.jsonl", []byte("{\"text\":\"one\"}\n{\"text\":\"two\"}\n"))
	f.Add("a.json", []byte(`[{"title":"x","html":"<p>y</p>"}]`))
	f.Add("a.md", []byte("# Head\n\n[link](u) **b**\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		docs, err := Parse(name, data)
		if err != nil && docs != nil && !isJSONL(name) {
			t.Fatalf("documents returned with error %v", err)
		}
		for _, d := range docs {
			for _, s := range []string{d.Text, d.Title, d.URL, d.Published, d.Source} {
				if !utf8.ValidString(s) && s != d.Source {
					t.Fatalf("invalid UTF-8 in output: %q", s)
				}
			}
			if d.Text == "" {
				t.Fatalf("empty text without error")
			}
		}
	})
}

// isJSONL reports whether Parse reads a file named name as JSON Lines, the one format
// whose good records come back together with the errors of its bad lines.
func isJSONL(name string) bool {
	f := extFormats[strings.ToLower(filepath.Ext(name))]
	return f == formatJSONL
}
