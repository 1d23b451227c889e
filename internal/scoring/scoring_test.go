package scoring

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"People’s Mujahedeen of Iran": "people mujahedeen of iran",
		"the U.S.":                    "u s",
		"The Kremlin":                 "kremlin",
		"  Iran's   Ministry ":        "iran ministry",
		"Ｕｎｉｔｅｄ Nations":              "united nations",
	} {
		assert.Equal(t, want, Norm(in), in)
	}
}

func TestKeyAndCompare(t *testing.T) {
	assert.Equal(t, Key("Iran", "MEETS", "Albania"), Key("Albania", "MEETS", "Iran"), "symmetric")
	assert.NotEqual(t, Key("Iran", "ACCUSES", "Albania"), Key("Albania", "ACCUSES", "Iran"))
	found := map[string]bool{"a": true, "b": true, "c": true}
	tp, fp, fn := Compare(found, map[string]bool{"a": true, "d": true}, map[string]bool{"b": true})
	assert.Equal(t, []string{"a"}, tp)
	assert.Equal(t, []string{"c"}, fp, "optional b is no false positive")
	assert.Equal(t, []string{"d"}, fn)
}

func TestIndex(t *testing.T) {
	idx := NewIndex([]Entity{
		{Name: "Peru", Code: "PER", Aliases: []string{"Peruvian"}},
		{Name: "Shining Path", Aliases: []string{"Sendero Luminoso"}},
		{Name: "Peruvian Army", Aliases: []string{"Peruvian"}},
	})
	assert.Equal(t, "Peru", idx.Resolve(geokg.Entity{Name: "Republic of Peru", Code: "per"}), "by code")
	assert.Equal(t, "Shining Path", idx.Resolve(geokg.Entity{Name: "the Shining Path"}), "by name, normalised")
	assert.Equal(t, "Shining Path", idx.Resolve(geokg.Entity{Name: "SL", Aliases: []string{"Sendero Luminoso"}}), "by alias")
	assert.Equal(t, "Peru", idx.Resolve(geokg.Entity{Name: "Peruvian"}), "the first entity keeps a shared key")
	assert.Equal(t, "?Chile", idx.Resolve(geokg.Entity{Name: "Chile"}))
}
