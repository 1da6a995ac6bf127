package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

const plansDir = "../../testdata/plans"

func seedFile(name string) string { return filepath.Join(plansDir, name+".txt") }

func runParseArgs(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runParse(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestParseOneFileJSON(t *testing.T) {
	code, out, errs := runParseArgs(t, seedFile("003_a5b74ff242722c67"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not one JSON object: %v", err)
	}
	for _, k := range []string{"plan", "targets", "tasks", "findings"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	var targets []map[string]any
	if err := json.Unmarshal(doc["targets"], &targets); err != nil {
		t.Fatal(err)
	}
	if len(targets) != 39 {
		t.Errorf("%d targets, want 39", len(targets))
	}
	for _, k := range []string{"plan_id", "weight"} {
		if _, ok := targets[0][k]; ok {
			t.Errorf("target has key %q, which the JSON contract leaves out", k)
		}
	}
	golden, err := os.ReadFile("../../dataset/plandoc/testdata/003_a5b74ff242722c67.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(golden) {
		t.Error("cchc parse prints other bytes than the library's golden JSON")
	}
}

func TestParseSeveralAndDirectory(t *testing.T) {
	for _, args := range [][]string{
		{seedFile("000_eb1ba96978540e19"), seedFile("002_6535e04d6be0b559")},
		{plansDir},
		{"--format", "json", plansDir},
		{plansDir, "--format=json"},
	} {
		code, out, errs := runParseArgs(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		var docs []struct {
			Plan struct {
				ID string `json:"id"`
			} `json:"plan"`
		}
		if err := json.Unmarshal([]byte(out), &docs); err != nil {
			t.Fatalf("%v: stdout is not a JSON array: %v", args, err)
		}
		want := 5
		if len(args) == 2 && !strings.HasPrefix(args[0], "-") && !strings.HasPrefix(args[1], "-") {
			want = 2
		}
		if len(docs) != want {
			t.Errorf("%v: %d documents, want %d", args, len(docs), want)
		}
	}
}

func TestParseBadFilesKeepGoing(t *testing.T) {
	dir := t.TempDir()
	bad := map[string]string{
		"binary.txt": "KẾ HOẠCH\x00\x01",
		"latin1.txt": "K\xc9 HO\xa0CH",
		"empty.txt":  "",
		"notes.txt":  "Hôm nay trời đẹp.\n",
	}
	var args []string
	for name, text := range bad {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	args = append(args, seedFile("000_eb1ba96978540e19"), filepath.Join(dir, "missing.txt"))
	code, out, errs := runParseArgs(t, args...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"binary.txt:1:", "binary data", "latin1.txt:1:2: invalid UTF-8", "empty.txt: no text",
		"notes.txt: note: no document number", "missing.txt"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	var docs []json.RawMessage
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 2 {
		t.Errorf("stdout should hold the good plan and the text that is not a plan as an array: %v, %d docs", err, len(docs))
	}
}

func TestParseTables(t *testing.T) {
	for _, format := range []string{"csv", "parquet", "arrow"} {
		t.Run(format, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			code, _, errs := runParseArgs(t, "--format", format, "-o", dir, plansDir)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			want := map[string]int{"plans": 5, "targets": 47}
			for _, name := range []string{"plans", "targets", "tasks", "findings"} {
				mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
				kind, _ := dataset.ParseKind(name)
				l, err := dataset.ReadFile(filepath.Join(dir, name+"."+format), kind, mem)
				if err != nil {
					t.Fatalf("reading %s back: %v", name, err)
				}
				if len(l.Rejected) != 0 {
					t.Errorf("%s: %d rows rejected on reading back: %+v", name, len(l.Rejected), l.Rejected[0])
				}
				if n, ok := want[name]; ok && int(l.Record.NumRows()) != n {
					t.Errorf("%s: %d rows, want %d", name, l.Record.NumRows(), n)
				}
				if l.Record.NumRows() == 0 {
					t.Errorf("%s: no rows", name)
				}
				l.Release()
				mem.AssertSize(t, 0)
			}
		})
	}
}

func TestParseJSONToFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "plan.json")
	code, stdout, errs := runParseArgs(t, "-o", out, seedFile("004_252965e07a3718f5"))
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil || !json.Valid(b) {
		t.Fatalf("%s: %v", out, err)
	}
}

func TestParseUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "no input files"},
		{[]string{"--format", "xml", plansDir}, 2, "unknown format"},
		{[]string{"--format", "csv", plansDir}, 2, "needs a directory"},
		{[]string{"--nope", plansDir}, 2, "cchc parse: unknown flag -nope\nrun \"cchc parse --help\" for the flags"},
		{[]string{"--lang", "vi", "--nope", plansDir}, 2, "cchc parse: không có tùy chọn -nope\nchạy \"cchc parse --help\" để xem các tùy chọn"},
		{[]string{"--help"}, 0, "usage: cchc parse"},
	} {
		code, out, errs := runParseArgs(t, tc.args...)
		if tc.code == 0 {
			errs = out // the help goes to standard output
		}
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errs, tc.code, tc.msg)
		}
	}
}

