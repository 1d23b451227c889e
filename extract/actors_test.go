package extract

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// entityNames returns the names of an extraction's entities of a kind.
func entityNames(ex *geokg.Extraction, kind geokg.Kind) []string {
	var out []string
	for _, e := range ex.Entities {
		if e.Kind == kind {
			out = append(out, e.Name)
		}
	}
	return out
}

// actorCase is a sentence written for a test, the entities of a kind it must name
// (want) and those it must not (never).
type actorCase struct {
	name  string
	text  string
	kind  geokg.Kind
	want  []string
	never []string
}

func checkActorCases(t *testing.T, tests []actorCase) {
	t.Helper()
	checkActorCasesWith(t, New(testGazetteer(t)), tests)
}

// checkActorCasesWith checks the cases with the extractor x.
func checkActorCasesWith(t *testing.T, x *Extractor, tests []actorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{Published: "2024-05-01"})
			require.NoError(t, err)
			require.NoError(t, ex.Validate())
			got := entityNames(ex, tt.kind)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.never {
				assert.NotContains(t, got, n)
			}
		})
	}
}

func TestCollectiveGroups(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"led coalition", "Jets of the U.S.-led international coalition struck a depot near the border.",
			geokg.KindGroup, []string{"U.S.-led international coalition"}, nil},
		{"led force with a hyphenated modifier", "The rebels fought a Turkish-led five-nation force for a week.",
			geokg.KindGroup, []string{"Turkish-led five-nation force"}, nil},
		{"led force, one entity for two forms", "A French-led mission arrived. Later the French-led mission left.",
			geokg.KindGroup, []string{"French-led mission"}, []string{"French-led mission left"}},
		{"led without a group head", "A U.S.-led investigation found nothing.", geokg.KindGroup, nil,
			[]string{"U.S.-led investigation"}},
		{"rebels of a people", "Syrian rebels shelled the town on Monday.", geokg.KindGroup,
			[]string{"Syrian rebels"}, nil},
		{"rebels in a country, one entity", "Russia denied arming separatists in Turkey. The Turkish separatists deny it too.",
			geokg.KindGroup, []string{"Turkish separatists"}, nil},
		{"a stance is no people", "Pro-Russian separatists seized the building.", geokg.KindGroup, nil,
			[]string{"Russian separatists"}},
		{"named rebels are the gazetteer's", "Hamas rebels in Syria fired rockets.", geokg.KindGroup,
			[]string{"Hamas"}, []string{"Syrian rebels"}},
		{"backed forces of a people", "Iranian-backed Iraqi militias attacked the base.", geokg.KindGroup,
			[]string{"Iranian-backed Iraqi militias"}, nil},
		{"a team of an organisation", "U.N. weapons inspectors left Baghdad. The U.N. inspectors returned later.",
			geokg.KindGroup, []string{"U.N. weapons inspectors"}, []string{"U.N. inspectors"}},
		{"a team word after a country", "Iranian inspectors left Baghdad.", geokg.KindGroup, nil,
			[]string{"Iranian inspectors"}},
		{"backed forces without their people", "Iranian-backed forces attacked the base.", geokg.KindGroup, nil,
			[]string{"Iranian-backed forces"}},
		{"a backed armed group that is no subject", "Chile denounced attacks by Bolivian-backed militias on the base.", geokg.KindGroup, nil,
			[]string{"Bolivian-backed militias"}},
	})
}

func TestPeopleGroups(t *testing.T) {
	checkActorCasesWith(t, embeddedExtractor(t), []actorCase{
		{"a people before an armed head", "Chile trained local Kurdish fighters near the border.", geokg.KindGroup,
			[]string{"Kurdish fighters"}, nil},
		{"a faith before an armed head", "Shiite militias shelled the town on Monday.", geokg.KindGroup,
			[]string{"Shiite militias"}, nil},
		{"the people's plural noun", "Chile has long armed the Kurds.", geokg.KindGroup, []string{"Kurds"}, nil},
		{"a people under two heads and its noun is one group", "Chile shelled Kurdish militias. The Kurds and Kurdish forces fired back.",
			geokg.KindGroup, []string{"Kurdish militias"}, []string{"Kurds", "Kurdish forces"}},
		{"a counted people is no group", "Thousands of Kurds fled to Chile, and 16 Peruvian Kurds died.", geokg.KindGroup,
			nil, []string{"Kurds"}},
		{"a stance is no group", "Anti-Kurdish militias marched in Lima.", geokg.KindGroup, nil, []string{"Kurdish militias"}},
		{"a compound is no group", "Kurdish-led forces took the town.", geokg.KindGroup, nil, []string{"Kurdish-led forces"}},
		{"members of a named group", "Peru attacked the Shiite fighters of the Shining Path.", geokg.KindGroup,
			[]string{"Shining Path"}, []string{"Shiite fighters"}},
		{"an apposition to a named group", "Chile fought the Shining Path, the Bolivian-backed Shiite militia, for a year.",
			geokg.KindGroup, []string{"Shining Path"}, []string{"Shiite militia"}},
		{"a stance's armed group", "Chile armed pro-Peru separatists in Bolivia.", geokg.KindGroup,
			[]string{"pro-Peru separatists"}, nil},
		{"a stance's group under two heads", "Chile armed pro-Peru separatists. Later pro-Peru rebels fired.", geokg.KindGroup,
			[]string{"pro-Peru separatists"}, []string{"pro-Peru rebels"}},
		{"a stance without an armed head", "Pro-Peru protesters marched in Lima.", geokg.KindGroup, nil,
			[]string{"pro-Peru protesters"}},
		{"a backed people", "Chile shelled U.S.-backed Peruvians near the border.", geokg.KindGroup,
			[]string{"U.S.-backed Peruvians"}, nil},
	})
}

