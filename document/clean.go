package document

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanBody turns a body into clean text (see the package documentation) and
// returns it with the publication date: published when set, else the date of a
// date line near the top.
func cleanBody(body, title, published string) (string, string) {
	units := splitUnits(body)
	titleKeys := titleKeys(title)
	kept := make([]string, 0, len(units))
	seen := make(map[string]bool, len(units))
	leading := true // before the first body sentence
	related := false
	cased := mostlyLowerCase(body) // a body written all in capitals (a telex) keeps its lines
	for i, u := range units {
		t := stripInlineLinks(stripEmphasis(stripCredit(u.text)))
		if t == "" {
			continue
		}
		if leading && (isBodySentence(t) || len(t) >= 150) {
			leading = false
		}
		if d, ok := dateLine(t); ok {
			if published == "" && i < 12 && len(kept) < 4 {
				published = d
			}
			continue
		}
		if titleKeys[foldKey(t)] {
			continue
		}
		if isSectionMarker(t) {
			related = true
			continue
		}
		if related {
			if isStrongSentence(t) || (u.blankBefore && isBodySentence(t)) {
				related = false
			} else {
				continue
			}
		}
		if isFurniture(t) || isByline(t) || cased && isShoutedHeadline(t) {
			continue
		}
		if leading && isMasthead(t) {
			continue
		}
		key := collapseSpaces(t)
		if seen[key] {
			continue
		}
		seen[key] = true
		kept = append(kept, t)
	}
	kept = dropRepeats(kept)
	return strings.Join(kept, "\n\n"), published
}

// titleKeys returns the folded forms of a title that a repeated title line may
// take: the title itself and the title without a " | Site" suffix.
func titleKeys(title string) map[string]bool {
	keys := map[string]bool{}
	if title == "" {
		return keys
	}
	keys[foldKey(title)] = true
	keys[foldKey(stripSiteSuffix(title))] = true
	delete(keys, "")
	return keys
}

// stripSiteSuffix drops a " | Site Name" suffix of up to five words from a title.
func stripSiteSuffix(title string) string {
	i := strings.LastIndex(title, " | ")
	if i <= 0 {
		return title
	}
	if n := len(strings.Fields(title[i+3:])); n >= 1 && n <= 5 && len(strings.Fields(title[:i])) >= 2 {
		return strings.TrimSpace(title[:i])
	}
	return title
}

// foldKey reduces a line to lower-case letters and digits separated by single
// spaces, so that lines differing only in case, quotes, dashes or punctuation
// compare equal.
func foldKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if isWordRune(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// trimClosers drops closing quotes, brackets and white space at the end of s.
func trimClosers(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		switch r {
		case '"', '\'', '”', '’', '»', '›', ')', ']', '*', '_':
			return true
		}
		return unicode.IsSpace(r)
	})
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimClosers(s))
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '؟', '۔', '।':
		return true
	}
	return false
}