func TestParseStdin(t *testing.T) {
	f, err := os.Open(seedFile("000_eb1ba96978540e19"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	code, out, errs := runParseArgs(t, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Plan struct {
			ID string `json:"id"`
		} `json:"plan"`
		Targets []json.RawMessage `json:"targets"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Plan.ID != "265/KH-STC" || len(doc.Targets) != 3 {
		t.Errorf("stdin: %v, plan %q, %d targets", err, doc.Plan.ID, len(doc.Targets))
	}
}

// TestParseDirectoryOfFiles parses a directory of documents recognised by
// their content: a Word plan named without an extension and a web page
// are parsed, a CSV table is listed as skipped.
func TestParseDirectoryOfFiles(t *testing.T) {
	dir := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("../../testdata/planfiles/docx/000_eb1ba96978540e19.docx", "ke-hoach-265")
	copyFile("../../testdata/planfiles/html/003_a5b74ff242722c67.html", "trang.htm")
	if err := os.WriteFile(filepath.Join(dir, "bang.csv"), []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runParseArgs(t, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "bang.csv: skipped") {
		t.Errorf("stderr lacks the skipped CSV: %s", errs)
	}
	var docs []struct {
		Targets []json.RawMessage `json:"targets"`
		Tasks   []json.RawMessage `json:"tasks"`
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Tasks) != 14 || len(docs[1].Targets) != 39 || len(docs[1].Tasks) != 78 {
		t.Errorf("got %d documents: %+v", len(docs), docs)
	}
}

// The workbook of cchc parse writes findings in the language asked for;
// findings without a Text keep their Message.
func TestFindingsIn(t *testing.T) {
	ocr := i18n.Msgf("the page is a scan and OCR (Tesseract, %s) found no text on it", "vie")
	fs := []dataset.Finding{
		{Kind: "ocr_text", Message: "page 3: " + ocr.String(), Text: i18n.Msgf("page %d: %s", 3, ocr)},
		{Kind: "other", Message: "kept as it is"},
	}
	tests := []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.EN, []string{"page 3: the page is a scan and OCR (Tesseract, vie) found no text on it", "kept as it is"}},
		{i18n.VI, []string{"trang 3: trang là bản quét và OCR (Tesseract, vie) không nhận ra chữ nào", "kept as it is"}},
	}
	for _, tc := range tests {
		got := findingsIn(fs, tc.lang)
		for i, f := range got {
			if f.Message != tc.want[i] || f.Kind != fs[i].Kind {
				t.Errorf("%s: finding %d reads %q (%s), want %q", tc.lang, i, f.Message, f.Kind, tc.want[i])
			}
		}
	}
	if fs[0].Message != "page 3: the page is a scan and OCR (Tesseract, vie) found no text on it" {
		t.Errorf("the input was changed: %q", fs[0].Message)
	}
}
