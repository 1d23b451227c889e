package frames

import "testing"

// TestMatchReadsTraitNouns checks that a failing of character a speaker names (class
// trait-noun: recklessness, brinkmanship, incompetence ...), owned by an actor through its
// possessor, adjective or "of" phrase, is the speaker's condemnation of the owner, that a
// label noun of recklessness given by a verdict verb condemns as an adjective does, and
// that other contempt nouns' "of" phrase is no owner.
func TestMatchReadsTraitNouns(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a trait's of phrase", "Ruiz said the recklessness of Peru endangers the region.", []string{"Ruiz", "Peru"},
			[]string{"Ruiz CONDEMNS Peru"}, nil},
		{"a possessor's brinkmanship", "Lima said Santiago's brinkmanship must stop.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"incompetence in a quotation", "“The Bolivian incompetence has cost lives,” Arce said.", []string{"Bolivian", "Arce"},
			[]string{"Arce CONDEMNS Bolivian"}, nil},
		{"an act called madness", "Ruiz said Peru's move was madness.", []string{"Ruiz", "Peru"},
			[]string{"Ruiz CONDEMNS Peru"}, nil},
		// must not fire
		{"a trait of no actor", "Ruiz said the recklessness of the smugglers endangered Peru.", []string{"Ruiz", "Peru"},
			nil, []string{"Ruiz CONDEMNS Peru"}},
		{"the victim of an occupation", "Ruiz said the occupation of Bolivia must end.", []string{"Ruiz", "Bolivia"},
			nil, []string{"Ruiz CONDEMNS Bolivia"}},
		{"a trait denied", "Ruiz said there had been no Peruvian brinkmanship.", []string{"Ruiz", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a trait in a condition", "Ruiz said Bolivia would respond if Peru showed its recklessness again.", []string{"Ruiz", "Bolivia", "Peru", "its"},
			nil, []string{"Ruiz CONDEMNS Peru"}},
	})
}

// TestMatchReadsOwnedConduct checks that a reaction whose object is conduct or a merit
// owned by an actor (its possessor, adjective, or "of" or "by" phrase) reaches the owner:
// criticism of a policy or of actions condemns their author (class criticised-noun, and
// the traits), praise of courage or leadership supports its owner (class welcomed-noun),
// and recognising a merit is praise; and that a victim, a range or a recognised role is
// no target.
func TestMatchReadsOwnedConduct(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"actions condemned", "Lima condemned the actions of Santiago.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"policies criticised", "Lima criticized the policies of Santiago.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"a possessor's behaviour", "Lima denounced Santiago's behaviour.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"a trait criticised", "Lima criticized the recklessness of Santiago.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"courage praised", "Ruiz praised the courage of Boric.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"leadership hailed", "Ruiz hailed the leadership of Boric.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"a response praised", "Ruiz praised the response of Boric.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"bravery recognised", "Ruiz recognized the bravery of Boric.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		// must not fire
		{"the victim of an occupation", "Lima condemned the occupation of Santiago.", []string{"Lima", "Santiago"},
			nil, []string{"Lima CONDEMNS Santiago"}},
		{"what is handled", "Lima criticized the handling of Quito.", []string{"Lima", "Quito"},
			nil, []string{"Lima CONDEMNS Quito"}},
		{"a range", "Lima criticized Santiago's policy, from Quito to Arica.", []string{"Lima", "Santiago", "Quito", "Arica"},
			nil, []string{"Lima CONDEMNS Quito"}},
		{"a role recognised", "Ruiz recognized the role of Boric.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz SUPPORTS Boric"}},
		{"an arrest praised", "Ruiz praised the arrest of Boric.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz SUPPORTS Boric"}},
	})
}

