package extract

import "testing"

// TestWindowTriggerModifyingANounIsNoAct checks, on sentences written for this test, that
// a verb reading whose trigger (or the pattern's noun) the parse makes a modifier of
// another noun is not read (modifierTrigger), and that its neighbours still are: a
// modifier of the pattern's own noun, a noun phrase misparsed onto the next noun, a verb
// the parser took for an adjective.
func TestWindowTriggerModifyingANounIsNoAct(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"an adjective of a list's noun", "Tariffs were imposed on Peru, Chile, Bolivia and several other allied nations.",
			nil, []string{"Chile COOPERATES_WITH Bolivia"}},
		{"a compound of a device", "Peru and Chile were using a hotline telephone line for the border.",
			nil, []string{"Peru MEETS Chile"}},
		{"a gerund naming a kind", "Peru and Chile have a warm working relationship.",
			nil, []string{"Peru COOPERATES_WITH Chile"}},
		{"the pattern's noun as a compound", "Peruvian warships were conducting drills with attack helicopters in waters off Chile last week.",
			nil, []string{"Peru ATTACKS Chile"}},
		// read: the act itself
		{"a modifier of the pattern's noun", "Chile and Peru launched coordinated attacks on the Shining Path.",
			[]string{"Chile COOPERATES_WITH Peru"}, nil},
		{"the pattern's noun with its own adjective", "Peru and Chile struck a historic deal Sunday morning.",
			[]string{"Peru SIGNS_AGREEMENT_WITH Chile"}, nil},
	})
}

// TestWindowObjectIsTheActsArgument checks, on sentences written for this test, that a
// verb reading's object that the parse names only as what a deal or resolution is about
// (matterObjects) or as the argument of another verb below the trigger
// (innerClauseObjects) is not read, and that the neighbours still are: a possessor as
// the author, an agent of a participle, a hostile act's target reached through a clause.
func TestWindowObjectIsTheActsArgument(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the matter of a deal", "President Boric praised the Peru trade deal on Monday.",
			nil, []string{"Gabriel Boric SUPPORTS Peru"}},
		{"the matter of a resolution", "Chile endorsed the Bolivia resolution at the assembly.",
			nil, []string{"Chile SUPPORTS Bolivia"}},
		{"the matter of an agreement", "Minister Ruiz praised the Chile trade agreement.",
			nil, []string{"Ruiz SUPPORTS Chile"}},
		{"the object of a gerund", "Minister Ruiz has backed attacking Chile and Bolivia.",
			nil, []string{"Ruiz SUPPORTS Chile", "Ruiz SUPPORTS Bolivia"}},
		{"the object of a participle of the object", "Peru called for nations fighting the Shining Path to send troops.",
			nil, []string{"Peru DEMANDS Shining Path"}},
		// read: the author, the agent, a hostile act's target
		{"a possessor as the author", "Chile backed Peru's resolution at the assembly.",
			[]string{"Chile SUPPORTS Peru"}, nil},
		{"an organisation as the author", "Chile backed the UN resolution on Monday.",
			[]string{"Chile SUPPORTS United Nations"}, nil},
		{"the agent of a participle", "Chile supported the strikes launched by Peru.",
			[]string{"Chile SUPPORTS Peru"}, nil},
		{"sanctions lifted through a participle", "Peru lifted the sanctions imposed on Chile.",
			[]string{"Peru LIFTS_SANCTIONS Chile"}, nil},
	})
}

