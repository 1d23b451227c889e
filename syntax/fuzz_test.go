package syntax

import "testing"

// FuzzSyntax feeds arbitrary text through the tokenizer, the sentence splitter and the
// embedded model: no panic, offsets inside the text, bounded sentences, and a tree: one
// root, no cycle.
func FuzzSyntax(f *testing.F) {
	for _, s := range []string{
		"Albania cut ties with Iran.", "“We won’t,” he said... U.S.-led", "'s '' -- — …", "\x00\xff",
		"a\n\nb\nc", "Mr. . . . U.S. The", "$%#@/ http://x.y/z?a", "n't's'd",
	} {
		f.Add(s)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		m.EachSentence(text, func(s Sentence) bool {
			if len(s.Words) == 0 || len(s.Words) > MaxSentenceWords {
				t.Fatalf("sentence of %d words", len(s.Words))
			}
			roots := 0
			for _, w := range s.Words {
				if w.Start < 0 || w.End > len(text) || w.Start >= w.End || text[w.Start:w.End] != w.Form {
					t.Fatalf("word %q at %d:%d does not match the text", w.Form, w.Start, w.End)
				}
				if w.Head < 0 || w.Head > len(s.Words) || w.Head == w.ID {
					t.Fatalf("bad head %d for word %d", w.Head, w.ID)
				}
				if w.Head == 0 {
					roots++
				}
			}
			if roots != 1 {
				t.Fatalf("%d roots", roots)
			}
			for _, w := range s.Words {
				h, steps := w.Head, 0
				for h != 0 {
					if steps++; steps > len(s.Words) {
						t.Fatalf("a cycle through word %d", w.ID)
					}
					h = s.Words[h-1].Head
				}
			}
			return true
		})
	})
}