// TestMatchReadsPraisedConduct checks that praise of a stance, a reaction, a choice, a
// proposal or another act or virtue of its owner (class welcomed-noun) supports the owner,
// through the possessor, the "of" phrase or a passive, also a fight or cooperation backed
// and the act in the "for" phrase of support or praise, that a criticised reaction
// condemns its owner, and that an act one suffers, the one fought or an owner who is the
// praiser's own side is no target.
func TestMatchReadsPraisedConduct(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a reaction's of phrase", "Ruiz praised the quick reaction of Santiago to the floods.", []string{"Ruiz", "Santiago"},
			[]string{"Ruiz SUPPORTS Santiago"}, nil},
		{"involvement welcomed", "Lima welcomed Santiago's involvement in the talks.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"a stance praised in the passive", "Boric's firm stance was praised by Ruiz.", []string{"Boric", "Ruiz"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"a choice applauded", "Ruiz applauded Boric's choice.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"a proposal welcomed", "Lima welcomed the proposal of Santiago.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"dedication hailed", "Ruiz hailed Boric's dedication and patriotism.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		// must not fire
		{"involvement questioned", "Lima questioned Santiago's involvement in the talks.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"a reaction of no actor", "Ruiz praised the reaction of the crowd to Boric.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz SUPPORTS Boric"}},
		{"a stance not praised", "Ruiz never praised Boric's stance.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz SUPPORTS Boric"}},
		{"a death welcomed", "Lima welcomed the death of Boric.", []string{"Lima", "Boric"},
			nil, []string{"Lima SUPPORTS Boric"}},
		// a fight or cooperation backed, also in the "for" phrase of support or praise,
		// and a reaction criticised; the one fought is no owner
		{"a fight backed", "Lima backed Santiago's fight against the rebels.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"support for a fight", "Lima reaffirmed its support for the Chilean government's battle against the rebels.", []string{"Lima", "its", "Chilean"},
			[]string{"Lima SUPPORTS Chilean"}, nil},
		{"praise for a response", "Ruiz voiced praise for Boric's response to the floods.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"cooperation praised", "Lima praised Santiago's cooperation with the inquiry.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"a reaction criticised", "Lima criticized the reaction of Santiago to the floods.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"the one fought", "Lima backed the fight against Santiago.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"support for a fight against", "Lima voiced support for the campaign against Santiago.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"a crowd's reaction", "Lima criticized the reaction of the crowd to Santiago.", []string{"Lima", "Santiago"},
			nil, []string{"Lima CONDEMNS Santiago"}},
	})
}

// TestMatchReadsOwnedThingBacked checks that a welcome verb or noun of backing backs the possessor or
// the "by" phrase of whatever noun it takes ("supported Santiago's bid", "agreed with
// Santiago's assessment", "support for a review by Boric"), that praise reaches the owner
// of a victory or a strike it hails, and that backing reads no owner of a noun of what was
// done to the possessor, its foes or its people (unbacked-noun), nor through a name before
// the noun, and praise none of a thing that is no act or merit ("Boric's garden").
func TestMatchReadsOwnedThingBacked(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a bid supported", "Lima supported Santiago's bid for a seat.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"a cause championed", "Ruiz championed Boric's cause at the summit.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"a denial backed", "Lima backed Santiago's denial of the charges.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"agreed with an assessment", "Lima agreed with Santiago's assessment of the threat.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"support for a review by", "Ruiz expressed support for a review by Boric.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"a victory welcomed in the passive", "Boric's victory was welcomed by Ruiz.", []string{"Boric", "Ruiz"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"a strike praised", "Ruiz praised Boric's strike on the rebel camp.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"a doctrine defended", "Lima defended Santiago's doctrine of collective defence.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		// must not fire
		{"an impeachment supported", "Lima supported Santiago's impeachment.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"opponents backed", "Lima backed Santiago's opponents.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"rebels backed", "Lima backed Santiago's rebels.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"a strongman praised", "Ruiz praised Santiago's strongman.", []string{"Ruiz", "Santiago"},
			nil, []string{"Ruiz SUPPORTS Santiago"}},
		{"a name before the noun", "Lima supported the Santiago deal.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"sovereignty recognised", "Lima recognized Santiago's sovereignty over the islands.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"a bid questioned", "Lima questioned Santiago's bid for a seat.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"a bid not supported", "Lima did not support Santiago's bid for a seat.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"a thing praised", "Ruiz praised Boric's garden at the residence.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz SUPPORTS Boric"}},
	})
}

