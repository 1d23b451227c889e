// Package geokg is the domain of the geokg knowledge graph: the entity kinds and relation
// types of the ontology, the result of reading one article (Extraction), the error codes
// shared by every layer, and the interfaces that the graph store implements.
//
// It imports only the standard library. Every other package of the module depends on it;
// it depends on none of them.
package geokg

import (
	"fmt"
	"strings"
)

// Kind is the kind of a node in the graph; it is also its Neo4j label.
type Kind string

// The entity kinds of the ontology.
const (
	KindCountry  Kind = "Country"
	KindGroup    Kind = "Group"
	KindOfficial Kind = "Official"
	KindEvent    Kind = "Event"
	KindArticle  Kind = "Article"
)

// ActorKinds lists the kinds that can be the subject or object of a relation.
var ActorKinds = []Kind{KindCountry, KindGroup, KindOfficial}

// Valid reports whether k is one of the actor kinds (Country, Group, Official).
func (k Kind) Valid() bool {
	switch k {
	case KindCountry, KindGroup, KindOfficial:
		return true
	}
	return false
}

// Prefix returns the lower-case prefix of ids of this kind ("country", "group", ...).
func (k Kind) Prefix() string { return strings.ToLower(string(k)) }

// RelationType is the type of an edge between two actors; it is also the Neo4j
// relationship type and the GraphQL enum value.
type RelationType string

// The 22 relation types of the ontology, in the order of ../shared/ontology.md.
const (
	Accuses            RelationType = "ACCUSES"
	Condemns           RelationType = "CONDEMNS"
	Denies             RelationType = "DENIES"
	Rejects            RelationType = "REJECTS"
	Demands            RelationType = "DEMANDS"
	Threatens          RelationType = "THREATENS"
	Sanctions          RelationType = "SANCTIONS"
	LiftsSanctions     RelationType = "LIFTS_SANCTIONS"
	SeversTiesWith     RelationType = "SEVERS_TIES_WITH"
	RestoresTiesWith   RelationType = "RESTORES_TIES_WITH"
	Expels             RelationType = "EXPELS"
	Attacks            RelationType = "ATTACKS"
	Hosts              RelationType = "HOSTS"
	Supports           RelationType = "SUPPORTS"
	Meets              RelationType = "MEETS"
	SignsAgreementWith RelationType = "SIGNS_AGREEMENT_WITH"
	CooperatesWith     RelationType = "COOPERATES_WITH"
	Aids               RelationType = "AIDS"
	Recognizes         RelationType = "RECOGNIZES"
	Leads              RelationType = "LEADS"
	MemberOf           RelationType = "MEMBER_OF"
	PartOf             RelationType = "PART_OF"
)

// RelationTypes lists every relation type of the ontology, in the ontology's order.
var RelationTypes = []RelationType{
	Accuses, Condemns, Denies, Rejects, Demands, Threatens, Sanctions, LiftsSanctions,
	SeversTiesWith, RestoresTiesWith, Expels, Attacks, Hosts, Supports, Meets,
	SignsAgreementWith, CooperatesWith, Aids, Recognizes, Leads, MemberOf, PartOf,
}

