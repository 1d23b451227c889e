package gazetteer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

func TestOfficialOnDate(t *testing.T) {
	putin := gazetteer.Official{Name: "Vladimir Putin", Country: "RUS", Title: "President", Until: "2015-02-17", Roles: []gazetteer.Role{
		{Country: "RUS", Branch: gazetteer.BranchElite, Code: "RUSELI", From: "1970-01-01", To: "1999-08-09"},
		{Country: "RUS", Branch: gazetteer.BranchGovernment, Code: "RUSGOV", From: "1999-08-09", To: "2008-05-07"},
		{Country: "RUS", Branch: gazetteer.BranchGovernment, Code: "RUSGOV", From: "2008-05-08"},
	}}
	solana := gazetteer.Official{Name: "Javier Solana", Country: "ESP", Title: "Foreign Minister", Roles: []gazetteer.Role{
		{Country: "ESP", Branch: gazetteer.BranchGovernment, From: "1992-07-01", To: "1995-12-05"},
		{Group: "NATO", Title: "Secretary General", Branch: gazetteer.BranchOrganisation, From: "1995-12-05", To: "1999-10-06"},
		{Country: "ESP", Branch: gazetteer.BranchElite},
	}}
	timeless := gazetteer.Official{Name: "Jane Example", Country: "QZZ", Title: "Foreign Minister"}
	tests := []struct {
		name           string
		o              gazetteer.Official
		date           string
		country, title string
		roles          int
	}{
		{"in office", putin, "2003-05-01", "RUS", "President", 1},
		{"on the first day", putin, "1999-08-09", "RUS", "President", 2},
		{"before the first term: elite, no title", putin, "1995-01-01", "RUS", "", 1},
		{"before any role", putin, "1960-01-01", "RUS", "", 0},
		{"open-ended role", putin, "2014-01-01", "RUS", "President", 1},
		{"after Until the roles say nothing: headline", putin, "2019-01-01", "RUS", "President", 3},
		{"undated article: headline", putin, "", "RUS", "President", 3},
		{"role with its own title", solana, "1997-03-01", "ESP", "Secretary General", 2},
		{"office of the headline country", solana, "1993-01-01", "ESP", "Foreign Minister", 2},
		{"out of office", solana, "2001-01-01", "ESP", "", 1},
		{"no roles: timeless", timeless, "1990-01-01", "QZZ", "Foreign Minister", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.o.On(tt.date)
			assert.Equal(t, tt.country, got.Country)
			assert.Equal(t, tt.title, got.Title)
			assert.Len(t, got.Roles, tt.roles)
			assert.Equal(t, tt.o.Name, got.Name)
		})
	}
}

func TestOfficialOnThroughTheGazetteer(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{Officials: []gazetteer.Official{{Name: "Ann Example", Country: "ALB", Title: "Prime Minister", Roles: []gazetteer.Role{
		{Country: "ALB", Branch: gazetteer.BranchGovernment, From: "2005-01-01", To: "2009-12-31"},
	}}}})
	require.NoError(t, err)
	o, ok := g.OfficialOn("ann example", "2007-06-01")
	require.True(t, ok)
	assert.Equal(t, "Prime Minister", o.Title)
	o, ok = g.OfficialOn("Ann Example", "2012-06-01")
	require.True(t, ok)
	assert.Empty(t, o.Title, "the title does not hold after the term")
	_, ok = g.OfficialOn("Nobody", "2012-06-01")
	assert.False(t, ok)
}

