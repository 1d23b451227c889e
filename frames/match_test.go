package frames

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// agencyOf is the test's view of which nouns act for the state.
func agencyOf(lemma string) Agency {
	switch lemma {
	case "diplomat", "government", "force", "official", "army", "embassy", "ambassador", "leader", "authority", "regime", "team", "figure", "regulator", "prosecutor":
		return StandsForState
	case "protester", "lawmaker", "rebel", "opposition":
		return NotTheState
	case "fighter", "militant", "gunman", "gunmen":
		return GroupMember
	}
	return Unknown
}

// armed are the armed groups the tests use as actors.
var armed = map[string]bool{"Hezbollah": true, "Taliban": true, "Shining Path": true}

// demonyms are the adjectives of nationality the tests use as actors.
var demonyms = map[string]bool{"Iranian": true, "Russian": true, "British": true, "American": true, "Ugandan": true,
	"French": true, "Chinese": true, "Americans": true, "Israelis": true, "Peruvian": true, "Bolivian": true, "Chilean": true}

// matchText parses text, takes each name as an actor (its first occurrence, whole
// words), and returns the relations the frames state as "Source TYPE Target" and the
// blocked triggers as "lemma: reason".
func matchText(t *testing.T, text string, names ...string) (rels, blocked []string) {
	t.Helper()
	ms, s := matchesOf(t, text, names...)
	for _, m := range ms {
		if m.Blocked != "" {
			blocked = append(blocked, s.Words[m.Trigger-1].Lemma+": "+m.Blocked)
			continue
		}
		rels = append(rels, names[m.Source]+" "+string(m.Type)+" "+names[m.Target])
	}
	sort.Strings(rels)
	return rels, blocked
}

// matchesOf parses a one-sentence text with the names as actors ("Rama" and "Lavrov"
// persons, the names that are no demonym, person or armed group states) and returns its
// matches and the parse.
func matchesOf(t *testing.T, text string, names ...string) ([]Match, *syntax.Sentence) {
	t.Helper()
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	var actors []Actor
	for _, n := range names {
		i := strings.Index(text, n)
		require.GreaterOrEqual(t, i, 0, "actor %q not in %q", n, text)
		actors = append(actors, Actor{Start: i, End: i + len(n), ID: n, Person: n == "Rama" || n == "Lavrov",
			Demonym: demonyms[n], Armed: armed[n], State: !demonyms[n] && !armed[n] && n != "Rama" && n != "Lavrov"})
	}
	sents := sm.Sentences(text)
	require.Len(t, sents, 1, "one sentence: %q", text)
	Analyze(sm, sents[0].Words, actors) // as the extractor parses: names known to the tagger
	return NewMatcher(lex, agencyOf).Match(&sents[0], actors), &sents[0]
}

