package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

func TestAcronymGroups(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"armed group with a country inside its name",
			"The All Albania Students Democratic Front (AASDF) said the junta must go.",
			geokg.KindGroup, []string{"All Albania Students Democratic Front"}, nil},
		{"party after a possessive country",
			"Canada's Popular Workers Party (PWP) left the coalition on Monday.",
			geokg.KindGroup, []string{"Popular Workers Party"}, nil},
		{"agency; a name ending in no group word",
			"The Office of Andean Border Control (OABC) closed two crossings. The Andean Border Control Office (ABCO) closed them.",
			geokg.KindGroup, []string{"Andean Border Control Office"}, []string{"Office of Andean Border Control"}},
		{"later acronym only", "Ruiz met the Andean Liberation Army (ALA) in May. The ALA then attacked Turkey.",
			geokg.KindGroup, []string{"Andean Liberation Army"}, nil},
		{"a treaty is no group",
			"Canada left the Andean Nuclear Forces (ANF) Treaty in May.",
			geokg.KindGroup, nil, []string{"Andean Nuclear Forces"}},
		{"initials that do not spell the acronym",
			"The National Migration Institute (INM) said the border was open.",
			geokg.KindGroup, nil, []string{"National Migration Institute"}},
		{"a name ending in no group word",
			"The Andean Peace Plan (APP) was signed in Lima.",
			geokg.KindGroup, nil, []string{"Andean Peace Plan"}},
	})
}

func TestAcronymGroupsRelations(t *testing.T) {
	x := New(testGazetteer(t))
	checkSentenceCases(t, x, []sentenceCase{
		{"full name in a clause's subject", "The Andean Liberation Army (ALA) attacked Turkey on Monday.",
			[]string{"Andean Liberation Army ATTACKS Turkey"}, nil},
		{"acronym later", "The Andean Liberation Army (ALA) was formed in 1990. On Monday the ALA condemned France.",
			[]string{"Andean Liberation Army CONDEMNS France"}, nil},
		{"full name again without the acronym", "The Southern Students Front (SSF) was banned. Later the Southern Students Front accused Denmark of torture.",
			[]string{"Southern Students Front ACCUSES Denmark"}, nil},
		{"a gazetteer group named with an acronym it lacks", "The United Nations Security Council (UNSC) met on Monday. On Tuesday the UNSC condemned Iran.",
			[]string{"United Nations Security Council CONDEMNS Iran"}, nil},
		{"its acronym again in brackets", "The United Nations Security Council (UNSC) met. The UNSC (UNSC) condemned Iran.",
			[]string{"United Nations Security Council CONDEMNS Iran"}, nil},
		{"a gazetteer group's name inside a longer name", "The Andean Security Council (ASC) met in Lima. The ASC condemned Iran.",
			[]string{"Andean Security Council CONDEMNS Iran"}, []string{"United Nations Security Council CONDEMNS Iran"}},
		{"an acronym of part of a gazetteer group's name", "The United Nations Security Council (SC) met. The SC condemned Iran.",
			nil, []string{"United Nations Security Council CONDEMNS Iran", "Security Council CONDEMNS Iran"}},
		{"a country named with an acronym is no group", "The Islamic Republic of Iran (IRI) met. The IRI condemned France.",
			nil, []string{"Iran CONDEMNS France"}},
		{"the longest of two names written again", "The Southern Students Front (SSF) and the Southern Students Front Army (SSFA) met. Later the Southern Students Front Army accused Denmark of torture.",
			[]string{"Southern Students Front Army ACCUSES Denmark"}, []string{"Southern Students Front ACCUSES Denmark"}},
	})
	// an agency named with its country is PART_OF it
	ex := extractText(t, "Albania's Civil Aviation Authority Office (CAAO) closed the airport.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Civil Aviation Authority Office PART_OF Albania")
	// a party is no part of its country
	ex = extractText(t, "Canada's Popular Workers Party (PWP) left the coalition.", "2024-05-01")
	assert.NotContains(t, relationStrings(ex), "Popular Workers Party PART_OF Canada")
}

