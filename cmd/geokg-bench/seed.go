package main

import (
	"context"
	"fmt"
	"math/rand/v2"

	"github.com/geokg/geokg"
)

// benchCountries are the countries of the seeded graph; the first four are the busy ones
// (the subject of half of the statements).
var benchCountries = [][2]string{
	{"USA", "United States"}, {"RUS", "Russia"}, {"CHN", "China"}, {"IRN", "Iran"},
	{"ALB", "Albania"}, {"ARG", "Argentina"}, {"AUS", "Australia"}, {"AUT", "Austria"}, {"BEL", "Belgium"},
	{"BRA", "Brazil"}, {"CAN", "Canada"}, {"CHE", "Switzerland"}, {"CHL", "Chile"}, {"COL", "Colombia"},
	{"CUB", "Cuba"}, {"CZE", "Czechia"}, {"DEU", "Germany"}, {"DNK", "Denmark"}, {"EGY", "Egypt"},
	{"ESP", "Spain"}, {"ETH", "Ethiopia"}, {"FIN", "Finland"}, {"FRA", "France"}, {"GBR", "United Kingdom"},
	{"GRC", "Greece"}, {"HUN", "Hungary"}, {"IDN", "Indonesia"}, {"IND", "India"}, {"IRQ", "Iraq"},
	{"ISR", "Israel"}, {"ITA", "Italy"}, {"JOR", "Jordan"}, {"JPN", "Japan"}, {"KAZ", "Kazakhstan"},
	{"KEN", "Kenya"}, {"KOR", "South Korea"}, {"LBN", "Lebanon"}, {"LBY", "Libya"}, {"MAR", "Morocco"},
	{"MEX", "Mexico"}, {"NGA", "Nigeria"}, {"NLD", "Netherlands"}, {"NOR", "Norway"}, {"PAK", "Pakistan"},
	{"PER", "Peru"}, {"PHL", "Philippines"}, {"POL", "Poland"}, {"PRK", "North Korea"}, {"PRT", "Portugal"},
	{"QAT", "Qatar"}, {"ROU", "Romania"}, {"SAU", "Saudi Arabia"}, {"SRB", "Serbia"}, {"SWE", "Sweden"},
	{"SYR", "Syria"}, {"THA", "Thailand"}, {"TUR", "Turkey"}, {"UKR", "Ukraine"}, {"VEN", "Venezuela"},
	{"VNM", "Vietnam"}, {"YEM", "Yemen"}, {"ZAF", "South Africa"},
}

// benchGroups is how many groups the seeded graph has; each is tied to one country only,
// so that two groups have no direct link and paths between them take 2 to 4 hops.
const benchGroups = 200

// seedExtractions returns the seeded graph's n articles, 5 statements each: a busy
// country as subject half of the time, objects among the countries and the groups, every
// directed relation type of the ontology, dates over 2020-2024. The same seed gives the
// same articles. It is a loader for measuring reads, not a corpus generator: the texts are
// placeholders and nothing is extracted.
func seedExtractions(n int, seed uint64) []*geokg.Extraction {
	rng := rand.New(rand.NewPCG(seed, 13))
	var types []geokg.RelationType
	for _, t := range geokg.RelationTypes {
		if !t.Symmetric() {
			types = append(types, t)
		}
	}
	country := func(i int) geokg.Entity {
		c := benchCountries[i]
		return geokg.Entity{ID: geokg.EntityID(geokg.KindCountry, c[0]), Kind: geokg.KindCountry, Name: c[1], Code: c[0], Aliases: []string{c[1]}}
	}
	group := func(i int) geokg.Entity {
		name := fmt.Sprintf("Bench Group %03d", i)
		return geokg.Entity{ID: fmt.Sprintf("group:bench-group-%03d", i), Kind: geokg.KindGroup, Name: name, Subtype: geokg.ArmedGroup, Aliases: []string{name}}
	}
	out := make([]*geokg.Extraction, 0, n)
	groupStatements := 0
	for a := range n {
		text := fmt.Sprintf("bench article %d of seed %d", a, seed)
		date := fmt.Sprintf("%d-%02d-%02d", 2020+rng.IntN(5), 1+rng.IntN(12), 1+rng.IntN(28))
		x := &geokg.Extraction{
			Article:   geokg.Article{ID: geokg.ArticleID(text), Title: text, URL: fmt.Sprintf("https://bench.example/%d", a), Published: date, Source: "bench"},
			Extractor: geokg.ExtractorVersion,
		}
		have := map[string]bool{}
		add := func(e geokg.Entity) {
			if !have[e.ID] {
				have[e.ID] = true
				x.Entities = append(x.Entities, e)
			}
		}
		for i := range 5 {
			var s, o geokg.Entity
			if rng.IntN(2) == 0 {
				s = country(rng.IntN(4))
			} else {
				s = country(rng.IntN(len(benchCountries)))
			}
			if rng.IntN(10) == 0 {
				g := rng.IntN(benchGroups)
				if groupStatements < 2 {
					g = groupStatements // the two groups of the paths read exist in any seeded graph
				}
				groupStatements++
				s, o = country(4+g%(len(benchCountries)-4)), group(g) // a group's one country, never a busy one
			} else {
				o = country(rng.IntN(len(benchCountries)))
			}
			if s.ID == o.ID {
				continue
			}
			add(s)
			add(o)
			sentence := fmt.Sprintf("%s and %s, statement %d.", s.Name, o.Name, i)
			x.Relations = append(x.Relations, geokg.Relation{Subject: s.ID, Type: types[rng.IntN(len(types))], Object: o.ID,
				Evidence: sentence, Start: i * 100, End: i*100 + len(sentence), Date: date, Confidence: 0.5 + rng.Float64()/2})
		}
		out = append(out, x)
	}
	return out
}

// seed writes the seeded graph in batches of batch articles.
func seed(ctx context.Context, w interface {
	Write(context.Context, []*geokg.Extraction) (geokg.WriteSummary, error)
}, n, batch int, s uint64, progress func(done int)) error {
	xs := seedExtractions(n, s)
	for i := 0; i < len(xs); i += batch {
		if _, err := w.Write(ctx, xs[i:min(i+batch, len(xs))]); err != nil {
			return fmt.Errorf("seed: %w", err)
		}
		progress(min(i+batch, len(xs)))
	}
	return nil
}
