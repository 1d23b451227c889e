package syntax

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tinyTreebank is a handful of sentences written for these tests, enough to train a
// small model whose file can be saved and loaded.
const tinyTreebank = `# sent_id = t1
1	Albania	Albania	PROPN	NNP	_	2	nsubj	_	_
2	accused	accuse	VERB	VBD	_	0	root	_	_
3	Iran	Iran	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t2
1	The	the	DET	DT	_	2	det	_	_
2	ministry	ministry	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	sanctioned	sanction	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	8	case	_	_
6	the	the	DET	DT	_	8	det	_	_
7	United	United	PROPN	NNP	_	8	compound	_	_
8	States	States	PROPN	NNPS	_	4	obl:agent	_	SpaceAfter=No
9	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = t3
1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
2	denied	deny	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	accusations	accusation	NOUN	NNS	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t4
1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	they	they	PRON	PRP	_	4	nsubj	_	_
4	expelled	expel	VERB	VBD	_	2	ccomp	_	_
5	the	the	DET	DT	_	6	det	_	_
6	diplomats	diplomat	NOUN	NNS	_	4	obj	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_
`

func tinyModel(t *testing.T) *Model {
	t.Helper()
	sents, err := ReadCoNLLU(strings.NewReader(tinyTreebank))
	require.NoError(t, err)
	require.Len(t, sents, 4)
	m, err := Train(sents, TrainOptions{TaggerEpochs: 5, ParserEpochs: 5, Seed: 1, Info: "tiny"})
	require.NoError(t, err)
	return m
}

func TestTrainLearnsAndModelFileRoundTrips(t *testing.T) {
	m := tinyModel(t)
	gold, err := ReadCoNLLU(strings.NewReader(tinyTreebank))
	require.NoError(t, err)
	// A perceptron this small still fits its own training data.
	sc := m.Evaluate(gold)
	assert.Greater(t, sc.UPOS, 0.9)
	assert.Greater(t, sc.UAS, 0.8)

	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	loaded, err := Load(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, "tiny", loaded.Info)
	assert.Equal(t, m.Stats(), loaded.Stats())
	for _, text := range []string{"Albania accused Iran.", "The ministry was sanctioned by Albania.", "They denied the accusations of officials."} {
		assert.Equal(t, m.Sentences(text), loaded.Sentences(text), text)
	}
	// Saving again gives the same bytes: the format is deterministic.
	var again bytes.Buffer
	require.NoError(t, loaded.Save(&again))
	assert.Equal(t, buf.Bytes(), again.Bytes())
}

func TestLoadRejectsBadFiles(t *testing.T) {
	m := tinyModel(t)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	good := buf.Bytes()

	_, err := Load(bytes.NewReader([]byte("not a model")))
	assert.Error(t, err)
	for _, n := range []int{10, len(good) / 3, len(good) - 5} {
		_, err := Load(bytes.NewReader(good[:n]))
		assert.Error(t, err, "truncated at %d", n)
	}
	// A valid gzip stream of something else.
	var other bytes.Buffer
	require.NoError(t, (&Model{Info: "x", tagger: &tagger{w: &weights{}}, parser: &parser{w: &weights{}}, lemmas: &lemmatizer{}}).Save(&other))
	_, err = Load(bytes.NewReader(other.Bytes()))
	assert.Error(t, err)
}

func TestCoNLLURoundTrip(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(tinyTreebank))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, WriteCoNLLU(&buf, sents))
	again, err := ReadCoNLLU(&buf)
	require.NoError(t, err)
	assert.Equal(t, sents, again)
}

func TestReadCoNLLUErrors(t *testing.T) {
	for name, in := range map[string]string{
		"columns":  "1\tA\ta\n",
		"order":    "2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"bad head": "1\tA\ta\tX\tX\t_\tz\troot\t_\t_\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "line 1")
		})
	}
	// Multiword tokens and empty nodes are skipped, not errors.
	in := "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n1.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n"
	s, err := ReadCoNLLU(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, s, 1)
	assert.Len(t, s[0].Words, 2)
}

func TestLemmatizerRules(t *testing.T) {
	l := &lemmatizer{exceptions: map[string]string{"was\tVBD": "be", "struck\tVBD": "strike", "met\tVBN": "meet",
		"found\tVBD": "find", "held\tVBD": "hold"}, known: map[string]uint8{
		"accuse": lemmaVerb, "attack": lemmaVerb | lemmaNoun, "stop": lemmaVerb, "country": lemmaNoun,
		"sanction": lemmaNoun, "impose": lemmaVerb, "big": lemmaAdj, "severe": lemmaAdj, "found": lemmaVerb,
		"strike": lemmaVerb, "meet": lemmaVerb, "hold": lemmaVerb}}
	tests := []struct{ form, upos, xpos, want string }{
		{"accused", "VERB", "VBD", "accuse"},
		{"attacked", "VERB", "VBN", "attack"},
		{"stopped", "VERB", "VBD", "stop"},
		{"imposing", "VERB", "VBG", "impose"},
		{"countries", "NOUN", "NNS", "country"},
		{"Sanctions", "NOUN", "NNS", "sanction"},
		{"bigger", "ADJ", "JJR", "big"},
		{"was", "AUX", "VBD", "be"},
		{"Iran", "PROPN", "NNP", "Iran"},
		{"The", "DET", "DT", "the"},
		{"frobbed", "VERB", "VBD", "frob"},
		{"severed", "VERB", "VBD", "sever"},
		{"expelled", "VERB", "VBN", "expel"},
		{"seized", "VERB", "VBD", "seize"},
		{"negotiated", "VERB", "VBN", "negotiate"},
		{"condemned", "VERB", "VBD", "condemn"},
		{"dismissed", "VERB", "VBD", "dismiss"},
		{"raising", "VERB", "VBG", "raise"},
		{"meeting", "VERB", "VBG", "meet"},
		// an irregular past the tagger took for a present verb
		{"struck", "VERB", "VBZ", "strike"},
		{"met", "VERB", "VBP", "meet"},
		{"held", "VERB", "VB", "hold"},
		{"found", "VERB", "VBP", "found"}, // a verb lemma itself ("they found a party")
		{"struck", "ADJ", "JJ", "struck"}, // no verb
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, l.lemma(tt.form, tt.upos, tt.xpos), tt.form)
	}
}

func TestGivenTagsAreKept(t *testing.T) {
	m := embeddedModel(t)
	ws := []Word{{Form: "Beijing"}, {Form: "told"}, {Form: "Washington"}, {Form: "to"}, {Form: "leave"}, {Form: "."}}
	m.AnalyzeWords(ws)
	guessed := ws[0].UPOS
	ws = []Word{{Form: "Beijing", UPOS: "PROPN", XPOS: "NNP"}, {Form: "told"}, {Form: "Washington"}, {Form: "to"}, {Form: "leave"}, {Form: "."}}
	m.AnalyzeWords(ws)
	assert.Equal(t, "PROPN", ws[0].UPOS)
	assert.Equal(t, "NNP", ws[0].XPOS)
	assert.Equal(t, "nsubj", ws[0].Deprel, "the name is the subject once it is known to be one (tagged %s without the hint)", guessed)
	// A pair the model does not know is predicted as usual.
	ws = []Word{{Form: "Beijing", UPOS: "BOGUS", XPOS: "XX"}, {Form: "spoke"}}
	m.AnalyzeWords(ws)
	assert.NotEqual(t, "BOGUS", ws[0].UPOS)
}
