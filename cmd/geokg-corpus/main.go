// Command geokg-corpus writes a seeded synthetic corpus of news articles as JSON Lines, for
// measuring ingestion (`make corpus`): sentences over the real gazetteer's countries and
// officials, every relation type of the ontology, dates over several years and a few
// sources. The same seed gives the same corpus. It is for measuring, not for quality: the
// sentences are plain and repetitive.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// templates say each relation type in a sentence the extractor reads: %[1]s is the
// subject, %[2]s the object.
var templates = map[geokg.RelationType][]string{
	geokg.Accuses:            {"%[1]s accused %[2]s of a cyberattack on its ministries.", "%[1]s blamed %[2]s for the attack on the pipeline."},
	geokg.Condemns:           {"%[1]s condemned %[2]s for the shelling of the border town.", "%[1]s strongly condemned %[2]s on Monday."},
	geokg.Denies:             {"%[1]s denied the accusations made by %[2]s.", "%[1]s rejected claims by %[2]s that it had armed the rebels."},
	geokg.Rejects:            {"%[1]s rejected the proposal of %[2]s.", "%[1]s rejected the demands of %[2]s."},
	geokg.Demands:            {"%[1]s demanded that %[2]s release the detained sailors.", "%[1]s urged %[2]s to withdraw its troops."},
	geokg.Threatens:          {"%[1]s threatened %[2]s with retaliation.", "%[1]s warned %[2]s of severe consequences."},
	geokg.Sanctions:          {"%[1]s imposed sanctions on %[2]s.", "%[1]s sanctioned %[2]s over the missile program."},
	geokg.LiftsSanctions:     {"%[1]s lifted sanctions on %[2]s.", "%[1]s eased sanctions against %[2]s."},
	geokg.SeversTiesWith:     {"%[1]s severed diplomatic relations with %[2]s.", "%[1]s cut diplomatic ties with %[2]s."},
	geokg.RestoresTiesWith:   {"%[1]s restored diplomatic relations with %[2]s.", "%[1]s restored diplomatic ties with %[2]s."},
	geokg.Expels:             {"%[1]s expelled the diplomats of %[2]s.", "%[1]s expelled the ambassador of %[2]s."},
	geokg.Attacks:            {"%[1]s attacked %[2]s with drones.", "%[1]s launched missile strikes on %[2]s."},
	geokg.Hosts:              {"%[1]s hosted %[2]s for talks on trade.", "%[1]s hosted a delegation from %[2]s."},
	geokg.Supports:           {"%[1]s supported %[2]s in the dispute.", "%[1]s backed %[2]s at the summit."},
	geokg.Meets:              {"%[1]s met %[2]s in Geneva.", "%[1]s held talks with %[2]s on Tuesday."},
	geokg.SignsAgreementWith: {"%[1]s signed an agreement with %[2]s.", "%[1]s signed a trade deal with %[2]s."},
	geokg.CooperatesWith:     {"%[1]s agreed to cooperate with %[2]s on security.", "%[1]s cooperated with %[2]s on border controls."},
	geokg.Aids:               {"%[1]s sent humanitarian aid to %[2]s.", "%[1]s provided military aid to %[2]s."},
	geokg.Recognizes:         {"%[1]s recognized %[2]s as a sovereign state.", "%[1]s formally recognized %[2]s."},
	geokg.Leads:              {"%[1]s leads %[2]s.", "%[1]s, who leads %[2]s, spoke on Friday."},
	geokg.MemberOf:           {"%[1]s is a member of %[2]s.", "%[1]s joined %[2]s as a full member."},
	geokg.PartOf:             {"%[1]s is part of %[2]s.", "%[1]s, a unit of %[2]s, was deployed."},
}

var sources = []string{"reuters.com", "apnews.com", "bbc.co.uk", "aljazeera.com", "france24.com", "dw.com"}

func main() {
	n := flag.Int("n", 1000, "articles to write")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	sentences := flag.Int("sentences", 5, "relation sentences per article")
	actors := flag.Int("actors", 0, "draw actors from the first N countries only (0: all), to make busy nodes")
	flag.Parse()
	if err := run(os.Stdout, *n, *seed, *sentences, *actors); err != nil {
		fmt.Fprintln(os.Stderr, "geokg-corpus:", err)
		os.Exit(1)
	}
}

func run(out io.Writer, n int, seed uint64, sentences, actors int) error {
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	countries := g.Countries()
	if actors > 0 && actors < len(countries) {
		countries = countries[:actors]
	}
	var officials []gazetteer.Official
	for _, o := range g.Officials() {
		if o.Country != "" && o.Title != "" {
			officials = append(officials, o)
		}
	}
	groups := g.Groups()
	rng := rand.New(rand.NewPCG(seed, 0x9e0))
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		date := start.AddDate(0, 0, rng.IntN(6*365))
		var body []string
		var title string
		for s := range sentences {
			t := geokg.RelationTypes[rng.IntN(len(geokg.RelationTypes))]
			subj, obj := countries[rng.IntN(len(countries))].Name, countries[rng.IntN(len(countries))].Name
			switch {
			case t == geokg.Leads && len(officials) > 0:
				o := officials[rng.IntN(len(officials))]
				subj = o.Name
				if c, ok := g.Country(o.Country); ok {
					obj = c.Name
				}
			case (t == geokg.MemberOf || t == geokg.PartOf) && len(groups) > 0:
				obj = groups[rng.IntN(len(groups))].Name
			case rng.IntN(5) == 0 && len(officials) > 0:
				o := officials[rng.IntN(len(officials))]
				subj = o.Title + " " + o.Name
			}
			if subj == obj {
				obj = countries[(rng.IntN(len(countries)-1)+1)%len(countries)].Name
			}
			tpl := templates[t][rng.IntN(len(templates[t]))]
			sentence := fmt.Sprintf(tpl, subj, obj)
			if s == 0 {
				title = strings.TrimSuffix(sentence, ".")
			}
			body = append(body, sentence+fmt.Sprintf(" Officials said on %s that talks would continue (report %d-%d).", date.Format("January 2, 2006"), i, s))
		}
		src := sources[rng.IntN(len(sources))]
		if err := enc.Encode(map[string]string{
			"title": title, "url": fmt.Sprintf("https://www.%s/world/%d-%d", src, seed, i),
			"published": date.Format(time.DateOnly), "text": strings.Join(body, "\n\n"),
		}); err != nil {
			return err
		}
	}
	return w.Flush()
}