// TestBackedGroups: "BACKER-backed militias" as a clause's subject is an armed group
// of its own that the backer SUPPORTS, as "BACKER-backed PEOPLE fighters" is; not one
// after "by", of a head that may be a state's army, or before "in COUNTRY". Sentences
// written here.
func TestBackedGroups(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"backed militias act", "Bolivia-backed militias attacked the Peruvian base.",
			[]string{"Bolivia SUPPORTS Bolivia-backed militias", "Bolivia-backed militias ATTACKS Peru"}, nil},
		{"backed rebels named by a demonym", "Chilean-backed rebels have accused Peru of torture.",
			[]string{"Chile SUPPORTS Chilean-backed rebels", "Chilean-backed rebels ACCUSES Peru"}, nil},
		{"a backed people's fighters", "Bolivian-backed Peruvian fighters seized the town.",
			[]string{"Bolivia SUPPORTS Bolivian-backed Peruvian fighters"}, nil},
		// must not fire
		{"no subject", "Chile denounced attacks by Bolivian-backed militias on the base.",
			nil, []string{"Bolivia SUPPORTS Bolivian-backed militias"}},
		{"forces may be an army", "Bolivia-backed forces attacked the Peruvian base.",
			nil, []string{"Bolivia SUPPORTS Bolivia-backed forces"}},
		{"rebels in a country are its rebels", "Bolivia-backed rebels in Peru attacked the base.",
			nil, []string{"Bolivia SUPPORTS Bolivia-backed rebels"}},
	})
}

func TestPeopleGroupRelations(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a backed people is no state", "Chile shelled U.S.-backed Peruvians near the border.",
			[]string{"United States SUPPORTS U.S.-backed Peruvians", "Chile ATTACKS U.S.-backed Peruvians"}, []string{"Chile ATTACKS Peru"}},
		{"a stance's group is no state", "Chile armed pro-Peru separatists in Bolivia.",
			[]string{"Chile AIDS pro-Peru separatists"}, []string{"Chile AIDS Peru"}},
		{"a people's armed group", "Chile shelled Kurdish militias near the border.",
			[]string{"Chile ATTACKS Kurdish militias"}, nil},
		{"members of a named group act for it", "Peru attacked the Shiite fighters of the Shining Path.",
			[]string{"Peru ATTACKS Shining Path"}, []string{"Peru ATTACKS Shiite fighters"}},
	})
}

func TestCollectiveRebelsAreNotTheirCountry(t *testing.T) {
	ex := extractText(t, "Syrian rebels shelled the town on Monday.", "2024-05-01")
	assert.NotContains(t, entityNames(ex, geokg.KindCountry), "Syria")
}

func TestBodyPlacedByItsSeat(t *testing.T) {
	ex := extractText(t, "Iran's foreign ministry protested. The Foreign Ministry in Moscow said it regretted the step.", "2024-05-01")
	groups := entityNames(ex, geokg.KindGroup)
	assert.Contains(t, groups, "Russian Foreign Ministry")
	assert.Contains(t, relationStrings(ex), "Russian Foreign Ministry PART_OF Russia")
	// an embassy is no seated body: "the embassy in Moscow" is no Russian embassy
	ex = extractText(t, "Iran's foreign ministry in Tehran protested.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Iranian Foreign Ministry PART_OF Iran")
}

func TestPlacesAreNoAppositions(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"a place before the president", "At a news conference in the Rose Garden, the president said he would veto it.",
			geokg.KindOfficial, nil, []string{"Rose Garden"}},
		{"a name before the president", "Omar Haddad, the president, said he would veto it.",
			geokg.KindOfficial, []string{"Omar Haddad"}, nil},
	})
}

