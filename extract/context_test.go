package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/geokg/geokg"
)

// TestStatementsKeepTheirContext: each relation carries the sentences just before and
// after its own, and the extraction the text its offsets refer to.
func TestStatementsKeepTheirContext(t *testing.T) {
	const text = "Tirana said on Wednesday it had evidence.\n\nAlbania cut diplomatic ties with Iran over the cyberattack.\n\nThe decision was unavoidable, Rama said."
	ex := extractText(t, text, "2022-09-07")
	if ex.Article.Text != text {
		t.Fatalf("Article.Text = %q, want the text read", ex.Article.Text)
	}
	found := false
	for _, r := range ex.Relations {
		if text[r.Start:r.End] != r.Evidence {
			t.Errorf("%s %s %s: offsets %d:%d do not give the sentence", r.Subject, r.Type, r.Object, r.Start, r.End)
		}
		if strings.Contains(r.Evidence, "cut diplomatic ties") {
			found = true
			if r.Before != "Tirana said on Wednesday it had evidence." || r.After != "The decision was unavoidable, Rama said." {
				t.Errorf("context of %q: before %q, after %q", r.Evidence, r.Before, r.After)
			}
		}
	}
	if !found {
		t.Fatalf("no relation read from the middle sentence: %+v", ex.Relations)
	}
}

// TestActAntecedents checks reactions to an act named by a noun without its author ("the
// move", "the decision"): the author is the one the article named with the same noun
// before ("Ruiz's move"), as named, on sentences written for this test.
func TestActAntecedents(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"the move is the one named with its author", "Chilean President Ana Ruiz's move to restore ties with Peru surprised many. Bolivian President Luis Arce praised the move on Monday.",
			[]string{"Luis Arce SUPPORTS Ana Ruiz"}, []string{"Luis Arce SUPPORTS Chile"}},
		{"the decision by X", "The decision by Japan to lift the tariffs came on Monday. China welcomed the decision.",
			[]string{"China SUPPORTS Japan"}, nil},
		{"the operation of a country, past other acts", "Turkey's military operation in Syria began on Wednesday. Kurdish fighters held the border town. Germany condemned the operation.",
			[]string{"Germany CONDEMNS Turkey"}, []string{"Germany CONDEMNS Syria"}},
		// not: the subject of a verb before the noun, an attack's possessor, another noun
		{"a subject is no author", "Peru's president Luis Arce expected the embargo to end. Chile criticised the embargo.",
			nil, []string{"Chile CONDEMNS Luis Arce", "Chile CONDEMNS Peru"}},
		{"an attack's possessor may be its place", "It was France's deadliest attack in decades. Germany condemned the attack on Wednesday.",
			nil, []string{"Germany CONDEMNS France"}},
		{"an indefinite noun is a new act", "The resolution drafted by France was passed on Monday. Russia later vetoed a similar resolution.",
			nil, []string{"Russia REJECTS France"}},
		{"a country before sanctions is their target", "The Russia sanctions were tightened on Monday. Hungary criticised the sanctions.",
			nil, []string{"Hungary CONDEMNS Russia"}},
		{"another noun is another act", "Japan's decision to lift the tariffs came on Monday. China welcomed the move.",
			nil, []string{"China SUPPORTS Japan"}},
	})
}

