package plots

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/index766"
)

// index766Groups returns the series names of the six groups and their
// legend labels with the maximum points.
func index766Groups() (parts, labels []string) {
	for _, g := range index766.Groups() {
		parts = append(parts, "766 "+g.Name)
		labels = append(labels, g.Name+" ("+formatNumber(g.MaxPoints, 0, "vi")+")")
	}
	return parts, labels
}

func TestStacked766Golden(t *testing.T) {
	rows, err := index766.Read(filepath.Join("..", "testdata", "real", "index_766.csv"))
	if err != nil {
		t.Fatal(err)
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := dataset.IndexValuesToRecord(mem, index766.Series(rows, "2025 (year to date)"))
	defer rec.Release()
	parts, labels := index766Groups()
	c, err := Stacked(rec, StackedOptions{
		Common: Common{Title: "Bộ chỉ số 766: 34 tỉnh, thành phố, năm 2025 (đến 16/10/2025)",
			Note: "Nguồn: Cổng Dịch vụ công quốc gia, báo cáo report_tinh_766_service, chụp ngày 16/10/2025."},
		Parts: parts, PartLabels: labels, Highlight: []string{"Hà Tĩnh"}, Max: 100,
	})
	if err != nil {
		t.Fatal(err)
	}
	if m := c.MissingGlyphs(); len(m) > 0 {
		t.Errorf("missing glyphs %q", m)
	}
	svg := string(c.SVG())
	for _, s := range []string{"1. Bắc Ninh", "18. Hà Tĩnh", "91,70", "Tiến độ giải quyết (20)"} {
		if !strings.Contains(svg, s) && !strings.Contains(svg, strings.ToLower(s)) {
			t.Errorf("SVG lacks %q", s)
		}
	}
	checkGolden(t, "stacked_766", c)
}

func TestStackedErrors(t *testing.T) {
	mem := memory.NewGoAllocator()
	rec := dataset.IndexValuesToRecord(mem, []dataset.IndexValue{
		{Index: "a", Province: "Hà Tĩnh", Year: 2025, Value: 1},
		{Index: "a", Province: "Hà Tĩnh", Year: 2025, Value: 2},
	})
	defer rec.Release()
	if _, err := Stacked(rec, StackedOptions{}); !errors.Is(err, ErrOptions) {
		t.Errorf("duplicate: %v", err)
	}
	if _, err := Stacked(nil, StackedOptions{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("nil: %v", err)
	}
	if _, err := Stacked(rec, StackedOptions{Value: "nope"}); err == nil {
		t.Error("missing column: no error")
	}
}