// TestMatchReadsCredit checks that giving someone credit for a deed ("give X credit for",
// "gave credit to X", "credited X for") praises them, and that credit one takes or
// claims, a credit refused and a loan on credit do not.
func TestMatchReadsCredit(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"huge credit given", "Ruiz gives Boric huge credit for ending the war.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz SUPPORTS Boric"}, nil},
		{"credit given", "Lima gave Santiago credit for the truce.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"credit given to", "Lima gave credit to Santiago for the truce.", []string{"Lima", "Santiago"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		{"credited for", "Lima credited Santiago for its restraint.", []string{"Lima", "Santiago", "its"},
			[]string{"Lima SUPPORTS Santiago"}, nil},
		// must not fire
		{"credit taken", "Santiago took credit for the truce with Lima.", []string{"Santiago", "Lima"},
			nil, []string{"Santiago SUPPORTS Lima"}},
		{"credit refused", "Lima did not give Santiago credit for the truce.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
		{"a loan on credit", "Lima gave Santiago a loan on credit.", []string{"Lima", "Santiago"},
			nil, []string{"Lima SUPPORTS Santiago"}},
	})
}

// TestMatchReadsEvidence checks that an act told in the "that" clause of "evidence" or
// "proof" is a claim, not a fact, and that one who has, finds or says there is such
// evidence of an attack or a misdeed accuses its doer; evidence denied, not found or
// only supposed accuses no one.
func TestMatchReadsEvidence(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"evidence held", "Lima has evidence that Santiago shelled Quito.", []string{"Lima", "Santiago", "Quito"},
			[]string{"Lima ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"evidence said to be", "Ruiz said there was strong evidence that Santiago attacked Quito.", []string{"Ruiz", "Santiago", "Quito"},
			[]string{"Ruiz ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"proof of a misdeed", "Lima has found proof that Santiago meddled in the election.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		// must not fire
		{"no evidence", "There is no evidence that Santiago attacked Quito.", []string{"Santiago", "Quito"},
			nil, []string{"Santiago ATTACKS Quito"}},
		{"no evidence found", "Lima found no evidence that Santiago attacked Quito.", []string{"Lima", "Santiago", "Quito"},
			nil, []string{"Lima ACCUSES Santiago", "Santiago ATTACKS Quito"}},
		{"evidence not found", "Lima did not find evidence that Santiago meddled in the election.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"evidence sought", "Lima could present evidence that Santiago attacked Quito.", []string{"Lima", "Santiago", "Quito"},
			nil, []string{"Lima ACCUSES Santiago", "Santiago ATTACKS Quito"}},
	})
}

// TestMatchReadsFailings checks that a failure a speaker tells of another (class
// failing-verb: err, blunder, bungle, botch, mishandle) is the speaker's criticism of its
// subject, and not when it is supposed, denied or the speaker's own.
func TestMatchReadsFailings(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"erred", "Ruiz said Lima erred in recalling its envoy.", []string{"Ruiz", "Lima", "its"},
			[]string{"Ruiz CONDEMNS Lima"}, nil},
		{"bungled", "Ruiz said Boric bungled the response to the floods.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz CONDEMNS Boric"}, nil},
		// must not fire
		{"a failing supposed", "Ruiz said Boric may have botched the rescue.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz CONDEMNS Boric"}},
		{"a failing denied", "Ruiz said Boric never mishandled the crisis.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz CONDEMNS Boric"}},
		{"a failing told as fact", "Boric bungled the response, and Ruiz resigned.", []string{"Boric", "Ruiz"},
			nil, []string{"Ruiz CONDEMNS Boric"}},
	})
}

