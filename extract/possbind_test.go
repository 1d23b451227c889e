package extract

import "testing"

// TestPronounsBoundByStructure checks the pronouns bound again on the parse
// (bindPronouns): the subject of the clause, or of the clause that governs it, before a
// nearer actor in a prepositional phrase; and the shapes where the nearer actor keeps the
// pronoun. The frames alone read them (WithoutPatterns).
func TestPronounsBoundByStructure(t *testing.T) {
	frames := embeddedExtractor(t).WithoutPatterns()
	checkSentenceCases(t, frames, []sentenceCase{
		{"its after an oblique is the passive subject's", "Peru was suspended from the Andean Pact after its attack on Chile.",
			[]string{"Peru ATTACKS Chile"}, []string{"Andean Community ATTACKS Chile"}},
		{"its in a reason phrase is the passive subject's", "Peru was expelled from the Andean Pact over its attack on Chile.",
			[]string{"Peru ATTACKS Chile"}, []string{"Andean Community ATTACKS Chile"}},
		{"he of a reported clause is the reporter", "Foreign Minister Pavel Orlov said on Monday that after talks with Foreign Minister Mark Stone, he had expelled two Latvian diplomats.",
			[]string{"Pavel Orlov EXPELS Latvia"}, []string{"Mark Stone EXPELS Latvia"}},
		// "their" after a subject of two actors joined by "and": both
		{"their of two subjects", "Chile and Peru reaffirmed their support for Bolivia.",
			[]string{"Chile SUPPORTS Bolivia", "Peru SUPPORTS Bolivia"}, nil},
		{"their of two subjects after an opening phrase", "In a statement, Chile and Peru announced their recognition of Kosovo.",
			[]string{"Chile RECOGNIZES Kosovo", "Peru RECOGNIZES Kosovo"}, nil},
		// the nearer actor keeps the pronoun
		{"its in a reason phrase is the target's", "Peru imposed sanctions on Chile over its attack on Bolivia.",
			[]string{"Chile ATTACKS Bolivia"}, []string{"Peru ATTACKS Bolivia"}},
		{"its hanging under the antecedent", "Peru has quarrels with Bolivia, such as its attack on Chile.",
			[]string{"Bolivia ATTACKS Chile"}, []string{"Peru ATTACKS Chile"}},
		{"he of an adverbial clause", "Foreign Minister Pavel Orlov did not meet with Foreign Minister Mark Stone when he visited Latvia.",
			nil, []string{"Pavel Orlov MEETS Latvia"}},
		{"he in a quotation", "Foreign Minister Pavel Orlov spoke after Foreign Minister Mark Stone. “He condemned Latvia,” Orlov said after talks with Stone.",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
	})
}

// TestObjectItNotItsSubject checks that an object "it" is not read as an actor named in
// the subject of its own verb (dropOwnObjectIt), while an "it" whose verb has another
// subject still is.
func TestObjectItNotItsSubject(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"it is not the subject of its verb", "Chile signed the pact on Monday. Peru and Bolivia have backed it.",
			nil, []string{"Bolivia SUPPORTS Peru", "Peru SUPPORTS Bolivia"}},
		{"it is not an actor inside the subject", "The parties to the pact, Peru and Bolivia among them, have defended it.",
			nil, []string{"Bolivia SUPPORTS Peru", "Peru SUPPORTS Bolivia"}},
		{"it with another subject", "Bolivia is isolated, and Peru has condemned it.",
			[]string{"Peru CONDEMNS Bolivia"}, nil},
	})
}
