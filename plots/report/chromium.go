package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// NoChromiumText is the text of ErrNoChromium (a message id of the
// translations).
const NoChromiumText = `printing a PDF needs headless Chromium: install the Debian package "chromium" (apt-get install chromium), or set CCHC_CHROMIUM to the browser's path`

// ErrNoChromium is returned when no Chromium is installed to print a PDF.
var ErrNoChromium = i18n.New(NoChromiumText)

// DefaultTimeout is how long Chromium may take to print a page.
const DefaultTimeout = 90 * time.Second

// Chromium is a headless Chromium browser, run once per call with a fresh
// profile, no network services and a time limit.
type Chromium struct {
	// Path is the browser's executable.
	Path string
	// Timeout limits each run (default DefaultTimeout).
	Timeout time.Duration
}

// FindChromium returns the Chromium named by CCHC_CHROMIUM, else the
// first of chromium, chromium-browser, google-chrome on the PATH or
// /usr/bin/chromium; ErrNoChromium when there is none.
func FindChromium() (*Chromium, error) {
	if p := os.Getenv("CCHC_CHROMIUM"); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return nil, i18n.Errorf("CCHC_CHROMIUM=%s: %v; %w", p, err, ErrNoChromium)
		}
		return &Chromium{Path: p}, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return &Chromium{Path: p}, nil
		}
	}
	return nil, ErrNoChromium
}

// Run runs the browser headless on the local file page with the extra
// arguments, in a fresh profile directory that is removed afterwards, and
// returns what it wrote to standard output.
func (c *Chromium) Run(ctx context.Context, page string, args ...string) ([]byte, error) {
	abs, err := filepath.Abs(page)
	if err != nil {
		return nil, err
	}
	profile, err := os.MkdirTemp("", "cchc-chromium-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	all := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
		"--user-data-dir=" + profile}, args...)
	all = append(all, "file://"+filepath.ToSlash(abs))
	cmd := exec.CommandContext(ctx, c.Path, all...)
	cmd.WaitDelay = 5 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "HOME="+profile)
	if err := cmd.Run(); err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, i18n.Errorf("chromium: no result within %v", timeout)
		}
		return nil, i18n.Errorf("chromium: %w: %s", err, lastLines(errb.String(), 5))
	}
	return out.Bytes(), nil
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// PrintPDF prints the HTML page at page to an A4 PDF at pdf, without the
// browser's header and footer.
func (c *Chromium) PrintPDF(ctx context.Context, page, pdf string) error {
	abs, err := filepath.Abs(pdf)
	if err != nil {
		return err
	}
	if _, err := c.Run(ctx, page, "--no-pdf-header-footer", "--print-to-pdf="+abs); err != nil {
		return err
	}
	if fi, err := os.Stat(abs); err != nil || fi.Size() == 0 {
		return i18n.Errorf("chromium wrote no PDF to %s", pdf)
	}
	return nil
}

// PDF prints an HTML page (as HTML returns it) to PDF bytes with headless
// Chromium: ErrNoChromium when none is installed.
func PDF(ctx context.Context, html []byte) ([]byte, error) {
	c, err := FindChromium()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "cchc-report-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, html, 0o600); err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "report.pdf")
	if err := c.PrintPDF(ctx, page, out); err != nil {
		return nil, i18n.Errorf("report: %w", err)
	}
	return os.ReadFile(out)
}
