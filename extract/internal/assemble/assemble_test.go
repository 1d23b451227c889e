package assemble

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract/internal/text"
)

func country(code, name string) geokg.Entity {
	return geokg.Entity{ID: geokg.EntityID(geokg.KindCountry, code), Kind: geokg.KindCountry, Name: name, Code: code}
}

// TestAssemble runs the stage alone: what a reading found in, the extraction out.
func TestAssemble(t *testing.T) {
	const txt = "Peru met Chile. Chile expelled Peru's envoy, IRNA said. The talks ended."
	sents := text.Split(txt, nil)
	require.Len(t, sents, 3)
	peru, chile, greece := country("PER", "Peru"), country("CHL", "Chile"), country("GRC", "Greece")
	irna := geokg.Entity{ID: geokg.EntityID(geokg.KindGroup, "IRNA"), Kind: geokg.KindGroup, Name: "IRNA", Subtype: geokg.OtherGroup}
	expel := geokg.Relation{Subject: chile.ID, Type: geokg.Expels, Object: peru.ID, Start: sents[1].Start, End: sents[1].End,
		Evidence: txt[sents[1].Start:sents[1].End]}
	meets := geokg.Relation{Subject: peru.ID, Type: geokg.Meets, Object: chile.ID, Start: sents[0].Start, End: sents[0].End,
		Evidence: txt[sents[0].Start:sents[0].End]}
	in := Input{
		Article: geokg.Article{ID: geokg.ArticleID(txt), Title: "Envoy"},
		Text:    txt, Sentences: sents,
		Entities: []Candidate{
			{Entity: peru, AliasSet: map[string]bool{"Peru": true, "Lima": true}, Named: true}, // kept: a relation names it
			{Entity: chile, AliasSet: map[string]bool{"Chile": true}, Named: true, Standing: true},
			{Entity: greece, AliasSet: map[string]bool{"Greek": true}, Named: true},            // dropped: "Greek" names no actor
			{Entity: irna, AliasSet: map[string]bool{"IRNA": true}, Named: true, Medium: true}, // dropped: a medium cited
		},
		Relations: []geokg.Relation{expel, meets},
	}
	ex := Assemble(in)
	var ids []string
	for _, e := range ex.Entities {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"country:CHL", "country:PER"}, ids, "sorted by id, things and media left out")
	assert.Equal(t, []string{"Lima", "Peru"}, ex.Entities[1].Aliases, "aliases sorted")
	require.Len(t, ex.Relations, 2)
	assert.Equal(t, geokg.Meets, ex.Relations[0].Type, "relations by position")
	assert.Equal(t, "", ex.Relations[0].Before)
	assert.Equal(t, "Chile expelled Peru's envoy, IRNA said.", ex.Relations[0].After)
	assert.Equal(t, "Peru met Chile.", ex.Relations[1].Before)
	assert.Equal(t, "The talks ended.", ex.Relations[1].After)
	assert.Equal(t, txt, ex.Article.Text)
	assert.Equal(t, geokg.ExtractorVersion, ex.Extractor)
	assert.Empty(t, in.Relations[0].After, "the input's relations are not changed")

	// without the relations, only the standing actor is left
	in.Relations = nil
	ex = Assemble(in)
	require.Len(t, ex.Entities, 1)
	assert.Equal(t, "country:CHL", ex.Entities[0].ID)
}
