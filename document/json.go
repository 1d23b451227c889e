package document

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Fields names the fields of a JSON record that hold each part of an article: for each
// part, the names tried in turn, compared case-insensitively. A part left empty takes
// DefaultFields' names.
type Fields struct {
	Title, URL, Date, Text, HTML []string
	// Outlet is the publisher (Document.Outlet); a value that is not a string is ignored.
	Outlet []string
}

// DefaultFields are the field names Parse and Walk accept.
var DefaultFields = Fields{
	Title:  []string{"title", "headline"},
	URL:    []string{"url", "link"},
	Date:   []string{"date", "published", "publishedat", "published_at", "pubdate", "datepublished", "published_date"},
	Text:   []string{"text", "body", "content", "article"},
	HTML:   []string{"html"},
	Outlet: []string{"source", "outlet", "publisher", "site_name"},
}

// withDefaults fills the parts f leaves empty from DefaultFields.
func (f *Fields) withDefaults() *Fields {
	if f == nil {
		return &DefaultFields
	}
	out := *f
	for _, p := range []struct {
		dst *[]string
		def []string
	}{
		{&out.Title, DefaultFields.Title}, {&out.URL, DefaultFields.URL}, {&out.Date, DefaultFields.Date},
		{&out.Text, DefaultFields.Text}, {&out.HTML, DefaultFields.HTML}, {&out.Outlet, DefaultFields.Outlet},
	} {
		if len(*p.dst) == 0 {
			*p.dst = p.def
		}
	}
	return &out
}

// ParseFields reads field names given on a command line: comma-separated part=name pairs,
// where part is title, url, date, text, html or source (the outlet) and several names for one
// part are separated by "|" ("text=body|content,date=pubDate,source=outlet"). Parts not
// named keep DefaultFields' names.
func ParseFields(spec string) (Fields, error) {
	var f Fields
	parts := map[string]*[]string{"title": &f.Title, "url": &f.URL, "date": &f.Date, "text": &f.Text, "html": &f.HTML, "source": &f.Outlet}
	for _, pair := range strings.Split(spec, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		part, names, ok := strings.Cut(pair, "=")
		dst := parts[strings.ToLower(strings.TrimSpace(part))]
		if !ok || dst == nil {
			return Fields{}, fmt.Errorf("field names %q: want part=name with part one of title, url, date, text, html, source", pair)
		}
		for _, n := range strings.Split(names, "|") {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
				*dst = append(*dst, n)
			}
		}
		if len(*dst) == 0 {
			return Fields{}, fmt.Errorf("field names %q: no name for %s", pair, part)
		}
	}
	return f, nil
}

// parseJSON reads one object or an array of objects. Records are named
// "name[i]" (from 1) in an array.
func parseJSON(name, text string, f *Fields) ([]Document, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("%s: invalid JSON: %w", name, err)
	}
	if _, err := dec.Token(); err == nil {
		return nil, fmt.Errorf("%s: invalid JSON: more than one value (use .jsonl for one object per line)", name)
	}
	switch v := v.(type) {
	case map[string]any:
		d, err := fromRecord(v, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		d.Source = name
		return []Document{d}, nil
	case []any:
		if len(v) == 0 {
			return nil, fmt.Errorf("%s: no records: %w", name, ErrEmpty)
		}
		docs := make([]Document, 0, len(v))
		for i, item := range v {
			src := fmt.Sprintf("%s[%d]", name, i+1)
			obj, ok := item.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s: record is not a JSON object", src)
			}
			d, err := fromRecord(obj, f)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", src, err)
			}
			d.Source = src
			docs = append(docs, d)
		}
		return docs, nil
	}
	return nil, fmt.Errorf("%s: invalid JSON: want an object or an array of objects", name)
}

// parseJSONL reads one object per line, skipping blank lines. Records are named
// "name:line". A bad line does not lose the others: the good records are returned
// with the errors of the bad lines joined, each naming its line.
func parseJSONL(name, text string, f *Fields) ([]Document, error) {
	var docs []Document
	var errs []error
	for n, rest := 1, text; rest != ""; n++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		src := name + ":" + strconv.Itoa(n)
		d, err := jsonlRecord(line, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", src, err))
			continue
		}
		d.Source = src
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, fmt.Errorf("%s: no records: %w", name, ErrEmpty)
	}
	return docs, errors.Join(errs...)
}

