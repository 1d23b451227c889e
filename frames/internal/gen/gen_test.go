package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

const sample = `# header
&CURRENCY
+MONEY
+DOLLARS

---  ACCUSE   [112]  ---
ACCUSE
BLAME  # comment
- * MINISTER                                         [1121]        # ACCUSE
- * (OF TORTURE)                                     [1122]        # ACCUSE

---  IMPOSE   [170]  ---
IMPOSE
- * SANCTIONS                                        [163]         # IMPOSE
- * CURFEW                                           [1723]        # IMPOSE

---  CUT   [---]  ---
+CUT_OFF {+CUT_OFF +CUTS_OFF +CUTTING_OFF}
SEVER
- * TIES (WITH +)                                    [161]         # SEVER
- * &CURRENCY                                        [163]         # SEVER
- PROSECUTOR * TIES                                  [161]         # SEVER
- * {DIPLOMATIC TIES} (WITH +) $                     [161]         # SEVER

---  MEET   [040]  ---
+MEET_WITH
WIRE_+TAP [040]
- * (AGAINST)                                        [112:112]     # MEET

---  OPPOSE   [---]  ---
OPPOSE
- * PROPOSAL                                          [120]         # OPPOSE
- * DENIAL                                            [120]         # OPPOSE
- * DEMAND                                            [120]         # OPPOSE
- * TALKS                                             [125]         # OPPOSE

---  DIE   [190]  ---
DIE
- * (IN CLASHES)                                      [190:190]     # DIE
`

func TestDeriveFromCAMEO(t *testing.T) {
	d, err := parseDictionary(strings.NewReader(sample))
	require.NoError(t, err)
	require.Len(t, d.blocks, 6)
	assert.Equal(t, []string{"MONEY", "DOLLARS"}, d.synsets["&CURRENCY"])
	fs, stats := derive(d, actNouns{"denial": {geokg.Denies: true}, "demand": {geokg.Demands: true}, "talk": {geokg.Meets: true}})
	var lines []string
	for _, f := range fs {
		lines = append(lines, f.String())
	}
	want := []string{
		"ACCUSES\taccuse\tVERB\tnsubj\tobj\t-\t112\tcameo",
		"ACCUSES\taccuse\tVERB\tnsubj\tobj\tobl:of=torture\t1122\tcameo",
		"ACCUSES\tblame\tVERB\tnsubj\tobj\t-\t112\tcameo",
		"ACCUSES\tmeet\tVERB\tnsubj\tobl:with|obl:against\t-\t112\tcameo",
		"MEETS\tmeet\tVERB\tnsubj\tobl:with\t-\t040\tcameo",
		// "opposed Chile's proposal": whose proposal; "opposed Peru's demand": a demand
		// is an act that a rejection answers, its owner the target; a denial or talks
		// (acts a rejection does not answer) are their author's, and REJECTS has no
		// other slot for the target
		"REJECTS\toppose\tVERB\tnsubj\tobj>owner\tobj=proposal\t120\tcameo",
		"REJECTS\toppose\tVERB\tnsubj\tobj>owner\tobj=demand\t120\tcameo",
		"SANCTIONS\timpose\tVERB\tnsubj\tobl:on|obl:against\tobj=sanction\t163\tcameo",
		"SANCTIONS\tsever\tVERB\tnsubj\tobl:on|obl:against\tobj=dollar|money\t163\tcameo",
		"SEVERS_TIES_WITH\tsever\tVERB\tnsubj\tobl:with\tobj=tie\t161\tcameo",
	}
	assert.Equal(t, want, lines)
	assert.Equal(t, 1, stats["pattern: object only, the bare verb reads it"], "accuse * MINISTER: the minister is the object accuse reads")
	assert.Equal(t, 1, stats["pattern: words before the verb"], "PROSECUTOR * TIES")
	assert.Equal(t, 1, stats["pattern: source after the verb"])
	assert.Equal(t, 1, stats["verb: words before the verb"], "WIRE_+TAP")
	assert.Equal(t, 2, stats["pattern: no slot for the target"], "oppose * DENIAL, oppose * TALKS: acts of the subject or of both")
	assert.Positive(t, stats["pattern: code with no type"], "1723 curfew has no type")
	assert.Equal(t, 1, stats["block: its subject undergoes the event"], "DIE: who died in clashes attacked no one")
}

func TestTypeOf(t *testing.T) {
	tests := []struct {
		code    string
		objects []string
		want    geokg.RelationType
		ok      bool
	}{
		{"016", nil, geokg.Denies, true},
		{"0231", nil, geokg.Demands, true},
		{"102", nil, geokg.Demands, true},
		{"043", nil, geokg.Hosts, true},
		{"046", nil, geokg.Meets, true},
		{"057", nil, geokg.SignsAgreementWith, true},
		{"064", nil, geokg.RestoresTiesWith, true},
		{"062", nil, geokg.CooperatesWith, true},
		{"075", nil, geokg.Hosts, true},
		{"073", nil, geokg.Aids, true},
		{"085", nil, geokg.LiftsSanctions, true},
		{"114", nil, geokg.Condemns, true},
		{"1124", nil, geokg.Accuses, true},
		{"125", nil, geokg.Rejects, true},
		{"138", nil, geokg.Threatens, true},
		{"161", nil, geokg.SeversTiesWith, true},
		{"161", []string{"diplomat"}, geokg.Expels, true},
		{"163", nil, geokg.Sanctions, true},
		{"174", nil, geokg.Expels, true},
		{"176", nil, geokg.Attacks, true},
		{"186", nil, geokg.Attacks, true},
		{"195", nil, geokg.Attacks, true},
		{"090", nil, "", false},
		{"1723", nil, "", false},
		{"---", nil, "", false},
		{"12a", nil, "", false},
	}
	for _, tt := range tests {
		got, ok := typeOf(tt.code, tt.objects)
		assert.Equal(t, tt.ok, ok, tt.code)
		assert.Equal(t, tt.want, got, tt.code)
	}
}

func TestNounLemma(t *testing.T) {
	for in, want := range map[string]string{"SANCTIONS": "sanction", "EMBASSIES": "embassy", "TIES": "tie", "TALKS": "talk", "CRISIS": "crisis", "STATUS": "status", "ADDRESSES": "address", "AID": "aid"} {
		assert.Equal(t, want, nounLemma(in), in)
	}
}

// TestGeneratedFileIsCurrent regenerates cameo.tsv from ../shared and compares it with
// the committed file: `make frames` was run after the last change of the generator.
func TestGeneratedFileIsCurrent(t *testing.T) {
	in := filepath.Join("..", "..", "..", "..", "shared", "lexicons", "petrarch2", "CAMEO.2.0.txt")
	if _, err := os.Stat(in); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CAMEO.2.0.txt is missing: %v", err)
		}
		t.Skip("../shared/lexicons/petrarch2/CAMEO.2.0.txt is absent: the generated file cannot be checked")
	}
	out := filepath.Join(t.TempDir(), "cameo.tsv")
	var log strings.Builder
	require.NoError(t, run(in, filepath.Join("..", "..", "data", "geokg.tsv"), out, &log))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("..", "..", "data", "cameo.tsv"))
	require.NoError(t, err)
	assert.True(t, string(want) == string(got), "frames/data/cameo.tsv is stale: run make frames")
}