func TestAcronymInsideALongerNameIsNoMention(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{Groups: []gazetteer.Group{
		{Name: "Example Liberation Army Navy", Subtype: geokg.Military, Aliases: []string{"PLAN"}},
	}})
	require.NoError(t, err)
	read := func(text string) []string {
		ex, err := New(g).Extract(context.Background(), text, geokg.Article{})
		require.NoError(t, err)
		return entityNames(ex, geokg.KindGroup)
	}
	assert.Empty(t, read("They signed the Joint Comprehensive Plan of Action."))
	assert.Contains(t, read("The PLAN sent two frigates."), "Example Liberation Army Navy")
	assert.Contains(t, read("Ships of the Plan sailed."), "Example Liberation Army Navy")
}

func TestActorWordClassesExist(t *testing.T) {
	// every class the extractor asks for is in gazetteer.WordsFile
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	re := regexp.MustCompile(`actorWord\("([a-z-]+)"`)
	seen := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			seen++
			assert.NotPanics(t, func() { actorWord(m[1], "x") }, "class %s (%s)", m[1], f)
		}
	}
	assert.Greater(t, seen, 10)
}

func TestParliamentNamedAlone(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"acts with a modal", "Iranian lawmakers said parliament could block the inspections.",
			geokg.KindGroup, []string{"Iranian Parliament"}, nil},
		{"a passive's agent", "A bill against Iran's critics was approved by parliament on Sunday.",
			geokg.KindGroup, []string{"Iranian Parliament"}, nil},
		{"a place, not an actor", "Iran's reformists won seats in parliament last year.",
			geokg.KindGroup, nil, []string{"Iranian Parliament"}},
		{"a possessive, not an actor", "Iran's hardliners lead parliament's largest bloc.",
			geokg.KindGroup, nil, []string{"Iranian Parliament"}},
		{"a place", "Iran's clerics in parliament voted for it.",
			geokg.KindGroup, nil, []string{"Iranian Parliament"}},
		{"another word before it", "Iran elected a new parliament that met on Monday.",
			geokg.KindGroup, nil, []string{"Iranian Parliament"}},
	})
}

func TestTitledPeopleInAppositionsAndByHonorifics(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"adjectives before the title", "The talks were led by Karel Novak, a veteran diplomat who served in Cairo.",
			geokg.KindOfficial, []string{"Karel Novak"}, nil},
		{"an adjective that is no title", "The talks were led by Karel Novak, a veteran writer who lived in Cairo.",
			geokg.KindOfficial, nil, []string{"Karel Novak"}},
		{"a speaker after a comma is no apposition", "The hackers targeted Acme Corp, a senior Iranian official said.",
			geokg.KindOfficial, nil, []string{"Acme Corp"}},
		{"an honorific", "Iran condemned the execution of Sheikh Omar al-Rashid on Saturday.",
			geokg.KindOfficial, []string{"Omar al-Rashid"}, nil},
		{"an honorific naming a place", "Settlers moved into the Sheikh Omar Rashid neighbourhood.",
			geokg.KindOfficial, nil, []string{"Omar Rashid"}},
		{"an honorific after a place preposition", "Police raided homes in Sheikh Omar Rashid on Monday.",
			geokg.KindOfficial, nil, []string{"Omar Rashid"}},
		{"an honorific and one word", "Mullah Karim spoke.", geokg.KindOfficial, nil, []string{"Karim"}},
		// words before an apposition with a title that are no person's name
		{"a sentence opener before an apposition", "Meanwhile, the leader of Iraq's Kurdistan region asked for more airstrikes.",
			geokg.KindOfficial, nil, []string{"Meanwhile"}},
		{"a quoted sentence opener before an apposition", "“Accordingly, the president will not meet the envoy,” an aide said.",
			geokg.KindOfficial, nil, []string{"Accordingly"}},
		{"a person's state before an apposition", "Sen. Mark Lane of Vermont, chairman of the Armed Services Committee, criticised Iran.",
			geokg.KindOfficial, []string{"Mark Lane"}, []string{"Vermont"}},
		{"a party and a state before an apposition", "Rep. Mark Lane, D-Vermont, chairman of the Armed Services Committee, criticised Iran.",
			geokg.KindOfficial, []string{"Mark Lane"}, []string{"D-Vermont"}},
		{"a regional post in an apposition", "Sarah Leah, Middle East director for Human Rights Watch, condemned Iran.",
			geokg.KindOfficial, []string{"Sarah Leah"}, nil},
		{"a place before a regional title", "Talks resumed in Geneva, Middle East diplomats said.",
			geokg.KindOfficial, nil, []string{"Geneva"}},
		{"a victim named after of is a person", "Turkey condemned the killing of Omar Haddad, a former Syrian minister, in Istanbul.",
			geokg.KindOfficial, []string{"Omar Haddad"}, nil},
	})
	// a former post writes no membership, even in an apposition with adjectives
	ex := extractText(t, "Talks were led by Vladimir Putin, a former career diplomat.", "2024-05-01")
	assert.NotContains(t, relationStrings(ex), "Vladimir Putin MEMBER_OF Russia")
	ex = extractText(t, "Talks were led by Vladimir Putin, the assassinated career diplomat.", "2024-05-01")
	assert.NotContains(t, relationStrings(ex), "Vladimir Putin MEMBER_OF Russia")
	ex = extractText(t, "Talks were led by Vladimir Putin, a career diplomat.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Vladimir Putin MEMBER_OF Russia")
	// a regional director heads a part of the group, not the whole
	ex = extractText(t, "Sarah Leah, Asia director of Hamas, condemned Iran.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Sarah Leah MEMBER_OF Hamas")
	assert.NotContains(t, relationStrings(ex), "Sarah Leah LEADS Hamas")
}

