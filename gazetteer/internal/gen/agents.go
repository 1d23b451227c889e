package main

import (
	"sort"
	"strings"

	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/gazetteer/internal/phoenix"
)

// agentEntry is one line of data/agents.json (gazetteer.Agent).
type agentEntry = gazetteer.Agent

// agentBranch maps the first part of an agent code to a role branch; other codes keep
// their code only.
var agentBranch = map[string]string{
	"GOV": gazetteer.BranchGovernment, "MIL": gazetteer.BranchMilitary, "COP": gazetteer.BranchPolice,
	"SPY": gazetteer.BranchIntelligence, "JUD": gazetteer.BranchJudiciary, "LEG": gazetteer.BranchLegislature,
	"PTY": gazetteer.BranchParty, "OPP": gazetteer.BranchOpposition, "REB": gazetteer.BranchRebel,
	"INS": gazetteer.BranchRebel, "UAF": gazetteer.BranchRebel, "IGO": gazetteer.BranchOrganisation,
	"ELI": gazetteer.BranchElite,
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
		if len(a.Code) >= 3 {
			e.Branch = agentBranch[a.Code[:3]]
		}
		for _, p := range a.Plurals {
			e.Plurals = append(e.Plurals, strings.ToLower(strings.Join(p, " ")))
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Phrase < out[j].Phrase })
	return out
}
