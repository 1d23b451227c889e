package extract

import (
	"strings"
	"testing"
)

// TestStatementsKeepTheirContext: each relation carries the sentences just before and
// after its own, and the extraction the text its offsets refer to.
func TestStatementsKeepTheirContext(t *testing.T) {
	const text = "Tirana said on Wednesday it had evidence.\n\nAlbania cut diplomatic ties with Iran over the cyberattack.\n\nThe decision was unavoidable, Rama said."
	ex := extractText(t, text, "2022-09-07")
	if ex.Article.Text != text {
		t.Fatalf("Article.Text = %q, want the text read", ex.Article.Text)
	}
	found := false
	for _, r := range ex.Relations {
		if text[r.Start:r.End] != r.Evidence {
			t.Errorf("%s %s %s: offsets %d:%d do not give the sentence", r.Subject, r.Type, r.Object, r.Start, r.End)
		}
		if strings.Contains(r.Evidence, "cut diplomatic ties") {
			found = true
			if r.Before != "Tirana said on Wednesday it had evidence." || r.After != "The decision was unavoidable, Rama said." {
				t.Errorf("context of %q: before %q, after %q", r.Evidence, r.Before, r.After)
			}
		}
	}
	if !found {
		t.Fatalf("no relation read from the middle sentence: %+v", ex.Relations)
	}
}
