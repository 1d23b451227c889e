package extract

import "github.com/geokg/geokg"

// pluralTitleHeads maps the plural title heads written before a list of names ("Sens.
// Ana Ruiz and Luis Soto", "Presidents Ruiz and Soto") to the singular head of
// titleHeads that each name holds; "Prime Ministers" is read by pluralTitleAt.
var pluralTitleHeads = map[string]string{
	"sens": "sen", "senators": "senator", "reps": "rep", "representatives": "representative",
	"congressmen": "congressman", "congresswomen": "congresswoman", "presidents": "president",
	"mps": "mp",
}

// pluralTitleAt returns the singular head of the capitalised plural title head at token
// i of toks ("Sens", "Prime Ministers") and the title's length in tokens, or "", 0.
func pluralTitleAt(toks []Token, i int) (string, int) {
	if !toks[i].IsCapitalized() {
		return "", 0
	}
	if toks[i].Lower == "prime" && i+1 < len(toks) && toks[i+1].Lower == "ministers" {
		return "prime minister", 2
	}
	if h, ok := pluralTitleHeads[toks[i].Lower]; ok {
		return h, 1
	}
	return "", 0
}

// pluralTitles reads, in sentence si, a plural title before a list of officials the
// gazetteer knows ("Sens. Ana Ruiz and Luis Soto", "Presidents Ruiz and Soto",
// "Representatives Ana Ruiz of Cusco and Luis Soto of Lima"): each holds the singular
// title, as "Sen. Ana Ruiz" would (applyTitle; a party word before the title is read by
// partyBeforeTitle). The list is listedOfficials'; one name alone is no list. A title
// after "former" or "ex-" (past a party word: "former Unionist Sens.") is a past post, as
// "Former President Ana Ruiz" is: no LEADS or MEMBER_OF.
func (d *document) pluralTitles(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+2 < len(toks); i++ {
		single, n := pluralTitleAt(toks, i)
		if n == 0 {
			continue
		}
		j := i + n
		if toks[j].Text == "." {
			j++
		}
		list := d.listedOfficials(si, j)
		if len(list) < 2 {
			continue
		}
		role := titleHeads[single]
		former := pastTitleBefore(toks, i)
		for _, m := range list {
			ts := titleSpan{start: i, end: i + n, role: role, title: titleCase(spelledTitle(single)), former: former}
			d.titleContext(si, &ts)
			d.applyTitle(si, m, ts)
		}
		i = list[len(list)-1].End - 1
	}
}

// listedOfficials returns the mentions of officials the gazetteer knows that open at
// token j of sentence si and follow one another joined by commas and "and", each
// perhaps followed by a party-and-state tag ("(R-Ariz.)", ", R-Ariz.,") or his home
// place ("of Arizona"); the list ends at the first other word.
func (d *document) listedOfficials(si, j int) []*Mention {
	toks := d.sents[si].Tokens
	var list []*Mention
	for j < len(toks) {
		m := d.mentionAt(si, j)
		if m == nil || m.Start != j || m.ent.kind != geokg.KindOfficial || m.Form != FormName && m.Form != FormShort {
			break
		}
		list = append(list, m)
		j = skipNameTag(toks, m.End)
		switch {
		case j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Lower == "and":
			j += 2
		case j < len(toks) && (toks[j].Text == "," || toks[j].Lower == "and"):
			j++
		default:
			return list
		}
	}
	return list
}

// skipNameTag returns the token after a party-and-state tag or a home place that
// follows a name ending at token k ("(R-Ariz.)", ", R-Ariz.", "of Arizona", "of South
// Carolina"), or k when none does.
func skipNameTag(toks []Token, k int) int {
	if k < len(toks) && toks[k].Text == "(" {
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			if toks[j].Text == ")" {
				return j + 1
			}
		}
		return k
	}
	if k+2 < len(toks) && toks[k].Text == "," && partyTag(toks[k+1].Text) && toks[k+2].Text == "-" {
		j := k + 3
		for j < len(toks) && j <= k+6 && toks[j].Text != "," && toks[j].Lower != "and" {
			j++
		}
		return j
	}
	if k+1 < len(toks) && toks[k].Lower == "of" && toks[k+1].IsCapitalized() && toks[k+1].IsWord() {
		j := k + 1
		for j < len(toks) && j <= k+3 && toks[j].IsCapitalized() && toks[j].IsWord() {
			j++
		}
		return j
	}
	return k
}

// partyTag reports whether w is the party letter of a legislator's tag ("R", "D", "I";
// the letter is a capital: "d-Calif." is no tag).
func partyTag(w string) bool {
	return w == "R" || w == "D" || w == "I"
}

// pastTitleBefore reports whether the title at token i of toks is a past one: "former"
// or "ex-" right before it or before a capitalised word before it ("former Unionist
// Sens.").
func pastTitleBefore(toks []Token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 2; k, n = k-1, n+1 {
		switch {
		case toks[k].Lower == "former", toks[k].Text == "-" && k >= 1 && toks[k-1].Lower == "ex":
			return true
		case !toks[k].IsCapitalized() || !toks[k].IsWord():
			return false
		}
	}
	return false
}