func TestPeopleBeforeRelativeClausesAndComplements(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"who heads", "Omar Haddad, who heads the regional desk of the bank, said the talks failed.",
			geokg.KindOfficial, []string{"Omar Haddad"}, nil},
		{"who heads somewhere", "Omar Haddad, who heads to Paris on Monday, said the talks failed.",
			geokg.KindOfficial, nil, []string{"Omar Haddad"}},
		{"who says", "Omar Haddad, who said the talks failed, left.", geokg.KindOfficial, nil, []string{"Omar Haddad"}},
		{"the title's complement, then the name", "The head of the rebel delegation, Karim Nasser, praised the delay.",
			geokg.KindOfficial, []string{"Karim Nasser"}, nil},
		{"an indefinite title with a complement", "A member of the rebel delegation, Karim Nasser, praised the delay.",
			geokg.KindOfficial, nil, []string{"Karim Nasser"}},
		{"an age in the apposition", "Karel Novak, 58, a former Iranian ambassador to the UN, joined the team.",
			geokg.KindOfficial, []string{"Karel Novak"}, nil},
	})
	ex := extractText(t, "Omar Haddad, who leads the Iran-based Hamas office, spoke.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Omar Haddad LEADS Hamas")
	ex = extractText(t, "Omar Haddad, who leads the talks with Hamas, spoke.", "2024-05-01")
	assert.NotContains(t, relationStrings(ex), "Omar Haddad LEADS Hamas")
	ex = extractText(t, "Omar Haddad, who heads the Asian desk of the Geneva-based United Nations, spoke.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Omar Haddad MEMBER_OF United Nations")
	assert.NotContains(t, relationStrings(ex), "Omar Haddad LEADS United Nations")
	// the former post writes no membership
	ex = extractText(t, "Karel Novak, 58, a former Iranian ambassador to the UN, joined the team.", "2024-05-01")
	assert.NotContains(t, relationStrings(ex), "Karel Novak MEMBER_OF Iran")
}

func TestQuotedPriceIsAThreatOnlyToPay(t *testing.T) {
	ex := extractText(t, "“Iran will pay a heavy price for this,” Russia said.", "2024-05-01")
	assert.Contains(t, interactions(ex), "Russia THREATENS Iran")
	ex = extractText(t, "“If the price of oil angers Iran, so be it,” Russia said.", "2024-05-01")
	assert.NotContains(t, interactions(ex), "Russia THREATENS Iran")
}

func TestMediaCitedAreNoActors(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{{Code: "IRN", Name: "Iran", Demonyms: []string{"Iranian"}}},
		Groups: []gazetteer.Group{
			{Name: "Example News Agency", Subtype: geokg.OtherGroup, Aliases: []string{"ENA"}},
			{Name: "Tasso", Subtype: geokg.OtherGroup},
			{Name: "Example Front", Subtype: geokg.ArmedGroup},
		},
	})
	require.NoError(t, err)
	read := func(text string) []string {
		ex, err := New(g).Extract(context.Background(), text, geokg.Article{})
		require.NoError(t, err)
		require.NoError(t, ex.Validate())
		return entityNames(ex, geokg.KindGroup)
	}
	assert.NotContains(t, read("Iran held talks on Monday, ENA reported."), "Example News Agency")
	assert.NotContains(t, read("The Tasso news agency said Iran held talks."), "Tasso")
	assert.Contains(t, read("Iran accused ENA of spreading lies."), "Example News Agency")
	assert.Contains(t, read("Iran held talks on Monday, Example Front said."), "Example Front")
	assert.Contains(t, read("Tasso said Iran held talks."), "Tasso")
}

func TestCountriesNamedOnlyByThingsAreNoEntities(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"a demonym of things", "The Syrian Orthodox patriarch met Hamas leaders.", geokg.KindCountry, nil, []string{"Syria"}},
		{"a demonym of the state", "Syrian officials met Hamas leaders.", geokg.KindCountry, []string{"Syria"}, nil},
		{"a demonym and a title", "The Syrian foreign minister, Omar Haddad, met Hamas leaders.", geokg.KindCountry, []string{"Syria"}, nil},
		{"a name", "Hamas leaders met in Syria.", geokg.KindCountry, []string{"Syria"}, nil},
		{"a place's name", "Settlers moved into the Jordan Valley.", geokg.KindCountry, nil, []string{"Jordan"}},
		{"a country before a lower-case noun", "Jordan valley towns were shelled.", geokg.KindCountry, []string{"Jordan"}, nil},
	})
}

