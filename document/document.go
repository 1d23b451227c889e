// Package document reads article files of every supported format (plain text,
// Markdown, HTML, JSON and JSON Lines) into clean article text, ready for
// extraction.
//
// Every reader ends in the same cleaning step: page furniture that a saved web
// page or a scraped data set carries around the article (site names, date and
// byline lines, "Related Articles" lists, share and player buttons, photo
// credits, repeated captions, duplicate paragraphs, other stories' headlines
// written in capitals) is dropped, Markdown strong emphasis around a name in
// plain text is taken off, so are the runs of link texts some sites paste after
// a person's name (ending in "MORE"), white space is normalised and paragraphs are
// separated by one blank line. The rules are
// written to keep every body sentence: a line that is long and ends with
// sentence punctuation is never taken for furniture, except when it repeats
// another paragraph.
package document

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg"
)

// Document is one article ready for extraction.
type Document struct {
	// Title is the article's headline, or "" when unknown.
	Title string
	// URL is the article's address, or "" when unknown.
	URL string
	// Published is the publication date as ISO YYYY-MM-DD, or "" when unknown.
	Published string
	// Text is the cleaned body text: valid UTF-8, paragraphs separated by "\n\n".
	Text string
	// Outlet is the publisher a JSON record names (its "source" field), or "".
	Outlet string
	// Source names where the document came from in messages: the file path, with
	// ":line" for a JSON Lines record and "[n]" for the n-th record of a JSON array.
	Source string
}

// MaxFileSize is the largest file, in bytes, that ReadFile and Walk read, and the
// largest HTML input that FromHTML accepts. It is 64 MiB by default.
var MaxFileSize int64 = 64 << 20

// MaxArticleSize is the largest plain text one article may have, geokg.MaxArticleBytes (8
// MiB) as the extractor's, checked before any cleaning so that an oversized text is
// refused at once. A file of many articles (JSON, JSONL) may be larger.
var MaxArticleSize = geokg.MaxArticleBytes

// checkArticleSize fails with ErrTooLarge when text is over MaxArticleSize.
func checkArticleSize(text string) error {
	if len(text) > MaxArticleSize {
		return fmt.Errorf("%w: %w", ErrTooLarge, geokg.ArticleTooLarge(len(text), MaxArticleSize))
	}
	return nil
}

// Errors that callers can test with errors.Is.
var (
	// ErrEmpty is returned for input that is empty or only white space.
	ErrEmpty = errors.New("empty article")
	// ErrNoText is returned when the input has content but no article text is
	// left once markup and page furniture are removed.
	ErrNoText = errors.New("no article text found")
	// ErrBinary is returned for input that holds a NUL byte in its first 8 KiB.
	ErrBinary = errors.New("binary file")
	// ErrInvalidUTF8 is returned for text in which more than 1% of the bytes are
	// not valid UTF-8.
	ErrInvalidUTF8 = errors.New("not valid UTF-8 text")
	// ErrTooLarge is returned for files larger than MaxFileSize.
	ErrTooLarge = errors.New("file too large")
	// ErrNotRegular is returned for a FIFO, device or socket named as a file: reading
	// one may block for ever. Standard input is read with ReadFrom.
	ErrNotRegular = errors.New("not a regular file")
)

// format is a supported input format.
type format int

const (
	formatUnknown format = iota
	formatText
	formatMarkdown
	formatHTML
	formatJSON
	formatJSONL
)

var extFormats = map[string]format{
	".txt":    formatText,
	".text":   formatText,
	".md":     formatMarkdown,
	".html":   formatHTML,
	".htm":    formatHTML,
	".json":   formatJSON,
	".jsonl":  formatJSONL,
	".ndjson": formatJSONL,
}

// Supported reports whether name has one of the extensions that Parse reads by
// name (.txt .text .md .html .htm .json .jsonl .ndjson, in any case), or one of them and
// .gz (read by Walk, decompressed).
func Supported(name string) bool {
	return extFormats[strings.ToLower(filepath.Ext(trimGz(name)))] != formatUnknown
}

