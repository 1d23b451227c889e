package frames_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
)

func TestLoadParsesEveryField(t *testing.T) {
	in := "# type\tlemma\tpos\tsource\ttarget\trequires\tcameo\torigin\n\n" +
		"SEVERS_TIES_WITH\tbreak\tVERB\tnsubj\tobl:with\tobj=tie|relation;compound:prt=off\t161\tcameo\n" +
		"ACCUSES\taccusation\tNOUN\tnmod:poss|nmod:by|amod\tnmod:against|obl:against\t-\t112\tgeokg\n" +
		"SUPPORTS\tsupportive\tADJ\tnsubj\tobl:of\t-\t-\tgeokg\n"
	got, err := frames.Load(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, got, 3)
	assert.Equal(t, frames.Frame{
		Type: geokg.SeversTiesWith, Lemma: "break", POS: "VERB",
		Source: []frames.Slot{{Rel: "nsubj"}}, Target: []frames.Slot{{Rel: "obl", Case: "with"}},
		Requires: []frames.Constraint{
			{Slot: frames.Slot{Rel: "obj"}, Lemmas: []string{"tie", "relation"}},
			{Slot: frames.Slot{Rel: "compound:prt"}, Lemmas: []string{"off"}},
		},
		CAMEO: "161", Origin: frames.OriginCAMEO, Line: 3,
	}, got[0])
	assert.Equal(t, []frames.Slot{{Rel: "nmod:poss"}, {Rel: "nmod", Case: "by"}, {Rel: "amod"}}, got[1].Source)
	assert.Equal(t, []frames.Slot{{Rel: "nmod", Case: "against"}, {Rel: "obl", Case: "against"}}, got[1].Target)
	assert.Nil(t, got[1].Requires)
	assert.Empty(t, got[2].CAMEO)
	for i, line := range strings.Split(strings.TrimSpace(in), "\n")[2:] {
		assert.Equal(t, line, got[i].String(), "String writes the line back")
	}
}

