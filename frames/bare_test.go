package frames

import "testing"

func TestBareVerbsNameCAMEOFrames(t *testing.T) {
	bare, err := bareVerbs()
	if err != nil {
		t.Fatal(err)
	}
	f, err := dataFS.Open("data/cameo.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	frames, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, fr := range frames {
		if len(fr.Requires) == 0 && fr.POS == "VERB" {
			have[string(fr.Type)+" "+fr.Lemma] = true
		}
	}
	for k := range bare {
		if !have[k] {
			t.Errorf("%s names %q, which is no bare-verb frame of cameo.tsv", BareVerbsFile, k)
		}
	}
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Lookup("expel", "VERB")) == 0 {
		t.Errorf("the default lexicon should read expel")
	}
	for _, f := range lex.Lookup("lead", "VERB") {
		if len(f.Requires) == 0 {
			t.Errorf("the default lexicon should not read a bare lead: %s", f)
		}
	}
}

func TestWordClasses(t *testing.T) {
	for _, c := range []string{"speech-verb", "support-verb", "threat-verb", "undone-verb", "undone-noun", "claim-noun", "modal", "negation", "condition", "quantifier", "confirm-verb"} {
		if len(wordClass(c)) == 0 {
			t.Errorf("word class %s is empty", c)
		}
	}
	if !speechVerbs["say"] || !undoneVerbs["refuse"] || !supportVerbs["impose"] {
		t.Errorf("the word classes lost their words")
	}
}
