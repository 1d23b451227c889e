package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract"
)

// printExplanation prints what the extractor saw and decided, sentence by sentence:
// the actors, the parse (word/relation→head), the frames that fired or were blocked,
// and the relations read with the rule or frame and the trigger behind each.
func printExplanation(out io.Writer, source string, e *extract.Explanation) error {
	w := bufio.NewWriter(out)
	names := map[string]string{}
	for _, en := range e.Extraction.Entities {
		names[en.ID] = en.Name
	}
	fmt.Fprintf(w, "# %s: %d sentences with actors, %d relations\n\n", source, len(e.Sentences), len(e.Extraction.Relations))
	for _, s := range e.Sentences {
		fmt.Fprintf(w, "[%d-%d] %s\n", s.Start, s.End, strings.Join(strings.Fields(s.Text), " "))
		if len(s.Actors) > 0 {
			var as []string
			for _, a := range s.Actors {
				as = append(as, fmt.Sprintf("%q=%s", a.Text, a.Name))
			}
			fmt.Fprintf(w, "  actors:  %s\n", strings.Join(as, ", "))
		}
		if s.Parse != nil {
			var ws []string
			for _, x := range s.Parse.Words {
				head := "ROOT"
				if h := s.Parse.Word(x.Head); h != nil {
					head = h.Form
				}
				ws = append(ws, fmt.Sprintf("%s/%s→%s", x.Form, x.Deprel, head))
			}
			fmt.Fprintf(w, "  parse:   %s\n", strings.Join(ws, " "))
		}
		for _, m := range s.Frames {
			trigger := s.Parse.Word(m.Trigger).Form
			if m.Blocked != "" {
				fmt.Fprintf(w, "  blocked: %s %q (%s) %s: %s\n", m.Type, trigger, m.Rule(), m.Path, m.Blocked)
				continue
			}
			fmt.Fprintf(w, "  frame:   %s %s %s via %q (%s) %s\n", s.Actors[m.Source].Name, m.Type, s.Actors[m.Target].Name, trigger, m.Rule(), m.Path)
		}
		for _, r := range s.Relations {
			fmt.Fprintf(w, "  => %s %s %s  [%s]\n", names[r.Subject], r.Type, names[r.Object], why(r))
		}
		fmt.Fprintln(w)
	}
	return w.Flush()
}

// why formats a relation's explanation: its rule, trigger and path.
func why(r geokg.Relation) string {
	parts := []string{r.Rule}
	if r.Trigger != "" {
		parts = append(parts, "trigger "+r.Trigger)
	}
	if r.Path != "" {
		parts = append(parts, "path "+r.Path)
	}
	return strings.Join(parts, ", ")
}
