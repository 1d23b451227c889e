package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// TestStructuralSentences checks the structural relations stated by the shape of a
// sentence (not by a title alone): each case lists relations that must be written and
// relations that must not.
func TestStructuralSentences(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string
		notWant []string
	}{
		// "<group> led by <title> <Name>": the title and its country before the name
		{"led by a titled name", "Talks stalled between Israel and Hamas led by Syrian President Omar Haddad.",
			[]string{"Omar Haddad LEADS Hamas"}, nil},
		{"headed by a possessive title", "Hezbollah, headed by Jordan's former Prime Minister Karim Nasr, said no.",
			[]string{"Karim Nasr LEADS Hezbollah"}, nil},
		{"led by a title without nationality", "France courted the MEK, led by the former Interior Minister Rubén Ortiz, for years.",
			[]string{"Rubén Ortiz LEADS People's Mujahedeen of Iran"}, nil},
		{"led by after an acronym in brackets", "France courted the People's Mujahedeen of Iran (MEK) led by Commander Rubén Ortiz.",
			[]string{"Rubén Ortiz LEADS People's Mujahedeen of Iran"}, nil},
		{"led by after a bracketed aside", "The second round of talks (with Hamas) led by President Omar Haddad of Jordan failed.",
			nil, []string{"Omar Haddad LEADS Hamas"}},
		{"chaired by in a relative clause", "Peru courted Hezbollah, which is chaired by President Omar Haddad of Jordan.",
			[]string{"Omar Haddad LEADS Hezbollah"}, nil},
		{"chaired by", "The UN Security Council chaired by Ambassador Omar Haddad met.",
			[]string{"Omar Haddad LEADS United Nations Security Council"}, nil},
		{"led by a common noun before the name", "Hamas, led by a Jordanian lawyer, Ana Ruiz, said no.",
			nil, []string{"Ana Ruiz LEADS Hamas"}},
		{"led by a group and a name", "The offensive by Hezbollah led by the Syrian army and President Karim Nasr failed.",
			nil, []string{"Karim Nasr LEADS Hezbollah"}},
		// "<Official> is/remains/became (the) <title> of <Group/Country>"
		{"a post taken", "Spokesman Ana Ruiz spoke on Monday. Ruiz became leader of Hamas in May.",
			[]string{"Ana Ruiz LEADS Hamas"}, nil},
		{"relative clause and a modifier", "Spokesman Ana Ruiz spoke. Ruiz, who is the current head of the State Department, left.",
			[]string{"Ana Ruiz LEADS United States Department of State"}, nil},
		{"remains a member", "Spokesman Ana Ruiz spoke. Ruiz remains a member of Hezbollah.",
			[]string{"Ana Ruiz MEMBER_OF Hezbollah"}, nil},
		{"negated", "Spokesman Ana Ruiz spoke. Ruiz is not the leader of Hamas.",
			nil, []string{"Ana Ruiz LEADS Hamas"}},
		{"a deputy", "Spokesman Ana Ruiz spoke. Ruiz is the deputy leader of Hamas.",
			[]string{"Ana Ruiz MEMBER_OF Hamas"}, []string{"Ana Ruiz LEADS Hamas"}},
		{"a longer name", "Spokesman Ana Ruiz spoke. Ruiz is a member of Hamas Youth Council.",
			nil, []string{"Ana Ruiz MEMBER_OF Hamas"}},
		// "press" between a body and its title
		{"press secretary after a seat", "White House press secretary Ana Ruiz said no.",
			[]string{"Ana Ruiz MEMBER_OF United States"}, nil},
		{"capitalised press secretary after an agency", "State Department Press Secretary Ana Ruiz said no.",
			[]string{"Ana Ruiz MEMBER_OF United States Department of State"}, nil},
		{"press secretary in an apposition", "Ana Ruiz, the White House press secretary, said no.",
			[]string{"Ana Ruiz MEMBER_OF United States"}, nil},
		{"former press secretary", "Former White House press secretary Ana Ruiz said no.",
			nil, []string{"Ana Ruiz MEMBER_OF United States"}},
		// "<actor> <Country> envoy <Name>": the country is the post's place
		{"envoy of an organisation to a place", "UN Syria envoy Ana Ruiz met the rebels.",
			[]string{"Ana Ruiz MEMBER_OF United Nations"}, []string{"Ana Ruiz MEMBER_OF Syria"}},
		{"possessive organisation before the place", "The UN's Iraq envoy, Ana Ruiz, would take part.",
			[]string{"Ana Ruiz MEMBER_OF United Nations"}, []string{"Ana Ruiz MEMBER_OF Iraq"}},
		{"country's envoy for another", "The US Iran envoy Ana Ruiz spoke on Monday.",
			[]string{"Ana Ruiz MEMBER_OF United States"}, []string{"Ana Ruiz MEMBER_OF Iran"}},
		{"a country's own envoy", "Iran envoy Ana Ruiz spoke on Monday.",
			[]string{"Ana Ruiz MEMBER_OF Iran"}, nil},
		{"a country's own ambassador after an organisation", "The UN Iran ambassador Ana Ruiz spoke on Monday.",
			nil, []string{"Ana Ruiz MEMBER_OF United Nations"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := relationStrings(extractText(t, tt.text, "2024-05-01"))
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, got, w)
			}
		})
	}
}

