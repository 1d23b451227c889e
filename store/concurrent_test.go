package store_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestConcurrentWritersOfTheSameActorsLoseNothing: many writers of articles that name
// the same actors, in different orders and batches, under read load: every article is
// stored and every edge counts every statement. Before, one write in a 200-client run
// failed on a deadlock after the driver's retries and was dropped.
func TestConcurrentWritersOfTheSameActorsLoseNothing(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	const writers, perWriter = 8, 4
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter)
	stop := make(chan struct{})
	go func() { // read load
		for {
			select {
			case <-stop:
				return
			default:
				_, _ = s.Stats(ctx)
			}
		}
	}()
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var batch []*geokg.Extraction
			for i := range perWriter {
				x := neo4jtest.Fixture(fmt.Sprintf("concurrent writer %d article %d", w, i))
				if w%2 == 1 { // the same actors named in the other order
					slices.Reverse(x.Entities)
					slices.Reverse(x.Relations)
				}
				batch = append(batch, x)
				if len(batch) == 1+w%3 || i == perWriter-1 {
					_, err := s.Write(ctx, batch)
					errs <- err
					batch = nil
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, geokg.Stats{Articles: writers * perWriter, Entities: 5, Events: 1, Evidence: 6 * writers * perWriter, Edges: 6}, st)
}
