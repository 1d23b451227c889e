package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

// TestBodyMerging checks that one government body named by its full name and later by a
// short form ("its intelligence ministry", "the foreign ministry") is one entity, on
// sentences written for this test.
func TestBodyMerging(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []struct {
		name    string
		text    string
		body    string // the one entity expected
		aliases []string
		never   []string // entity names that must not appear
	}{
		{"full name then its short form",
			"Iran's Ministry of Intelligence and Security said on Monday it had arrested five people. " +
				"Its intelligence ministry later said the suspects worked for Israel. " +
				"The intelligence ministry accused Israel of planning attacks.",
			"Ministry of Intelligence and Security", []string{"intelligence ministry"},
			[]string{"Israeli Intelligence Ministry", "Iranian Intelligence Ministry"}},
		{"foreign ministry after the full name with the country",
			"The Ministry of Foreign Affairs of Qatar condemned the raid on the convoy. " +
				"Officials in Israel did not comment. The foreign ministry also urged calm.",
			"Ministry of Foreign Affairs of Qatar", []string{"foreign ministry"},
			[]string{"Israeli Foreign Ministry"}},
		{"a country in the sentence places the short form",
			"Qatar's foreign ministry condemned the raid. In Tehran, the foreign ministry said the raid was illegal.",
			"Ministry of Foreign Affairs of Iran", []string{"foreign ministry"}, []string{"Iranian Foreign Ministry", "Qatari Foreign Ministry"}},
		{"pattern form of a gazetteer ministry",
			"Iran's foreign ministry summoned the French envoy. The Ministry of Foreign Affairs of Iran said talks would follow.",
			"Ministry of Foreign Affairs of Iran", []string{"Iran's foreign ministry"}, []string{"Iranian Foreign Ministry"}},
		{"pattern-built body and its short form",
			"Chile's Ministry of Mines and Energy announced new rules for Peru. " +
				"Peru protested. The mines ministry said the rules were final.",
			"Ministry of Mines and Energy of Chile", nil,
			[]string{"Peruvian Mines Ministry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{Published: "2024-05-01"})
			require.NoError(t, err)
			names := map[string]geokg.Entity{}
			for _, e := range ex.Entities {
				names[e.Name] = e
			}
			e, ok := names[tt.body]
			require.True(t, ok, "entities: %v", names)
			for _, a := range tt.aliases {
				found := false
				for _, have := range e.Aliases {
					if have == a {
						found = true
					}
				}
				assert.True(t, found, "alias %q not in %v", a, e.Aliases)
			}
			for _, n := range tt.never {
				assert.NotContains(t, names, n)
			}
		})
	}
}

// TestEventMerging checks that several mentions of one happening are one event, and
// that two happenings stay two, on sentences written for this test.
func TestEventMerging(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []struct {
		name   string
		text   string
		events int
	}{
		{"same target, date then none",
			"A cyberattack on Albania on July 15 disrupted public services. Albania blamed Iran for the cyberattack. " +
				"Officials said the cyber attack on Albania had crippled websites.", 1},
		{"bare mention attaches to the event of its type",
			"Protests in Iran spread on Friday. The protests were the largest in years.", 1},
		{"two targets, two events",
			"A cyberattack on Albania disrupted services. A separate cyberattack on Montenegro hit its banks.", 2},
		{"two dates, two events",
			"A cyberattack on Albania on July 15 disrupted services. A cyberattack on Albania on September 9 hit the police.", 2},
		{"two types stay apart",
			"A cyberattack on Albania disrupted services. Protests in Albania followed.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{Published: "2024-11-01"})
			require.NoError(t, err)
			require.NoError(t, ex.Validate())
			assert.Len(t, ex.Events, tt.events, "%+v", ex.Events)
			ids := map[string]bool{}
			for _, ev := range ex.Events {
				ids[ev.ID] = true
			}
			for _, r := range ex.Relations {
				if r.Event != "" {
					assert.True(t, ids[r.Event], "relation names unknown event %s", r.Event)
				}
			}
		})
	}
}

