package main

import (
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// makeGroups builds the groups of the group records, merging those that name a
// hand-written group into it.
func (b *builder) makeGroups() {
	owner := map[string]string{} // IGO code -> slug of the group that owns it
	codeOf := map[string]string{}
	for _, r := range b.groups {
		words, acr := splitAcronym(trimThe(r.Phrase))
		if len(words) == 0 && acr != "" {
			words, acr = []string{acr}, ""
		}
		handName := strings.HasPrefix(b.reserved[surfaceKey(strings.Join(words, " "))], "group:")
		if reason := b.badGroupName(words); reason != "" && !handName {
			b.dropped["group: "+reason]++
			continue
		}
		c := b.groupCode(r)
		if c.media() {
			b.dropped["group: news medium (a source, not an actor)"]++
			continue
		}
		if c.sector == "MNC" && !b.companyName(words) {
			b.dropped["group: company name too plain"]++
			continue
		}
		name := display(words, b.acronyms(), true)
		if o := b.reserved[surfaceKey(name)]; o != "" && !strings.HasPrefix(o, "group:") {
			b.dropped["group: name of a country or official"]++
			continue
		}
		surfaces := []string{name}
		if acr != "" {
			surfaces = append(surfaces, acr)
		}
		for _, syn := range r.Synonyms {
			sw, sa := splitAcronym(trimThe(syn))
			if len(sw) == 0 && sa != "" {
				sw, sa = []string{sa}, ""
			}
			if b.badGroupAlias(sw, words) {
				b.dropped["group alias: generic or descriptive"]++
			} else {
				surfaces = append(surfaces, display(sw, b.acronyms(), true))
			}
			if sa != "" {
				surfaces = append(surfaces, sa)
			}
		}
		key := geokg.Slug(name)
		for _, s := range surfaces {
			if o := b.reserved[surfaceKey(s)]; strings.HasPrefix(o, "group:") {
				key = strings.TrimPrefix(o, "group:")
				break
			}
		}
		g := b.grp[key]
		if g == nil {
			g = &gazetteer.Group{Name: name, Subtype: b.subtypeFor(r, c), Country: c.country}
			if h, ok := b.handGrp[key]; ok {
				g = &gazetteer.Group{Name: h.Name}
			} else if c.country != "" && (g.Subtype == geokg.Agency || g.Subtype == geokg.Military) {
				g.Parent = "country:" + c.country
			}
			b.grp[key] = g
			b.grpOrder = append(b.grpOrder, key)
		}
		g.Aliases = append(g.Aliases, surfaces...)
		if c.sector == "IGO" && len(c.raw) >= 6 {
			codeOf[key] = c.raw
			if _, ok := owner[c.raw]; !ok && r.from == internationalFile {
				owner[c.raw] = key
			}
		}
	}
	b.igoOwner = owner
	// Parents of international organisations: the owner of the longest proper prefix
	// of the code ("IGOUNOKID" UNICEF -> "IGOUNO" United Nations).
	for key, c := range codeOf {
		g := b.grp[key]
		if _, hand := b.handGrp[key]; hand || g.Parent != "" {
			continue
		}
		for p := c; len(p) >= 6; p = p[:len(p)-3] {
			if o, ok := owner[p]; ok && o != key {
				g.Parent = b.grp[o].Name
				break
			}
		}
	}
	b.cleanGroupAliases()
}

// groupCode returns the decoded first code of a record (an undated one by preference).
func (b *builder) groupCode(r record) code {
	for _, c := range r.Codes {
		if c.From == "" && c.To == "" && c.Code != "---" {
			return decodeCode(c.Code, b.known)
		}
	}
	if len(r.Codes) > 0 {
		return decodeCode(r.Codes[0].Code, b.known)
	}
	return code{}
}

func (b *builder) subtypeFor(r record, c code) geokg.GroupSubtype {
	if r.from == milNonStateFile {
		return geokg.ArmedGroup
	}
	if s := c.subtype(); s != "" {
		return s
	}
	return geokg.OtherGroup
}

// postWords are the heads of an official's post: before "of" or "to" they make a name a
// post's ("President of the United States"), not a body's.
var postWords = setOf(`PRESIDENT SECRETARY AMBASSADOR MINISTER ENVOY CHAIRMAN SPOKESMAN
GOVERNOR DIRECTOR PREMIER CHANCELLOR`)

// badGroupName returns why a group name is unusable, or "".
func (b *builder) badGroupName(words []string) string {
	if len(words) == 0 {
		return "empty name"
	}
	last := strings.Trim(words[len(words)-1], "()")
	for _, w := range words {
		if descriptorWords[w] {
			return "descriptive name"
		}
	}
	if b.agentHeads[last] && !orgWords[last] {
		return "role phrase"
	}
	// "PRESIDENT OF THE UNITED STATES", "US AMBASSADOR TO THE UNITED NATIONS": a post
	// named with its "of"/"to" complement, no body
	for i, w := range words {
		if i > 0 && (w == "OF" || w == "TO") {
			if postWords[strings.Trim(words[i-1], "()")] {
				return "role phrase"
			}
			break
		}
	}
	if len(words) <= 2 && b.allCommon(words) {
		return "common words"
	}
	if len(words) == 1 && letterCount(words[0]) < 2 {
		return "too short"
	}
	return ""
}

// badGroupAlias reports whether a synonym is unusable: a bad name, or a branch of the
// group ("AL-QAEDA_IN_IRAQ" under al-Qaeda).
func (b *builder) badGroupAlias(words, name []string) bool {
	if b.badGroupName(words) != "" {
		return true
	}
	for _, w := range words {
		if (w == "IN" || w == "OF") && !contains(name, w) {
			return true
		}
	}
	return false
}

// companyName reports whether a company name is distinctive enough: two words or more,
// not all of them ordinary words.
func (b *builder) companyName(words []string) bool {
	return len(words) >= 2 && !b.allCommon(words)
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func trimThe(words []string) []string {
	if len(words) > 1 && words[0] == "THE" {
		return words[1:]
	}
	return words
}

// cleanGroupAliases removes from the generated groups the aliases that repeat their
// name, that belong to another entity (hand-written or another generated group), and
// one-word aliases that are ordinary words.
func (b *builder) cleanGroupAliases() {
	owners := map[string]map[string]bool{}
	for key, g := range b.grp {
		for _, s := range append([]string{g.Name}, g.Aliases...) {
			k := surfaceKey(s)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][key] = true
		}
	}
	for key, g := range b.grp {
		var kept []string
		seen := map[string]bool{surfaceKey(g.Name): true}
		for _, s := range g.Aliases {
			k := surfaceKey(s)
			switch {
			case seen[k]:
				continue
			case b.reserved[k] != "" && b.reserved[k] != "group:"+key:
				b.dropped["group alias: belongs to a hand-written entry"]++
			case b.reserved[k] == "group:"+key:
				// already in the hand-written entry
			case len(owners[k]) > 1:
				b.dropped["group alias: shared by two groups"]++
			case b.namesOther(s, "group:"+key):
				b.dropped["group alias: another entity with a body word"]++
			case !strings.Contains(s, " ") && b.in.common[strings.ToLower(s)]:
				b.dropped["group alias: ordinary word"]++
			default:
				kept = append(kept, s)
			}
			seen[k] = true
		}
		g.Aliases = kept
	}
}

// namesOther reports whether a form is another entity's form with body words added
// ("Al-Qaeda Organization" under a brigade of al-Qaeda).
func (b *builder) namesOther(s, self string) bool {
	var rest []string
	for _, w := range strings.Fields(s) {
		if !orgWords[strings.ToUpper(w)] {
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 || len(rest) == len(strings.Fields(s)) {
		return false
	}
	o := b.reserved[surfaceKey(strings.Join(rest, " "))]
	return o != "" && o != self
}

// groupList returns the groups, hand-written ones only when they gained aliases,
// sorted by slug.
func (b *builder) groupList() []gazetteer.Group {
	var out []gazetteer.Group
	for _, key := range b.grpOrder {
		g := b.grp[key]
		if _, hand := b.handGrp[key]; hand && len(g.Aliases) == 0 {
			continue
		}
		if g.Aliases == nil {
			g.Aliases = []string{}
		}
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool { return geokg.Slug(out[i].Name) < geokg.Slug(out[j].Name) })
	return out
}
