package plandoc

import (
	"strings"
	"testing"
)

// TestDutyListTasks reads a numbered list of duties that a text begins
// with, and leaves alone a list of aims by area and a numbered list
// further down a plan (its purposes, under a heading the store cut).
func TestDutyListTasks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "line|lead" per task
	}{
		{"an excerpt that begins at its first duty", `1. Tập trung rà soát, cắt giảm, đơn giản hóa quy định, thủ tục hành chính liên quan đến hoạt động đầu tư, bảo đảm cắt giảm ít nhất 20% số quy định.
2. Thực hiện nghiêm việc đánh giá tác động, thẩm định quy định thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật.
3. Tăng cường phân cấp, ủy quyền trong thực hiện thủ tục hành chính; Sở Nội vụ chủ trì theo dõi.`,
			[]string{"1|", "2|", "3|"}},
		{"aims by area", `1. Cải cách thể chế: Đảm bảo 100% văn bản quy phạm pháp luật được ban hành đúng trình tự.
2. Cải cách thủ tục hành chính
- 100% thủ tục hành chính được quy trình hóa theo tiêu chuẩn ISO 9001:2015.
3. Cải cách tổ chức bộ máy: Rà soát, sắp xếp lại tổ chức các cơ quan chuyên môn.`, nil},
		{"purposes below a plan's header", `ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Số: 257/KH-UBND
Thanh Hóa, ngày 22 tháng 12 năm 2025
CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH THANH HÓA NĂM 2026
1. Cụ thể hóa mục tiêu, các nhiệm vụ và giải pháp chủ yếu trong Chương trình tổng thể cải cách hành chính.
2. Các ngành, các cấp tăng cường quán triệt, nâng cao nhận thức về cải cách hành chính.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(strings.Split(tt.text, "\n"))
			roles := lineRoles(p, extractTargets(p, 2026, 2025, noMetrics{}))
			checkLeadLines(t, leadLines(dutyListTasks(p, roles, 2026)), tt.want)
		})
	}
}

// TestSubDutyAt covers the markers of duties under an item: letters and
// small Roman numerals in brackets.
func TestSubDutyAt(t *testing.T) {
	tests := []struct{ line, code, text string }{
		{"a) Rà soát thủ tục.", "a", "Rà soát thủ tục."},
		{"đ) Báo cáo kết quả.", "đ", "Báo cáo kết quả."},
		{"(ii) Rà soát, thống kê thủ tục.", "ii", "Rà soát, thống kê thủ tục."},
		{"(iv) Công khai.", "iv", "Công khai."},
		{"(1) Rà soát.", "", ""},
		{"(xyz) Rà soát.", "", ""},
	}
	for _, tt := range tests {
		code, text, _ := subDutyAt(tt.line)
		if code != tt.code || text != tt.text {
			t.Errorf("subDutyAt(%q) = %q, %q; want %q, %q", tt.line, code, text, tt.code, tt.text)
		}
	}
}

// TestNoWordsNoTask checks that a line of marks under a list ("...") is
// no task, and that the figures of a procedure's steps ("Bước 1. …
// 100% …") are no targets.
func TestNoWordsNoTask(t *testing.T) {
	d := parseText(t, `**II. NHIỆM VỤ**

- Tăng cường hướng dẫn, kiểm tra công tác phòng cháy.

...

**III. QUY TRÌNH**

Bước 1. Công dân nộp hồ sơ trực tuyến, 100% hồ sơ được tiếp nhận qua Cổng Dịch vụ công.`)
	checkLeadLines(t, leadLines(d.Tasks), []string{"3|"})
	if len(d.Targets) != 0 {
		t.Errorf("%d targets from a procedure's step, want none", len(d.Targets))
	}
}
