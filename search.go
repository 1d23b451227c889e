package geokg

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match says how a search text matched an entity, best first.
type Match string

// The kinds of match, best first.
const (
	// MatchExact: the text is the entity's name, code or one of its aliases.
	MatchExact Match = "EXACT"
	// MatchWord: every word of the text is a whole word of the name or an alias
	// ("Putin" in "Vladimir Putin").
	MatchWord Match = "WORD"
	// MatchPrefix: the text begins the name or an alias, or its last word begins one of
	// their words ("Alban" for "Albania").
	MatchPrefix Match = "PREFIX"
	// MatchFuzzy: a word of the text of at least FuzzyMinLength letters is a word of the
	// name or an alias misspelt by an edit or two ("Mojahedin" for "Mujahedin").
	MatchFuzzy Match = "FUZZY"
)

// FuzzyMinLength is the shortest word that search matches with misspellings: shorter
// words have too many neighbours ("Iran" is one edit from "Iraq" and "Oman").
const FuzzyMinLength = 6

// FuzzyEdits returns how many edits search tolerates in a word of n letters: none below
// FuzzyMinLength, one up to 7 letters, two from 8.
func FuzzyEdits(n int) int {
	switch {
	case n < FuzzyMinLength:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// MaxSearchText is the longest search text accepted, in characters, and MaxSearchWord
// the longest word in it; longer ones fail with INVALID_ARGUMENT (a name is far shorter,
// and the full-text index expands a long word past its clause limit).
const (
	MaxSearchText = 200
	MaxSearchWord = 64
)

// CheckSearchText fails with INVALID_ARGUMENT when text is over MaxSearchText characters,
// holds a word over MaxSearchWord characters or has no word.
func CheckSearchText(text string) error {
	if n := utf8.RuneCountInString(text); n > MaxSearchText {
		return Errorf(CodeInvalidArgument, "search text is %d characters, over the limit of %d", n, MaxSearchText)
	}
	words := SearchWords(text)
	for _, w := range words {
		if n := utf8.RuneCountInString(w); n > MaxSearchWord {
			return Errorf(CodeInvalidArgument, "a search word is %d characters, over the limit of %d", n, MaxSearchWord)
		}
	}
	if len(words) == 0 {
		return Errorf(CodeInvalidArgument, "search text has no words")
	}
	return nil
}

var matchRank = map[Match]int{MatchExact: 4, MatchWord: 3, MatchPrefix: 2, MatchFuzzy: 1}

// SearchWords returns the words of a search text or a name as search compares them:
// lower case, letters and digits, with dots and apostrophes dropped so that "U.S."
// is "us" and "People's" is "peoples".
func SearchWords(s string) []string {
	s = strings.Map(func(r rune) rune {
		if r == '.' || r == '\'' || r == '’' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// MatchEntity says how well text matches e, by its name, code and aliases: the best
// match, the form that matched and a score (higher is better; exact 4, word 3, prefix
// 2, fuzzy 1, plus the share of the matched form that the text covers). ok is false
// when text matches none of them.
func MatchEntity(text string, e Entity) (m Match, matched string, score float64, ok bool) {
	q := SearchWords(text)
	if len(q) == 0 {
		return "", "", 0, false
	}
	forms := append([]string{e.Name, e.Code}, e.Aliases...)
	for _, form := range forms {
		w := SearchWords(form)
		fm, fok := matchWords(q, w)
		if !fok {
			continue
		}
		s := float64(matchRank[fm]) + coverage(q, w)
		if !ok || s > score {
			m, matched, score, ok = fm, form, s, true
		}
	}
	return m, matched, score, ok
}

// coverage is the share of the letters of form that the query's words make up, in (0, 1].
func coverage(q, form []string) float64 {
	ql, fl := 0, 0
	for _, w := range q {
		ql += len(w)
	}
	for _, w := range form {
		fl += len(w)
	}
	if fl == 0 || ql >= fl {
		return 1
	}
	return float64(ql) / float64(fl)
}

// matchWords matches the query's words q against the words of one form.
func matchWords(q, form []string) (Match, bool) {
	if len(form) == 0 {
		return "", false
	}
	if strings.Join(q, " ") == strings.Join(form, " ") {
		return MatchExact, true
	}
	best := MatchWord
	for i, w := range q {
		last := i == len(q)-1
		switch {
		case containsWord(form, w):
		case last && hasWordPrefix(form, w):
			best = worse(best, MatchPrefix)
		case nearWord(form, w):
			best = worse(best, MatchFuzzy)
		default:
			return "", false
		}
	}
	return best, true
}

func worse(a, b Match) Match {
	if matchRank[b] < matchRank[a] {
		return b
	}
	return a
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func hasWordPrefix(words []string, p string) bool {
	for _, x := range words {
		if strings.HasPrefix(x, p) {
			return true
		}
	}
	return false
}

// nearWord says whether a word of words is within FuzzyEdits of w.
func nearWord(words []string, w string) bool {
	max := FuzzyEdits(len([]rune(w)))
	if max == 0 {
		return false
	}
	for _, x := range words {
		if EditDistance(x, w, max) <= max {
			return true
		}
	}
	return false
}

// EditDistance returns the Levenshtein distance of a and b in runes, or max+1 when it is
// larger. Search matches misspelt names with it, the extractor other spellings of a given
// name.
func EditDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// RankSearch orders candidate entities for a search text: exact names, codes and
// aliases first, then whole words, then prefixes, then misspellings, each hit with its
// score and what matched; candidates that do not match are left out, and at most first
// are kept. Ties go to the smaller id.
func RankSearch(text string, candidates []Entity, first int) []SearchHit {
	hits := make([]SearchHit, 0, len(candidates))
	seen := map[string]bool{}
	for _, e := range candidates {
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		if m, matched, score, ok := MatchEntity(text, e); ok {
			hits = append(hits, SearchHit{Entity: e, Score: score, Match: m, Matched: matched})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Entity.ID < hits[j].Entity.ID
	})
	if len(hits) > first {
		hits = hits[:first]
	}
	return hits
}