func TestLoadRejectsBadLines(t *testing.T) {
	good := []string{"ACCUSES", "accuse", "VERB", "nsubj", "obj", "-", "112", "cameo"}
	tests := []struct {
		name  string
		field int
		value string
		want  string
	}{
		{"unknown type", 0, "PRAISES", `type "PRAISES" is not an interaction type`},
		{"structural type", 0, "LEADS", `type "LEADS" is not an interaction type`},
		{"bad lemma", 1, "Accuse", `lemma "Accuse"`},
		{"bad pos", 2, "ADV", `pos "ADV"`},
		{"unknown deprel", 3, "subj", `source: deprel "subj" is not allowed`},
		{"passive deprel", 4, "nsubj:pass", "active voice"},
		{"obl without preposition", 4, "obl", "needs its preposition"},
		{"bad preposition", 4, "obl:With", `the preposition "With"`},
		{"source is target", 4, "nsubj", "both source and target"},
		{"requires without lemma", 5, "obj=", "want deprel=lemma|lemma"},
		{"requires bad deprel", 5, "nsubj=tie", `deprel "nsubj" is not allowed`},
		{"requires bad lemma", 5, "obj=Tie", `lemma "Tie"`},
		{"requires an actor slot", 5, "obj=tie", "the slot holds an actor"},
		{"requires a clause without its marker", 5, "advcl=*", "needs its marker (advcl:for)"},
		{"a clause is no argument", 4, "advcl:for", `deprel "advcl:for" is not allowed`},
		{"an owner is no source", 3, "obj>owner", `source: deprel "obj>owner" is not allowed`},
		{"bad cameo", 6, "11a", `cameo "11a"`},
		{"bad origin", 7, "mine", `origin "mine"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fields := append([]string(nil), good...)
			fields[tt.field] = tt.value
			in := "# a comment\n" + strings.Join(good, "\t") + "\n" + strings.Join(fields, "\t") + "\n"
			_, err := frames.Load(strings.NewReader(in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "line 3")
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	fs, err := frames.Load(strings.NewReader("REJECTS\toppose\tVERB\tnsubj\tobj>owner\tobj=plan\t120\tcameo\n"))
	require.NoError(t, err, "the object's owner is a target beside a constraint on the object")
	assert.Equal(t, []frames.Slot{frames.OwnerSlot}, fs[0].Target)
	assert.Equal(t, "REJECTS\toppose\tVERB\tnsubj\tobj>owner\tobj=plan\t120\tcameo", fs[0].String())
	fs, err = frames.Load(strings.NewReader("CONDEMNS\tattack\tVERB\tnsubj\tobj\tadvcl:for=*\t111\tgeokg\n"))
	require.NoError(t, err, "a clause constraint names its marker")
	assert.Equal(t, frames.Slot{Rel: "advcl", Case: "for"}, fs[0].Requires[0].Slot)
	_, err = frames.Load(strings.NewReader("ACCUSES\taccuse\tVERB\tnsubj\tobj\t-\t112\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "7 fields, want 8")
	_, err = frames.Load(strings.NewReader("ACCUSES\taccuse\tVERB\tnsubj\tobj\t-\t-\tcameo\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "needs its CAMEO code")
	_, err = frames.Load(strings.NewReader(strings.Join(good, "\t") + "\n" + strings.Join(good, "\t") + "\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2: repeats line 1")
}

func TestLexiconLookup(t *testing.T) {
	fs, err := frames.Load(strings.NewReader("ACCUSES\taccuse\tVERB\tnsubj\tobj\t-\t112\tcameo\n" +
		"CONDEMNS\taccuse\tVERB\tnsubj\tobj\tobl:of=crime\t111\tgeokg\n" +
		"ACCUSES\taccusation\tNOUN\tnmod:poss\tnmod:against\t-\t112\tgeokg\n"))
	require.NoError(t, err)
	l := frames.NewLexicon(fs)
	got := l.Lookup("accuse", "VERB")
	require.Len(t, got, 2)
	assert.Equal(t, geokg.Accuses, got[0].Type, "file order is kept")
	assert.Equal(t, geokg.Condemns, got[1].Type)
	assert.Len(t, l.Lookup("accusation", "NOUN"), 1)
	assert.Empty(t, l.Lookup("accuse", "NOUN"), "the POS is part of the key")
	assert.Len(t, l.Frames(), 3)
}

// TestEmbeddedCoverage: the embedded lexicon loads, and every interaction type of the
// ontology has verb and noun triggers.
func TestEmbeddedCoverage(t *testing.T) {
	l, err := frames.Default()
	require.NoError(t, err)
	count := map[geokg.RelationType]map[string]int{}
	origins := map[string]int{}
	for _, f := range l.Frames() {
		if count[f.Type] == nil {
			count[f.Type] = map[string]int{}
		}
		count[f.Type][f.POS]++
		origins[f.Origin]++
	}
	for _, typ := range geokg.RelationTypes {
		if typ.Structural() {
			assert.Empty(t, count[typ], "%s is structural: no frames", typ)
			continue
		}
		assert.Positive(t, count[typ]["VERB"], "%s has verb triggers", typ)
		assert.Positive(t, count[typ]["NOUN"], "%s has noun triggers", typ)
		t.Logf("%-22s VERB %4d NOUN %3d ADJ %2d", typ, count[typ]["VERB"], count[typ]["NOUN"], count[typ]["ADJ"])
	}
	assert.Greater(t, origins[frames.OriginCAMEO], 1000, "the CAMEO frames are embedded")
	assert.Greater(t, origins[frames.OriginGeokg], 100, "the geokg frames are embedded")
	// a few frames every news reader expects
	for _, want := range []struct {
		typ        geokg.RelationType
		lemma, pos string
	}{
		{geokg.Accuses, "accuse", "VERB"}, {geokg.Accuses, "accusation", "NOUN"},
		{geokg.Sanctions, "impose", "VERB"}, {geokg.Expels, "expulsion", "NOUN"},
		{geokg.Meets, "talk", "NOUN"}, {geokg.SeversTiesWith, "cut", "VERB"},
	} {
		found := false
		for _, f := range l.Lookup(want.lemma, want.pos) {
			found = found || f.Type == want.typ
		}
		assert.True(t, found, "%s %s %s", want.typ, want.lemma, want.pos)
	}
}
