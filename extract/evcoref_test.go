package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// TestClaimedActTakesTheTargetToldBefore: a definite act noun whose frame names its
// author and no target takes the target of the act the article told before (claimed
// responsibility, "carried out by", "announced by").
func TestClaimedActTakesTheTargetToldBefore(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"claimed responsibility", "Gunmen stormed the Kenyan embassy in Mogadishu on Monday. Al-Shabaab claimed responsibility for the attack.",
			[]string{"al-Shabaab ATTACKS Kenya"}, nil},
		{"victims of a bombing, then its claim", "Egypt condemned a suicide bombing in which six Israelis were killed in Haifa on Sunday. Hamas later claimed responsibility for the bombing.",
			[]string{"Hamas ATTACKS Israel"}, nil},
		{"claimed in the passive", "Gunmen stormed the Kenyan embassy in Mogadishu on Monday. The attack was claimed by the Islamic State.",
			[]string{"Islamic State ATTACKS Kenya"}, nil},
		{"carried out by", "Gunmen stormed the Kenyan embassy in Mogadishu on Monday. The attack was carried out by al-Shabaab, the police said.",
			[]string{"al-Shabaab ATTACKS Kenya"}, nil},
		{"announced by an official of the author", "The United States imposed sanctions on Iran's oil sector on Friday. The sanctions were announced by Treasury Secretary Steven Mnuchin.",
			[]string{"Steven Mnuchin SANCTIONS Iran"}, nil},
		// must not fire
		{"the act is another's", "Israel struck Syrian army positions on Monday. Hezbollah claimed responsibility for the attack.",
			nil, []string{"Hezbollah ATTACKS Syria"}},
		{"two acts of the kind", "Gunmen stormed the Kenyan embassy in Mogadishu on Monday. On Tuesday, gunmen stormed the Ugandan embassy in Kampala. Al-Shabaab claimed responsibility for the attack.",
			nil, []string{"al-Shabaab ATTACKS Kenya", "al-Shabaab ATTACKS Uganda"}},
		{"another act told between", "Gunmen stormed the Kenyan embassy in Mogadishu on Monday. A car bomb struck a market in Kabul on Tuesday. Al-Shabaab claimed responsibility for the attack.",
			nil, []string{"al-Shabaab ATTACKS Kenya"}},
		{"an indefinite act", "Gunmen stormed the Kenyan embassy in Mogadishu on Monday. Al-Shabaab has claimed responsibility for an attack in Baidoa.",
			nil, []string{"al-Shabaab ATTACKS Kenya"}},
		{"the antecedent in a quotation", "“Gunmen stormed the Kenyan embassy,” a witness said. Al-Shabaab claimed responsibility for the attack.",
			nil, []string{"al-Shabaab ATTACKS Kenya"}},
		{"an act not done", "New tariffs against Mexico will take effect next week unless migration falls. The tariffs were announced by the White House.",
			nil, []string{"United States SANCTIONS Mexico"}},
	})
}

// TestDefiniteActNounTakesTheAuthorToldBefore: a definite act noun that names its target
// and no author takes the author of the act told before; a retaliation for it aims at
// that author.
func TestDefiniteActNounTakesTheAuthorToldBefore(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the act as its clause's subject", "Israeli jets struck Hezbollah positions on Monday. The strikes on Lebanon killed four people, officials said.",
			[]string{"Israel ATTACKS Lebanon"}, nil},
		{"the act that targeted", "Russian forces launched an attack from Belarus on Sunday. The attack targeted a Ukrainian military base near Kyiv.",
			[]string{"Russia ATTACKS Armed Forces of Ukraine"}, nil},
		{"retaliated for", "Russia fired missiles at Ukraine on Monday, destroying a power station. Two days later, Ukraine retaliated for the attack with drones.",
			[]string{"Ukraine ATTACKS Russia"}, nil},
		{"retaliated after", "Pakistan bombed militant camps near the Afghan border on Friday. The Taliban retaliated after the bombing.",
			[]string{"Taliban ATTACKS Pakistan"}, nil},
		// must not fire
		{"the act another's in its clause", "Israeli jets struck Hezbollah positions on Monday. The army went on the offensive against Hamas in Gaza.",
			nil, []string{"Israel ATTACKS Hamas"}},
		{"a generic act", "Israeli jets struck Hezbollah positions on Monday. Attacks like this on Lebanon kill civilians, Beirut said.",
			nil, []string{"Israel ATTACKS Lebanon"}},
		{"retaliation for one's own act", "Russia fired missiles at Ukraine on Monday. Russia retaliated for the attack.",
			nil, []string{"Russia ATTACKS Russia"}},
		{"an act of another kind", "Israel launched an offensive in Gaza on Monday. The bombing of a bus in Lebanon killed six, Beirut said.",
			nil, []string{"Israel ATTACKS Lebanon"}},
	})
}

