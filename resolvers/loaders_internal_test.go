package resolvers

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/vikstrous/dataloadgen"

	"github.com/geokg/geokg"
)

// TestFailedBatchKeepsItsCause: a batched lookup of many keys that fails gives every
// caller the lookup's error, with its code (before, dataloadgen answered "bug in fetch
// function: 0 values returned for 11 keys", an INTERNAL error that hid the cause).
func TestFailedBatchKeepsItsCause(t *testing.T) {
	busy := geokg.WrapError(geokg.CodeUnavailable, errors.New("no free connection"), "graph database busy")
	lookup := func(context.Context, []string) (map[string]geokg.Entity, error) { return nil, busy }
	for name, fetch := range map[string]func(context.Context, []string) ([]*geokg.Entity, []error){
		"byID": byID(lookup),
		"inOrder": func(ctx context.Context, ids []string) ([]*geokg.Entity, []error) {
			_, errs := inOrder(lookup)(ctx, ids)
			return nil, errs
		},
	} {
		l := dataloadgen.NewLoader(fetch, loaderOptions...)
		ids := make([]string, 11)
		for i := range ids {
			ids[i] = fmt.Sprintf("country:X%02d", i)
		}
		_, err := l.LoadAll(context.Background(), ids)
		assert.ErrorIs(t, err, busy, name)
		assert.Equal(t, geokg.CodeUnavailable, geokg.ErrorCode(err), name)
	}
}

// TestLoadNowFetchesOnceWithoutWaiting: LoadNow fetches the keys it does not know in one
// call, at once (not after the loader's wait), answers in the order of the keys with
// duplicates, and primes the loader, so that later loads of those keys (by LoadNow or by a
// field's Load) fetch nothing.
func TestLoadNowFetchesOnceWithoutWaiting(t *testing.T) {
	var calls [][]string
	fetch := func(_ context.Context, ids []string) ([]string, []error) {
		calls = append(calls, ids)
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = "v:" + id
		}
		return out, nil
	}
	// A wait far longer than the test may take: a load that waited for a batch would show.
	l := newLoader(fetch, dataloadgen.WithWait(time.Hour))
	ctx := context.Background()
	began := time.Now()
	got, err := l.LoadNow(ctx, []string{"a", "b", "a"})
	assert.NoError(t, err)
	assert.Equal(t, []string{"v:a", "v:b", "v:a"}, got)
	assert.Equal(t, [][]string{{"a", "b"}}, calls, "one fetch of the distinct keys")
	got, err = l.LoadNow(ctx, []string{"b", "c"})
	assert.NoError(t, err)
	assert.Equal(t, []string{"v:b", "v:c"}, got)
	assert.Equal(t, [][]string{{"a", "b"}, {"c"}}, calls, "only the unknown key is fetched")
	v, err := l.Load(ctx, "a")
	assert.NoError(t, err)
	assert.Equal(t, "v:a", v)
	l.Prime("d", "primed")
	got, err = l.LoadNow(ctx, []string{"d"})
	assert.NoError(t, err)
	assert.Equal(t, []string{"primed"}, got)
	assert.Len(t, calls, 2, "primed and fetched keys load from the cache")
	assert.Less(t, time.Since(began), time.Minute, "nothing waited for a batch")

	failing := newLoader(func(context.Context, []string) ([]string, []error) { return nil, []error{errors.New("down")} })
	_, err = failing.LoadNow(ctx, []string{"x"})
	assert.EqualError(t, err, "down")
}
