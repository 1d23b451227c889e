package syntax

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTrainingIsDeterministic: the same data and options give the same model file, so
// `make train` can be reproduced.
func TestTrainingIsDeterministic(t *testing.T) {
	sents := treebank(t, "ud-english-gum-cc-by/en_gum-cc-by-dev.conllu")[:300]
	var files [2][]byte
	for i := range files {
		m, err := Train(sents, TrainOptions{TaggerEpochs: 2, ParserEpochs: 3, Folds: 2, Seed: 7, ParserPrune: 0.01})
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, m.Save(&buf))
		files[i] = buf.Bytes()
	}
	require.True(t, bytes.Equal(files[0], files[1]), "two trainings on the same data differ")
}
