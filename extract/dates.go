package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/extract/internal/text"
)

// monthNumbers maps month names and abbreviations in lower case to their numbers.
var monthNumbers = text.Months

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// parseISODate reads a YYYY-MM-DD date (a longer timestamp is cut to its date).
func parseISODate(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// resolveDate finds the first date expression of a sentence and resolves it against
// the article's date: "on July 15", "Aug. 6", "15 July 2022", "Friday", "yesterday",
// "last week". Weekdays and relative words need the article's date; a month and day
// without a year take the article's year (the year before when that would be later
// than the article). It returns "" when the sentence fixes no date.
func resolveDate(toks []Token, published string) string {
	pub, havePub := parseISODate(published)
	for i, t := range toks {
		w := t.Lower
		if m, ok := monthNumbers[w]; ok && t.IsCapitalized() {
			j := i + 1
			if j < len(toks) && toks[j].Text == "." {
				j++
			}
			if j < len(toks) {
				if day, err := strconv.Atoi(toks[j].Text); err == nil && day >= 1 && day <= 31 {
					year := 0
					k := j + 1
					if k < len(toks) && toks[k].Text == "," {
						k++
					}
					if k < len(toks) {
						if y, err := strconv.Atoi(toks[k].Text); err == nil && y >= 1900 && y <= 2100 {
							year = y
						}
					}
					if year == 0 {
						if !havePub {
							continue
						}
						year = pub.Year()
						d := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
						if d.After(pub) {
							year--
						}
					}
					return time.Date(year, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
				}
			}
			// "15 July 2022"
			if i > 0 {
				if day, err := strconv.Atoi(toks[i-1].Text); err == nil && day >= 1 && day <= 31 && i+1 < len(toks) {
					if y, err := strconv.Atoi(toks[i+1].Text); err == nil && y >= 1900 && y <= 2100 {
						return time.Date(y, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
					}
				}
			}
			continue
		}
		if !havePub {
			continue
		}
		if wd, ok := weekdays[w]; ok && t.IsCapitalized() {
			// the latest such weekday on or before the article's date
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			return pub.AddDate(0, 0, -back).Format("2006-01-02")
		}
		switch w {
		case "today", "tonight":
			return pub.Format("2006-01-02")
		case "yesterday":
			return pub.AddDate(0, 0, -1).Format("2006-01-02")
		case "week":
			if i > 0 && toks[i-1].Lower == "last" {
				return pub.AddDate(0, 0, -7).Format("2006-01-02")
			}
		}
	}
	return ""
}

// sentenceDate returns the date of sentence si: the date its words give, else the
// article's date. It is computed once per sentence.
func (d *document) sentenceDate(si int) string {
	if d.dates == nil {
		d.dates = make([]*string, len(d.sents))
	}
	if p := d.dates[si]; p != nil {
		return *p
	}
	s := resolveDate(d.sents[si].Tokens, d.published)
	if s == "" {
		if _, ok := parseISODate(d.published); ok {
			s = strings.TrimSpace(d.published)[:10]
		}
	}
	d.dates[si] = &s
	return s
}
