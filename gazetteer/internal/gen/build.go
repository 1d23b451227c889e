package main

import (
	"slices"
	"strings"
	"unicode"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/gazetteer/internal/phoenix"
)

// file says which Phoenix dictionary a record comes from.
type file uint8

const (
	countriesFile file = iota
	internationalFile
	milNonStateFile
)

// record is a Phoenix record with the file it was read from.
type record struct {
	phoenix.Record
	from file
}

// input is everything the generator reads.
type input struct {
	records []record
	agents  []phoenix.Agent
	// hand is the hand-written gazetteer (data/countries.json, groups.json,
	// officials.json): generated entries merge into it and never contradict it.
	hand gazetteer.File
	// common holds the words written in lower case in ordinary English text (from the
	// treebanks): a one-word name or alias that is one of them is too ambiguous.
	common map[string]bool
}

// output is what the generator writes.
type output struct {
	groups    []gazetteer.Group
	officials []gazetteer.Official
	agents    []agentEntry
	until     string
	dropped   map[string]int // reason -> count, for the report
}

// orgWords are head words that make a phrase the name of a body, not of a person.
var orgWords = setOf(`ORGANIZATION ORGANISATION ORGANIZATIONS UNION COUNCIL COMMISSION FUND BANK
AGENCY ASSOCIATION COMMITTEE COURT TRIBUNAL PROGRAM PROGRAMME PANEL OFFICE INSTITUTE
INSTITUTION FOUNDATION FEDERATION LEAGUE MOVEMENT PARTY FRONT ARMY FORCE FORCES BRIGADE
BRIGADES GROUP GROUPS CONFERENCE SECRETARIAT MISSION WATCH INTERNATIONAL CORPS NETWORK
ALLIANCE COMMUNITY PARLIAMENT ASSEMBLY CENTER CENTRE SOCIETY CROSS CRESCENT MINISTRY
DEPARTMENT SERVICE SERVICES POLICE GUARD GUARDS AUTHORITY BOARD CONGRESS SENATE CABINET
GOVERNMENT ACADEMY UNIVERSITY COMPANY CORPORATION CORP INC LTD CO HOLDINGS INDUSTRIES
BUREAU DIRECTORATE ADMINISTRATION COALITION ORGANIZATION'S NUCLEI NUCLEUS CELLS CELL
BATTALION REGIMENT DIVISION COMMAND MILITIA MILITIAS SQUAD SQUADS BLOC PACT TREATY
COOPERATION PARTNERSHIP FORUM INITIATIVE PROJECT TRUST CHURCH COMMISSIONER'S
AIRWAYS AIRLINES MOTORS ENERGY PETROLEUM OIL GAS TELECOM SYSTEMS GROUP'S RESISTANCE
JIHAD HEZBOLLAH HIZBALLAH TALIBAN BRIGADE'S LIBERATION REVOLUTIONARY KATAIB JAISH
LASHKAR HARAKAT TEHRIK NATIONS STATES`)

// titleWords are words of titles and honorifics: a person phrase holding one
// ("PRIME_MINISTER_NETANYAHU") is a mention pattern, not a name.
var titleWords = setOf(`PRESIDENT MINISTER PRIME SECRETARY GENERAL SECRETARY-GENERAL CHANCELLOR KING
QUEEN PRINCE PRINCESS EMIR AMBASSADOR SPOKESMAN SPOKESWOMAN ACTING DEPUTY FOREIGN DEFENSE
DEFENCE CHIEF COMMANDER LEADER MR MR. MRS MRS. MS DR DR. GEN GEN. COL COL. SEN SEN. REP
REP. GOV GOV. FORMER VICE PREMIER SPEAKER SHEIKH SHAIKH MULLAH AYATOLLAH SULTAN CROWN
RUSSIAN AMERICAN ISRAELI BRITISH FRENCH CHINESE IRANIAN U.S. US UN U.N. HEAD CHAIRMAN
DIRECTOR ENVOY GENERAL'S LORD SIR BARON JONKHEER JUSTICE JUDGE MAYOR GOVERNOR SENATOR
REPRESENTATIVE OFFICIAL OFFICIALS POPE CARDINAL BISHOP ARCHBISHOP REV REV. REVEREND
COLONEL MAJOR CAPTAIN LIEUTENANT ADMIRAL MARSHAL FIELD SERGEANT PRIVATE`)

