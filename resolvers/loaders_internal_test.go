package resolvers

import (
	"context"
	"errors"
	"fmt"
	"testing"

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
