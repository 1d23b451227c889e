package main

import (
	"sort"
	"strings"

	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/gazetteer/internal/phoenix"
)

// agentEntry is one line of data/agents.json (gazetteer.Agent).
type agentEntry = gazetteer.Agent

// agentBranch returns the role branch of an agent code by its first part, as for
// actor codes (branchOf; IGO is an international organisation), or "".
func agentBranch(code string) string {
	if len(code) < 3 {
		return ""
	}
	if code[:3] == "IGO" {
		return gazetteer.BranchOrganisation
	}
	return branchOf[code[:3]]
}

// makeAgents turns the agents dictionary into lower-case phrases with their plurals,
// one entry per phrase (the first code wins when a phrase is listed twice).
func makeAgents(in []phoenix.Agent) []agentEntry {
	seen := map[string]bool{}
	var out []agentEntry
	for _, a := range in {
		phrase := strings.ToLower(strings.Join(a.Phrase, " "))
		if seen[phrase] {
			continue
		}
		seen[phrase] = true
		e := agentEntry{Phrase: phrase, Code: a.Code, Plurals: []string{}}
		e.Branch = agentBranch(a.Code)
		for _, p := range a.Plurals {
			e.Plurals = append(e.Plurals, strings.ToLower(strings.Join(p, " ")))
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Phrase < out[j].Phrase })
	return out
}
