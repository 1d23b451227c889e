package extract

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// TestDebugText prints the mentions and relations of $DEBUG_TEXT (development aid).
func TestDebugText(t *testing.T) {
	text := os.Getenv("DEBUG_TEXT")
	if text == "" {
		t.Skip("DEBUG_TEXT not set")
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := New(g)
	d := &document{text: text, published: "2020-01-10", entities: map[string]*entity{}, relSeen: map[string]int{}, eventSeen: map[string]int{}, accusers: map[string][]string{}, bodies: map[string]*entity{}, sentEvent: map[int]string{}, x: x}
	d.sents = splitSentences(text, tokenize(text))
	d.mentions = make([][]*Mention, len(d.sents))
	if err := d.run(context.Background()); err != nil {
		t.Fatal(err)
	}
	for si, s := range d.sents {
		fmt.Printf("S%d furn=%v: %s\n", si, s.Furniture, text[s.Start:s.End])
		for _, m := range d.mentions[si] {
			fmt.Printf("   [%d,%d) %q -> %s form=%d poss=%v\n", m.Start, m.End, d.surface(si, m.Start, m.End), m.ent.id, m.Form, m.possessive)
		}
	}
	ex := d.extraction(geokg.Article{})
	for _, r := range ex.Relations {
		fmt.Println(r.Subject, r.Type, r.Object, r.Confidence)
	}
}
