package extract

import (
	"testing"
)

// A title whose words after it name a private body (an institute, a think tank, a
// chamber of commerce, a rights group, a post "at" a body no mention reads) is a post in
// that body: the state named beside the title is where the body sits or what it studies,
// and the holder is no MEMBER_OF it. A state's own body keeps its MEMBER_OF.
func TestPrivatePost(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{name: "a state's institute-like name after the possessive", text: "Ana Ruiz, the director of Peru's Centre for Economic Research, said the plan would fail.",
			never: []string{"Ana Ruiz MEMBER_OF Peru"}},
		{name: "a country before the title, a centre after it", text: "Pedro Vega, the UK director of the Andean Centre For Trade Policy, said Chile would suffer.",
			never: []string{"Pedro Vega MEMBER_OF United Kingdom"}},
		{name: "a post at a foundation", text: "Jorge Leal, the director of the Chile-Peru Initiative at the Andes Foundation, said the talks would fail.",
			never: []string{"Jorge Leal MEMBER_OF Chile", "Jorge Leal MEMBER_OF Peru"}},
		{name: "an association", text: "Ines Mora, executive director of the Lima-based Arms Control Association, said the plan would fail.",
			never: []string{"Ines Mora MEMBER_OF Peru", "Ines Mora LEADS Peru"}},
		{name: "a post at a body no mention reads", text: "Raul Neri, the Peru director at Andes Rights Watch, said the plan would fail.",
			never: []string{"Raul Neri MEMBER_OF Peru"}},
		{name: "a chamber of commerce", text: "Luis Campos, chairman of the American Chamber of Commerce in Peru, said the plan would fail.",
			never: []string{"Luis Campos MEMBER_OF United States"}},
		{name: "a research group", text: "Eva Luna, head of a leading Peruvian research group, said the plan would fail.",
			never: []string{"Eva Luna MEMBER_OF Peru"}},
		{name: "a trade body", text: "Olga Paz, head of trade body Peru Steel, said the plan would fail.",
			never: []string{"Olga Paz MEMBER_OF Peru"}},
		{name: "a business council", text: "Luis Paz, vice president of the Peru-Chile Business Council, said the plan would fail.",
			never: []string{"Luis Paz MEMBER_OF Peru", "Luis Paz MEMBER_OF Chile"}},
		// a state's bodies keep the post in the state
		{name: "a state's regulator", text: "Hugo Ramos, head of Peru's banking and insurance regulator, said the plan would fail.",
			want: []string{"Hugo Ramos MEMBER_OF Peru"}},
		{name: "a state's centre without for", text: "Ana Vera, director of Peru's National Counterterrorism Center, said the plan would fail.",
			want: []string{"Ana Vera MEMBER_OF Peru"}},
		{name: "a state's lower-case centre", text: "Rosa Pinto, head of Peru's disease control emergency center, said the risk was low.",
			want: []string{"Rosa Pinto MEMBER_OF Peru"}},
		{name: "a spokesman for a state's police", text: "Carla Diaz, the spokesperson for Peru's National Police, said the plan would fail.",
			want: []string{"Carla Diaz MEMBER_OF Peruvian National Police"}},
		{name: "a state's upper chamber", text: "Tito Salas, chairman of Peru's upper chamber, said the plan would fail.",
			want: []string{"Tito Salas MEMBER_OF Peru"}},
	}, relationStrings, nil)
}
