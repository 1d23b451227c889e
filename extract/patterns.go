package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// Shape says how a pattern's words and its actors are laid out in a sentence.
type Shape uint8

// The shapes of a pattern.
const (
	// VerbShape: SUBJECT verb [noun] [prep] OBJECT ("Peru blames Chile", "the US
	// put sanctions on Peru", "threw its weight behind Chile").
	VerbShape Shape = iota
	// BetweenShape: SUBJECT verb OBJECT noun ("held Iran responsible", "gave Iranian
	// diplomats 48 hours to leave").
	BetweenShape
	// NounShape: SUBJECT noun prep OBJECT ("US sanctions on Cuba", "Russia's support for
	// the separatists").
	NounShape
	// ModifierShape: SUBJECT-participle OBJECT ("Iran-backed Houthis").
	ModifierShape
)

// Pattern is one rule of the relation table: the words that state a relation of Type
// and where its subject and object stand. Verbs are lemmas: every inflection matches
// ("accuse" matches "accused", "accuses", "accusing").
type Pattern struct {
	Type  geokg.RelationType
	Shape Shape
	Verbs []string
	// Nouns, when set, must follow the verb within a few words ("impose ... sanctions");
	// for NounShape they are the trigger.
	Nouns []string
	// Preps, when set, introduce the object ("on", "against", "with"); else the object
	// follows directly.
	Preps []string
	// PrepNext asks the preposition to follow the verb or noun at once ("call on").
	PrepNext bool
	// Passive allows "OBJECT was VERBed by SUBJECT".
	Passive bool
	// Fact marks acts that reported speech turns into an accusation ("Iran said the US
	// attacked ..." is ACCUSES(Iran, US)).
	Fact bool
	// ClauseSubject lets a NounShape pattern take the subject of the clause when no
	// actor stands before the noun ("in defiance of Brussels").
	ClauseSubject bool
	// OfficialsOnly asks for officials on both sides ("Boric told Mr Milei").
	OfficialsOnly bool
	// NeedsTo asks for "to" + verb after the object ("told Iran to leave"), which makes
	// a plain verb of saying a demand.
	NeedsTo bool
	// Future lets the act be stated in the future or with a modal ("would retaliate"):
	// threats are about the future.
	Future bool
	// Threatened marks a verb that names the act threatened, not the threat ("retaliate"):
	// it is a threat only when someone says or threatens it (toldOnParse).
	Threatened bool
	Confidence float64
}

