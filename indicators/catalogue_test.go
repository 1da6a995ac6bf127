package indicators_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/vntext"
)

func TestDefaultCatalogueWellFormed(t *testing.T) {
	areas := map[string]bool{}
	for _, a := range dataset.Areas() {
		areas[a] = true
	}
	levels := map[string]bool{"province": true, "district": true, "commune": true}
	units := map[string]bool{"percent": true, "count": true, "staff": true, "people": true, "times": true, "million_vnd": true, "points": true}
	seen := map[string]bool{}
	for _, m := range indicators.Default().Metrics() {
		if seen[m.ID] {
			t.Errorf("duplicate id %s", m.ID)
		}
		seen[m.ID] = true
		if m.NameVI == "" || m.NameEN == "" || len(m.Phrases) == 0 {
			t.Errorf("%s: names and phrases are required", m.ID)
		}
		if !areas[m.Area] {
			t.Errorf("%s: unknown area %q", m.ID, m.Area)
		}
		if !units[m.Unit] {
			t.Errorf("%s: unknown unit %q", m.ID, m.Unit)
		}
		for _, l := range m.Levels {
			if !levels[l] {
				t.Errorf("%s: unknown level %q", m.ID, l)
			}
		}
		for _, p := range m.Phrases {
			if p != vntext.Fold(p) {
				t.Errorf("%s: phrase %q is not folded", m.ID, p)
			}
		}
		if m.NameVI != vntext.NFC(m.NameVI) {
			t.Errorf("%s: NameVI is not NFC", m.ID)
		}
	}
}

func TestMatch(t *testing.T) {
	cat := indicators.Default()
	tests := []struct {
		text, want string
	}{
		{"Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%", "online_submission_rate"},
		{"TY LE NOP HO SO TRUC TUYEN TOAN TRINH", "online_submission_rate"},
		{"Tỷ lệ TTHC đủ điều kiện được triển khai dịch vụ công trực tuyến toàn trình được tích hợp trên Cổng dịch vụ công quốc gia", "online_service_integration_rate"},
		{"Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 60%", "online_payment_rate"},
		{"Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC", "satisfaction_rate"},
		{"giảm 28 biên chế công chức so với năm 2024", "civil_servant_headcount"},
		{"Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC trong năm 2025", "inspection_coverage"},
		{"ít nhất có 03 sáng kiến (hoặc giải pháp mới) về CCHC", "initiatives_count"},
		{"số hóa hồ sơ TTHC thuộc thẩm quyền giải quyết", "dossier_digitisation_rate"},
		{"Tỷ lệ sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý", "land_housing_rearrangement_rate"},
		{"thu hút nhân tài vào làm việc", "talent_attraction_rate"},
		{"chi hỗ trợ trực tiếp từ ngân sách nhà nước", "support_spending"},
		{"hồ sơ công việc tại UBND cấp xã được xác lập trên môi trường mạng", "e_records_rate"},
		// Punctuation does not matter.
		{"duy trì, cải tiến hệ thống", "iso_maintenance_rate"},
		{"duy trì và cải tiến hệ thống", "iso_maintenance_rate"},
		// The longest phrase wins: "tự chủ tài chính" against "tự chủ, tự chịu trách nhiệm".
		{"cơ quan hành chính nhà nước được giao quyền tự chủ, tự chịu trách nhiệm", "admin_autonomy_rate"},
		{"đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính", "financial_autonomy_rate"},
		// OCR text of seed 002: digits for letters, lost and wrong diacritics.
		{"TTHC duogc niém yét, cong khai dung quy dinh", "procedure_publication_rate"},
		{"Cong khai, minh bach tinh trang giai quyét TTHC d6i véi ho so da tiép nhan", "dossier_status_transparency_rate"},
		{"doanh nghi€p dang hoat dong duoc tu van, hd tro phap 1y", "business_legal_support_rate"},
		{"can bd, cong churc, vién chirc va nguoi lao dong cua nganh nam rd thong tin", "staff_informed_rate"},
		{"Tuyén truyén, pho bién kién thirc, chinh sich KH&CN cho nguoi dan va doanh nghiép", "outreach_people"},
		// A "*" gap: up to ten words between the parts.
		{"phổ biến kiến thức, chính sách khoa học và công nghệ cho người dân và doanh nghiệp", "outreach_people"},
		// No metric.
		{"Tổ chức 04 cuộc tập huấn nâng cao nhận thức", ""},
		{"", ""},
	}
	for _, tc := range tests {
		m, ok := cat.Match(tc.text)
		if got := m.ID; got != tc.want || ok != (tc.want != "") {
			t.Errorf("Match(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
		}
	}
}

func TestMatchGapIsBounded(t *testing.T) {
	cat := indicators.NewCatalogue([]indicators.Metric{{ID: "x", Phrases: []string{"alpha * omega"}}})
	if _, ok := cat.Match("alpha " + strings.Repeat("w ", 10) + "omega"); !ok {
		t.Error("ten words between the parts should match")
	}
	if _, ok := cat.Match("alpha " + strings.Repeat("w ", 11) + "omega"); ok {
		t.Error("eleven words between the parts should not match")
	}
	if _, ok := cat.Match("omega alpha"); ok {
		t.Error("parts out of order should not match")
	}
}

func TestLookupAndSuggest(t *testing.T) {
	cat := indicators.Default()
	if m, ok := cat.Lookup("online_payment_rate"); !ok || m.Unit != "percent" {
		t.Errorf("Lookup(online_payment_rate) = %+v, %v", m, ok)
	}
	if _, ok := cat.Lookup("nope"); ok {
		t.Error("Lookup(nope) found something")
	}
	if s := cat.Suggest("online_paymnet_rate"); len(s) == 0 || s[0] != "online_payment_rate" {
		t.Errorf("Suggest(online_paymnet_rate) = %v", s)
	}
}

// TestSeedTargetsHaveMetrics checks that every target of the five seed
// plans gets a catalogue metric whose unit agrees with the target's (a
// change target in percent of a spending metric excepted: its observations
// are amounts, the target is their relative change).
func TestSeedTargetsHaveMetrics(t *testing.T) {
	files, err := filepath.Glob("../testdata/plans/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seed plans: %v, %d files", err, len(files))
	}
	cat := indicators.Default()
	total := 0
	for _, f := range files {
		d, err := plandoc.ParseFile(f, cat)
		if err != nil {
			t.Fatal(err)
		}
		for _, tg := range d.Targets {
			total++
			m, ok := cat.Lookup(tg.Metric)
			if !ok {
				t.Errorf("%s %s (line %d): no metric for %q", filepath.Base(f), tg.Code, tg.Source.Line, tg.Subject)
				continue
			}
			if m.Unit != tg.Unit && !(tg.Change != "" && tg.Unit == "percent") {
				t.Errorf("%s %s: target unit %s, metric %s unit %s", filepath.Base(f), tg.Code, tg.Unit, m.ID, m.Unit)
			}
		}
	}
	if total != 47 {
		t.Errorf("%d seed targets, want 47 (3 + 0 + 5 + 39 + 0)", total)
	}
}