// TestActAntecedentExplained: a frame's target found through an earlier noun says which
// phrase named it.
func TestActAntecedentExplained(t *testing.T) {
	x := embeddedExtractor(t).WithoutPatterns()
	ex, err := x.Extract(context.Background(), "Turkey's military operation in Syria began on Wednesday. German Chancellor Olaf Scholz condemned the operation.", geokg.Article{Published: "2024-05-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ex.Relations {
		if r.Type == geokg.Condemns && r.Object == geokg.EntityID(geokg.KindCountry, "TUR") {
			if !strings.Contains(r.Path, "target from the article (Turkey's military operation)") {
				t.Errorf("path %q does not name the antecedent", r.Path)
			}
			return
		}
	}
	t.Fatalf("no Olaf Scholz CONDEMNS Turkey: %+v", ex.Relations)
}

// TestDenialAnswersItsAccusation checks which accusation a denial without its accuser
// answers: the latest, unless an earlier one shares more of its words, on sentences
// written for this test.
func TestDenialAnswersItsAccusation(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the accusation the denial repeats", "The United States accused Iran of building a secret base near the border. Britain accused Iran of arming Hamas. Iran denied building any secret base.",
			[]string{"Iran DENIES United States"}, []string{"Iran DENIES United Kingdom"}},
		{"else the latest", "The United States accused Iran of building a secret base. Britain accused Iran of arming Hamas. Iran denied the charge on Tuesday.",
			[]string{"Iran DENIES United Kingdom"}, []string{"Iran DENIES United States"}},
		{"one shared word is not enough", "The United States accused Iran of building a base. Britain accused Iran of arming Hamas. Iran denied building anything.",
			[]string{"Iran DENIES United Kingdom"}, []string{"Iran DENIES United States"}},
		// a claim reported just before, when nobody accused the denier
		{"a reported claim", "Israel says Iran armed Hamas last year. Iran denies this.",
			[]string{"Iran DENIES Israel"}, nil},
		{"a reported claim with that", "Officials in Peru said on Monday that Chile had sent troops to the border. Chile denied it.",
			[]string{"Chile DENIES Peru"}, nil},
		{"a claim by one's own side is no accusation", "Iran's foreign minister said Iran had armed Hamas. Tehran later denied it.",
			nil, []string{"Iran DENIES Iran"}},
		{"a claim about another is not denied", "Israel says Syria armed Hamas. Iran denies this.",
			nil, []string{"Iran DENIES Israel"}},
		{"a claim three sentences before is too far", "Israel says Iran armed Hamas. The talks went on. The envoys met in Cairo. Iran denies this.",
			nil, []string{"Iran DENIES Israel"}},
		{"testimony told is no claim", "Israel told investigators that Iran had armed Hamas. Iran denied it.",
			nil, []string{"Iran DENIES Israel"}},
		{"other reports are not the claim", "Israel says Iran armed Hamas. Iran denied so many news reports.",
			nil, []string{"Iran DENIES Israel"}},
		{"neither confirmed nor denied", "Israel says Iran armed Hamas. Iran and Syria have neither confirmed nor denied this.",
			nil, []string{"Iran DENIES Israel", "Syria DENIES Israel"}},
		{"all who accused together", "Chile, Peru and Bolivia accused Brazil of spying on their navies. Brazil denied the spying.",
			[]string{"Brazil DENIES Chile", "Brazil DENIES Peru", "Brazil DENIES Bolivia"}, nil},
	})
}

// TestEachTheOther checks "each country ... the other" between the two countries of the
// sentence, on sentences written for this test.
func TestEachTheOther(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the two countries of the sentence", "President Ana Ruiz of Chile met a Peruvian delegation over a dispute in which each country has accused the other of backing rebels.",
			[]string{"Chile ACCUSES Peru", "Peru ACCUSES Chile"}, nil},
		{"each side", "Kenya and Somalia held talks in a row where each side has repeatedly accused the other of spying.",
			[]string{"Kenya ACCUSES Somalia", "Somalia ACCUSES Kenya"}, nil},
		{"three countries are not two", "Chile, Peru and Bolivia met over a dispute in which each country has accused the other of spying.",
			nil, []string{"Chile ACCUSES Peru", "Peru ACCUSES Chile", "Chile ACCUSES Bolivia"}},
		{"negated", "Chile met a Peruvian delegation in a dispute where each country has not accused the other of anything.",
			nil, []string{"Chile ACCUSES Peru", "Peru ACCUSES Chile"}},
	})
}

// TestAllegedAuthor checks an allegation about an act whose author is its clause's agent
// or the act noun's possessor, on sentences written for this test.
func TestAllegedAuthor(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t).WithoutPatterns(), []sentenceCase{
		{"the agent of the act alleged", "Israeli officials allege the attacks were plotted by Hezbollah.",
			[]string{"Israel ACCUSES Hezbollah"}, nil},
		{"the agent the parse leaves outside the by phrase", "American authorities allege the bombings were ordered by Saudi terrorist Osama bin Laden.",
			[]string{"United States ACCUSES Osama bin Laden"}, []string{"United States ACCUSES Saudi Arabia"}},
		{"a by phrase outside the clause", "Israel, backed by Britain, alleges the attacks were plotted in secret.",
			nil, []string{"Israel ACCUSES United Kingdom"}},
		{"no author named", "Israel alleges the attacks were plotted abroad. Hezbollah denied it.",
			nil, []string{"Israel ACCUSES Hezbollah"}},
	})
}