func TestPoliceActingForTheirCountry(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"the subject", "Turkish police said they had arrested two suspects.", geokg.KindGroup, []string{"Turkish Police"}, nil},
		{"a possessive country", "Turkey's police arrested two suspects on Monday.", geokg.KindGroup, []string{"Turkish Police"}, nil},
		{"a passive's agent", "Two suspects were arrested by Turkish police on Monday.", geokg.KindGroup, []string{"Turkish Police"}, nil},
		{"no actor", "The presence of Turkish police angered the crowd.", geokg.KindGroup, nil, []string{"Turkish Police"}},
		{"an adjective", "A Turkish police officer was hurt.", geokg.KindGroup, nil, []string{"Turkish Police"}},
		{"a city's police", "Ankara police arrested two suspects.", geokg.KindGroup, nil, []string{"Turkish Police"}},
	})
}

func TestAFullNameTakesTheSurnameFromAnAlias(t *testing.T) {
	ex := extractText(t, "Anna Putin, chairman of the rights group, said she doubted it. Later, Putin left.", "2024-05-01")
	officials := entityNames(ex, geokg.KindOfficial)
	assert.Contains(t, officials, "Anna Putin")
	assert.NotContains(t, officials, "Vladimir Putin")
	// both named in full: the bare surname is left to the dictionary
	ex = extractText(t, "Vladimir Putin spoke. Anna Putin, chairman of the rights group, said she doubted it.", "2024-05-01")
	officials = entityNames(ex, geokg.KindOfficial)
	assert.Contains(t, officials, "Anna Putin")
	assert.Contains(t, officials, "Vladimir Putin")
	// a word that opens the sentence is no first name
	ex = extractText(t, "Meanwhile Putin, the president, said he doubted it.", "2024-05-01")
	officials = entityNames(ex, geokg.KindOfficial)
	assert.Contains(t, officials, "Vladimir Putin")
	assert.NotContains(t, officials, "Meanwhile Putin")
}

func TestGroupsNamedWithATitle(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"after the title's of", "Omar Haddad, chairman of the Tripoli Human Rights Monitor, said it was grave.",
			geokg.KindGroup, []string{"Tripoli Human Rights Monitor"}, nil},
		{"a person's name after a body", "Speaker of the House Paul Ryan said it was grave.",
			geokg.KindGroup, nil, []string{"House Paul Ryan"}},
		{"between a country and the title", "Iranian National Oil Company head Omar Haddad spoke.",
			geokg.KindGroup, []string{"Iranian National Oil Company"}, nil},
		{"only title modifiers", "Iranian Deputy chief Omar Haddad spoke.",
			geokg.KindGroup, nil, []string{"Iranian Deputy"}},
		{"no group head", "Iranian Golden Lions chief Omar Haddad spoke.",
			geokg.KindGroup, nil, []string{"Iranian Golden Lions"}},
	})
	ex := extractText(t, "Omar Haddad, chairman of the Tripoli Human Rights Monitor, said it was grave.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Omar Haddad LEADS Tripoli Human Rights Monitor")
	ex = extractText(t, "Iranian National Oil Company head Omar Haddad spoke.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Omar Haddad LEADS Iranian National Oil Company")
}

func TestSpeakerOfTheOneLegislature(t *testing.T) {
	ex := extractText(t, "Iranian lawmakers said parliament could block the inspections. \"We will act,\" speaker Ali Rezaei said.", "2024-05-01")
	assert.Contains(t, relationStrings(ex), "Ali Rezaei LEADS Iranian Parliament")
	// no legislature named: no post
	ex = extractText(t, "\"We will act,\" speaker Ali Rezaei said of Iran.", "2024-05-01")
	for _, r := range relationStrings(ex) {
		assert.NotContains(t, r, "Ali Rezaei LEADS")
	}
}

func TestOfficialsNamedOnlyForTheirGovernment(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"an administration", "The Putin administration was aware of the talks in Iran.", geokg.KindOfficial, nil, []string{"Vladimir Putin"}},
		{"the person too", "The Putin administration was aware of the talks. Putin left for Iran.", geokg.KindOfficial, []string{"Vladimir Putin"}, nil},
	})
}

