package extract

import "testing"

// TestQuotationSpeakers checks who speaks a quotation whose sentence names no speaker
// beside a reporting verb: a quotation over several paragraphs attributed where it ends,
// the subject of a sentence that goes on ", saying", the one a source "quoted as saying",
// the name in a transcript's header ("..., SAYING:"), the two who open the sentence
// before a joint quotation "they said"; and that "the administration" and
// "the government" inside a quotation are the speaker's own. On sentences written for
// this test.
func TestQuotationSpeakers(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a quotation over paragraphs, attributed at its end", "Chile moved troops to the border.\n\n“We call on Chile to withdraw its troops.\n\n“This is unacceptable,” Bolivian Foreign Minister Ana Ruiz said in a statement.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"three paragraphs", "Chile moved troops to the border.\n\n“We call on Chile to withdraw its troops.\n\n“Our farmers are afraid.\n\n“This is unacceptable,” Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"the subject, saying", "Bolivian Foreign Minister Ana Ruiz followed up, saying, “Our farmers are afraid. We call on Chile to withdraw its troops.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"the subject after an opening phrase, saying", "On Monday, Bolivian Foreign Minister Ana Ruiz spoke in La Paz, saying “Our farmers are afraid. We call on Chile to withdraw its troops.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"quoted as saying", "“We call on Chile to withdraw its troops,” state radio quoted Bolivian Foreign Minister Ana Ruiz as saying.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"was quoted as saying", "“Our farmers are afraid. We call on Chile to withdraw its troops,” Bolivian Foreign Minister Ana Ruiz was quoted as saying.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"a transcript's header", "Chile moved troops to the border.\n\n(SOUNDBITE) (Spanish) SENATOR PEDRO TELLO, SAYING:\n\n\"Our farmers are afraid. We call on Chile to withdraw its troops.\"",
			[]string{"PEDRO TELLO DEMANDS Chile"}, nil},
		{"the government in a quotation", "Chile moved troops to the border. “The government has condemned Chile's threats,” Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Bolivia CONDEMNS Chile"}, nil},
		{"the administration the article called so", "The Bolivian administration protested. The Chilean regime moved troops to the border. “The administration has condemned Chile's threats,” Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Bolivia CONDEMNS Chile"}, nil},
		{"a joint statement, they said", "Chile moved troops to the border.\n\nSenator Pedro Tello and Foreign Minister Ana Ruiz issued a joint statement on Monday. “Our farmers are afraid. We call on Chile to withdraw its troops,” they said.",
			[]string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}, nil},
		{"a joint statement in the next paragraph", "Chile moved troops to the border.\n\nSenator Pedro Tello and Foreign Minister Ana Ruiz issued a joint statement on Monday.\n\n“We call on Chile to withdraw its troops,” they said.",
			[]string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}, nil},
		// must not fire
		{"a quotation closed at its paragraph's end", "Chile moved troops to the border.\n\n“We call on Chile to withdraw its troops.”\n\n“This is unacceptable,” Bolivian Foreign Minister Ana Ruiz said.",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"two speakers where it ends", "Chile moved troops to the border.\n\n“We call on Chile to withdraw its troops.\n\n“This is unacceptable,” Bolivian Foreign Minister Ana Ruiz and Senator Pedro Tello said.",
			nil, []string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
		{"two speakers of one paragraph", "“Our farmers are afraid. We call on Chile to withdraw its troops,” Bolivian Foreign Minister Ana Ruiz and Senator Pedro Tello said.",
			nil, []string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
		{"they said after one subject", "Chile moved troops to the border.\n\nSenator Pedro Tello met Chilean officials on Monday. “Our farmers are afraid. We call on Chile to withdraw its troops,” they said.",
			nil, []string{"Pedro Tello DEMANDS Chile"}},
		{"they said after a pair that is no subject", "Chile moved troops to the border.\n\nOn Monday Senator Pedro Tello and Foreign Minister Ana Ruiz were in Lima. “Our farmers are afraid. We call on Chile to withdraw its troops,” they said.",
			nil, []string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
		{"two subjects, saying", "Bolivian Foreign Minister Ana Ruiz and Senator Pedro Tello spoke in La Paz, saying “Our farmers are afraid. We call on Chile to withdraw its troops.”",
			nil, []string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
		{"saying after an opening clause that names another", "After Peru protested, Senator Pedro Tello spoke in La Paz, saying “Our farmers are afraid. We call on Chile to withdraw its troops.”",
			nil, []string{"Peru DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
		{"quoted as saying, two people", "“We call on Chile to withdraw its troops,” state radio quoted Bolivian Foreign Minister Ana Ruiz and Senator Pedro Tello as saying.",
			nil, []string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
		{"a header after lower-case words", "Chile moved troops to the border.\n\nA reporter asked SENATOR PEDRO TELLO, SAYING:\n\n\"Our farmers are afraid. We call on Chile to withdraw its troops.\"",
			nil, []string{"PEDRO TELLO DEMANDS Chile"}},
		{"the government of a country named as a place", "Chile moved troops to the border. “In Peru the government has condemned Chile's threats,” Bolivian Foreign Minister Ana Ruiz said.",
			nil, []string{"Bolivia CONDEMNS Chile"}},
		{"the administration of a country the article calls none", "Chile moved troops to the border. “The administration has condemned Chile's threats,” Bolivian Foreign Minister Ana Ruiz said.",
			nil, []string{"Bolivia CONDEMNS Chile"}},
		{"the government another named so", "The Chilean government moved troops to the border. “The government has condemned Peru's threats,” Bolivian Foreign Minister Ana Ruiz said.",
			nil, []string{"Bolivia CONDEMNS Peru"}},
		{"the government, by a speaker of no known country", "Chile moved troops to the border. “The government has condemned Peru's threats,” Senator Pedro Tello said.",
			nil, []string{"Peru CONDEMNS Peru", "Bolivia CONDEMNS Peru", "Chile CONDEMNS Peru"}},
	})
}

// TestReportedThenQuoted checks that a quotation opening the sentence right after one
// that reports someone's words without quoting them ("Ruiz said Bolivia would not
// yield.") is that speaker's, in the same paragraph or the next, and not when the
// quotation's sentence names another actor or the report is further back or has two
// speakers. On sentences written for this test.
func TestReportedThenQuoted(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the sentence before reports her words", "Chile moved troops to the border. Bolivian Foreign Minister Ana Ruiz said Bolivia would not yield. “We call on Chile to withdraw its troops.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"the quotation opens the next paragraph", "Chile moved troops to the border.\n\nBolivian Foreign Minister Ana Ruiz said on Monday that her country would not yield.\n\n“We call on Chile to withdraw its troops.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"a quotation over two sentences", "Chile moved troops to the border. Bolivian Foreign Minister Ana Ruiz told reporters that Bolivia would not yield. “Our farmers are afraid. I call on Chile to withdraw its troops.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"a pronoun reports", "Chile moved troops to the border. Bolivian Foreign Minister Ana Ruiz spoke in La Paz. She said Bolivia would not yield. “We call on Chile to withdraw its troops.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		// must not fire
		{"the quotation's sentence names another", "Chile moved troops to the border. Bolivian Foreign Minister Ana Ruiz said Bolivia would not yield. “Should we call on Chile to withdraw its troops?” asked Senator Pedro Tello.",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"two speakers report", "Chile moved troops to the border. Bolivian Foreign Minister Ana Ruiz and Senator Pedro Tello said Bolivia would not yield. “We call on Chile to withdraw its troops.”",
			nil, []string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
		{"a sentence between", "Bolivian Foreign Minister Ana Ruiz said Bolivia would not yield. Chile moved troops to the border. “We call on Chile to withdraw its troops.”",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"the quotation does not open its sentence", "Chile moved troops to the border. Bolivian Foreign Minister Ana Ruiz said Bolivia would not yield. Posters read “we call on Chile to withdraw its troops.”",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
	})
}

// TestAfterQuoteVerbs checks that a less common verb of speech attributes a quotation
// right after it ends or right before it opens ("“...?” asked Senator Tello", "Ruiz
// answered bluntly: “...”"), and not where it takes an object or a clause. On sentences
// written for this test.
func TestAfterQuoteVerbs(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"countered after the quotation", "Chile moved troops to the border. “Peru is afraid,” President Luis Vega of Peru said. “We call on Chile to withdraw its troops,” countered Bolivian Foreign Minister Ana Ruiz.",
			[]string{"Ana Ruiz DEMANDS Chile"}, []string{"Luis Vega DEMANDS Chile", "Peru DEMANDS Chile"}},
		{"testified after the quotation", "Chile moved troops to the border. “We call on Chile to withdraw its troops,” Bolivian Foreign Minister Ana Ruiz testified.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"adds in the present", "Chile moved troops to the border. “Our farmers are afraid. We call on Chile to withdraw its troops,” the Bolivian foreign minister, Ana Ruiz, adds.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"answered before the quotation", "Chile moved troops to the border. Bolivian Foreign Minister Ana Ruiz answered bluntly: “We call on Chile to withdraw its troops.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		// must not fire
		{"asked with an object", "Chile moved troops to the border. “We call on Chile to withdraw its troops,” President Luis Vega of Peru said after Senator Pedro Tello asked Bolivia to mediate.",
			nil, []string{"Pedro Tello DEMANDS Chile"}},
	})
}

// TestFirstPersonSingular checks that a quotation's "I" stands for its speaker only when
// the speaker is a person: the one who speaks for a country, a body or a party, or tells
// a body, is not named. "We" stays the speaking body's. On sentences written for this
// test.
func TestFirstPersonSingular(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"an official's I", "Chile moved troops to the border. “I call on Chile to withdraw its troops,” Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"a government's we", "Chile moved troops to the border. “We call on Chile to withdraw its troops,” Bolivia said in a statement.",
			[]string{"Bolivia DEMANDS Chile"}, nil},
		// must not fire
		{"an unnamed person tells a government", "Chile moved troops to the border. “I call on Chile to withdraw its troops,” a Bolivian farmer told the Peruvian government.",
			nil, []string{"Peru DEMANDS Chile", "Bolivia DEMANDS Chile"}},
	})
}