func TestMatchReadsTheStructure(t *testing.T) {
	tests := []matchCase{
		{"active", "Albania expelled Iran's ambassador on Wednesday.", []string{"Albania", "Iran"}, []string{"Albania EXPELS Iran"}},
		{"passive with agent", "Iranian diplomats were expelled by Albania.", []string{"Iranian", "Albania"}, []string{"Albania EXPELS Iranian"}},
		{"coordinated subjects", "Britain and France condemned the strikes on Syria.", []string{"Britain", "France", "Syria"}, nil},
		{"coordinated objects", "Washington imposed sanctions on Iran and Venezuela.", []string{"Washington", "Iran", "Venezuela"},
			[]string{"Washington SANCTIONS Iran", "Washington SANCTIONS Venezuela"}},
		{"support verb", "France expressed its support for Ukraine.", []string{"France", "Ukraine"}, []string{"France SUPPORTS Ukraine"}},
		{"reciprocal subjects", "Japan and the Philippines signed a defence pact on Monday.", []string{"Japan", "Philippines"},
			[]string{"Japan SIGNS_AGREEMENT_WITH Philippines"}},
		{"told to", "Beijing told Washington to stay clear of Taiwan.", []string{"Beijing", "Washington", "Taiwan"}, []string{"Beijing DEMANDS Washington"}},
		{"told to leave", "Caracas told the American diplomats to leave within 72 hours.", []string{"Caracas", "American"}, []string{"Caracas EXPELS American"}},
		{"apposition", "Two neighbours, Egypt and Jordan, criticised the United States.", []string{"Egypt", "Jordan", "United States"},
			[]string{"Egypt CONDEMNS United States", "Jordan CONDEMNS United States"}},
		{"non-state modifier", "Ugandan rebel forces attacked Sudan.", []string{"Ugandan", "Sudan"}, nil},
		{"members of an armed group", "Hezbollah fighters attacked Israel on Sunday.", []string{"Hezbollah", "Israel"}, []string{"Hezbollah ATTACKS Israel"}},
		{"members of an armed group as agent", "Pakistan was attacked by Taliban gunmen.", []string{"Pakistan", "Taliban"}, []string{"Taliban ATTACKS Pakistan"}},
		{"members of an armed group in of", "Militants of the Taliban attacked Pakistan.", []string{"Taliban", "Pakistan"}, []string{"Taliban ATTACKS Pakistan"}},
		{"fighters of a nationality are no state", "Iranian fighters attacked Israel on Sunday.", []string{"Iranian", "Israel"}, nil},
		{"fighters of a country are no state", "Pakistan's militants attacked India.", []string{"Pakistan", "India"}, nil},
		{"talks between two as the subject", "Talks between Iran and Albania ended on Friday.", []string{"Iran", "Albania"}, []string{"Iran MEETS Albania"}},
		{"meeting named by its venue", "The Albania meeting between Iran and Serbia ended on Friday.", []string{"Albania", "Iran", "Serbia"}, []string{"Iran MEETS Serbia"}},
		{"talks between two asked for", "Serbia called for talks between Iran and Albania.", []string{"Serbia", "Iran", "Albania"}, nil},
		{"particle parsed as an adverb", "Iran hit back at Albania on Monday.", []string{"Iran", "Albania"}, []string{"Iran CONDEMNS Albania"}},
		{"without doing", "Albania expelled Iran's ambassador without consulting Serbia.", []string{"Albania", "Iran", "Serbia"}, []string{"Albania EXPELS Iran"}},
		{"armed group's other nouns", "Hezbollah supporters attacked Israel on Sunday.", []string{"Hezbollah", "Israel"}, nil},
		{"coordinated verbs share the subject", "Albania cut ties with Iran and expelled its diplomats.", []string{"Albania", "Iran"},
			[]string{"Albania SEVERS_TIES_WITH Iran"}},
		{"control verb", "Albania decided to expel Iranian diplomats.", []string{"Albania", "Iranian"}, []string{"Albania EXPELS Iranian"}},
		{"relative clause subject", "Poland, which recognised Kosovo in 2008, sent an envoy.", []string{"Poland", "Kosovo"}, []string{"Poland RECOGNIZES Kosovo"}},
		{"nominalisation with possessor", "Russia's invasion of Ukraine shocked Europe.", []string{"Russia", "Ukraine", "Europe"}, []string{"Russia ATTACKS Ukraine"}},
		{"invasion noun entering its target", "Peru's incursion into Chile ended on Friday.", []string{"Peru", "Chile"}, []string{"Peru ATTACKS Chile"}},
		{"offensive into with a demonym", "The Turkish offensive into Syria began on Monday.", []string{"Turkish", "Syria"}, []string{"Turkish ATTACKS Syria"}},
		{"light verb launching an incursion into", "Bolivia launched an incursion into Paraguay last week.", []string{"Bolivia", "Paraguay"}, []string{"Bolivia ATTACKS Paraguay"}},
		{"a foray into politics is no invasion", "Peru's foray into Chile's politics surprised Lima.", []string{"Peru", "Chile", "Lima"}, nil},
		{"an incursion into a country denied", "Peru denied any incursion into Chile.", []string{"Peru", "Chile"}, nil},
		{"an incursion into a country planned", "Peru planned an incursion into Chile.", []string{"Peru", "Chile"}, nil},
		{"state agents stand for the state", "Russian forces attacked Ukraine on Monday.", []string{"Russian", "Ukraine"}, []string{"Russian ATTACKS Ukraine"}},
		{"protesters are not the state", "Iranian protesters condemned Britain.", []string{"Iranian", "Britain"}, nil},
		{"threat verb makes a threat", "China threatened to impose sanctions on Lithuania.", []string{"China", "Lithuania"}, []string{"China THREATENS Lithuania"}},
		{"the speaker's own act", "Iran said it had expelled two British diplomats.", []string{"Iran", "British"}, nil},
		{"someone else's hostile act is an accusation", "Ukraine said Russia attacked Kyiv overnight.", []string{"Ukraine", "Russia", "Kyiv"},
			[]string{"Ukraine ACCUSES Russia"}},
		{"reported responsibility", "Albania said Iran was behind the cyberattack.", []string{"Albania", "Iran"}, []string{"Albania ACCUSES Iran"}},
		{"responsible for", "Washington says Moscow is responsible for the poisoning.", []string{"Washington", "Moscow"}, []string{"Washington ACCUSES Moscow"}},
		{"refused to say who was responsible", "Peru refused to say that Chile was responsible for the attack.", []string{"Peru", "Chile"}, nil},
		{"declined to say who was behind it", "Bolivia declined to say Chile was behind the hacking.", []string{"Bolivia", "Chile"}, nil},
		{"wanted to say who was behind it", "Peru wanted to say that Chile was behind the plot.", []string{"Peru", "Chile"}, nil},
	}
	runTypeCases(t, tests, "")
}

