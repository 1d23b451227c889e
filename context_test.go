package geokg

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClipContext(t *testing.T) {
	long := strings.Repeat("é word ", 200) // 1600 bytes, two-byte runes
	tests := []struct {
		name   string
		in     string
		before bool
		check  func(string) bool
	}{
		{"short", "  A sentence.  ", false, func(s string) bool { return s == "A sentence." }},
		{"long after keeps the start", long + "END", false, func(s string) bool {
			return strings.HasPrefix(s, "é word") && strings.HasSuffix(s, "…") && !strings.Contains(s, "END")
		}},
		{"long before keeps the end", "START " + long + "END.", true, func(s string) bool {
			return strings.HasPrefix(s, "…") && strings.HasSuffix(s, "END.") && !strings.Contains(s, "START")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ClipContext(tt.in, tt.before)
			if len(got) > MaxContextBytes || !utf8.ValidString(got) || !tt.check(got) {
				t.Errorf("ClipContext = %q (%d bytes)", got, len(got))
			}
		})
	}
}

func TestUndated(t *testing.T) {
	x := Extraction{Relations: []Relation{{Date: "2022-09-07"}, {}, {Date: ""}}}
	if n := x.Undated(); n != 2 {
		t.Errorf("Undated = %d, want 2", n)
	}
}
