package frames

import "testing"

// TestMatchReadsLegalAction checks that legal action against an actor (a lawsuit, a
// suit, a complaint, an indictment, an arrest warrant, suing) is the
// accusation of whoever brings it, and that one not brought accuses no one.
func TestMatchReadsLegalAction(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a lawsuit filed", "Peru filed a lawsuit against Chile at the International Court of Justice.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"suing", "Bolivia is suing Peru over the border dispute.", []string{"Bolivia", "Peru"},
			[]string{"Bolivia ACCUSES Peru"}, nil},
		{"sued in the passive", "Chile is being sued by Peru.", []string{"Chile", "Peru"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"an arrest warrant", "Chile issued an arrest warrant for Minister Ruiz.", []string{"Chile", "Ruiz"},
			[]string{"Chile ACCUSES Ruiz"}, nil},
		{"an indictment with its owner", "Chile's indictment of Minister Ruiz surprised the region.", []string{"Chile", "Ruiz"},
			[]string{"Chile ACCUSES Ruiz"}, nil},
		{"indictments announced", "Bolivia announced indictments against Minister Ruiz.", []string{"Bolivia", "Ruiz"},
			[]string{"Bolivia ACCUSES Ruiz"}, nil},
		{"a complaint lodged", "Peru lodged a complaint against Chile with the Andean Pact.", []string{"Peru", "Chile", "Andean Pact"},
			[]string{"Peru ACCUSES Chile"}, nil},
		// must not fire
		{"a lawsuit not filed", "Peru did not file a lawsuit against Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"a lawsuit that may come", "Peru may file a lawsuit against Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"suing wished", "Peru wants to sue Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"suing advised", "Boric advised Ruiz to sue Chile.", []string{"Boric", "Ruiz", "Chile"},
			nil, []string{"Ruiz ACCUSES Chile", "Boric ACCUSES Chile"}},
		{"a lawsuit dismissed", "Chile dismissed the lawsuit against Peru.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
		{"following suit", "Chile followed suit and praised Peru.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
	})
}

// TestMatchReadsReportedInvolvement checks that a speaker who says an actor was involved
// in or part of a scheme, a hostile act or a misdeed accuses it, and that a denied,
// doubted or harmless involvement accuses no one.
func TestMatchReadsReportedInvolvement(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"involved in a coup", "Peru alleged that Chile was involved in the coup.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"involved in a killing", "Peru said Chile had been involved in the killing of the journalist.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"part of a plot, each", "Peru acknowledged that Chile and Bolivia were part of the plot.", []string{"Peru", "Chile", "Bolivia"},
			[]string{"Peru ACCUSES Chile", "Peru ACCUSES Bolivia"}, nil},
		// must not fire
		{"involved in talks", "Peru said Chile was involved in the talks.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"part of a coalition", "Peru said Chile was part of the coalition.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"involvement denied", "Peru said Chile was not involved in the coup.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"involvement that may be", "Peru said Chile may have been involved in the attack.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"saying denied", "Peru did not say Chile was involved in the attack.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"a question", "Peru asked whether Chile was involved in the coup.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
	})
}

// TestMatchReadsToldFindings checks that what a finding shows (a report, an inquiry,
// documents that show, reveal or find that an actor did wrong) is the claim of the
// finding's author, or of the speaker who tells it, and that a finding not told, denied
// or of no wrong accuses no one.
func TestMatchReadsToldFindings(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a report a speaker tells", "Peru said a report showed that Chile meddled in the vote.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"an inquiry's finding told", "Peru said an investigation found that Chile had interfered in the election.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"documents revealing", "Peru said the documents revealed that Chile had smuggled weapons into Bolivia.", []string{"Peru", "Chile", "Bolivia"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"an attack a report showed", "Peru said the report showed Chile attacked Bolivia.", []string{"Peru", "Chile", "Bolivia"},
			[]string{"Peru ACCUSES Chile"}, []string{"Chile ATTACKS Bolivia"}},
		{"the report's own author", "Chile's report showed that Peru meddled in the vote.", []string{"Chile", "Peru"},
			[]string{"Chile ACCUSES Peru"}, nil},
		// must not fire
		{"a misdeed the report denies", "Peru said a report showed that Chile did not meddle in the vote.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"a misdeed that may come", "Peru said a report showed that Chile could meddle in the vote.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"the telling denied", "Peru denied that a report showed that Chile meddled in the vote.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"a finding of no wrong", "Peru said a study showed that Chile and Bolivia traded more.", []string{"Peru", "Chile", "Bolivia"},
			nil, []string{"Peru ACCUSES Chile", "Peru ACCUSES Bolivia"}},
	})
}