func TestSpeakerOfANamedChamber(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{{Code: "USA", Name: "United States", Aliases: []string{"U.S."}}},
		Groups:    []gazetteer.Group{{Name: "United States Senate", Subtype: geokg.OtherGroup, Country: "USA", Aliases: []string{"Senate"}}},
	})
	require.NoError(t, err)
	ex, err := New(g).Extract(context.Background(), "The Senate voted on Monday. House Speaker Nancy Pelosi said the U.S. would act.", geokg.Article{})
	require.NoError(t, err)
	for _, r := range relationStrings(ex) {
		assert.NotContains(t, r, "United States Senate", "a House speaker is no member of the Senate")
	}
}

func TestBodyOutsideAQuotationTakesNoCountryFromIt(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"the speaker's ministry is not the quoted country's", "China protested on Monday. “Russian hypocrisy is clear,” the defence ministry said.",
			geokg.KindGroup, []string{"Chinese Defence Ministry"}, []string{"Russian Defence Ministry"}},
		{"a foreign ministry after a quotation", "China protested on Monday. “Russian hypocrisy is clear,” the foreign ministry said.",
			geokg.KindGroup, nil, []string{"Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia"}},
		{"a country named outside the quotation still places the body", "“The raid was a crime,” Russia's defence ministry said.",
			geokg.KindGroup, []string{"Russian Defence Ministry"}, nil},
	})
}

func TestTheCountryOfASentencesOfficial(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"the country's body after an official of a country", "Iraq held elections on Monday. Russian President Vladimir Putin chaired a meeting of the country's security council on Tuesday.",
			geokg.KindGroup, []string{"Russian Security Council"}, []string{"Iraqi Security Council"}},
		{"a country named in the sentence comes first", "President Vladimir Putin visited Iraq on Monday and met the country's security council.",
			geokg.KindGroup, []string{"Iraqi Security Council"}, []string{"Russian Security Council"}},
		{"an official with another country's people named after him is no clue", "Iraq held elections on Monday. President Vladimir Putin met Iranian officials and praised the country's security council.",
			geokg.KindGroup, nil, []string{"Russian Security Council"}},
	})
}

func TestCapitalsNamedAsPlacesAreNoEntities(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"talks in a capital", "Iran and Israel held talks in Doha on Monday.",
			geokg.KindCountry, []string{"Iran"}, []string{"Qatar"}},
		{"a capital-based body", "The Paris-based group said Iran had hanged three men.",
			geokg.KindCountry, []string{"Iran"}, []string{"France"}},
		{"from one capital to another", "Tyrants from Tirana to Tehran took note of the vote.",
			geokg.KindCountry, nil, []string{"Albania", "Iran"}},
		{"a capital that acts is its government", "Doha condemned Iran on Monday.",
			geokg.KindCountry, []string{"Qatar", "Iran"}, nil},
		{"a capital that speaks is its government", "Iran spoke on Monday, and Amman said it would reply.",
			geokg.KindCountry, []string{"Jordan"}, nil},
	})
}

func TestBodyOfAKnownOfficialsTitle(t *testing.T) {
	x := embeddedExtractor(t)
	ex, err := x.Extract(context.Background(), "Japan protested on Monday. “Japan's claims are false,” Foreign Ministry spokesman Geng Shuang said.", geokg.Article{Published: "2024-05-01"})
	require.NoError(t, err)
	got := relationStrings(ex)
	assert.Contains(t, got, "Geng Shuang MEMBER_OF Chinese Foreign Ministry")
	assert.NotContains(t, got, "Geng Shuang MEMBER_OF Ministry of Foreign Affairs of Japan")
	// a body before a title without a known official keeps the other readings
	ex, err = x.Extract(context.Background(), "China protested on Monday. “Japan's claims are false,” Foreign Ministry spokesman Ling Wei said.", geokg.Article{Published: "2024-05-01"})
	require.NoError(t, err)
	assert.Contains(t, relationStrings(ex), "Ling Wei MEMBER_OF Chinese Foreign Ministry")
}

func TestAKindOfStateIsNoNamedOne(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"an Islamic state", "The militias want to impose an Islamic state in the south.",
			geokg.KindGroup, nil, []string{"Islamic State"}},
		{"the Islamic State", "The Islamic State seized the town on Monday.",
			geokg.KindGroup, []string{"Islamic State"}, nil},
		{"a group's name written in capitals after an article", "Fighters of an Islamic State cell seized the town.",
			geokg.KindGroup, []string{"Islamic State"}, nil},
	})
}

