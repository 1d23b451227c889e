package neo4jtest

import "github.com/geokg/geokg"

// Fixture returns a small hand-written extraction of text: Albania accuses Iran and severs
// ties; the United States sanctions Iran's intelligence minister; Albania hosts the MEK.
func Fixture(text string) *geokg.Extraction {
	id := geokg.ArticleID(text)
	return &geokg.Extraction{
		Article:   geokg.Article{ID: id, Title: "Albania and Iran", Published: "2022-09-10"},
		Extractor: geokg.ExtractorVersion,
		Entities: []geokg.Entity{
			{ID: "country:ALB", Kind: geokg.KindCountry, Name: "Albania", Code: "ALB", Aliases: []string{"Albania", "Tirana"}},
			{ID: "country:IRN", Kind: geokg.KindCountry, Name: "Iran", Code: "IRN", Aliases: []string{"Iran", "Tehran"}},
			{ID: "country:USA", Kind: geokg.KindCountry, Name: "United States", Code: "USA", Aliases: []string{"U.S."}},
			{ID: "official:esmail-khatib", Kind: geokg.KindOfficial, Name: "Esmail Khatib", Title: "Minister of Intelligence", Country: "IRN", Aliases: []string{"Khatib"}},
			{ID: "group:peoples-mujahedeen-of-iran", Kind: geokg.KindGroup, Name: "People's Mujahedeen of Iran", Subtype: geokg.ArmedGroup, Aliases: []string{"MEK", "Mujahedin-e-Khalq"}},
		},
		Events: []geokg.Event{{ID: "event:cyberattack-2022-07-15-alb", Type: geokg.Cyberattack, Date: "2022-07-15", Targets: []string{"country:ALB"}, Evidence: "a cyberattack on July 15"}},
		Relations: []geokg.Relation{
			{Subject: "country:ALB", Type: geokg.Accuses, Object: "country:IRN", Event: "event:cyberattack-2022-07-15-alb", Evidence: "Albania blames Iran.", Start: 0, End: 20, Date: "2022-09-10", Confidence: 0.9},
			{Subject: "country:ALB", Type: geokg.SeversTiesWith, Object: "country:IRN", Evidence: "Albania cut ties with Tehran.", Start: 21, End: 50, Date: "2022-09-07", Confidence: 0.9},
			{Subject: "country:USA", Type: geokg.Sanctions, Object: "official:esmail-khatib", Evidence: "The U.S. sanctioned Khatib.", Start: 51, End: 78, Date: "2022-09-09", Confidence: 0.8},
			{Subject: "country:ALB", Type: geokg.Hosts, Object: "group:peoples-mujahedeen-of-iran", Evidence: "Albania hosts the MEK.", Start: 79, End: 101, Date: "2022-09-10", Confidence: 0.7},
			{Subject: "country:USA", Type: geokg.Supports, Object: "country:ALB", Evidence: "The U.S. backed Albania.", Start: 102, End: 126, Date: "2022-09-10", Confidence: 0.8},
			{Subject: "country:IRN", Type: geokg.Meets, Object: "country:ALB", Evidence: "Iran met Albania.", Start: 127, End: 144, Date: "2022-09-01", Confidence: 0.6},
		},
	}
}
