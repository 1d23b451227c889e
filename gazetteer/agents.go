package gazetteer

import (
	"encoding/json"
	"fmt"
	"io/fs"
)

// Agent is a common noun phrase for a role or body ("foreign minister", "riot police",
// "rebels"), from the Phoenix agents dictionary: the actor stage reads such phrases as
// unnamed officials and bodies of the country or group they come with.
type Agent struct {
	// Phrase is the singular (or only) form in lower case; Plurals its plural forms.
	Phrase  string   `json:"phrase"`
	Plurals []string `json:"plurals"`
	// Code is the CAMEO agent code ("GOVFRM", "COP", "REB").
	Code string `json:"code"`
	// Branch is the role branch of the code (one of Branches), or "" for codes outside
	// public office (business, media, civilians).
	Branch string `json:"branch,omitempty"`
}

// Agents returns the embedded agent phrases, sorted by phrase. It fails only when the
// embedded data is malformed, which the package tests rule out.
func Agents() ([]Agent, error) {
	b, err := fs.ReadFile(embedded, "data/agents.json")
	if err != nil {
		return nil, fmt.Errorf("embedded agents: %w", err)
	}
	var out []Agent
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("embedded agents: %w", err)
	}
	return out, nil
}
