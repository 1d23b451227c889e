// Package gazetteer holds the dictionaries the extractor matches in article text: the
// countries of the world with their names, demonyms, capitals and seats of government,
// named groups (international organisations, agencies, armed groups, parties) and known
// officials. The default data is embedded in the binary (data/*.json); users extend it
// with their own YAML or JSON file.
package gazetteer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/geokg/geokg"
)

// Country is a sovereign state (or one widely treated as such) and the words that name it.
type Country struct {
	// Code is the ISO-3166 alpha-3 code (Kosovo: XKX).
	Code string `json:"code" yaml:"code"`
	Name string `json:"name" yaml:"name"`
	// Aliases are other names of the state ("Republic of Albania", "U.S.").
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	// Demonyms are the adjectives and nouns of its people ("Albanian", "Albanians").
	Demonyms []string `json:"demonyms,omitempty" yaml:"demonyms,omitempty"`
	// Capitals are capital cities that stand for the government ("Tirana").
	Capitals []string `json:"capitals,omitempty" yaml:"capitals,omitempty"`
	// Seats are metonyms of the government ("White House", "Kremlin").
	Seats []string `json:"seats,omitempty" yaml:"seats,omitempty"`
}

// Group is a named organised body: an international organisation, a ministry or agency,
// an armed group, a party, a company.
type Group struct {
	Name    string             `json:"name" yaml:"name"`
	Subtype geokg.GroupSubtype `json:"subtype" yaml:"subtype"`
	// Country is the alpha-3 code of the state the group belongs to, or "".
	Country string   `json:"country,omitempty" yaml:"country,omitempty"`
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	// Parent is the name of the group this one is part of, "country:XXX" for a state
	// body, or "".
	Parent string `json:"parent,omitempty" yaml:"parent,omitempty"`
}

// Official is a known person in a public role. Country and Title are the headline: the
// state and office the person is best known for. Roles, where known, bound the offices
// in time; Official.On reads the entry as of an article's date.
type Official struct {
	Name    string   `json:"name" yaml:"name"`
	Country string   `json:"country,omitempty" yaml:"country,omitempty"`
	Title   string   `json:"title,omitempty" yaml:"title,omitempty"`
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	// Gender is "m" or "f" where the entry gives it, for the pronouns that may stand for
	// the person; "" when unknown (the extractor then reads a common first name).
	Gender string `json:"gender,omitempty" yaml:"gender,omitempty"`
	// Roles are the dated offices and affiliations of the person.
	Roles []Role `json:"roles,omitempty" yaml:"roles,omitempty"`
	// Until is the last date (YYYY-MM-DD) up to which Roles are complete: the date of the
	// source they come from. After it the roles say nothing, and On falls back to the
	// headline. "" means the roles are complete for any date.
	Until string `json:"until,omitempty" yaml:"until,omitempty"`
}

// File is the layout of a user gazetteer file: any of the three lists may be absent.
type File struct {
	Countries []Country  `json:"countries" yaml:"countries"`
	Groups    []Group    `json:"groups" yaml:"groups"`
	Officials []Official `json:"officials" yaml:"officials"`
}

// Gazetteer is a read-only set of countries, groups and officials. It is safe for
// concurrent use once built.
type Gazetteer struct {
	countries []Country
	groups    []Group
	officials []Official

	countryByCode map[string]int
	groupByKey    map[string]int
	officialByKey map[string]int
}

// merge says how an entry whose key is already in the gazetteer is combined with it.
type merge uint8

const (
	// override: the later entry's non-empty fields replace the earlier ones (user files).
	override merge = iota
	// supplement: the later entry only fills empty fields (generated data under the
	// hand-written entries).
	supplement
)

// MaxFileSize bounds the size of a user gazetteer file.
const MaxFileSize = 32 << 20

// Default returns the gazetteer of the embedded data. It fails only when the embedded
// data is malformed, which the package tests rule out.
func Default() (*Gazetteer, error) {
	return Load()
}

// Load returns the embedded gazetteer extended by the given user files, in order: an
// entry of a later file with the same key (country code, group name, official name)
// overrides the non-empty fields of the earlier one and adds its aliases. Files are YAML
// or JSON with top-level keys countries, groups and officials. It fails when a file
// cannot be read or parsed, or an entry is invalid; the error names the file and entry.
func Load(extra ...string) (*Gazetteer, error) {
	g := newGazetteer()
	if err := g.addEmbedded(); err != nil {
		return nil, err
	}
	for _, name := range extra {
		b, err := readFile(name)
		if err != nil {
			return nil, err
		}
		f, err := parseFile(name, b)
		if err != nil {
			return nil, err
		}
		if err := g.add(name, f, override); err != nil {
			return nil, err
		}
	}
	if err := g.checkReferences(); err != nil {
		return nil, err
	}
	g.sortAll()
	return g, nil
}