// relationInfo holds what the ontology says of each type beyond its name.
var relationInfo = map[RelationType]struct {
	symmetric  bool
	structural bool
	cameo      string
	goldstein  float64
	plover     string // the PLOVER event type (../shared/ontology.md)
	ploverMode string // its mode, where the ontology names one
}{
	// Goldstein-style weights (-10 most conflictual .. +10 most cooperative), rounded from
	// the Goldstein (1992) scale for the nearest CAMEO codes; docs/api.md lists them.
	Accuses:            {cameo: "112", goldstein: -2, plover: "ACCUSE", ploverMode: "allege"},
	Condemns:           {cameo: "111", goldstein: -2, plover: "ACCUSE", ploverMode: "disapprove"},
	Denies:             {cameo: "016", goldstein: -2, plover: "REJECT"},
	Rejects:            {cameo: "12", goldstein: -4, plover: "REJECT"},
	Demands:            {cameo: "10", goldstein: -1, plover: "REQUEST"},
	Threatens:          {cameo: "13", goldstein: -6, plover: "THREATEN"},
	Sanctions:          {cameo: "163", goldstein: -8, plover: "SANCTION", ploverMode: "discontinue"},
	LiftsSanctions:     {cameo: "085", goldstein: 7, plover: "CONCEDE"},
	SeversTiesWith:     {cameo: "161", goldstein: -4, plover: "SANCTION", ploverMode: "withdraw"},
	RestoresTiesWith:   {cameo: "064", goldstein: 7, plover: "COOPERATE"},
	Expels:             {cameo: "166", goldstein: -5, plover: "SANCTION", ploverMode: "expel"},
	Attacks:            {cameo: "19", goldstein: -10, plover: "ASSAULT"},
	Hosts:              {cameo: "043", goldstein: 3, plover: "CONSULT", ploverMode: "visit"},
	Supports:           {cameo: "051", goldstein: 3.5, plover: "SUPPORT"},
	Meets:              {symmetric: true, cameo: "040", goldstein: 1, plover: "CONSULT"},
	SignsAgreementWith: {symmetric: true, cameo: "057", goldstein: 8, plover: "SUPPORT"},
	CooperatesWith:     {symmetric: true, cameo: "06", goldstein: 6, plover: "COOPERATE"},
	Aids:               {cameo: "07", goldstein: 7, plover: "AID"},
	Recognizes:         {cameo: "054", goldstein: 6, plover: "SUPPORT"},
	Leads:              {structural: true},
	MemberOf:           {structural: true},
	PartOf:             {structural: true},
}

// Valid reports whether t is one of the ontology's 22 relation types.
func (t RelationType) Valid() bool {
	_, ok := relationInfo[t]
	return ok
}

// Symmetric reports whether direction carries no meaning for t (MEETS,
// SIGNS_AGREEMENT_WITH, COOPERATES_WITH): one edge is written and queries treat it as
// undirected.
func (t RelationType) Symmetric() bool { return relationInfo[t].symmetric }

// Structural reports whether t describes membership rather than an interaction
// (LEADS, MEMBER_OF, PART_OF).
func (t RelationType) Structural() bool { return relationInfo[t].structural }

// CAMEO returns the nearest CAMEO code of t, or "" for the structural types.
func (t RelationType) CAMEO() string { return relationInfo[t].cameo }

// PLOVER returns the PLOVER event type of t (ACCUSE, SANCTION, CONSULT, ...), as
// ../shared/ontology.md maps it, or "" for the structural types. Where the ontology gives
// two (ATTACKS: ASSAULT, COERCE:cyber; HOSTS: CONSULT:visit, AID:asylum), the first.
func (t RelationType) PLOVER() string { return relationInfo[t].plover }

// PLOVERMode returns the PLOVER mode of t where the ontology names one (ACCUSES: allege,
// SANCTIONS: discontinue, EXPELS: expel), else "".
func (t RelationType) PLOVERMode() string { return relationInfo[t].ploverMode }

// Goldstein returns the cooperation (+) or conflict (-) weight of t on a -10..+10 scale;
// structural types weigh 0.
func (t RelationType) Goldstein() float64 { return relationInfo[t].goldstein }

// ParseRelationType returns the relation type named s (case-insensitive, spaces or
// hyphens allowed for underscores). It fails with an INVALID_ARGUMENT error when s names
// no type of the ontology.
func ParseRelationType(s string) (RelationType, error) {
	t := RelationType(strings.ToUpper(strings.NewReplacer(" ", "_", "-", "_").Replace(strings.TrimSpace(s))))
	if !t.Valid() {
		return "", Errorf(CodeInvalidArgument, "unknown relation type %q", s)
	}
	return t, nil
}

// GroupSubtype says what kind of organised body a Group is.
type GroupSubtype string

// The group subtypes of the ontology.
const (
	ArmedGroup       GroupSubtype = "ARMED_GROUP"
	Party            GroupSubtype = "PARTY"
	Agency           GroupSubtype = "AGENCY"
	Military         GroupSubtype = "MILITARY"
	InternationalOrg GroupSubtype = "INTERNATIONAL_ORG"
	Company          GroupSubtype = "COMPANY"
	OtherGroup       GroupSubtype = "OTHER"
)

// GroupSubtypes lists every group subtype.
var GroupSubtypes = []GroupSubtype{ArmedGroup, Party, Agency, Military, InternationalOrg, Company, OtherGroup}

