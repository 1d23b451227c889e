package frames

import "testing"

// TestWarningOfPastFactIsNoThreat checks that warning another that something had happened
// or was happening ("Chile warned Peru that hackers had entered its network") tells a
// fact, not a threat, while a warning of what will or would come, or a simple past that
// reported speech shifts back ("that it was ready to act"), is one.
func TestWarningOfPastFactIsNoThreat(t *testing.T) {
	runTypeCases(t, []matchCase{
		{"warned that it had happened", "Chile warned Peru that hackers had entered its network.", []string{"Chile", "Peru"}, nil},
		{"warned that it was happening", "Chile warned Peru that smugglers were crossing the border.", []string{"Chile", "Peru"}, nil},
		{"warned that it was ready", "Chile warned Peru that it was ready to act.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"warned that it would come", "Chile warned Peru that the raid would have consequences.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"warned that it will face", "Chile warned Peru that it will face sanctions.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"warned against", "Chile warned Peru against any raid.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
	}, "THREATENS")
}