// jsonlRecord reads the document of one JSON Lines line.
func jsonlRecord(line string, f *Fields) (Document, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		return Document{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if _, err := dec.Token(); err == nil {
		return Document{}, errors.New("invalid JSON: more than one value on the line")
	}
	if obj == nil {
		return Document{}, errors.New("invalid JSON: want an object")
	}
	return fromRecord(obj, f)
}

// field returns the first of names present in obj (keys compared
// case-insensitively) with a non-null value.
func field(obj map[string]any, names []string) (any, bool) {
	for _, n := range names {
		if v, ok := obj[n]; ok && v != nil {
			return v, true
		}
	}
	for k, v := range obj {
		if v == nil {
			continue
		}
		lk := strings.ToLower(k)
		for _, n := range names {
			if lk == n {
				return v, true
			}
		}
	}
	return nil, false
}

func stringField(obj map[string]any, names []string) (string, error) {
	v, ok := field(obj, names)
	if !ok {
		return "", nil
	}
	switch v := v.(type) {
	case string:
		return v, nil
	case []any: // a body given as a list of paragraphs
		var b strings.Builder
		for _, p := range v {
			s, ok := p.(string)
			if !ok {
				return "", fmt.Errorf("field %q: want a string or a list of strings", names[0])
			}
			b.WriteString(s)
			b.WriteString("\n\n")
		}
		return b.String(), nil
	}
	return "", fmt.Errorf("field %q: want a string, got %s", names[0], jsonKind(v))
}

func jsonKind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	}
	return "a string"
}

// recordDate reads a date field: a date string in any form NormalizeDate reads,
// or a Unix time in seconds or milliseconds.
func recordDate(obj map[string]any, f *Fields) string {
	v, ok := field(obj, f.Date)
	if !ok {
		return ""
	}
	switch v := v.(type) {
	case string:
		d, _ := NormalizeDate(v)
		return d
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return ""
		}
		if n > 1e11 { // milliseconds
			n /= 1000
		}
		if n < 0 || n > 1e11 {
			return ""
		}
		d, _ := validDate(time.Unix(n, 0).UTC().Year(), int(time.Unix(n, 0).UTC().Month()), time.Unix(n, 0).UTC().Day())
		return d
	}
	return ""
}

// fromRecord turns a JSON record into a document; see Parse.
func fromRecord(obj map[string]any, f *Fields) (Document, error) {
	title, err := stringField(obj, f.Title)
	if err != nil {
		return Document{}, err
	}
	url, err := stringField(obj, f.URL)
	if err != nil {
		return Document{}, err
	}
	text, err := stringField(obj, f.Text)
	if err != nil {
		return Document{}, err
	}
	page, err := stringField(obj, f.HTML)
	if err != nil {
		return Document{}, err
	}
	title = collapseSpaces(normalizeText(title))
	url = strings.TrimSpace(url)
	var d Document
	switch {
	case strings.TrimSpace(text) != "":
		if err := checkArticleSize(text); err != nil {
			return Document{}, err
		}
		d = fromText(text, title)
	case strings.TrimSpace(page) != "":
		d, err = fromHTMLBytes([]byte(page), url)
		if err != nil {
			return Document{}, err
		}
	case text != "" || page != "":
		return Document{}, ErrEmpty
	default:
		return Document{}, fmt.Errorf("no article text: want a field named %s", strings.Join(append(append([]string(nil), f.Text...), f.HTML...), ", "))
	}
	if d.Text == "" {
		return Document{}, ErrNoText
	}
	if title != "" {
		d.Title = title
	}
	if url != "" {
		d.URL = url
	}
	if p := recordDate(obj, f); p != "" {
		d.Published = p
	}
	if v, ok := field(obj, f.Outlet); ok {
		if o, ok := v.(string); ok {
			d.Outlet = collapseSpaces(strings.TrimSpace(o))
		}
	}
	return d, nil
}
