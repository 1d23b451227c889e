package extract

import "testing"

// TestNamedPeople checks the people namedPeople reads (named in full with no title, then
// by the family name alone) and what untitledAct and accusedNoun keep them out of.
func TestNamedPeople(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		// must fire: an untitled person acts and is acted on
		{name: "a leaker given asylum", text: "Maria Ruiz leaked the files in May. Bolivia has offered asylum to Ruiz. Ruiz thanked the people of Bolivia.",
			want: []string{"Bolivia HOSTS Maria Ruiz"}},
		{name: "a state charges an untitled person", text: "Pedro Soto fled to Lima in June. Chile charged Soto with espionage last month. Soto denies the charges.",
			want: []string{"Chile ACCUSES Pedro Soto"}},
		{name: "an untitled person urges a state", text: "Maria Campos runs a charity in Lima. Campos urged Peru to free the prisoners. Campos spoke on Monday.",
			want: []string{"Maria Campos DEMANDS Peru"}},
		// must not fire: what an untitled person takes no part in
		{name: "a commentator is no actor", text: "Peru is arming the rebels, said terrorism analyst Jorge Paz. Paz has studied the region for years. Paz lives in Lima.",
			never: []string{"Jorge Paz ACCUSES Peru"}},
		{name: "an untitled speaker's claim", text: "Jorge Paz wrote a book on Peru. \"The Chileans are harassing our boats,\" said Paz. Paz lives in Lima.",
			never: []string{"Jorge Paz ACCUSES Chile"}},
		{name: "told is no meeting with an untitled person", text: "Pedro Soto wrote a book. President Boric told Soto that the talks would go on. Soto agreed.",
			never: []string{"Gabriel Boric MEETS Pedro Soto", "Pedro Soto MEETS Gabriel Boric"}},
		{name: "a raid is no attack", text: "Pedro Soto worked in Lima. The FBI raided Soto's flat on Monday. Soto was not there.",
			never: []string{"Federal Bureau of Investigation ATTACKS Pedro Soto"}},
		{name: "no threat of an untitled person", text: "Ana Ruiz was called to testify. The White House says it will fight the Ruiz subpoena. Ruiz declined to comment.",
			never: []string{"United States THREATENS Ana Ruiz"}},
		{name: "work with an agency is a job", text: "Pedro Soto studied in Lima. Soto later worked with the CIA. Soto left in May.",
			never: []string{"Pedro Soto COOPERATES_WITH Central Intelligence Agency"}},
		{name: "no sanctions by an untitled person", text: "Maria Ruiz ran a fund in Lima. Ruiz was key to the US imposing sanctions on Chile. Ruiz denied it.",
			never: []string{"Maria Ruiz SANCTIONS Chile"}},
		{name: "a private visit", text: "Pedro Soto was a student. Soto was a student visiting Chile in May when he was arrested. Soto died in June.",
			never: []string{"Pedro Soto MEETS Chile"}},
		{name: "accused as an adjective", text: "The FBI put accused bomber Maria Ruiz on its list on Monday. Ruiz may be in Chile. Ruiz is tall.",
			never: []string{"Federal Bureau of Investigation ACCUSES Maria Ruiz"}},
	}, relationStrings, nil)
}
