package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// runValidate implements "cchc validate".
func runValidate(args []string, stdout, stderr io.Writer) int {
	const cmd = "validate"
	l, lerr := runLang(args)
	fs := newFlagSet(cmd)
	kindFlag := fs.String("kind", "", "")
	maxList := fs.Int("max", 50, "")
	show := fs.Int("show", 0, "")
	// Flags may come before, between or after the files.
	files, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, nil, l, cmd, l.T(i18n.ValidateUsage), stdout, stderr); done {
		return code
	}
	if len(files) == 0 {
		return usageProblem(stderr, l, cmd, l.T("no files to validate"))
	}
	if *maxList < 0 || *show < 0 {
		return usageProblem(stderr, l, cmd, l.T("--max and --show must be 0 or more"))
	}
	var kind dataset.Kind
	if *kindFlag != "" {
		k, err := dataset.ParseKind(*kindFlag)
		if err != nil {
			return usageProblem(stderr, l, cmd, l.T("--kind: %s", errorText(err, l)))
		}
		kind = k
	}
	status := 0
	var paths []string
	for _, f := range files {
		expanded, err := expandDataDir(f)
		if err != nil {
			sayError(stderr, l, cmd, err)
			status = 1
			continue
		}
		paths = append(paths, expanded...)
	}
	mem := memory.NewGoAllocator()
	for _, path := range paths {
		if !validateFile(path, kind, *maxList, *show, l, mem, stdout, stderr) {
			status = 1
		}
	}
	if len(paths) > 1 {
		if status == 0 {
			fmt.Fprintln(stdout, l.T("all %d files valid", len(paths)))
		} else {
			fmt.Fprintln(stdout, l.T("some rows or files were rejected"))
		}
	}
	return status
}

// expandDataDir returns path itself, or for a directory the data files in
// it (not in its subdirectories) whose extension names a format, sorted.
func expandDataDir(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil || !st.IsDir() {
		return []string{path}, nil // a missing file is reported when read
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if _, err := dataset.FormatFromPath(e.Name()); err == nil && !strings.HasSuffix(strings.ToLower(e.Name()), ".txt") {
			out = append(out, filepath.Join(path, e.Name()))
		}
	}
	if len(out) == 0 {
		return nil, newError(i18n.Msgf("%s: no data files (.csv, .tsv, .json, .parquet, .arrow, .ipc, .feather) in the directory", path))
	}
	return out, nil
}

// validateFile loads one file and reports it; it returns false when the
// file could not be read or some row was rejected.
func validateFile(path string, kind dataset.Kind, maxList, show int, l i18n.Lang, mem memory.Allocator, stdout, stderr io.Writer) bool {
	if kind == "" {
		if ok, handled := validate766(path, l, stdout, stderr); handled {
			return ok
		}
	}
	// Every row is checked; without --show (which prints the table's head
	// and tail) no row is kept, so that memory follows the rejected rows,
	// not the file.
	t, err := dataset.ReadFileWith(path, dataset.ReadOptions{Kind: kind, CheckOnly: show == 0}, mem)
	if err != nil {
		sayError(stderr, l, "validate", err)
		fmt.Fprintln(stdout, l.T("%s: not loaded", path))
		return false
	}
	defer t.Release()
	fmt.Fprintln(stdout, l.T("%s: %s, %d rows read, %d loaded, %d rejected",
		path, t.Kind, t.RowsRead, int(t.Record.NumRows())+t.Checked, len(t.Rejected)))
	if len(t.IgnoredColumns) > 0 {
		fmt.Fprintln(stdout, l.T("  ignored columns (not part of %s): %s", t.Kind, quotedList(t.IgnoredColumns)))
	}
	if len(t.UnknownProvinces) > 0 {
		fmt.Fprintln(stdout, l.T("  not in the province register, kept as written: %s", quotedList(t.UnknownProvinces)))
	}
	printRejectedRows(stdout, l, t.Rejected, maxList)
	if show > 0 {
		fmt.Fprintln(stdout)
		fmt.Fprint(stdout, dataset.Text(t.Record, dataset.RenderOptions{MaxRows: show, MaxWidth: 120}))
	}
	return len(t.Rejected) == 0
}

// quotedList writes the strings quoted, joined by commas.
func quotedList(ss []string) string {
	q := make([]string, len(ss))
	for i, c := range ss {
		q[i] = strconv.Quote(c)
	}
	return strings.Join(q, ", ")
}

// printRejectedRows lists the rejected rows, at most maxList of them
// (0: all), each with its line, column, reason and raw text.
func printRejectedRows(w io.Writer, l i18n.Lang, rejected []dataset.RejectedRow, maxList int) {
	for i, r := range rejected {
		if maxList > 0 && i == maxList {
			fmt.Fprintln(w, l.T("  ... and %d more rejected rows (--max 0 lists all)", len(rejected)-maxList))
			break
		}
		if r.Column != "" {
			fmt.Fprintln(w, l.T("  rejected line %d, column %q: %s", r.Line, r.Column, r.ReasonIn(l)))
		} else {
			fmt.Fprintln(w, l.T("  rejected line %d: %s", r.Line, r.ReasonIn(l)))
		}
		if r.Raw != "" {
			raw := strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(r.Raw)
			if len(raw) > 200 {
				cut := 200
				for cut > 0 && !utf8.RuneStart(raw[cut]) {
					cut--
				}
				raw = raw[:cut] + "…"
			}
			fmt.Fprintf(w, "      %s\n", raw)
		}
	}
}
