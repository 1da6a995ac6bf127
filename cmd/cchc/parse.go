package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/document"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// runParse implements "cchc parse".
func runParse(args []string, stdout, stderr io.Writer) int {
	const cmd = "parse"
	l, lerr := runLang(args)
	fs := newFlagSet(cmd)
	format := fs.String("format", "json", "")
	out := fs.String("o", "", "")
	bom := fs.Bool("bom", true, "")
	textOnly := fs.Bool("text", false, "")
	// Flags may come before, between or after the files.
	inputs, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, nil, l, cmd, l.T(i18n.ParseUsage), stdout, stderr); done {
		return code
	}
	if len(inputs) == 0 {
		return usageProblem(stderr, l, cmd, l.T("no input files"))
	}
	f, problem := parseFormat(*format, *out, l)
	if problem != "" {
		return usageProblem(stderr, l, cmd, problem)
	}
	files, many, status := expandInputs(inputs, l, stderr)
	if *textOnly {
		return max(status, printTexts(files, many, l, stdout, stderr))
	}
	if err := atomicfile.CheckDistinct(files, parseOutputs(f, *out)); err != nil {
		say(stderr, cmd, l.T("%s; nothing written", errorText(err, l)))
		return 2
	}
	cat := indicators.Default()
	var docs []*plandoc.Document
	for _, path := range files {
		var d *plandoc.Document
		var err error
		if path == "-" {
			d, err = plandoc.Parse(os.Stdin, "-", cat)
		} else {
			d, err = plandoc.ParseFile(path, cat)
		}
		if err != nil {
			sayError(stderr, l, cmd, err)
			status = 1
			continue
		}
		if !d.IsPlan() {
			// A text that is not a plan still parses; its findings say
			// what was not found. The note only tells the user why the
			// JSON holds so little.
			say(stderr, cmd, l.T("%s: note: no document number or type heading, no targets and no tasks found (see findings)", path))
		}
		docs = append(docs, d)
	}

	switch f {
	case "json":
		err = writeParseJSON(docs, many, *out, stdout)
	case "xlsx":
		err = writeParseWorkbook(docs, *out, l)
	default:
		err = writeParseTables(docs, dataset.Format(f), *out, *bom)
	}
	if err != nil {
		sayError(stderr, l, cmd, err)
		return 1
	}
	return status
}

// parseFormat returns the output format -o and --format ask for, or the
// problem with them in the language l.
func parseFormat(format, out string, l i18n.Lang) (string, string) {
	f := strings.ToLower(format)
	if f == "json" && strings.EqualFold(filepath.Ext(out), ".xlsx") {
		f = "xlsx"
	}
	switch f {
	case "xlsx":
		if !strings.EqualFold(filepath.Ext(out), ".xlsx") {
			return f, l.T("--format xlsx writes one workbook: -o FILE.xlsx")
		}
	case "json":
	case "csv", "parquet", "arrow":
		if out == "" || out == "-" {
			return f, l.T("--format %s writes four tables and needs a directory: -o DIR", f)
		}
	default:
		return f, l.T("unknown format %q (use json, csv, xlsx, parquet or arrow)", format)
	}
	return f, ""
}

// expandInputs replaces directory arguments by the documents in them,
// sorted. many reports whether the output is a list (several files or a
// directory). Arguments that cannot be read are reported and give status
// 1; files of no document format are listed as skipped.
func expandInputs(inputs []string, l i18n.Lang, stderr io.Writer) (files []string, many bool, status int) {
	for _, in := range inputs {
		if in == "-" {
			files = append(files, in)
			continue
		}
		st, err := os.Stat(in)
		if err != nil {
			sayError(stderr, l, "parse", err)
			status = 1
			continue
		}
		if !st.IsDir() {
			files = append(files, in)
			continue
		}
		many = true
		entries, err := os.ReadDir(in)
		if err != nil {
			sayError(stderr, l, "parse", err)
			status = 1
			continue
		}
		var found []string
		for _, e := range entries {
			if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			path := filepath.Join(in, e.Name())
			if isDocument(path) {
				found = append(found, path)
			} else {
				say(stderr, "parse", l.T("%s: skipped, not a plan document format (text, DOCX, DOC, PDF, web page)", path))
			}
		}
		if len(found) == 0 {
			say(stderr, "parse", l.T("%s: no plan documents in this directory", in))
			status = 1
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, many || len(inputs) > 1, status
}

// isDocument reports whether a file in a directory is a document to
// parse: Word, PDF or a web page by its content, or a text file named
// .txt or .md (a text file of another name, such as a CSV table, is not a
// plan).
func isDocument(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".txt" || ext == ".md" {
		return true
	}
	data, err := readHead(path)
	if err != nil {
		return false
	}
	switch document.Detect(data) {
	case document.FormatDOCX, document.FormatPDF, document.FormatDOC, document.FormatHTML:
		return true
	}
	return false
}

// readHead reads what Detect needs of a file: a zip archive whole (its
// directory is at its end), other files their first 8 KiB.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 8192)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, err
	}
	head = head[:n]
	if strings.HasPrefix(string(head), "PK") {
		return os.ReadFile(path)
	}
	return head, nil
}

