package syntax

import (
	"sort"
	"strings"
)

// lemmatizer gives the dictionary form of a word from its form and Penn tag: first the
// treebanks' own lemma where the rules below would get it wrong (the exceptions), then
// suffix rules checked against the lemmas the treebanks know.
type lemmatizer struct {
	exceptions map[string]string // lower form + "\t" + XPOS -> lemma
	known      map[string]uint8  // lemmas seen in training, lower case, with their classes
}

// Classes of known lemmas, so that a verb's form is read against verb lemmas only
// ("severed" is "sever", though "severe" is a known adjective).
const (
	lemmaVerb uint8 = 1 << iota
	lemmaNoun
	lemmaAdj
	lemmaOther
)

func lemmaClass(upos string) uint8 {
	switch upos {
	case "VERB", "AUX":
		return lemmaVerb
	case "NOUN", "PROPN":
		return lemmaNoun
	case "ADJ", "ADV":
		return lemmaAdj
	}
	return lemmaOther
}

// sameAsForm is the exception "the lemma is the form as written".
const sameAsForm = "="

func lemmaKey(form, xpos string) string { return strings.ToLower(form) + "\t" + xpos }

// lemma returns the lemma of form tagged xpos (upos decides whether case is kept). An
// irregular past form the tagger took for a present one ("Israel struck" tagged VBZ, "met"
// tagged VBP) has the lemma the treebanks give it as a past (VBD, then VBN), when the form
// is no verb lemma itself: "struck" is "strike", but "found" and "lay" stay as they are.
func (l *lemmatizer) lemma(form, upos, xpos string) string {
	if v, ok := l.exceptions[lemmaKey(form, xpos)]; ok {
		if v == sameAsForm {
			return form
		}
		return v
	}
	if v := l.pastOf(form, upos, xpos); v != "" {
		return v
	}
	return l.rule(form, upos, xpos)
}

// pastOf returns the lemma of form as an irregular past (see lemma) when it is tagged as
// a present verb (VB, VBP, VBZ), is no verb lemma and the treebanks know it as a past
// whose lemma is another word; else "".
func (l *lemmatizer) pastOf(form, upos, xpos string) string {
	if upos != "VERB" || xpos != "VB" && xpos != "VBP" && xpos != "VBZ" {
		return ""
	}
	lower := strings.ToLower(form)
	if l.known[lower]&lemmaVerb != 0 {
		return ""
	}
	for _, past := range [...]string{"VBD", "VBN"} {
		if v, ok := l.exceptions[lower+"\t"+past]; ok && v != sameAsForm && v != lower {
			return v
		}
	}
	return ""
}

func (l *lemmatizer) rule(form, upos, xpos string) string {
	if upos == "PROPN" && xpos != "NNPS" {
		return form
	}
	lower := strings.ToLower(form)
	if upos == "PROPN" {
		if s := l.pick(nounCandidates(form), lemmaNoun, false); s != "" {
			return s
		}
		return form
	}
	var cands []string
	class := lemmaClass(upos)
	switch xpos {
	case "NNS":
		cands = nounCandidates(lower)
	case "VBZ":
		cands = nounCandidates(lower)
	case "VBD", "VBN":
		cands = edCandidates(lower)
	case "VBG":
		cands = ingCandidates(lower)
	case "JJR", "RBR":
		cands = degreeCandidates(lower, "er")
	case "JJS", "RBS":
		cands = degreeCandidates(lower, "est")
	default:
		return lower
	}
	if s := l.pick(cands, class, true); s != "" {
		return s
	}
	return lower
}

// pick returns the first candidate the treebanks know as a lemma of the class, else
// the first candidate when fallback is set, else "".
func (l *lemmatizer) pick(cands []string, class uint8, fallback bool) string {
	for _, c := range cands {
		if l.known[strings.ToLower(c)]&class != 0 {
			return c
		}
	}
	if fallback && len(cands) > 0 {
		return cands[0]
	}
	return ""
}

func nounCandidates(w string) []string {
	var c []string
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		c = append(c, w[:len(w)-3]+"y")
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"), strings.HasSuffix(w, "oes"):
		c = append(c, w[:len(w)-2], w[:len(w)-1])
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		c = append(c, w)
	case strings.HasSuffix(w, "s") && len(w) > 2:
		c = append(c, w[:len(w)-1])
	}
	return append(c, w)
}

