package store

import "testing"

func TestStatementLucene(t *testing.T) {
	for text, want := range map[string]string{
		"cut ties":              "+cut +(ties ties*)",
		"Albania's U.S. allies": "+albanias +us +(allies allies*)",
		"Iran a":                "+iran +a",
		"AND OR":                "+and +or",
		"cyberatt":              "+(cyberatt cyberatt*)",
		"(ties)^3 ~x":           "+ties +3 +x",
	} {
		if got := statementLucene(text); got != want {
			t.Errorf("statementLucene(%q) = %q, want %q", text, got, want)
		}
	}
}