// TestReactionToAnActNoun: "condemned the strikes" condemns the author of the act the
// noun refers to, the nearest clear one, not the latest act of the kind that the article
// wrote as a relation further back.
func TestReactionToAnActNoun(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"condemned the strikes", "Israeli jets struck Syrian army positions near Damascus on Monday. Iran condemned the strikes.",
			[]string{"Iran CONDEMNS Israel"}, nil},
		{"praised the attack", "Houthi rebels attacked Saudi oil facilities on Saturday. Iran praised the attack.",
			[]string{"Iran SUPPORTS Houthi movement"}, nil},
		{"denounced the expulsions", "Russia expelled 23 British diplomats on Monday. France denounced the expulsions.",
			[]string{"France CONDEMNS Russia"}, nil},
		// must not fire
		{"an act of another kind", "Russia expelled 23 British diplomats on Monday. The sanctions drew criticism from France.",
			nil, []string{"France CONDEMNS Russia"}},
		{"a kind of act", "Israeli jets struck Syrian army positions near Damascus on Monday. Iran condemned attacks like this.",
			nil, []string{"Iran CONDEMNS Israel"}},
		{"any act", "Israeli jets struck Syrian army positions near Damascus on Monday. Iran has condemned any attack on its allies.",
			nil, []string{"Iran CONDEMNS Israel"}},
	})
}

// TestExplainShowsTheActReferredTo: the explanation of a relation read through a definite
// act noun names the act it was taken to be.
func TestExplainShowsTheActReferredTo(t *testing.T) {
	x := embeddedExtractor(t)
	ex, err := x.Explain(context.Background(), "Gunmen stormed the Kenyan embassy in Mogadishu on Monday. Al-Shabaab claimed responsibility for the attack.", geokg.Article{Published: "2024-05-01"})
	require.NoError(t, err)
	found := false
	for _, r := range ex.Extraction.Relations {
		if r.Type == geokg.Attacks && strings.Contains(r.Path, "the act, told in sentence 1") {
			found = true
			assert.Contains(t, r.Path, "ATTACKS Kenya")
		}
	}
	assert.True(t, found, "no relation names the act referred to: %v", ex.Extraction.Relations)
}

// TestDefiniteActNoun checks which act nouns refer back, on single sentences.
func TestDefiniteActNoun(t *testing.T) {
	x := embeddedExtractor(t)
	for _, tt := range []struct {
		text, noun string
		want       bool
	}{
		{"Iran condemned the strikes.", "strikes", true},
		{"Iran condemned these deadly raids.", "raids", true},
		{"Iran condemned an attack on Syria.", "attack", false},
		{"Iran condemned attacks like this.", "attacks", false},
		{"Iran condemned any attack on Syria.", "attack", false},
		{"Iran condemned the first attack on Syria.", "attack", false},
		{"Iran condemned the latest sanctions.", "sanctions", false},
		{"Iran fears the threat of the sanctions.", "sanctions", false},
		{"Iran condemned the Israeli strikes.", "strikes", false},
		{"Iran bought the attack helicopters.", "attack", false},
	} {
		d := newDocument(x, tt.text, "2024-05-01")
		require.NoError(t, d.findActors(context.Background()))
		k := -1
		for q, tok := range d.sents[0].Tokens {
			if tok.Lower == tt.noun {
				k = q
			}
		}
		require.GreaterOrEqual(t, k, 0, tt.text)
		assert.Equal(t, tt.want, d.definiteActNoun(0, k), tt.text)
		d.release()
	}
}

