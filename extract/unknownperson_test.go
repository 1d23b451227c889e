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
