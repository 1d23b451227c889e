package gazetteer

import (
	"fmt"
	"slices"
	"time"
)

// Role is an office or affiliation an official holds between two dates.
type Role struct {
	// Title is the office as written ("Prime Minister"), or "" where the source gives
	// only the branch.
	Title string `json:"title,omitempty" yaml:"title,omitempty"`
	// Country is the alpha-3 code of the state served, or "".
	Country string `json:"country,omitempty" yaml:"country,omitempty"`
	// Group is the canonical name of the gazetteer group served (an international
	// organisation), or "".
	Group string `json:"group,omitempty" yaml:"group,omitempty"`
	// Branch is one of Branches: where the role sits.
	Branch string `json:"branch" yaml:"branch"`
	// Code is the CAMEO actor code the role was read from ("AFGGOVEDU"), for tracing.
	Code string `json:"code,omitempty" yaml:"code,omitempty"`
	// From and To bound the role (YYYY-MM-DD, inclusive); "" is open.
	From string `json:"from,omitempty" yaml:"from,omitempty"`
	To   string `json:"to,omitempty" yaml:"to,omitempty"`
}

// Branches lists the values of Role.Branch. BranchElite marks a person of political
// weight out of office (before or after a term): it is an affiliation, not an office.
var Branches = []string{
	BranchGovernment, BranchMilitary, BranchPolice, BranchIntelligence, BranchJudiciary,
	BranchLegislature, BranchParty, BranchOpposition, BranchRebel, BranchOrganisation,
	BranchElite,
}

// The branches of a role.
const (
	BranchGovernment   = "government"
	BranchMilitary     = "military"
	BranchPolice       = "police"
	BranchIntelligence = "intelligence"
	BranchJudiciary    = "judiciary"
	BranchLegislature  = "legislature"
	BranchParty        = "party"
	BranchOpposition   = "opposition"
	BranchRebel        = "rebel"
	BranchOrganisation = "organisation"
	BranchElite        = "elite"
)

// Office reports whether the role is an office (any branch but elite).
func (r Role) Office() bool { return r.Branch != BranchElite }

// Holds reports whether the role holds on date (YYYY-MM-DD): From <= date <= To, an
// empty bound being open.
func (r Role) Holds(date string) bool {
	return (r.From == "" || r.From <= date) && (r.To == "" || date <= r.To)
}

// On returns the official as an article of the given date (YYYY-MM-DD) sees them. A
// title holds only within its dates:
//   - with date "", without roles, or after Until, the entry is returned as written:
//     its headline country and title (an undated article sees officials as they are
//     best known; hand-written entries without roles hold at every date);
//   - when an office role holds on date, Country is that role's country (the headline
//     one when the role has none) and Title the role's title, else the headline title
//     when the role serves the headline country;
//   - when no office holds on date (before, between or after the terms the roles
//     know), Title is "" and Country stays the headline country.
//
// Roles of the result are those that hold on date.
func (o Official) On(date string) Official {
	if date == "" || len(o.Roles) == 0 || o.Until != "" && date > o.Until {
		return o
	}
	out := o
	out.Roles = nil
	var office *Role
	for i, r := range o.Roles {
		if !r.Holds(date) {
			continue
		}
		out.Roles = append(out.Roles, r)
		if r.Office() && (office == nil || r.Country == o.Country && office.Country != o.Country) {
			office = &o.Roles[i]
		}
	}
	if office == nil {
		out.Title = ""
		return out
	}
	if office.Country != "" {
		out.Country = office.Country
	}
	switch {
	case office.Title != "":
		out.Title = office.Title
	case office.Country != "" && office.Country != o.Country:
		out.Title = ""
	}
	return out
}

// check validates one role: a known branch, dates YYYY-MM-DD in order, a country code.
func (r Role) check() error {
	if !slices.Contains(Branches, r.Branch) {
		return fmt.Errorf("unknown branch %q (want one of %v)", r.Branch, Branches)
	}
	for _, d := range []string{r.From, r.To} {
		if d != "" && !isISODate(d) {
			return fmt.Errorf("date %q is not YYYY-MM-DD", d)
		}
	}
	if r.From != "" && r.To != "" && r.From > r.To {
		return fmt.Errorf("from %s is after to %s", r.From, r.To)
	}
	if r.Country != "" && !alpha3.MatchString(r.Country) {
		return fmt.Errorf("country %q is not an ISO-3166 alpha-3 code", r.Country)
	}
	return nil
}

func isISODate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil && len(s) == 10
}

// unionRoles returns a followed by the roles of b not already in a.
func unionRoles(a, b []Role) []Role {
	out := slices.Clip(append([]Role(nil), a...))
	for _, r := range b {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
