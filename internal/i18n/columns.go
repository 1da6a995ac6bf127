package i18n

// columnLabels are the Vietnamese labels of the machine column names of
// cchc's tables, as a workbook written with --lang vi heads its columns.
// Every label reads back as its column (the readers take them as aliases).
var columnLabels = map[string]string{
	// plans
	"id": "Mã kế hoạch", "doc_number": "Số văn bản", "doc_type": "Loại văn bản",
	"issuer": "Cơ quan ban hành", "date": "Ngày ban hành", "title": "Trích yếu", "signer": "Người ký",
	// targets, scores, observations
	"plan_id": "Kế hoạch", "code": "Mã", "area": "Lĩnh vực", "metric": "Chỉ số",
	"subject": "Nội dung chỉ tiêu", "comparator": "So sánh", "value": "Giá trị",
	"value_max": "Giá trị tối đa", "unit": "Đơn vị tính", "level": "Cấp", "change": "Thay đổi",
	"baseline_year": "Năm gốc", "year": "Năm", "weight": "Trọng số", "source_line": "Dòng",
	"source_text": "Trích dẫn", "target": "Mục tiêu", "entity": "Đơn vị", "actual": "Kết quả",
	"baseline": "Giá trị năm gốc", "attainment": "Mức đạt", "status": "Trạng thái",
	"points": "Điểm", "max_points": "Điểm tối đa", "note": "Ghi chú", "period": "Kỳ",
	"source": "Nguồn", "index": "Chỉ số tổng hợp", "province": "Tỉnh", "rank": "Xếp hạng",
	// tasks
	"section": "Mục", "objective": "Mục tiêu nhiệm vụ", "task": "Nhiệm vụ", "activity": "Hoạt động",
	"product": "Sản phẩm", "lead": "Cơ quan chủ trì", "partners": "Cơ quan phối hợp",
	"deadline_text": "Thời gian hoàn thành", "deadline_kind": "Loại thời hạn",
	"deadline_start": "Từ ngày", "deadline_end": "Đến ngày", "budget_text": "Kinh phí",
	"budget_amount": "Số tiền", "budget_unit": "Đơn vị kinh phí",
	// findings
	"kind": "Loại", "message": "Nội dung", "lines": "Các dòng",
	// aggregates
	"targets": "Số chỉ tiêu", "near": "Gần đạt", "off_track": "Chưa đạt",
	"no_data": "Chưa có số liệu", "coverage": "Tỷ lệ có số liệu", "score": "Điểm số (0–100)",
	// template helpers
	"target_code": "Số hiệu trong kế hoạch",
}

// metLabels are the labels of "met": a yes/no column in a scorecard, a
// count in a summary.
const metLabel = "Đạt"

// ColumnLabel returns the label of a machine column name: in Vietnamese
// the analyst's word ("attainment" → "Mức đạt"), in English the name
// itself, so that machine readers keep their ids. A name with no label is
// returned as it is.
func (l Lang) ColumnLabel(name string) string {
	if l != VI {
		return name
	}
	if name == "met" {
		return metLabel
	}
	if s, ok := columnLabels[name]; ok {
		return s
	}
	return name
}

// levelLabels are the words for the level ids in a table cell.
var levelLabels = map[string][2]string{
	"province": {"Cấp tỉnh", "province"},
	"district": {"Cấp huyện", "district"},
	"commune":  {"Cấp xã", "commune"},
}

// LevelLabel returns the word for a level id in a table cell ("district"
// → "Cấp huyện"); in English, and for an unknown id, the id itself.
func (l Lang) LevelLabel(id string) string {
	if n, ok := levelLabels[id]; ok {
		return l.Pick(n[0], n[1])
	}
	return id
}

// changeNames are the words for the change ids of a target.
var changeNames = map[string][2]string{
	"decrease": {"giảm", "decrease"},
	"increase": {"tăng", "increase"},
}

// ChangeName returns the word for a change id ("decrease" → "giảm"); in
// English, and for an unknown id, the id itself.
func (l Lang) ChangeName(id string) string {
	if n, ok := changeNames[id]; ok {
		return l.Pick(n[0], n[1])
	}
	return id
}

// AreaIDs lists the CCHC area ids that AreaName knows.
func AreaIDs() []string {
	return []string{"direction", "institutions", "procedures", "organisation",
		"civil_service", "public_finance", "digital_government", "communication"}
}

// StatusIDs lists the status ids that StatusName knows.
func StatusIDs() []string { return []string{"met", "near", "off_track", "no_data"} }
