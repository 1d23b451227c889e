package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

// TestIndefiniteBody checks that a body named without its country after "a", "an",
// "any", "every" or "no", heading its phrase, is a kind of body and no group of the
// recent country, while a body that modifies a noun after the determiner ("a foreign
// ministry spokesman") and a body named with its country still are. Sentences written
// for the test.
func TestIndefiniteBody(t *testing.T) {
	x := embeddedExtractor(t)
	for _, c := range []struct {
		text, body string
		named      bool
	}{
		{"Peru protested. Ana Ruiz has never worked for an intelligence agency.", "Peruvian Intelligence Agency", false},
		{"Peru protested. It is the largest of any intelligence agency.", "Peruvian Intelligence Agency", false},
		{"Peru protested. A tip came from an intelligence agency in the region.", "Peruvian Intelligence Agency", false},
		{"Peru protested. A foreign ministry spokesman criticized Chile.", "Peruvian Foreign Ministry", true},
		{"Ana Ruiz worked for a Peruvian intelligence agency.", "Peruvian Intelligence Agency", true},
	} {
		names := entityNamesOn(t, x, c.text, "2024-05-01", geokg.KindGroup)
		if c.named {
			assert.Contains(t, names, c.body, c.text)
		} else {
			assert.NotContains(t, names, c.body, c.text)
		}
	}
}