func TestChamberCommitteesTakeNoOtherCountry(t *testing.T) {
	checkActorCases(t, []actorCase{
		{"a House committee after another country", "Russia denied the report on Monday. Ellen Marsh, chairwoman of the House Intelligence Committee, said Moscow lied.",
			geokg.KindGroup, []string{"House Intelligence Committee"}, []string{"Russian Intelligence Committee"}},
		{"a Senate committee in an article about another country", "Canada imposed tariffs on steel. Senator Paul Drake of the Senate Finance Committee criticised the levy.",
			geokg.KindGroup, []string{"Senate Finance Committee"}, []string{"Canadian Finance Committee"}},
		{"a party's committee", "Britain voted on Monday. The Democratic National Committee said hackers had entered its servers.",
			geokg.KindGroup, []string{"Democratic National Committee"}, []string{"British National Committee"}},
		{"the committee named again without its chamber", "Iran tested a missile. The House Intelligence Committee met on Monday. The Intelligence Committee said the test broke the deal.",
			geokg.KindGroup, []string{"House Intelligence Committee"}, []string{"Iranian Intelligence Committee"}},
		{"a chamber named with its country places its committee", "Britain voted on Monday. Officials of Canada's Senate Finance Committee met.",
			geokg.KindGroup, []string{"Canadian Senate Finance Committee"}, []string{"British Finance Committee", "Senate Finance Committee"}},
		// must not fire
		{"a committee of a named country keeps it", "Russia denied the report. Iran's intelligence committee said the test was a success.",
			geokg.KindGroup, []string{"Iranian Intelligence Committee"}, nil},
		{"a chamber before a bare committee names no body", "Russia denied the report. A Senate committee will hold hearings.",
			geokg.KindGroup, nil, []string{"Senate Committee", "Russian Committee"}},
		{"a lower-case party word is no chamber", "Russia denied the report. A democratic national committee was formed in Kyiv.",
			geokg.KindGroup, nil, []string{"Democratic National Committee"}},
		{"a party word opens only its national committee", "Russia denied the report. Democratic Intelligence Committee members met on Monday.",
			geokg.KindGroup, nil, []string{"Democratic Intelligence Committee"}},
	})
}

func TestChamberCommitteeOfTheLegislatureTheArticleNames(t *testing.T) {
	x := embeddedExtractor(t)
	country := func(text string) string {
		ex, err := x.Extract(context.Background(), text, geokg.Article{Published: "2024-05-01"})
		require.NoError(t, err)
		for _, e := range ex.Entities {
			if e.Name == "House Energy Committee" {
				return e.Country
			}
		}
		t.Fatalf("no House Energy Committee in %q", text)
		return ""
	}
	assert.Equal(t, "USA", country("Russia denied the report on Monday. Congress will vote on the bill. Ellen Marsh, chairwoman of the House Energy Committee, said Moscow lied."))
	assert.Equal(t, "", country("Russia denied the report on Monday. Ellen Marsh, chairwoman of the House Energy Committee, said Moscow lied."))
}

func TestAChambersCommitteeIsNoSecondLegislature(t *testing.T) {
	x := embeddedExtractor(t)
	read := func(text string) []string {
		ex, err := x.Extract(context.Background(), text, geokg.Article{Published: "2024-05-01"})
		require.NoError(t, err)
		return relationStrings(ex)
	}
	// a speaker of the one legislature named: the Senate Finance Committee is none
	assert.Contains(t, read("Congress passed the bill on Monday. The Senate Finance Committee held hearings. Speaker Ann Cole said the vote was close."),
		"Ann Cole LEADS United States Congress")
	// two legislatures named: whose speaker is not said
	assert.NotContains(t, read("Congress and the Iranian Parliament passed bills on Monday. Speaker Ann Cole said the vote was close."),
		"Ann Cole LEADS United States Congress")
}

// TestAForeignBodyIsNoGazetteerNamesake checks that a body the text names with its
// country is that country's, not the gazetteer's group of another country that its
// words also name ("Congress" is the United States Congress's alias), while the body
// named without a country stays the gazetteer's.
func TestAForeignBodyIsNoGazetteerNamesake(t *testing.T) {
	x := embeddedExtractor(t)
	read := func(text string) []string {
		ex, err := x.Extract(context.Background(), text, geokg.Article{Published: "2024-05-01"})
		require.NoError(t, err)
		return relationStrings(ex)
	}
	got := read("Peru's Congress condemned Chile on Monday.")
	assert.Contains(t, got, "Peruvian Congress CONDEMNS Chile")
	assert.Contains(t, got, "Peruvian Congress PART_OF Peru")
	assert.NotContains(t, got, "United States Congress PART_OF Peru")
	got = read("The Venezuelan Congress voted to expand the president's powers. Maduro thanked it.")
	assert.Contains(t, got, "Venezuelan Congress PART_OF Venezuela")
	got = read("Chile protested on Monday. Congress condemned Chile.")
	assert.Contains(t, got, "United States Congress CONDEMNS Chile")
}

