package document

import (
	"context"
	"errors"
)

var errPending = errors.New("format not read yet")

func readPDF(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	return nil, &Error{File: name, Err: errPending}
}
func readDOC(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	return nil, &Error{File: name, Err: errPending}
}

// ReadHTML is pending.
func ReadHTML(data []byte, name string) (*Document, error) {
	return nil, &Error{File: name, Err: errPending}
}
