package extract

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg"
)

// FuzzExtract feeds arbitrary text to the extractor: it must never panic, and every
// result must keep its invariants (evidence equal to the text at its offsets, valid
// references). Errors are allowed for input the contract rejects.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Denmark blames Russia for the latest hack.",
		"The UK, US and Canada accused Russia. It denied the accusations.",
		"Prime Minister Mette Frederiksen of Denmark said Russian diplomats had 72 hours to go.",
		"“We shall answer,” she said. The Nordic nation cut ties with Moscow on May 2.",
		"Mr. ’s , - U.S.-backed the the the",
	} {
		f.Add(s, "2022-09-10")
	}
	x := New(testGazetteer(f))
	f.Fuzz(func(t *testing.T, text, published string) {
		ex, err := x.Extract(context.Background(), text, geokg.Article{Published: published})
		if err != nil {
			if geokg.ErrorCode(err) != geokg.CodeInvalidArgument {
				t.Fatalf("unexpected error code for %q: %v", text, err)
			}
			if utf8.ValidString(text) && len(text) > 0 && ex != nil {
				t.Fatalf("result with an error")
			}
			return
		}
		if err := ex.Validate(); err != nil {
			t.Fatalf("invalid extraction for %q: %v", text, err)
		}
		for _, r := range ex.Relations {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End || text[r.Start:r.End] != r.Evidence {
				t.Fatalf("evidence offsets [%d,%d) do not give %q in %q", r.Start, r.End, r.Evidence, text)
			}
		}
		for _, e := range ex.Events {
			if e.Start < 0 || e.End > len(text) || text[e.Start:e.End] != e.Evidence {
				t.Fatalf("event evidence offsets wrong in %q", text)
			}
		}
	})
}
