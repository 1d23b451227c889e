package store

import "context"

// DropIndex drops the index of that name, so that a test can see Migrate create it again.
func (s *Store) DropIndex(ctx context.Context, name string) error {
	return s.write(ctx, func(t *tx) error { return t.exec("DROP INDEX "+name+" IF EXISTS", nil) })
}