// printTexts prints the text of each document as the parser reads it.
func printTexts(files []string, many bool, l i18n.Lang, stdout, stderr io.Writer) int {
	status := 0
	for _, path := range files {
		var data []byte
		var err error
		if path == "-" {
			data, err = io.ReadAll(os.Stdin)
		} else {
			data, err = os.ReadFile(path)
		}
		if err == nil {
			var r document.Rendered
			if r, err = plandoc.DocumentText(data, path); err == nil {
				if many {
					fmt.Fprintf(stdout, "==> %s <==\n", path)
				}
				_, err = io.WriteString(stdout, r.Text())
			}
		}
		if err != nil {
			sayError(stderr, l, "parse", err)
			status = 1
		}
	}
	return status
}

// writeParseJSON writes one document as an object, several as an array,
// to out (a file) or stdout.
func writeParseJSON(docs []*plandoc.Document, many bool, out string, stdout io.Writer) error {
	var b []byte
	var err error
	switch {
	case many:
		b, err = plandoc.JSONArray(docs)
	case len(docs) == 1:
		b, err = docs[0].JSON()
	default:
		return nil // the one file failed and was reported
	}
	if err != nil {
		return err
	}
	if out == "" || out == "-" {
		_, err = stdout.Write(b)
		return err
	}
	return atomicfile.Write(out, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// parseOutputs returns the files a parse run writes: -o for JSON, the
// four tables in the -o folder for the other formats.
func parseOutputs(format, out string) []string {
	if format == "json" || format == "xlsx" {
		return []string{out}
	}
	var outs []string
	for _, name := range []string{"plans", "targets", "tasks", "findings"} {
		outs = append(outs, filepath.Join(out, name+"."+format))
	}
	return outs
}

// writeParseWorkbook writes the plans, targets, tasks and findings of the
// documents as the four sheets of one workbook.
func writeParseWorkbook(docs []*plandoc.Document, path string, l i18n.Lang) error {
	var plans []dataset.Plan
	var targets []dataset.Target
	var tasks []dataset.Task
	var findings []dataset.Finding
	for _, d := range docs {
		plans = append(plans, d.Plan)
		targets = append(targets, d.Targets...)
		tasks = append(tasks, d.Tasks...)
		findings = append(findings, findingsIn(d.Findings, l)...)
	}
	mem := memory.NewGoAllocator()
	lang := string(l)
	recs := []arrow.Record{dataset.PlansToRecord(mem, plans), dataset.TargetsToRecord(mem, targets),
		dataset.TasksToRecord(mem, tasks), dataset.FindingsToRecord(mem, findings)}
	kinds := []dataset.Kind{dataset.KindPlans, dataset.KindTargets, dataset.KindTasks, dataset.KindFindings}
	sheets := make([]dataset.Sheet, len(recs))
	for i, rec := range recs {
		defer rec.Release()
		sheets[i] = dataset.Sheet{Name: dataset.SheetName(kinds[i], lang), Record: rec}
	}
	return atomicfile.Write(path, dataset.WorkbookFiller(sheets, dataset.WriteOptions{Lang: lang}))
}

// findingsIn returns copies of the findings whose messages are written in
// the language l, for a workbook people read (the JSON, CSV and Parquet
// outputs keep the English messages).
func findingsIn(fs []dataset.Finding, l i18n.Lang) []dataset.Finding {
	out := make([]dataset.Finding, len(fs))
	for i, f := range fs {
		if f.Text.Format != "" {
			f.Message = f.Text.In(l)
		}
		out[i] = f
	}
	return out
}

// writeParseTables writes the plans, targets, tasks and findings of the
// documents as four tables into directory dir.
func writeParseTables(docs []*plandoc.Document, format dataset.Format, dir string, bom bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var plans []dataset.Plan
	var targets []dataset.Target
	var tasks []dataset.Task
	var findings []dataset.Finding
	for _, d := range docs {
		plans = append(plans, d.Plan)
		targets = append(targets, d.Targets...)
		tasks = append(tasks, d.Tasks...)
		findings = append(findings, d.Findings...)
	}
	mem := memory.NewGoAllocator()
	tables := []struct {
		name  string
		build func() arrow.Record
	}{
		{"plans", func() arrow.Record { return dataset.PlansToRecord(mem, plans) }},
		{"targets", func() arrow.Record { return dataset.TargetsToRecord(mem, targets) }},
		{"tasks", func() arrow.Record { return dataset.TasksToRecord(mem, tasks) }},
		{"findings", func() arrow.Record { return dataset.FindingsToRecord(mem, findings) }},
	}
	// The four tables are written together or not at all, so that a
	// folder never holds tables of two runs.
	var outs atomicfile.Set
	for _, t := range tables {
		rec := t.build()
		defer rec.Release()
		outs.Add(filepath.Join(dir, t.name+"."+string(format)), dataset.Filler(format, rec, dataset.WriteOptions{BOM: bom}))
	}
	return outs.Commit()
}
