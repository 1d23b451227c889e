package extract

import (
	"testing"
)

// Office titles the title list lacked before: a governor's abbreviation, counsels, an
// inspector general, before the name or in apposition after it; a later surname is the
// same person. A capitalised word after such a title that goes on into a law's or an
// institution's name is no person, and "New Mexico" is no Mexico.
func TestOfficeTitles(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "governor abbreviation", text: "Peru's Gov. Ana Ruiz met President Boric. Ruiz accused Bolivia of lying.",
			want: []string{"Ana Ruiz MEMBER_OF Peru", "Ana Ruiz MEETS Gabriel Boric", "Ana Ruiz ACCUSES Bolivia"}},
		{name: "general counsel in apposition", text: "Ana Ruiz, the Andean Pact's general counsel, criticised Chile. Later, Ruiz accused Bolivia of lying.",
			want: []string{"Ana Ruiz MEMBER_OF Andean Community", "Ana Ruiz CONDEMNS Chile", "Ana Ruiz ACCUSES Bolivia"}},
		{name: "inspector general", text: "Peruvian Inspector General Marta Lopez accused Chile of fraud.",
			want: []string{"Marta Lopez MEMBER_OF Peru", "Marta Lopez ACCUSES Chile"}},
		{name: "special counsel", text: "Special Counsel Luis Mora accused Chile of spying.",
			want: []string{"Luis Mora ACCUSES Chile"}},
		{name: "executive director of a group leads it", text: "Pedro Vidal, executive director of the Andean Center, accused Chile of lying.",
			want: []string{"Pedro Vidal LEADS Andean Center", "Pedro Vidal ACCUSES Chile"}, never: []string{"Pedro Vidal MEMBER_OF Andean Center"}},
		{name: "a law named after the post", text: "Chile backed the Special Counsel Independence and Integrity Act, and Peru criticised Chile.",
			never: []string{"Independence CONDEMNS Chile"}},
		{name: "an institution after the post", text: "Ana Ruiz, Chief Counsel for the Andean Center, accused Chile of lying.",
			want: []string{"Ana Ruiz ACCUSES Chile"}, never: []string{"Center ACCUSES Chile"}},
		{name: "a place named after a country", text: "New Mexico Gov. Ana Ruiz criticised Chile.",
			want: []string{"Ana Ruiz CONDEMNS Chile"}, never: []string{"Ana Ruiz MEMBER_OF Mexico"}},
		{name: "state councilor", text: "Chinese State Councilor Li Wenhao met President Boric in Lima.",
			want: []string{"Li Wenhao MEMBER_OF China", "Li Wenhao MEETS Gabriel Boric"}},
		{name: "spiritual leader of a group leads it", text: "The Shining Path's spiritual leader, Pedro Vidal, condemned Chile.",
			want: []string{"Pedro Vidal LEADS Shining Path", "Pedro Vidal CONDEMNS Chile"}},
		{name: "associate director of a group is a member", text: "Ana Lopez, associate director of the Andean Center, accused Chile of lying.",
			want: []string{"Ana Lopez MEMBER_OF Andean Center", "Ana Lopez ACCUSES Chile"}, never: []string{"Ana Lopez LEADS Andean Center"}},
		{name: "a council is no councilor", text: "The Andean Council met President Boric in Lima.",
			never: []string{"Council MEETS Gabriel Boric"}},
	}, relationStrings, nil)
}

