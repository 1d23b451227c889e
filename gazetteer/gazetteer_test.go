package gazetteer_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

func TestDefaultHasEmbeddedData(t *testing.T) {
	g, err := gazetteer.Default()
	require.NoError(t, err)
	assert.NotEmpty(t, g.Countries())
	usa, ok := g.Country("usa")
	require.True(t, ok, "the embedded data knows the United States")
	assert.Equal(t, "USA", usa.Code)
	for i := 1; i < len(g.Countries()); i++ {
		assert.Less(t, g.Countries()[i-1].Code, g.Countries()[i].Code, "countries are sorted by code")
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestLoadUserFiles(t *testing.T) {
	yamlFile := writeFile(t, "extra.yaml", `
countries:
  - code: qzz
    name: Zembla
    demonyms: [Zemblan, Zemblans]
    capitals: [Onhava]
groups:
  - name: Example Liberation Front
    subtype: ARMED_GROUP
    country: ALB
    aliases: [ELF]
officials:
  - name: Jane Example
    country: QZZ
    title: Foreign Minister
    aliases: [Example]
`)
	jsonFile := writeFile(t, "later.json", `{"officials": [{"name": "Jane Example", "title": "Prime Minister", "aliases": ["J. Example"]}]}`)

	g, err := gazetteer.Load(yamlFile, jsonFile)
	require.NoError(t, err)

	k, ok := g.Country("QZZ")
	require.True(t, ok)
	assert.Equal(t, []string{"Zemblan", "Zemblans"}, k.Demonyms)

	gr, ok := g.Group("example liberation front")
	require.True(t, ok)
	assert.Equal(t, geokg.ArmedGroup, gr.Subtype)
	assert.Equal(t, "ALB", gr.Country)

	o, ok := g.Official("Jane Example")
	require.True(t, ok)
	assert.Equal(t, "Prime Minister", o.Title, "a later file overrides")
	assert.Equal(t, "QZZ", o.Country, "an empty field does not override")
	assert.Equal(t, []string{"Example", "J. Example"}, o.Aliases, "aliases are merged")
}

func TestLoadErrorsNameFileAndEntry(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"bad code", "countries:\n  - code: XX\n    name: Nowhere\n", `countries[0] ("Nowhere"): code "XX"`},
		{"no name", "countries:\n  - code: ABC\n", `countries[0] ("ABC"): empty name`},
		{"bad subtype", "groups:\n  - name: Some Group\n    subtype: GANG\n", `groups[0] ("Some Group"): unknown subtype "GANG"`},
		{"bad official country", "officials:\n  - name: A Person\n    country: Narnia\n", `officials[0] ("A Person"): country "NARNIA"`},
		{"bad parent", "groups:\n  - name: Agency\n    parent: country:12\n", `groups[0] ("Agency"): parent "country:12"`},
		{"unknown key", "countrys: []\n", "not valid YAML or JSON"},
		{"not yaml", "countries: [\n", "not valid YAML or JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "user.yaml", tt.content)
			_, err := gazetteer.Load(p)
			require.Error(t, err)
			assert.Contains(t, err.Error(), p, "the error names the file")
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := gazetteer.Load(filepath.Join(t.TempDir(), "absent.yaml"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "absent.yaml")
}

func TestLoadEmptyFile(t *testing.T) {
	g, err := gazetteer.Load(writeFile(t, "empty.yaml", "\n"))
	require.NoError(t, err)
	assert.NotEmpty(t, g.Countries())
}

func TestFromFile(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{Countries: []gazetteer.Country{{Code: "ALB", Name: "Albania"}}})
	require.NoError(t, err)
	assert.Len(t, g.Countries(), 1)
	assert.Empty(t, g.Groups())
	_, ok := g.Country("IRN")
	assert.False(t, ok)
}