// legislatorsGazetteer knows Peru's legislature, not Chile's.
func legislatorsGazetteer(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian"}, Capitals: []string{"Lima"}},
			{Code: "CHL", Name: "Chile", Demonyms: []string{"Chilean"}, Capitals: []string{"Santiago"}},
			{Code: "BOL", Name: "Bolivia", Demonyms: []string{"Bolivian"}, Capitals: []string{"La Paz"}},
		},
		Groups: []gazetteer.Group{
			{Name: "Congress of Peru", Subtype: geokg.OtherGroup, Country: "PER", Aliases: []string{"Peruvian Congress"}, Parent: "country:PER"},
			{Name: "Peruvian Court of Experts", Subtype: geokg.OtherGroup, Country: "PER", Parent: "country:PER"},
			{Name: "Republican Party", Subtype: geokg.Party, Country: "PER", Aliases: []string{"Republican"}},
			{Name: "Andean Assembly", Subtype: geokg.InternationalOrg},
		},
	})
	require.NoError(t, err)
	return g
}

func TestLegislatorsNamedByTheirCountry(t *testing.T) {
	x := New(legislatorsGazetteer(t))
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"demonym", "Peruvian lawmakers condemned Bolivia on Monday.",
			[]string{"Congress of Peru CONDEMNS Bolivia"}, []string{"Peru CONDEMNS Bolivia"}},
		{"possessive", "Peru's legislators urged Bolivia to withdraw its troops.",
			[]string{"Congress of Peru DEMANDS Bolivia"}, []string{"Peru DEMANDS Bolivia"}},
		{"adjective before", "Senior Peruvian senators warned Bolivia on Monday.",
			[]string{"Congress of Peru THREATENS Bolivia"}, nil},
		{"no legislature in the gazetteer", "Chilean MPs criticized Bolivia on Monday.",
			[]string{"Chilean Parliament CONDEMNS Bolivia"}, []string{"Chile CONDEMNS Bolivia"}},
		{"a party's lawmakers", "Republican lawmakers condemned Bolivia on Monday.",
			nil, []string{"Congress of Peru CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		{"lawmakers alone", "Lawmakers condemned Bolivia on Monday.",
			nil, []string{"Congress of Peru CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		{"pro- before the demonym", "Pro-Peruvian lawmakers in La Paz condemned Bolivia on Monday.",
			nil, []string{"Congress of Peru CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		{"other people", "Peruvian protesters condemned Bolivia on Monday.",
			nil, []string{"Congress of Peru CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		{"the country's parliament is the gazetteer's legislature", "Peru's parliament condemned Bolivia on Monday.",
			[]string{"Congress of Peru CONDEMNS Bolivia"}, []string{"Peruvian Parliament CONDEMNS Bolivia"}},
		{"parliament alone is the gazetteer's legislature", "Peru held talks with Bolivia. A bill on the fleet was approved by parliament on Sunday.",
			[]string{"Congress of Peru"}, []string{"Peruvian Parliament"}},
		{"members of the legislature", "Members of the Peruvian Congress condemned Bolivia on Monday.",
			[]string{"Congress of Peru CONDEMNS Bolivia"}, nil},
		{"members of the legislature's full name", "Several members of the Congress of Peru urged Bolivia to withdraw.",
			[]string{"Congress of Peru DEMANDS Bolivia"}, nil},
		{"members as the object", "Bolivia warned members of the Peruvian Congress on Monday.",
			[]string{"Bolivia THREATENS Congress of Peru"}, nil},
		{"a party's members", "Republican members of the Peruvian Congress condemned Bolivia on Monday.",
			nil, []string{"Congress of Peru CONDEMNS Bolivia"}},
		{"former members", "Former members of the Peruvian Congress condemned Bolivia on Monday.",
			nil, []string{"Congress of Peru CONDEMNS Bolivia"}},
		{"members of an international assembly are states", "Members of the Andean Assembly condemned Bolivia on Monday.",
			nil, []string{"Andean Assembly CONDEMNS Bolivia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{Published: "2024-05-01"})
			require.NoError(t, err)
			got := relationStrings(ex)
			for _, e := range ex.Entities {
				got = append(got, e.Name) // an entity alone: "Congress of Peru"
			}
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.never {
				assert.NotContains(t, got, n)
			}
		})
	}
}

func TestLegislatureIndex(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{{Code: "PER", Name: "Peru"}, {Code: "CHL", Name: "Chile"}, {Code: "BOL", Name: "Bolivia"}},
		Groups: []gazetteer.Group{
			{Name: "Congress of Peru", Country: "PER", Parent: "country:PER"},
			{Name: "Peruvian Court of Experts", Country: "PER", Parent: "country:PER"}, // no legislature word
			{Name: "Chilean Parliament", Country: "CHL", Parent: "country:CHL"},
			{Name: "Chilean Senate", Country: "CHL", Parent: "Chilean Parliament"}, // a chamber, not the country's
			{Name: "National Congress Party", Country: "BOL"},                      // no parent: a party
			{Name: "Bolivian Parliament", Country: "BOL", Parent: "country:BOL"},
			{Name: "Bolivian Congress", Country: "BOL", Parent: "country:BOL"}, // two: either
		},
	})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"PER": "Congress of Peru", "CHL": "Chilean Parliament"}, legislatureIndex(g))
}
