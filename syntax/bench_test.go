package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAnalyze tags, lemmatises and parses the EWT test sentences (gold tokens),
// one sentence per op: sentences per second = 1e9 / (ns/op).
func BenchmarkAnalyze(b *testing.B) {
	benchSentences(b, treebank(b, "ud-english-ewt/en_ewt-ud-test.conllu"))
}

// BenchmarkAnalyzeGUM does the same on GUM's test sentences (news, interviews, ...),
// which are longer than EWT's.
func BenchmarkAnalyzeGUM(b *testing.B) {
	benchSentences(b, treebank(b, "ud-english-gum-cc-by/en_gum-cc-by-test.conllu"))
}

func benchSentences(b *testing.B, gold []Sentence) {
	m := embeddedModel(b)
	forms := make([][]string, len(gold))
	words := 0
	for i, s := range gold {
		for _, w := range s.Words {
			forms[i] = append(forms[i], w.Form)
		}
		words += len(s.Words)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Analyze(forms[i%len(forms)])
	}
	b.ReportMetric(float64(words)/float64(len(gold)), "words/sentence")
}

// BenchmarkSentencesNews tokenises, splits and analyses real news articles from
// ../shared/corpus (the first 200), reporting bytes of text per second.
func BenchmarkSentencesNews(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "corpus")
	files, _ := filepath.Glob(filepath.Join(path, "*.jsonl"))
	if len(files) == 0 {
		b.Skip("../shared/corpus not found")
	}
	f, err := os.Open(files[0])
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(texts) < 200 {
		var rec struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Text != "" {
			texts = append(texts, rec.Text)
			size += len(rec.Text)
		}
	}
	m := embeddedModel(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	sents := 0
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			m.EachSentence(t, func(Sentence) bool { sents++; return true })
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}
