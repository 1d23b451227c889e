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

// Official is a known person in a public role.
type Official struct {
	Name    string   `json:"name" yaml:"name"`
	Country string   `json:"country,omitempty" yaml:"country,omitempty"`
	Title   string   `json:"title,omitempty" yaml:"title,omitempty"`
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
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
		if err := g.add(name, f); err != nil {
			return nil, err
		}
	}
	g.sortAll()
	return g, nil
}

// FromFile returns a gazetteer holding only the entries of f (no embedded data). It is
// meant for tests and tools; it fails like Load on invalid entries.
func FromFile(f File) (*Gazetteer, error) {
	g := newGazetteer()
	if err := g.add("(in memory)", f); err != nil {
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

func (g *Gazetteer) addEmbedded() error {
	if embedded == nil {
		return nil
	}
	var f File
	for _, part := range []struct {
		file string
		into any
	}{
		{"countries.json", &f.Countries},
		{"groups.json", &f.Groups},
		{"officials.json", &f.Officials},
	} {
		b, err := fs.ReadFile(embedded, path.Join("data", part.file))
		if err != nil {
			continue // a missing list is empty
		}
		if err := json.Unmarshal(b, part.into); err != nil {
			return fmt.Errorf("embedded gazetteer data/%s: %w", part.file, err)
		}
	}
	if err := g.add("embedded data", f); err != nil {
		return fmt.Errorf("embedded gazetteer: %w", err)
	}
	return nil
}

var alpha3 = regexp.MustCompile(`^[A-Z]{3}$`)

func entryError(file, list string, i int, name, format string, args ...any) error {
	return geokg.Errorf(geokg.CodeInvalidArgument, "gazetteer file %s: %s[%d] (%q): %s", file, list, i, name, fmt.Sprintf(format, args...))
}

// add merges the entries of f into g, checking each one.
func (g *Gazetteer) add(file string, f File) error {
	for i, c := range f.Countries {
		c.Code = strings.ToUpper(strings.TrimSpace(c.Code))
		c.Name = strings.TrimSpace(c.Name)
		if !alpha3.MatchString(c.Code) {
			return entryError(file, "countries", i, c.Name, "code %q is not an ISO-3166 alpha-3 code", c.Code)
		}
		if j, ok := g.countryByCode[c.Code]; ok {
			old := &g.countries[j]
			if c.Name != "" {
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
			if gr.Subtype != "" {
				old.Subtype = gr.Subtype
			}
			if gr.Country != "" {
				old.Country = gr.Country
			}
			if gr.Parent != "" {
				old.Parent = gr.Parent
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
		key := geokg.Slug(o.Name)
		if j, ok := g.officialByKey[key]; ok {
			old := &g.officials[j]
			if o.Country != "" {
				old.Country = o.Country
			}
			if o.Title != "" {
				old.Title = o.Title
			}
			old.Aliases = union(old.Aliases, o.Aliases)
			continue
		}
		o.Aliases = union(nil, o.Aliases)
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
	sort.SliceStable(g.groups, func(i, j int) bool { return geokg.Slug(g.groups[i].Name) < geokg.Slug(g.groups[j].Name) })
	sort.SliceStable(g.officials, func(i, j int) bool { return geokg.Slug(g.officials[i].Name) < geokg.Slug(g.officials[j].Name) })
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

// Official returns the official whose canonical name has the same slug as name, and
// whether there is one.
func (g *Gazetteer) Official(name string) (Official, bool) {
	i, ok := g.officialByKey[geokg.Slug(name)]
	if !ok {
		return Official{}, false
	}
	return g.officials[i], true
}