// TestMatchReadsSlights checks that a failure to act, a betrayal or a slight a speaker
// tells of another (class failing-verb: fail, betray, disrespect, humiliate, mistreat,
// snub, neglect) is the speaker's criticism of its subject, quoted too, and not when it
// is supposed, befalls no actor's act ("the talks failed") or is told as fact.
func TestMatchReadsSlights(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"disrespected, quoted", "“Peru has disrespected our country greatly,” Boric said.", []string{"Peru", "Boric"},
			[]string{"Boric CONDEMNS Peru"}, nil},
		{"failed to act", "Ruiz charged that the OAS failed to respond to the crisis.", []string{"Ruiz", "OAS"},
			[]string{"Ruiz CONDEMNS OAS"}, nil},
		{"failed in its duty", "Ruiz said Lima had failed in its responsibility to Bolivia.", []string{"Ruiz", "Lima", "its", "Bolivia"},
			[]string{"Ruiz CONDEMNS Lima"}, nil},
		{"betrayed", "Ruiz said Boric had betrayed the region.", []string{"Ruiz", "Boric"},
			[]string{"Ruiz CONDEMNS Boric"}, nil},
		// must not fire
		{"talks failed", "Ruiz said the talks with Lima failed.", []string{"Ruiz", "Lima"},
			nil, []string{"Ruiz CONDEMNS Lima"}},
		{"a betrayal supposed", "Ruiz said Boric could betray Lima.", []string{"Ruiz", "Boric", "Lima"},
			nil, []string{"Ruiz CONDEMNS Boric"}},
		{"a failure told as fact", "Boric failed to act, and Ruiz resigned.", []string{"Boric", "Ruiz"},
			nil, []string{"Ruiz CONDEMNS Boric"}},
	})
}

// TestMatchReadsHarm checks that harm a speaker tells another did to someone or something
// (class detriment-verb: harm, hurt, damage, weaken, jeopardize ...) is the speaker's
// criticism of the doer or of the author of the act that did it, and not when the harm
// is supposed, denied, has no object, is done by no actor or is told as fact.
func TestMatchReadsHarm(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"harm by an actor", "Chile concluded that Peru had harmed Bolivian interests.", []string{"Chile", "Peru", "Bolivian"},
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"damage", "Ruiz said Peru damaged the Bolivian economy.", []string{"Ruiz", "Peru", "Bolivian"},
			[]string{"Ruiz CONDEMNS Peru"}, nil},
		{"harm by an actor's act", "Chile said that Peru's decision had weakened Bolivia.", []string{"Chile", "Peru", "Bolivia"},
			[]string{"Chile CONDEMNS Peru"}, []string{"Chile CONDEMNS Bolivia"}},
		{"an act by an actor", "Ruiz said the move by Peru has hurt Bolivian farmers.", []string{"Ruiz", "Peru", "Bolivian"},
			[]string{"Ruiz CONDEMNS Peru"}, nil},
		// must not fire
		{"harm supposed", "Chile said Peru's plan would hurt Bolivian families.", []string{"Chile", "Peru", "Bolivian"},
			nil, []string{"Chile CONDEMNS Peru"}},
		{"harm denied", "Chile said Peru had not harmed Bolivia.", []string{"Chile", "Peru", "Bolivia"},
			nil, []string{"Chile CONDEMNS Peru"}},
		{"no object", "Chile said Peru's economy had weakened.", []string{"Chile", "Peru"},
			nil, []string{"Chile CONDEMNS Peru"}},
		{"harm by no actor", "Chile said the drought hurt Peru.", []string{"Chile", "Peru"},
			nil, []string{"Chile CONDEMNS Peru"}},
		{"harm told as fact", "Peru damaged the Bolivian economy, and Chile protested.", []string{"Peru", "Bolivian", "Chile"},
			nil, []string{"Chile CONDEMNS Peru"}},
	})
}