// trimGz returns name without a final ".gz" (in any case).
func trimGz(name string) string {
	if strings.EqualFold(filepath.Ext(name), ".gz") {
		return name[:len(name)-3]
	}
	return name
}

// Parse reads the article or articles in data, naming them name in Document.Source
// and in errors. The format comes from the extension of name: .txt and .text
// (plain text), .md (Markdown, read as plain text with front matter, headings,
// links and emphasis simplified), .html and .htm, .json (one object or an array
// of objects), .jsonl and .ndjson (one object per line). For any other extension
// the content is sniffed: data starting with '<' is HTML, with '{' or '[' JSON,
// anything else plain text.
//
// Text input must be UTF-8: Parse fails with ErrBinary when the first 8 KiB hold
// a NUL byte and with ErrInvalidUTF8 when more than 1% of the bytes are invalid;
// fewer invalid bytes are replaced by U+FFFD. HTML in another character set
// declared by the page (or without a declaration and not valid UTF-8, read as
// Windows-1252) is converted. Parse fails with ErrEmpty for empty or white-space
// input, with ErrNoText when nothing is left after cleaning, and for JSON with an
// error naming the bad record or line. It returns documents together with an error
// only for JSON Lines of which some lines are bad: the good records, and the errors
// of the bad lines joined (errors.Join), each naming its line.
func Parse(name string, data []byte) ([]Document, error) {
	return parse(name, data, &DefaultFields)
}

// parse is Parse with the JSON field names f2.
func parse(name string, data []byte, f2 *Fields) ([]Document, error) {
	f := extFormats[strings.ToLower(filepath.Ext(name))]
	if f == formatUnknown {
		f = sniff(data)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if f == formatHTML {
		if hasNUL(data) {
			return nil, fmt.Errorf("%s: %w", name, ErrBinary)
		}
		d, err := fromHTMLBytes(data, "")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		d.Source = name
		return []Document{d}, nil
	}
	text, err := decodeText(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch f {
	case formatJSON:
		return parseJSON(name, text, f2)
	case formatJSONL:
		return parseJSONL(name, text, f2)
	}
	if err := checkArticleSize(text); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var d Document
	if f == formatMarkdown {
		d = fromMarkdown(text)
	} else {
		d = FromText(text)
	}
	if d.Text == "" {
		return nil, fmt.Errorf("%s: %w", name, ErrNoText)
	}
	d.Source = name
	return []Document{d}, nil
}

// sniff guesses the format of data without a known extension.
func sniff(data []byte) format {
	s := bytes.TrimLeft(data, " \t\r\n\ufeff")
	s = bytes.TrimPrefix(s, []byte("\xef\xbb\xbf"))
	if len(s) == 0 {
		return formatText
	}
	switch s[0] {
	case '<':
		return formatHTML
	case '{', '[':
		return formatJSON
	}
	return formatText
}

// sniffLen is how much of the input the binary check looks at.
const sniffLen = 8 << 10

func hasNUL(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), sniffLen)], 0) >= 0
}

// decodeText checks that data is text and returns it as valid UTF-8, without a
// byte order mark; see Parse for the rules.
func decodeText(data []byte) (string, error) {
	if hasNUL(data) {
		return "", ErrBinary
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data), nil
	}
	invalid := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		}
		i += n
	}
	if invalid*100 > len(data) {
		return "", fmt.Errorf("%w (%d of %d bytes are invalid)", ErrInvalidUTF8, invalid, len(data))
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), nil
}

