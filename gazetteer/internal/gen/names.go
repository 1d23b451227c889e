package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerParticles are written in lower case inside a name ("Food and Agriculture
// Organization", "Abu Bakr al-Baghdadi", "Ursula von der Leyen").
var lowerParticles = setOf(`OF THE AND FOR IN ON AT TO BY DE DA DAS DEL DELLA DER DES DI DO DOS DU VAN VON BIN
LA LE Y E`)

// corporate are company-name suffixes in their usual spelling.
var corporate = map[string]string{"INC": "Inc", "INC.": "Inc.", "CORP": "Corp", "CORP.": "Corp.", "LTD": "Ltd", "LTD.": "Ltd.", "CO": "Co", "CO.": "Co.", "PLC": "plc", "LLC": "LLC", "AG": "AG", "SA": "SA"}

// display writes upper-case phrase words in the usual case: words capitalised,
// particles in lower case after the first word, "AL-" prefixes as "al-", acronyms kept.
// acronyms are words to keep in capitals (from the hand-written data: UN, EU, NATO).
func display(words []string, acronyms map[string]bool, single bool) string {
	out := make([]string, 0, len(words))
	for i, w := range words {
		out = append(out, displayWord(w, i == 0, acronyms, single && len(words) == 1))
	}
	return strings.Join(out, " ")
}

func displayWord(w string, first bool, acronyms map[string]bool, alone bool) string {
	bare := strings.Trim(w, "()")
	switch {
	case acronyms[bare], strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")"):
		return w
	case strings.Contains(bare, ".") && len(bare) <= 6,
		!strings.ContainsAny(bare, "AEIOUY") && letterCount(bare) >= 2,
		alone && isAcronym(bare):
		return w
	case corporate[w] != "":
		return corporate[w]
	case !first && lowerParticles[w]:
		return strings.ToLower(w)
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		switch {
		case i == 0 && len(parts) > 1 && (p == "AL" || p == "EL" || p == "AD" || p == "AS" || p == "AN" || p == "ASH" || p == "AZ" || p == "UL") && !first:
			parts[i] = strings.ToLower(p)
		case i == 0 && len(parts) > 1 && p == "AL":
			parts[i] = "Al"
		default:
			parts[i] = capitalise(p)
		}
	}
	return strings.Join(parts, "-")
}

// capitalise writes the first letter in upper case and the rest in lower case,
// keeping an apostrophe's "s" lower ("CHILDREN'S" -> "Children's", "O'NEILL" ->
// "O'Neill").
func capitalise(p string) string {
	lower := strings.ToLower(p)
	r, n := utf8.DecodeRuneInString(lower)
	if r == utf8.RuneError {
		return p
	}
	s := string(unicode.ToUpper(r)) + lower[n:]
	if i := strings.IndexByte(s, '\''); i > 0 && i+2 < len(s) {
		r, n := utf8.DecodeRuneInString(s[i+1:])
		s = s[:i+1] + string(unicode.ToUpper(r)) + s[i+1+n:]
	}
	return s
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// splitAcronym separates a trailing parenthesised acronym from a phrase:
// BASQUE_FATHERLAND_AND_FREEDOM_(ETA) -> [BASQUE FATHERLAND AND FREEDOM], "ETA". Other
// parenthesised words are dropped ("DIRECT_ACTION_(GREECE)").
func splitAcronym(words []string) ([]string, string) {
	var name []string
	acr := ""
	for _, w := range words {
		if strings.HasPrefix(w, "(") || strings.HasSuffix(w, ")") {
			bare := strings.Trim(w, "()")
			if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && isAcronym(bare) && strings.ToUpper(bare) == bare && !strings.ContainsAny(bare, " ") {
				acr = bare
			}
			continue
		}
		name = append(name, w)
	}
	return name, acr
}

// commonWord reports whether every word of the phrase is an ordinary lower-case English
// word: such a phrase ("Black Star", "Revolutionary Left", "Target") names too many
// things to be matched as a name.
func (b *builder) allCommon(words []string) bool {
	for _, w := range words {
		for _, part := range strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == '-' || r == '/' }) {
			if !b.in.common[part] && !lowerParticles[strings.ToUpper(part)] {
				return false
			}
		}
	}
	return true
}
