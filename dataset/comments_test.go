package dataset

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// TestCSVCommentsAndLines reads CSV files that start with comment lines
// ('#' first): the comments are skipped, and the line of every row read
// (Loaded.Lines) and rejected stays the file's own line.
func TestCSVCommentsAndLines(t *testing.T) {
	const h = "index,province,year,value,unit\n"
	const row = "PCI,Ha Tinh,2011,65.97,points\n"
	long := "# " + strings.Repeat("dài ", 40000) + "\n" // longer than the reader's 64 KiB buffer
	tests := []struct {
		name    string
		content string
		lines   []int // lines of the rows read
		rejects []rej
	}{
		{"no comments", h + row + row, []int{2, 3}, nil},
		{"two comments", "# số liệu minh họa\n# nguồn: x\n" + h + row + "PCI,Ha Tinh,2O12,1,p\n" + row,
			[]int{4, 6}, []rej{{5, "year", "2O12"}}},
		{"blank lines among comments", "\n# a\n\n \t\n# b\n\n" + h + row, []int{8}, nil},
		{"crlf", strings.ReplaceAll("# a\n\n# b\n"+h+row+"PCI,Ha Tinh,x,1,p\n", "\n", "\r\n"),
			[]int{5}, []rej{{6, "year", `"x"`}}},
		{"bom then comments", "\uFEFF# a\n# b\n" + h + row, []int{4}, nil},
		{"bom and crlf", "\uFEFF" + strings.ReplaceAll("# a\n"+h+row+row, "\n", "\r\n"), []int{3, 4}, nil},
		{"last comment without a blank line", "#\n#\n#\n" + h + row, []int{5}, nil},
		{"comment holding other delimiters", "# a;b;c;d;e;f\n# x|y|z\nindex;province;year;value\nPCI;Ha Tinh;2011;65,97\n", []int{4}, nil},
		{"comment longer than the buffer", long + h + row + row, []int{3, 4}, nil},
		{"quoted field spanning lines", "# a\n" + h + "PCI,Ha Tinh,2011,65.97,\"points\nper\n100\"\n" + row,
			[]int{3, 6}, nil},
		{"rejected row after a multi-line field", "# a\n# b\n" + h + "PCI,Ha Tinh,2011,65.97,\"a\r\nb\"\r\nPCI,Ha Tinh,2O12,1,p\n",
			[]int{4}, []rej{{6, "year", "2O12"}}},
		{"unclosed quote names the file's lines", "# a\n" + h + row + "PCI,\"Ha Tinh,2011,1,p\n" + row,
			[]int{3}, []rej{{4, "", "lines 4 to 5 were read as one row"}}},
		{"stray quote names the file's line", "# a\n" + h + "PCI,\"Ha\" Tinh,2011,1,p\n" + row,
			[]int{4}, []rej{{3, "", "follows a closing quote"}}},
		{"quote error on a later line of a row", "# a\n# b\n" + h + "PCI,\"Ha\nTinh\"x,2011,1,p\n" + row,
			[]int{6}, []rej{{4, "", "(line 5)"}}},
		{"too many fields", "# a\n" + h + "PCI,Ha Tinh,2011,65,97,points\n", nil, []rej{{3, "", "6 fields"}}},
		{"excel sep line after a comment", "# a\nsep=;\nindex;province;year;value\nPCI;Ha Tinh;2011;65,97\n", []int{4}, nil},
		{"comments after the excel sep line", "sep=;\n# a\n\nindex;province;year;value\nPCI;Ha Tinh;2011;65,97\n", []int{5}, nil},
		{"header only after comments", "# a\n" + h, nil, nil},
		{"# after the header is data", h + "#1,Ha Tinh,2011,1,p\n# 2,Ha Tinh,2012,2,p\n", []int{2, 3}, nil},
		{"blank lines inside the table are not rows", "# a\n" + h + row + "\n\n" + row, []int{3, 6}, nil},
		{"quoted # header", "\"#\",index,province,year,value\n1,PCI,Ha Tinh,2011,1\n", []int{2}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			l, err := readString(t, mem, "in.csv", tc.content, "")
			if err != nil {
				t.Fatal(err)
			}
			defer l.Release()
			checkInvariant(t, l)
			if l.Kind != KindIndexValues {
				t.Errorf("kind %s, want index_values", l.Kind)
			}
			if !slices.Equal(l.Lines, tc.lines) && len(l.Lines)+len(tc.lines) > 0 {
				t.Errorf("rows at lines %v, want %v", l.Lines, tc.lines)
			}
			if len(l.Rejected) != len(tc.rejects) {
				t.Fatalf("rejected %v, want %v", l.Rejected, tc.rejects)
			}
			for i, w := range tc.rejects {
				g := l.Rejected[i]
				if g.Line != w.line || g.Column != w.column || !strings.Contains(g.Reason, w.reason) {
					t.Errorf("rejected %+v, want line %d column %q reason containing %q", g, w.line, w.column, w.reason)
				}
			}
		})
	}
}