// FromFile returns a gazetteer holding only the entries of f (no embedded data). It is
// meant for tests and tools; it fails like Load on invalid entries.
func FromFile(f File) (*Gazetteer, error) {
	g := newGazetteer()
	if err := g.add("(in memory)", f, override); err != nil {
		return nil, err
	}
	if err := g.checkReferences(); err != nil {
		return nil, err
	}
	g.sortAll()
	return g, nil
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{
		countryByCode: map[string]int{},
		groupByKey:    map[string]int{},
		officialByKey: map[string]int{},
	}
}

func readFile(name string) ([]byte, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, geokg.WrapError(geokg.CodeInvalidArgument, err, fmt.Sprintf("gazetteer file %s: cannot read it", name))
	}
	if st.Size() > MaxFileSize {
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "gazetteer file %s: %d bytes is over the limit of %d", name, st.Size(), MaxFileSize)
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, geokg.WrapError(geokg.CodeInvalidArgument, err, fmt.Sprintf("gazetteer file %s: cannot read it", name))
	}
	return b, nil
}

func parseFile(name string, b []byte) (File, error) {
	var f File
	if len(bytes.TrimSpace(b)) == 0 {
		return f, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return f, geokg.WrapError(geokg.CodeInvalidArgument, err, fmt.Sprintf("gazetteer file %s: not valid YAML or JSON with keys countries, groups, officials", name))
	}
	return f, nil
}

// addEmbedded loads the hand-written files, then the files generated from the Phoenix
// dictionaries (phoenix-*.json) as a supplement: a generated entry with the key of a
// hand-written one only adds aliases and roles and fills empty fields.
func (g *Gazetteer) addEmbedded() error {
	if embedded == nil {
		return nil
	}
	for _, layer := range []struct {
		prefix string
		how    merge
	}{{"", override}, {"phoenix-", supplement}} {
		var f File
		for _, part := range []struct {
			file string
			into any
		}{
			{"countries.json", &f.Countries},
			{"groups.json", &f.Groups},
			{"officials.json", &f.Officials},
		} {
			name := layer.prefix + part.file
			b, err := fs.ReadFile(embedded, path.Join("data", name))
			if err != nil {
				continue // a missing list is empty
			}
			if err := json.Unmarshal(b, part.into); err != nil {
				return fmt.Errorf("embedded gazetteer data/%s: %w", name, err)
			}
		}
		if err := g.add("embedded data/"+layer.prefix+"*.json", f, layer.how); err != nil {
			return fmt.Errorf("embedded gazetteer: %w", err)
		}
	}
	return nil
}

var alpha3 = regexp.MustCompile(`^[A-Z]{3}$`)

func entryError(file, list string, i int, name, format string, args ...any) error {
	return geokg.Errorf(geokg.CodeInvalidArgument, "gazetteer file %s: %s[%d] (%q): %s", file, list, i, name, fmt.Sprintf(format, args...))
}