// TestDenialExplained: a denial's accuser found in the article names the accusation.
func TestDenialExplained(t *testing.T) {
	x := embeddedExtractor(t).WithoutPatterns()
	ex, err := x.Extract(context.Background(), "Chile accused Brazil of spying on its navy on Monday. Brazilian Foreign Minister Mauro Vieira denied the accusation on Tuesday.", geokg.Article{Published: "2024-05-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ex.Relations {
		if r.Type == geokg.Denies {
			if !strings.Contains(r.Path, "target from the article (“Chile accused Brazil of spying") {
				t.Errorf("path %q does not name the accusation", r.Path)
			}
			return
		}
	}
	t.Fatalf("no denial: %+v", ex.Relations)
}

// TestWarnedActAuthor checks warnings of an act's consequence whose act the sentence names
// without its author ("warned annexation would ..."): the target is the actor the article
// told to plan or do that act, on sentences written for this test.
func TestWarnedActAuthor(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"the act planned by a possessor", "Morocco's plans to annex the border valley drew protests on Monday. The talks stalled. Norway warned annexation would undermine the peace process.",
			[]string{"Norway THREATENS Morocco"}, nil},
		{"an indefinite act is the one planned", "Venezuela plans to annex the disputed region, officials said. Brazil warned any annexation would be a crime.",
			[]string{"Brazil THREATENS Venezuela"}, nil},
		// not: no actor told to do it, an adjective, the warner's own plan, no modal
		{"no actor planned it", "Morocco hosted a debate on annexation for weeks. Norway warned annexation would undermine the peace process.",
			nil, []string{"Norway THREATENS Morocco"}},
		{"an occupied land tells no act", "Israel held talks about the occupied territories. Jordan warned any occupation would end the talks.",
			nil, []string{"Jordan THREATENS Israel"}},
		{"the warner's own plan", "Venezuela plans to annex the disputed region. Venezuela warned annexation would come soon.",
			nil, []string{"Venezuela THREATENS Venezuela"}},
		{"no consequence told", "Venezuela plans to annex the disputed region. Brazil warned of annexation on Monday.",
			nil, []string{"Brazil THREATENS Venezuela"}},
	})
}

// TestDeniedAccusations checks that a denial of an actor's accusations that name no one
// else makes the denier the accused, on sentences written for this test.
func TestDeniedAccusations(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"a demonym's accusations", "Russia dismissed the British accusations on Monday.",
			[]string{"United Kingdom ACCUSES Russia"}, nil},
		{"a possessor's charges", "China rejected Japan's charges as groundless.",
			[]string{"Japan ACCUSES China"}, nil},
		{"the accused's own side inside the claim", "Russia denied Ukrainian accusations that it sent troops to the border.",
			[]string{"Ukraine ACCUSES Russia"}, nil},
		// not: a claim is no accusation, another accused named, a news service, a non-denial
		{"claims are assertions", "France rejected Germany's claims about the budget.",
			nil, []string{"Germany ACCUSES France"}},
		{"another accused named", "Poland rejected Russian accusations that Ukraine shot down the plane.",
			nil, []string{"Russia ACCUSES Poland"}},
		{"neither confirmed nor denied", "Spain neither confirmed nor denied the Moroccan accusations.",
			nil, []string{"Morocco ACCUSES Spain"}},
		{"an owned claim among the objects of a rejection", "Chile rejected the tariffs and the Peruvian accusations as baseless.",
			[]string{"Chile DENIES Peru"}, nil},
		{"a rejected proposal is no denial", "Chile rejected the Peruvian proposal as too costly.",
			nil, []string{"Chile DENIES Peru"}},
		{"an accusation told before, against a body", "Chile accused Peru's navy of firing on a trawler. Peru denied the Chilean accusation.",
			[]string{"Chile ACCUSES Peruvian Navy"}, []string{"Chile ACCUSES Peru"}},
	})
}