// Valid reports whether s is one of the ontology's group subtypes.
func (s GroupSubtype) Valid() bool {
	for _, v := range GroupSubtypes {
		if v == s {
			return true
		}
	}
	return false
}

// EventType says what kind of happening an Event is.
type EventType string

// The event types of the ontology.
const (
	Cyberattack    EventType = "CYBERATTACK"
	MilitaryAttack EventType = "MILITARY_ATTACK"
	TerrorAttack   EventType = "TERROR_ATTACK"
	Assassination  EventType = "ASSASSINATION"
	Protest        EventType = "PROTEST"
	Election       EventType = "ELECTION"
	Summit         EventType = "SUMMIT"
	Referendum     EventType = "REFERENDUM"
	Coup           EventType = "COUP"
	NuclearTest    EventType = "NUCLEAR_TEST"
	MissileTest    EventType = "MISSILE_TEST"
	OtherEvent     EventType = "OTHER"
)

// EventTypes lists every event type.
var EventTypes = []EventType{
	Cyberattack, MilitaryAttack, TerrorAttack, Assassination, Protest, Election, Summit,
	Referendum, Coup, NuclearTest, MissileTest, OtherEvent,
}

// Valid reports whether e is one of the ontology's event types.
func (e EventType) Valid() bool {
	for _, v := range EventTypes {
		if v == e {
			return true
		}
	}
	return false
}

// EntityID builds the stable id of an entity: "kind:key", where key is the ISO-3166
// alpha-3 code for a country and a slug of the canonical name for the other kinds.
func EntityID(kind Kind, key string) string {
	if kind == KindCountry {
		return kind.Prefix() + ":" + strings.ToUpper(key)
	}
	return kind.Prefix() + ":" + Slug(key)
}

// ParseEntityID splits an id into its kind and key. It fails with INVALID_ARGUMENT when
// the id has no known kind prefix or an empty key.
func ParseEntityID(id string) (Kind, string, error) {
	prefix, key, ok := strings.Cut(id, ":")
	if ok && key != "" {
		for _, k := range []Kind{KindCountry, KindGroup, KindOfficial, KindEvent, KindArticle} {
			if k.Prefix() == prefix {
				return k, key, nil
			}
		}
	}
	return "", "", Errorf(CodeInvalidArgument, "malformed entity id %q: want kind:key such as country:ALB", id)
}

// Slug turns a name into the key part of an id: lower-case ASCII letters and digits
// separated by single hyphens; letters with diacritics lose them ("Erdoğan" -> "erdogan").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		r = foldLetter(r)
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			dash = false
		case r == '\'' || r == '\u2019' || r == '.':
			// apostrophes and dots join: "People's" -> "peoples", "U.S." -> "us"
		default:
			if b.Len() > 0 && !dash {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// foldLetter maps common Latin letters with diacritics to their base letter.
func foldLetter(r rune) rune {
	if r < 0x80 {
		return r
	}
	if f, ok := diacritics[r]; ok {
		return f
	}
	return r
}

var diacritics = func() map[rune]rune {
	m := map[rune]rune{}
	for base, forms := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćčĉċ", 'd': "ďđ", 'e': "èéêëēėęěĕ", 'g': "ğĝġģ", 'h': "ĥħ",
		'i': "ìíîïīįıĭ", 'j': "ĵ", 'k': "ķ", 'l': "ľĺļłŀ", 'n': "ñńňņ", 'o': "òóôõöøōőŏ",
		'r': "ŕřŗ", 's': "śšşŝș", 't': "ťţțŧ", 'u': "ùúûüūůűųŭ", 'y': "ýÿŷ", 'z': "žźż",
		'A': "ÀÁÂÃÄÅĀĂĄ", 'C': "ÇĆČ", 'E': "ÈÉÊËĒĖĘĚ", 'I': "ÌÍÎÏĪİ", 'N': "ÑŃŇ",
		'O': "ÒÓÔÕÖØŌŐ", 'S': "ŚŠŞȘ", 'U': "ÙÚÛÜŪŮŰ", 'Z': "ŽŹŻ",
	} {
		for _, r := range forms {
			m[r] = base
		}
	}
	return m
}()

// String implements fmt.Stringer.
func (t RelationType) String() string { return string(t) }

var _ fmt.Stringer = Accuses
