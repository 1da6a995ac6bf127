package index766

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Group names of the index (Row.Group), in the portal's order, and the
// total.
const (
	GroupTotal        = "total"
	GroupPublicity    = "công khai, minh bạch"
	GroupProgress     = "tiến độ giải quyết"
	GroupOnline       = "dịch vụ công trực tuyến"
	GroupPayment      = "thanh toán trực tuyến"
	GroupSatisfaction = "mức độ hài lòng"
	GroupDigitisation = "số hóa hồ sơ"
)

// Group is one group of the index with its maximum points.
type Group struct {
	Name      string
	MaxPoints float64
}

// Groups returns the six groups with the points the decision gives each
// (they add up to 100).
func Groups() []Group {
	return []Group{{GroupPublicity, 18}, {GroupProgress, 20}, {GroupOnline, 12},
		{GroupPayment, 10}, {GroupSatisfaction, 18}, {GroupDigitisation, 22}}
}

// Levels of Row.Level.
const (
	LevelProvince   = "province"
	LevelDepartment = "department"
	LevelMinistry   = "ministry"
)

// Row is one published figure.
type Row struct {
	// Index is the series name as written ("766 total", "766 tiến độ giải quyết").
	Index string
	// Group is Index without its "766 " prefix: GroupTotal or a group name.
	Group string
	// Unit is the unit scored as written ("TP Hà Nội", "Sở Y tế (An Giang)").
	Unit string
	// Province is the canonical province name for level "province", else "".
	Province string
	// Level is LevelProvince, LevelDepartment or LevelMinistry.
	Level string
	// Period is as written: "2025 (year to date)", "2025-10 (month to date)", "2024".
	Period string
	// Year is the period's year.
	Year int
	// Captured is the day the figure was read from the portal, may be empty.
	Captured string
	// Value is the points; MaxPoints the group's (or the total's) maximum.
	Value, MaxPoints float64
	// Rank is the published rank, 0 when none or when given in words.
	Rank int
	// RankNote is the rank as written when it is more than a number
	// ("62 (second last)", "last (ministries)").
	RankNote string
	// Source says where the figure was read.
	Source string
	// Line is the row's line in the file.
	Line int
}

// columns of index_766.csv.
var columns = []string{"index", "unit", "level", "period", "captured", "value", "max_points", "rank_if_any", "source"}

// Read reads an index_766.csv file. A row that does not read (a number
// that does not parse, a province that does not resolve, a group that is
// not one of the six) is an error naming the file, line and column.
func Read(path string) ([]Row, error) {
	recs, err := readCSV(path, columns)
	if err != nil {
		return nil, err
	}
	var out []Row
	for _, r := range recs {
		row, err := parseRow(r.cells)
		if err != nil {
			return nil, i18n.Errorf("%s:%d: %w", path, r.line, err)
		}
		row.Line = r.line
		out = append(out, row)
	}
	return out, nil
}

// parseRow reads the cells of one row, in columns order.
func parseRow(c []string) (Row, error) {
	r := Row{Index: vntext.NFC(c[0]), Unit: vntext.NFC(c[1]), Level: c[2], Period: c[3],
		Captured: c[4], Source: vntext.NFC(c[8])}
	var err error
	if r.Group, err = groupOf(r.Index); err != nil {
		return r, i18n.Errorf("column \"index\": %w", err)
	}
	if r.Year, err = strconv.Atoi(prefix(r.Period, 4)); err != nil {
		return r, i18n.Errorf("column \"period\": %q does not start with a year", r.Period)
	}
	if r.Value, err = number(c[5]); err != nil || math.IsNaN(r.Value) {
		return r, i18n.Errorf("column \"value\": %q is not a number", c[5])
	}
	if r.MaxPoints, err = number(c[6]); err != nil {
		return r, i18n.Errorf("column \"max_points\": %q is not a number", c[6])
	}
	if s := strings.TrimSpace(c[7]); s != "" {
		// A rank may carry a remark ("62 (second last)") or be words only
		// ("last (ministries)"): the text is kept in RankNote.
		if n, err := strconv.Atoi(strings.Fields(s)[0]); err == nil && n >= 1 {
			r.Rank = n
		}
		if s != strconv.Itoa(r.Rank) {
			r.RankNote = s
		}
	}
	switch r.Level {
	case LevelProvince:
		p, ok := vntext.CanonicalProvince(r.Unit)
		if !ok {
			return r, i18n.Errorf("column \"unit\": %q is not a province of the register", r.Unit)
		}
		r.Province = p
	case LevelDepartment, LevelMinistry:
	default:
		return r, i18n.Errorf("column \"level\": %q (want province, department or ministry)", r.Level)
	}
	return r, nil
}

