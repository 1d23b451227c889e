package geokg

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// This file holds what dashboards ask of the graph beyond the first aggregates: time
// buckets and partial dates, the order of relation lists, interactions only, series per
// type and per actor, lists of events and entities, full-text search over statements,
// lookups of any id, and the graph as known on a date.

// Bucket is the length of the periods a series counts by.
type Bucket string

// The buckets.
const (
	Day     Bucket = "DAY"     // 2022-09-14
	Week    Bucket = "WEEK"    // 2022-W37, the ISO 8601 week (Monday to Sunday) and its year
	Month   Bucket = "MONTH"   // 2022-09
	Quarter Bucket = "QUARTER" // 2022-Q3
	Year    Bucket = "YEAR"    // 2022
)

// Valid reports whether b is one of the buckets.
func (b Bucket) Valid() bool {
	switch b {
	case Day, Week, Month, Quarter, Year:
		return true
	}
	return false
}

// Of returns the key of the period of b that holds the ISO date d (see the constants),
// or "" when d is empty or not a date. Keys of one bucket sort in calendar order.
func (b Bucket) Of(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil || len(d) != 10 {
		return ""
	}
	switch b {
	case Day:
		return d
	case Week:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return d[:7]
	case Quarter:
		return fmt.Sprintf("%s-Q%d", d[:4], (int(t.Month())-1)/3+1)
	case Year:
		return d[:4]
	}
	return ""
}

// ParseDateBound reads a full or partial date, YYYY-MM-DD, YYYY-MM or YYYY, as one end of
// a period: the first day of the month or year it names when end is false (a from), the
// last day when end is true (a to): "2022" is 2022-01-01 as a from and 2022-12-31 as a
// to, "2024-02" ends on 2024-02-29. It fails with INVALID_ARGUMENT for anything else
// ("2022-9-8", "2022-13", "2023-02-29").
func ParseDateBound(s string, end bool) (string, error) {
	bad := Errorf(CodeInvalidArgument, "%q is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
	var layout string
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = time.DateOnly
	default:
		return "", bad
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return "", bad
	}
	if end {
		switch len(s) {
		case 4:
			t = t.AddDate(1, 0, -1)
		case 7:
			t = t.AddDate(0, 1, -1)
		}
	}
	return t.Format(time.DateOnly), nil
}

