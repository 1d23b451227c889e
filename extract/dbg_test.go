package extract

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	x := New(testGazetteer(t))
	d := newDocument(x, text, "2020-01-10")
	_ = d.run(context.Background())
	for si, s := range d.sents {
		fmt.Printf("S%d: %s\n", si, text[s.Start:s.End])
		for _, m := range d.mentions[si] {
			fmt.Printf("   [%d,%d) %q -> %s form=%d\n", m.Start, m.End, d.surface(si, m.Start, m.End), m.ent.id, m.Form)
		}
	}
	for _, r := range d.rels {
		fmt.Println(r.Subject, r.Type, r.Object)
	}
}