// TestAcronymAgenciesOfState checks agencies named in full with their state and their
// acronym: the state after "of" at the name's end, or before it; administrations and
// authorities are agencies too.
func TestAcronymAgenciesOfState(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"the state after of ends the name", "The Civil Aviation Administration of Peru (CAAP) closed the airport. On Monday the CAAP accused Chile of negligence.",
			[]string{"Civil Aviation Administration of Peru PART_OF Peru", "Civil Aviation Administration of Peru ACCUSES Chile"}, []string{"Peru ACCUSES Chile"}},
		{"an authority after the state's possessive", "Chile's Federal Transport Authority (FTA) met Bolivia on Monday. Later the FTA condemned Peru.",
			[]string{"Federal Transport Authority PART_OF Chile", "Federal Transport Authority CONDEMNS Peru"}, nil},
		{"the state after of the", "The Maritime Administration of the United States (MAUS) accused Chile of overfishing.",
			[]string{"Maritime Administration of the United States ACCUSES Chile"}, nil},
		{"an acronym without the state's initial", "The National Intelligence Directorate of Peru (NID) met Ruiz. The NID accused Bolivia of spying.",
			[]string{"National Intelligence Directorate of Peru PART_OF Peru", "National Intelligence Directorate of Peru ACCUSES Bolivia"}, nil},
		{"initials that spell neither", "The Civil Aviation Administration of Peru (CAX) accused Chile of negligence.",
			nil, []string{"Civil Aviation Administration of Peru ACCUSES Chile", "Civil Aviation Administration ACCUSES Chile"}},
		{"an authority named with no state is no agency", "The Andean Trade Authority (ATA) was granted to Ruiz. The ATA angered Chile.",
			nil, []string{"Andean Trade Authority PART_OF Peru", "Andean Trade Authority CONDEMNS Chile"}},
		{"a republic is no agency", "The Islamic Republic of Peru (IRP) accused Chile of negligence.",
			nil, []string{"Islamic Republic of Peru ACCUSES Chile"}},
	}, relationStrings, nil)
}

func TestNamesThatAreNoPerson(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"ship after USS", "The USS Vladimir Putin sailed into the bay.",
			geokg.KindOfficial, nil, []string{"Vladimir Putin"}},
		{"ship after a vessel noun", "The aircraft carrier Xi Jinping left port on Monday.",
			geokg.KindOfficial, nil, []string{"Xi Jinping"}},
		{"institution named after a person", "The ceremony took place at the Vladimir Putin Library on Friday.",
			geokg.KindOfficial, nil, []string{"Vladimir Putin"}},
		{"the person himself", "Vladimir Putin met the French leader in Geneva.",
			geokg.KindOfficial, []string{"Vladimir Putin"}, nil},
		{"a medium after the adjective official", "Albania's official Andean News Agency said the talks had failed.",
			geokg.KindOfficial, nil, []string{"Andean News Agency"}},
		{"a person after official", "Former official Karel Zeman said the talks had failed.",
			geokg.KindOfficial, []string{"Karel Zeman"}, nil},
		{"a surname that is an institution word", "Senator Ruiz Tower said the talks had failed.",
			geokg.KindOfficial, []string{"Ruiz Tower"}, nil},
	})
}

// TestStateAgencies checks agencies named in full right after their state without an
// acronym ("Chile's Federal Transport Authority", "the U.S. Water Safety Service"), and
// names that are no state's agency: a plain name before them, a medium, a generic name,
// a name that goes on.
func TestStateAgencies(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"after a possessive", "Chile's Federal Transport Authority accused Peru of negligence.",
			[]string{"Chilean Federal Transport Authority PART_OF Chile", "Chilean Federal Transport Authority ACCUSES Peru"}, []string{"Chile ACCUSES Peru"}},
		{"after an abbreviation", "The U.S. Water Safety Service accused Bolivia of negligence.",
			[]string{"U.S. Water Safety Service PART_OF United States", "U.S. Water Safety Service ACCUSES Bolivia"}, nil},
		{"after a demonym", "The Peruvian National Water Authority condemned Chile.",
			[]string{"Peruvian National Water Authority PART_OF Peru", "Peruvian National Water Authority CONDEMNS Chile"}, nil},
		{"the name in full later", "Chile's Federal Transport Authority met Ruiz. Later the Federal Transport Authority condemned Peru.",
			[]string{"Chilean Federal Transport Authority CONDEMNS Peru"}, nil},
		{"two states' agencies of one name", "Chile's Civil Aviation Authority and Peru's Civil Aviation Authority condemned Bolivia.",
			[]string{"Chilean Civil Aviation Authority PART_OF Chile", "Peruvian Civil Aviation Authority PART_OF Peru"}, nil},
		{"a plain name before it", "The Peru Affairs Office condemned Chile.",
			nil, []string{"Peru Affairs Office PART_OF Peru", "Affairs Office PART_OF Peru"}},
		{"a cited source", "Peru exports more copper than Chile, according to the U.S. Mineral Statistics Office.",
			nil, []string{"U.S. Mineral Statistics Office PART_OF United States"}},
		{"a capital's agency", "Lima's Water Supply Authority condemned Chile.",
			nil, []string{"Peruvian Water Supply Authority PART_OF Peru"}},
		{"a medium", "Chile's National News Agency condemned Peru.",
			nil, []string{"Chilean National News Agency PART_OF Chile", "Chilean National News Agency CONDEMNS Peru"}},
		{"a generic name", "The Chilean Government Office condemned Peru.",
			nil, []string{"Chilean Government Office PART_OF Chile"}},
		{"a name that goes on", "Chile's Federal Transport Authority Trust condemned Peru.",
			nil, []string{"Chilean Federal Transport Authority PART_OF Chile"}},
		{"a body the patterns read", "The Chilean Foreign Ministry condemned Peru.",
			[]string{"Chilean Foreign Ministry PART_OF Chile"}, []string{"Chilean Chilean Foreign Ministry PART_OF Chile"}},
	}, relationStrings, nil)
}

