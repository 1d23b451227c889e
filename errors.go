package geokg

import (
	"errors"
	"fmt"
)

// Code classifies an error for the edges of the system (GraphQL extensions.code, HTTP
// status, CLI exit code). Internals travel wrapped inside; only the code and the message
// of an *Error are ever shown to a user.
type Code string

// The error codes. Every error that is not an *Error (or wraps none) counts as INTERNAL.
const (
	CodeNotFound        Code = "NOT_FOUND"
	CodeInvalidArgument Code = "INVALID_ARGUMENT"
	CodeUnauthenticated Code = "UNAUTHENTICATED"
	CodeLimitExceeded   Code = "LIMIT_EXCEEDED"
	CodeUnavailable     Code = "UNAVAILABLE"
	CodeInternal        Code = "INTERNAL"
)

// Error is an error meant to be shown to the user: a code and a message that reveals no
// internals. Err, when set, is the underlying cause, kept for logs.
type Error struct {
	Code    Code
	Message string
	Err     error
}

// Error implements the error interface: the message, then the cause's text after a
// colon; an empty message shows the cause alone (a code given to an error that already
// says what failed).
func (e *Error) Error() string {
	if e.Err != nil {
		if e.Message == "" {
			return e.Err.Error()
		}
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code Code, format string, args ...any) error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error with code and message whose cause is err; an empty message
// adds only the code.
func WrapError(code Code, err error, message string) error {
	return &Error{Code: code, Message: message, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, or CodeInternal when
// there is none (and "" for a nil err).
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrorMessage returns the message of the first *Error in err's chain, which is safe to
// show to a user, or "internal error" when there is none.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
