package document

import (
	"context"
	"os"
	"path/filepath"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// ReadDOC reads a Word 97–2003 document: LibreOffice (soffice, headless,
// with a profile of its own so that runs in parallel do not clash)
// converts it to DOCX within the time limit, and the DOCX reader reads
// that. name identifies the file in errors.
func ReadDOC(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	return readDOC(ctx, data, name, opts)
}

func readDOC(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	dir, err := os.MkdirTemp("", "cchc-doc-")
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.doc")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, &Error{File: name, Err: err}
	}
	profile := "file://" + filepath.Join(dir, "profile")
	if _, err := run(ctx, opts.timeout(), "soffice", "--headless", "--norestore", "-env:UserInstallation="+profile,
		"--convert-to", "docx", "--outdir", dir, in); err != nil {
		return nil, &Error{File: name, Part: "soffice", Err: err}
	}
	out, err := os.ReadFile(filepath.Join(dir, "in.docx"))
	if err != nil {
		return nil, &Error{File: name, Part: "soffice", Err: i18n.Errorf("LibreOffice did not convert the Word 97–2003 document (damaged, or protected by a password?): %w", err)}
	}
	doc, err := readDOCX(out, name, opts.limits())
	if err != nil {
		return nil, err
	}
	doc.Format = FormatDOC
	return doc, nil
}
