package geokg_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/geokg/geokg"

// TestPackageTableIsTrue checks the package table of docs/design.md against the imports
// of the code: every package with Go code has a row, its module imports are the ones the
// row names, and every other non-standard import is one the row names.
func TestPackageTableIsTrue(t *testing.T) {
	doc, err := os.ReadFile("docs/design.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z0-9/-]+)` \\|([^|]*)\\|").FindAllStringSubmatch(string(doc), -1) {
		var tokens []string
		for _, tok := range strings.Split(m[2], ",") {
			if tok = strings.Trim(strings.TrimSpace(tok), "*"); tok != "" {
				tokens = append(tokens, tok)
			}
		}
		rows[m[1]] = tokens
	}
	dirs := map[string]bool{}
	err = filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "." || d.Name() == "node_modules" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			dirs[filepath.ToSlash(filepath.Dir(path))] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for dir := range dirs {
		if dir == "." {
			continue // the domain: standard library only, checked below
		}
		documented, ok := rows[dir]
		if !ok {
			t.Errorf("docs/design.md has no row for package %s", dir)
			continue
		}
		internal, external := imports(t, dir)
		var want []string
		var thirdParty []string
		for _, tok := range documented {
			if tok == "domain" || dirs[tok] {
				want = append(want, tok)
			} else {
				thirdParty = append(thirdParty, tok)
			}
		}
		sort.Strings(want)
		if strings.Join(internal, ", ") != strings.Join(want, ", ") {
			t.Errorf("%s imports %v of the module; docs/design.md says %v", dir, internal, want)
		}
		used := map[string]bool{}
		for _, imp := range external {
			found := false
			for _, tok := range thirdParty {
				if strings.Contains(imp, tok) {
					found, used[tok] = true, true
				}
			}
			if !found {
				t.Errorf("%s imports %s, which docs/design.md does not name", dir, imp)
			}
		}
		for _, tok := range thirdParty {
			if !used[tok] {
				t.Errorf("docs/design.md says %s imports %s; it does not", dir, tok)
			}
		}
	}
	if internal, external := imports(t, "."); len(internal)+len(external) > 0 {
		t.Errorf("the domain imports %v %v; it may import only the standard library", internal, external)
	}
}

// imports returns the packages of the module (as "domain" or their folder) and the other
// non-standard packages that the non-test files of dir import.
func imports(t *testing.T, dir string) (internal, external []string) {
	t.Helper()
	seen := map[string]bool{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, is := range af.Imports {
			p, _ := strconv.Unquote(is.Path.Value)
			if seen[p] {
				continue
			}
			seen[p] = true
			switch {
			case p == module:
				internal = append(internal, "domain")
			case strings.HasPrefix(p, module+"/"):
				internal = append(internal, strings.TrimPrefix(p, module+"/"))
			case strings.Contains(strings.Split(p, "/")[0], "."):
				external = append(external, p)
			}
		}
	}
	sort.Strings(internal)
	return internal, external
}