// TestHeededWarnings checks that the one who heeds, defies or ignores an actor's warning
// or demand is its target, on sentences written for this test.
func TestHeededWarnings(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"the heeding verb's subject", "Serbia heeded Russia's warning to stay out of the talks.",
			[]string{"Russia THREATENS Serbia"}, nil},
		{"a participle's clause", "Hezbollah leaders stayed away from the rally, heeding Israel's warning to keep out of sight.",
			[]string{"Israel THREATENS Hezbollah"}, nil},
		// not: a pronoun author, the author's own side, a subject that names no actor
		{"a pronoun's warnings", "Germany met Russia on Monday. Ministers said France should heed their warnings.",
			nil, []string{"Russia THREATENS France", "Germany THREATENS France"}},
		{"the author's own side", "The Russian army heeded Russia's warning to stay out of the town.",
			nil, []string{"Russia THREATENS Russian Armed Forces"}},
		{"no actor heeds", "Protesters in Kyiv ignored Russia's warning to leave the square.",
			nil, []string{"Russia THREATENS Ukraine"}},
	})
}

// TestDisapproval checks the reactions of regret and disappointment ("regrets the
// decision", "expressed disappointment at", "is disappointed with"), read by the frames
// alone: the one who regrets CONDEMNS the author named with the act, on sentences written
// for this test; an apology, a worry or an act without its author condemns no one.
func TestDisapproval(t *testing.T) {
	x := embeddedExtractor(t).WithoutPatterns()
	checkSentenceCases(t, x, []sentenceCase{
		{"regret an owned decision", "Belgium regrets Chile's decision to close its border.",
			[]string{"Belgium CONDEMNS Chile"}, nil},
		{"disappointment at, hung on the light verb", "Peru expressed disappointment at the Bolivian decision to raise tariffs.",
			[]string{"Peru CONDEMNS Bolivia"}, nil},
		{"regret over", "Norway voiced regret over Denmark's refusal to extradite the suspects.",
			[]string{"Norway CONDEMNS Denmark"}, nil},
		{"disappointed with", "The Kenyan government said it was disappointed with Uganda's handling of the talks.",
			[]string{"Kenya CONDEMNS Uganda"}, nil},
		{"disappointed by", "Austria was deeply disappointed by the Hungarian move.",
			[]string{"Austria CONDEMNS Hungary"}, nil},
		{"disapproval of, on the noun", "Finland voiced disapproval of Estonia's plan to close the crossing.",
			[]string{"Finland CONDEMNS Estonia"}, nil},
		{"criticism of an owned act", "Spain expressed criticism of Morocco's decision to recall its envoy.",
			[]string{"Spain CONDEMNS Morocco"}, nil},
		// not: an apology, grief, a worry, sanctions on a country, "it concerns"
		{"regret for is an apology", "Japan expressed regret for its wartime conduct in Korea.",
			nil, []string{"Japan CONDEMNS Korea", "Japan CONDEMNS South Korea", "Japan CONDEMNS North Korea"}},
		{"regret over deaths", "Italy expressed regret over the deaths of Tunisian fishermen.",
			nil, []string{"Italy CONDEMNS Tunisia"}},
		{"concerned about is a worry", "Sweden is concerned about Russia's military build-up.",
			nil, []string{"Sweden CONDEMNS Russia"}},
		{"concerned that is a worry", "Britain is concerned that Iran may resume enrichment.",
			nil, []string{"United Kingdom CONDEMNS Iran"}},
		{"a demonym before sanctions is their target", "Germany voiced disapproval of the Iranian sanctions.",
			nil, []string{"Germany CONDEMNS Iran"}},
		{"a deal named by a party", "Sweden voiced disapproval of the Iran deal.",
			nil, []string{"Sweden CONDEMNS Iran"}},
		{"a war named by its place", "Norway expressed criticism of the Iraq war.",
			nil, []string{"Norway CONDEMNS Iraq"}},
		{"as far as it concerns", "Brazil raised its tariffs again, at least as far as it concerns Argentina.",
			nil, []string{"Argentina CONDEMNS Brazil"}},
	})
}

