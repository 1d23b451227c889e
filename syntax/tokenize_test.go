package syntax

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func forms(toks []Token) string {
	var b []string
	for _, t := range toks {
		b = append(b, t.Form)
	}
	return strings.Join(b, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Albania cut ties with Iran.`, `Albania cut ties with Iran .`},
		{`Iran's ministry, the U.S. said, was "behind" it.`, `Iran 's ministry , the U.S. said , was " behind " it .`},
		{`Iran’s ministry`, `Iran ’s ministry`},
		{`“We won’t accept it,” he said.`, `“ We wo n’t accept it , ” he said .`},
		{`They don't and can't; it cannot be.`, `They do n't and ca n't ; it can not be .`},
		{`the countries' leaders`, `the countries ' leaders`},
		{`a U.S.-led coalition`, `a U.S. - led coalition`},
		{`pro-Russian and anti-government forces, re-elected`, `pro-Russian and anti-government forces , re-elected`},
		{`Israeli-Palestinian talks`, `Israeli - Palestinian talks`},
		{`$1,000.50 and 25% of 3.5 million`, `$ 1,000.50 and 25 % of 3.5 million`},
		{`on Sept. 7, 2022 (Wednesday)`, `on Sept. 7 , 2022 ( Wednesday )`},
		{`Mr. Rama met Dr. Khatib`, `Mr. Rama met Dr. Khatib`},
		{`the war—and the peace -- later`, `the war — and the peace -- later`},
		{`see https://example.org/a?b=1, or mail info@example.org.`, `see https://example.org/a?b=1 , or mail info@example.org .`},
		{`and/or 1/2`, `and / or 1/2`},
		{`in the '90s`, `in the '90s`},
		{`Wait... what?!`, `Wait ... what ?!`},
		{`call 713-853-3989 now`, `call 713-853-3989 now`},
		{`J. Smith`, `J. Smith`},
		{`President-elect Lula and the minister-designate, then-President-elect Biden`, `President-elect Lula and the minister-designate , then - President-elect Biden`},
		{`the elected-official and re-elect`, `the elected - official and re-elect`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in)
			// "?!" is two tokens in the treebanks' style; accept either cut.
			got := strings.ReplaceAll(forms(toks), "? !", "?!")
			assert.Equal(t, tt.want, got)
			for _, tok := range toks {
				require.Equal(t, tok.Form, tt.in[tok.Start:tok.End], "offsets of %q", tok.Form)
			}
		})
	}
}

func TestTokenizeNeverLosesText(t *testing.T) {
	in := "  \t Über-großer \"test\"…  x\u00a0y ’’ ‘ 'a' ’s 's- -s -- ... .a a. \n\n z"
	toks := Tokenize(in)
	var rebuilt strings.Builder
	prev := 0
	for _, tok := range toks {
		require.GreaterOrEqual(t, tok.Start, prev)
		rebuilt.WriteString(strings.Join(strings.Fields(in[prev:tok.Start]), ""))
		rebuilt.WriteString(tok.Form)
		prev = tok.End
	}
	assert.Equal(t, strings.Join(strings.Fields(in), ""), rebuilt.String())
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Albania cut ties. Iran denied it! Why? Nobody knows.", []string{"Albania cut ties .", "Iran denied it !", "Why ?", "Nobody knows ."}},
		{"abbreviations", "Mr. Rama met U.S. officials on Sept. 7. They talked.", []string{"Mr. Rama met U.S. officials on Sept. 7 .", "They talked ."}},
		{"abbreviation ends a sentence", "It sanctioned the U.S. The move angered it.", []string{"It sanctioned the U.S.", "The move angered it ."}},
		{"quotes close", `"We will respond." He left.`, []string{`" We will respond . "`, "He left ."}},
		{"paragraphs", "Headline without stop\n\nBody starts here. It ends.", []string{"Headline without stop", "Body starts here .", "It ends ."}},
		{"lowercase after stop", "It was 3 p.m. and later. ok then", []string{"It was 3 p.m. and later . ok then"}},
		{"hard-wrapped", "Albania cut its diplomatic ties with\nIran on Wednesday after a cyberattack\nthat it blamed on Tehran and its\nintelligence ministry.", []string{"Albania cut its diplomatic ties with Iran on Wednesday after a cyberattack that it blamed on Tehran and its intelligence ministry ."}},
		{"lines of their own", "TIRANA, Albania\nAlbania cut ties.\nIran denied it.", []string{"TIRANA , Albania", "Albania cut ties .", "Iran denied it ."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(Tokenize(tt.in)) {
				got = append(got, forms(s))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSplitSentencesBoundsLength(t *testing.T) {
	in := strings.Repeat("word ", 3*MaxSentenceWords+5)
	sents := SplitSentences(Tokenize(in))
	require.Len(t, sents, 4)
	for _, s := range sents {
		assert.LessOrEqual(t, len(s), MaxSentenceWords)
	}
}

func TestEachSentenceReadsInChunks(t *testing.T) {
	m := embeddedModel(t)
	para := strings.Repeat("Albania cut ties with Iran. ", 50)
	text := strings.Repeat(para+"\n\n", 3) + strings.Repeat("word ", maxChunk/5+100) // the last paragraph is over maxChunk
	var got []Sentence
	m.EachSentence(text, func(s Sentence) bool { got = append(got, s); return len(got) < 200 })
	require.Len(t, got, 200)
	assert.Equal(t, 150, countText(got[:150], "Albania cut ties with Iran."))
	for _, s := range got {
		for _, w := range s.Words {
			require.Equal(t, w.Form, text[w.Start:w.End])
		}
	}
	// A chunk over maxChunk ends at a space, so no word is cut.
	end := chunkEnd(text, strings.LastIndex(text, "\n\n")+2)
	assert.Less(t, end, len(text))
	assert.Equal(t, byte(' '), text[end-1])
}

func countText(ss []Sentence, text string) int {
	n := 0
	for _, s := range ss {
		if s.Text == text {
			n++
		}
	}
	return n
}
