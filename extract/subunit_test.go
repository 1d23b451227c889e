package extract

import "testing"

// The head of a unit of a group is one of the group's members, not its leader: a unit
// named after the group's possessive ("the head of the OAS's Lima office") or a field
// named before a preposition and the group ("director of operations for the Shining
// Path", "head of research at Human Rights Watch"). The head of the group itself, and of
// a group named after lower-case adjectives, still leads it.
func TestHeadOfAGroupsUnit(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "unit after the group's possessive", text: "Ana Ruiz, the head of the OAS's Lima office, criticised Chile.",
			want: []string{"Ana Ruiz MEMBER_OF Organization of American States"}, never: []string{"Ana Ruiz LEADS Organization of American States"}},
		{name: "unit in lower case", text: "Pedro Vidal, director of the Shining Path's political bureau, accused Chile of lying.",
			want: []string{"Pedro Vidal MEMBER_OF Shining Path"}, never: []string{"Pedro Vidal LEADS Shining Path"}},
		{name: "field for the group", text: "Pedro Vidal, director of operations for the Shining Path, accused Chile of lying.",
			want: []string{"Pedro Vidal MEMBER_OF Shining Path"}, never: []string{"Pedro Vidal LEADS Shining Path"}},
		{name: "field at the group", text: "Marta Soto, head of research at Human Rights Watch, accused Chile of torture.",
			want: []string{"Marta Soto MEMBER_OF Human Rights Watch"}, never: []string{"Marta Soto LEADS Human Rights Watch"}},
		// must not fire: the group itself, adjectives before it, a possessive named body
		{name: "head of the group", text: "Ana Ruiz, the head of the Organization of American States, criticised Chile.",
			want: []string{"Ana Ruiz LEADS Organization of American States"}},
		{name: "adjectives before the group", text: "Pedro Vidal, director of the newly revived Shining Path, accused Chile of lying.",
			want: []string{"Pedro Vidal LEADS Shining Path"}},
		{name: "the group's possessive before no unit", text: "Pedro Vidal, the leader of the Shining Path's fighters, accused Chile of lying.",
			never: []string{"Pedro Vidal MEMBER_OF Shining Path"}},
	}, relationStrings, nil)
}

// The commander of a group leads it: "the commander of X" and "Commander-in-Chief of X"
// before the name, when X's name ends there; a commander among several, a deputy, and
// the commander of part of the group ("of U.S. forces in Afghanistan", "of the Shining
// Path's northern wing") is a member.
func TestCommanderOfAGroup(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "the commander of a group", text: "Pedro Vidal, the commander of the Shining Path, accused Chile of lying.",
			want: []string{"Pedro Vidal LEADS Shining Path"}, never: []string{"Pedro Vidal MEMBER_OF Shining Path"}},
		{name: "commander-in-chief before the name", text: "President Boric spoke as Commander-in-Chief of the Russian Navy Pavel Orlov listened.",
			want: []string{"Pavel Orlov LEADS Russian Navy"}, never: []string{"Pavel Orlov MEMBER_OF Russian Navy"}},
		// must not fire
		{name: "a commander of a group", text: "Pedro Vidal, a commander of the Shining Path, accused Chile of lying.",
			want: []string{"Pedro Vidal MEMBER_OF Shining Path"}, never: []string{"Pedro Vidal LEADS Shining Path"}},
		{name: "a deputy commander", text: "Pedro Vidal, the deputy commander of the Shining Path, accused Chile of lying.",
			never: []string{"Pedro Vidal LEADS Shining Path"}},
		{name: "a unit of the group", text: "Pedro Vidal, the commander of the Shining Path's northern wing, accused Chile of lying.",
			never: []string{"Pedro Vidal LEADS Shining Path"}},
		{name: "forces of a country in a place", text: "Pedro Vidal, the commander of U.S. forces in Peru, accused Chile of lying.",
			never: []string{"Pedro Vidal LEADS United States Armed Forces"}},
	}, relationStrings, nil)
}

// A country named like a U.S. state ("Georgia") before or after a U.S. legislator's or
// a governor's title names the state: the title states no post of the country, and the
// state does not act; the country's demonym and other titles keep it.
func TestStateNamedLikeACountry(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "state before a senator", text: "The United States warned Russia. Georgia Sen. Ana Ruiz criticized Russia on Tuesday.",
			want: []string{"Ana Ruiz CONDEMNS Russia"}, never: []string{"Ana Ruiz MEMBER_OF Georgia", "Georgia CONDEMNS Russia"}},
		{name: "state after a representative", text: "Republican Rep. Pedro Vidal of Georgia accused Chile of lying.",
			never: []string{"Pedro Vidal MEMBER_OF Georgia"}},
		{name: "state before a governor", text: "Georgia Gov. Luis Mora condemned Chile.",
			never: []string{"Luis Mora MEMBER_OF Georgia"}},
		// must not fire
		{name: "the country's president", text: "Georgia's President Tamar Beridze condemned Russia.",
			want: []string{"Tamar Beridze LEADS Georgia"}},
		{name: "the country's demonym", text: "Georgian Sen. Pavel Beridze condemned Russia.",
			want: []string{"Pavel Beridze MEMBER_OF Georgia"}},
	}, relationStrings, nil)
}

// An opposition post is no post of the country named with it: "Peruvian opposition
// leader Ana Ruiz" is no MEMBER_OF Peru; a minister of the country still is.
func TestOppositionPost(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "opposition leader with a demonym", text: "Peruvian opposition leader Ana Ruiz condemned Chile.",
			want: []string{"Ana Ruiz CONDEMNS Chile"}, never: []string{"Ana Ruiz MEMBER_OF Peru", "Ana Ruiz LEADS Peru"}},
		{name: "opposition figure after a possessive", text: "Peru's opposition figure Ana Ruiz condemned Chile.",
			never: []string{"Ana Ruiz MEMBER_OF Peru"}},
		// must not fire
		{name: "a minister", text: "Peruvian Foreign Minister Ana Soto condemned Chile.",
			want: []string{"Ana Soto MEMBER_OF Peru"}},
	}, relationStrings, nil)
}

// A state's body named with the state is not an international organisation the
// gazetteer names the same: "Ukraine's Security Council" is no part of the United
// Nations' and no UN Security Council PART_OF Ukraine.
func TestStateBodyNamedLikeAnOrganisation(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "a state's security council", text: "Ana Ruiz, secretary of Peru's Security Council, accused Chile of lying.",
			want: []string{"Ana Ruiz ACCUSES Chile"}, never: []string{"United Nations Security Council PART_OF Peru", "Ana Ruiz MEMBER_OF United Nations Security Council"}},
		// must not fire: the organisation itself
		{name: "the UN Security Council", text: "The UN Security Council condemned Chile.",
			want: []string{"United Nations Security Council CONDEMNS Chile"}},
	}, relationStrings, nil)
}
