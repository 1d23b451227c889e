package extract

import "testing"

// TestListReferenceNamesTheWholeList checks that "all three countries", "the four nations"
// stand for the list of countries named just before when it is the whole of a list, and
// for no one when a sentence names more countries than the reference counts.
func TestListReferenceNamesTheWholeList(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"all three countries", "Peru, Chile and Ecuador pulled back their troops on Monday. President Arce thanked all three countries for the move.",
			[]string{"Arce SUPPORTS Peru", "Arce SUPPORTS Chile", "Arce SUPPORTS Ecuador"}, nil},
		{"the four nations", "Peru, Chile, Ecuador and Uruguay signed the accord in May. Bolivia criticised the four nations on Friday.",
			[]string{"Bolivia CONDEMNS Peru", "Bolivia CONDEMNS Chile", "Bolivia CONDEMNS Ecuador", "Bolivia CONDEMNS Uruguay"}, nil},
		// must not fire
		{"more countries than the count", "Peru, Chile, Uruguay and Ecuador held talks. Bolivia praised all three countries.",
			nil, []string{"Bolivia SUPPORTS Peru", "Bolivia SUPPORTS Chile", "Bolivia SUPPORTS Uruguay", "Bolivia SUPPORTS Ecuador"}},
		{"fewer countries than the count", "Peru and Chile held talks. Bolivia praised all three countries.",
			nil, []string{"Bolivia SUPPORTS Peru", "Bolivia SUPPORTS Chile"}},
	})
}
