package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/export"
	"github.com/geokg/geokg/store"
)

// The read commands (show, path, export) talk to the store directly; names are resolved
// through search.

// undated says how many statements of an ingest have no date, or nothing when none.
func undated(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d without a date: in the graph, left out of date series)", n)
}

// resolveName returns the entity that name stands for: an entity id as it is, else the
// search's one exact hit (name, code or alias), else its only hit. Several candidates are
// INVALID_ARGUMENT with the candidates listed; none is NOT_FOUND.
func resolveName(ctx context.Context, s *store.Store, name string) (geokg.Entity, error) {
	name = strings.TrimSpace(name)
	if _, _, err := geokg.ParseEntityID(name); err == nil {
		m, err := s.Entities(ctx, []string{name})
		if err != nil {
			return geokg.Entity{}, err
		}
		if e, ok := m[name]; ok {
			return e, nil
		}
		return geokg.Entity{}, geokg.Errorf(geokg.CodeNotFound, "no entity %q in the graph", name)
	}
	hits, err := s.Search(ctx, name, nil, 10)
	if err != nil {
		return geokg.Entity{}, err
	}
	var exact []geokg.SearchHit
	for _, h := range hits {
		if h.Match == geokg.MatchExact {
			exact = append(exact, h)
		}
	}
	switch {
	case len(exact) == 1:
		return exact[0].Entity, nil
	case len(hits) == 1:
		return hits[0].Entity, nil
	case len(hits) == 0:
		return geokg.Entity{}, geokg.Errorf(geokg.CodeNotFound, "no entity matches %q", name)
	}
	if len(exact) > 1 {
		hits = exact
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%q is ambiguous; give one of these ids:", name)
	for _, h := range hits {
		fmt.Fprintf(&b, "\n  %-40s %s (%s, %s %q)", h.Entity.ID, h.Entity.Name, h.Entity.Kind, strings.ToLower(string(h.Match)), h.Matched)
	}
	return geokg.Entity{}, geokg.Errorf(geokg.CodeInvalidArgument, "%s", b.String())
}

// withStore opens the store for a read command and closes it after.
func withStore(ctx context.Context, o *options, do func(s *store.Store) error) error {
	s, err := openStore(ctx, o)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	return do(s)
}

func showCommand() command {
	var first, evidence int
	var from, to string
	return command{
		name: "show", args: "NAME",
		summary: "Prints an entity (a name, code, alias or id; an ambiguous name lists the candidates and\n" +
			"exits 3), its relations grouped by direction, most reported first, and each relation's\n" +
			"newest evidence with its sentence, context and article.",
		flags: func(fs *flag.FlagSet, o *options) {
			neo4jFlags(fs, o)
			fs.IntVar(&first, "first", geokg.DefaultLimits.DefaultPage, "relations to print (at most 100)")
			fs.IntVar(&evidence, "evidence", 2, "evidence sentences per relation (at most 100)")
			fs.StringVar(&from, "from", "", "only relations with evidence on or after this date (YYYY-MM-DD)")
			fs.StringVar(&to, "to", "", "only relations with evidence on or before this date (YYYY-MM-DD)")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) != 1 {
				return usageError{"show takes one name (quote a name of several words)"}
			}
			if first < 1 || first > geokg.DefaultLimits.MaxPage || evidence < 0 || evidence > geokg.DefaultLimits.MaxPage {
				return usageError{fmt.Sprintf("--first and --evidence must be from 1 (0 for --evidence) to %d", geokg.DefaultLimits.MaxPage)}
			}
			if err := checkDates(from, to); err != nil {
				return err
			}
			return withStore(ctx, o, func(s *store.Store) error {
				e, err := resolveName(ctx, s, args[0])
				if err != nil {
					return err
				}
				q := geokg.EntityRelationQuery{Direction: geokg.Both, From: from, To: to}
				pages, err := s.EntityRelations(ctx, []string{e.ID}, q, geokg.PageRequest{First: first})
				if err != nil {
					return err
				}
				total, err := s.CountEntityRelations(ctx, []string{e.ID}, q)
				if err != nil {
					return err
				}
				edges := pages[e.ID].Edges
				printEntity(o.stdout, e)
				fmt.Fprintf(o.stdout, "%d relation(s)", total[e.ID])
				if len(edges) < total[e.ID] {
					fmt.Fprintf(o.stdout, ", the first %d by subject, type and object (--first)", len(edges))
				}
				fmt.Fprintln(o.stdout)
				return printEdges(ctx, s, o.stdout, e.ID, edges, geokg.EvidenceScope{From: from, To: to}, evidence)
			})
		},
	}
}