// Interactions returns types (every type when empty) without the structural ones
// (LEADS, MEMBER_OF, PART_OF), which describe membership and would dominate every count.
// It fails with INVALID_ARGUMENT when none is left.
func Interactions(types []RelationType) ([]RelationType, error) {
	if len(types) == 0 {
		types = RelationTypes
	}
	var out []RelationType
	for _, t := range types {
		if !t.Structural() {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, Errorf(CodeInvalidArgument, "interactionsOnly leaves none of the types %v", types)
	}
	return out, nil
}

// OrderField is what a relation list is sorted by.
type OrderField string

// The orders of relation lists.
const (
	OrderCount      OrderField = "COUNT"      // Edge.Count, the statements
	OrderLastSeen   OrderField = "LAST_SEEN"  // Edge.LastSeen (undated relations sort as the earliest)
	OrderFirstSeen  OrderField = "FIRST_SEEN" // Edge.FirstSeen (likewise)
	OrderConfidence OrderField = "CONFIDENCE" // Edge.Confidence
)

// Valid reports whether f is one of the order fields.
func (f OrderField) Valid() bool {
	switch f {
	case OrderCount, OrderLastSeen, OrderFirstSeen, OrderConfidence:
		return true
	}
	return false
}

// SortDirection says whether an order is ascending or descending.
type SortDirection string

// The sort directions.
const (
	Asc  SortDirection = "ASC"
	Desc SortDirection = "DESC"
)

// RelationOrder sorts a relation list by Field in Direction, then by subject id, type and
// object id (always ascending), so that the order is total and cursors stay valid. The
// zero order is subject id, type, object id.
type RelationOrder struct {
	Field     OrderField
	Direction SortDirection
}

// Check fails with INVALID_ARGUMENT for an unknown field or direction.
func (o RelationOrder) Check() error {
	if o.Field == "" {
		return nil
	}
	if !o.Field.Valid() {
		return Errorf(CodeInvalidArgument, "unknown order field %q", o.Field)
	}
	if o.Direction != Asc && o.Direction != Desc {
		return Errorf(CodeInvalidArgument, "unknown sort direction %q", o.Direction)
	}
	return nil
}

// StatementCell counts the statements of one type on one day (Date "" for undated ones).
type StatementCell struct {
	Type  RelationType
	Date  string
	Count int
}

// PeriodCount is the number of statements in one period (a key of Bucket.Of).
type PeriodCount struct {
	Period string
	Count  int
}

// PeriodScore is the cooperation-conflict score of one period: the mean Goldstein weight
// of its interaction statements, and how many it averages.
type PeriodScore struct {
	Period string
	Score  float64
	Count  int
}

// TypePeriodCount is the number of statements of one type in one period.
type TypePeriodCount struct {
	Type   RelationType
	Period string
	Count  int
}

// CountByPeriod sums the cells by period of b, in calendar order; undated cells are left out.
func CountByPeriod(cells []StatementCell, b Bucket) []PeriodCount {
	sums := map[string]int{}
	for _, c := range cells {
		if p := b.Of(c.Date); p != "" {
			sums[p] += c.Count
		}
	}
	out := make([]PeriodCount, 0, len(sums))
	for p, n := range sums {
		out = append(out, PeriodCount{Period: p, Count: n})
	}
	slices.SortFunc(out, func(x, y PeriodCount) int { return strings.Compare(x.Period, y.Period) })
	return out
}

// CountByTypeAndPeriod sums the cells by type and period of b: periods in calendar order,
// within a period the most frequent type first (then by name); undated cells are left out.
func CountByTypeAndPeriod(cells []StatementCell, b Bucket) []TypePeriodCount {
	type key struct {
		t RelationType
		p string
	}
	sums := map[key]int{}
	for _, c := range cells {
		if p := b.Of(c.Date); p != "" {
			sums[key{c.Type, p}] += c.Count
		}
	}
	out := make([]TypePeriodCount, 0, len(sums))
	for k, n := range sums {
		out = append(out, TypePeriodCount{Type: k.t, Period: k.p, Count: n})
	}
	slices.SortFunc(out, func(x, y TypePeriodCount) int {
		return cmp.Or(strings.Compare(x.Period, y.Period), y.Count-x.Count, strings.Compare(string(x.Type), string(y.Type)))
	})
	return out
}

// ScoreByPeriod returns the cooperation-conflict score of each period of b (calendar
// order) and of all the cells together (0 when none is scored), over the interaction
// statements: structural types are left out, and undated cells count only in the mean.
func ScoreByPeriod(cells []StatementCell, b Bucket) (series []PeriodScore, mean float64, n int) {
	weight, weighed := map[string]float64{}, map[string]int{}
	var sum float64
	for _, c := range cells {
		if c.Type.Structural() {
			continue
		}
		w := c.Type.Goldstein() * float64(c.Count)
		sum, n = sum+w, n+c.Count
		if p := b.Of(c.Date); p != "" {
			weight[p] += w
			weighed[p] += c.Count
		}
	}
	series = make([]PeriodScore, 0, len(weighed))
	for p, k := range weighed {
		series = append(series, PeriodScore{Period: p, Score: weight[p] / float64(k), Count: k})
	}
	slices.SortFunc(series, func(x, y PeriodScore) int { return strings.Compare(x.Period, y.Period) })
	if n > 0 {
		mean = sum / float64(n)
	}
	return series, mean, n
}

// DyadQuery asks for the statements between A and B, in both directions: dated within
// the period (all of them, undated ones too, for the zero period), of Types (all when
// empty), with series by Bucket (MONTH when empty).
type DyadQuery struct {
	A, B string
	Period
	Types  []RelationType
	Bucket Bucket
}

// ActorScoreQuery asks for the cooperation-conflict series of one actor: its statements
// on the side Direction says (BOTH when empty), of Types (all when empty), dated within
// the period, by Bucket (MONTH when empty).
type ActorScoreQuery struct {
	ID        string
	Direction Direction
	Types     []RelationType
	Period
	Bucket Bucket
}

// ActorScore is what one actor said and did (or had done to it) over time: how many
// statements, their number and cooperation-conflict score per period, and the mean score.
type ActorScore struct {
	ID        string
	Total     int
	ByPeriod  []PeriodCount
	Score     []PeriodScore
	MeanScore float64
}

// SummarizeActor builds the ActorScore of q.ID from its cells.
func SummarizeActor(q ActorScoreQuery, cells []StatementCell) ActorScore {
	b := cmp.Or(q.Bucket, Month)
	a := ActorScore{ID: q.ID, ByPeriod: CountByPeriod(cells, b)}
	for _, c := range cells {
		a.Total += c.Count
	}
	a.Score, a.MeanScore, _ = ScoreByPeriod(cells, b)
	return a
}

// EventQuery selects events: of Types (all when empty), dated within the period (an empty
// period keeps the undated ones too), targeting Target (any when "").
type EventQuery struct {
	Types []EventType
	Period
	Target string
}

// EventPage is a page of events, newest first (undated last, then by id).
type EventPage struct {
	Events    []Event
	HasNext   bool
	EndCursor string
}

// EntityPage is a page of entities in id order.
type EntityPage struct {
	Entities  []Entity
	HasNext   bool
	EndCursor string
}

// StatementHit is a statement found by full-text search over sentences, with the index's
// relevance score (higher is better).
type StatementHit struct {
	Statement Statement
	Score     float64
}

// StatementHitPage is a page of statement hits, most relevant first.
type StatementHitPage struct {
	Hits      []StatementHit
	HasNext   bool
	EndCursor string
}

// MaxStatementSearchHits bounds how deep a full-text search over statements may page:
// beyond it the relevance ranking says little and each page costs the whole ranking.
const MaxStatementSearchHits = 1000

// Dashboard answers the series, lists and lookups of dashboards.
type Dashboard interface {
	// TypeSeries counts the statements matching f (see RelationFilter.MatchStatement) by
	// type and period of b (CountByTypeAndPeriod); undated statements are left out.
	TypeSeries(ctx context.Context, f RelationFilter, b Bucket) ([]TypePeriodCount, error)
	// ActorScore summarises an actor's statements over time (SummarizeActor). It fails
	// with NOT_FOUND for an unknown entity.
	ActorScore(ctx context.Context, q ActorScoreQuery) (ActorScore, error)
	// ListEvents returns a page of the events matching q, newest first (undated last, then
	// by id). It fails with INVALID_ARGUMENT for a bad cursor or an unknown type.
	ListEvents(ctx context.Context, q EventQuery, p PageRequest) (EventPage, error)
	// ListEntities returns a page of the entities of kinds (all when empty) in id order.
	// It fails with INVALID_ARGUMENT for a bad cursor or an unknown kind.
	ListEntities(ctx context.Context, kinds []Kind, p PageRequest) (EntityPage, error)
	// SearchStatements finds statements whose sentence matches text (full-text, every word
	// required, the last of 3 letters or more also as a prefix), most relevant first, at most
	// MaxStatementSearchHits deep. It fails with INVALID_ARGUMENT for a text that
	// CheckSearchText refuses or a bad cursor.
	SearchStatements(ctx context.Context, text string, p PageRequest) (StatementHitPage, error)
	// StatementsByID returns the statements with the given evidence ids, keyed by id;
	// unknown ids are absent.
	StatementsByID(ctx context.Context, ids []string) (map[string]Statement, error)
}

// AsOfEnd is the instant that ends the day asOf (an ISO date) in UTC: what was written
// before it was known on that day.
func AsOfEnd(asOf string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, asOf)
	if err != nil {
		return time.Time{}, Errorf(CodeInvalidArgument, "asOf: %q is not a date", asOf)
	}
	return t.AddDate(0, 0, 1), nil
}

// NodeKind says what an id of Relay's node(id) names, from its form alone: an entity
// kind, KindArticle, KindEvent, "Evidence" for a statement's evidence id, "Relation" for
// subject|TYPE|object. It fails with INVALID_ARGUMENT for any other form.
func NodeKind(id string) (string, error) {
	bad := Errorf(CodeInvalidArgument, "malformed id %q: want an entity, article, event, evidence or relation id", id)
	if strings.Contains(id, "|") {
		s, t, o, ok := SplitRelationID(id)
		if !ok || !RelationType(t).Valid() {
			return "", bad
		}
		for _, end := range []string{s, o} {
			if k, _, err := ParseEntityID(end); err != nil || !k.Valid() {
				return "", bad
			}
		}
		return "Relation", nil
	}
	if strings.HasPrefix(id, "evidence:") && len(id) > len("evidence:") {
		return "Evidence", nil
	}
	k, _, err := ParseEntityID(id)
	if err != nil {
		return "", bad
	}
	return string(k), nil
}

// SplitRelationID splits a relation id, subject|TYPE|object (Edge.Key).
func SplitRelationID(id string) (subject, typ, object string, ok bool) {
	parts := strings.Split(id, "|")
	if len(parts) != 3 {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}