func ExampleCatalogue_Match() {
	cat := indicators.Default()
	for _, text := range []string{
		"Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%",
		"Muc do hai long cua nguoi dan", // OCR, diacritics lost
	} {
		m, _ := cat.Match(text)
		fmt.Println(m.ID, m.Unit, m.Area)
	}
	// Output:
	// online_submission_rate percent procedures
	// satisfaction_rate percent procedures
}

func TestMatchesRanked(t *testing.T) {
	cat := indicators.Default()
	ms := cat.Matches("đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính, tự chủ, tự chịu trách nhiệm")
	if len(ms) < 2 || ms[0].ID != "admin_autonomy_rate" || ms[1].ID != "financial_autonomy_rate" {
		var ids []string
		for _, m := range ms {
			ids = append(ids, m.ID)
		}
		t.Errorf("Matches = %v, want admin_autonomy_rate then financial_autonomy_rate", ids)
	}
	if m, _ := cat.Match("tự chủ tài chính, tự chủ, tự chịu trách nhiệm"); m.ID != ms[0].ID {
		t.Errorf("Match and Matches disagree: %s", m.ID)
	}
	if ms := cat.Matches("không có gì"); ms != nil {
		t.Errorf("Matches of unrelated text = %v", ms)
	}
}

// TestNamesAnyAgreesWithMatches checks that NamesAny(text, {id}) holds
// exactly when Matches(text) lists the metric id, for texts that name
// one metric, several, a metric with an OCR error, or none.
func TestNamesAnyAgreesWithMatches(t *testing.T) {
	cat := indicators.Default()
	texts := []string{
		"Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%",
		"100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
		"tỷ lệ hồ sơ trực tuyến đạt 80%; mức độ hài lòng của người dân đạt 90%",
		"Tỷ 1ệ hồ sơ giải quyết đúng hạn",
		"cắt giảm tối thiểu 30% thời gian thực hiện TTHC và 20% chi phí tuân thủ",
		"Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%",
		"Ngày 15 tháng 3 năm 2025",
		"",
	}
	for _, text := range texts {
		named := map[string]bool{}
		for _, m := range cat.Matches(text) {
			named[m.ID] = true
		}
		all := map[string]bool{}
		for _, m := range cat.Metrics() {
			all[m.ID] = true
			if got := cat.NamesAny(text, map[string]bool{m.ID: true}); got != named[m.ID] {
				t.Errorf("NamesAny(%q, %s) = %v, Matches lists it: %v", text, m.ID, got, named[m.ID])
			}
		}
		if got := cat.NamesAny(text, all); got != (len(named) > 0) {
			t.Errorf("NamesAny(%q, every metric) = %v, Matches lists %d", text, got, len(named))
		}
	}
}

