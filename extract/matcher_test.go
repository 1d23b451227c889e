package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDictionaryMatch(t *testing.T) {
	d := newDictionary(testGazetteer(t))
	tests := []struct {
		name string
		text string
		want []string // matched surface -> key
	}{
		{"acronym in capitals", "The US and UN met.", []string{"US=USA", "UN=United Nations"}},
		{"acronym lower case is a word", "Tell us what is at stake, he said to them.", nil},
		{"IS only in capitals", "The IS group said it is ready.", []string{"IS=Islamic State"}},
		{"dotted", "U.S. and U.N. officials", []string{"U.S.=USA", "U.N.=United Nations"}},
		{"longest match", "A UN Security Council vote.", []string{"UN Security Council=United Nations Security Council"}},
		{"demonym capital seat", "Iranian diplomats left Tehran for the Kremlin.", []string{"Iranian=IRN", "Tehran=IRN", "Kremlin=RUS"}},
		{"case of names", "the iran deal", nil},
		{"alias", "a note from the Islamic Republic of Iran", []string{"Islamic Republic of Iran=IRN"}},
		{"possessive", "Albania’s decision", []string{"Albania=ALB"}},
		{"diacritics fold", "Iráň said", []string{"Iráň=IRN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text)
			var got []string
			for _, m := range d.match(toks) {
				got = append(got, tt.text[toks[m.start].Start:toks[m.end-1].End]+"="+m.t.key)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDemonymIsActorOnlyForTheState(t *testing.T) {
	assert.Equal(t, []string{"United States EXPELS Russia"}, interactions(extractText(t, "The United States expelled nine Russian diplomats.", "")))
	assert.Empty(t, interactions(extractText(t, "Iranian protesters attacked the embassy.", "")))
}

// TestTheAliasNeedsThe: a group's alias "The X" of one word matches X only after "the"
// ("the Base" is al-Qaeda; "Al Udeid Air Base" and "Joint Base Andrews" are places). Sentences
// written here.
func TestTheAliasNeedsThe(t *testing.T) {
	x := embeddedExtractor(t)
	groups := func(text string) []string { return entityNamesOn(t, x, text, "2017-05-01", "") }
	assert.NotContains(t, groups("The minister landed at Bagram Air Base on Monday."), "al-Qaeda")
	assert.NotContains(t, groups("Base commanders met the minister on Monday."), "al-Qaeda")
	assert.Contains(t, groups("Fighters of the Base attacked Kabul on Monday."), "al-Qaeda")
}

// TestGazetteerGroups checks hand-written groups of the embedded gazetteer that the
// generated Phoenix entries lack or file under another group: the Khorasan Group (an
// alias of the Nusra Front there) and US Central Command named without its country.
func TestGazetteerGroups(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"Khorasan Group", "Peru condemned the Khorasan Group after the bombing.",
			[]string{"Peru CONDEMNS Khorasan Group"}, []string{"Peru CONDEMNS Jabhat al-Nusra"}},
		{"Central Command", "Bolivia accused Central Command of violating its airspace.",
			[]string{"Bolivia ACCUSES United States Central Command"}, nil},
	})
}