// TestWindowAttackOnWordsIsACondemnation checks, on sentences written for this test, that
// a verb reading of an attack whose object on the parse is a noun of what someone says
// or does in office is read as a condemnation (verbalAttack), and that attacks on
// positions and posts stay attacks.
func TestWindowAttackOnWordsIsACondemnation(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"an attack on a handling", "President Boric attacked Minister Ruiz's handling of the crisis.",
			[]string{"Gabriel Boric CONDEMNS Ruiz"}, []string{"Gabriel Boric ATTACKS Ruiz"}},
		{"an attack on a policy", "Chile attacked Peru's policy on the border.",
			[]string{"Chile CONDEMNS Peru"}, []string{"Chile ATTACKS Peru"}},
		{"an attack on efforts", "Senator Ruiz also attacked the Shining Path's efforts.",
			[]string{"Ruiz CONDEMNS Shining Path"}, []string{"Ruiz ATTACKS Shining Path"}},
		// attacks of force
		{"an attack on positions", "Chilean forces attacked Peru's positions near the border.",
			[]string{"Chile ATTACKS Peru"}, nil},
		{"an attack on posts", "Chile attacked Peru's border posts on Monday.",
			[]string{"Chile ATTACKS Peru"}, nil},
	})
}

// TestWordedAttackIsACondemnation checks, on sentences written for this test, that an
// attack launched in words (frames.WordedAttack: an adjective or a name of words, a
// message it was made in, a participle of saying) is read as a condemnation by the frames
// and by the verb patterns, and that launched attacks of force stay attacks.
func TestWordedAttackIsACondemnation(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a scathing attack in remarks", "President Boric launched a scathing attack on Peru in remarks to reporters.",
			[]string{"Gabriel Boric CONDEMNS Peru"}, []string{"Gabriel Boric ATTACKS Peru"}},
		{"an attack and a claim", "President Boric launched a new attack on Peru, saying its leaders had lied.",
			[]string{"Gabriel Boric CONDEMNS Peru"}, []string{"Gabriel Boric ATTACKS Peru"}},
		{"a Twitter attack", "President Boric launched a Twitter attack against Minister Ruiz over trade.",
			[]string{"Gabriel Boric CONDEMNS Ruiz"}, []string{"Gabriel Boric ATTACKS Ruiz"}},
		// attacks of force
		{"an attack with killings", "Chile launched an attack on Peru, killing ten soldiers.",
			[]string{"Chile ATTACKS Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"a fierce attack", "Chile launched a fierce attack on Peru.",
			[]string{"Chile ATTACKS Peru"}, []string{"Chile CONDEMNS Peru"}},
	})
}

// TestWindowPlaceOfATargetIsNoTarget checks, on sentences written for this test, that an
// attack reading's object that the parse names only as where the attack's named target
// or the act was ("against rebel camps in Peru", "launched airstrikes in Peru") is not
// read (targetPlaceObjects), and that its neighbours still are: a country taken "against"
// itself, a target that is an actor, a country attacked directly.
func TestWindowPlaceOfATargetIsNoTarget(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the place of camps", "Chile carried out airstrikes against rebel camps in Peru.",
			nil, []string{"Chile ATTACKS Peru"}},
		{"the place of groups", "Bolivia has staged two raids against armed groups inside Peru in recent weeks.",
			nil, []string{"Bolivia ATTACKS Peru"}},
		{"the place of smugglers", "Chile launched strikes on smugglers in northern Bolivia on Monday.",
			nil, []string{"Chile ATTACKS Bolivia"}},
		{"the place of the act launched", "Chile launched its first airstrikes in Peru on Monday.",
			nil, []string{"Chile ATTACKS Peru"}},
		{"the place of the act carried out", "Bolivian warplanes began carrying out airstrikes in Peru.",
			nil, []string{"Bolivia ATTACKS Peru"}},
		// read: the country itself, an actor as the target
		{"a country as the target", "Chile carried out airstrikes against Peru on Monday.",
			[]string{"Chile ATTACKS Peru"}, nil},
		{"an actor in a place", "Chile carried out airstrikes against the Shining Path in Peru.",
			[]string{"Chile ATTACKS Shining Path"}, nil},
		{"positions of a country", "Chile launched strikes against Peruvian positions in the Andes.",
			[]string{"Chile ATTACKS Peru"}, nil},
	})
}