func TestRoleValidation(t *testing.T) {
	tests := []struct {
		name string
		role gazetteer.Role
		want string
	}{
		{"unknown branch", gazetteer.Role{Branch: "cabinet"}, `unknown branch "cabinet"`},
		{"bad date", gazetteer.Role{Branch: "government", From: "2001-13-01"}, `date "2001-13-01"`},
		{"reversed dates", gazetteer.Role{Branch: "government", From: "2005-01-01", To: "2001-01-01"}, "is after"},
		{"bad country", gazetteer.Role{Branch: "government", Country: "XX"}, `country "XX"`},
		{"unknown group", gazetteer.Role{Branch: "organisation", Group: "Nowhere League"}, `role group "Nowhere League"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := gazetteer.FromFile(gazetteer.File{Officials: []gazetteer.Official{{Name: "A Person", Roles: []gazetteer.Role{tt.role}}}})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestEmbeddedDataIsConsistent checks the merged embedded data: one entry per key,
// every parent and role group present, every role valid, every country code known.
func TestEmbeddedDataIsConsistent(t *testing.T) {
	g, err := gazetteer.Default()
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, gr := range g.Groups() {
		key := geokg.Slug(gr.Name)
		assert.False(t, seen[key], "group %q twice", gr.Name)
		seen[key] = true
	}
	for _, gr := range g.Groups() {
		if gr.Parent == "" {
			continue
		}
		if code, ok := cutCountry(gr.Parent); ok {
			_, known := g.Country(code)
			assert.True(t, known, "group %q: parent %q", gr.Name, gr.Parent)
			continue
		}
		_, ok := g.Group(gr.Parent)
		assert.True(t, ok, "group %q: parent %q is no group", gr.Name, gr.Parent)
		if gr.Country != "" {
			_, known := g.Country(gr.Country)
			assert.True(t, known, "group %q: country %q", gr.Name, gr.Country)
		}
	}
	seen = map[string]bool{}
	roles := 0
	for _, o := range g.Officials() {
		key := geokg.Slug(o.Name)
		assert.False(t, seen[key], "official %q twice", o.Name)
		seen[key] = true
		for _, r := range o.Roles {
			roles++
			if r.Group != "" {
				_, ok := g.Group(r.Group)
				assert.True(t, ok, "official %q: role group %q", o.Name, r.Group)
			}
			if r.Country != "" {
				_, ok := g.Country(r.Country)
				assert.True(t, ok, "official %q: role country %q", o.Name, r.Country)
			}
		}
	}
	assert.Greater(t, len(g.Officials()), 10000, "the Phoenix officials are embedded")
	assert.Greater(t, len(g.Groups()), 3000, "the Phoenix groups are embedded")
	assert.Greater(t, roles, 10000)

	// hand-written entries win over generated ones, and keep their aliases
	putin, ok := g.Official("Vladimir Putin")
	require.True(t, ok)
	assert.Equal(t, "President", putin.Title)
	assert.Contains(t, putin.Aliases, "Putin")
	assert.NotEmpty(t, putin.Roles, "the generated roles are merged into the hand-written entry")
	un, ok := g.Group("United Nations")
	require.True(t, ok)
	assert.Contains(t, un.Aliases, "UN")
}

func cutCountry(ref string) (string, bool) {
	const p = "country:"
	if len(ref) > len(p) && ref[:len(p)] == p {
		return ref[len(p):], true
	}
	return "", false
}

func TestCaseSensitive(t *testing.T) {
	tests := map[string]bool{
		"US": true, "U.S.": true, "CIA": true, "IS": true,
		"JeM": true, "LeT": true, "HuJI": true,
		"NATO": false, "Hamas": false, "McDonald": false, "Nato": false, "": false, "9/11": false,
	}
	for form, want := range tests {
		assert.Equal(t, want, gazetteer.CaseSensitive(form), form)
	}
}

func TestAgents(t *testing.T) {
	agents, err := gazetteer.Agents()
	require.NoError(t, err)
	require.Greater(t, len(agents), 1000)
	byPhrase := map[string]gazetteer.Agent{}
	for i, a := range agents {
		if i > 0 {
			assert.Less(t, agents[i-1].Phrase, a.Phrase, "sorted, one entry per phrase")
		}
		byPhrase[a.Phrase] = a
		if a.Branch != "" {
			assert.Contains(t, gazetteer.Branches, a.Branch)
		}
	}
	fm, ok := byPhrase["foreign minister"]
	require.True(t, ok)
	assert.Equal(t, gazetteer.BranchGovernment, fm.Branch)
	assert.Contains(t, byPhrase, "foreign ministers", "substitution sets give each form its own entry")
	p, ok := byPhrase["president"]
	require.True(t, ok)
	assert.Equal(t, []string{"presidents"}, p.Plurals, "regular plurals are generated")
}