func TestMatchBlocksWhatIsNotDone(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []string
		reason     string
		allowed    string // a relation that may stand beside the blocked one
	}{
		{"negation", "Albania did not expel Iranian diplomats.", []string{"Albania", "Iranian"}, "negated", ""},
		{"modal", "The EU may impose sanctions on Belarus.", []string{"EU", "Belarus"}, "modal: may", ""},
		{"condition", "If Iran attacks Israel, the war will spread.", []string{"Iran", "Israel"}, "conditional: if", ""},
		{"refused", "Hungary refused to sanction Russia.", []string{"Hungary", "Russia"}, "not done: refuse", ""},
		{"a call on others", "Poland urged Germany to sanction Russia.", []string{"Poland", "Germany", "Russia"}, "not done: urge", "Poland DEMANDS Germany"},
		{"the danger of", "Estonia warned of the danger of a Russian invasion of Finland.", []string{"Estonia", "Russian", "Finland"}, "not done: danger", ""},
		{"negated subject", "Neither France nor Germany recognised Kosovo.", []string{"France", "Germany", "Kosovo"}, "negated", ""},
		{"yet to", "Saudi Arabia has yet to recognise Israel.", []string{"Saudi Arabia", "Israel"}, "not done: yet to", ""},
		{"question", "Did Iran attack Israel?", []string{"Iran", "Israel"}, "question", ""},
		{"someone else's claim", "Ukraine said Russia attacked Kyiv overnight.", []string{"Ukraine", "Russia", "Kyiv"}, "reported by another", "Ukraine ACCUSES Russia"},
		{"denied responsibility", "Iran said Tehran was not behind the attack on Albania.", []string{"Iran", "Tehran", "Albania"}, "negated", ""},
		{"purpose", "Moscow sent troops to attack Georgia.", []string{"Moscow", "Georgia"}, "purpose", ""},
		{"looking forward to", "Washington is looking forward to meeting Pyongyang.", []string{"Washington", "Pyongyang"}, "not done: look", ""},
		{"ready to", "Iran is ready to attack Israel.", []string{"Iran", "Israel"}, "not done: ready", ""},
		{"a promise is no threat", "Washington pledged to continue close cooperation with London.", []string{"Washington", "London"}, "not done: pledge", ""},
		{"someone's allegation", "Washington repeated allegations that Beijing pressured the WHO.", []string{"Washington", "Beijing", "WHO"}, "reported by another: repeat", "Washington ACCUSES Beijing"},
		{"the clause of an allegation noun", "The allegation that Beijing pressured the WHO surfaced again.", []string{"Beijing", "WHO"}, "claimed: allegation", ""},
		{"a subject clause", "Agreeing a deal with Washington would be hard for London.", []string{"Washington", "London"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, blocked := matchText(t, tt.text, tt.actors...)
			for _, g := range got {
				assert.Equal(t, tt.allowed, g)
			}
			found := false
			for _, b := range blocked {
				found = found || strings.Contains(b, tt.reason)
			}
			assert.True(t, found, "want a trigger blocked as %q, got %v", tt.reason, blocked)
		})
	}
}

// TestMatchSpeakers: who tells of an act, by "according to" or by a statement that
// speaks, and what that makes of it; and the acts so told that stay their doer's.
func TestMatchSpeakers(t *testing.T) {
	runMatchCases(t, []matchCase{
		{"according to X, an attack", "According to Peru, Chile shelled Bolivian posts.", []string{"Peru", "Chile", "Bolivian"}, []string{"Peru ACCUSES Chile"}},
		{"according to X's officials, after the act", "Chile shelled Bolivian posts, according to Peruvian officials.", []string{"Chile", "Bolivian", "Peruvian"},
			[]string{"Peruvian ACCUSES Chile"}},
		{"according to a statement from X", "Chile shelled Bolivian posts, according to a statement from Peru.", []string{"Chile", "Bolivian", "Peru"},
			[]string{"Peru ACCUSES Chile"}},
		{"according to X, a friendly act is a citation", "According to Peru, Chile congratulated Bolivia.", []string{"Peru", "Chile", "Bolivia"},
			[]string{"Chile SUPPORTS Bolivia"}},
		{"a state's statement said", "The Peruvian government's statement said Chile shelled Bolivian posts.", []string{"Peruvian", "Chile", "Bolivian"},
			[]string{"Peruvian ACCUSES Chile"}},
		{"a statement from X urged", "A statement from Peru urged Chile to withdraw its troops.", []string{"Peru", "Chile"}, []string{"Peru DEMANDS Chile"}},
	})
}