// add merges the entries of f into g, checking each one; how says which side wins for an
// entry already there.
func (g *Gazetteer) add(file string, f File, how merge) error {
	for i, c := range f.Countries {
		c.Code = strings.ToUpper(strings.TrimSpace(c.Code))
		c.Name = strings.TrimSpace(c.Name)
		if !alpha3.MatchString(c.Code) {
			return entryError(file, "countries", i, c.Name, "code %q is not an ISO-3166 alpha-3 code", c.Code)
		}
		if j, ok := g.countryByCode[c.Code]; ok {
			old := &g.countries[j]
			if c.Name != "" && how == override {
				old.Name = c.Name
			}
			old.Aliases = union(old.Aliases, c.Aliases)
			old.Demonyms = union(old.Demonyms, c.Demonyms)
			old.Capitals = union(old.Capitals, c.Capitals)
			old.Seats = union(old.Seats, c.Seats)
			continue
		}
		if c.Name == "" {
			return entryError(file, "countries", i, c.Code, "empty name")
		}
		c.Aliases, c.Demonyms, c.Capitals, c.Seats = union(nil, c.Aliases), union(nil, c.Demonyms), union(nil, c.Capitals), union(nil, c.Seats)
		g.countryByCode[c.Code] = len(g.countries)
		g.countries = append(g.countries, c)
	}
	for i, gr := range f.Groups {
		gr.Name = strings.TrimSpace(gr.Name)
		if geokg.Slug(gr.Name) == "" {
			return entryError(file, "groups", i, gr.Name, "empty name")
		}
		if gr.Subtype != "" && !gr.Subtype.Valid() {
			return entryError(file, "groups", i, gr.Name, "unknown subtype %q (want one of %v)", gr.Subtype, geokg.GroupSubtypes)
		}
		gr.Country = strings.ToUpper(strings.TrimSpace(gr.Country))
		if gr.Country != "" && !alpha3.MatchString(gr.Country) {
			return entryError(file, "groups", i, gr.Name, "country %q is not an ISO-3166 alpha-3 code", gr.Country)
		}
		key := geokg.Slug(gr.Name)
		if j, ok := g.groupByKey[key]; ok {
			old := &g.groups[j]
			set(&old.Country, gr.Country, how)
			set(&old.Parent, gr.Parent, how)
			if gr.Subtype != "" && (how == override || old.Subtype == "") {
				old.Subtype = gr.Subtype
			}
			old.Aliases = union(old.Aliases, gr.Aliases)
			continue
		}
		if gr.Subtype == "" {
			gr.Subtype = geokg.OtherGroup
		}
		gr.Aliases = union(nil, gr.Aliases)
		g.groupByKey[key] = len(g.groups)
		g.groups = append(g.groups, gr)
	}
	for i, o := range f.Officials {
		o.Name = strings.TrimSpace(o.Name)
		if geokg.Slug(o.Name) == "" {
			return entryError(file, "officials", i, o.Name, "empty name")
		}
		o.Country = strings.ToUpper(strings.TrimSpace(o.Country))
		if o.Country != "" && !alpha3.MatchString(o.Country) {
			return entryError(file, "officials", i, o.Name, "country %q is not an ISO-3166 alpha-3 code", o.Country)
		}
		for k := range o.Roles {
			o.Roles[k].Country = strings.ToUpper(strings.TrimSpace(o.Roles[k].Country))
			if err := o.Roles[k].check(); err != nil {
				return entryError(file, "officials", i, o.Name, "roles[%d]: %v", k, err)
			}
		}
		if o.Until != "" && !isISODate(o.Until) {
			return entryError(file, "officials", i, o.Name, "until %q is not a date YYYY-MM-DD", o.Until)
		}
		if o.Gender != "" && o.Gender != "m" && o.Gender != "f" {
			return entryError(file, "officials", i, o.Name, "gender %q is not m or f", o.Gender)
		}
		key := geokg.Slug(o.Name)
		if j, ok := g.officialByKey[key]; ok {
			old := &g.officials[j]
			set(&old.Country, o.Country, how)
			set(&old.Title, o.Title, how)
			set(&old.Until, o.Until, how)
			set(&old.Gender, o.Gender, how)
			old.Aliases = union(old.Aliases, o.Aliases)
			old.Roles = unionRoles(old.Roles, o.Roles)
			continue
		}
		o.Aliases = union(nil, o.Aliases)
		o.Roles = unionRoles(nil, o.Roles)
		g.officialByKey[key] = len(g.officials)
		g.officials = append(g.officials, o)
	}
	// Parents are checked after all lists of the file are in.
	for i, gr := range f.Groups {
		p := strings.TrimSpace(gr.Parent)
		if p == "" {
			continue
		}
		if code, ok := strings.CutPrefix(p, "country:"); ok {
			if !alpha3.MatchString(strings.ToUpper(code)) {
				return entryError(file, "groups", i, gr.Name, "parent %q: want country:XXX with an alpha-3 code", p)
			}
		}
	}
	return nil
}

// set writes v into *field when v is not empty and how lets it: always for override,
// only into an empty field for supplement.
func set(field *string, v string, how merge) {
	if v != "" && (how == override || *field == "") {
		*field = v
	}
}

