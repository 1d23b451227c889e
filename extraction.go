package geokg

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ExtractorVersion names the rules that produced an extraction; it is stored on every
// relation so that a graph written by older rules can be told apart.
const ExtractorVersion = "rules+frames-0.2"

// Article is the source document of an extraction.
type Article struct {
	// ID is "article:" followed by the hex SHA-256 of the normalised text (see ArticleID).
	ID string
	// Title, URL and Published (ISO date YYYY-MM-DD) are empty when unknown.
	Title     string
	URL       string
	Published string
	// Source is the outlet or site that published it, as the input named it; empty when
	// the input did not (SourceName then falls back to the URL's host).
	Source string
	// Text is the clean text the extractor read (at most MaxArticleBytes), which the
	// offsets of its relations and events refer to; empty when not known (an extraction
	// read back from JSON, an article loaded without its text). It is not part of the
	// article's JSON.
	Text string
}

// SourceName returns the article's outlet or site: the input's source when given, else
// the host of its URL in lower case without a leading "www.", else "".
func (a Article) SourceName() string {
	if s := strings.TrimSpace(a.Source); s != "" {
		return s
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// MarshalJSON writes unknown url and published as null, the stable JSON of
// `geokg extract --format json`.
func (a Article) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID        string  `json:"id"`
		Title     string  `json:"title"`
		URL       *string `json:"url"`
		Published *string `json:"published"`
		Source    string  `json:"source,omitempty"`
	}{a.ID, a.Title, nullable(a.URL), nullable(a.Published), a.Source})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (a *Article) UnmarshalJSON(b []byte) error {
	var v struct {
		ID        string  `json:"id"`
		Title     string  `json:"title"`
		URL       *string `json:"url"`
		Published *string `json:"published"`
		Source    string  `json:"source"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*a = Article{ID: v.ID, Title: v.Title, Source: v.Source}
	if v.URL != nil {
		a.URL = *v.URL
	}
	if v.Published != nil {
		a.Published = *v.Published
	}
	return nil
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// ArticleID returns the content key of an article: "article:" and the hex SHA-256 of its
// text with Unicode normalised white space (runs of spaces and line breaks become one
// space; leading and trailing space is dropped). The same text always gets the same id.
//
// The fields of the text are hashed as they are found, with single spaces between them, so
// that no normalised copy of a large text is built.
func ArticleID(text string) string {
	h := sha256.New()
	buf := make([]byte, 0, 8192)
	first := true
	for i := 0; i < len(text); {
		for i < len(text) { // skip white space
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i >= len(text) {
			break
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if !first {
			buf = append(buf, ' ')
		}
		buf = append(buf, text[i:j]...)
		if len(buf) >= 4096 {
			h.Write(buf)
			buf = buf[:0]
		}
		first = false
		i = j
	}
	h.Write(buf)
	return "article:" + hex.EncodeToString(h.Sum(nil))
}

// WebURL reports whether s is an absolute http or https URL with a host: the only
// addresses geokg stores for an article (a "javascript:" or "file:" address would be
// served to clients as a link).
func WebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) && u.Host != ""
}

// Entity is an actor (Country, Group or Official) as read from an article.
type Entity struct {
	ID      string       `json:"id"`
	Kind    Kind         `json:"kind"`
	Name    string       `json:"name"`
	Code    string       `json:"code,omitempty"`    // Country: ISO-3166 alpha-3
	Subtype GroupSubtype `json:"subtype,omitempty"` // Group
	Title   string       `json:"title,omitempty"`   // Official
	Country string       `json:"country,omitempty"` // Group, Official: alpha-3 code
	// Aliases lists the surface forms of the entity found in the article.
	Aliases []string `json:"aliases"`
}

// Event is a dated happening that relations refer to.
type Event struct {
	ID   string    `json:"id"`
	Type EventType `json:"type"`
	// Date is an ISO date, or empty when the text does not fix it.
	Date     string   `json:"date"`
	Targets  []string `json:"targets"` // entity ids
	Evidence string   `json:"evidence"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
}

// MarshalJSON writes an unknown date as null.
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	return json.Marshal(struct {
		plain
		Date *string `json:"date"`
	}{plain(e), nullable(e.Date)})
}

