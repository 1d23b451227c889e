package store

import (
	"os"
	"testing"
)

// testURI is the Neo4j that integration tests use (NEO4J_URI), or "" for the default.
func testURI() string { return os.Getenv("NEO4J_URI") }

// skipOrFail skips a test that needs Neo4j when it is not reachable, except under CI=true.
func skipOrFail(t *testing.T, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("neo4j is not reachable under CI=true: %v", err)
	}
	t.Skipf("neo4j is not reachable (%v); start it with `make neo4j-up`", err)
}
