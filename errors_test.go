package geokg_test

import (
	"errors"
	"testing"

	"github.com/geokg/geokg"
	"github.com/stretchr/testify/assert"
)

func TestErrorText(t *testing.T) {
	cause := errors.New("read article: stat a.txt: no such file")
	tests := []struct {
		name string
		err  error
		want string
		code geokg.Code
	}{
		{"message and cause", geokg.WrapError(geokg.CodeInvalidArgument, cause, "load"), "load: read article: stat a.txt: no such file", geokg.CodeInvalidArgument},
		{"code alone: the cause's text once", geokg.WrapError(geokg.CodeInvalidArgument, cause, ""), "read article: stat a.txt: no such file", geokg.CodeInvalidArgument},
		{"message alone", geokg.Errorf(geokg.CodeNotFound, "no entity %q", "x"), `no entity "x"`, geokg.CodeNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.err.Error())
			assert.Equal(t, tc.code, geokg.ErrorCode(tc.err))
			if cause := errors.Unwrap(tc.err); cause != nil {
				assert.ErrorIs(t, tc.err, cause, "the cause stays in the chain")
			}
		})
	}
}
