package main

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// cameoCountry maps the CAMEO country codes that differ from ISO-3166 alpha-3 to the
// gazetteer's codes.
var cameoCountry = map[string]string{
	"KSV": "XKX", // Kosovo
	"USR": "SUN", // Soviet Union
	"TMP": "TLS", // East Timor
	"FRY": "YUG", // Federal Republic of Yugoslavia
}

// branchOf maps the CAMEO role codes that make a person an official to a role branch.
// Codes absent here (BUS, MED, CVL, EDU, HLH and others on their own) describe people
// outside public office.
var branchOf = map[string]string{
	"GOV": gazetteer.BranchGovernment,
	"MIL": gazetteer.BranchMilitary,
	"COP": gazetteer.BranchPolice,
	"SPY": gazetteer.BranchIntelligence,
	"JUD": gazetteer.BranchJudiciary,
	"LEG": gazetteer.BranchLegislature,
	"PTY": gazetteer.BranchParty,
	"OPP": gazetteer.BranchOpposition,
	"REB": gazetteer.BranchRebel,
	"INS": gazetteer.BranchRebel,
	"UAF": gazetteer.BranchRebel,
	"ELI": gazetteer.BranchElite,
}

// subtypeOf maps the first role code of a group to its subtype.
var subtypeOf = map[string]geokg.GroupSubtype{
	"GOV": geokg.Agency,
	"COP": geokg.Agency,
	"SPY": geokg.Agency,
	"JUD": geokg.Agency,
	"LEG": geokg.Agency,
	"MIL": geokg.Military,
	"PTY": geokg.Party,
	"REB": geokg.ArmedGroup,
	"INS": geokg.ArmedGroup,
	"UAF": geokg.ArmedGroup,
	"IMG": geokg.ArmedGroup,
	"BUS": geokg.Company,
	"MNC": geokg.Company,
	"IGO": geokg.InternationalOrg,
}

// code is a decoded CAMEO actor code: "AFGGOVEDU" is country AFG with roles GOV, EDU;
// "IGOUNOKID" is sector IGO with roles UNO, KID.
type code struct {
	raw     string
	country string   // a gazetteer alpha-3 code, or ""
	sector  string   // IGO, NGO, MNC, IMG, or "" for a country code
	roles   []string // the three-letter parts after the first
}

// decodeCode splits a code into three-letter parts. known reports the country codes of
// the gazetteer; a first part that is neither a known country nor a sector (regions such
// as WEU or MEA) leaves both empty.
func decodeCode(raw string, known map[string]bool) code {
	c := code{raw: raw}
	raw = strings.Trim(raw, "~")
	if len(raw) < 3 || raw == "---" {
		return c
	}
	first := raw[:3]
	switch first {
	case "IGO", "NGO", "MNC", "IMG", "NGM":
		c.sector = first
	default:
		if m, ok := cameoCountry[first]; ok {
			first = m
		}
		if known[first] {
			c.country = first
		}
	}
	for i := 3; i+3 <= len(raw); i += 3 {
		c.roles = append(c.roles, raw[i:i+3])
	}
	return c
}

// branch returns the role branch of a person holding the code, or "".
func (c code) branch() string {
	if c.sector == "IGO" {
		return gazetteer.BranchOrganisation
	}
	if c.sector == "IMG" {
		return gazetteer.BranchRebel
	}
	if c.country == "" || len(c.roles) == 0 {
		return ""
	}
	return branchOf[c.roles[0]]
}

// subtype returns the group subtype the code implies, or "".
func (c code) subtype() geokg.GroupSubtype {
	if c.sector != "" {
		if c.sector == "NGO" || c.sector == "NGM" {
			return geokg.OtherGroup
		}
		return subtypeOf[c.sector]
	}
	if len(c.roles) == 0 {
		return ""
	}
	return subtypeOf[c.roles[0]]
}

// media reports whether the code is that of a news medium: MED alone or as the first
// role of a country ("MED", "GBRMED"). Media NGOs (NGOMED) are not.
func (c code) media() bool {
	raw := strings.Trim(c.raw, "~")
	return strings.HasPrefix(raw, "MED") || c.country != "" && len(c.roles) > 0 && c.roles[0] == "MED"
}
