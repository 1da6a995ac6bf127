package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// runValidate implements "cchc validate".
func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	l, _ := runLang(args)
	langFlag(fs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), l.T(i18n.ValidateUsage)) }
	kindFlag := fs.String("kind", "", "table kind (default: detect from the columns)")
	maxList := fs.Int("max", 50, "rejected rows listed per file (0: all)")
	show := fs.Int("show", 0, "rows of the loaded table to print (0: none)")

	// Flags may come before, between or after the files.
	files, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, l.T(i18n.ValidateUsage))
			return 0
		}
		return 2
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "cchc validate: no files to validate")
		fs.Usage()
		return 2
	}
	if *maxList < 0 || *show < 0 {
		fmt.Fprintln(stderr, "cchc validate: --max and --show must be 0 or more")
		return 2
	}
	var kind dataset.Kind
	if *kindFlag != "" {
		k, err := dataset.ParseKind(*kindFlag)
		if err != nil {
			fmt.Fprintf(stderr, "cchc validate: --kind: %v\n", err)
			return 2
		}
		kind = k
	}

	status := 0
	var paths []string
	for _, f := range files {
		expanded, err := expandDataDir(f)
		if err != nil {
			fmt.Fprintf(stderr, "cchc validate: %v\n", err)
			status = 1
			continue
		}
		paths = append(paths, expanded...)
	}
	files = paths
	mem := memory.NewGoAllocator()
	for _, path := range files {
		if !validateFile(path, kind, *maxList, *show, mem, stdout, stderr) {
			status = 1
		}
	}
	if len(files) > 1 {
		if status == 0 {
			fmt.Fprintf(stdout, "all %d files valid\n", len(files))
		} else {
			fmt.Fprintln(stdout, "some rows or files were rejected")
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
		return nil, fmt.Errorf("%s: no data files (.csv, .tsv, .json, .parquet, .arrow, .ipc, .feather) in the directory", path)
	}
	return out, nil
}

// validateFile loads one file and reports it; it returns false when the
// file could not be read or some row was rejected.
func validateFile(path string, kind dataset.Kind, maxList, show int, mem memory.Allocator, stdout, stderr io.Writer) bool {
	if kind == "" {
		if ok, handled := validate766(path, stdout, stderr); handled {
			return ok
		}
	}
	// Every row is checked; without --show (which prints the table's head
	// and tail) no row is kept, so that memory follows the rejected rows,
	// not the file.
	l, err := dataset.ReadFileWith(path, dataset.ReadOptions{Kind: kind, CheckOnly: show == 0}, mem)
	if err != nil {
		fmt.Fprintf(stderr, "cchc validate: %v\n", err)
		fmt.Fprintf(stdout, "%s: not loaded\n", path)
		return false
	}
	defer l.Release()
	fmt.Fprintf(stdout, "%s: %s, %d rows read, %d loaded, %d rejected\n",
		path, l.Kind, l.RowsRead, int(l.Record.NumRows())+l.Checked, len(l.Rejected))
	if len(l.IgnoredColumns) > 0 {
		q := make([]string, len(l.IgnoredColumns))
		for i, c := range l.IgnoredColumns {
			q[i] = fmt.Sprintf("%q", c)
		}
		fmt.Fprintf(stdout, "  ignored columns (not part of %s): %s\n", l.Kind, strings.Join(q, ", "))
	}
	if len(l.UnknownProvinces) > 0 {
		q := make([]string, len(l.UnknownProvinces))
		for i, c := range l.UnknownProvinces {
			q[i] = fmt.Sprintf("%q", c)
		}
		fmt.Fprintf(stdout, "  not in the province register, kept as written: %s\n", strings.Join(q, ", "))
	}
	for i, r := range l.Rejected {
		if maxList > 0 && i == maxList {
			fmt.Fprintf(stdout, "  ... and %d more rejected rows (--max 0 lists all)\n", len(l.Rejected)-maxList)
			break
		}
		where := fmt.Sprintf("line %d", r.Line)
		if r.Column != "" {
			where += fmt.Sprintf(", column %q", r.Column)
		}
		fmt.Fprintf(stdout, "  rejected %s: %s\n", where, r.Reason)
		if r.Raw != "" {
			raw := strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(r.Raw)
			if len(raw) > 200 {
				cut := 200
				for cut > 0 && !utf8.RuneStart(raw[cut]) {
					cut--
				}
				raw = raw[:cut] + "…"
			}
			fmt.Fprintf(stdout, "      %s\n", raw)
		}
	}
	if show > 0 {
		fmt.Fprintln(stdout)
		fmt.Fprint(stdout, dataset.Text(l.Record, dataset.RenderOptions{MaxRows: show, MaxWidth: 120}))
	}
	return len(l.Rejected) == 0
}