func pathCommand() command {
	var maxHops, first, minSources int
	var polarity, from, to, types string
	return command{
		name: "path", args: "A B",
		summary: "Prints the shortest connections between two entities (names, codes, aliases or ids),\n" +
			"direction ignored, shortest first, each hop with its evidence.",
		flags: func(fs *flag.FlagSet, o *options) {
			neo4jFlags(fs, o)
			fs.IntVar(&maxHops, "max-hops", geokg.DefaultLimits.DefaultPathHops, fmt.Sprintf("longest path, in hops (at most %d)", geokg.DefaultLimits.MaxPathHops))
			fs.IntVar(&first, "first", geokg.DefaultLimits.DefaultPaths, fmt.Sprintf("paths to print (at most %d)", geokg.DefaultLimits.MaxPaths))
			fs.StringVar(&types, "types", "", "only these relation types, comma-separated (ACCUSES,SANCTIONS)")
			fs.StringVar(&polarity, "polarity", "", "only hostile (conflict) or cooperative (cooperation) links")
			fs.StringVar(&from, "from", "", "only links reported on or after this date (YYYY-MM-DD)")
			fs.StringVar(&to, "to", "", "only links reported on or before this date (YYYY-MM-DD)")
			fs.IntVar(&minSources, "min-sources", 0, "only links reported by at least this many distinct sources")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) != 2 {
				return usageError{"path takes two names (quote a name of several words)"}
			}
			if err := checkDates(from, to); err != nil {
				return err
			}
			q := geokg.PathQuery{MaxHops: maxHops, First: first,
				Hops: geokg.HopFilter{Polarity: geokg.Polarity(strings.ToUpper(polarity)), From: from, To: to, MinSources: minSources}}
			var err error
			if q.Types, err = parseTypes(types); err != nil {
				return err
			}
			return withStore(ctx, o, func(s *store.Store) error {
				a, err := resolveName(ctx, s, args[0])
				if err != nil {
					return err
				}
				b, err := resolveName(ctx, s, args[1])
				if err != nil {
					return err
				}
				q.From, q.To = a.ID, b.ID
				if q.Types, err = geokg.HopTypes(q.Types, q.Hops); err != nil {
					return err
				}
				paths, err := s.Paths(ctx, q)
				if err != nil {
					return err
				}
				if len(paths) == 0 {
					fmt.Fprintf(o.stdout, "%s and %s are not connected within %d hop(s)\n", a.Name, b.Name, maxHops)
					return nil
				}
				for i, p := range paths {
					fmt.Fprintf(o.stdout, "%d. %s\n", i+1, chain(p))
					names := map[string]geokg.Entity{}
					for _, n := range p.Nodes {
						names[n.ID] = n
					}
					if err := printHops(ctx, s, o.stdout, p.Hops, names, q.Hops.Scope()); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
}

func exportCommand() command {
	var format, what, output, types, subject, object, either, from, to, article string
	var minConfidence float64
	return command{
		name: "export",
		summary: "Writes the relations (one row per subject, type and object, with counts) or the statements\n" +
			"(one row per evidence record, with its sentence, context and article) that the filters\n" +
			"select, as CSV or NDJSON, with the columns of docs/api.md (\"Exports\"), a page of the graph\n" +
			"at a time. Entities may be given by name, code, alias or id.",
		flags: func(fs *flag.FlagSet, o *options) {
			neo4jFlags(fs, o)
			fs.StringVar(&format, "format", "csv", "csv or ndjson")
			fs.StringVar(&what, "what", "relations", "relations or statements")
			fs.StringVar(&output, "output", "", "file to write (default standard output)")
			fs.StringVar(&types, "types", "", "only these relation types, comma-separated")
			fs.StringVar(&subject, "subject", "", "only relations of this subject")
			fs.StringVar(&object, "object", "", "only relations of this object")
			fs.StringVar(&either, "either", "", "only relations with this entity on either side")
			fs.StringVar(&from, "from", "", "only statements dated on or after this date (YYYY-MM-DD)")
			fs.StringVar(&to, "to", "", "only statements dated on or before this date (YYYY-MM-DD)")
			fs.Float64Var(&minConfidence, "min-confidence", 0, "only relations (statements) at least this confident, 0..1")
			fs.StringVar(&article, "article", "", "only what this article reports (article:<sha256>)")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) > 0 {
				return usageError{"export takes no arguments: filters are flags (--either Albania)"}
			}
			req := export.Request{What: export.What(what), Format: export.Format(format)}
			if !req.What.Valid() {
				return usageError{fmt.Sprintf("--what %q: relations or statements", what)}
			}
			if !req.Format.Valid() {
				return usageError{fmt.Sprintf("--format %q: csv or ndjson", format)}
			}
			return withStore(ctx, o, func(s *store.Store) error {
				v := url.Values{}
				for k, name := range map[string]string{"subject": subject, "object": object, "either": either} {
					if name == "" {
						continue
					}
					e, err := resolveName(ctx, s, name)
					if err != nil {
						return fmt.Errorf("--%s: %w", k, err)
					}
					v.Set(k, e.ID)
				}
				for k, val := range map[string]string{"types": types, "from": from, "to": to, "article": article} {
					if val != "" {
						v.Set(k, val)
					}
				}
				if minConfidence != 0 {
					v.Set("minConfidence", strconv.FormatFloat(minConfidence, 'f', -1, 64))
				}
				var err error
				if req.Filter, err = export.ParseFilter(v); err != nil {
					return err
				}
				var w io.Writer = o.stdout
				if output != "" {
					f, err := os.Create(output)
					if err != nil {
						return geokg.WrapError(geokg.CodeInvalidArgument, err, "--output")
					}
					defer f.Close()
					w = f
				}
				n, err := export.Write(ctx, w, s, req)
				if err != nil {
					return err
				}
				if c, ok := w.(io.Closer); ok && output != "" {
					if err := c.Close(); err != nil {
						return fmt.Errorf("write %s: %w", output, err)
					}
				}
				if output != "" {
					fmt.Fprintf(o.stderr, "wrote %d %s to %s\n", n, what, output)
				}
				return nil
			})
		},
	}
}

// checkDates checks the --from and --to flags.
func checkDates(from, to string) error {
	v := url.Values{}
	if from != "" {
		v.Set("from", from)
	}
	if to != "" {
		v.Set("to", to)
	}
	_, err := export.ParseFilter(v)
	return err
}

// parseTypes reads a comma-separated list of relation types.
func parseTypes(s string) ([]geokg.RelationType, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	f, err := export.ParseFilter(url.Values{"types": {s}})
	return f.Types, err
}

// printEntity prints an entity's heading: name, kind and what the kind has.
func printEntity(w io.Writer, e geokg.Entity) {
	var about []string
	about = append(about, string(e.Kind))
	for _, v := range []string{e.Code, string(e.Subtype), e.Title, e.Country} {
		if v != "" {
			about = append(about, v)
		}
	}
	fmt.Fprintf(w, "%s (%s) %s\n", e.Name, strings.Join(about, ", "), e.ID)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(w, "also: %s\n", strings.Join(e.Aliases, "; "))
	}
}

// printEdges prints the edges of entity id, outgoing first, each with its evidence.
func printEdges(ctx context.Context, s *store.Store, w io.Writer, id string, edges []geokg.Edge, scope geokg.EvidenceScope, perEdge int) error {
	ids := make([]string, 0, 2*len(edges))
	for _, e := range edges {
		ids = append(ids, e.Subject, e.Object)
	}
	names, err := s.Entities(ctx, ids)
	if err != nil {
		return err
	}
	evidence, articles, err := loadEvidence(ctx, s, edges, scope, perEdge)
	if err != nil {
		return err
	}
	for _, out := range []bool{true, false} {
		for _, e := range edges {
			if (e.Subject == id) != out {
				continue
			}
			arrow := fmt.Sprintf("-%s-> %s", e.Type, names[e.Object].Name)
			switch {
			case e.Type.Symmetric():
				other := e.Object
				if other == id {
					other = e.Subject
				}
				arrow = fmt.Sprintf("<-%s-> %s", e.Type, names[other].Name)
			case !out:
				arrow = fmt.Sprintf("<-%s- %s", e.Type, names[e.Subject].Name)
			}
			fmt.Fprintf(w, "\n%s  [%s]\n", arrow, counts(e))
			printEvidence(w, evidence[geokg.EvidenceOf(e, scope)], articles)
		}
	}
	return nil
}

// printHops prints each hop of a path with its evidence.
func printHops(ctx context.Context, s *store.Store, w io.Writer, hops []geokg.Edge, names map[string]geokg.Entity, scope geokg.EvidenceScope) error {
	evidence, articles, err := loadEvidence(ctx, s, hops, scope, 2)
	if err != nil {
		return err
	}
	for _, e := range hops {
		fmt.Fprintf(w, "   %s -%s-> %s  [%s]\n", names[e.Subject].Name, e.Type, names[e.Object].Name, counts(e))
		printEvidence(w, evidence[geokg.EvidenceOf(e, scope)], articles)
	}
	return nil
}

// loadEvidence loads the newest evidence of each edge and the articles it comes from.
func loadEvidence(ctx context.Context, s *store.Store, edges []geokg.Edge, scope geokg.EvidenceScope, perEdge int) (map[geokg.EvidenceRequest][]geokg.Evidence, map[string]geokg.Article, error) {
	if perEdge == 0 || len(edges) == 0 {
		return nil, nil, nil
	}
	reqs := make([]geokg.EvidenceRequest, 0, len(edges))
	for _, e := range edges {
		reqs = append(reqs, geokg.EvidenceOf(e, scope))
	}
	evidence, err := s.Evidence(ctx, reqs, perEdge)
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	for _, evs := range evidence {
		for _, ev := range evs {
			ids = append(ids, ev.ArticleID)
		}
	}
	articles, err := s.Articles(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	return evidence, articles, nil
}

// counts says how often and when an edge was reported.
func counts(e geokg.Edge) string {
	c := fmt.Sprintf("%d statement(s), %d article(s), %d source(s)", e.Count, e.Articles, e.Sources)
	switch {
	case e.FirstSeen != "" && e.FirstSeen != e.LastSeen:
		c += ", " + e.FirstSeen + " to " + e.LastSeen
	case e.LastSeen != "":
		c += ", " + e.LastSeen
	}
	return c
}

// printEvidence prints statements: date, sentence, its context, and the article.
func printEvidence(w io.Writer, evs []geokg.Evidence, articles map[string]geokg.Article) {
	for _, ev := range evs {
		date := ev.Date
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(w, "     %s  %q\n", date, ev.Sentence)
		if ev.Before != "" || ev.After != "" {
			fmt.Fprintf(w, "       context: %s [...] %s\n", orDash(ev.Before), orDash(ev.After))
		}
		a := articles[ev.ArticleID]
		source := a.SourceName()
		if source == "" {
			source = "unknown source"
		}
		title := a.Title
		if title == "" {
			title = ev.ArticleID
		}
		fmt.Fprintf(w, "       from %q (%s)", title, source)
		if a.URL != "" {
			fmt.Fprintf(w, " %s", a.URL)
		}
		if ev.Rule != "" {
			fmt.Fprintf(w, "; read by %s", ev.Rule)
			if ev.Trigger != "" {
				fmt.Fprintf(w, " on %q", ev.Trigger)
			}
		}
		fmt.Fprintln(w)
	}
}

// chain writes a path as "A <-SUPPORTS- B -SANCTIONS-> C".
func chain(p geokg.Path) string {
	var b strings.Builder
	for i, n := range p.Nodes {
		if i > 0 {
			h := p.Hops[i-1]
			if h.Subject == n.ID && !h.Type.Symmetric() {
				fmt.Fprintf(&b, " <-%s- ", h.Type)
			} else {
				fmt.Fprintf(&b, " -%s-> ", h.Type)
			}
		}
		b.WriteString(n.Name)
	}
	return b.String()
}