// TestApposedParent checks PART_OF read from an apposition that names a national body's
// country, with a gazetteer of invented bodies.
func TestApposedParent(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian", "Peruvians"}, Capitals: []string{"Lima"}},
			{Code: "CHL", Name: "Chile", Demonyms: []string{"Chilean", "Chileans"}, Capitals: []string{"Santiago"}},
		},
		Groups: []gazetteer.Group{
			{Name: "National Intelligence Directorate of Peru", Subtype: geokg.Agency, Country: "PER", Aliases: []string{"DINI"}, Parent: "country:PER"},
			{Name: "Andina", Subtype: geokg.OtherGroup, Country: "PER"},
			{Name: "Peruvian Armed Forces", Subtype: geokg.Military, Country: "PER", Aliases: []string{"Peruvian military"}},
			{Name: "Peruvian Southern Command", Subtype: geokg.Military, Country: "PER", Aliases: []string{"Southcom"}, Parent: "Peruvian Armed Forces"},
			{Name: "Shining Path", Subtype: geokg.ArmedGroup, Country: "PER"},
		},
	})
	require.NoError(t, err)
	tests := []sentenceCase{
		{"possessive country", "The DINI, Peru's intelligence agency, denied the report.",
			[]string{"National Intelligence Directorate of Peru PART_OF Peru"}, nil},
		{"demonym and modifiers", "Andina, the Peruvian state news agency, reported the visit.",
			[]string{"Andina PART_OF Peru"}, nil},
		{"a body of the country", "The order came from Southcom, the Peruvian military command for the south.",
			[]string{"Peruvian Southern Command PART_OF Peru"}, nil},
		{"the body's name after the phrase", "Peru's intelligence agency, the DINI, denied the report.",
			[]string{"National Intelligence Directorate of Peru PART_OF Peru"}, nil},
		{"the name at the sentence's end", "The visit was reported by the Peruvian state news agency, Andina.",
			[]string{"Andina PART_OF Peru"}, nil},
		{"the name in a list after the phrase", "The Peruvian state news agency, Andina and Southcom reported the visit.",
			nil, []string{"Andina PART_OF Peru"}},
		{"an armed group", "Shining Path, a Peruvian armed group, denied the report.",
			nil, []string{"Shining Path PART_OF Peru"}},
		{"another country", "The DINI, a Chilean intelligence agency, denied the report.",
			nil, []string{"National Intelligence Directorate of Peru PART_OF Peru", "National Intelligence Directorate of Peru PART_OF Chile"}},
		{"a list", "Officials of the DINI, Peru and the national police met on Monday.",
			nil, []string{"National Intelligence Directorate of Peru PART_OF Peru"}},
		{"a company", "Andina, a Peruvian company, reported the visit.",
			nil, []string{"Andina PART_OF Peru"}},
	}
	x := New(g)
	checkCases(t, x, tests, relationStrings, nil)
}

// TestPartyNickname checks that the embedded gazetteer reads a party's nickname adjective
// before a title as the party ("Tory MP Ana Ruiz"), and that the adjective alone names no
// actor of an interaction.
func TestPartyNickname(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []sentenceCase{
		{"nickname before a title", "Tory MP Ana Ruiz tabled the amendment.", []string{"Ana Ruiz MEMBER_OF Conservative Party"}, nil},
		{"nickname after a determiner", "The Tory spokesman Ana Ruiz said no.", []string{"Ana Ruiz MEMBER_OF Conservative Party"}, nil},
		{"nickname in an apposition", "One Tory MP, Ana Ruiz, said no.", []string{"Ana Ruiz MEMBER_OF Conservative Party"}, nil},
		{"another party", "Labour MP Ana Ruiz said no.", nil, []string{"Ana Ruiz MEMBER_OF Conservative Party"}},
	}
	checkCases(t, x, tests, relationStrings, nil)
}