// A national post named with no country ("Attorney General Ana Ruiz") serves the state
// the article is about, when every official of a known country it names serves that
// state and the sentence names no other before the post (or none at all, for a
// minister's post).
func TestNationalPostWithoutCountry(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "cabinet titles in a one-state article",
			text: "President Boric said on Monday that Chile would not change course. Defense Secretary Carlos Soto said Chile would hold talks. Interior Minister Julia Paz said the plan stood.",
			want: []string{"Carlos Soto MEMBER_OF Chile", "Julia Paz MEMBER_OF Chile"}},
		{name: "attorney general", text: "President Boric said on Monday that Chile would not change course. Attorney General Ana Ruiz said the plan stood.",
			want: []string{"Ana Ruiz MEMBER_OF Chile"}},
		{name: "posts that end the title", text: "President Boric said on Monday that Chile would not change course. Acting Director of National Intelligence Ana Ruiz said the plan stood. Deputy National Security Adviser Luis Soto agreed.",
			want: []string{"Ana Ruiz MEMBER_OF Chile", "Luis Soto MEMBER_OF Chile"}},
		{name: "a national security adviser of a named state", text: "President Boric said on Monday that Chile would not change course. Peru's national security adviser Ana Ruiz disagreed.",
			want: []string{"Ana Ruiz MEMBER_OF Peru"}, never: []string{"Ana Ruiz MEMBER_OF Chile"}},
		// another state's official in the article, another country in the sentence, an
		// opposition post, kin of the post or a sub-national post leave the state open
		{name: "two states' officials", text: "President Boric said on Monday that Chile would not change course. Bolivia's President Luis Arce disagreed. Attorney General Ana Ruiz said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile", "Ana Ruiz MEMBER_OF Bolivia"}},
		// servedState: most of the article's officials serve one state
		{name: "most officials serve one state", text: "President Boric said on Monday that Chile would not change course. Chile's Interior Minister Julia Paz agreed. Bolivia's President Luis Arce disagreed. Attorney General Ana Ruiz said the plan stood.",
			want: []string{"Ana Ruiz MEMBER_OF Chile"}, never: []string{"Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "most officials serve one state, one of them in the sentence", text: "Bolivia's President Luis Arce disagreed. President Boric said on Monday that Chile would not change course. Chile's Interior Minister Julia Paz agreed. Deputy Attorney General Ana Ruiz told President Boric the plan stood.",
			want: []string{"Ana Ruiz MEMBER_OF Chile"}, never: []string{"Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "most officials serve one state, the other named in the sentence", text: "President Boric said on Monday that Chile would not change course. Chile's Interior Minister Julia Paz agreed. Bolivia's President Luis Arce disagreed. Attorney General Ana Ruiz met President Luis Arce.",
			never: []string{"Ana Ruiz MEMBER_OF Chile", "Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "most officials serve one state, another the article's own", text: "Bolivia closed its border on Monday. Bolivia said the border would stay shut, and Bolivia sent troops. President Boric said Chile would not change course. Chile's Interior Minister Julia Paz agreed. Bolivia's President Luis Arce disagreed. Attorney General Ana Ruiz said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile", "Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "every official serves one state, another the article's own", text: "Bolivia closed its border on Monday. Bolivia said the border would stay shut, and Bolivia sent troops. President Boric said Chile would not change course. Chile's Interior Minister Julia Paz agreed. Attorney General Ana Ruiz said the plan stood.",
			want: []string{"Ana Ruiz MEMBER_OF Chile"}, never: []string{"Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "officials of two states, two each", text: "President Boric said on Monday that Chile would not change course. Chile's Interior Minister Julia Paz agreed. Bolivia's President Luis Arce disagreed, as did Bolivia's Foreign Minister Pedro Vidal. Attorney General Ana Ruiz said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile", "Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "another country in the sentence, before the post", text: "President Boric said on Monday that Chile would not change course. After Bolivia's complaint, Attorney General Ana Ruiz said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile", "Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "another country after a minister's post", text: "President Boric said on Monday that Chile would not change course. Justice Minister Ana Ruiz told Bolivian radio the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile", "Ana Ruiz MEMBER_OF Bolivia"}},
		// postStart: a country named after a secretary's, attorney's, adviser's or
		// director's post and its holder is what he acts on or where
		{name: "another country after the post", text: "President Boric said on Monday that Chile would not change course. Attorney General Ana Ruiz accused Bolivia of spying.",
			want: []string{"Ana Ruiz ACCUSES Bolivia", "Ana Ruiz MEMBER_OF Chile"}, never: []string{"Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "a titled speaker closing the sentence", text: "President Boric said on Monday that Chile would not change course. Bolivia's spies hacked the ministry's servers, Attorney General Ana Ruiz said on Tuesday.",
			want: []string{"Ana Ruiz MEMBER_OF Chile"}, never: []string{"Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "a titled speaker after the verb", text: "President Boric said on Monday that Chile would not change course. “Bolivia must answer for this,” said Defense Secretary Pedro Vidal.",
			want: []string{"Pedro Vidal MEMBER_OF Chile"}, never: []string{"Pedro Vidal MEMBER_OF Bolivia"}},
		{name: "a titled speaker of a clause of his own", text: "President Boric said on Monday that Chile would not change course. Bolivia's spies hacked the servers, and Attorney General Ana Ruiz ordered an inquiry.",
			never: []string{"Ana Ruiz MEMBER_OF Chile", "Ana Ruiz MEMBER_OF Bolivia"}},
		{name: "another country after the post, most officials serve one state", text: "President Boric said on Monday that Chile would not change course. Chile's Interior Minister Julia Paz agreed. Bolivia's President Luis Arce disagreed. Defense Secretary Pedro Vidal flew to Bolivia on Monday.",
			want: []string{"Pedro Vidal MEMBER_OF Chile"}, never: []string{"Pedro Vidal MEMBER_OF Bolivia"}},
		{name: "another country's body in the sentence", text: "President Boric said on Monday that Chile would not change course. The State Department, then led by Secretary of State Ana Ruiz, rejected the plan.",
			want: []string{"Ana Ruiz LEADS United States Department of State"}, never: []string{"Ana Ruiz MEMBER_OF Chile"}},
		{name: "no official of a known state", text: "Chile would not change course. Attorney General Ana Ruiz said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile"}},
		{name: "a shadow post", text: "President Boric said Chile would not change course. The shadow foreign secretary Ana Ruiz said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile"}},
		{name: "the post's kin", text: "President Boric said Chile would not change course. Ana Ruiz, the Attorney General's wife, said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile"}},
		{name: "a sub-national post", text: "President Boric said Chile would not change course. Valparaiso Attorney General Ana Ruiz said the plan stood.",
			never: []string{"Ana Ruiz MEMBER_OF Chile"}},
	}, relationStrings, nil)
}