// FuzzMatchWords checks that wordsOf splits a folded text as
// strings.FieldsFunc does at every rune that is no letter or digit, and
// that NamesAny over every metric agrees with Matches.
func FuzzMatchWords(f *testing.F) {
	for _, s := range []string{"", "Tỷ 1ệ hồ sơ", "a,b;c", "x\xffy", "٣٤ abc٣", "s6 103", "  Đ  "} {
		f.Add(s)
	}
	cat := indicators.Default()
	f.Fuzz(func(t *testing.T, s string) {
		f := vntext.Fold(s)
		want := strings.FieldsFunc(f, func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r))
		})
		if got := indicators.WordsOfForTest(f); !slices.Equal(got, want) {
			t.Fatalf("words of %q: %q, want %q", f, got, want)
		}
		named := len(cat.Matches(s)) > 0
		all := map[string]bool{}
		for _, m := range cat.Metrics() {
			all[m.ID] = true
		}
		if cat.NamesAny(s, all) != named {
			t.Errorf("NamesAny(%q) = %v, Matches names one: %v", s, !named, named)
		}
	})
}

// TestMatchCommonWordings checks other common wordings of the catalogue's
// metrics, in several variants each, and wordings that must not take
// them.
func TestMatchCommonWordings(t *testing.T) {
	cat := indicators.Default()
	tests := []struct{ text, want string }{
		// Satisfaction, however it is worded.
		{"Tỷ lệ hài lòng của người dân đối với giải quyết TTHC", "satisfaction_rate"},
		{"tỷ lệ hài lòng của tổ chức, cá nhân", "satisfaction_rate"},
		{"mức hài lòng của người dân và tổ chức", "satisfaction_rate"},
		{"sự hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính", "satisfaction_rate"},
		{"Mức độ hài lòng của doanh nghiệp", "satisfaction_rate"},
		{"người dân hài lòng với việc giải quyết thủ tục hành chính", "satisfaction_rate"},
		{"Chỉ số SIPAS của tỉnh", "satisfaction_rate"},
		{"TY LE HAI LONG CUA NGUOI DAN", "satisfaction_rate"},
		// Full-process online dossiers.
		{"Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình", "online_submission_rate"},
		{"hồ sơ TTHC được tiếp nhận trực tuyến", "online_submission_rate"},
		{"hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", "online_submission_rate"},
		{"hồ sơ được giải quyết hoàn toàn trực tuyến", "online_submission_rate"},
		// On-time completion.
		{"hồ sơ TTHC được giải quyết trước và đúng hạn", "ontime_completion_rate"},
		{"hồ sơ được giải quyết đúng và trước hạn", "ontime_completion_rate"},
		{"tỷ lệ hồ sơ trả kết quả đúng hạn", "ontime_completion_rate"},
		// Electronic results.
		{"tỷ lệ cấp kết quả điện tử", "result_digitisation_rate"},
		{"kết quả giải quyết TTHC điện tử được cấp", "result_digitisation_rate"},
		{"trả kết quả điện tử cho người dân", "result_digitisation_rate"},
		// Online payment.
		{"thủ tục có phát sinh thanh toán trực tuyến", "online_payment_rate"},
		// Procedures published.
		{"Công bố, công khai thủ tục hành chính", "procedure_publication_rate"},
		{"TTHC được công bố, công khai kịp thời", "procedure_publication_rate"},
		// Services on the national portal.
		{"TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia", "online_service_integration_rate"},
		{"thủ tục hành chính có đủ điều kiện được cung cấp dịch vụ công trực tuyến", "online_service_integration_rate"},
		// Other wordings of the rates and shares.
		{"hồ sơ TTHC được số hóa", "dossier_digitisation_rate"},
		{"Tỷ lệ hồ sơ giải quyết quá hạn", "overdue_open_rate"},
		{"tối thiểu 30% cơ quan được kiểm tra công tác cải cách hành chính", "inspection_coverage"},
		{"TTHC được công khai trên Cổng Dịch vụ công", "procedure_publication_rate"},
		{"đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên", "financial_autonomy_rate"},
		{"tổ chức ít nhất 02 hội nghị đối thoại với doanh nghiệp", "dialogue_count"},
		{"lãnh đạo tỉnh đối thoại với người dân", "dialogue_count"},
		// Not these metrics.
		{"TTHC nội bộ được rà soát, công bố, công khai", "internal_procedure_publication_rate"},
		{"hồ sơ giải quyết đúng hạn", "ontime_completion_rate"},
		{"phản ánh, kiến nghị được xử lý đúng hạn", ""},
		{"Tỷ lệ giao dịch không dùng tiền mặt", ""},
		{"Chỉ số PAR INDEX của tỉnh", ""},
	}
	for _, tc := range tests {
		m, ok := cat.Match(tc.text)
		if got := m.ID; got != tc.want || ok != (tc.want != "") {
			t.Errorf("Match(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
		}
	}
}