// capitalRatio returns the share of words starting with a letter that start with
// an upper-case letter.
func capitalRatio(words []string) float64 {
	letters, upper := 0, 0
	for _, w := range words {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !isWordRune(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(upper) / float64(letters)
}

// isBodySentence reports whether s reads like a sentence of the article: it ends
// with sentence punctuation and has at least six words.
func isBodySentence(s string) bool {
	return endsSentence(s) && len(strings.Fields(s)) >= 6
}

// isStrongSentence reports whether s is certainly body text and not a headline:
// a long sentence that is not written in title case.
func isStrongSentence(s string) bool {
	if len(s) > 600 {
		return true
	}
	words := strings.Fields(s)
	return endsSentence(s) && len(s) >= 100 && len(words) >= 15 && capitalRatio(words) < 0.5
}

// isMasthead reports whether s, seen before the first body sentence, is a site
// name, slogan or author line: at most six words, no sentence punctuation, no
// parenthesis (which would mark a dateline such as "WASHINGTON (AP) --").
func isMasthead(s string) bool {
	if endsSentence(s) || strings.ContainsAny(s, "():") {
		return false
	}
	n := len(strings.Fields(s))
	return n >= 1 && n <= 6
}

// sectionMarkers are headings that open a list of links to other stories.
var sectionMarkers = map[string]bool{
	"related": true, "related articles": true, "related stories": true, "related content": true,
	"related coverage": true, "related news": true, "related links": true, "related topics": true,
	"more on this story": true, "more on this topic": true, "more on this": true, "read more": true,
	"more stories": true, "more news": true, "more articles": true, "most popular": true,
	"most read": true, "most viewed": true, "most shared": true, "popular": true, "popular now": true,
	"trending": true, "trending now": true, "recommended": true, "recommended for you": true,
	"recommended stories": true, "you may also like": true, "you might also like": true,
	"you may be interested in": true, "latest news": true, "latest stories": true, "latest": true,
	"top stories": true, "also read": true, "see also": true, "editor s picks": true,
	"editors picks": true, "don t miss": true, "what to read next": true, "read next": true,
	"up next": true, "more from": true, "around the web": true, "from the web": true,
	"elsewhere on the web": true, "featured": true, "in case you missed it": true,
}

var moreFrom = regexp.MustCompile(`^more (from|in|on) [\p{L}\d ]{1,40}$`)

// isSectionMarker reports whether s is a heading such as "Related Articles" that
// opens a list of headlines.
func isSectionMarker(s string) bool {
	if len(s) > 60 || endsSentence(s) {
		return false
	}
	k := foldKey(s)
	return sectionMarkers[k] || moreFrom.MatchString(k) && len(strings.Fields(k)) <= 5
}

// uiExact are whole lines of page UI, folded with foldKey.
var uiExact = map[string]bool{
	"advertisement": true, "advert": true, "ad": true, "ads": true, "sponsored": true,
	"sponsored content": true, "close": true, "video": true, "videos": true, "audio": true,
	"photo": true, "photos": true, "gallery": true, "share": true, "share this": true,
	"share this article": true, "share this story": true, "share article": true, "tweet": true,
	"email": true, "print": true, "comments": true, "comment": true, "menu": true, "search": true,
	"subscribe": true, "subscribe now": true, "sign in": true, "sign up": true, "log in": true,
	"login": true, "register": true, "skip to content": true, "skip to main content": true,
	"back to top": true, "newsletter": true, "newsletters": true, "newsletter sign up": true,
	"newsletter signup": true, "loading": true, "listen": true, "play": true, "pause": true,
	"next": true, "previous": true, "home": true, "toggle caption": true, "hide caption": true,
	"show caption": true, "enlarge this image": true, "getty images": true, "image": true,
	"continue reading": true, "continue reading the main story": true, "more": true,
	"show more": true, "load more": true, "view comments": true, "reuse this content": true,
	"follow us": true, "cookie policy": true, "privacy policy": true, "terms of use": true,
	"all rights reserved": true, "top": true, "watch": true, "watch live": true, "live": true,
	"breaking news": true, "opinion": true, "analysis": true, "copy link": true, "link copied": true,
	"facebook": true, "twitter": true, "whatsapp": true, "linkedin": true, "reddit": true,
	"pinterest": true, "messenger": true, "telegram": true, "instagram": true, "youtube": true,
	// agency sign-offs and outlet names standing alone
	"reuter": true, "reuters": true, "ap": true, "afp": true, "upi": true, "xinhua": true,
	"usa today": true, "cnn": true, "bbc news": true, "associated press": true,
	"the associated press": true, "agence france presse": true, "al jazeera": true,
}

// uiAlways match lines of page UI, credits and calls to action that are dropped
// whatever follows; uiUnlessSentence match lines that are dropped unless they
// read as a body sentence ("Share prices fell ..."). Both are tried on lines of up
// to 400 characters.
var (
	uiAlways = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		`share your thoughts\b`,
		`read or share this story\b`,
		`media playback is (?:unsupported|not supported)\b`,
		`media caption\b`,
		`image (?:copyright|caption|source)\b`,
		`(?:photo|image|picture|video) (?:credit|courtesy)\b`,
		`(?:play|watch) video\b`,
		`slideshow \(\d+ (?:images?|photos?)\)`,
		`enlarge this image\b`,
		`facebook twitter (?:pinterest|whatsapp|email)\b`,
		`please (?:upgrade|enable|verify|update) your\b`,
		`(?:javascript|cookies) (?:is|are) (?:disabled|required)\b`,
		`this (?:video|content|feature|embed) (?:is not available|can ?not be played|is unavailable)\b`,
		`your browser (?:does not|doesn't) support\b`,
		`copyright\s*(?:©|\(c\)|\d{4})`,
		`©`,
		`contributing\s*:`,
		`(?:additional )?reporting by\b`,
		`(?:editing|writing|compiled|edited|produced|graphics|design) by\b`,
		`write to [^.]*@`,
		`this (?:article|story) (?:has been adapted|was (?:originally|first) published|first appeared|is more than|was amended|was updated|has been updated)\b`,
		`(?:are|were) you (?:in|affected|near|at)\b[^?]*\?`,
		`tell us (?:your|about)\b`,
		`you can (?:also )?contact us\b`,
		`have your say\b`,
		`q&a\b.*\bshow hide\b`,
		`newsletter sign`,
		`interested in [^?]{1,60}\? add\b`,
		`we (?:use|value your) (?:cookies|privacy)\b`,
		`by (?:clicking|continuing|signing|subscribing)\b`,
		`CLOSE\b`,
		`this article is more than \d+ (?:year|month|day|week)s? old\b`,
	}, "|") + `)`)
	uiUnlessSentence = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		`sign up (?:for|to|now|here)\b`,
		`subscribe (?:to|for|now|here|today)\b`,
		`follow (?:us|me|@\S+|[\p{L}.'-]+(?: [\p{L}.'-]+){0,3}) on (?:twitter|x|facebook|instagram|linkedin|telegram|youtube|tiktok|threads|bluesky|whatsapp|google news)\b`,
		`follow us\b`,
		`share (?:this|on|via|with|article|story)\b`,
		`getty images\b`,
		`advertisement\b`,
		`click here\b`,
		`(?:read more|read|related|more|watch|listen|see also|also read|also see|recommended|explore more|more on this|more from|suggested|top stories|latest)\s*:`,
		`download (?:the|our) (?:app|free)\b`,
		`get (?:the|our) (?:latest|free|daily|weekly) (?:news|newsletter|headlines|updates)\b`,
		`(?:listen|watch) (?:to )?(?:this|the) (?:article|story|podcast|episode)\b`,
		`(?:estimated )?reading time\b`,
		`\d+ min(?:ute)?s? read\b`,
		`last (?:updated|modified)\b`,
		`posted (?:in|under)\b`,
		`tags?\s*:`,
		`filed under\b`,
		`categor(?:y|ies)\s*:`,
		`source\s*:\s*\S+$`,
		`photo\s*:`,
		`(?:file )?photo\b[^.]*/`,
	}, "|") + `)`)
)