// TestMatchReadsWhatIsDone: acts the parse shows as done although a word near them
// could block them, each beside a sentence where the block is right. notReason is a
// block the trigger must not get (its arguments may still be missing in a bare sentence).
func TestMatchReadsWhatIsDone(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []string
		want       []string
		notReason  string
	}{
		{"not only ... but", "Egypt not only recalled its ambassador from Israel but also closed its embassy.",
			[]string{"Egypt", "Israel"}, []string{"Egypt SEVERS_TIES_WITH Israel"}, ""},
		{"plain negation still blocks", "Egypt did not recall its ambassador from Israel.",
			[]string{"Egypt", "Israel"}, nil, ""},
		{"an act in a reduced relative under a modal", "Canada will not lift the sanctions imposed on Tehran after Iran's invasion of Iraq.",
			[]string{"Canada", "Tehran", "Iran", "Iraq"}, []string{"Iran ATTACKS Iraq"}, ""},
		{"a circumstance of a control verb", "Chile was told about the plan in a phone call with Peru.",
			[]string{"Chile", "Peru"}, nil, ": not done"},
		{"a demand owned by another, rejected", "Russia rejected Britain's demands for an inquiry.",
			[]string{"Russia", "Britain"}, []string{"Russia REJECTS Britain"}, ": not done"},
		{"sanctions owned by another, under a modal", "Beijing would fully implement U.N. sanctions on Pyongyang.",
			[]string{"Beijing", "U.N.", "Pyongyang"}, nil, ": modal"},
		{"own sanctions under a modal stay undone", "Beijing would impose its own sanctions on Pyongyang.",
			[]string{"Beijing", "Pyongyang"}, nil, ""},
		{"the first to", "Peru was one of the first countries to recognise Kosovo.",
			[]string{"Peru", "Kosovo"}, nil, ": purpose"},
		{"an aim stays an aim", "Moscow sent troops to attack Georgia.",
			[]string{"Moscow", "Georgia"}, nil, ""},
		{"moved to", "Riyadh moved on Sunday to expel the Canadian ambassador.",
			[]string{"Riyadh", "Canadian"}, []string{"Riyadh EXPELS Canadian"}, ""},
		{"used to", "Lima used drones and missiles to attack Quito.",
			[]string{"Lima", "Quito"}, []string{"Lima ATTACKS Quito"}, ""},
		{"used an occasion to", "Santiago used the summit to berate Lima over its tariffs.",
			[]string{"Santiago", "Lima"}, []string{"Santiago CONDEMNS Lima"}, ""},
		{"a use tried is no act", "Lima tried to use its navy to threaten Quito.",
			[]string{"Lima", "Quito"}, nil, ""},
		{"a use planned is no act", "Lima would use its influence to pressure Quito.",
			[]string{"Lima", "Quito"}, nil, ""},
		{"a causative", "London blamed Moscow, prompting Moscow to accuse London of lying.",
			[]string{"London", "Moscow"}, []string{"London ACCUSES Moscow"}, ": purpose"},
		{"a decided move", "Washington's move to normalize relations with Havana surprised many.",
			[]string{"Washington", "Havana"}, nil, ": purpose"},
		{"a conjunct with its own subject", "Tokyo did not comment, but Seoul condemned Pyongyang.",
			[]string{"Tokyo", "Seoul", "Pyongyang"}, []string{"Seoul CONDEMNS Pyongyang"}, ""},
		{"held responsible, said by another", "Washington says Tehran should be held responsible for the raids.",
			[]string{"Washington", "Tehran"}, []string{"Washington ACCUSES Tehran"}, ""},
		{"held responsible, asked", "Should Tehran be held responsible for the raids?",
			[]string{"Tehran"}, nil, ""},
		{"sanctions one will not lift are there", "The council will not lift the sanctions on Baghdad.",
			[]string{"council", "Baghdad"}, nil, "sanction: modal"},
		{"a quantity of measures imposed", "Washington imposed a raft of economic measures on Caracas.",
			[]string{"Washington", "Caracas"}, []string{"Washington SANCTIONS Caracas"}, ""},
		{"a quantity of something else imposed", "Washington imposed a series of reforms on Kabul.",
			[]string{"Washington", "Kabul"}, nil, ""},
		{"trade privileges withdrawn", "Ankara withdrew trade privileges from Tehran.",
			[]string{"Ankara", "Tehran"}, []string{"Ankara SANCTIONS Tehran"}, ""},
		{"a hyphenated participle read as the clause's verb", "In February, Tirana ousted Moscow-backed President Rama.",
			[]string{"Tirana", "Moscow", "Rama"}, []string{"Moscow SUPPORTS Rama"}, ""},
		{"its in a participle's phrase: the clause's subject", "Russia is under sanctions from the EU, imposed over its invasion of Ukraine.",
			[]string{"Russia", "EU", "its", "Ukraine"}, []string{"Russia ATTACKS Ukraine"}, ""},
		{"its in a participle's phrase: the participle's party", "The council kept the sanctions imposed on Iraq after its invasion of Kuwait.",
			[]string{"council", "Iraq", "its", "Kuwait"}, []string{"Iraq ATTACKS Kuwait"}, ""},
		{"an act in an 'in case' clause, coordinated", "Lima keeps the measures in reserve in case the crisis deepens and Quito launches an incursion into Bolivia.",
			[]string{"Lima", "Quito", "Bolivia"}, nil, ""},
		{"an act in an 'in case' clause", "Aid groups drew up plans in case Lima does launch strikes on Quito.",
			[]string{"Lima", "Quito"}, nil, ""},
		{"an act in an 'in the event of' phrase", "Quito vowed to retaliate against Lima in the event of a Peruvian attack on Bolivia.",
			[]string{"Quito", "Lima", "Peruvian", "Bolivia"}, nil, ""},
		{"an act before 'in case' is done", "Lima attacked Quito in case Bolivia intervened.",
			[]string{"Lima", "Quito", "Bolivia"}, []string{"Lima ATTACKS Quito"}, "conditional"},
		{"a fronted 'in case' ends at its comma", "In case you missed it, Lima attacked Quito on Monday.",
			[]string{"Lima", "Quito"}, []string{"Lima ATTACKS Quito"}, "conditional"},
		{"'in the case of' is no condition", "In the case of the lakes Lima attacked Quito first.",
			[]string{"Lima", "Quito"}, []string{"Lima ATTACKS Quito"}, "conditional"},
		{"its in a reason phrase: the criticised party", "Lima criticized Santiago for its invasion of Bolivia.",
			[]string{"Lima", "Santiago", "its", "Bolivia"}, []string{"Lima CONDEMNS Santiago", "Santiago ATTACKS Bolivia"}, ""},
		{"its in a reason phrase: the punished party", "Lima punished Santiago for its support of La Paz.",
			[]string{"Lima", "Santiago", "its", "La Paz"}, []string{"Santiago SUPPORTS La Paz"}, ""},
		{"its in a reason phrase: the sanctions' target", "Lima imposed sanctions on Santiago over its attack on Bolivia.",
			[]string{"Lima", "Santiago", "its", "Bolivia"}, []string{"Lima SANCTIONS Santiago", "Santiago ATTACKS Bolivia"}, ""},
		{"their in a reason phrase of a sanctions noun", "Lima backed sanctions against Santiago for their invasion of Bolivia.",
			[]string{"Lima", "Santiago", "their", "Bolivia"}, []string{"Santiago ATTACKS Bolivia"}, ""},
		{"its in a reason phrase with no party: the subject's", "Lima came under fire in Quito for its invasion of Bolivia.",
			[]string{"Lima", "Quito", "its", "Bolivia"}, []string{"Lima ATTACKS Bolivia"}, ""},
		{"its hung on a later verb mid-sentence is left to the article", "Lima is set to impose economic sanctions on Quito, potentially as early as this week, for its incursion into northern Bolivia, one of the few levers Chile still has over NATO-ally Ecuador.",
			[]string{"Lima", "Quito", "its", "Bolivia", "Chile", "Ecuador"}, []string{"its ATTACKS Bolivia"}, ""},
		{"its fronted: the later subject's", "For its part, Lima backed Bolivia.",
			[]string{"its", "Lima", "Bolivia"}, []string{"Lima SUPPORTS Bolivia"}, ""},
		{"it in a speech verb's complement is the speaker", "The ministry said it believed Tehran was responsible for the raids.",
			[]string{"ministry", "it", "Tehran"}, []string{"ministry ACCUSES Tehran"}, ""},
		// (a government named by its leader is the leader: the coreference step reads it,
		// extract/coref_test.go "X's government")
		{"a government named by its state", "Moscow backs the Albanian government.",
			[]string{"Moscow", "government"}, []string{"Moscow SUPPORTS government"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, blocked := matchText(t, tt.text, tt.actors...)
			for _, w := range tt.want {
				assert.Contains(t, got, w, "blocked: %v", blocked)
			}
			if tt.want == nil {
				assert.Empty(t, got, "blocked: %v", blocked)
			}
			for _, b := range blocked {
				if tt.notReason != "" {
					assert.NotContains(t, b, tt.notReason, "all blocked: %v", blocked)
				}
			}
		})
	}
}