// descriptorWords mark an alias that describes followers or branches of a group, not
// the group ("AL_QAEDA_OPERATIVES", "AL_QAIDA-AFFILIATED").
var descriptorWords = setOf(`AFFILIATED AFFILIATE AFFILIATES OFFSHOOT OFFSHOOTS OPERATIVE OPERATIVES LINKED
MEMBER MEMBERS SUPPORTER SUPPORTERS MILITANT MILITANTS FIGHTER FIGHTERS GUNMEN GUNMAN
REBEL REBELS INSURGENT INSURGENTS LEADER LEADERS LEADERSHIP SPOKESMAN OFFICIAL OFFICIALS
CHIEF HEAD TROOPS SOLDIERS STAFF WORKERS EMPLOYEES SUSPECTED ALLEGED STYLE INSPIRED
BACKED FORMER EX-`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// build turns the Phoenix records into gazetteer entries, merged with and filtered
// against the hand-written gazetteer.
func build(in input) output {
	b := newBuilder(in)
	b.classify()
	b.makeGroups()
	b.makeOfficials()
	return output{groups: b.groupList(), officials: b.officialList(), agents: makeAgents(in.agents), until: b.until, dropped: b.dropped}
}

type builder struct {
	in      input
	known   map[string]bool // gazetteer country codes
	dropped map[string]int
	until   string

	persons, groups []record
	firstNames      map[string]bool
	agentHeads      map[string]bool

	// reserved maps the surface key of every hand-written form to the entity owning it
	// ("country:IRN", "group:<slug>", "official:<slug>").
	reserved map[string]string
	handGrp  map[string]gazetteer.Group // slug -> hand-written group
	handOff  map[string]gazetteer.Official

	acr      map[string]bool   // upper-case words of the hand-written data (UN, NATO)
	igoOwner map[string]string // IGO code -> slug of the group it stands for

	grp      map[string]*gazetteer.Group // slug -> generated or merged group
	grpOrder []string
	off      map[string]*gazetteer.Official
	offOrder []string
}

func newBuilder(in input) *builder {
	b := &builder{
		in: in, known: map[string]bool{}, dropped: map[string]int{},
		firstNames: map[string]bool{}, agentHeads: map[string]bool{},
		reserved: map[string]string{}, handGrp: map[string]gazetteer.Group{}, handOff: map[string]gazetteer.Official{},
		grp: map[string]*gazetteer.Group{}, off: map[string]*gazetteer.Official{},
	}
	for _, c := range in.hand.Countries {
		b.known[c.Code] = true
		owner := "country:" + c.Code
		for _, s := range slices.Concat([]string{c.Name}, c.Aliases, c.Demonyms, c.Capitals, c.Seats) {
			b.reserve(s, owner)
		}
	}
	for _, g := range in.hand.Groups {
		b.handGrp[geokg.Slug(g.Name)] = g
		for _, s := range append([]string{g.Name}, g.Aliases...) {
			b.reserve(s, "group:"+geokg.Slug(g.Name))
		}
	}
	for _, o := range in.hand.Officials {
		b.handOff[geokg.Slug(o.Name)] = o
		for _, s := range append([]string{o.Name}, o.Aliases...) {
			b.reserve(s, "official:"+geokg.Slug(o.Name))
		}
	}
	b.acr = map[string]bool{}
	for _, g := range in.hand.Groups {
		for _, s := range append([]string{g.Name}, g.Aliases...) {
			for _, w := range strings.Fields(s) {
				if letterCount(w) >= 2 && strings.ToUpper(w) == w {
					b.acr[w] = true
				}
			}
		}
	}
	for _, a := range in.agents {
		b.agentHeads[a.Phrase[len(a.Phrase)-1]] = true
		for _, p := range a.Plurals {
			b.agentHeads[p[len(p)-1]] = true
		}
	}
	for _, r := range in.records {
		for _, c := range r.Codes {
			for _, d := range []string{c.From, c.To} {
				if d > b.until && d <= "2015-12-31" {
					b.until = d
				}
			}
		}
	}
	return b
}

func (b *builder) acronyms() map[string]bool { return b.acr }

func (b *builder) reserve(surface, owner string) {
	if k := surfaceKey(surface); k != "" {
		if _, ok := b.reserved[k]; !ok {
			b.reserved[k] = owner
		}
	}
}

// surfaceKey is the key under which two written forms are the same: lower case, no
// dots, no diacritics, punctuation folded, a leading "the" dropped.
func surfaceKey(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), ".", "")
	s = strings.TrimPrefix(s, "the ")
	return geokg.Slug(s)
}

// classify sorts the records into persons and groups and collects first names.
func (b *builder) classify() {
	for _, r := range b.in.records {
		if r.from == countriesFile && strings.Contains(r.Comment, "CountryInfo") && len(r.Phrase) >= 2 {
			b.firstNames[r.Phrase[0]] = true
		}
	}
	for _, r := range b.in.records {
		switch kindOf(r, b.firstNames) {
		case kindPerson:
			b.persons = append(b.persons, r)
		case kindGroup:
			b.groups = append(b.groups, r)
		default:
			b.dropped["record neither person nor body"]++
		}
	}
}

type recordKind uint8

const (
	kindNone recordKind = iota
	kindPerson
	kindGroup
)

// kindOf decides whether a record names a person, a body or neither (a place, a
// country, a generic phrase).
func kindOf(r record, firstNames map[string]bool) recordKind {
	words := r.Phrase
	hasOrg := slices.ContainsFunc(words, func(w string) bool { return orgWords[strings.Trim(w, "()")] })
	dated := slices.ContainsFunc(r.Codes, func(c phoenix.Restriction) bool { return c.From != "" || c.To != "" })
	countryOnly := len(r.Codes) > 0 && !slices.ContainsFunc(r.Codes, func(c phoenix.Restriction) bool { return len(c.Code) != 3 })
	switch {
	case hasOrg:
		return kindGroup
	case countryOnly && r.from == countriesFile:
		return kindNone // a country and its places
	case len(words) >= 2 && (r.from == countriesFile && (strings.Contains(r.Comment, "CountryInfo") || dated) ||
		r.from != countriesFile && (dated || firstNames[words[0]])):
		return kindPerson
	case r.from == milNonStateFile:
		return kindGroup
	case r.from == internationalFile && len(words) == 1 && isAcronym(words[0]):
		return kindGroup
	}
	return kindNone
}

// isAcronym reports whether an upper-case word reads as an acronym: dots, no vowel, or
// at most six letters.
func isAcronym(w string) bool {
	w = strings.Trim(w, "()")
	if strings.Contains(w, ".") {
		return true
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && (letters <= 6 || !strings.ContainsAny(w, "AEIOUY"))
}