// TestCSVCommentsBadFile covers whole-file errors in files with comment
// lines: the line of each error counts the comments.
func TestCSVCommentsBadFile(t *testing.T) {
	tests := []struct {
		name    string
		content string
		is      error
		line    int
		want    string
	}{
		{"empty", "", ErrEmptyFile, 0, "empty"},
		{"comments only", "# a\n# b\n", ErrEmptyFile, 0, "2 comment line(s)"},
		{"comment without a line break", "# a", ErrEmptyFile, 0, "1 comment line(s)"},
		{"comments and blank lines only", "\uFEFF# a\r\n\r\n  \r\n# b", ErrEmptyFile, 0, "2 comment line(s)"},
		{"duplicated column", "# a\n# b\nindex,province,year,value,Year\n", ErrDuplicateColumn, 3, `column 5 ("Year")`},
		{"missing column", "# a\n\nindex,province,value\n", ErrMissingColumn, 3, `column "year"`},
		{"not UTF-8 in a row", "# a\nindex,province,year,value\nPCI,H\xe0 T\xecnh,2011,1\n", ErrNotUTF8, 3, "0xE0"},
		{"not UTF-8 in the header", "# a\n# b\nindex,t\xecnh,year,value\n", ErrNotUTF8, 3, "not UTF-8"},
		{"unknown kind", "# index,province,year,value\na,b\n", ErrUnknownKind, 2, `"a", "b"`},
		{"indented # is not a comment", "  # a\nindex,province,year,value\n", ErrUnknownKind, 1, `"# a"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			l, err := readString(t, mem, "in.csv", tc.content, "")
			if err == nil {
				l.Release()
				t.Fatal("no error")
			}
			var pe *ParseError
			if !errors.Is(err, tc.is) || !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError wrapping %v", err, tc.is)
			}
			if pe.File != "in.csv" || pe.Line != tc.line || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q: want in.csv line %d, containing %q", err, tc.line, tc.want)
			}
		})
	}
}

// TestLinesOtherFormats checks Loaded.Lines outside CSV: the line where a
// JSON record starts, the row number (header = 1) of Arrow, Parquet and
// FromArrow rows.
func TestLinesOtherFormats(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	json := "[\n{\"index\": \"PCI\", \"province\": \"Ha Tinh\", \"year\": 2011, \"value\": 65.97},\n" +
		"{\"index\": \"PCI\", \"province\": \"Ha Tinh\", \"year\": \"2O12\", \"value\": 1},\n\n" +
		"{\"index\": \"PCI\",\n \"province\": \"Ha Tinh\", \"year\": 2013, \"value\": 60}]\n"
	l, err := Read(strings.NewReader(json), "in.json", "", "", mem)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariant(t, l)
	if !slices.Equal(l.Lines, []int{2, 5}) || len(l.Rejected) != 1 || l.Rejected[0].Line != 3 {
		t.Errorf("JSON: rows at lines %v, rejected %v; want rows at 2 and 5, line 3 rejected", l.Lines, l.Rejected)
	}
	rec := l.Record
	rec.Retain()
	l.Release()
	defer rec.Release()

	for _, f := range []Format{FormatArrow, FormatParquet} {
		var buf bytes.Buffer
		if err := Write(&buf, f, rec, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		back, err := Read(bytes.NewReader(buf.Bytes()), "in."+string(f), f, "", mem)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariant(t, back)
		if !slices.Equal(back.Lines, []int{2, 3}) {
			t.Errorf("%s: rows at %v, want [2 3]", f, back.Lines)
		}
		back.Release()
	}
	fa, err := FromArrow(rec, "frame", KindIndexValues, mem)
	if err != nil {
		t.Fatal(err)
	}
	defer fa.Release()
	checkInvariant(t, fa)
	if !slices.Equal(fa.Lines, []int{2, 3}) {
		t.Errorf("FromArrow: rows at %v, want [2 3]", fa.Lines)
	}
}