func TestMatchExplains(t *testing.T) {
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	s := sm.Sentences("Albania expelled Iranian diplomats.")[0]
	ms := NewMatcher(lex, agencyOf).Match(&s, []Actor{{Start: 0, End: 7, ID: "ALB"}, {Start: 17, End: 24, ID: "IRN"}})
	require.NotEmpty(t, ms)
	m := ms[0]
	assert.Equal(t, "", m.Blocked)
	assert.Equal(t, "expel", m.Frame.Lemma)
	assert.Equal(t, 2, m.Trigger)
	assert.Equal(t, "nsubj<expel>obj", m.Path)
	assert.Regexp(t, `^frame (geokg|cameo):\d+$`, m.Rule())
}

// TestPrefilterAnyLemma checks that a constraint on any word ("xcomp=*") asks for no
// particular word: the frame's trigger alone lets the sentence be parsed.
func TestPrefilterAnyLemma(t *testing.T) {
	fs, err := Load(strings.NewReader("DEMANDS\ttell\tVERB\tnsubj\tobj\txcomp=*\t023\tgeokg\n"))
	require.NoError(t, err)
	forms := func(lemma string) []string {
		if lemma == "tell" {
			return []string{"tell", "told"}
		}
		return []string{lemma}
	}
	p := NewLexicon(fs).NewPrefilter(forms)
	assert.True(t, p.CouldFire(strings.Fields("the leader had told mr trump not to complicate matters")))
	assert.False(t, p.CouldFire(strings.Fields("the leader had spoken")))
}

// TestOwnBodyIsNoOtherParty checks that a person and the state or body they speak for
// are one party of a reciprocal act, while two persons, or a person and another state,
// are two.
func TestOwnBodyIsNoOtherParty(t *testing.T) {
	spokesman := Actor{ID: "official:tom-baker", Person: true, Side: "country:USA"}
	pentagon := Actor{ID: "group:pentagon", Side: "country:USA"}
	us := Actor{ID: "country:USA"}
	peer := Actor{ID: "official:li-wei", Person: true, Side: "country:CHN"}
	colleague := Actor{ID: "official:jo-ames", Person: true, Side: "country:USA"}
	assert.True(t, ownBody(spokesman, pentagon))
	assert.True(t, ownBody(us, spokesman))
	assert.False(t, ownBody(spokesman, peer))
	assert.False(t, ownBody(spokesman, colleague))
	assert.False(t, ownBody(peer, pentagon))
	assert.False(t, ownBody(pentagon, us))
}