// Relation is one statement of an article: subject, type and object, with its evidence.
type Relation struct {
	Subject string       `json:"subject"` // entity id
	Type    RelationType `json:"type"`
	Object  string       `json:"object"` // entity id
	// Event is the id of the event the relation is about, or empty.
	Event string `json:"event,omitempty"`
	// Evidence is the sentence that states the relation; Start and End are its byte
	// offsets in the article's text.
	Evidence string `json:"evidence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	// Date is when the relation held: the date the text gives, else the article's date;
	// empty when neither is known.
	Date       string  `json:"date"`
	Confidence float64 `json:"confidence"`
	// Rule, Trigger and Path explain why the extractor read the relation: the frame
	// ("frame geokg:12", the lexicon file and line) or rule family ("pattern verb",
	// "title", "body", "sentence rule"), the trigger word's lemma, and for frames the
	// dependency path between the two actors through the trigger ("nsubj<expel>obj").
	Rule    string `json:"rule,omitempty"`
	Trigger string `json:"trigger,omitempty"`
	Path    string `json:"path,omitempty"`
	// Before and After are the sentences just before and just after the evidence
	// sentence in the article's text, its context for a reader (see ClipContext); empty
	// at the start and the end of the text.
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

// MaxContextBytes bounds each context sentence (Relation.Before, Relation.After) kept
// with a statement: a longer one is cut (see ClipContext).
const MaxContextBytes = 600

// ClipContext returns a context sentence of at most MaxContextBytes bytes, white space
// trimmed. A longer sentence is cut on a rune boundary and marked with "…": before the
// evidence (before is true) its end is kept, the words nearest the evidence; after it,
// its start.
func ClipContext(s string, before bool) string {
	s = strings.TrimSpace(s)
	if len(s) <= MaxContextBytes {
		return s
	}
	const mark = "…"
	n := MaxContextBytes - len(mark)
	if before {
		i := len(s) - n
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		return mark + strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strings.TrimRightFunc(s[:i], unicode.IsSpace) + mark
}

// Undated returns how many of the extraction's statements have no date: neither the text
// nor the article's publication date fixes one. They are written, but date series
// (timeline, monthly counts) leave them out.
func (x *Extraction) Undated() int {
	n := 0
	for _, r := range x.Relations {
		if r.Date == "" {
			n++
		}
	}
	return n
}

// RoundConfidence rounds a confidence to two decimals for display: products of rule
// weights such as 0.8 × 0.8 are 0.6400000000000001 in floating point.
func RoundConfidence(c float64) float64 { return math.Round(c*100) / 100 }

// Extraction is what the extractor reads from one article: the article, the entities
// that take part in it, its events and its relations. It is what the store writes.
type Extraction struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	Relations []Relation `json:"relations"`
	// Extractor names the rules that produced the extraction (ExtractorVersion).
	Extractor string `json:"extractor"`
}

// Validate checks the invariants the store relies on: known kinds and relation types,
// well-formed ids, relations and events that refer to listed entities and events. It
// returns an INVALID_ARGUMENT error naming the first problem found.
func (x *Extraction) Validate() error {
	if !strings.HasPrefix(x.Article.ID, "article:") {
		return Errorf(CodeInvalidArgument, "article id %q: want article:<sha256>", x.Article.ID)
	}
	ids := make(map[string]bool, len(x.Entities)+len(x.Events))
	for _, e := range x.Entities {
		if !e.Kind.Valid() {
			return Errorf(CodeInvalidArgument, "entity %q: unknown kind %q", e.ID, e.Kind)
		}
		if k, _, err := ParseEntityID(e.ID); err != nil || k != e.Kind {
			return Errorf(CodeInvalidArgument, "entity %q: id does not match kind %s", e.ID, e.Kind)
		}
		if strings.TrimSpace(e.Name) == "" {
			return Errorf(CodeInvalidArgument, "entity %q: empty name", e.ID)
		}
		ids[e.ID] = true
	}
	for _, ev := range x.Events {
		if !ev.Type.Valid() {
			return Errorf(CodeInvalidArgument, "event %q: unknown type %q", ev.ID, ev.Type)
		}
		if !strings.HasPrefix(ev.ID, "event:") {
			return Errorf(CodeInvalidArgument, "event %q: want event:<key>", ev.ID)
		}
		for _, t := range ev.Targets {
			if !ids[t] {
				return Errorf(CodeInvalidArgument, "event %q: target %q is not a listed entity", ev.ID, t)
			}
		}
		ids[ev.ID] = true
	}
	for i, r := range x.Relations {
		if !r.Type.Valid() {
			return Errorf(CodeInvalidArgument, "relation %d: unknown type %q", i, r.Type)
		}
		if !ids[r.Subject] || !ids[r.Object] || strings.HasPrefix(r.Subject, "event:") || strings.HasPrefix(r.Object, "event:") {
			return Errorf(CodeInvalidArgument, "relation %d (%s %s %s): subject and object must be listed entities", i, r.Subject, r.Type, r.Object)
		}
		if r.Event != "" && !ids[r.Event] {
			return Errorf(CodeInvalidArgument, "relation %d: event %q is not listed", i, r.Event)
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			return Errorf(CodeInvalidArgument, "relation %d: confidence %v outside [0,1]", i, r.Confidence)
		}
	}
	return nil
}