// groupOf returns the group an index name names.
func groupOf(index string) (string, error) {
	g, ok := strings.CutPrefix(index, "766 ")
	if !ok {
		return "", i18n.Errorf("%q is not a 766 series", index)
	}
	if g == GroupTotal {
		return g, nil
	}
	for _, x := range Groups() {
		if vntext.Fold(x.Name) == vntext.Fold(g) {
			return x.Name, nil
		}
	}
	return "", i18n.Errorf("%q is not one of the six groups", g)
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// number parses a cell; an empty cell is NaN.
func number(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return math.NaN(), nil
	}
	v, _, err := vntext.ParseNumber(s)
	return v, err
}

// Series returns the province rows of one period (as written, e.g. "2025
// (year to date)") as index values: Index is the series name, Unit
// "points (0-N)".
func Series(rows []Row, period string) []dataset.IndexValue {
	var out []dataset.IndexValue
	for _, r := range rows {
		if r.Level != LevelProvince || r.Period != period {
			continue
		}
		v := dataset.IndexValue{Index: r.Index, Province: r.Province, Year: r.Year, Value: r.Value,
			Unit: fmt.Sprintf("points (0-%g)", r.MaxPoints), Source: r.Source}
		if r.Rank > 0 {
			rank := r.Rank
			v.Rank = &rank
		}
		out = append(out, v)
	}
	return out
}

// Count is one line of a counts file: a numerator and denominator behind
// a score, and the points when published.
type Count struct {
	Province, Period, Metric string
	// Numerator and Denominator are -1 when not given.
	Numerator, Denominator int64
	// Value is the value as written ("88.42", "98.60 (derived)", "4.1 days").
	Value string
	// Points and MaxPoints are NaN when not given.
	Points, MaxPoints float64
	Source            string
	Line              int
}

var countColumns = []string{"province", "period", "metric", "numerator", "denominator", "value_pct", "points", "max_points", "source_file"}

// ReadCounts reads a counts file such as phu_tho_766_counts_2026.csv.
func ReadCounts(path string) ([]Count, error) {
	recs, err := readCSV(path, countColumns)
	if err != nil {
		return nil, err
	}
	var out []Count
	for _, r := range recs {
		c := r.cells
		p, ok := vntext.CanonicalProvince(c[0])
		if !ok {
			return nil, i18n.Errorf("%s:%d: column \"province\": %q is not a province of the register", path, r.line, c[0])
		}
		n := Count{Province: p, Period: c[1], Metric: c[2], Value: c[5], Source: c[8], Line: r.line}
		for i, dst := range []*int64{&n.Numerator, &n.Denominator} {
			*dst = -1
			if s := strings.TrimSpace(c[3+i]); s != "" {
				if *dst, err = vntext.ParseCount(s); err != nil {
					return nil, i18n.Errorf("%s:%d: column %q: %w", path, r.line, countColumns[3+i], err)
				}
			}
		}
		for i, dst := range []*float64{&n.Points, &n.MaxPoints} {
			if *dst, err = number(c[6+i]); err != nil {
				return nil, i18n.Errorf("%s:%d: column %q: %w", path, r.line, countColumns[6+i], err)
			}
		}
		out = append(out, n)
	}
	return out, nil
}

// csvRow is a data row with its line.
type csvRow struct {
	cells []string
	line  int
}

// readCSV reads a CSV file whose header must be want, in order.
func readCSV(path string, want []string) ([]csvRow, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	cr := csv.NewReader(fh)
	cr.FieldsPerRecord = len(want)
	header, err := cr.Read()
	if err != nil {
		return nil, i18n.Errorf("%s:1: header: %w", path, err)
	}
	for i, h := range header {
		if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) != want[i] {
			return nil, i18n.Errorf("%s:1: column %d is %q, want %q", path, i+1, h, want[i])
		}
	}
	var out []csvRow
	for {
		cells, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, i18n.Errorf("%s: %w", path, err)
		}
		out = append(out, csvRow{cells: cells, line: line})
	}
}
