package plots

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/imgcmp"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// imagesClose compares two PNGs approximately (see imgcmp.Close).
func imagesClose(a, b []byte, tol uint8, maxFrac float64) (bool, string, error) {
	return imgcmp.Close(a, b, tol, maxFrac)
}

// checkGolden compares c's PNG with testdata/<name>_golden.png.
func checkGolden(t *testing.T, name string, c *Chart) {
	t.Helper()
	got := c.PNG()
	if got == nil {
		t.Fatal("PNG rendering failed")
	}
	path := filepath.Join("testdata", name+"_golden.png")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	ok, msg, err := imagesClose(got, want, 48, 0.0003)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		out := filepath.Join(t.TempDir(), name+".png")
		os.WriteFile(out, got, 0o644)
		t.Errorf("%s: %s; got image written to %s", path, msg, out)
	}
}

// goldenCharts builds every chart kind from real data.
func goldenCharts(t *testing.T, mem memory.Allocator) (map[string]*Chart, func()) {
	t.Helper()
	pci := readIndexCSV(t, mem, "pci_2005_2019.csv")
	news := readIndexCSV(t, mem, "news_values.csv")
	scores := plan003Scores(mem)
	tasks := plan003Tasks(mem)
	def, err := dataset.ReadFile(filepath.Join("testdata", "scorecard_3098_illustrative.csv"), dataset.KindScores, mem)
	if err != nil {
		t.Fatal(err)
	}
	parsed := readLeadCSV(t, mem, filepath.Join("testdata", "plan003_tasks_lead.csv"))
	release := func() {
		pci.Release()
		news.Release()
		scores.Release()
		tasks.Release()
		def.Release()
		parsed.Release()
	}
	charts := map[string]*Chart{}
	add := func(name string, c *Chart, err error) {
		if err != nil {
			release()
			t.Fatalf("%s: %v", name, err)
		}
		charts[name] = c
	}
	c, err := Trend(pci, TrendOptions{
		Common:    Common{Title: "PCI 2005–2019: Hà Tĩnh, Hưng Yên, Quảng Trị và mặt bằng cả nước", Note: "Nguồn: VCCI, PCI các năm 2005–2019."},
		Selection: Selection{Entities: []string{"Ha Tinh", "Hung Yen", "Quang Tri"}},
		Band:      BandMedianIQR,
	})
	add("trend_pci", c, err)
	c, err = Bars(pci, BarsOptions{
		Common:      Common{Title: "PCI 2017–2019: các tỉnh Bắc Trung Bộ", Note: "Nguồn: VCCI."},
		Selection:   Selection{YearFrom: 2017, YearTo: 2019, Entities: []string{"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế"}},
		ValueLabels: true,
	})
	add("bars_pci", c, err)
	c, err = Heatmap(scores, HeatmapOptions{Common: Common{Title: "Kế hoạch CCHC 2025: mức đạt chỉ tiêu theo tỉnh"}})
	add("heatmap_plan003", c, err)
	c, err = Attainment(scores, AttainmentOptions{Common: Common{Title: "Tỷ lệ nộp hồ sơ trực tuyến toàn trình và các chỉ tiêu khác: Hưng Yên 2025"}, Entity: "Hưng Yên"})
	add("attainment_plan003", c, err)
	c, err = Workload(tasks, WorkloadOptions{Common: Common{Title: "Nhiệm vụ theo cơ quan chủ trì"}})
	add("workload_small", c, err)
	c, err = Workload(parsed, WorkloadOptions{Common: Common{Title: "Kế hoạch 3098/QĐ-UBND: nhiệm vụ theo cơ quan chủ trì"}})
	add("workload_plan003", c, err)
	c, err = Trend(news, TrendOptions{
		Common:      Common{Title: "Hà Tĩnh: PAR INDEX và SIPAS 2020–2024"},
		Selection:   Selection{Series: "index", Entities: []string{"PAR INDEX", "SIPAS"}, Where: map[string][]string{"province": {"Hà Tĩnh"}}, YearFrom: 2020, YearTo: 2024},
		ValueLabels: true,
	})
	add("trend_par_sipas", c, err)
	c, err = Heatmap(def.Record, HeatmapOptions{Common: Common{Title: "Hà Tĩnh 2025 (3098/QĐ-UBND), số liệu minh họa"}})
	add("heatmap_default", c, err)
	c, err = Attainment(def.Record, AttainmentOptions{Common: Common{Title: "Hà Tĩnh 2025 (3098/QĐ-UBND), số liệu minh họa"}})
	add("attainment_default", c, err)
	return charts, release
}

func TestGolden(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	charts, release := goldenCharts(t, mem)
	defer release()
	for _, name := range []string{"trend_pci", "trend_par_sipas", "bars_pci", "heatmap_plan003", "heatmap_default",
		"attainment_plan003", "attainment_default", "workload_small", "workload_plan003"} {
		t.Run(name, func(t *testing.T) { checkGolden(t, name, charts[name]) })
	}
}