// uiSuffixes match UI and credit text at the end of a short line.
var uiSuffixes = regexp.MustCompile(`(?i)(?:\bcontributed to this (?:report|story|article)\.?|\bvideo provided by\b.*|\bread more|\badd interest|\bnewslook)$`)

var onlySymbols = regexp.MustCompile(`^[^\p{L}]*$`)

// isFurniture reports whether s is a line of page UI: a site menu item, a share,
// player or newsletter control, a credit, a link-list prompt, or a line with no
// letters at all (timestamps such as "0:00", bullets, "×").
func isFurniture(s string) bool {
	if onlySymbols.MatchString(s) {
		return true
	}
	if len(s) > 400 {
		return false
	}
	k := foldKey(s)
	if uiExact[k] {
		return true
	}
	if strings.HasPrefix(s, "CLOSE ") {
		return true
	}
	if uiAlways.MatchString(s) {
		return true
	}
	if uiUnlessSentence.MatchString(s) {
		return !(endsSentence(s) && len(strings.Fields(s)) >= 10)
	}
	if len(s) <= 200 && uiSuffixes.MatchString(s) {
		return !endsSentence(s) || strings.Contains(strings.ToLower(s), "contributed to this")
	}
	return false
}

// isShoutedHeadline reports whether s is a headline written in capitals: four
// words or more with letters, every letter a capital ("PERU WARNS CHILE OVER
// BORDER", "CLICK HERE TO GET THE APP"). Sites set the headlines of related
// stories so inside the body; no body sentence is written so.
func isShoutedHeadline(s string) bool {
	words := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 4 && strings.IndexFunc(s, notCapital) < 0
}