// TestMatchReadsConfirmations checks that an act another confirms or acknowledges as
// done is read as the act, where one another only says is that speaker's claim.
func TestMatchReadsConfirmations(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"confirmed expulsion", "Poland confirmed that Russia had expelled the Polish ambassador.", []string{"Poland", "Russia", "Polish"},
			[]string{"Russia EXPELS Polish"}, nil},
		{"acknowledged aid", "Ankara acknowledged that Baku had supplied weapons to Kyiv.", []string{"Ankara", "Baku", "Kyiv"},
			[]string{"Baku AIDS Kyiv"}, nil},
		{"confirmed attack, still an accusation", "The Pentagon confirmed that Iran had fired missiles at Iraq.", []string{"Pentagon", "Iran", "Iraq"},
			[]string{"Iran ATTACKS Iraq", "Pentagon ACCUSES Iran"}, nil},
		{"confirmed in the past tense alone", "Chile confirmed Peru expelled two Bolivian diplomats.", []string{"Chile", "Peru", "Bolivian"},
			[]string{"Peru EXPELS Bolivian"}, nil},
		// must not fire
		{"said is a claim", "Poland said Russia had expelled the Polish ambassador.", []string{"Poland", "Russia", "Polish"},
			nil, []string{"Russia EXPELS Polish"}},
		{"an act to come", "Poland confirmed that Russia would expel the Polish ambassador.", []string{"Poland", "Russia", "Polish"},
			nil, []string{"Russia EXPELS Polish"}},
		{"a confirmation refused", "Poland did not confirm that Russia had expelled the Polish ambassador.", []string{"Poland", "Russia", "Polish"},
			nil, []string{"Russia EXPELS Polish"}},
		{"a confirmation that cannot be given", "Poland could not confirm that Russia had expelled the Polish ambassador.", []string{"Poland", "Russia", "Polish"},
			nil, []string{"Russia EXPELS Polish"}},
		{"a question", "Did Poland confirm that Russia had expelled the Polish ambassador?", []string{"Poland", "Russia", "Polish"},
			nil, []string{"Russia EXPELS Polish"}},
		{"a denied act confirmed", "Poland confirmed that Russia had not expelled the Polish ambassador.", []string{"Poland", "Russia", "Polish"},
			nil, []string{"Russia EXPELS Polish"}},
	})
}

// TestMatchFirstPersonIsTheSpeakers checks that an act whose subject is a quotation's
// first person is the speaker's own, whatever actor the parse makes the speech verb's
// subject: never another's report read as an accusation.
func TestMatchFirstPersonIsTheSpeakers(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"we before a description the parse takes for the speaker", "“We attacked the Russian embassy,” says Mr. Ahmadi, a grey-haired, soft-spoken Taliban with a black turban.",
			[]string{"We", "Russian", "Taliban"}, []string{"We ATTACKS Russian"}, []string{"Taliban ACCUSES We"}},
		{"I before a description the parse takes for the speaker", "“I attacked the British embassy,” says Mr. Ahmadi, a grey-haired, soft-spoken Taliban with a black turban.",
			[]string{"I", "British", "Taliban"}, []string{"I ATTACKS British"}, []string{"Taliban ACCUSES I"}},
		{"a name told by another still reported", "Albania said Iran attacked Tirana.", []string{"Albania", "Iran", "Tirana"},
			[]string{"Albania ACCUSES Iran"}, []string{"Iran ATTACKS Tirana"}},
	})
}

// TestMatchReadsReportedWrongdoing checks that a misdeed a speaker tells of another
// (class wrongdoing-verb) is the speaker's accusation, and what is not one.
func TestMatchReadsReportedWrongdoing(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"meddling reported", "Canada said Iran had meddled in its elections.", []string{"Canada", "Iran"},
			[]string{"Canada ACCUSES Iran"}, nil},
		{"a violation in a quotation", "“Moscow has violated the treaty for years,” Washington said on Friday.", []string{"Moscow", "Washington"},
			[]string{"Washington ACCUSES Moscow"}, nil},
		{"smuggling reported", "Seoul said Pyongyang had smuggled weapons into Syria.", []string{"Seoul", "Pyongyang", "Syria"},
			[]string{"Seoul ACCUSES Pyongyang"}, nil},
		{"harassment concluded", "Ottawa concluded that Beijing had harassed its diplomats.", []string{"Ottawa", "Beijing"},
			[]string{"Ottawa ACCUSES Beijing"}, nil},
		// must not fire
		{"a misdeed that could be", "Canada said Iran could destabilize the region.", []string{"Canada", "Iran"},
			nil, []string{"Canada ACCUSES Iran"}},
		{"a misdeed denied", "Canada said Iran had never interfered in its elections.", []string{"Canada", "Iran"},
			nil, []string{"Canada ACCUSES Iran"}},
		{"a question", "Did Canada say Iran had meddled in its elections?", []string{"Canada", "Iran"},
			nil, []string{"Canada ACCUSES Iran"}},
		{"a condition", "Canada said it would respond if Iran interfered in its elections.", []string{"Canada", "Iran"},
			nil, []string{"Canada ACCUSES Iran"}},
		{"the speaker's own misdeed", "“We violated no rule,” Canada said.", []string{"We", "Canada"},
			nil, []string{"Canada ACCUSES We"}},
		{"a misdeed not reported", "Iran meddled in the elections of Canada.", []string{"Iran", "Canada"},
			nil, []string{"Canada ACCUSES Iran"}},
		// misdeeds named by a noun an actor owns
		{"a misdeed noun with a nationality", "“The crisis was caused by Russian interference,” Kyiv said.", []string{"Russian", "Kyiv"},
			[]string{"Kyiv ACCUSES Russian"}, nil},
		{"a misdeed committed by", "Seoul said the world had seen the crimes committed by Pyongyang.", []string{"Seoul", "Pyongyang"},
			[]string{"Seoul ACCUSES Pyongyang"}, nil},
		{"a misdeed noun in a phrase of the clause", "Washington said it remained vigilant against Iranian provocations.", []string{"Washington", "Iranian"},
			[]string{"Washington ACCUSES Iranian"}, nil},
		{"a misdeed noun denied", "Kyiv said there had been no Russian interference.", []string{"Kyiv", "Russian"},
			nil, []string{"Kyiv ACCUSES Russian"}},
		{"a misdeed noun as a topic", "Kyiv said the inquiry into Russian interference was closed.", []string{"Kyiv", "Russian"},
			nil, []string{"Kyiv ACCUSES Russian"}},
		{"a misdeed noun in a modal clause", "Kyiv said Russian interference could resume.", []string{"Kyiv", "Russian"},
			nil, []string{"Kyiv ACCUSES Russian"}},
		{"an attack told by no one", "Ukraine did not say that Russia attacked Kyiv.", []string{"Ukraine", "Russia", "Kyiv"},
			nil, []string{"Ukraine ACCUSES Russia", "Russia ATTACKS Kyiv"}},
		{"an attack one would claim", "Ukraine would claim that Russia attacked Kyiv.", []string{"Ukraine", "Russia", "Kyiv"},
			nil, []string{"Ukraine ACCUSES Russia", "Russia ATTACKS Kyiv"}},
		{"a misdeed noun said by no one", "Kyiv would never say that Russian interference was over.", []string{"Kyiv", "Russian"},
			nil, []string{"Kyiv ACCUSES Russian"}},
	})
}

