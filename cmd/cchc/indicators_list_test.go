package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

func TestIndicatorsListText(t *testing.T) {
	code, out, errOut := runCmd(t, "indicators", "list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{"online_submission_rate", "civil_servant_headcount", "lower", "PAR INDEX", "PAPI", "scale break in 2018", "top 30"} {
		if !strings.Contains(strings.ToLower(out), strings.ToLower(w)) {
			t.Errorf("output lacks %q", w)
		}
	}
}

func TestIndicatorsListCSV(t *testing.T) {
	code, out, errOut := runCmd(t, "indicators", "list", "--format", "csv", "--bom")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Error("no BOM with --bom")
	}
	rows, err := csv.NewReader(bytes.NewReader([]byte(strings.TrimPrefix(out, "\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := 1 + len(indicators.Default().Metrics()) + len(indicators.Indices())
	if len(rows) != want {
		t.Fatalf("%d rows, want %d", len(rows), want)
	}
	last := rows[len(rows)-1]
	if last[0] != "index" || last[1] != "DDCI" {
		t.Errorf("last row %v", last)
	}
	if code, _, _ := runCmd(t, "indicators", "list", "--format", "xml"); code != 2 {
		t.Errorf("--format xml: exit %d, want 2", code)
	}
}

// indicators list --lang vi writes the catalogue's content in Vietnamese:
// index names as Vietnamese sources write them, publisher, scale, caveats,
// areas, levels and directions; ids stay English.
func TestIndicatorsListVietnamese(t *testing.T) {
	tests := []struct {
		lang          string
		want, notWant []string
	}{
		{"vi", []string{"Chỉ số cải cách hành chính (PAR INDEX)", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
			"Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
			"Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) (766)",
			"cơ quan công bố: Bộ Nội vụ\n", "điểm trên thang 100", "Thang điểm thay đổi năm 2018",
			"online_submission_rate", "thấp hơn", "cấp tỉnh,cấp huyện,cấp xã", "Thủ tục hành chính", "Tỷ lệ hồ sơ nộp trực tuyến toàn trình"},
			[]string{"Ministry of Home Affairs", "points out of 100", "Scale break", "caveat", "higher", "province,district"}},
		{"en", []string{"PAR INDEX — Public Administration Reform Index", "Scale break in 2018", "province,district,commune",
			"Full-process online submission rate", "lower"},
			[]string{"Thang điểm thay đổi", "cơ quan công bố"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			code, out, errOut := runCmd(t, "indicators", "list", "--lang", tc.lang)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output holds %q", w)
				}
			}
		})
	}
}
