package main

import (
	"encoding/json"
	"os"
	"strings"

	"github.com/geokg/geokg/internal/scoring"
)

// readGold reads a gold file.
func readGold(path string) (*scoring.Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g scoring.Gold
	return &g, json.Unmarshal(b, &g)
}

// evidenceSpan returns the byte span of quote in text, white space folded, or -1, -1.
func evidenceSpan(text, quote string) (int, int) {
	var folded []byte
	var at []int
	space := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			if !space {
				folded, at = append(folded, ' '), append(at, i)
			}
			space = true
			continue
		}
		space = false
		folded, at = append(folded, c), append(at, i)
	}
	q := strings.Join(strings.Fields(quote), " ")
	k := strings.Index(string(folded), q)
	if k < 0 || q == "" {
		return -1, -1
	}
	return at[k], at[k+len(q)-1] + 1
}