// The bare "Secretary" after a state department's name heads the department and is a
// member of the state ("US Treasury Secretary Ana Ruiz"), not of the department as its
// staff are; a spokesman's, press secretary's or under secretary's title stays with the
// department. The secretary's own department stays his side: no interaction with it.
func TestDepartmentSecretary(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "department short name", text: "US Treasury Secretary Ana Ruiz criticised Chile on Monday.",
			want: []string{"Ana Ruiz MEMBER_OF United States", "Ana Ruiz CONDEMNS Chile"}, never: []string{"Ana Ruiz MEMBER_OF United States Department of the Treasury"}},
		{name: "department full name", text: "Department of Health and Human Services Secretary Luis Soto met Peru's envoy.",
			want: []string{"Luis Soto MEMBER_OF United States"}, never: []string{"Luis Soto MEMBER_OF Department of Health and Human Services"}},
		{name: "a spokesman of the department", text: "US Treasury spokesman Luis Soto criticised Chile on Monday.",
			want: []string{"Luis Soto MEMBER_OF United States Department of the Treasury"}, never: []string{"Luis Soto MEMBER_OF United States"}},
		{name: "a press secretary of the department", text: "Pentagon Press Secretary Ana Ruiz criticised Chile on Monday.",
			want: []string{"Ana Ruiz MEMBER_OF United States Department of Defense"}, never: []string{"Ana Ruiz MEMBER_OF United States"}},
		{name: "an under secretary of the department", text: "US Treasury Under Secretary Pedro Vidal criticised Chile on Monday.",
			never: []string{"Pedro Vidal MEMBER_OF United States"}},
		{name: "the secretary's own department is no party", text: "US Treasury Secretary Ana Ruiz met with Treasury Department officials on Monday.",
			want: []string{"Ana Ruiz MEMBER_OF United States"}, never: []string{"Ana Ruiz MEETS United States Department of the Treasury"}},
		{name: "nor is it when praised", text: "US Treasury Secretary Ana Ruiz praised the Treasury Department for its work.",
			never: []string{"Ana Ruiz SUPPORTS United States Department of the Treasury"}},
		{name: "another department is", text: "US Treasury Secretary Ana Ruiz praised the Defense Department for its work.",
			want: []string{"Ana Ruiz SUPPORTS United States Department of Defense"}},
	}, relationStrings, nil)
}

// A legislator's party-and-state tag between the titled name and an apposition or a
// relative clause ("Sen. Ana Ruiz, D-Calif., chairman of ...", "Sen. Ana Ruiz (D-Calif.),
// who chairs ...") leaves the post hers; a panel of the chamber she chairs makes her a
// member of the chamber, not its head.
func TestPostAfterPartyTag(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "apposition after a comma tag", text: "The United States acted. Sen. Ana Ruiz, D-Calif., chairman of the Senate Intelligence Committee, criticised Peru.",
			want: []string{"Ana Ruiz LEADS Senate Intelligence Committee", "Ana Ruiz CONDEMNS Peru"}},
		{name: "apposition after a bracketed tag", text: "The United States acted. Rep. Luis Soto (R-Texas), the chair of the House Judiciary Committee, criticised Peru.",
			want: []string{"Luis Soto LEADS House Judiciary Committee"}},
		{name: "relative clause after a bracketed tag", text: "The United States acted. Sen. Julia Paz (D-Calif.), who chairs the Senate Intelligence Committee, criticised Peru.",
			want: []string{"Julia Paz LEADS Senate Intelligence Committee"}},
		{name: "a member after the tag", text: "The United States acted. Rep. Marta Lopez, R-Ala., a member of the House Judiciary Committee, criticised Chile.",
			want: []string{"Marta Lopez MEMBER_OF House Judiciary Committee"}, never: []string{"Marta Lopez LEADS House Judiciary Committee"}},
		{name: "a panel of the chamber", text: "The Senate and Congress acted. \"They misled us,\" said Sen. Pedro Vidal, R-Ohio, who chairs the Senate panel that held the inquiry.",
			never: []string{"Pedro Vidal LEADS United States Senate"}},
		{name: "the tag of another name", text: "The United States acted. A letter by Sen. Ana Ruiz, D-Calif., and Rep. Luis Soto, chairman of the House Judiciary Committee, criticised Peru.",
			want: []string{"Luis Soto LEADS House Judiciary Committee"}, never: []string{"Ana Ruiz LEADS House Judiciary Committee"}},
	}, relationStrings, nil)
}