// TestNominalAndClauseRules checks the rules for relations stated through nouns, reduced
// relatives, received criticism, summoned envoys and reciprocals, each with negated or
// hypothetical counterparts that must not fire; the sentences are written for this test.
func TestNominalAndClauseRules(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []sentenceCase{
		// an act named by a noun with its agent after "by"
		{"expulsion by agent", "The expulsion of Russian diplomats by France followed the poisoning.",
			[]string{"France EXPELS Russia"}, nil},
		{"condemnation by agent", "The condemnation of Iran by the United States came within hours.",
			[]string{"United States CONDEMNS Iran"}, nil},
		{"possessive patient with agent", "Iran's condemnation by the United States came quickly.",
			[]string{"United States CONDEMNS Iran"}, []string{"Iran CONDEMNS United States"}},
		{"possessive patient, two agents", "Russia's expulsion by France and Germany followed.",
			[]string{"France EXPELS Russia", "Germany EXPELS Russia"}, nil},
		{"possessive without agent", "Russia's expulsion from the council followed.", nil, []string{"Russia EXPELS Russia"}},
		{"possible act of a possessive", "Russia's possible expulsion by France was discussed.", nil, []string{"France EXPELS Russia"}},
		{"agent too far away", "The expulsion of Russian diplomats followed talks by France.",
			nil, []string{"France EXPELS Russia"}},
		{"possible act with agent", "A possible expulsion of Russian diplomats by France was discussed.",
			nil, []string{"France EXPELS Russia"}},
		{"conditional act with agent", "If the expulsion of Russian diplomats by France goes ahead, Moscow will respond.",
			nil, []string{"France EXPELS Russia"}},

		// reduced relative clauses on a pattern's noun
		{"sanctions X imposed on Y", "The sanctions Canada imposed on Iran hurt its economy.",
			[]string{"Canada SANCTIONS Iran"}, nil},
		{"coordinated subjects of the relative", "The sanctions that Canada and Britain have imposed on Iran remain.",
			[]string{"Canada SANCTIONS Iran", "United Kingdom SANCTIONS Iran"}, nil},
		{"aid X sent to Y", "The aid Japan sent to Ukraine arrived by train.", []string{"Japan AIDS Ukraine"}, nil},
		{"negated relative", "The sanctions Canada did not impose on Iran were debated.",
			nil, []string{"Canada SANCTIONS Iran"}},
		{"modal relative", "The sanctions Canada could impose on Iran worry Tehran.",
			nil, []string{"Canada SANCTIONS Iran"}},
		{"history of an imposition", "Officials discussed lifting the sanctions Canada imposed on Iran.",
			[]string{"Canada SANCTIONS Iran"}, nil},

		// criticism received
		{"drew criticism from", "Denmark drew sharp criticism from China on Monday.",
			[]string{"China CONDEMNS Denmark"}, nil},
		{"faced demonym criticism", "Japan faced stiff Chinese criticism over the visit.",
			[]string{"China CONDEMNS Japan"}, nil},
		{"sparked condemnation from two", "Canada's decision sparked condemnation from Iran and Syria.",
			[]string{"Iran CONDEMNS Canada", "Syria CONDEMNS Canada"}, nil},
		{"did not face criticism", "Japan did not face criticism from China.", nil, []string{"China CONDEMNS Japan"}},
		{"could face criticism", "Japan could face criticism from China.", nil, []string{"China CONDEMNS Japan"}},

		// verbs and nouns of condemnation and support
		{"came out against", "Britain came out strongly against the Russian move.",
			[]string{"United Kingdom CONDEMNS Russia"}, nil},
		{"spoke out against", "Norway spoke out against Iran on Friday.", []string{"Norway CONDEMNS Iran"}, nil},
		{"has not come out against", "Britain has not come out against Russia.", nil, []string{"United Kingdom CONDEMNS Russia"}},
		{"issued a rebuke", "Canada issued a sharp rebuke of Iran.", []string{"Canada CONDEMNS Iran"}, nil},
		{"refused to issue a rebuke", "Canada refused to issue a rebuke of Iran.", nil, []string{"Canada CONDEMNS Iran"}},
		{"stands in solidarity", "Poland stands in solidarity with Lithuania.", []string{"Poland SUPPORTS Lithuania"}, nil},
		{"does not stand in solidarity", "Poland does not stand in solidarity with Lithuania.", nil, []string{"Poland SUPPORTS Lithuania"}},
		{"pressure on X to", "The Canadian pressure on Iran to free the sailors grew.", []string{"Canada DEMANDS Iran"}, nil},
		{"pressure kept up", "Canada kept up the pressure on Iran.", []string{"Canada DEMANDS Iran"}, nil},
		{"pressure with no author", "Canada said the pressure on Iran grew.", nil, []string{"Canada DEMANDS Iran"}},

		// threats its author makes, and speculation that is none
		{"said it could sever ties", "Turkey said it could sever ties with Israel.", []string{"Turkey THREATENS Israel"}, []string{"Turkey SEVERS_TIES_WITH Israel"}},
		{"could go as far as", "\"We could go as far as cutting ties with Israel,\" Turkey's foreign ministry said.",
			nil, []string{"Turkey SEVERS_TIES_WITH Israel"}},
		{"speculation by others", "Analysts said Russia could invade Ukraine.", nil, []string{"Russia THREATENS Ukraine", "Russia ATTACKS Ukraine"}},
		{"could, unsaid", "Turkey could cut ties with Israel.", nil, []string{"Turkey THREATENS Israel", "Turkey SEVERS_TIES_WITH Israel"}},
		{"verdict on a named act", "Canada called Norway's decision unacceptable.", []string{"Canada CONDEMNS Norway"}, nil},
		{"reported obligation", "Germany said Belarus must release the prisoners.", []string{"Germany DEMANDS Belarus"}, nil},

		{"its is its clause's subject", "The United States condemned China and reaffirmed its support for the Philippines.",
			[]string{"United States SUPPORTS Philippines"}, []string{"China SUPPORTS Philippines"}},

		{"broke off relations in response", "The United States imposed sanctions on Venezuela. Venezuela broke off diplomatic relations in response.",
			[]string{"Venezuela SEVERS_TIES_WITH United States"}, nil},
		{"broke off relations, no answer", "The United States imposed sanctions on Venezuela. Venezuela broke off diplomatic relations last year.",
			nil, []string{"Venezuela SEVERS_TIES_WITH United States"}},

		// summoned envoys
		{"summoned to protest", "Iraq summoned the Turkish ambassador to protest the strikes.",
			[]string{"Iraq CONDEMNS Turkey"}, nil},
		{"summoned over", "Iraq summoned Turkey's envoy over the raid.", []string{"Iraq CONDEMNS Turkey"}, nil},
		{"summoned the ambassador of", "Iraq summoned the ambassador of Turkey in protest.", []string{"Iraq CONDEMNS Turkey"}, nil},
		{"summoned for talks", "Iraq summoned the Turkish ambassador for talks on trade.", nil, []string{"Iraq CONDEMNS Turkey"}},
		{"did not summon", "Iraq did not summon the Turkish ambassador over the raid.", nil, []string{"Iraq CONDEMNS Turkey"}},
		{"may summon", "Iraq may summon the Turkish ambassador to protest.", nil, []string{"Iraq CONDEMNS Turkey"}},

		// reciprocals
		{"each accused the other", "Sudan and Uganda have each accused the other of backing rebels.",
			[]string{"Sudan ACCUSES Uganda", "Uganda ACCUSES Sudan"}, nil},
		{"the other side is a noun", "Sudan and Uganda accused the other side of backing rebels.",
			nil, []string{"Sudan ACCUSES Uganda", "Uganda ACCUSES Sudan"}},
		{"never accused the other", "Sudan and Uganda have never accused the other of backing rebels.",
			nil, []string{"Sudan ACCUSES Uganda", "Uganda ACCUSES Sudan"}},

		// support received
		{"received support from", "Ukraine has received strong support from Poland.", []string{"Poland SUPPORTS Ukraine"}, nil},
		{"won the backing of", "Ukraine won the backing of Poland and Lithuania.",
			[]string{"Poland SUPPORTS Ukraine", "Lithuania SUPPORTS Ukraine"}, nil},
		{"support for X from Y", "There was broad support for Ukraine from Poland.", []string{"Poland SUPPORTS Ukraine"}, nil},
		{"no support for X from Y", "There was no support for Ukraine from Poland.", nil, []string{"Poland SUPPORTS Ukraine"}},
		{"did not receive support", "Ukraine did not receive support from Poland.", nil, []string{"Poland SUPPORTS Ukraine"}},
		{"hopes to win the backing", "Ukraine hopes to win the backing of Poland.", nil, []string{"Poland SUPPORTS Ukraine"}},

		// under sanctions
		{"under sanctions from", "Russia is already under a raft of sanctions from the United States and the European Union.",
			[]string{"United States SANCTIONS Russia", "European Union SANCTIONS Russia"}, nil},
		{"under a demonym embargo", "Cuba, under an American embargo since 1962, struggled.", []string{"United States SANCTIONS Cuba"}, nil},
		{"not under sanctions", "Iran is not under sanctions from the United Nations.", nil, []string{"United Nations SANCTIONS Iran"}},
		{"could come under sanctions", "Iran could come under sanctions from the United Nations.", nil, []string{"United Nations SANCTIONS Iran"}},
		{"under pressure is no sanction", "Iran was under pressure from the United Nations.", nil, []string{"United Nations SANCTIONS Iran"}},

		// a participle of saying reports the main clause's subject
		{"saying X attacked", "China protested on Monday, saying the Philippines attacked its vessels.",
			[]string{"China ACCUSES Philippines"}, nil},
		{"saying X had not attacked", "China protested, saying the Philippines had not attacked its vessels.",
			nil, []string{"China ACCUSES Philippines"}},
		{"saying X might attack", "China protested, saying the Philippines might attack its vessels.",
			nil, []string{"China ACCUSES Philippines"}},

		// a second verb whose object is left out
		{"expelled and downgraded relations", "Turkey expelled Israel's ambassador and downgraded relations.",
			[]string{"Turkey EXPELS Israel", "Turkey SEVERS_TIES_WITH Israel"}, nil},
		{"expelled the envoy and cut ties", "Canada expelled the Iranian envoy and cut ties.",
			[]string{"Canada SEVERS_TIES_WITH Iran"}, []string{"Iran SEVERS_TIES_WITH Iran"}},
		{"second verb with its own object", "Canada expelled the Iranian envoy and cut ties with Syria.",
			[]string{"Canada SEVERS_TIES_WITH Syria"}, []string{"Iran SEVERS_TIES_WITH Syria", "Canada SEVERS_TIES_WITH Iran"}},
		{"elided and negated", "Canada expelled the Iranian envoy and did not cut ties.",
			nil, []string{"Canada SEVERS_TIES_WITH Iran"}},
		{"relative clause is no elision", "Canada criticised Iran, which then cut ties.",
			nil, []string{"Canada SEVERS_TIES_WITH Iran"}},

		// displeasure voiced
		{"expressed outrage at", "Turkey expressed outrage at Israel's decision.", []string{"Turkey CONDEMNS Israel"}, nil},
		{"did not express anger", "Turkey did not express anger at Israel.", nil, []string{"Turkey CONDEMNS Israel"}},

		// threats and accusations named by nouns
		{"warning to", "Israel's warning to Hamas was clear.", []string{"Israel THREATENS Hamas"}, nil},
		{"demonym threat against", "The American threat against Iran worried Europe.", []string{"United States THREATENS Iran"}, nil},
		{"issued an ultimatum", "Russia issued an ultimatum to Ukraine.", []string{"Russia THREATENS Ukraine"}, nil},
		{"warning to people", "Canada issued a travel warning to citizens in Iran.", nil, []string{"Canada THREATENS Iran"}},
		{"accusations from X that Y", "Accusations from Turkey and Egypt that Israel bombed the convoy grew.",
			[]string{"Turkey ACCUSES Israel", "Egypt ACCUSES Israel"}, nil},
		{"accusations from X about a thing", "Accusations from Turkey about the convoy grew.", nil, []string{"Turkey ACCUSES Israel"}},

		// more verbs of criticism and support
		{"hit back at", "Russia hit back at Britain on Tuesday.", []string{"Russia CONDEMNS United Kingdom"}, nil},
		{"did not hit back", "Russia did not hit back at Britain.", nil, []string{"Russia CONDEMNS United Kingdom"}},
		{"took issue with", "Japan took issue with China's claims.", []string{"Japan CONDEMNS China"}, nil},
		{"reaffirmed commitment to", "Turkey reaffirmed its commitment to Qatar.", []string{"Turkey SUPPORTS Qatar"}, nil},
		{"commitment to a thing", "Turkey reaffirmed its commitment to the ceasefire with Qatar.", nil, []string{"Turkey SUPPORTS Qatar"}},
		{"did not reaffirm", "Turkey did not reaffirm its commitment to Qatar.", nil, []string{"Turkey SUPPORTS Qatar"}},

		// alliances
		{"allied with", "Egypt allied with Saudi Arabia against the rebels.", []string{"Egypt COOPERATES_WITH Saudi Arabia"}, nil},
		{"alliance with", "Turkey's alliance with Qatar has deepened.", []string{"Turkey COOPERATES_WITH Qatar"}, nil},
		{"rejected an alliance", "Turkey rejected an alliance with Iran.", nil, []string{"Turkey COOPERATES_WITH Iran"}},
		{"refused to ally", "Turkey refused to ally with Iran.", nil, []string{"Turkey COOPERATES_WITH Iran"}},
		{"allies is a noun", "France said Canada had alienated itself from close allies with the decision.",
			nil, []string{"Canada COOPERATES_WITH France", "France COOPERATES_WITH Canada"}},

		// a speaker after a comma is no coordinated object
		{"speaker after the object", "Canada imposed sanctions on Iran, the Treasury said.",
			[]string{"Canada SANCTIONS Iran"}, []string{"Canada SANCTIONS United States Department of the Treasury"}},
	}
	checkSentenceCases(t, x, tests)
}

// TestUndatedUntargetedEventsStayDistinct: "the cyberattack" of one undated article and
// that of another are two happenings, not one node event:cyberattack; the id stays stable
// for the same text.
func TestUndatedUntargetedEventsStayDistinct(t *testing.T) {
	x := embeddedExtractor(t)
	eventOf := func(text string) geokg.Event {
		t.Helper()
		ex, err := x.Extract(context.Background(), text, geokg.Article{})
		require.NoError(t, err)
		require.Len(t, ex.Events, 1, "%+v", ex.Events)
		ev := ex.Events[0]
		require.Empty(t, ev.Date)
		require.Empty(t, ev.Targets)
		return ev
	}
	a := eventOf("Albania accused Iran of the cyberattack.")
	b := eventOf("Canada accused Russia of the cyberattack.")
	assert.NotEqual(t, a.ID, b.ID)
	assert.Regexp(t, `^event:cyberattack-[0-9a-f]{12}$`, a.ID)
	assert.Equal(t, a.ID, eventOf("Albania accused Iran of the cyberattack.").ID, "stable")
}