// TestMatchReadsContemptNouns checks that conduct a speaker labels with contempt (class
// condemned-noun) owned by an actor is the speaker's condemnation of the owner, and when
// it is not.
func TestMatchReadsContemptNouns(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"aggression the world must stop", "Boric said the world must stop the Peruvian aggression.", []string{"Boric", "Peruvian"},
			[]string{"Boric CONDEMNS Peruvian"}, nil},
		{"massacres in a quotation", "“These are the Chilean massacres,” Ruiz said.", []string{"Chilean", "Ruiz"},
			[]string{"Ruiz CONDEMNS Chilean"}, nil},
		{"a possessor's hypocrisy", "Lima said Santiago's hypocrisy had wrecked the talks.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"an owner held to account", "Quito said Lima must answer for its occupation of the islands.", []string{"Quito", "Lima", "its"},
			[]string{"Quito CONDEMNS Lima"}, nil},
		{"a label in a phrase of a noun", "“The world wants a firm answer to the Chilean brutality,” Arce said.", []string{"Chilean", "Arce"},
			[]string{"Arce CONDEMNS Chilean"}, nil},
		// must not fire
		{"a label in a condition", "Ruiz said Bolivia would respond if Peru renewed its aggression.", []string{"Ruiz", "Bolivia", "Peru", "its"},
			nil, []string{"Ruiz CONDEMNS Peru"}},
		{"a hypothetical label", "Ruiz said Bolivia would never accept Peruvian hegemony.", []string{"Ruiz", "Bolivia", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a label denied", "Ruiz said there had been no Peruvian aggression.", []string{"Ruiz", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a label asked", "Did Ruiz say the Peruvian aggression was over?", []string{"Ruiz", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a label of another's view", "Ruiz said Bolivians were tired of the Peruvian occupation.", []string{"Ruiz", "Bolivians", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a label of another's act", "Ruiz said Bolivia had denounced the Peruvian aggression.", []string{"Ruiz", "Bolivia", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a label said by no one", "Ruiz would never say that the Peruvian aggression was over.", []string{"Ruiz", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a label of no speaker", "The Peruvian aggression began in May.", []string{"Peruvian"},
			nil, []string{"Peruvian CONDEMNS Peruvian"}},
	})
}

// TestMatchReadsContemptModifiedActs checks that an act noun (class judged-act-noun)
// qualified by an adjective of contempt (class contempt-modifier) and owned by an actor is,
// inside what a speaker says, the speaker's condemnation of the owner, and when it is not.
func TestMatchReadsContemptModifiedActs(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a possessor's reckless policies", "Boric said Peru's reckless policies had gone on for years.", []string{"Boric", "Peru"},
			[]string{"Boric CONDEMNS Peru"}, nil},
		{"provocative behavior in a quotation", "“Chile's provocative behavior must stop,” Ruiz said.", []string{"Chile", "Ruiz"},
			[]string{"Ruiz CONDEMNS Chile"}, nil},
		{"an adverb before the adjective", "Arce said the talks were a response to Chile's increasingly provocative actions.", []string{"Arce", "Chile"},
			[]string{"Arce CONDEMNS Chile"}, nil},
		{"a nationality and an illegal act", "Ruiz said the illegal Chilean annexation of the islands must end.", []string{"Ruiz", "Chilean"},
			[]string{"Ruiz CONDEMNS Chilean"}, nil},
		{"an act by an actor", "Vega said the unlawful actions by Bolivia had to stop.", []string{"Vega", "Bolivia"},
			[]string{"Vega CONDEMNS Bolivia"}, nil},
		{"destabilizing activities", "Vega said the sanctions answer Bolivia's destabilizing activities in the region.", []string{"Vega", "Bolivia"},
			[]string{"Vega CONDEMNS Bolivia"}, nil},
		{"provocative missile launches", "Ruiz said Chile's provocative missile launches had to end.", []string{"Ruiz", "Chile"},
			[]string{"Ruiz CONDEMNS Chile"}, nil},
		// must not fire
		{"a neutral practice", "Ruiz said Chile's trade practices had changed.", []string{"Ruiz", "Chile"},
			nil, []string{"Ruiz CONDEMNS Chile"}},
		{"a word that classifies", "Ruiz said Chile's criminal investigation was closed.", []string{"Ruiz", "Chile"},
			nil, []string{"Ruiz CONDEMNS Chile"}},
		{"a neutral act", "Boric said Peru's new policies helped the region.", []string{"Boric", "Peru"},
			nil, []string{"Boric CONDEMNS Peru"}},
		{"no act owned", "Boric said Peru would never adopt reckless policies.", []string{"Boric", "Peru"},
			nil, []string{"Boric CONDEMNS Peru"}},
		{"no act at all", "Boric said there had been no reckless Peruvian decision.", []string{"Boric", "Peruvian"},
			nil, []string{"Boric CONDEMNS Peruvian"}},
		{"another's view", "Ruiz said Bolivia had denounced Peru's reckless policies.", []string{"Ruiz", "Bolivia", "Peru"},
			nil, []string{"Ruiz CONDEMNS Peru"}},
		{"told by no speaker", "Peru's reckless policies hurt the region.", []string{"Peru"},
			nil, []string{"Peru CONDEMNS Peru"}},
		{"a label of a thing", "Boric said Peru's reckless drivers caused the crash.", []string{"Boric", "Peru"},
			nil, []string{"Boric CONDEMNS Peru"}},
		{"a deal named by its party", "Boric said the foolish Peru deal had gone on for years.", []string{"Boric", "Peru"},
			nil, []string{"Boric CONDEMNS Peru"}},
	})
}

