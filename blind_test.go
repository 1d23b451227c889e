package geokg

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBlindGoldUnpacks checks eval/blind against the corpus it points into: scripts/blind.py
// unpack must restore every article from its corpus line and every evidence quote from its
// span, and score.py --check-gold must find no problem in the result (every quote verbatim in
// its article, every relation's actors named among the entities). Skipped without ../shared
// or python3; fatal under CI=true.
func TestBlindGoldUnpacks(t *testing.T) {
	corpus := filepath.Join("..", "shared", "corpus", "allsides-world.jsonl")
	score := filepath.Join("..", "shared", "eval", "score.py")
	missing := func(what string, err error) { // skipped, but fatal under CI=true
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing under CI=true: %v", what, err)
		}
		t.Skipf("%s is missing: %v", what, err)
	}
	for _, need := range []string{corpus, score} {
		if _, err := os.Stat(need); err != nil {
			missing(need+" (it lives outside the repository)", err)
		}
	}
	if _, err := exec.LookPath("python3"); err != nil {
		missing("python3", err)
	}
	out := t.TempDir()
	cmd := exec.Command("python3", filepath.Join("scripts", "blind.py"), "--corpus", corpus, "unpack", filepath.Join("eval", "blind"), out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("blind.py unpack: %v\n%s", err, b)
	}
	golds, _ := filepath.Glob(filepath.Join(out, "*.gold.json"))
	texts, _ := filepath.Glob(filepath.Join(out, "*.txt"))
	if len(golds) < 100 || len(golds) != len(texts) {
		t.Fatalf("unpack wrote %d gold files and %d articles, want the same number and at least 100", len(golds), len(texts))
	}
	b, err := exec.Command("python3", score, "--check-gold", out).CombinedOutput()
	if err != nil || !strings.Contains(string(b), "0 problem(s)") {
		t.Fatalf("score.py --check-gold on the unpacked blind gold: %v\n%s", err, b)
	}
}
