package geokg

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// TestArticleIDHashesTheNormalisedText checks the streaming hash against its definition:
// the SHA-256 of the text's fields joined by single spaces.
func TestArticleIDHashesTheNormalisedText(t *testing.T) {
	long := strings.Repeat("Iran\tcondemned  Israel.\n", 1000) // crosses the 4 KiB buffer
	for _, s := range []string{"", "a", "  Iran\n\ncondemned\tIsrael.  ", "x\u00a0y\u2003z", "تهران  said", long} {
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(s), " ")))
		if got, want := ArticleID(s), "article:"+hex.EncodeToString(sum[:]); got != want {
			t.Errorf("ArticleID(%.20q) = %s, want %s", s, got, want)
		}
	}
}

func TestWebURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://example.com/a": true, "http://example.com": true, "HTTPS://EXAMPLE.COM/": true,
		"javascript:alert(1)": false, "JavaScript://example.com/%0aalert(1)": false, "file:///etc/passwd": false,
		"data:text/html,<b>": false, "//example.com/a": false, "example.com/a": false, "http://": false, "": false,
	} {
		if got := WebURL(u); got != want {
			t.Errorf("WebURL(%q) = %v, want %v", u, got, want)
		}
	}
}

func TestSourceNameIsTheInputsElseTheHost(t *testing.T) {
	for a, want := range map[Article]string{
		{URL: "https://www.LeMonde.fr/afrique/article/1"}:         "lemonde.fr",
		{URL: "https://feeds.reuters.example:8443/x", Source: ""}: "feeds.reuters.example",
		{URL: "https://www.lemonde.fr/a", Source: "  Le Monde "}:  "Le Monde",
		{Source: "Wire Service"}:                                  "Wire Service",
		{}:                                                        "",
		{URL: "not a url"}:                                        "",
	} {
		if got := a.SourceName(); got != want {
			t.Errorf("%+v: SourceName() = %q, want %q", a, got, want)
		}
	}
}
