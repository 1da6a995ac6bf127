package plandoc

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// deadlineSeeds are deadline texts from the seed plans and their
// mutations (diacritics dropped, cut short, doubled, odd separators).
var deadlineSeeds = []string{
	"Quý II-III/2024", "Quý II, III/2025", "Quý 2 – Quý 3 năm 2024", "Tháng 01/2025",
	"trước 30/11/2024", "Thường xuyên trong năm 2024", "Thường xuyên", "Tối thiểu 01 lần/năm",
	"Sau khi các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS",
	"- Nhiệm vụ 6 tháng: tháng 5/2024; - Nhiệm vụ cả năm: tháng 10/2024",
	"- Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu 05 ngày); - Báo cáo năm trước 26/11/2024",
	"Năm 2025", "Trong năm", "30/11/2024", "6 tháng đầu năm", "Quý I- IV năm 2025",
	"Quy II-III/2024", "Quý II-III/20", "Quý II-III/2024Quý II-III/2024", "31/02/2024",
	"Tháng 3-4/2025", "ngày 15 tháng 3 năm 2025", "Quý 1/2024 (<i>sau khi KH được ban hành</i>)",
	"99/99/9999", "Quý IIIIIIIII", "tháng 0/0", "năm 99999999999999999999", "\x00\xff", "",
}

// FuzzParseDeadline checks that ParseDeadline never panics and that what it
// returns is well formed: the text as given (trimmed, NFC), a known kind,
// real ISO dates with Start not after End, and no dates for conditions.
func FuzzParseDeadline(f *testing.F) {
	for _, s := range deadlineSeeds {
		f.Add(s, 2024)
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, year int) {
		d := ParseDeadline(s, year)
		if utf8.ValidString(s) && d.Text != strings.TrimSpace(vntext.NFC(s)) {
			t.Fatalf("Text = %q, want the input %q", d.Text, s)
		}
		switch d.Kind {
		case "", dataset.DeadlineDate, dataset.DeadlineRange, dataset.DeadlineRecurring,
			dataset.DeadlineContinuous, dataset.DeadlineConditional:
		default:
			t.Fatalf("unknown kind %q", d.Kind)
		}
		var start, end time.Time
		var err error
		if d.Start != "" {
			if start, err = time.Parse("2006-01-02", d.Start); err != nil {
				t.Fatalf("Start %q: %v", d.Start, err)
			}
		}
		if d.End != "" {
			if end, err = time.Parse("2006-01-02", d.End); err != nil {
				t.Fatalf("End %q: %v", d.End, err)
			}
		}
		if d.Start != "" && d.End != "" && start.After(end) {
			t.Fatalf("Start %s after End %s for %q", d.Start, d.End, s)
		}
		if (d.Kind == "" || d.Kind == dataset.DeadlineConditional) && (d.Start != "" || d.End != "") {
			t.Fatalf("kind %q with dates %s..%s for %q", d.Kind, d.Start, d.End, s)
		}
		if d.Start != "" && d.End == "" {
			t.Fatalf("Start without End for %q", s)
		}
	})
}

// FuzzParseBudget checks that ParseBudget never panics and returns finite
// amounts, with a unit only beside an amount.
func FuzzParseBudget(f *testing.F) {
	for _, s := range []string{"380", "0", "1.500", "2,5", "1.234,5 triệu đồng", "50 triệu đồng",
		"Kinh phí thường xuyên", "Theo dự toán được cấp", "Thông tư số 92/202 1/TT BTC ngày 28/10/ 2021",
		"9999999999999999999999999999999999999", "1e308", "1.", ",5", "<b>380</b>", "\xff"} {
		f.Add(s, "")
		f.Add(s, "triệu đồng")
	}
	f.Fuzz(func(t *testing.T, s, unit string) {
		b := ParseBudget(s, unit)
		if b.Amount != nil && (math.IsNaN(*b.Amount) || math.IsInf(*b.Amount, 0)) {
			t.Fatalf("amount %v for %q", *b.Amount, s)
		}
		if b.Amount == nil && b.Unit != "" {
			t.Fatalf("unit %q without an amount for %q", b.Unit, s)
		}
	})
}