// TestStateCourts checks a state's courts named in full after it ("Peru's Supreme
// Court", "the Bolivian Constitutional Court"): agencies PART_OF the state whose acts
// are theirs, not the state's, "the court" later (namedBody), and a tribunal of two
// states joined by a hyphen, which is neither's.
func TestStateCourts(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"after a possessive", "Peru's Supreme Court ordered Chile to pay damages.",
			[]string{"Peruvian Supreme Court PART_OF Peru", "Peruvian Supreme Court DEMANDS Chile"}, []string{"Peru DEMANDS Chile"}},
		{"after a demonym", "The Bolivian Constitutional Court condemned Peru.",
			[]string{"Bolivian Constitutional Court PART_OF Bolivia", "Bolivian Constitutional Court CONDEMNS Peru"}, nil},
		{"a tribunal", "Chile's Electoral Tribunal accused Bolivia of meddling in the vote.",
			[]string{"Chilean Electoral Tribunal PART_OF Chile", "Chilean Electoral Tribunal ACCUSES Bolivia"}, nil},
		{"the court later", "Peru's Supreme Court met on Monday. The court ordered Chile to pay damages.",
			[]string{"Peruvian Supreme Court DEMANDS Chile"}, nil},
		{"a tribunal of two states", "Peru awaited a ruling of the Chile-U.S. Claims Tribunal.",
			nil, []string{"U.S. Claims Tribunal PART_OF United States"}},
		{"a court as the place of a hearing", "Ruiz was sentenced in U.S. District Court, Peru said.",
			nil, []string{"U.S. District Court PART_OF United States"}},
		{"a court in a photo caption", "Minister Ruiz departs U.S. District Court after a hearing in Lima.",
			nil, []string{"U.S. District Court PART_OF United States"}},
		{"a court with no name", "A Chilean court ordered Peru to pay damages.",
			nil, []string{"Chilean Court PART_OF Chile"}},
	}, relationStrings, nil)
}

// TestIntelligenceCommunity checks that a state's intelligence community is a group of
// its own, not one of its agencies.
func TestIntelligenceCommunity(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"the community", "The U.S. intelligence community accused Bolivia of meddling in the vote.",
			[]string{"United States Intelligence Community ACCUSES Bolivia", "United States Intelligence Community PART_OF United States"},
			[]string{"Central Intelligence Agency ACCUSES Bolivia"}},
		{"the agency", "The CIA accused Bolivia of meddling in the vote.",
			[]string{"Central Intelligence Agency ACCUSES Bolivia"}, []string{"United States Intelligence Community ACCUSES Bolivia"}},
	}, relationStrings, nil)
}

// TestCongressionalCommittees checks that a committee of a chamber is its own group, led
// by its chairman, and not the legislature.
func TestCongressionalCommittees(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"a committee acts", "The Senate Intelligence Committee accused Peru of spying.",
			[]string{"Senate Intelligence Committee ACCUSES Peru"}, []string{"United States Congress ACCUSES Peru"}},
		{"its chairman", "Senator Ana Soto, chairman of the Senate Armed Services Committee, criticized Bolivia.",
			[]string{"Ana Soto LEADS Senate Armed Services Committee"}, []string{"Ana Soto LEADS United States Congress", "Ana Soto MEMBER_OF United States Congress"}},
		{"another committee", "The House Judiciary Committee condemned Peru.",
			[]string{"House Judiciary Committee CONDEMNS Peru"}, nil},
		{"the legislature itself", "Congress condemned Peru.",
			[]string{"United States Congress CONDEMNS Peru"}, nil},
	}, relationStrings, nil)
}