// patternTable is the relation table. Each entry is a general English construction; order
// does not matter, and one sentence may match several entries.
var patternTable = []Pattern{
	// ACCUSES
	{Type: geokg.Accuses, Verbs: []string{"accuse", "blame", "indict"}, Passive: true, Confidence: 0.85},
	{Type: geokg.Accuses, Verbs: []string{"charge"}, Confidence: 0.6},
	{Type: geokg.Accuses, Verbs: []string{"blame"}, Preps: []string{"on"}, Confidence: 0.8},
	{Type: geokg.Accuses, Verbs: []string{"attribute"}, Preps: []string{"to"}, Confidence: 0.7},
	{Type: geokg.Accuses, Shape: BetweenShape, Verbs: []string{"hold"}, Nouns: []string{"responsible", "accountable"}, Confidence: 0.8},
	{Type: geokg.Accuses, Shape: BetweenShape, Verbs: []string{"label", "call", "designate", "list"}, Nouns: []string{"terrorist", "terrorists", "terror", "sponsor", "criminal", "criminals", "spy", "spies"}, Passive: true, Confidence: 0.7},
	{Type: geokg.Accuses, Shape: NounShape, Nouns: []string{"charges"}, Preps: []string{"against"}, Confidence: 0.7},

	// CONDEMNS
	{Type: geokg.Condemns, Verbs: []string{"condemn", "denounce", "criticise", "criticize", "slam", "decry", "censure", "rebuke", "chide", "chastise", "lambast", "lambaste", "castigate", "excoriate", "assail", "rebuff"}, Passive: true, Confidence: 0.85},
	{Type: geokg.Condemns, Verbs: []string{"lash", "hit"}, Nouns: []string{"out", "back"}, Preps: []string{"at"}, PrepNext: true, Confidence: 0.8},
	{Type: geokg.Condemns, Verbs: []string{"take"}, Nouns: []string{"issue", "exception"}, Preps: []string{"with", "to"}, PrepNext: true, Confidence: 0.7},
	{Type: geokg.Condemns, Verbs: []string{"protest"}, Confidence: 0.6},
	{Type: geokg.Condemns, Verbs: []string{"lodge", "file", "make"}, Nouns: []string{"protest", "complaint"}, Preps: []string{"with", "to", "against"}, Confidence: 0.75},
	{Type: geokg.Condemns, Shape: NounShape, Nouns: []string{"condemnation", "criticism", "denunciation"}, Preps: []string{"of"}, Confidence: 0.7},
	{Type: geokg.Condemns, Verbs: []string{"come"}, Nouns: []string{"out"}, Preps: []string{"against"}, Confidence: 0.75},
	{Type: geokg.Condemns, Verbs: []string{"deliver"}, Nouns: []string{"rebuke", "reprimand"}, Preps: []string{"of", "to"}, Confidence: 0.75},
	{Type: geokg.Condemns, Verbs: []string{"express", "register", "convey"}, Nouns: []string{"disapproval", "displeasure", "outrage", "indignation", "anger", "dismay"}, Preps: []string{"at", "over", "with", "of", "to"}, Confidence: 0.75},

	// DENIES (the object is the accuser; see denialObject)
	{Type: geokg.Denies, Verbs: []string{"deny", "refute"}, Confidence: 0.75},
	{Type: geokg.Denies, Verbs: []string{"reject", "dismiss", "rebuff"}, Nouns: []string{"accusation", "accusations", "charge", "charges", "allegation", "allegations", "claim", "claims", "report", "reports", "suggestion", "suggestions"}, Confidence: 0.8},
	{Type: geokg.Denies, Verbs: []string{"dispute", "rebut"}, Nouns: []string{"accusation", "accusations", "charge", "charges", "allegation", "allegations"}, Confidence: 0.8},

	// REJECTS
	{Type: geokg.Rejects, Verbs: []string{"reject", "refuse", "defy"}, Confidence: 0.65},
	{Type: geokg.Rejects, Verbs: []string{"turn"}, Nouns: []string{"down"}, Confidence: 0.6},
	{Type: geokg.Rejects, Shape: NounShape, Nouns: []string{"defiance"}, Preps: []string{"of"}, ClauseSubject: true, Confidence: 0.65},

	// DEMANDS
	{Type: geokg.Demands, Verbs: []string{"call"}, Preps: []string{"on", "upon"}, PrepNext: true, Confidence: 0.8},
	{Type: geokg.Demands, Verbs: []string{"urge", "press", "pressure", "pressurise", "pressurize", "lobby", "implore"}, Passive: true, Confidence: 0.8},
	{Type: geokg.Demands, Verbs: []string{"demand", "request"}, Preps: []string{"of", "from"}, PrepNext: true, Confidence: 0.7},
	{Type: geokg.Demands, Verbs: []string{"appeal"}, Preps: []string{"to"}, PrepNext: true, Confidence: 0.75},
	{Type: geokg.Demands, Verbs: []string{"call", "push"}, Preps: []string{"for"}, PrepNext: true, NeedsTo: true, Confidence: 0.7},
	{Type: geokg.Demands, Verbs: []string{"demand", "request"}, Preps: []string{"that"}, PrepNext: true, Confidence: 0.65},
	{Type: geokg.Demands, Verbs: []string{"ask", "tell", "order", "instruct", "encourage", "advise"}, NeedsTo: true, Confidence: 0.7},
	{Type: geokg.Demands, Shape: NounShape, Nouns: []string{"call", "calls"}, Preps: []string{"for", "on"}, NeedsTo: true, ClauseSubject: true, Confidence: 0.65},
	{Type: geokg.Demands, Shape: NounShape, Nouns: []string{"pressure"}, Preps: []string{"on"}, NeedsTo: true, Confidence: 0.65},

	// THREATENS
	{Type: geokg.Threatens, Verbs: []string{"threaten", "warn"}, Passive: true, Future: true, Confidence: 0.8},
	{Type: geokg.Threatens, Verbs: []string{"vow", "threaten", "warn", "vowed"}, Nouns: []string{"retaliation", "revenge", "reprisal", "reprisals", "response", "consequences", "action", "measures", "retribution"}, Preps: []string{"against", "on", "for", "to"}, Future: true, Confidence: 0.8},
	{Type: geokg.Threatens, Verbs: []string{"retaliate"}, Preps: []string{"against", "on"}, Future: true, Threatened: true, Confidence: 0.75},
	{Type: geokg.Threatens, Shape: NounShape, Nouns: []string{"warnings", "threat", "threats", "ultimatum"}, Preps: []string{"to", "against"}, Confidence: 0.65},
	{Type: geokg.Threatens, Verbs: []string{"issue", "send"}, Nouns: []string{"ultimatum", "warning"}, Preps: []string{"to"}, Future: true, Confidence: 0.7},

	// SANCTIONS
	{Type: geokg.Sanctions, Verbs: []string{"impose", "announce", "order", "approve", "reimpose", "re-impose", "tighten", "levy", "adopt", "expand", "introduce", "place", "put", "maintain", "keep"}, Nouns: []string{"sanctions", "sanction", "embargo", "embargoes", "blockade", "ban", "boycott", "restrictions", "penalties", "tariffs", "measures", "freeze"}, Preps: []string{"on", "against", "upon"}, Confidence: 0.85},
	{Type: geokg.Sanctions, Verbs: []string{"sanction", "boycott", "blockade"}, Passive: true, Confidence: 0.8},
	{Type: geokg.Sanctions, Shape: BetweenShape, Verbs: []string{"freeze", "seize"}, Nouns: []string{"assets", "accounts", "funds"}, Confidence: 0.7},
	{Type: geokg.Sanctions, Shape: NounShape, Nouns: []string{"sanctions", "embargo", "blockade"}, Preps: []string{"on", "against", "upon"}, Confidence: 0.75},

	// LIFTS_SANCTIONS
	{Type: geokg.LiftsSanctions, Verbs: []string{"lift", "ease", "repeal"}, Nouns: []string{"sanctions", "embargo", "restrictions", "blockade", "ban"}, Preps: []string{"on", "against"}, Confidence: 0.8},

	// SEVERS_TIES_WITH
	{Type: geokg.SeversTiesWith, Verbs: []string{"cut", "suspend", "downgrade", "end", "freeze"}, Nouns: []string{"ties", "relations", "contacts", "links"}, Preps: []string{"with"}, Confidence: 0.85},
	{Type: geokg.SeversTiesWith, Verbs: []string{"recall", "withdraw"}, Nouns: []string{"ambassador", "envoy", "ambassadors", "envoys", "commissioner"}, Preps: []string{"from", "to", "in"}, Confidence: 0.75},
	{Type: geokg.SeversTiesWith, Shape: NounShape, Nouns: []string{"severance"}, Preps: []string{"with"}, Confidence: 0.7},

	// RESTORES_TIES_WITH
	{Type: geokg.RestoresTiesWith, Verbs: []string{"normalize", "re-establish", "upgrade", "renew"}, Nouns: []string{"ties", "relations", "contacts"}, Preps: []string{"with"}, Confidence: 0.85},

	// EXPELS
	{Type: geokg.Expels, Verbs: []string{"expel", "oust"}, Passive: true, Confidence: 0.85},
	{Type: geokg.Expels, Verbs: []string{"declare"}, Nouns: []string{"persona"}, Confidence: 0.8},
	{Type: geokg.Expels, Shape: NounShape, Nouns: []string{"expulsion"}, Preps: []string{"of"}, ClauseSubject: true, Confidence: 0.7},
	{Type: geokg.Expels, Shape: BetweenShape, Verbs: []string{"order", "give", "tell"}, Nouns: []string{"leave", "hours", "days"}, Confidence: 0.75},

	// ATTACKS
	{Type: geokg.Attacks, Verbs: []string{"attack", "shell", "invade", "raid", "hack", "strike", "storm", "assault", "fight"}, Passive: true, Fact: true, Confidence: 0.7},
	{Type: geokg.Attacks, Verbs: []string{"launch", "carry", "conduct", "stage", "fire", "unleash", "direct"}, Nouns: []string{"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "offensive", "raid", "raids", "rockets", "missiles", "cyberattack", "cyberattacks", "assault", "bombing"}, Preps: []string{"on", "against", "at", "into", "in"}, Fact: true, Confidence: 0.75},

	{Type: geokg.Attacks, Shape: NounShape, Nouns: []string{"invasion", "occupation", "bombardment", "killing", "assassination"}, Preps: []string{"of"}, Confidence: 0.7},
	{Type: geokg.Attacks, Verbs: []string{"strike", "attack", "bomb", "raid"}, Preps: []string{"in", "inside"}, PrepNext: true, Fact: true, Confidence: 0.6},
	{Type: geokg.Attacks, Verbs: []string{"plot", "orchestrate", "mastermind", "perpetrate", "commit", "carry"}, Passive: true, Fact: true, Confidence: 0.6},
	{Type: geokg.Attacks, Shape: NounShape, Nouns: []string{"attack", "attacks", "strikes", "airstrikes", "assault"}, Preps: []string{"on", "against"}, Confidence: 0.6},

	// HOSTS
	{Type: geokg.Hosts, Verbs: []string{"host", "shelter", "house"}, Passive: true, Confidence: 0.75},
	{Type: geokg.Hosts, Verbs: []string{"give", "grant", "offer"}, Nouns: []string{"asylum", "refuge", "sanctuary", "haven"}, Preps: []string{"to"}, Confidence: 0.8},
	{Type: geokg.Hosts, Verbs: []string{"take"}, Nouns: []string{"in"}, Confidence: 0.6},

	// SUPPORTS
	{Type: geokg.Supports, Verbs: []string{"back", "support", "endorse", "praise", "hail", "applaud", "defend", "welcome"}, Passive: true, Confidence: 0.75},
	{Type: geokg.Supports, Verbs: []string{"side"}, Preps: []string{"with"}, PrepNext: true, Confidence: 0.8},
	{Type: geokg.Supports, Verbs: []string{"laud", "embrace"}, Confidence: 0.7},
	{Type: geokg.Supports, Verbs: []string{"pledge", "declare", "give"}, Nouns: []string{"allegiance", "loyalty"}, Preps: []string{"to"}, Confidence: 0.8},
	{Type: geokg.Supports, Verbs: []string{"stand", "rally"}, Preps: []string{"by", "behind", "with", "to"}, PrepNext: true, Confidence: 0.7},
	{Type: geokg.Supports, Verbs: []string{"stand", "be"}, Nouns: []string{"solidarity"}, Preps: []string{"with"}, Confidence: 0.75},
	{Type: geokg.Supports, Verbs: []string{"reaffirm", "reiterate", "restate", "express"}, Nouns: []string{"commitment"}, Preps: []string{"to"}, PrepNext: true, Confidence: 0.65},
	{Type: geokg.Supports, Verbs: []string{"throw", "put"}, Nouns: []string{"weight"}, Preps: []string{"behind"}, Confidence: 0.85},
	{Type: geokg.Supports, Verbs: []string{"express", "declare", "show", "pledge", "offer", "give"}, Nouns: []string{"support", "solidarity", "backing"}, Preps: []string{"for", "with", "to"}, Confidence: 0.8},
	{Type: geokg.Supports, Shape: NounShape, Nouns: []string{"support", "backing"}, Preps: []string{"for", "of", "with"}, Confidence: 0.6},
	{Type: geokg.Supports, Shape: ModifierShape, Verbs: []string{"back", "sponsor", "fund"}, Confidence: 0.75},

	// MEETS
	{Type: geokg.Meets, Verbs: []string{"meet"}, Preps: []string{"with"}, Confidence: 0.8},
	{Type: geokg.Meets, Verbs: []string{"meet", "visit", "phone", "telephone"}, Confidence: 0.7},
	{Type: geokg.Meets, Verbs: []string{"hold", "open", "begin", "start"}, Nouns: []string{"talks", "meeting", "meetings", "consultations", "discussions", "call", "conversation"}, Preps: []string{"with"}, Confidence: 0.8},
	{Type: geokg.Meets, Verbs: []string{"talk", "speak", "confer", "negotiate"}, Preps: []string{"with", "to"}, PrepNext: true, Confidence: 0.7},
	{Type: geokg.Meets, Verbs: []string{"discuss"}, Preps: []string{"with"}, Confidence: 0.65},
	{Type: geokg.Meets, Shape: NounShape, Nouns: []string{"talks", "meeting", "call", "conversation", "summit"}, Preps: []string{"with"}, ClauseSubject: true, Confidence: 0.6},
	{Type: geokg.Meets, Verbs: []string{"tell", "brief", "assure"}, OfficialsOnly: true, Confidence: 0.6},

	// SIGNS_AGREEMENT_WITH
	{Type: geokg.SignsAgreementWith, Verbs: []string{"sign", "conclude", "reach", "strike", "extend", "agree"}, Nouns: []string{"agreement", "deal", "treaty", "accord", "pact", "memorandum", "agreements", "deals", "treaties"}, Preps: []string{"with"}, Confidence: 0.85},

	// COOPERATES_WITH
	{Type: geokg.CooperatesWith, Verbs: []string{"cooperate", "co-operate", "coordinate", "work"}, Preps: []string{"with"}, PrepNext: true, Confidence: 0.7},
	{Type: geokg.CooperatesWith, Verbs: []string{"conduct", "stage"}, Nouns: []string{"exercises", "drills", "patrols", "operations"}, Preps: []string{"with"}, Confidence: 0.75},
	{Type: geokg.CooperatesWith, Verbs: []string{"share"}, Nouns: []string{"intelligence", "information", "data"}, Preps: []string{"with"}, Confidence: 0.7},
	{Type: geokg.CooperatesWith, Verbs: []string{"allied", "align"}, Preps: []string{"with"}, PrepNext: true, Confidence: 0.65},
	{Type: geokg.CooperatesWith, Shape: NounShape, Nouns: []string{"alliance"}, Preps: []string{"with"}, Confidence: 0.6},

	// AIDS
	{Type: geokg.Aids, Verbs: []string{"send", "provide", "give", "deliver", "offer", "lend"}, Nouns: []string{"aid", "funding", "assistance", "money", "loans", "loan", "supplies", "food", "wheat", "grain", "fuel", "vaccines", "medicine", "medicines"}, Preps: []string{"to", "for"}, Confidence: 0.75},
	// arms transfers are often alleged: reported speech makes them accusations
	{Type: geokg.Aids, Verbs: []string{"send", "provide", "give", "supply", "deliver", "ship"}, Nouns: []string{"arms", "weapons", "equipment", "drones", "missiles", "ammunition", "munitions", "tanks", "jets", "system", "systems", "artillery", "shells", "rockets"}, Preps: []string{"to"}, Fact: true, Confidence: 0.75},
	{Type: geokg.Aids, Verbs: []string{"arm", "bankroll", "equip"}, Confidence: 0.7},
	{Type: geokg.Aids, Shape: NounShape, Nouns: []string{"aid"}, Preps: []string{"to", "for"}, Confidence: 0.55},

	// RECOGNIZES
	{Type: geokg.Recognizes, Verbs: []string{"recognise", "recognize"}, Passive: true, Confidence: 0.8},
	{Type: geokg.Recognizes, Verbs: []string{"extend", "grant"}, Nouns: []string{"recognition"}, Preps: []string{"to"}, Confidence: 0.8},
	{Type: geokg.Recognizes, Shape: NounShape, Nouns: []string{"recognition"}, Preps: []string{"of"}, Confidence: 0.6},
	{Type: geokg.Recognizes, Verbs: []string{"switch", "shift", "transfer", "move"}, Nouns: []string{"recognition"}, Preps: []string{"to"}, Confidence: 0.75},
}

// particleVerbs are verbs of the table that state the act only with their particle:
// "carried out the attack", "the hack was carried out by Russia" (not "carried signs",
// "a statement carried by KUNA", "the jet carrying Putin").
var particleVerbs = map[string]string{"carry": "out"}

// particleForms maps every form of a particleVerbs verb to its particle.
var particleForms = func() map[string]string {
	out := map[string]string{}
	for v, p := range particleVerbs {
		for _, f := range inflections(v) {
			out[f] = p
		}
	}
	return out
}()

// hasParticle reports whether the verb at i has the particle it needs, if any.
func hasParticle(toks []Token, i int) bool {
	p, ok := particleForms[toks[i].Lower]
	return !ok || i+1 < len(toks) && toks[i+1].Lower == p
}

// gerundModifiers before an -ing form make it a noun: "a briefing", "a news briefing".
var gerundModifiers = map[string]bool{
	"a": true, "an": true, "the": true, "news": true, "press": true, "media": true,
}

// gerundNoun reports whether the -ing form at i is a noun: after an article or a noun
// such as "news" ("said at a regular news briefing", "the fighting").
func gerundNoun(toks []Token, i int) bool {
	return i > 0 && strings.HasSuffix(toks[i].Lower, "ing") && gerundModifiers[toks[i-1].Lower]
}

// irregular lists the irregular forms of the verbs of the table.
var irregular = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "strike": {"struck", "stricken"}, "throw": {"threw", "thrown"},
	"put": {"put"}, "give": {"gave", "given"}, "take": {"took", "taken"}, "tell": {"told"},
	"send": {"sent"}, "lend": {"lent"}, "speak": {"spoke", "spoken"}, "make": {"made"},
	"freeze": {"froze", "frozen"}, "begin": {"began", "begun"}, "stand": {"stood"},
	"fight": {"fought"}, "be": {"is", "was", "were", "are", "been", "being"}, "show": {"shown"},
	"keep": {"kept"}, "hit": {"hit"}, "come": {"came"}, "cut": {"cut"},
	"withdraw": {"withdrew", "withdrawn"},
}

// doubling lists verbs that double their last consonant before -ed and -ing.
var doubling = map[string]bool{
	"hit": true, "put": true, "cut": true, "ship": true, "commit": true, "expel": true, "equip": true, "confer": true, "rebut": true,
}

// inflections returns the forms of a verb lemma: base, third person, past and
// participles ("accuse" -> accuse, accuses, accused, accusing).
func inflections(v string) []string {
	forms := []string{v}
	forms = append(forms, irregular[v]...)
	last := v[len(v)-1]
	switch {
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		forms = append(forms, v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing")
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	case doubling[v]:
		forms = append(forms, v+"s", v+string(last)+"ed", v+string(last)+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
	}
	return forms
}

// patternIndex maps every verb form to the patterns it triggers, and every trigger noun
// of a NounShape pattern to its patterns.
type patternIndex struct {
	verbs map[string][]int
	nouns map[string][]int
	// nounSets holds each pattern's nouns as a set.
	nounSets []map[string]bool
	prepSets []map[string]bool
}

var patterns = buildPatternIndex(patternTable)

func buildPatternIndex(ps []Pattern) *patternIndex {
	ix := &patternIndex{verbs: map[string][]int{}, nouns: map[string][]int{}}
	for i, p := range ps {
		ns := map[string]bool{}
		for _, n := range p.Nouns {
			ns[n] = true
		}
		pr := map[string]bool{}
		for _, n := range p.Preps {
			pr[n] = true
		}
		ix.nounSets = append(ix.nounSets, ns)
		ix.prepSets = append(ix.prepSets, pr)
		if p.Shape == NounShape {
			for _, n := range p.Nouns {
				ix.nouns[n] = append(ix.nouns[n], i)
			}
			continue
		}
		seen := map[string]bool{}
		for _, v := range p.Verbs {
			for _, f := range inflections(v) {
				if !seen[f] {
					seen[f] = true
					ix.verbs[f] = append(ix.verbs[f], i)
				}
			}
		}
	}
	return ix
}
