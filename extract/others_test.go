package extract

import "testing"

// TestOthersOfAnActor: a noun naming others by their relation to its possessor ("Peru's
// allies", "Chile's neighbours", "the president's critics") is neither the possessor as
// target nor as doer; a post its holder no longer holds ("Chile's former ambassador")
// speaks for no state; and a departure's "from" phrase is the place left, while the one
// asked to leave is the departure's owner. Sentences written here.
func TestOthersOfAnActor(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"criticized the allies", "President Boric criticized Peru's allies for not paying more.",
			nil, []string{"Gabriel Boric CONDEMNS Peru"}},
		{"assailed the critics", "The Andean Pact assailed President Boric's critics on Monday.",
			nil, []string{"Andean Community CONDEMNS Gabriel Boric"}},
		{"the neighbours as doers", "Bolivia's neighbours criticized Chile on Monday.",
			nil, []string{"Bolivia CONDEMNS Chile"}},
		{"criticized the conduct", "President Boric criticized Peru's handling of the crisis.",
			[]string{"Gabriel Boric CONDEMNS Peru"}, nil},
		{"a former ambassador", "Chile's former ambassador criticized Peru on Monday.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"retired generals", "Chile's retired generals criticized Peru on Monday.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"a serving ambassador", "Chile's ambassador criticized Peru on Monday.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a withdrawal demanded", "The Shining Path is demanding a total Chilean withdrawal from Bolivia.",
			[]string{"Shining Path DEMANDS Chile"}, []string{"Shining Path DEMANDS Bolivia"}},
		{"an apology demanded from", "The Shining Path demanded an apology from Bolivia.",
			[]string{"Shining Path DEMANDS Bolivia"}, nil},
	})
}
