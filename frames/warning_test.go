package frames

import "testing"

// TestReportedWarningIsNoAccusation: a warning told of another, which the parse hangs on
// a verb of saying or sources by "according to", is no misdeed the speaker accuses him of, while a hostile act so told
// still is (sentences written for this test).
func TestReportedWarningIsNoAccusation(t *testing.T) {
	runTypeCases(t, []matchCase{
		{"a warning joined to the saying", "Minister Ruiz said Peru had to be ready for a vote and warned Chile not to rest.",
			[]string{"Ruiz", "Peru", "Chile"}, nil},
		{"warnings escalated beside a declaration", "Ruiz declared that Lima cannot be trusted, while Boric also escalated his warnings against Chile.",
			[]string{"Ruiz", "Lima", "Boric", "Chile"}, nil},
		{"a warning issued, quoted", "“Boric issued a stern warning to Chile,” Minister Ruiz said.",
			[]string{"Boric", "Chile", "Ruiz"}, nil},
		{"a warning told", "Peru said Bolivia had warned Chile against any incursion.",
			[]string{"Peru", "Bolivia", "Chile"}, nil},
		{"a warning according to another", "According to Peru, Bolivia warned Chile against any incursion.",
			[]string{"Peru", "Bolivia", "Chile"}, nil},
		// kept: a hostile act or a threat told of another
		{"an attack told", "Peru said Bolivia attacked Chilean posts.",
			[]string{"Peru", "Bolivia", "Chilean"}, []string{"Peru ACCUSES Bolivia"}},
		{"a threat told", "Peru said Bolivia threatened Chile.",
			[]string{"Peru", "Bolivia", "Chile"}, []string{"Peru ACCUSES Bolivia"}},
	}, "ACCUSES")
}

// TestReportedLaunchAtNoOneIsNoAccusation checks that a firing or launch told of another
// that names no target, of a projectile or of nothing, accuses no one (launchOnly), while
// one at a target, or a launch of an attack, still does, on sentences written for this
// test.
func TestReportedLaunchAtNoOneIsNoAccusation(t *testing.T) {
	runTypeCases(t, []matchCase{
		{"missiles fired into the sea", "Chile said Peru had fired two missiles into the sea.",
			[]string{"Chile", "Peru"}, nil},
		{"missiles launched, according to another", "According to the Chilean navy, Peru has launched ten rockets this year.",
			[]string{"Chilean navy", "Peru"}, nil},
		{"a firing with no object", "Minister Ruiz said Bolivia fired back within minutes.",
			[]string{"Ruiz", "Bolivia"}, nil},
		// kept: a firing at a target, a launch of an attack
		{"missiles fired at another", "Chile said Peru had fired two missiles at Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile ACCUSES Peru"}},
		{"airstrikes launched", "Chile said Peru had launched airstrikes overnight.",
			[]string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
	}, "ACCUSES")
}