// mostlyLowerCase reports whether most of the cased letters of s are lower case,
// as in any body written in sentence case; a wire text set all in capitals is not,
// and its lines are no headlines of other stories.
func mostlyLowerCase(s string) bool {
	lower, upper := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
	}
	return lower > upper
}

// notCapital reports whether r is a letter other than a capital (a lower-case
// letter, or one of a script without case).
func notCapital(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r)
}

// emphasisPair matches a name set in Markdown strong emphasis inside plain
// text, "**Ruiz**" or "__ Ana Ruiz's__": the opening marker before a capital
// (spaces allowed), the closing one not before a letter, so that an asterisked
// swear word ("f**k") is no pair.
var emphasisPair = regexp.MustCompile(`(?:\*\*|__) ?(\p{Lu}[^*_\n]{0,200}?) ?(?:\*\*|__)([^\p{L}*_]|$)`)

// stripEmphasis removes Markdown strong-emphasis markers around a name in a
// line of plain text, keeping a space between the name and a word the marker
// touched ("challenged__ Ana Ruiz's__ leadership" reads "challenged Ana Ruiz's
// leadership").
func stripEmphasis(s string) string {
	if !strings.Contains(s, "**") && !strings.Contains(s, "__") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range emphasisPair.FindAllStringSubmatchIndex(s, -1) {
		start, end := m[0], m[4] // the character after the closing marker is kept
		b.WriteString(s[last:start])
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); isWordRune(r) {
			b.WriteByte(' ')
		}
		b.WriteString(s[m[2]:m[3]])
		if r, _ := utf8.DecodeRuneInString(s[end:]); isWordRune(r) {
			b.WriteByte(' ')
		}
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// gluedLinkWord matches a word made of two capitalised words with no space
// between them ("RuizOvernight"): a surname glued to the first word of a link's
// text.
var gluedLinkWord = regexp.MustCompile(`\b(\p{Lu}\p{Ll}{2,})[\p{Lu}\d][\p{L}\d]*`)

// linkRunEnd matches the "MORE" that closes a run of link texts.
var linkRunEnd = regexp.MustCompile(`\sMORE\b`)

// maxLinkRun bounds the bytes of a run of link texts: a person's full name and
// three or four headlines.
const maxLinkRun = 600

// stripInlineLinks removes the runs of link texts that some sites paste after a
// person's name: the name repeated in full, glued to the first of the person's
// latest headlines, the headlines, and a closing "MORE" ("Sen. Ana Ruiz Ana Maria
// RuizPeru talks stall Chile votes MORE (D-Calif.) said" reads "Sen. Ana Ruiz
// (D-Calif.) said"). The run starts after the surname's last whole occurrence
// within 80 bytes before the glued word and ends at the "MORE" within
// maxLinkRun bytes after it, on the same line; a glued word with no such surname
// before it or no "MORE" after it ("McCain", "JohnsonOvernight" alone) is left.
func stripInlineLinks(s string) string {
	if !strings.Contains(s, "MORE") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range gluedLinkWord.FindAllStringSubmatchIndex(s, -1) {
		if m[0] < last {
			continue
		}
		head := s[m[2]:m[3]]
		nameEnd := -1
		for from := max(last, m[0]-80); ; {
			k := strings.Index(s[from:m[0]], head)
			if k < 0 {
				break
			}
			at := from + k
			end := at + len(head)
			r0, _ := utf8.DecodeLastRuneInString(s[:at])
			r1, _ := utf8.DecodeRuneInString(s[end:])
			if !isWordRune(r0) && !isWordRune(r1) {
				nameEnd = end
			}
			from = end
		}
		if nameEnd < 0 {
			continue
		}
		rest := s[m[1]:min(len(s), m[1]+maxLinkRun)]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		e := linkRunEnd.FindStringIndex(rest)
		if e == nil {
			continue
		}
		b.WriteString(s[last:nameEnd])
		last = m[1] + e[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var bylineConnectors = map[string]bool{
	"and": true, "&": true, "de": true, "da": true, "del": true, "van": true, "von": true, "der": true,
	"al": true, "el": true, "bin": true, "ibn": true, "la": true, "le": true, "du": true, "dos": true,
}

var bylinePrefix = regexp.MustCompile(`(?i)^(?:by|written by|words by|reported by|posted by|author:|authors:|story by)\s+`)

// isByline reports whether s is an author line such as "By John Smith" or
// "By Jane Doe and Ali Reza, CNN": a "By" prefix followed by capitalised names,
// and no sentence punctuation.
func isByline(s string) bool {
	if len(s) > 150 || endsSentence(s) && !strings.HasSuffix(s, ".") {
		return false
	}
	loc := bylinePrefix.FindStringIndex(s)
	if loc == nil {
		return false
	}
	rest := strings.TrimSuffix(s[loc[1]:], ".")
	parts := strings.Split(rest, ",")
	if len(parts) > 4 {
		return false
	}
	words := 0
	for i, p := range parts {
		fields := strings.Fields(p)
		if len(fields) == 0 && i == 0 {
			return false
		}
		if i > 0 && len(fields) > 5 {
			return false
		}
		for _, w := range fields {
			if bylineConnectors[strings.ToLower(w)] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && r != '@' {
				return false
			}
			words++
		}
	}
	return words >= 1 && words <= 12
}

// creditSuffix matches a photo credit at the end of a caption: "Photo: Name/Agency",
// "(Photo: AP)", "Photograph: Name/Agency", "REUTERS/Name", "[Name/Agency]".
var creditSuffix = regexp.MustCompile(`(?:\s*\((?:AP |AFP |Reuters )?(?:Photo|Photograph|Picture|Image|Illustration|Credit|Video)s?(?: credit)?\s*(?::|by)\s*[^()]{1,80}\)|\s+(?:Photo|Photograph|Picture|Image|Illustration|Credit|Photo credit)s?\s*:\s*[^.:!?]{1,80}|\s+[A-Z][A-Z.]{1,15}/[\p{L}][\p{L} .'-]{1,60}|\s*\[[^\[\]]{1,80}/[^\[\]]{1,80}\])$`)

// stripCredit removes a photo credit from the end of a caption line, so that
// the caption itself can be judged (and kept when it is a real sentence).
func stripCredit(s string) string {
	if len(s) > 1000 {
		return s
	}
	if loc := creditSuffix.FindStringIndex(s); loc != nil {
		return strings.TrimSpace(s[:loc[0]])
	}
	return s
}

// maxRepeatScan bounds the text size (bytes) on which dropRepeats looks for
// repeated captions; longer texts only lose exact duplicates.
const maxRepeatScan = 1 << 20

// dropRepeats drops a short paragraph (a photo caption, a pull quote) whose text,
// without its final punctuation, is repeated inside another, longer paragraph or
// an earlier equal one.
func dropRepeats(units []string) []string {
	total := 0
	for _, u := range units {
		total += len(u) + 1
	}
	if total > maxRepeatScan || len(units) < 2 {
		return units
	}
	starts := make([]int, len(units))
	var b strings.Builder
	for i, u := range units {
		starts[i] = b.Len()
		b.WriteString(u)
		b.WriteByte('\n')
	}
	joined := asciiLower(b.String())
	drop := make([]bool, len(units))
	for i, u := range units {
		if len(u) > 400 {
			continue
		}
		core := strings.TrimRightFunc(trimClosers(u), func(r rune) bool {
			return unicode.IsPunct(r) || unicode.IsSpace(r)
		})
		if len(core) < 40 {
			continue
		}
		core = asciiLower(core)
		for off := 0; off < len(joined); {
			j := strings.Index(joined[off:], core)
			if j < 0 {
				break
			}
			pos := off + j
			off = pos + 1
			k := sort.SearchInts(starts, pos+1) - 1
			if k == i || drop[k] {
				continue
			}
			if len(units[k]) > len(u) || len(units[k]) == len(u) && k < i {
				drop[i] = true
				break
			}
		}
	}
	out := units[:0]
	for i, u := range units {
		if !drop[i] {
			out = append(out, u)
		}
	}
	return out
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
