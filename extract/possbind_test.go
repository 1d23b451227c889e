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
// the subject of its own verb (dropOwnObject), while an "it" whose verb has another
// subject still is.
func TestObjectItNotItsSubject(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"it is not the subject of its verb", "Chile signed the pact on Monday. Peru and Bolivia have backed it.",
			nil, []string{"Bolivia SUPPORTS Peru", "Peru SUPPORTS Bolivia"}},
		{"it is not an actor inside the subject", "The parties to the pact, Peru and Bolivia among them, have defended it.",
			nil, []string{"Bolivia SUPPORTS Peru", "Peru SUPPORTS Bolivia"}},
		{"it with another subject", "Bolivia is isolated, and Peru has condemned it.",
			[]string{"Peru CONDEMNS Bolivia"}, nil},
		{"it of an adverbial clause sharing the subject", "Peru first praised Chile, then lambasted it.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"it of a coordinated verb sharing the subject", "Bolivia met Chile in Lima and later lambasted it.",
			nil, []string{"Chile CONDEMNS Bolivia"}},
	})
}

// TestObjectHimInItsSentence checks an object "him" (objectAntecedent): the one person
// named before it in its sentence other than its verb's subject (also through a
// coordinated verb and a relative clause's "who"); none when two are named there, none
// named there (an official of the sentence before is left alone), or its verb's subject
// is no actor.
func TestObjectHimInItsSentence(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"him past the coordinated verb's subject", "President Boric phoned Foreign Minister Pavel Orlov and urged him to withdraw the troops.",
			[]string{"Gabriel Boric DEMANDS Pavel Orlov"}, nil},
		{"him after a verb coordinated with an oblique", "Foreign Minister Pavel Orlov put the blame on President Boric and criticized him for meddling.",
			[]string{"Pavel Orlov CONDEMNS Gabriel Boric"}, nil},
		{"him with a body as subject", "Peruvian lawmakers, who have long opposed President Boric, accused him of lying.",
			[]string{"Peruvian Parliament ACCUSES Gabriel Boric"}, nil},
		{"him in a relative clause", "President Boric thanked the Peruvian lawmakers who backed him.",
			[]string{"Peruvian Parliament SUPPORTS Gabriel Boric"}, nil},
		{"him with two people before it", "Foreign Minister Pavel Orlov met President Boric, and Minister Ruiz then urged him to resign.",
			nil, []string{"Ruiz DEMANDS Pavel Orlov", "Ruiz DEMANDS Gabriel Boric"}},
		{"him of the sentence before", "President Boric arrived in Lima. Foreign Minister Pavel Orlov criticized him.",
			nil, []string{"Pavel Orlov CONDEMNS Gabriel Boric"}},
		{"him whose verb's subject is no actor", "President Boric met Minister Ruiz, and aides urged him to resign.",
			nil, []string{"Gabriel Boric DEMANDS Ruiz", "Ruiz DEMANDS Gabriel Boric"}},
	})
}