// plan003Scores is a scorecard for targets of testdata/plans/003 (their
// codes, wording, comparators and values as the plan states them), scored
// for three provinces with test values; some targets have no observation.
func plan003Scores(mem memory.Allocator) arrow.Record {
	f := func(v float64) *float64 { return &v }
	type tg struct {
		code, area, metric, subject, cmp, unit, change string
		target                                         float64
	}
	targets := []tg{
		{"1.2", dataset.AreaDirection, "", "Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC trong năm 2025", ">=", "percent", "", 35},
		{"2.2", dataset.AreaInstitutions, "", "Phấn đấu 100% văn bản QPPL của HĐND, UBND tỉnh được sửa đổi, bổ sung hoặc thay thế theo kết quả rà soát", ">=", "percent", "", 100},
		{"3.2", dataset.AreaProcedures, "online_submission_rate", "Tỷ lệ nộp hồ sơ trực tuyến toàn trình", ">=", "percent", "", 80},
		{"3.4", dataset.AreaProcedures, "satisfaction_rate", "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC", ">=", "percent", "", 95},
		{"5.3", dataset.AreaCivilService, "", "Thu hút nhân tài vào làm việc trong các cơ quan, đơn vị thuộc UBND tỉnh khoảng 02% so với tổng số tuyển dụng mới", "approx", "percent", "", 2},
		{"6.1", dataset.AreaPublicFinance, "", "Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách nhà nước của các đơn vị sự nghiệp công lập nhóm 3", ">=", "percent", "decrease", 2.5},
		{"6.5", dataset.AreaPublicFinance, "", "Tỷ lệ sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý", ">", "percent", "", 85},
		{"7.5", dataset.AreaDigitalGovernment, "", "Hồ sơ công việc tại các cơ quan chuyên môn cấp tỉnh được xử lý trên môi trường mạng", ">=", "percent", "", 100},
	}
	type obs struct {
		actual, baseline *float64
		status           string
		attain           *float64
	}
	provinces := []string{"Hà Tĩnh", "Hưng Yên", "Quảng Trị"}
	values := map[string][]obs{
		"Hà Tĩnh":   {{f(40), nil, "met", f(1)}, {f(92), nil, "near", f(0.92)}, {f(71.3), nil, "near", f(0.89125)}, {f(96.1), nil, "met", f(1)}, {nil, nil, "no_data", nil}, {f(97), f(100), "met", f(1)}, {f(78), nil, "off_track", f(0.9176)}, {f(100), nil, "met", f(1)}},
		"Hưng Yên":  {{f(36), nil, "met", f(1)}, {f(100), nil, "met", f(1)}, {f(52.4), nil, "off_track", f(0.655)}, {f(93.5), nil, "near", f(0.9842)}, {f(1.9), nil, "met", f(1)}, {f(98.8), f(100), "off_track", f(0.48)}, {nil, nil, "no_data", nil}, {f(98), nil, "near", f(0.98)}},
		"Quảng Trị": {{f(20), nil, "off_track", f(0.5714)}, {nil, nil, "no_data", nil}, {f(38.2), nil, "off_track", f(0.4775)}, {f(97.2), nil, "met", f(1)}, {nil, nil, "no_data", nil}, {nil, nil, "no_data", nil}, {f(90), nil, "met", f(1)}, {f(85), nil, "off_track", f(0.85)}},
	}
	var rows []dataset.Score
	for _, p := range provinces {
		for i, t := range targets {
			o := values[p][i]
			rows = append(rows, dataset.Score{PlanID: "plan-003", Code: t.code, Area: t.area, Metric: t.metric, Subject: t.subject,
				Comparator: t.cmp, Target: t.target, Unit: t.unit, Level: "province", Change: t.change, Entity: p, Year: 2025,
				Actual: o.actual, Baseline: o.baseline, Attainment: o.attain, Met: o.status == "met", Status: o.status, Weight: 1})
		}
	}
	rec := dataset.ScoresToRecord(mem, rows)
	return rec
}

// readLeadCSV reads plan_id, code and lead ("; "-joined agencies) from a
// CSV cut from the tasks table "cchc parse" wrote for seed plan 003 (one
// row with a blank task, which the tasks reader rejects, left out).
func readLeadCSV(t testing.TB, mem memory.Allocator, path string) arrow.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	sc := arrow.NewSchema([]arrow.Field{
		{Name: "plan_id", Type: arrow.BinaryTypes.String},
		{Name: "code", Type: arrow.BinaryTypes.String},
		{Name: "lead", Type: arrow.BinaryTypes.String},
	}, nil)
	b := array.NewRecordBuilder(mem, sc)
	defer b.Release()
	for _, r := range rows[1:] {
		for i := range 3 {
			b.Field(i).(*array.StringBuilder).Append(r[i])
		}
	}
	return b.NewRecord()
}

// plan003Tasks is a task table with lead agencies as plan 003's annex names them.
func plan003Tasks(mem memory.Allocator) arrow.Record {
	leads := [][]string{
		{"Sở Nội vụ"}, {"Sở Nội vụ"}, {"Sở Nội vụ"}, {"Sở Nội vụ", "Văn phòng UBND tỉnh"},
		{"Sở Tư pháp"}, {"Sở Tư pháp"}, {"Văn phòng UBND tỉnh"}, {"Văn phòng UBND tỉnh"},
		{"Sở Khoa học và Công nghệ"}, {"Sở Khoa học và Công nghệ"}, {"Sở Tài chính"},
		{"Sở Thông tin và Truyền thông"}, {"Trung tâm Phục vụ hành chính công tỉnh"},
		{"Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố"}, {},
	}
	var tasks []dataset.Task
	for i, l := range leads {
		tasks = append(tasks, dataset.Task{PlanID: "plan-003", Code: fmt.Sprint(i + 1), Task: "Nhiệm vụ", Lead: l})
	}
	return dataset.TasksToRecord(mem, tasks)
}
