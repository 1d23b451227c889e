package web

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeShowsEachExplorerView: every view of the explorer (the views table of
// src/explore/main.js) has its screenshot in docs/images, shown in README.md; the
// browser test (server.TestBrowserExplorer) takes them under the same names.
func TestReadmeShowsEachExplorerView(t *testing.T) {
	src, err := os.ReadFile("src/explore/main.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const views = \{([^}]*)\}`).FindSubmatch(src)
	if m == nil {
		t.Fatal("main.js has no views table")
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	browser, err := os.ReadFile("../server/explorer_browser_test.go")
	if err != nil {
		t.Fatal(err)
	}
	views := regexp.MustCompile(`(\w+):`).FindAllSubmatch(m[1], -1)
	if len(views) < 8 {
		t.Fatalf("views: %s", m[1])
	}
	for _, v := range views {
		name := string(v[1])
		img := "docs/images/explore-" + name + ".png"
		if !strings.Contains(string(readme), "]("+img+")") {
			t.Errorf("README.md does not show %s", img)
		}
		if _, err := os.Stat("../" + img); err != nil {
			t.Errorf("%s: %v", img, err)
		}
		if !strings.Contains(string(browser), `shot("`+name+`")`) {
			t.Errorf("the browser test takes no screenshot of the %s view", name)
		}
	}
}