// TestDecidedActAuthor: "the decision to expel" without its author is the latest
// expulsion's author, not the author of the latest act of any kind; and sanctions on a
// country's own goods are no sanctions between two actors.
func TestDecidedActAuthor(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"the decision to expel", "Chile expelled two Peruvian diplomats on Monday. Separately, Bolivia imposed sanctions on Peru. Peru said the decision to expel its diplomats was unacceptable.",
			[]string{"Peru CONDEMNS Chile"}, []string{"Peru CONDEMNS Bolivia"}},
		{"the move to recognise", "Ghana recognised Kosovo in May. Later, Togo expelled a Malian envoy. Serbia said the move to recognise the province was illegal.",
			[]string{"Serbia CONDEMNS Ghana"}, []string{"Serbia CONDEMNS Togo"}},
		{"tariffs on its own goods", "Chile imposed tariffs on Chilean goods sold abroad.",
			nil, []string{"Chile SANCTIONS Chile"}},
	})
}

// TestKillingsAndNamedDecisions: a killing's author is the author of a killing told
// before, never the latest act of another kind; a decision whose "to" clause names an
// act of no relation type is no decision of the latest act's author.
func TestKillingsAndNamedDecisions(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a killing told with its author", "Turkey attacked Syria on Monday, killing 12 civilians. Iraq denounced the killings.",
			[]string{"Iraq CONDEMNS Turkey"}, nil},
		{"the decision to do an act of a type", "Russia expelled Estonia's ambassador on Monday. Finland condemned the decision to expel him.",
			[]string{"Finland CONDEMNS Russia"}, nil},
		{"the move", "Russia expelled Estonia's ambassador on Monday. Finland condemned the move.",
			[]string{"Finland CONDEMNS Russia"}, nil},
		// must not fire
		{"a killing after a bombing", "Egypt bombed Libya on Monday. Jordan condemned the killing of the hostages.",
			nil, []string{"Jordan CONDEMNS Egypt"}},
		{"killings after an attack", "Turkey attacked Syria on Monday. Iraq denounced the killings of the journalists.",
			nil, []string{"Iraq CONDEMNS Turkey"}},
		{"killings after sanctions", "Russia imposed sanctions on Estonia on Monday. Finland condemned the killings in the village.",
			nil, []string{"Finland CONDEMNS Russia"}},
		{"a decision to kill", "Iran fired missiles at Israel on Monday. Germany defended the decision to kill the commander.",
			nil, []string{"Germany SUPPORTS Iran"}},
		{"a decision to free", "The United States imposed tariffs on China on Monday. Canada praised the decision to free the prisoners.",
			nil, []string{"Canada SUPPORTS United States"}},
	})
}

// TestOwnedConductPraised checks, on the frames alone, that praise of the conduct of an
// agency or army of the praiser's own state supports it when an official praises it, and
// that an approach or a bid backed supports its owner, on sentences written for this
// test; a state's praise of its own body, an official's welcome of his own state's
// decision and the one campaigned against stay none.
func TestOwnedConductPraised(t *testing.T) {
	x := embeddedExtractor(t).WithoutPatterns()
	checkSentenceCases(t, x, []sentenceCase{
		{"an official praises his navy", "President Boric praised the response of the Chilean navy.",
			[]string{"Gabriel Boric SUPPORTS Chilean Navy"}, nil},
		{"an approach backed", "Peru backed President Boric's approach to the talks.",
			[]string{"Peru SUPPORTS Gabriel Boric"}, nil},
		{"a bid backed", "Peru backed Chile's bid for a seat on the council.",
			[]string{"Peru SUPPORTS Chile"}, nil},
		// not
		{"a state's own body", "Chile praised the response of the Chilean navy.",
			nil, []string{"Chile SUPPORTS Chilean Navy"}},
		{"an official's own state", "President Boric welcomed Chile's decision to join the pact.",
			nil, []string{"Gabriel Boric SUPPORTS Chile"}},
		{"the one campaigned against", "Peru backed the campaign against Chile.",
			nil, []string{"Peru SUPPORTS Chile"}},
	})
}
