package extract

import "testing"

// TestPhraseSubjects checks that an actor named in a phrase of a subject that names no
// actor (a person's place, the object of a participle or relative clause describing
// the person, the name of someone the person is related to) is not the subject of the
// clause: the parser hung it on the verb as a second subject. A subject that is itself
// the actor, a title before its name and coordinated subjects keep their reading.
func TestPhraseSubjects(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a place after the person", "An activist in New Zealand praised President Boric last week.",
			nil, []string{"New Zealand SUPPORTS Gabriel Boric"}},
		{"the object of a participle", "A group of lawmakers visiting Bolivia condemned Peru's decision.",
			nil, []string{"Bolivia CONDEMNS Peru"}},
		{"the object of a relative clause", "A Harvard professor who advised Bolivia accused Peru of lying.",
			nil, []string{"Bolivia ACCUSES Peru"}},
		{"the actor is the subject", "The Peruvian army in the south attacked Bolivia.",
			[]string{"Peruvian Army ATTACKS Bolivia"}, nil},
		{"a title before the name", "The Chilean party leader Gabriel Boric criticised Peru.",
			[]string{"Gabriel Boric CONDEMNS Peru"}, nil},
		{"coordinated subjects", "Chile and Peru condemned Bolivia.",
			[]string{"Chile CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}, nil},
	})
}

// TestRolePeople checks people named by a common noun of their role ("a federal judge",
// "the gunman", "a witness") as the subject of a clause: a "he" or "she" after them is
// theirs, not an official's named before, so that no act of theirs is given to the
// official. A role noun that is a verb ("suspect"), in an object, after a preposition or
// owned ("his lawyer", "Boric's lawyer") leaves the pronoun to the official.
func TestRolePeople(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a judge in the sentence before", "President Boric met Peru's president. A federal judge questioned the deal on Friday. He accused Bolivia of lying.",
			nil, []string{"Gabriel Boric ACCUSES Bolivia"}},
		{"a judge in the same sentence", "President Boric visited Lima. The judge said he would not extradite the suspect, and he criticised Peru.",
			nil, []string{"Gabriel Boric CONDEMNS Peru"}},
		{"a lawyer for another", "President Boric visited Lima. A lawyer for the family said he had met Bolivia's ambassador.",
			nil, []string{"Gabriel Boric MEETS Bolivia"}},
		{"a witness", "President Boric visited Lima. A witness to the attack said he blamed Bolivia.",
			nil, []string{"Gabriel Boric ACCUSES Bolivia"}},
		{"a role in an object", "President Boric told a reporter in Lima that he had criticised Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"a role after a preposition", "President Boric spoke through a lawyer on Friday. He condemned Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"his lawyer", "President Boric spoke on Friday. His lawyer said he condemned Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"a possessor's lawyer", "President Boric spoke on Friday. Boric's lawyer said he condemned Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"suspect as a verb", "President Boric spoke on Friday. Officials suspect he condemned Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
	})
}