// TestMatchReadsReportedFraud checks that a fraud a speaker tells of another (spying,
// rigging, bribing, cheating, laundering) is an accusation, and a denied, possible or
// own one is none.
func TestMatchReadsReportedFraud(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"spying", "Peru said Chile spied on its diplomats.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"rigging", "Peru said Chile rigged the election.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"cheating for years", "Peru said Chile had been cheating on the pact for years.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		// must not fire
		{"spying denied", "Peru said Chile did not spy on its diplomats.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"rigging that may come", "Peru said Chile may rig the vote.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
	})
}

// TestMatchReadsCovertMisdeeds checks that covert, deceitful and subversive misdeeds
// (hacking, sowing discord, fabricating, flouting) and their nouns, an attempted misdeed
// and help to terror told of another are accusations, and that a denied, possible, wished
// or harmless one, or one told by no one, is none.
func TestMatchReadsCovertMisdeeds(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"hacking", "Peru said Chile hacked the servers of its electoral commission.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"sowing discord", "Peru said Chile had sown discord among Bolivian voters.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"a plot suspected", "Peru suspects Chile orchestrated the coup.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"fabrication", "Bolivia said Chile had fabricated the evidence.", []string{"Bolivia", "Chile"},
			[]string{"Bolivia ACCUSES Chile"}, nil},
		{"a misdeed noun of deceit", "Peru said the unrest was fed by Chilean disinformation.", []string{"Peru", "Chilean"},
			[]string{"Peru ACCUSES Chilean"}, nil},
		{"a theft", "Peru said Chile's theft of patents had hurt its economy.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"an attempt by a verb", "Peru said Chile tried to interfere in the election.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"an attempt by its owner", "Peru said Chile's attempts to meddle in the vote had failed.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"an attempt made", "Peru said Chile made efforts to interfere in the election.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"a campaign launched", "Peru said Chile launched a campaign to undermine the government of Bolivia.", []string{"Peru", "Chile", "Bolivia"},
			[]string{"Peru ACCUSES Chile"}, nil},
		{"funding terror", "Peru said Chile had funded terrorists in the highlands.", []string{"Peru", "Chile"},
			[]string{"Peru ACCUSES Chile"}, nil},
		// must not fire
		{"hacking denied", "Peru said Chile never hacked its servers.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"hacking that may come", "Peru said Chile could hack its servers.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"hacking told as fact", "Chile hacked the servers of Peru.", []string{"Chile", "Peru"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"a wish", "Peru said Chile wants to interfere in the election.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"an attempt denied", "Peru said Chile never tried to interfere in the election.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"no attempt", "Peru said Chile made no efforts to interfere in the election.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"no plans", "Peru said Chile had no plans to interfere in the election.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"funding what is no terror", "Peru said Chile funded the new airport.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"a fight against terror", "Peru said Chile supports the fight against terrorism.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
		{"funding terror denied", "Peru said Chile never funded terrorists.", []string{"Peru", "Chile"},
			nil, []string{"Peru ACCUSES Chile"}},
	})
}

// TestMatchReadsBlameOfOwnedThings checks that blaming or faulting an actor's thing
// (its policies, practices, hostility, hackers) accuses the thing's owner,
// and that a blame of an unowned thing, of the blamer's own thing, or one not laid
// accuses no one.
func TestMatchReadsBlameOfOwnedThings(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"blames a demonym's practices", "Chile blames the Peruvian practices for the trade deficit.", []string{"Chile", "Peruvian"},
			[]string{"Chile ACCUSES Peruvian"}, nil},
		{"blamed a possessor's hostility", "Boric cancelled the summit, blaming Bolivia's open hostility.", []string{"Boric", "Bolivia"},
			[]string{"Boric ACCUSES Bolivia"}, nil},
		{"blames a demonym's hackers", "Ecuador blames Bolivian hackers for the outage.", []string{"Ecuador", "Bolivian"},
			[]string{"Ecuador ACCUSES Bolivian"}, nil},
		{"faulted a possessor's policy", "Chile faulted Peru's fishing policy for the collapse of the stocks.", []string{"Chile", "Peru"},
			[]string{"Chile ACCUSES Peru"}, nil},
		{"blamed a demonym's blockade", "Peru blamed the Chilean blockade for the shortages.", []string{"Peru", "Chilean"},
			[]string{"Peru ACCUSES Chilean"}, nil},
		// must not fire
		{"blame of an unowned thing", "Chile blamed the weather for the poor harvest in Peru.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
		{"blame not laid", "Chile did not blame Peru's policies for the crisis.", []string{"Chile", "Peru"},
			nil, []string{"Chile ACCUSES Peru"}},
		{"blame that may come", "Chile may blame the Peruvian practices for the deficit.", []string{"Chile", "Peruvian"},
			nil, []string{"Chile ACCUSES Peruvian"}},
		{"the blamer's own thing", "Chile blamed its own policies for the crisis.", []string{"Chile"},
			nil, []string{"Chile ACCUSES Chile"}},
	})
}