// FuzzSplitAgencies checks that splitting a cell never panics, never
// yields an empty name and never yields the same name twice.
func FuzzSplitAgencies(f *testing.F) {
	for _, s := range []string{"Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
		"Sở, ban, ngành có liên quan", "Sở Nội vụ và các đơn vị liên quan; Sở TT&TT",
		"5.1. Trung tâm Tư vấn 5.2. Sở Tài chính (đối với (các) đơn vị", "((((", "))))", " - - - ",
		"<ul><li>Sở Tư pháp</li><li>Sở TTTT</li></ul>", "Sở", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seen := map[string]bool{}
		for _, a := range SplitAgencies(s) {
			if strings.TrimSpace(a) == "" {
				t.Fatalf("empty agency from %q", s)
			}
			if seen[a] {
				t.Fatalf("agency %q twice from %q", a, s)
			}
			seen[a] = true
		}
		NormaliseAgency(s)
	})
}

// FuzzExtractTasks runs the task extractor on the seed plans and their
// mutations: every task has a line inside the input, and the same input
// gives the same tasks. The seeds go in pieces of at most fuzzPieceBytes
// (see FuzzParse: whole plans leave the fuzzer minimising).
func FuzzExtractTasks(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "plans", "*.txt"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		for _, text := range []string{string(b), mutateDropDiacritics(lines), mutateCutLines(lines, 7),
			mutateDoublePages(lines, 2), mutateDoublePages(lines, 5)} {
			for _, piece := range fuzzPieces([]byte(text), fuzzPieceBytes) {
				f.Add(string(piece))
			}
		}
	}
	f.Add("PHỤ LỤC\n|\nTT |\nNội dung |\nChủ trì |\nPhối hợp |\nThời gian |\n|\n1 |\n|||\n")
	f.Add("TT\tNHIỆM VỤ\tSẢN PHẨM\tCƠ QUAN CHỦ TRÌ\tCƠ QUAN PHỐI HỢP\tTHỜI GIAN\n\tx\n1.\ta\tb\tc\td\te\n")
	f.Add("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ:\na)\n- \n2.1\n")
	f.Add("STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn\nthành\nI\nCẢI CÁCH\n1\nRà soát của\nSở Tư pháp\n2\nII. X\n1\n")
	f.Add("|\n**TT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Phối hợp**\n|\n**Thời gian**\n|\n|\n**I. A**\n|\n|\n1\n|\nB\n|\nSở Y tế\n|\n|\nC\n|\nSở X\n|\n|\n2\n|\n")
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		tasks, fs := extractTasks(lines, 2024)
		for _, tk := range tasks {
			if tk.Source.Line < 1 || tk.Source.Line > len(lines) {
				t.Fatalf("task line %d outside 1..%d", tk.Source.Line, len(lines))
			}
			for _, a := range append(append([]string{}, tk.Lead...), tk.Partners...) {
				if strings.TrimSpace(a) == "" {
					t.Fatalf("empty agency in task at line %d", tk.Source.Line)
				}
			}
			if tk.Lead == nil || tk.Partners == nil {
				t.Fatalf("nil agency list in task at line %d", tk.Source.Line)
			}
		}
		for _, fd := range fs {
			for _, l := range fd.Lines {
				if l < 1 || l > len(lines) {
					t.Fatalf("finding %s names line %d outside 1..%d", fd.Kind, l, len(lines))
				}
			}
		}
		again, _ := extractTasks(lines, 2024)
		if len(again) != len(tasks) {
			t.Fatalf("second run gave %d tasks, first %d", len(again), len(tasks))
		}
	})
}

// mutateDropDiacritics folds every line, as an export that lost its
// diacritics would (lower case as well).
func mutateDropDiacritics(lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		// Fold each tab-separated cell so the tabs survive.
		cells := strings.Split(l, "\t")
		for j, c := range cells {
			cells[j] = vntext.Fold(c)
		}
		out[i] = strings.Join(cells, "\t")
	}
	return strings.Join(out, "\n")
}

// mutateCutLines drops every n-th line.
func mutateCutLines(lines []string, n int) string {
	var out []string
	for i, l := range lines {
		if i%n != n-1 {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// mutateDoublePages prints the first 1/n of the document twice.
func mutateDoublePages(lines []string, n int) string {
	head := lines[:len(lines)/n]
	return strings.Join(append(append(append([]string(nil), head...), head...), lines[len(lines)/n:]...), "\n")
}
