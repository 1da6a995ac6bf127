package plandoc

import "testing"

// TestSelfReference covers texts stored without their heading block: a
// Party resolution that names itself ("Nghị quyết này") and speaks in its
// body's voice ("Bộ Chính trị yêu cầu …"); a directive that names itself;
// and negatives: a report quoting "Kế hoạch này", a text naming two kinds.
func TestSelfReference(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{"a resolution in the Politburo's voice", "Giáo dục và đào tạo còn nhiều hạn chế.\nTừ tình hình trên, Bộ Chính trị yêu cầu tập trung quán triệt, thực hiện các nội dung sau:\n1. Nâng cao nhận thức về giáo dục.\nNghị quyết này phổ biến đến chi bộ.\n",
			"", "NQ", "Bộ Chính trị", "", "", -1},
		{"a directive that names itself", "Thời gian qua công tác phòng cháy còn hạn chế.\nCác sở, ngành tổ chức thực hiện nghiêm Chỉ thị này.\n",
			"", "CT", "", "", "", -1},
		{"a report quoting a plan's words", "Theo báo cáo, các đơn vị đã triển khai thực hiện Kế hoạch này gắn với nhiệm vụ được giao.\n",
			"", "", "", "", "", -1},
		{"two kinds named", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nCác sở thực hiện Chỉ thị này.\n",
			"", "", "", "", "", -1},
	})
}