// TestHalfActsOfOneActorSentences: an act told in a sentence of one actor, with its
// author and no actor as target or the other way round, is recorded for a later
// definite act noun to refer to; not an act whose party is a name modifying the noun
// (its place), nor one left undone.
func TestHalfActsOfOneActorSentences(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"condemned the strikes", "Russia launched a wave of missile strikes overnight. Ukraine condemned the strikes as a war crime.",
			[]string{"Ukraine CONDEMNS Russia"}, nil},
		{"claimed the attack on a stormed target", "Gunmen stormed the Kenyan embassy on Monday. The Taliban claimed the attack.",
			[]string{"Taliban ATTACKS Kenya"}, nil},
		{"claimed in the passive", "Gunmen stormed the Kenyan embassy on Monday. The attack was claimed by al-Shabaab.",
			[]string{"al-Shabaab ATTACKS Kenya"}, nil},
		{"the target first, the author later", "The Saudi consulate was attacked on Sunday. The Houthis claimed responsibility for the attack.",
			[]string{"Houthi movement ATTACKS Saudi Arabia"}, nil},
		{"took responsibility", "Drones attacked the Turkish embassy on Monday. Hamas took responsibility for the attack.",
			[]string{"Hamas ATTACKS Turkey"}, nil},
		{"denounced the sanctions", "The European Union imposed new sanctions on Thursday. Moscow denounced the sanctions.",
			[]string{"Russia CONDEMNS European Union"}, nil},
		{"the strikes on a place", "Israeli jets carried out airstrikes overnight. The strikes on Damascus killed 12 people, officials said.",
			[]string{"Israel ATTACKS Syria"}, nil},
		{"retaliated for the attack", "Ukraine launched a drone attack overnight. Russia retaliated for the attack on Monday.",
			[]string{"Russia ATTACKS Ukraine"}, nil},
		{"condemned the expulsions", "Poland expelled dozens of diplomats on Tuesday. Moscow condemned the expulsions.",
			[]string{"Russia CONDEMNS Poland"}, nil},
		// must not fire
		{"a place named with the act", "Ten people died in the Paris terror attack on Friday. Britain condemned the attack.",
			nil, []string{"United Kingdom CONDEMNS France"}},
		{"a city named with the act", "Survivors of the Nairobi mall attack spoke on Monday. Iran condemned the attack.",
			nil, []string{"Iran CONDEMNS Kenya"}},
		{"an act not done", "Russia may launch missile strikes overnight. Ukraine condemned the strikes.",
			nil, []string{"Ukraine CONDEMNS Russia"}},
		{"an act negated", "Russia did not launch missile strikes overnight. Ukraine condemned the strikes.",
			nil, []string{"Ukraine CONDEMNS Russia"}},
		{"two acts of the kind", "Russia launched missile strikes overnight. Belarus launched strikes on Tuesday. Ukraine condemned the strikes.",
			nil, []string{"Ukraine CONDEMNS Russia", "Ukraine CONDEMNS Belarus"}},
	})
}

// TestPassiveVerb: a verb with a passive auxiliary, or a past participle with a form of
// "be" parsed as an active auxiliary, is passive; an active past is not.
func TestPassiveVerb(t *testing.T) {
	w := func(form, lemma, upos, xpos string, head int, rel string) syntax.Word {
		return syntax.Word{Form: form, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Deprel: rel}
	}
	for _, tt := range []struct {
		name  string
		words []syntax.Word
		verb  int
		want  bool
	}{
		{"aux:pass", []syntax.Word{w("who", "who", "PRON", "WP", 3, "nsubj:pass"), w("was", "be", "AUX", "VBD", 3, "aux:pass"), w("killed", "kill", "VERB", "VBN", 0, "root")}, 3, true},
		{"be read as aux", []syntax.Word{w("who", "who", "PRON", "WP", 3, "nsubj"), w("was", "be", "AUX", "VBD", 3, "aux"), w("killed", "kill", "VERB", "VBN", 0, "root")}, 3, true},
		{"active perfect", []syntax.Word{w("Russia", "Russia", "PROPN", "NNP", 3, "nsubj"), w("has", "have", "AUX", "VBZ", 3, "aux"), w("struck", "strike", "VERB", "VBN", 0, "root")}, 3, false},
		{"active past", []syntax.Word{w("Russia", "Russia", "PROPN", "NNP", 2, "nsubj"), w("struck", "strike", "VERB", "VBD", 0, "root")}, 2, false},
	} {
		for i := range tt.words {
			tt.words[i].ID = i + 1
		}
		assert.Equal(t, tt.want, passiveVerb(&syntax.Sentence{Words: tt.words}, tt.verb), tt.name)
	}
}
