package phoenix

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Agent is one entry of the agents dictionary: a common noun phrase for a role or body
// ("FOREIGN MINISTER", "RIOT POLICE") and its code.
type Agent struct {
	// Line is the 1-based line of the entry.
	Line int
	// Phrase is the singular (or only) form as words; Plurals are its plural forms: the
	// regular one (S, IES, ES) unless the entry gives its own in {...}, none for {}.
	Phrase  []string
	Plurals [][]string
	// Code is the agent code without its '~' ("GOVFRM"); Prefix reports a code written
	// before the '~' (NGO~), which the actor code follows instead of preceding.
	Code   string
	Prefix bool
}

// ParseAgents reads an agents dictionary. Substitution markers (!PERSON! = MAN, MEN)
// are expanded in the entries that use them. Lines without a bracketed code are skipped;
// it fails when the reader fails or a marker is used before it is defined.
func ParseAgents(r io.Reader) ([]Agent, error) {
	subst := map[string][]string{}
	var out []Agent
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line, _ := splitComment(sc.Text())
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") && !strings.Contains(line, "[") {
			name, list, _ := strings.Cut(line, "=")
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, it)
				}
			}
			subst[strings.TrimSpace(name)] = items
			continue
		}
		open := strings.IndexByte(line, '[')
		if open < 0 {
			continue
		}
		end := strings.IndexAny(line[open:], "]}")
		if end < 0 {
			continue
		}
		code := strings.TrimSpace(line[open+1 : open+end])
		prefix := strings.HasSuffix(code, "~")
		code = strings.Trim(code, "~")
		if code == "" {
			continue
		}
		phrase, plural := line[:open], ""
		hasPlural := false
		if i := strings.IndexByte(phrase, '{'); i >= 0 {
			j := strings.IndexByte(phrase[i:], '}')
			if j < 0 {
				return nil, fmt.Errorf("line %d: unclosed {", n)
			}
			plural, hasPlural = phrase[i+1:i+j], true
			phrase = phrase[:i]
		}
		phrases, err := expand(strings.TrimSpace(phrase), subst)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		for _, p := range phrases {
			a := Agent{Line: n, Phrase: Words(p), Code: code, Prefix: prefix}
			if len(a.Phrase) == 0 {
				continue
			}
			switch {
			case hasPlural && strings.TrimSpace(plural) != "":
				a.Plurals = [][]string{Words(plural)}
			case !hasPlural && !strings.Contains(phrase, "!"):
				a.Plurals = [][]string{regularPlural(a.Phrase)}
			}
			out = append(out, a)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read agents dictionary: %w", err)
	}
	return out, nil
}

// expand replaces a !MARKER! of phrase by each item of its substitution set.
func expand(phrase string, subst map[string][]string) ([]string, error) {
	i := strings.IndexByte(phrase, '!')
	if i < 0 {
		return []string{phrase}, nil
	}
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return []string{phrase}, nil
	}
	marker := phrase[i : i+j+2]
	items, ok := subst[marker]
	if !ok {
		return nil, fmt.Errorf("substitution marker %s is not defined", marker)
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, phrase[:i]+it+phrase[i+j+2:])
	}
	return out, nil
}

// regularPlural makes the regular plural of the last word: +S, Y -> IES, SS -> SSES.
func regularPlural(words []string) []string {
	out := append([]string(nil), words...)
	last := out[len(out)-1]
	switch {
	case strings.HasSuffix(last, "SS"):
		last += "ES"
	case strings.HasSuffix(last, "Y") && len(last) > 1 && !strings.ContainsAny(last[len(last)-2:len(last)-1], "AEIOU"):
		last = last[:len(last)-1] + "IES"
	default:
		last += "S"
	}
	out[len(out)-1] = last
	return out
}