func edCandidates(w string) []string {
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return []string{w[:len(w)-3] + "y", w[:len(w)-1]}
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		stem := w[:len(w)-2]
		c := []string{}
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeious", rune(stem[n-1])) {
			c = append(c, stem[:n-1]) // stopped, expelled (called and killed are known)
		}
		if needsE(stem) {
			return append(c, stem+"e", stem, w[:len(w)-1])
		}
		return append(c, stem, stem+"e", w[:len(w)-1])
	}
	return []string{w}
}

// needsE guesses, for a stem the treebanks do not know, that its lemma ends in a
// silent e: "accus-ed", "seiz-ed", "forc-ed", "argu-ed", "chang-ed", "negotiat-ed".
func needsE(stem string) bool {
	n := len(stem)
	if n < 3 {
		return false
	}
	last, prev := stem[n-1], stem[n-2]
	vowel := strings.IndexByte("aeiou", prev) >= 0
	switch {
	case strings.IndexByte("vczu", last) >= 0:
		return true
	case last == 'g':
		return prev == 'n' || prev == 'd'
	case last == 's':
		return vowel
	}
	return n > 4 && strings.HasSuffix(stem, "at")
}

func ingCandidates(w string) []string {
	if !strings.HasSuffix(w, "ing") || len(w) <= 4 {
		return []string{w}
	}
	stem := w[:len(w)-3]
	c := []string{}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeious", rune(stem[n-1])) {
		c = append(c, stem[:n-1])
	}
	if strings.HasSuffix(stem, "y") {
		c = append(c, stem[:len(stem)-1]+"ie")
	}
	if needsE(stem) {
		return append(c, stem+"e", stem)
	}
	return append(c, stem, stem+"e")
}

func degreeCandidates(w, suf string) []string {
	if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+2 {
		return []string{w}
	}
	stem := w[:len(w)-len(suf)]
	c := []string{}
	if strings.HasSuffix(stem, "i") {
		c = append(c, stem[:len(stem)-1]+"y")
	}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		c = append(c, stem[:n-1])
	}
	return append(c, stem, stem+"e")
}

// trainLemmatizer learns the known lemmas and the exceptions to the rules: for each
// (lower-case form, tag) the most frequent outcome, kept when it is not "the rule is
// right". An exception is a lemma, or sameAsForm for "the form as written".
func trainLemmatizer(sents []Sentence) *lemmatizer {
	l := &lemmatizer{exceptions: map[string]string{}, known: map[string]uint8{}}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma != "" && w.Lemma != "_" {
				l.known[strings.ToLower(w.Lemma)] |= lemmaClass(w.UPOS)
			}
		}
	}
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" {
				continue
			}
			outcome := w.Lemma
			switch {
			case l.rule(w.Form, w.UPOS, w.XPOS) == w.Lemma:
				outcome = ""
			case w.Lemma == w.Form:
				outcome = sameAsForm
			}
			k := lemmaKey(w.Form, w.XPOS)
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][outcome]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		best, bestN := "", -1
		for o, n := range counts[k] {
			if n > bestN || (n == bestN && o < best) {
				best, bestN = o, n
			}
		}
		if best != "" {
			l.exceptions[k] = best
		}
	}
	return l
}

// knownMap returns the known lemmas with their classes as ints, for the model file.
func (l *lemmatizer) knownMap() map[string]int {
	out := make(map[string]int, len(l.known))
	for k, c := range l.known {
		out[k] = int(c)
	}
	return out
}

// forms returns the written forms (lower case) that the lemmatiser may give lemma for:
// the treebanks' forms of it (irregular ones such as "met", "struck", "held" included)
// and the regular inflections of a noun or verb ("sanctions", "imposed", "imposing",
// "stopped", "denies", "denied").
func (l *lemmatizer) forms(lemma string) []string {
	lemma = strings.ToLower(lemma)
	seen := map[string]bool{lemma: true}
	add := func(f string) { seen[f] = true }
	n := len(lemma)
	add(lemma + "s")
	add(lemma + "es")
	add(lemma + "ed")
	add(lemma + "d")
	add(lemma + "ing")
	if n > 1 && lemma[n-1] == 'e' {
		add(lemma[:n-1] + "ing")
	}
	if n > 1 && lemma[n-1] == 'y' {
		add(lemma[:n-1] + "ies")
		add(lemma[:n-1] + "ied")
	}
	if n > 1 {
		last := lemma[n-1]
		if strings.IndexByte("bdgklmnprt", last) >= 0 {
			add(lemma + string(last) + "ed")
			add(lemma + string(last) + "ing")
		}
	}
	for k, v := range l.exceptions {
		if strings.EqualFold(v, lemma) {
			form, _, _ := strings.Cut(k, "\t")
			add(form)
		}
	}
	out := make([]string, 0, len(seen))
	for f := range seen {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}