// checkReferences checks that every group parent and every role's group names an entry
// of the merged data (a group, or country:XXX with a known country when countries are
// loaded).
func (g *Gazetteer) checkReferences() error {
	exists := func(ref string) bool {
		if code, ok := strings.CutPrefix(ref, "country:"); ok {
			_, known := g.countryByCode[strings.ToUpper(code)]
			return known || len(g.countries) == 0
		}
		_, ok := g.groupByKey[geokg.Slug(ref)]
		return ok
	}
	for _, gr := range g.groups {
		if gr.Parent != "" && !exists(gr.Parent) {
			return geokg.Errorf(geokg.CodeInvalidArgument, "gazetteer: group %q: parent %q is not in the gazetteer", gr.Name, gr.Parent)
		}
	}
	for _, o := range g.officials {
		for _, r := range o.Roles {
			if r.Group != "" && !exists(r.Group) {
				return geokg.Errorf(geokg.CodeInvalidArgument, "gazetteer: official %q: role group %q is not in the gazetteer", o.Name, r.Group)
			}
		}
	}
	return nil
}

// union returns a followed by the entries of b not already in a (trimmed, non-empty).
func union(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, s := range append(append([]string(nil), a...), b...) {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// sortAll orders the lists by key so that iteration is deterministic, and rebuilds the
// indexes.
func (g *Gazetteer) sortAll() {
	sort.SliceStable(g.countries, func(i, j int) bool { return g.countries[i].Code < g.countries[j].Code })
	sortBySlug(g.groups, func(gr Group) string { return gr.Name })
	sortBySlug(g.officials, func(o Official) string { return o.Name })
	for i, c := range g.countries {
		g.countryByCode[c.Code] = i
	}
	for i, gr := range g.groups {
		g.groupByKey[geokg.Slug(gr.Name)] = i
	}
	for i, o := range g.officials {
		g.officialByKey[geokg.Slug(o.Name)] = i
	}
}

// sortBySlug sorts xs stably by the slug of their names, computing each slug once.
func sortBySlug[T any](xs []T, name func(T) string) {
	type keyed struct {
		slug string
		x    T
	}
	ks := make([]keyed, len(xs))
	for i, x := range xs {
		ks[i] = keyed{geokg.Slug(name(x)), x}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].slug < ks[j].slug })
	for i := range ks {
		xs[i] = ks[i].x
	}
}

// Countries returns every country, sorted by code. The slice must not be modified.
func (g *Gazetteer) Countries() []Country { return g.countries }

// Groups returns every group, sorted by the slug of its name. The slice must not be
// modified.
func (g *Gazetteer) Groups() []Group { return g.groups }

// Officials returns every official, sorted by the slug of the name. The slice must not
// be modified.
func (g *Gazetteer) Officials() []Official { return g.officials }

// Country returns the country with the alpha-3 code, and whether there is one.
func (g *Gazetteer) Country(code string) (Country, bool) {
	i, ok := g.countryByCode[strings.ToUpper(code)]
	if !ok {
		return Country{}, false
	}
	return g.countries[i], true
}

// Group returns the group whose canonical name has the same slug as name, and whether
// there is one.
func (g *Gazetteer) Group(name string) (Group, bool) {
	i, ok := g.groupByKey[geokg.Slug(name)]
	if !ok {
		return Group{}, false
	}
	return g.groups[i], true
}

// OfficialOn returns the official whose canonical name has the same slug as name as an
// article of the given date sees them (see Official.On), and whether there is one.
func (g *Gazetteer) OfficialOn(name, date string) (Official, bool) {
	o, ok := g.Official(name)
	if !ok {
		return Official{}, false
	}
	return o.On(date), true
}

// Official returns the official whose canonical name has the same slug as name, and
// whether there is one.
func (g *Gazetteer) Official(name string) (Official, bool) {
	i, ok := g.officialByKey[geokg.Slug(name)]
	if !ok {
		return Official{}, false
	}
	return g.officials[i], true
}

// CaseSensitive reports whether a one-word form must be matched with its own capitals
// (see data/README.md): an acronym in capitals of at most three letters ("US", "IS",
// "CIA": common words in lower case), or a short mixed-case acronym with a capital after
// a lower-case letter ("JeM", "LeT", "HuJI", at most five letters), which must be
// matched exactly ("LeT" is not "Let"). Longer forms are matched regardless of case.
func CaseSensitive(form string) bool {
	letters, upper, mixed := 0, 0, false
	prevLower := false
	for _, r := range form {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
			if prevLower {
				mixed = true
			}
		}
		prevLower = unicode.IsLower(r)
	}
	switch {
	case letters == 0:
		return false
	case upper == letters:
		return letters <= 3
	default:
		return mixed && letters <= 5
	}
}