// TestMatchReadsOrderedPlots checks that the order or leave of a scheme or a hostile act
// (class ordering-verb with a plot-noun object) told of another is the speaker's
// accusation, and not when it is denied, supposed, the speaker's own or of no such act.
func TestMatchReadsOrderedPlots(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"ordered a killing", "Chile said Peruvian President Ruiz ordered the killing of the journalist.", []string{"Chile", "Ruiz"},
			[]string{"Chile ACCUSES Ruiz"}, nil},
		{"believed", "Chile believes Peruvian President Ruiz ordered the murder.", []string{"Chile", "Ruiz"},
			[]string{"Chile ACCUSES Ruiz"}, nil},
		// must not fire
		{"denied", "Chile said Peruvian President Ruiz did not order the killing.", []string{"Chile", "Ruiz"},
			nil, []string{"Chile ACCUSES Ruiz"}},
		{"supposed", "Chile said Peru may have ordered the killing.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
		{"no hostile act", "Chile said Peruvian President Ruiz ordered an investigation into the attack.", []string{"Chile", "Ruiz"},
			nil, []string{"Chile ACCUSES Ruiz"}},
		{"asked", "Chile asked who ordered the killing, and Peru refused to answer.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
	})
}

// TestMatchReadsIntervening checks that intervening in another's vote or affairs told of
// another is the speaker's accusation, and not a mediation, a denied or supposed one, or
// one told as fact.
func TestMatchReadsIntervening(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"in an election", "Chile said Peru intervened in the Bolivian election.", []string{"Chile", "Peru", "Bolivian"},
			[]string{"Chile ACCUSES Peru"}, nil},
		{"concluded", "Southcom concluded that Peru intervened in the election to help Ruiz.", []string{"Southcom", "Peru", "Ruiz"},
			[]string{"Southcom ACCUSES Peru"}, nil},
		{"in affairs", "Chile said Peru was intervening in Bolivia's affairs.", []string{"Chile", "Peru", "Bolivia"},
			[]string{"Chile ACCUSES Peru"}, nil},
		// must not fire
		{"a mediation", "Chile said Peru intervened in the dispute with Bolivia.", []string{"Chile", "Peru", "Bolivia"},
			nil, []string{"Chile ACCUSES Peru"}},
		{"denied", "Chile said Peru never intervened in the election.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
		{"supposed", "Chile said Peru could intervene in the election.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
		{"told as fact", "Peru intervened in the Bolivian election, and Chile protested.", []string{"Peru", "Bolivian", "Chile"},
			nil, []string{"Chile ACCUSES Peru"}},
	})
}

// TestMatchReadsHostedOwner checks that a host verb whose object names no actor hosts the
// actor its object belongs to or comes from (its possessor, an actor's adjective or name
// before it, a guest noun's "of" phrase), and not the subjects' own side, a person's
// "his", nor the "of" phrase of a noun that is no guest ("a screening of Boric").
func TestMatchReadsHostedOwner(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a delegation of officials", "Bolivia hosts a delegation of senior Peruvian officials in La Paz.", []string{"Bolivia", "Peruvian"},
			[]string{"Bolivia HOSTS Peruvian"}, nil},
		{"headquarters of a command", "Lima hosts the forward headquarters of the Southern Command.", []string{"Lima", "Southern Command"},
			[]string{"Lima HOSTS Southern Command"}, nil},
		{"a possessor's base", "Ecuador hosted Chile's naval base for a decade.", []string{"Ecuador", "Chile"},
			[]string{"Ecuador HOSTS Chile"}, nil},
		// must not fire
		{"one's own", "Chile hosted Chile's reception for the press.", []string{"Chile"},
			nil, []string{"Chile HOSTS Chile"}},
		{"a screening of", "Ruiz hosted a screening of Boric at the palace.", []string{"Ruiz", "Boric"},
			nil, []string{"Ruiz HOSTS Boric"}},
		{"a hosting negated", "Ecuador never hosted Chile's naval base.", []string{"Ecuador", "Chile"},
			nil, []string{"Ecuador HOSTS Chile"}},
	})
	// one's own side: a person hosting what his own state owns hosts no one
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"own side's", "Boric hosted Chile's reception for the press.", actors("Boric", "Chile"), nil},
		{"another side's", "Boric hosted Peru's reception for the press.", actors("Boric", "Peru"),
			[]string{"Boric HOSTS Peru"}},
	})
}