// TestPartyTitles checks "his/her <party>" after one official (LEADS after a prime
// minister's or a party leader's title, else MEMBER_OF) and four readings of a title against a group: "member" is a
// member's title ("Ana Ruiz, a member of Hamas"; not "NATO member Turkey"), an indefinite or
// ranked "leader" is one of the group's leaders (MEMBER_OF), "general secretary" heads the
// group it names (LEADS), and the chair of a body named after the group ("the Tory 1922
// Committee") heads that body, not the group.
func TestPartyTitles(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []sentenceCase{
		{"a senior leader", "Omar Haddad, a senior Hamas leader, spoke in Cairo.", []string{"Omar Haddad MEMBER_OF Hamas"}, []string{"Omar Haddad LEADS Hamas"}},
		{"a ranked leader", "Police arrested Omar Haddad, a top al Qaeda leader in the region.", []string{"Omar Haddad MEMBER_OF al-Qaeda"}, []string{"Omar Haddad LEADS al-Qaeda"}},
		{"senior before the name", "Senior Hamas leader Omar Haddad spoke in Cairo.", []string{"Omar Haddad MEMBER_OF Hamas"}, []string{"Omar Haddad LEADS Hamas"}},
		{"the leader", "Omar Haddad, the Hamas leader, spoke in Cairo.", []string{"Omar Haddad LEADS Hamas"}, nil},
		{"a vehicle carrying the leader", "A car carrying Hamas leader Omar Haddad left Cairo.", []string{"Omar Haddad LEADS Hamas"}, []string{"Omar Haddad MEMBER_OF Hamas"}},
		{"a president stays the head", "A defiant President Omar Haddad of Peru spoke.", []string{"Omar Haddad LEADS Peru"}, []string{"Omar Haddad MEMBER_OF Peru"}},
		{"general secretary of a party", "Li Wei, general secretary of the Chinese Communist Party, visited Peru.", []string{"Li Wei LEADS Chinese Communist Party"}, []string{"Li Wei MEMBER_OF Chinese Communist Party"}},
		{"general secretary before the name", "NATO General Secretary Ana Ruiz spoke.", []string{"Ana Ruiz LEADS NATO"}, []string{"Ana Ruiz MEMBER_OF NATO"}},
		{"chair of a party's committee", "Ana Ruiz, the chair of the Tory 1922 Committee, said no.", []string{"Ana Ruiz MEMBER_OF Conservative Party"}, []string{"Ana Ruiz LEADS Conservative Party"}},
		{"chair of the party", "Ana Ruiz, the chair of the Conservative Party, said no.", []string{"Ana Ruiz LEADS Conservative Party"}, nil},
		{"a member of a group", "Ana Ruiz, a member of Hamas, criticized Chile.", []string{"Ana Ruiz MEMBER_OF Hamas", "Ana Ruiz CONDEMNS Chile"}, []string{"Hamas CONDEMNS Chile"}},
		{"a party member", "Pedro Soto, a Labour member of parliament, condemned Chile.", []string{"Pedro Soto MEMBER_OF Labour Party", "Pedro Soto CONDEMNS Chile"}, []string{"Labour Party CONDEMNS Chile"}},
		{"member before the name", "Hamas member Omar Haddad spoke in Cairo.", []string{"Omar Haddad MEMBER_OF Hamas"}, nil},
		{"a member state is no person", "NATO member Turkey criticized Russia.", []string{"Turkey CONDEMNS Russia", "Turkey MEMBER_OF NATO"}, []string{"NATO CONDEMNS Russia"}},
		{"a senior figure", "Ali Barakat, a senior Hamas figure, praised Chile.", []string{"Ali Barakat MEMBER_OF Hamas", "Ali Barakat SUPPORTS Chile"}, []string{"Hamas SUPPORTS Chile"}},
		{"a figure of a party", "Ana Ruiz, the longtime Labour figure, spoke.", []string{"Ana Ruiz MEMBER_OF Labour Party"}, nil},
		{"a figure as a number", "The Hamas figure of 30 dead could not be verified by Israel.", nil, []string{"Hamas MEMBER_OF Israel"}},
		{"her party after a prime minister", "Prime Minister Ana Ruiz struggled to unite her Conservative Party.", []string{"Ana Ruiz LEADS Conservative Party"}, []string{"Ana Ruiz MEMBER_OF Conservative Party"}},
		{"his party after a president", "President Omar Haddad urged his Republican Party to back the bill.", []string{"Omar Haddad MEMBER_OF Republican Party"}, []string{"Omar Haddad LEADS Republican Party"}},
		{"her party joined to a leader", "Senator Pedro Soto criticized opposition leader Ana Ruiz and her Labour Party.", []string{"Ana Ruiz LEADS Labour Party"}, []string{"Pedro Soto MEMBER_OF Labour Party"}},
		{"his party after two officials", "Senator Pedro Soto met Senator Omar Haddad and praised his Labour Party.", nil, []string{"Pedro Soto MEMBER_OF Labour Party", "Omar Haddad MEMBER_OF Labour Party"}},
		{"a place before the apposition", "Sen. Ana Ruiz of New York, a member of Hamas, spoke.", nil, []string{"York MEMBER_OF Hamas"}},
	}
	checkCases(t, x, tests, relationStrings, nil)
}
