package store

import (
	"context"
	"time"
)

// DropIndex drops the index of that name, so that a test can see Migrate create it again.
func (s *Store) DropIndex(ctx context.Context, name string) error {
	return s.write(ctx, func(t *tx) error { return t.exec("DROP INDEX "+name+" IF EXISTS", nil) })
}

// BackdateStatements sets the creation time of every statement to lag after the start
// of its date (undated ones to at), as if each had been written then, so that a test can
// ask for the graph as known on an earlier day.
func (s *Store) BackdateStatements(ctx context.Context, lag time.Duration, at time.Time) error {
	return s.write(ctx, func(t *tx) error {
		return t.exec(`MATCH (x:Evidence)
SET x.createdAt = CASE WHEN x.date IS NULL THEN $at ELSE datetime(x.date) + duration({seconds: $lag}) END`,
			map[string]any{"at": at, "lag": int64(lag / time.Second)})
	})
}
