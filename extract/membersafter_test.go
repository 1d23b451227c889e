package extract

import "testing"

// TestMembersAfter checks the member countries named after an organisation's "member(s)"
// ("OAS member Peru", "OAS members Peru and Chile", "its member states, which include
// ...") and the subject of "As a member of the OAS, Peru ...": MEMBER_OF; a list after a
// bare comma, a would-be or former member, a demonym and a possessive name none.
func TestMembersAfter(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []sentenceCase{
		{"member before the name", "OAS member Peru criticized Bolivia.", []string{"Peru MEMBER_OF Organization of American States", "Peru CONDEMNS Bolivia"}, nil},
		{"members before a pair", "OAS members Peru and Chile criticized Bolivia.", []string{"Peru MEMBER_OF Organization of American States", "Chile MEMBER_OF Organization of American States"}, nil},
		{"member states before a list", "OAS member states Peru, Chile and Bolivia met in Lima.", []string{"Peru MEMBER_OF Organization of American States", "Chile MEMBER_OF Organization of American States", "Bolivia MEMBER_OF Organization of American States"}, nil},
		{"which include", "The OAS met on Monday. Its member states, which include Peru and Chile, voted for the plan.", []string{"Peru MEMBER_OF Organization of American States", "Chile MEMBER_OF Organization of American States"}, nil},
		{"including", "The OAS members, including Peru and Chile, voted for the plan.", []string{"Peru MEMBER_OF Organization of American States", "Chile MEMBER_OF Organization of American States"}, nil},
		{"such as", "The move alarmed NATO members such as Peru.", []string{"Peru MEMBER_OF NATO"}, nil},
		{"as a member of", "As a member of the OAS, Peru must back the plan.", []string{"Peru MEMBER_OF Organization of American States"}, nil},
		{"as a member of, the before the name", "As a member of the European Union, the Czech Republic must back the plan.", []string{"Czech Republic MEMBER_OF European Union"}, nil},
		{"a bare comma lists others", "OAS members, Peru and Chile met in Lima.", nil, []string{"Peru MEMBER_OF Organization of American States", "Chile MEMBER_OF Organization of American States"}},
		{"a would-be member", "Would-be NATO members Peru and Chile objected.", nil, []string{"Peru MEMBER_OF NATO", "Chile MEMBER_OF NATO"}},
		{"a former member", "Former OAS member Peru objected.", nil, []string{"Peru MEMBER_OF Organization of American States"}},
		{"a demonym", "OAS members Peruvian and Chilean diplomats objected.", nil, []string{"Peru MEMBER_OF Organization of American States"}},
		{"a possessive name", "As a member of the OAS, Peru's army must back the plan.", nil, []string{"Peru MEMBER_OF Organization of American States"}},
		{"a person as member", "As a member of the OAS council, Ana Ruiz must back the plan.", nil, []string{"Ana Ruiz MEMBER_OF Organization of American States"}},
	}
	checkCases(t, x, tests, relationStrings, nil)
}
