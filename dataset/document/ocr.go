package document

import "context"

func ocrEmptyPages(ctx context.Context, doc *Document, pages []*pdfPage, in, dir string, opts Options) error {
	return nil
}