// TestPrefilterWrongdoing checks that a sentence with a misdeed is parsed only when a
// speech verb may report it.
func TestPrefilterWrongdoing(t *testing.T) {
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	p := lex.NewPrefilter(sm.Forms)
	assert.True(t, p.CouldFire(strings.Fields("canada said iran had meddled in its elections")))
	assert.False(t, p.CouldFire(strings.Fields("iran meddled in its elections")))
	assert.True(t, p.SpokenWord(strings.Fields("the world will stop the chilean aggression")))
	assert.True(t, p.SpokenWord(strings.Fields("the reckless chilean policies went on")))
	assert.True(t, p.CouldFire(strings.Fields("boric said peru's foolish policies went on for years")))
	assert.False(t, p.CouldFire(strings.Fields("peru's foolish policies went on for years")))
	assert.True(t, p.SpokenWord(strings.Fields("chile must withdraw its troops")))
	assert.True(t, p.SpokenWord(strings.Fields("chile needs to withdraw its troops")))
	assert.False(t, p.SpokenWord(strings.Fields("iran meddled in its elections")))
}

// matchCase is a sentence with its actors and the relations the matcher must read from it.
type matchCase struct {
	name, text string
	actors     []string
	want       []string
}

// runMatchCases matches each case's sentence and checks that it reads exactly the wanted
// relations (none when want is empty).
func runMatchCases(t *testing.T, tests []matchCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels, blocked := matchText(t, tt.text, tt.actors...)
			assert.ElementsMatch(t, tt.want, slices.Compact(rels), "blocked: %v", blocked)
		})
	}
}

// runTypeCases matches each case's sentence and checks that it reads the wanted relations,
// or, when want is nil, no relation of the type typ (no relation at all when typ is "").
func runTypeCases(t *testing.T, tests []matchCase, typ string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, blocked := matchText(t, tt.text, tt.actors...)
			if tt.want == nil && typ == "" {
				assert.Empty(t, got, "blocked: %v", blocked)
				return
			}
			if tt.want == nil {
				for _, g := range got {
					assert.NotContains(t, g, typ, "blocked: %v", blocked)
				}
				return
			}
			for _, w := range tt.want {
				assert.Contains(t, got, w, "blocked: %v", blocked)
			}
		})
	}
}

// wantNotCase is a sentence with its actors, the relations the matcher must read and those
// it must not.
type wantNotCase struct {
	name, text string
	actors     []string
	want, not  []string
}

// runWantNot matches each case's sentence and checks its wanted and unwanted relations.
func runWantNot(t *testing.T, tests []wantNotCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, blocked := matchText(t, tt.text, tt.actors...)
			for _, w := range tt.want {
				assert.Contains(t, got, w, "blocked: %v", blocked)
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w, "blocked: %v", blocked)
			}
		})
	}
}

// TestJudgementsReportClaims checks that a verb of judgement with a clausal complement
// ("agree", "find", "determine", "assess" that X was behind or responsible for something,
// or did a misdeed) is a claim of its subject like a verb of saying, and that a claim
// not made (a modal or negated speech verb) accuses no one, on sentences written for
// this test.
func TestJudgementsReportClaims(t *testing.T) {
	tests := []matchCase{
		{"agreed that", "Chile and Peru agreed that Bolivia was behind the raid.", []string{"Chile", "Peru", "Bolivia"}, []string{"Chile ACCUSES Bolivia", "Peru ACCUSES Bolivia"}},
		{"assessed", "Ecuador assessed that Bolivia was behind the attack.", []string{"Ecuador", "Bolivia"}, []string{"Ecuador ACCUSES Bolivia"}},
		{"found responsible", "Chile found that Peru was responsible for the blast.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"determined a misdeed", "Chile has determined that Peru meddled in the vote.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		// no claim made
		{"a modal judgement", "Chile may determine that Peru was behind the raid.", []string{"Chile", "Peru"}, nil},
		{"a modal saying", "Chile could say that Peru was behind the raid.", []string{"Chile", "Peru"}, nil},
		{"a negated judgement", "Chile did not conclude that Peru was behind the raid.", []string{"Chile", "Peru"}, nil},
	}
	runTypeCases(t, tests, "")
}