// TestContractedPronouns checks that a quotation's "we" or "I", a "they", "he" or "she"
// read as one token with a contraction ("We're", "we've", "I'm", "they're", "he'll",
// "she'd"; straight or curly apostrophe) stand for whom the bare pronoun would, and that a contraction of another
// pronoun or word ("you're", "it's", "we'd" outside a quotation) stands for no one. On
// sentences written for this test.
func TestContractedPronouns(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"we're, curly", "“We’re calling on Chile to withdraw its troops,” Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"we're, straight", "\"We're calling on Chile to withdraw its troops,\" Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"we've", "“We’ve urged Chile to withdraw its troops,” Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"I'm", "“I’m very critical of Chile for its threats,” Bolivian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
		{"they're, a group named in the plural", "The Houthis issued a statement on Monday. They’re calling on Chile to withdraw its troops.",
			[]string{"Houthi movement DEMANDS Chile"}, nil},
		{"he'll, an official before", "President Gabriel Boric spoke in Santiago on Monday. He’ll impose sanctions on Peru if the talks fail, he told reporters.",
			[]string{"Gabriel Boric THREATENS Peru"}, nil},
		{"she'd, an official before", "Foreign Minister Ana Ruiz spoke in La Paz on Monday. She said she’d impose sanctions on Peru if the talks failed.",
			[]string{"Ana Ruiz THREATENS Peru"}, nil},
		// must not fire
		{"he'll with no official before", "Chile's economy is weak. He’ll impose sanctions on Peru if the talks fail, he told reporters.",
			nil, []string{"Chile THREATENS Peru", "Chile SANCTIONS Peru"}},
		{"he'll, a future no one tells, is no act done", "President Gabriel Boric spoke in Santiago on Monday. He’ll impose sanctions on Peru next week.",
			nil, []string{"Gabriel Boric SANCTIONS Peru"}},
		{"you're", "“You’re calling on Chile to withdraw its troops,” Bolivian Foreign Minister Ana Ruiz said.",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"we're outside a quotation", "Bolivian Foreign Minister Ana Ruiz spoke on Monday. We’re calling on Chile to withdraw its troops.",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"we're of another speaker", "“We’re calling on Chile to withdraw its troops,” a protester told Bolivian Foreign Minister Ana Ruiz and Senator Pedro Tello.",
			nil, []string{"Ana Ruiz DEMANDS Chile", "Pedro Tello DEMANDS Chile"}},
	})
}
