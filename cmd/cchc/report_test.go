package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportHTML writes the report of the embedded plan and checks what
// the command says and what the page holds.
func TestReportHTML(t *testing.T) {
	t.Setenv("CCHC_LANG", "")
	out := filepath.Join(t.TempDir(), "report.html")
	code, stdout, stderr := runCmd(t, "report", "--lang", "vi", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Đã ghi báo cáo 39 dòng vào") || !strings.Contains(stdout, "số liệu MINH HỌA") {
		t.Errorf("stdout: %s", stdout)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="vi">`, "3098/QĐ-UBND", "Nguyễn Hồng Lĩnh", "chưa có số liệu",
		"003_a5b74ff242722c67.txt", "f57bb7fee17b2926f9f92581405d9b98475829b45ee0d85d375cfbd17ab168b8"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestReportFiles reports a plan file and an observations file: the page
// names them with their checksums and does not call the values illustrative.
func TestReportFiles(t *testing.T) {
	plan := filepath.Join("..", "..", "testdata", "plans", "003_a5b74ff242722c67.txt")
	obs := filepath.Join("..", "..", "testdata", "observations", "illustrative_observations_ha_tinh_2025.csv")
	out := filepath.Join(t.TempDir(), "r.html")
	code, _, stderr := runCmd(t, "report", "--plan", plan, "--actuals", obs, "--lang", "en", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, _ := os.ReadFile(out)
	s := string(page)
	if strings.Contains(s, `class="notice"`) {
		t.Error("a report of given files says the values are illustrative")
	}
	for _, want := range []string{filepath.ToSlash(plan), filepath.ToSlash(obs), "616c16fe6692d5285f56546cdf4a6e4f01ad7fa5179dc8ae3f535c3888d48e02", "Results of the CCHC plan for 2025"} {
		if !strings.Contains(s, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

func TestReportUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"report", "-o", filepath.Join(dir, "r.txt")}, 2, "must end in .html or .pdf"},
		{[]string{"report", "--lang", "vi", "-o", filepath.Join(dir, "r.txt")}, 2, "phải có đuôi .html hoặc .pdf"},
		{[]string{"report", "--lang", "fr"}, 2, "want vi or en"},
		{[]string{"report", "--plan", "a.txt", "--targets", "b.csv", "-o", filepath.Join(dir, "r.html")}, 2, "not both"},
		{[]string{"report", "--plan", filepath.Join(dir, "missing.txt"), "-o", filepath.Join(dir, "r.html")}, 1, "missing.txt"},
	} {
		code, _, stderr := runCmd(t, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
		if _, err := os.Stat(filepath.Join(dir, "r.html")); err == nil {
			t.Errorf("%q wrote a report", tc.args)
		}
	}
}

// TestReportPDFNoBrowser: without Chromium the command names the Debian
// package and writes nothing.
func TestReportPDFNoBrowser(t *testing.T) {
	t.Setenv("CCHC_CHROMIUM", filepath.Join(t.TempDir(), "no-such-browser"))
	out := filepath.Join(t.TempDir(), "r.pdf")
	code, _, stderr := runCmd(t, "report", "--lang", "vi", "-o", out)
	if code != 1 || !strings.Contains(stderr, `gói Debian "chromium"`) || !strings.Contains(stderr, "không ghi tệp nào") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a PDF was written")
	}
}

// TestReportPDF prints the report with Chromium when it is installed.
func TestReportPDF(t *testing.T) {
	if _, err := exec.LookPath("chromium"); err != nil && os.Getenv("CI") == "" {
		t.Skip(`no Chromium: install the Debian package "chromium"`)
	}
	out := filepath.Join(t.TempDir(), "r.pdf")
	code, _, stderr := runCmd(t, "report", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("not a PDF (%v)", err)
	}
}

// TestScorecardVietnamese prints the terminal summary in Vietnamese;
// the file's ids stay English.
func TestScorecardVietnamese(t *testing.T) {
	out := filepath.Join(t.TempDir(), "s.csv")
	code, stdout, stderr := runCmd(t, "scorecard", "--lang", "vi", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Bảng điểm: 3098/QĐ-UBND", "chưa có số liệu", "Thủ tục hành chính", "95,9", "Đã ghi 39 dòng"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the summary lacks %q:\n%s", want, stdout)
		}
	}
	csv, _ := os.ReadFile(out)
	if !strings.Contains(string(csv), ",no_data,") || strings.Contains(string(csv), "chưa có số liệu,") {
		t.Error("the CSV's status ids are not English")
	}
}

// TestPlotPDF writes a chart as PDF through Chromium, when installed.
func TestPlotPDF(t *testing.T) {
	if _, err := exec.LookPath("chromium"); err != nil && os.Getenv("CI") == "" {
		t.Skip(`no Chromium: install the Debian package "chromium"`)
	}
	out := filepath.Join(t.TempDir(), "chart.pdf")
	pci := filepath.Join("..", "..", "testdata", "real", "pci_2005_2019.csv")
	code, _, stderr := runCmd(t, "plot", "trend", "--data", pci, "--entities", "Hà Tĩnh,Nghệ An", "--title", "PCI: Hà Tĩnh, Nghệ An", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("not a PDF (%v)", err)
	}
}

// TestReportNoNumericTargets reports the seed plans that state no numeric
// target (001, 004): the page says there is nothing to score and still
// shows the plan's header, tasks and findings, in both languages.
func TestReportNoNumericTargets(t *testing.T) {
	t.Setenv("CCHC_LANG", "")
	for _, tc := range []struct {
		plan, lang string
		want       []string
	}{
		{"001_8de410233b0400c1.txt", "vi", []string{"UBND tỉnh Hưng Yên", "Nguyễn Duy Hưng",
			"Kế hoạch không nêu chỉ tiêu định lượng nào", "Nhiệm vụ của kế hoạch", "<td>1.a</td>",
			"Những điểm cần lưu ý trong kế hoạch", "không thấy phần chỉ tiêu"}},
		{"001_8de410233b0400c1.txt", "en", []string{"UBND tỉnh Hưng Yên", "The plan states no numeric targets",
			"Tasks of the plan", "Findings about the plan", "no targets section"}},
		{"004_252965e07a3718f5.txt", "vi", []string{"Sở Giao thông vận tải tỉnh Quảng Trị", "Trần Hữu Hùng",
			"Kế hoạch không nêu chỉ tiêu định lượng nào", "<td>2.1</td>", "Văn phòng Sở", "Tháng 01/2024"}},
		{"004_252965e07a3718f5.txt", "en", []string{"Sở Giao thông vận tải tỉnh Quảng Trị", "The plan states no numeric targets",
			"<td>2.10</td>", "Method"}},
	} {
		t.Run(tc.plan+"/"+tc.lang, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "r.html")
			plan := filepath.Join("..", "..", "testdata", "plans", tc.plan)
			code, stdout, stderr := runCmd(t, "report", "--plan", plan, "--lang", tc.lang, "-o", out)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.HasPrefix(stderr, "cchc report: ") || !strings.Contains(stdout, out) {
				t.Errorf("stdout %q, stderr %q", stdout, stderr)
			}
			page, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			s := string(page)
			for _, w := range tc.want {
				if !strings.Contains(s, w) {
					t.Errorf("the report lacks %q", w)
				}
			}
			title, wrote := "<h1>CCHC plan for 2024: no numeric targets, nothing to score</h1>", "the plan states no numeric targets, so nothing was scored"
			if tc.lang == "vi" {
				title, wrote = "<h1>Kế hoạch cải cách hành chính năm 2024: không có chỉ tiêu định lượng, không có gì để chấm điểm</h1>", "kế hoạch không nêu chỉ tiêu định lượng nên không có gì để chấm điểm"
			}
			if !strings.Contains(s, title) {
				t.Errorf("the report lacks the title %q", title)
			}
			if !strings.Contains(stdout, wrote) || strings.Contains(stdout, " 0 ") {
				t.Errorf("stdout %q, want %q and no count of 0 rows", stdout, wrote)
			}
			for _, absent := range []string{`id="headline"`, `id="heatmap"`, "<svg", "mức đạt từ 0%", "at least 0%", "Results of the CCHC plan", "Kết quả thực hiện kế hoạch"} {
				if strings.Contains(s, absent) {
					t.Errorf("a report with nothing to score holds %q", absent)
				}
			}
		})
	}
}
