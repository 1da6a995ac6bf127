package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestPlanAfterDecisionRecipients reads the task blocks of a plan that a
// decision issues above it: the decision's recipients and signature end
// no reading, its Roman headings are hard-wrapped inside their bold marks
// ("**II. NỘI" / "DUNG**"), and each numbered content item with its field
// lines is a task.
func TestPlanAfterDecisionRecipients(t *testing.T) {
	text := `**QUYẾT ĐỊNH**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

*Nơi nhận:*
- Ban Bí thư Trung ương Đảng;
- Lưu: VT.

**KẾ HOẠCH**

**I. MỤC
ĐÍCH, YÊU CẦU**

1. Xác định cụ thể nội dung công việc.

**II. NỘI
DUNG**

1. Tổ chức tuyên truyền, phổ
biến, giáo dục pháp luật về bảo vệ dữ liệu cá nhân

- Cơ quan chủ trì: Bộ Công an.

- Thời gian thực hiện: năm 2025 và các năm tiếp theo.

2. Tổ chức tập huấn chuyên sâu

- Cơ quan chủ trì: Bộ Tư pháp.

- Thời gian thực hiện: năm 2026.`
	checkLeadLines(t, leadLines(parseText(t, text).Tasks), []string{"21|Bộ Công an", "28|Bộ Tư pháp"})
}

// TestCapsWrapOfHeading checks that a line in capitals that closes a
// Roman heading's bold opened on a line above opens no section of its
// own, so the lines below keep the heading's role, and that an aim a duty
// states with "dưới" is a target there.
func TestCapsWrapOfHeading(t *testing.T) {
	text := `**II. NỘI DUNG
THỰC HIỆN**

**1. Sở Y tế**

a) Chủ trì, phối hợp với các sở triển khai các giải pháp, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống.`
	p := newPage(strings.Split(text, "\n"))
	if !capsWrapOfHeading(p, 1) || capsWrapOfHeading(p, 0) || capsWrapOfHeading(p, 3) {
		t.Errorf("capsWrapOfHeading: want only line 2")
	}
	roles := lineRoles(p, targetResult{from: -1})
	if roles[4] != roleTask {
		t.Errorf("role of the duty = %q, want %q", roles[4], roleTask)
	}
	var got []string
	for _, x := range parseText(t, text).Targets {
		got = append(got, fmt.Sprintf("%s %v %s", x.Comparator, x.Value, x.Unit))
	}
	want := []string{">= 2.1 con/phụ nữ", "<= 109 bé trai/100 bé gái"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTasksAfterAssessment checks that a sentence introducing tasks at
// the end of an assessment section ("… thành phố Đà Nẵng cần tập trung
// thực hiện tốt một số nhiệm vụ, giải pháp sau đây:", hard-wrapped) makes
// the numbered items after it tasks, led by the city's committee, and
// that "Số nhiệm vụ …" is not read as "Sở …".
func TestTasksAfterAssessment(t *testing.T) {
	text := `**I. ĐÁNH GIÁ CHUNG**

Thành phố đã rất nỗ lực vượt qua khó khăn, đạt nhiều kết quả.

Để tiếp tục vận hành chính quyền địa phương 02 cấp
hoạt động hiệu lực, hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một
số nhiệm vụ, giải pháp sau đây:

1. Tăng cường hiệu quả hoạt động của bộ máy chính
quyền cấp xã, tập trung nâng cao năng lực quản trị.

2. Tập trung rà soát, đánh giá việc phân cấp, phân quyền.

**II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ**`
	checkLeadLines(t, leadLines(parseText(t, text).Tasks), []string{"9|UBND thành phố Đà Nẵng", "12|UBND thành phố Đà Nẵng"})
}

// TestImplementationHeadingDuties checks that a heading "Về triển khai
// thực hiện" opens a tasks section, that the bodies its dash items open
// with lead them ("Bộ Nội vụ giúp … tổng hợp …"), and that the remark
// and the site's closing line after the list are no tasks.
func TestImplementationHeadingDuties(t *testing.T) {
	text := `**(2) Về triển khai thực hiện**

- Bộ Nội vụ giúp Ban Thường vụ Đảng ủy Chính phủ tổng hợp báo cáo thực trạng biên chế hiện có.

- Ủy ban Công tác đại biểu Quốc hội giúp Ban Thường vụ Đảng ủy Quốc hội tổng hợp báo cáo thực trạng biên chế.

Đây là nội dung rất quan trọng, sẽ báo cáo Bộ Chính trị.

**Trên đây là "Toàn văn Công văn 9671-CV/BTCTW 2025 về đề xuất biên chế"**`
	checkLeadLines(t, leadLines(parseText(t, text).Tasks), []string{"3|Bộ Nội vụ", "5|Ủy ban Công tác đại biểu Quốc hội"})
}

// TestRoleOfHeadingWords covers headings whose words decide a role:
// the parts of a training notice give none, "Về …" is read without "Về".
func TestRoleOfHeadingWords(t *testing.T) {
	for k, want := range map[string]string{
		"noi dung tap huan":         roleNone,
		"thoi gian, dia diem":       roleNone,
		"thanh phan hoc vien":       roleNone,
		"noi dung thuc hien":        roleTask,
		"ve trien khai thuc hien":   roleTask,
		"to chuc trien khai":        roleTask,
		"ve nhiem vu thoi gian toi": roleTask,
		"ve muc tieu":               roleObjectives,
	} {
		if got := roleOfHeading(k); got != want {
			t.Errorf("roleOfHeading(%q) = %q, want %q", k, got, want)
		}
	}
}