// A head of state or government the gazetteer has in office on the article's date,
// named with "of" and her own country ("Gabriel Boric of Chile"), leads it; not another
// country, a possessive after the country, nor a name the text titles as another body's.
func TestHeadNamedWithCountry(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "head of state with country", text: "Leaders, among them Gabriel Boric of Chile, criticised Peru.",
			want: []string{"Gabriel Boric LEADS Chile"}},
		{name: "another country", text: "Gabriel Boric of Peru fame criticised Bolivia.",
			never: []string{"Gabriel Boric LEADS Peru"}},
		{name: "a body of the country after", text: "Gabriel Boric of Chile's ruling coalition criticised Peru.",
			never: []string{"Gabriel Boric LEADS Chile"}},
		{name: "another body's post", text: "Peru hosted Andean Pact President Gabriel Boric of Chile.",
			never: []string{"Gabriel Boric LEADS Chile"}},
	}, relationStrings, nil)
}

// A post in apposition after "then" is the one the person held at the time of the
// events ("Ana Ruiz, then the Peruvian spokesman,"), and a group "then led by" an
// official is led by him.
func TestPostHeldThen(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "then the post", text: "Pedro Vidal, then the Peruvian national security spokesman, criticised Chile.",
			want: []string{"Pedro Vidal MEMBER_OF Peru", "Pedro Vidal CONDEMNS Chile"}},
		{name: "then without article", text: "The draft went to Pedro Vidal, then Peru's deputy foreign minister, on Monday.",
			want: []string{"Pedro Vidal MEMBER_OF Peru"}},
		{name: "then led by", text: "The State Department, then led by Secretary of State Pedro Vidal, rejected Chile's request.",
			want: []string{"Pedro Vidal LEADS United States Department of State"}},
		// "then" that opens a clause is no apposition
		{name: "then a clause", text: "Pedro Vidal met them, then the Peruvian spokesman left.",
			never: []string{"Pedro Vidal MEMBER_OF Peru"}},
	}, relationStrings, nil)
}

// An aide named by the head of state or government he serves ("Ana Ruiz, an adviser to
// President Boric", "a spokesman for Mr. Boric") is MEMBER_OF the head's country.
func TestAideOfAHead(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "adviser to a president", text: "Carlos Soto, a senior adviser to President Boric, criticised Bolivia.",
			want: []string{"Carlos Soto MEMBER_OF Chile", "Carlos Soto CONDEMNS Bolivia"}},
		{name: "spokesman for an honorific", text: "Carlos Soto, a spokesman for Mr. Boric, said Bolivia was lying.",
			want: []string{"Carlos Soto MEMBER_OF Chile"}},
		{name: "adviser to a senator", text: "Carlos Soto, an adviser to Senator Julia Paz, criticised Bolivia.",
			never: []string{"Carlos Soto MEMBER_OF Chile", "Carlos Soto MEMBER_OF United States"}},
		{name: "adviser to a former head", text: "Carlos Soto, an adviser to former President Boric, criticised Bolivia.",
			never: []string{"Carlos Soto MEMBER_OF Chile"}},
	}, relationStrings, nil)
}

// TestPossessedTitleOfTwoHeads: a country's head title without a name ("Peru's
// president") is the one of the article's heads of that country whose own title it is,
// when the country has two heads (a president and a prime minister); with two holders of
// the very title, nobody. Sentences written here.
func TestPossessedTitleOfTwoHeads(t *testing.T) {
	x := embeddedExtractor(t)
	intro := "Peruvian Prime Minister Ana Quiroga-Salas met Peruvian President Tomas Vidal-Soto in Lima on Monday. "
	checkSentenceCases(t, x, []sentenceCase{
		{"the president", intro + "Chile praised Peru's president on Tuesday.",
			[]string{"Chile SUPPORTS Tomas Vidal-Soto"}, []string{"Chile SUPPORTS Ana Quiroga-Salas"}},
		{"the prime minister", intro + "Chile praised Peru's prime minister on Tuesday.",
			[]string{"Chile SUPPORTS Ana Quiroga-Salas"}, []string{"Chile SUPPORTS Tomas Vidal-Soto"}},
		{"a head title neither holds", intro + "Chile praised Peru's leader on Tuesday.",
			nil, []string{"Chile SUPPORTS Tomas Vidal-Soto", "Chile SUPPORTS Ana Quiroga-Salas"}},
	})
}
