package document

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// ErrMissingProgram is wrapped by the errors for an external program that
// is not installed.
var ErrMissingProgram = i18n.New("program not found on PATH")

// debianPackages names the Debian package of each external program.
var debianPackages = map[string]string{
	"pdftotext": "poppler-utils",
	"pdftoppm":  "poppler-utils",
	"pdfinfo":   "poppler-utils",
	"tesseract": "tesseract-ocr and tesseract-ocr-vie",
	"soffice":   "libreoffice-writer-nogui",
}

// Program returns the path of an external program, or an error naming
// the program and the Debian package that installs it.
func Program(name string) (string, error) {
	p, err := exec.LookPath(name)
	if err != nil {
		return "", i18n.Errorf("%w: %s (install the Debian package %s, or run scripts/setup.sh)", ErrMissingProgram, name, debianPackages[name])
	}
	return p, nil
}

// run runs an external program with a time limit and returns its standard
// output; the error quotes the end of its standard error.
func run(ctx context.Context, timeout time.Duration, name string, args ...string) ([]byte, error) {
	path, err := Program(name)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.WaitDelay = 5 * time.Second
	if name == "tesseract" {
		// One thread a page: Tesseract's own threads only fight over the
		// cores (measured: 3.7 s of CPU a page with one thread, 8.4 s with
		// its default).
		cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() == context.DeadlineExceeded {
		return nil, i18n.Errorf("%s did not finish within %v", name, timeout)
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 300 {
			msg = "…" + msg[len(msg)-300:]
		}
		if msg == "" {
			return nil, i18n.Errorf("%s failed: %w", name, err)
		}
		return nil, i18n.Errorf("%s failed: %w: %s", name, err, msg)
	}
	return stdout.Bytes(), nil
}
