package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// FromHTML reads an HTML page (at most MaxFileSize bytes) and returns its main
// article, found with go-readability (a port of Mozilla's Readability), with the
// same cleaning as FromText. pageURL, which may be "", is the page's address: it
// is the URL of the document unless the page names a canonical link or og:url,
// and it resolves relative links.
//
// The title comes from og:title, else <title> (without a " | Site" suffix), else
// the first <h1>, else readability's guess. Published comes from the first date
// found in article:published_time, og:published_time, datePublished (in a meta
// tag or JSON-LD), meta name=date, pubdate, DC.date (and similar), else the first
// <time datetime>, else a date line at the top of the text. The page's character
// set is taken from a byte order mark or a <meta charset>; a page without one is
// read as UTF-8 when valid, else as Windows-1252.
//
// FromHTML fails when r fails, with ErrTooLarge when the page is larger than
// MaxFileSize, with ErrEmpty for an empty page and with ErrNoText when the page
// has no article text (for example no <body>).
func FromHTML(r io.Reader, pageURL string) (Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return Document{}, fmt.Errorf("read html: %w", err)
	}
	if int64(len(data)) > MaxFileSize {
		return Document{}, fmt.Errorf("read html: %w: over the limit of %d bytes (MaxFileSize)", ErrTooLarge, MaxFileSize)
	}
	return fromHTMLBytes(data, pageURL)
}

func fromHTMLBytes(data []byte, pageURL string) (Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, fmt.Errorf("html: %w", ErrEmpty)
	}
	enc, _, _ := charset.DetermineEncoding(data[:min(len(data), 4096)], "text/html")
	if decoded, err := enc.NewDecoder().Bytes(data); err == nil {
		data = decoded
	}
	data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Document{}, fmt.Errorf("html: parse: %w", err)
	}
	base, _ := nurl.Parse(strings.TrimSpace(pageURL))
	if base != nil && !base.IsAbs() {
		base = nil
	}

	meta := readMeta(doc)
	var d Document
	d.Title = firstNonEmpty(meta.ogTitle, stripSiteSuffix(meta.title), meta.h1)
	d.URL = resolve(base, firstNonEmpty(meta.canonical, meta.ogURL))
	if d.URL == "" && base != nil {
		d.URL = base.String()
	}
	for _, v := range append(meta.dates, meta.timeDates...) {
		if p, ok := NormalizeDate(v); ok {
			d.Published = p
			break
		}
	}

	body := findElement(doc, "body")
	if body == nil || strings.TrimSpace(textContent(body)) == "" {
		return Document{}, fmt.Errorf("html: %w", ErrNoText)
	}
	article, err := runReadability(doc, base)
	text := ""
	if err == nil && article.Node != nil {
		text = render.InnerText(article.Node)
		if d.Title == "" {
			d.Title = collapseSpaces(article.Title())
		}
		if d.Published == "" {
			if t, err := article.PublishedTime(); err == nil {
				d.Published, _ = validDate(t.Year(), int(t.Month()), t.Day())
			}
		}
	}
	if strings.TrimSpace(text) == "" {
		// readability found no article: fall back to the text of the body
		if body = findElement(doc, "body"); body != nil {
			removeElements(body, "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form")
			text = render.InnerText(body)
		}
	}
	d.Title = collapseSpaces(normalizeText(d.Title))
	d.Text, d.Published = cleanBody(normalizeText(text), d.Title, d.Published)
	if d.Text == "" {
		return Document{}, fmt.Errorf("html: %w", ErrNoText)
	}
	return d, nil
}

// runReadability runs the library and turns a panic inside it into an error, so
// that no input can crash the caller.
func runReadability(doc *html.Node, base *nurl.URL) (article readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("readability: internal error: %v", r)
		}
	}()
	return readability.FromDocument(doc, base)
}

type pageMeta struct {
	ogTitle, title, h1 string
	canonical, ogURL   string
	dates, timeDates   []string
}

// dateMeta are the meta names and properties that give the publication date,
// compared in lower case.
var dateMeta = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dcterms.date": true,
	"dcterms.issued": true, "dcterms.created": true, "sailthru.date": true, "parsely-pub-date": true,
	"article.published": true, "originalpublicationdate": true, "citation_publication_date": true,
	"og:article:published_time": true,
}

// readMeta collects title, URL and date metadata from the page, walking at most
// a bounded number of nodes.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	budget := 200000
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		budget--
		if budget < 0 || depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := strings.TrimSpace(attr(n, "content"))
				switch {
				case content == "":
				case key == "og:title" && m.ogTitle == "":
					m.ogTitle = collapseSpaces(content)
				case key == "og:url" && m.ogURL == "":
					m.ogURL = content
				case dateMeta[key]:
					m.dates = append(m.dates, content)
				}
			case "link":
				if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "title":
				if m.title == "" {
					m.title = collapseSpaces(textContent(n))
				}
			case "h1":
				if m.h1 == "" {
					m.h1 = collapseSpaces(textContent(n))
				}
			case "time":
				if v := strings.TrimSpace(attr(n, "datetime")); v != "" {
					m.timeDates = append(m.timeDates, v)
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					if v := jsonLDDate(textContent(n)); v != "" {
						m.dates = append(m.dates, v)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return m
}

// jsonLDDate returns the first datePublished in a JSON-LD block.
func jsonLDDate(src string) string {
	if len(src) > 1<<20 {
		return ""
	}
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 32 {
			return ""
		}
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && s != "" {
				return s
			}
			for _, c := range v {
				if s := find(c, depth+1); s != "" {
					return s
				}
			}
		case []any:
			for _, c := range v {
				if s := find(c, depth+1); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textContent returns the text of the nodes under n.
func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func removeElements(n *html.Node, tags ...string) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			drop := false
			for _, t := range tags {
				if c.Data == t {
					drop = true
					break
				}
			}
			if drop {
				n.RemoveChild(c)
			} else {
				removeElements(c, tags...)
			}
		}
		c = next
	}
}

func resolve(base *nurl.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := nurl.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