// ReadFile reads the file at path and parses it with Parse, naming the documents
// after path. It fails, with an error naming path, when the file cannot be opened
// or read, is not a regular file, or is larger than MaxFileSize (ErrTooLarge); a
// file is never read past MaxFileSize, so memory stays bounded.
func ReadFile(path string) ([]Document, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Stdin names standard input among the paths of Walk, as on command lines.
const Stdin = "-"

// ReadFrom reads r, at most MaxFileSize bytes, as a file named name (which gives its
// format, see Parse), for standard input.
func ReadFrom(name string, r io.Reader) ([]Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > MaxFileSize {
		return nil, fmt.Errorf("read %s: %w: over the limit of %d bytes (MaxFileSize)", name, ErrTooLarge, MaxFileSize)
	}
	return Parse(name, data)
}

func readLimited(path string) ([]byte, error) {
	// Stat before opening: opening a FIFO blocks until a writer comes, and reading a
	// device may never end.
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("read article %s: is a directory", path)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("read article %s: %w (%s)", path, ErrNotRegular, info.Mode().Type())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	defer f.Close()
	limit := MaxFileSize
	if info.Size() > limit {
		return nil, fmt.Errorf("read article %s: %w: %d bytes, over the limit of %d bytes (MaxFileSize)", path, ErrTooLarge, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read article %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("read article %s: %w: over the limit of %d bytes (MaxFileSize)", path, ErrTooLarge, limit)
	}
	return data, nil
}

// Walk reads every article under paths with DefaultFields; see Reader.Walk.
func Walk(paths []string, fn func(Document) error) error {
	return Reader{}.Walk(paths, fn)
}

// Reader reads files as Walk does, with JSON field names of its own.
type Reader struct {
	// Fields names the fields of JSON records; parts left empty take DefaultFields.
	Fields Fields
	// StdinName is the name standard input is read as, which gives its format
	// (see Parse): "stdin.txt" when empty; "stdin.jsonl" reads a stream of JSON Lines.
	StdinName string
}

// maxBadLines is how many bad lines of one JSON Lines file Walk names; the others are
// counted.
const maxBadLines = 100

// Walk reads every article under paths and calls fn once per document, in order.
// A path may be a file, read whatever its extension, or a folder, searched
// recursively in lexical order for files with a supported extension (see
// Supported); hidden files and folders (names starting with '.') inside a folder
// are skipped. A name ending in .gz is decompressed and read by the name before it
// ("a.jsonl.gz" as JSON Lines). JSON Lines files are streamed a line at a time, so
// they may be of any size; other files are read whole, up to MaxFileSize
// (decompressed). Walk stops at the first error returned by fn and returns that
// error unchanged. A file that cannot be read or parsed does not stop the walk:
// Walk goes on with the next file and at the end returns the errors of all such
// files joined (errors.Join), each naming its file; a path that does not exist
// is reported the same way, and so is each bad line of a JSON Lines file whose good
// records are passed to fn (the first 100 of a file, then how many more). The path "-"
// (Stdin) is standard input, read as r.StdinName (plain text by default; gzip is
// recognised by its magic bytes).
func (r Reader) Walk(paths []string, fn func(Document) error) error {
	fields := r.Fields.withDefaults()
	var fileErrs []error
	for _, root := range paths {
		files, err := filesOf(root)
		if err != nil {
			fileErrs = append(fileErrs, err)
		}
		for _, path := range files {
			errs, stop := r.readOne(path, fields, fn)
			if stop != nil {
				return stop
			}
			fileErrs = append(fileErrs, errs...)
		}
	}
	return errors.Join(fileErrs...)
}

// readOne reads one file (or standard input) and passes its documents to fn. It returns
// the errors of the file and, apart, fn's error that stops the walk.
func (r Reader) readOne(path string, fields *Fields, fn func(Document) error) (errs []error, stop error) {
	name := path
	var in io.Reader
	if path == Stdin {
		name = r.StdinName
		if name == "" {
			name = "stdin.txt"
		}
		br := bufio.NewReader(os.Stdin)
		if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			name += ".gz"
		}
		in = br
	} else {
		if err := checkRegular(path); err != nil {
			return []error{err}, nil
		}
		f, err := os.Open(path)
		if err != nil {
			return []error{fmt.Errorf("read article: %w", err)}, nil
		}
		defer f.Close()
		in = f
	}
	if strings.EqualFold(filepath.Ext(name), ".gz") {
		z, err := gzip.NewReader(in)
		if err != nil {
			return []error{fmt.Errorf("read article %s: %w", path, err)}, nil
		}
		defer z.Close()
		in, name = z, trimGz(name)
	}
	if extFormats[strings.ToLower(filepath.Ext(name))] == formatJSONL {
		return streamJSONL(path, in, fields, fn)
	}
	data, err := io.ReadAll(io.LimitReader(in, MaxFileSize+1))
	if err != nil {
		return []error{fmt.Errorf("read article %s: %w", path, err)}, nil
	}
	if int64(len(data)) > MaxFileSize {
		return []error{fmt.Errorf("read article %s: %w: over the limit of %d bytes (MaxFileSize)", path, ErrTooLarge, MaxFileSize)}, nil
	}
	docs, err := parse(name, data, fields)
	if path != Stdin && name != path { // decompressed: name the file as given
		for i := range docs {
			docs[i].Source = path + strings.TrimPrefix(docs[i].Source, name)
		}
	}
	if many, ok := err.(interface{ Unwrap() []error }); ok {
		errs = append(errs, many.Unwrap()...)
	} else if err != nil {
		errs = append(errs, err)
	}
	for _, d := range docs {
		if err := fn(d); err != nil {
			return errs, err
		}
	}
	return errs, nil
}

// checkRegular fails for a path that is not a regular file: opening a FIFO blocks until
// a writer comes, and reading a device may never end.
func checkRegular(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	if info.IsDir() {
		return fmt.Errorf("read article %s: is a directory", path)
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("read article %s: %w (%s)", path, ErrNotRegular, info.Mode().Type())
	}
	return nil
}

// streamJSONL reads JSON Lines from in a line at a time (a line may be up to
// MaxFileSize bytes) and passes each good record to fn; records are named "name:line".
func streamJSONL(name string, in io.Reader, fields *Fields, fn func(Document) error) (errs []error, stop error) {
	br := bufio.NewReaderSize(in, 64<<10)
	bad, records := 0, 0
	fail := func(err error) {
		bad++
		if bad <= maxBadLines {
			errs = append(errs, err)
		}
	}
	var line []byte
	for n := 1; ; n++ {
		line = line[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if int64(len(line)+len(chunk)) > MaxFileSize {
				tooLong = true
			} else {
				line = append(line, chunk...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			fail(fmt.Errorf("read article %s: %w", name, err))
			break
		}
		src := name + ":" + strconv.Itoa(n)
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		switch text := strings.TrimSpace(string(line)); {
		case tooLong:
			fail(fmt.Errorf("%s: %w: the line is over the limit of %d bytes (MaxFileSize)", src, ErrTooLarge, MaxFileSize))
		case text == "":
		default:
			if !utf8.ValidString(text) {
				text = strings.ToValidUTF8(text, "\uFFFD")
			}
			d, derr := jsonlRecord(text, fields)
			if derr != nil {
				fail(fmt.Errorf("%s: %w", src, derr))
				break
			}
			records++
			d.Source = src
			if err := fn(d); err != nil {
				return errs, err
			}
		}
		if err == io.EOF {
			break
		}
	}
	if bad > maxBadLines {
		errs = append(errs, fmt.Errorf("%s: %d more bad lines", name, bad-maxBadLines))
	}
	if records == 0 && bad == 0 {
		errs = append(errs, fmt.Errorf("%s: no records: %w", name, ErrEmpty))
	}
	return errs, nil
}

// filesOf returns the files a path of Walk names: itself, or the supported files of a
// folder, with the errors met (a path that does not exist names it).
func filesOf(root string) ([]string, error) {
	if root == Stdin {
		return []string{Stdin}, nil
	}
	info, err := os.Stat(root)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("read article %s: %w", root, err)
	}
	if info.IsDir() {
		return listDir(root)
	}
	return []string{root}, nil
}

// listDir returns the supported, non-hidden files under root in lexical order.
// Errors met on the way are joined; the files found are still returned.
func listDir(root string) ([]string, error) {
	var files []string
	var errs []error
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, fmt.Errorf("read folder: %w", err))
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !Supported(path) {
			return nil
		}
		if d.Type()&os.ModeSymlink != 0 {
			if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		files = append(files, path)
		return nil
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("walk %s: %w", root, err))
	}
	return files, errors.Join(errs...)
}
