package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// dictionary is what the generator reads of CAMEO.2.0.txt.
type dictionary struct {
	synsets map[string][]string // "&CURRENCY" -> upper-case phrases
	blocks  []block
}

// block is a verb synonym block: its verbs and patterns.
type block struct {
	name, code string
	verbs      []verb
	patterns   []pattern
}

// verb is a verb line: the words of the phrase, the index of the verb word, its code.
type verb struct {
	words []string // upper case, "+" removed
	head  int      // index of the verb word
	code  string   // "" for the block's code
}

// pattern is a pattern line: the words before and after '*', its code, and the verb of
// its comment.
type pattern struct {
	pre, post []string
	code      string
	verb      string
	line      int
}

// parseDictionary reads the synsets, blocks, verbs and patterns of a PETRARCH2 verb
// dictionary. Transformations (~) are skipped. It fails when the reader fails or a
// pattern or verb comes before any block.
func parseDictionary(r io.Reader) (dictionary, error) {
	d := dictionary{synsets: map[string][]string{}}
	var cur *block
	synset := ""
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			if strings.HasPrefix(strings.TrimSpace(line), "-") && !strings.HasPrefix(line, "---") {
				// keep the comment of a pattern: it names the verb
			} else {
				line = line[:i]
			}
		}
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			synset = ""
		case strings.HasPrefix(t, "&"):
			synset = strings.TrimSpace(t)
			d.synsets[synset] = nil
		case synset != "" && strings.HasPrefix(t, "+"):
			d.synsets[synset] = append(d.synsets[synset], strings.Trim(strings.TrimPrefix(t, "+"), "_ "))
		case strings.HasPrefix(t, "---"):
			name, code := blockHeader(t)
			d.blocks = append(d.blocks, block{name: name, code: code})
			cur = &d.blocks[len(d.blocks)-1]
			synset = ""
		case strings.HasPrefix(t, "~"):
		case strings.HasPrefix(t, "-"):
			if cur == nil {
				return d, fmt.Errorf("line %d: pattern before any verb block", n)
			}
			p, ok := parsePattern(t, n)
			if ok {
				cur.patterns = append(cur.patterns, p)
			}
		default:
			if cur == nil {
				continue // header material
			}
			if v, ok := parseVerb(t); ok {
				cur.verbs = append(cur.verbs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return d, fmt.Errorf("read verb dictionary: %w", err)
	}
	return d, nil
}

// blockHeader reads "---  ASK   [020]  ---".
func blockHeader(t string) (string, string) {
	t = strings.Trim(t, "- ")
	name, code := t, ""
	if i := strings.IndexByte(t, '['); i >= 0 {
		name = strings.TrimSpace(t[:i])
		if j := strings.IndexByte(t[i:], ']'); j > 0 {
			code = strings.TrimSpace(t[i+1 : i+j])
		}
	}
	return name, code
}

// parseVerb reads "ASK [020]", "QUERY {QUERYING ...}", "+CALL_OFF [160]".
func parseVerb(t string) (verb, bool) {
	code := ""
	if i := strings.IndexByte(t, '['); i >= 0 {
		if j := strings.IndexByte(t[i:], ']'); j > 0 {
			code = strings.TrimSpace(t[i+1 : i+j])
		}
		t = t[:i]
	}
	if i := strings.IndexByte(t, '{'); i >= 0 {
		t = t[:i]
	}
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, " \t") {
		return verb{}, false
	}
	v := verb{code: code}
	for i, w := range strings.Split(strings.Trim(t, "_"), "_") {
		if strings.HasPrefix(w, "+") {
			v.head = i
			w = w[1:]
		}
		if w != "" {
			v.words = append(v.words, w)
		}
	}
	return v, len(v.words) > 0
}

// parsePattern reads "- PRE * POST [CODE] # VERB".
func parsePattern(t string, n int) (pattern, bool) {
	p := pattern{line: n}
	if i := strings.IndexByte(t, '#'); i >= 0 {
		p.verb = strings.TrimSpace(t[i+1:])
		if f := strings.Fields(p.verb); len(f) > 0 {
			p.verb = f[0]
		}
		t = t[:i]
	}
	i := strings.LastIndexByte(t, '[')
	j := strings.LastIndexByte(t, ']')
	if i < 0 || j < i {
		return p, false
	}
	p.code = strings.TrimSpace(t[i+1 : j])
	body := strings.TrimSpace(strings.TrimPrefix(t[:i], "-"))
	pre, post, ok := strings.Cut(body, "*")
	if !ok {
		return p, false
	}
	p.pre, p.post = tokens(pre), tokens(post)
	return p, true
}

// tokens splits a pattern half into tokens, keeping "(", ")", "{", "}" apart.
func tokens(s string) []string {
	for _, c := range []string{"(", ")", "{", "}"} {
		s = strings.ReplaceAll(s, c, " "+c+" ")
	}
	return strings.Fields(s)
}
