package main

import (
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// person is an official under construction.
type person struct {
	o       gazetteer.Official
	hand    bool     // merged into a hand-written entry
	singles []string // one-word aliases, kept only when unambiguous
}

// makeOfficials builds the officials of the person records, with their dated roles.
func (b *builder) makeOfficials() {
	people := map[string]*person{}
	for _, r := range b.persons {
		words := trimThe(r.Phrase)
		if reason := b.badPersonName(words); reason != "" {
			b.dropped["person: "+reason]++
			continue
		}
		roles := b.rolesOf(r)
		if len(roles) == 0 {
			b.dropped["person: no public role"]++
			continue
		}
		name := display(words, b.acronyms(), false)
		if o := b.reserved[surfaceKey(name)]; o != "" && !strings.HasPrefix(o, "official:") {
			b.dropped["person: name of a country or group"]++
			continue
		}
		var aliases, singles []string
		for _, syn := range r.Synonyms {
			syn = trimThe(syn)
			switch {
			case len(syn) == 1:
				singles = append(singles, display(syn, nil, false))
			case b.badPersonName(syn) == "":
				aliases = append(aliases, display(syn, b.acronyms(), false))
			default:
				b.dropped["person alias: title or descriptor"]++
			}
		}
		key := geokg.Slug(name)
		for _, s := range append([]string{name}, aliases...) {
			if o := b.reserved[surfaceKey(s)]; strings.HasPrefix(o, "official:") {
				key = strings.TrimPrefix(o, "official:")
				break
			}
		}
		p := people[key]
		if p == nil {
			p = &person{o: gazetteer.Official{Name: name}}
			if h, ok := b.handOff[key]; ok {
				p = &person{o: gazetteer.Official{Name: h.Name}, hand: true}
			}
			people[key] = p
			b.offOrder = append(b.offOrder, key)
		}
		if !p.hand {
			p.o.Aliases = append(p.o.Aliases, name)
		}
		p.o.Aliases = append(p.o.Aliases, aliases...)
		p.singles = append(p.singles, singles...)
		for _, role := range roles {
			if !containsRole(p.o.Roles, role) {
				p.o.Roles = append(p.o.Roles, role)
			}
		}
	}
	b.cleanOfficialAliases(people)
	b.off = map[string]*gazetteer.Official{}
	for key, p := range people {
		p.o.Until = b.until
		if !p.hand {
			p.o.Country = headlineCountry(p.o.Roles)
		}
		sort.SliceStable(p.o.Roles, func(i, j int) bool { return p.o.Roles[i].From < p.o.Roles[j].From })
		o := p.o
		b.off[key] = &o
	}
}

// badPersonName returns why a phrase cannot be a person's name or alias, or "".
func (b *builder) badPersonName(words []string) string {
	if len(words) < 2 {
		return "one word"
	}
	for _, w := range words {
		switch {
		case titleWords[w] || titleWords[strings.Trim(w, ",")]:
			return "title in the name"
		case descriptorWords[w], orgWords[w]:
			return "descriptor in the name"
		case strings.ContainsAny(w, "()/"):
			return "parenthesis in the name"
		}
	}
	return ""
}

// rolesOf reads the roles of a person record. An undated office code next to dated
// ones is TABARI's default for the dates no restriction covers; it is dropped, since it
// would hold at every date. An undated elite code is kept: it is no office.
func (b *builder) rolesOf(r record) []gazetteer.Role {
	dated := false
	for _, c := range r.Codes {
		if c.From != "" || c.To != "" {
			dated = true
		}
	}
	var out []gazetteer.Role
	for _, rc := range r.Codes {
		c := decodeCode(rc.Code, b.known)
		branch := c.branch()
		if branch == "" {
			continue
		}
		if dated && rc.From == "" && rc.To == "" && branch != gazetteer.BranchElite {
			continue
		}
		role := gazetteer.Role{Country: c.country, Branch: branch, Code: rc.Code, From: rc.From, To: rc.To}
		if c.sector == "IGO" {
			role.Group = b.igoGroup(rc.Code)
		}
		if !containsRole(out, role) {
			out = append(out, role)
		}
	}
	if !containsOffice(out) {
		return nil // elite only: a person of weight with no known office
	}
	return out
}

// igoGroup returns the name of the group that owns the code or its longest prefix.
func (b *builder) igoGroup(raw string) string {
	for p := raw; len(p) >= 6; p = p[:len(p)-3] {
		if key, ok := b.igoOwner[p]; ok {
			return b.grp[key].Name
		}
	}
	return ""
}

func containsRole(rs []gazetteer.Role, r gazetteer.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func containsOffice(rs []gazetteer.Role) bool {
	for _, r := range rs {
		if r.Office() {
			return true
		}
	}
	return false
}

// headlineCountry is the country of the latest office (an open-ended one first), else
// of any role.
func headlineCountry(rs []gazetteer.Role) string {
	best, bestKey := "", ""
	for _, r := range rs {
		if !r.Office() || r.Country == "" {
			continue
		}
		k := r.From
		if r.To == "" {
			k = "9999" + k
		}
		if best == "" || k > bestKey {
			best, bestKey = r.Country, k
		}
	}
	if best != "" {
		return best
	}
	for _, r := range rs {
		if r.Country != "" {
			return r.Country
		}
	}
	return ""
}

// cleanOfficialAliases keeps the aliases that name one person only: a form of two
// people (or of a hand-written entry, a country or a group) is dropped from all of
// them, and a one-word alias is kept only when it is no ordinary word, no first name,
// four letters or more, and no other person's surname. Hand-written entries gain no
// one-word aliases: their surnames are curated.
func (b *builder) cleanOfficialAliases(people map[string]*person) {
	owners := map[string]map[string]bool{}
	note := func(s, key string) {
		k := surfaceKey(s)
		if owners[k] == nil {
			owners[k] = map[string]bool{}
		}
		owners[k][key] = true
	}
	for key, p := range people {
		note(p.o.Name, key)
		for _, a := range p.o.Aliases {
			note(a, key)
		}
		for _, a := range p.singles {
			note(a, key)
		}
		note(lastWord(p.o.Name), key)
	}
	for key, o := range b.handOff {
		note(lastWord(o.Name), "hand:"+key)
	}
	for key, p := range people {
		var kept []string
		seen := map[string]bool{surfaceKey(p.o.Name): true}
		for _, a := range p.o.Aliases {
			k := surfaceKey(a)
			switch {
			case seen[k]:
			case b.reserved[k] != "" && b.reserved[k] != "official:"+key:
				b.dropped["person alias: belongs to a hand-written entry"]++
			case b.reserved[k] == "official:"+key:
			case len(owners[k]) > 1:
				b.dropped["person alias: shared by two people"]++
			default:
				kept = append(kept, a)
			}
			seen[k] = true
		}
		if !p.hand {
			for _, a := range p.singles {
				k := surfaceKey(a)
				switch {
				case seen[k]:
				case letterCount(a) < 4, b.in.common[strings.ToLower(a)], b.firstNames[strings.ToUpper(a)]:
					b.dropped["person surname: ordinary word or first name"]++
				case b.reserved[k] != "" || len(owners[k]) > 1:
					b.dropped["person surname: shared"]++
				default:
					kept = append(kept, a)
				}
				seen[k] = true
			}
		}
		p.o.Aliases = kept
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// officialList returns the officials sorted by slug.
func (b *builder) officialList() []gazetteer.Official {
	out := make([]gazetteer.Official, 0, len(b.off))
	for _, o := range b.off {
		if o.Aliases == nil {
			o.Aliases = []string{}
		}
		out = append(out, *o)
	}
	sort.Slice(out, func(i, j int) bool { return geokg.Slug(out[i].Name) < geokg.Slug(out[j].Name) })
	return out
}
