package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/score"
)

// Input is what a report shows. Result (or, for a plan without numeric
// targets, Plan) is required; everything else may be
// left empty and the page says what is missing.
type Input struct {
	// Plan is the plan the targets come from (its header: number, issuer,
	// date, year, signer); nil when the targets came from a table.
	Plan *dataset.Plan
	// Label names what was scored when Plan is nil (e.g. the targets file).
	Label string
	// Targets are the targets scored, for the source line of each row.
	Targets []dataset.Target
	// Tasks are the plan's tasks, shown when it has no numeric targets
	// to score.
	Tasks []dataset.Task
	// Findings are the remarks about the plan document (conflicts,
	// missing data, targets without numbers).
	Findings []dataset.Finding
	// Result is the scorecard: rows, aggregates and unmatched observations.
	Result *score.Result
	// Rules are the scoring rules the scorecard was made with.
	Rules score.Rules
	// Sources are the files the report was made from, with checksums.
	Sources []Source
	// Illustrative says the observations are the illustrative values
	// bundled with cchc (not published figures): the page says so at the
	// top, in a box.
	Illustrative bool
	// Lang is the language of the page: "vi" (default) or "en".
	Lang i18n.Lang
	// Version is the cchc version printed in the method section.
	Version string
	// SystemFonts leaves the embedded fonts out (about 1 MB): the page is
	// then set in the reader's Liberation Sans, else its sans-serif font.
	// For a notebook, whose browser has fonts; a file to hand on keeps them.
	SystemFonts bool
	// Made is when the report was made (default: now), printed in the
	// method section in Viet Nam time.
	Made time.Time
}

// Source is one input file of a report, named in its method section.
type Source struct {
	// Role says what the file gave: "plan", "targets", "observations",
	// "point rules".
	Role string
	// Name is the file's path or name as the user gave it.
	Name string
	// Size is the file's length in bytes.
	Size int64
	// SHA256 is the hex SHA-256 checksum of the file's bytes.
	SHA256 string
	// Embedded says the file is built into cchc rather than read from disk.
	Embedded bool
}

// NewSource describes data read from name for the given role.
func NewSource(role, name string, data []byte) Source {
	sum := sha256.Sum256(data)
	return Source{Role: role, Name: name, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
}

// FileSource reads the file at path and describes it for the given role.
func FileSource(role, path string) (Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return Source{}, i18n.Errorf("report: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return Source{}, i18n.Errorf("report: %s: %w", path, err)
	}
	return Source{Role: role, Name: filepath.ToSlash(path), Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// ErrNoResult is returned by HTML for an Input with neither a scorecard
// nor a plan.
var ErrNoResult = i18n.New("report: no scorecard to report")

// HTML returns the report as one self-contained HTML page. The same Input
// gives the same bytes. A plan with no numeric targets (Result nil or
// without rows) still gets its page: header, a notice that there is
// nothing to score, its tasks, findings and the method.
func HTML(in Input) ([]byte, error) {
	if (in.Result == nil || len(in.Result.Scores) == 0) && in.Plan == nil {
		return nil, ErrNoResult
	}
	if in.Lang != i18n.EN {
		in.Lang = i18n.VI
	}
	if in.Made.IsZero() {
		in.Made = time.Now()
	}
	p, err := buildPage(in)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := pageTemplate(in.Lang).Execute(&b, p); err != nil {
		return nil, i18n.Errorf("report: %w", err)
	}
	return []byte(vntext.NFC(b.String())), nil
}

// pageTemplate parses the page template with the language's functions.
func pageTemplate(l i18n.Lang) *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"t":      l.T,
		"status": l.StatusName,
	}).Parse(pageHTML))
}

// IFrame wraps a page in an <iframe srcdoc> element, so that a notebook
// shows it inline without its styles reaching the notebook's own page.
// height is a CSS height such as "900px".
func IFrame(page []byte, height string) string {
	return `<iframe style="width:100%;height:` + template.HTMLEscapeString(height) +
		`;border:1px solid #ccc" srcdoc="` + template.HTMLEscapeString(string(page)) + `"></iframe>`
}
