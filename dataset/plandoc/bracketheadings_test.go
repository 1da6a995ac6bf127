package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestBracketNumberedObjectives reads aims listed under objectives
// headings numbered in brackets ("**(1) Mục tiêu đến năm 2025**"): each
// heading sets the year of the aims below it, and counts of brands,
// representatives and applications are counted targets.
func TestBracketNumberedObjectives(t *testing.T) {
	text := `Theo Mục II Điều 1 Quyết định 127/QĐ-TTg năm 2021, Việt Nam đẩy mạnh nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo.

**(1) Mục tiêu đến năm 2025**

- Đưa TTNT trở thành lĩnh vực công nghệ quan trọng của Việt Nam

+ Xây dựng được 05 thương hiệu TTNT có uy tín trong khu vực;

+ Phát triển được 01 trung tâm quốc gia về lưu trữ dữ liệu lớn.

**(2) Mục tiêu đến năm 2030**

+ Xây dựng được 10 thương hiệu TTNT có uy tín trong khu vực;

+ Có ít nhất 02 đại diện đạt chuẩn quốc tế;

+ Triển khai 20 ứng dụng TTNT trong dịch vụ công.`
	want := []string{
		"7 = 5 count 2025", "9 = 1 count 2025",
		"13 = 10 count 2030", "15 >= 2 count 2030", "17 = 20 count 2030",
	}
	var got []string
	for _, x := range parseText(t, text).Targets {
		got = append(got, fmt.Sprintf("%d %s %v %s %d", x.Source.Line, x.Comparator, x.Value, x.Unit, x.Year))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBracketNumberAt checks the numbers in brackets that open a line.
func TestBracketNumberAt(t *testing.T) {
	for line, want := range map[string]bool{
		"(1) Mục tiêu": true, "(12) Nhiệm vụ": true, "(123) x": false, "(a) x": false, "1) x": false, "(1": false, "": false,
	} {
		if got := bracketNumberAt(line); got != want {
			t.Errorf("bracketNumberAt(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestBoldQuestionHeadingYear checks that a legal-news item's heading in
// bold without a number ("**Mục tiêu cụ thể của chương trình … giai đoạn
// 2026-2030 ra sao?**") gives the aims below it the end year of the
// period it names.
func TestBoldQuestionHeadingYear(t *testing.T) {
	text := `# Chương trình Khuyến nông tỉnh Lạng Sơn giai đoạn 2026-2030 thực hiện với những mục tiêu nào?

**Mục tiêu cụ thể của chương trình Khuyến nông tỉnh Lạng Sơn giai đoạn 2026-2030 ra sao?**

Tại Tiểu mục 1 mục I Chương trình khuyến nông tỉnh Lạng Sơn có đề cập đến mục tiêu cụ thể như sau:

*(1) Lĩnh vực Trồng trọt – Bảo vệ thực vật:*

Xây dựng 10 mô hình trồng trọt – bảo vệ thực vật.`
	var got []string
	for _, x := range parseText(t, text).Targets {
		got = append(got, fmt.Sprintf("%d %s %v %s %d", x.Source.Line, x.Comparator, x.Value, x.Unit, x.Year))
	}
	if want := "9 = 10 count 2030"; strings.Join(got, "\n") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "\n"), want)
	}
}

// TestMultipleWithChange checks that a rise to a multiple of a base year
// ("tăng gấp 2 lần so với năm 2020") is an increase to that multiple.
func TestMultipleWithChange(t *testing.T) {
	d := parseText(t, "II. MỤC TIÊU\n\nPhấn đấu kim ngạch xuất khẩu tăng gấp 2 lần so với năm 2020.\n")
	if len(d.Targets) != 1 {
		t.Fatalf("%d targets, want 1", len(d.Targets))
	}
	x := d.Targets[0]
	if x.Comparator != "=" || x.Value != 2 || x.Unit != "times" || x.Change != "increase" || x.BaselineYear == nil || *x.BaselineYear != 2020 {
		t.Errorf("got %s %v %s change %q baseline %v", x.Comparator, x.Value, x.Unit, x.Change, x.BaselineYear)
	}
}

// TestAimOfDutyTakesDeadlineYear checks that an aim stated inside a duty
// of a text with no year of its own takes the year of the duty's
// deadline.
func TestAimOfDutyTakesDeadlineYear(t *testing.T) {
	d := parseText(t, "1. Tập trung rà soát, cắt giảm, đơn giản hóa quy định, bảo đảm cắt giảm ít nhất 20% số quy định. Hoàn thành trước ngày 30/9/2023.\n2. Thực hiện nghiêm việc đánh giá tác động thủ tục hành chính.\n")
	if len(d.Targets) != 1 || d.Targets[0].Year != 2023 || d.Targets[0].Value != 20 {
		var got []string
		for _, x := range d.Targets {
			got = append(got, fmt.Sprintf("%v %d", x.Value, x.Year))
		}
		t.Errorf("targets %q, want one of 20 for 2023", got)
	}
}
