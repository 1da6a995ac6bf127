package dataset

import (
	"strings"

	"github.com/apache/arrow/go/v15/arrow"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Kind names one kind of table cchc reads and writes.
type Kind string

// Table kinds.
const (
	KindPlans        Kind = "plans"
	KindTargets      Kind = "targets"
	KindTasks        Kind = "tasks"
	KindFindings     Kind = "findings"
	KindObservations Kind = "observations"
	KindIndexValues  Kind = "index_values"
	KindScores       Kind = "scores"
)

// Kinds lists every table kind in a fixed order.
func Kinds() []Kind {
	return []Kind{KindPlans, KindTargets, KindTasks, KindFindings, KindObservations, KindIndexValues, KindScores}
}

// ParseKind returns the Kind named by s ("index_values", "Index values",
// "observations", ...), matched case- and diacritic-insensitively.
func ParseKind(s string) (Kind, error) {
	key := columnKey(s)
	for _, k := range Kinds() {
		if key == string(k) || key+"s" == string(k) {
			return k, nil
		}
	}
	if key == "index" || key == "index_series" || key == "indices" {
		return KindIndexValues, nil
	}
	names := make([]string, 0, 7)
	for _, k := range Kinds() {
		names = append(names, string(k))
	}
	return "", i18n.Errorf("unknown table kind %q (known: %s)", s, strings.Join(names, ", "))
}

// colType is the Arrow type of a column, as cchc stores it.
type colType int

const (
	colString  colType = iota // utf8
	colDict                   // dictionary<int32, utf8>
	colInt                    // int32
	colFloat                  // float64
	colBool                   // bool
	colStrings                // list<utf8>
	colInts                   // list<int32>
)

// rule is the extra reading rule a column's cells follow.
type rule int

const (
	ruleNone       rule = iota
	ruleYear            // a four-digit year ("2O24" is rejected)
	ruleCount           // a whole count, thousands dots allowed, never negative
	ruleProvince        // canonical province name when known, else kept as written
	ruleComparator      // one of >=, >, <=, <, =, approx (≥, ≤, ~, khoảng accepted)
	ruleStatus          // one of met, near, off_track, no_data
	ruleChange          // "", decrease, increase (giảm, tăng accepted)
	ruleArea            // CCHC area id; Vietnamese area names are mapped to ids
	ruleLevel           // province, district, commune; Vietnamese names mapped
	ruleDate            // ISO date, year-month or year; dd/mm/yyyy converted
	ruleValue           // a number; thousands dots when the row's unit is a count
)

// colSpec describes one column of a table kind.
type colSpec struct {
	name     string
	typ      colType
	nullable bool     // blank cells become nulls
	required bool     // the header must have it and its cells must not be blank
	blankOK  bool     // with required: the header must have it, but cells may be blank
	rule     rule     // extra reading rule
	aliases  []string // other header names (column keys, see columnKey)
	doc      string   // what the column holds, for documentation
}

// dictType is the Arrow type of dictionary-encoded string columns.
var dictType arrow.DataType = &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}

func (c colSpec) arrowType() arrow.DataType {
	switch c.typ {
	case colDict:
		return dictType
	case colInt:
		return arrow.PrimitiveTypes.Int32
	case colFloat:
		return arrow.PrimitiveTypes.Float64
	case colBool:
		return arrow.FixedWidthTypes.Boolean
	case colStrings:
		return arrow.ListOf(arrow.BinaryTypes.String)
	case colInts:
		return arrow.ListOf(arrow.PrimitiveTypes.Int32)
	default:
		return arrow.BinaryTypes.String
	}
}

// specs returns the column specifications of kind k, nil for an unknown kind.
func specs(k Kind) []colSpec {
	switch k {
	case KindPlans:
		return []colSpec{
			{name: "id", typ: colString, required: true, aliases: []string{"plan_id", "ma_ke_hoach"}, doc: "document number, or a slug of the file name when the number is blank"},
			{name: "doc_number", typ: colString, aliases: []string{"so_hieu", "so", "so_van_ban"}, doc: "document number as printed"},
			{name: "doc_type", typ: colDict, aliases: []string{"loai_van_ban", "loai"}, doc: "KH, QĐ, ..."},
			{name: "issuer", typ: colDict, aliases: []string{"co_quan_ban_hanh", "don_vi_ban_hanh"}, doc: "issuing body"},
			{name: "province", typ: colDict, rule: ruleProvince, aliases: provinceAliases, doc: "canonical province name"},
			{name: "date", typ: colString, rule: ruleDate, aliases: []string{"ngay", "ngay_ban_hanh"}, doc: "ISO date of issue (2024-12-31, or 2023-12)"},
			{name: "year", typ: colInt, rule: ruleYear, aliases: []string{"nam"}, doc: "year the plan is for (0 when unknown)"},
			{name: "title", typ: colString, aliases: []string{"tieu_de", "trich_yeu", "ten"}, doc: "document title"},
			{name: "signer", typ: colString, aliases: []string{"nguoi_ky"}, doc: "person who signed"},
		}
	case KindTargets:
		return []colSpec{
			{name: "plan_id", typ: colDict, aliases: []string{"plan", "ke_hoach"}, doc: "plan the target belongs to"},
			{name: "code", typ: colString, aliases: []string{"ma", "ma_chi_tieu", "target_code"}, doc: "target number as written (II.3.2)"},
			{name: "area", typ: colDict, rule: ruleArea, aliases: []string{"linh_vuc"}, doc: "CCHC area id"},
			{name: "metric", typ: colDict, aliases: []string{"metric_id", "chi_so", "indicator"}, doc: "catalogue metric id"},
			{name: "subject", typ: colString, aliases: []string{"noi_dung", "chi_tieu", "noi_dung_chi_tieu", "description"}, doc: "the plan's own words"},
			{name: "comparator", typ: colDict, required: true, rule: ruleComparator, aliases: []string{"cmp", "so_sanh", "operator"}, doc: ">=, >, <=, <, =, approx"},
			{name: "value", typ: colFloat, required: true, rule: ruleValue, aliases: []string{"target", "target_value", "gia_tri", "muc_tieu"}, doc: "target value (lower bound of a range)"},
			{name: "value_max", typ: colFloat, nullable: true, rule: ruleValue, aliases: []string{"max", "gia_tri_toi_da"}, doc: "upper bound of a range, null otherwise"},
			{name: "unit", typ: colDict, aliases: unitAliases, doc: "percent, count, staff, people, times, ..."},
			{name: "level", typ: colDict, rule: ruleLevel, aliases: []string{"cap"}, doc: "province, district, commune or empty"},
			{name: "change", typ: colDict, rule: ruleChange, aliases: []string{"thay_doi"}, doc: "empty, decrease or increase"},
			{name: "baseline_year", typ: colInt, nullable: true, rule: ruleYear, aliases: []string{"nam_goc", "base_year"}, doc: "year a change is measured against"},
			{name: "year", typ: colInt, rule: ruleYear, aliases: []string{"nam"}, doc: "year the target is for"},
			{name: "weight", typ: colFloat, aliases: []string{"trong_so"}, doc: "weight in aggregates (0 = default 1)"},
			{name: "source_line", typ: colInt, rule: ruleCount, aliases: []string{"line", "dong"}, doc: "1-based line in the plan document"},
			{name: "source_text", typ: colString, aliases: []string{"source", "text", "trich_dan"}, doc: "text of that line"},
		}
	case KindTasks:
		return []colSpec{
			{name: "plan_id", typ: colDict, aliases: []string{"plan", "ke_hoach"}, doc: "plan the task belongs to"},
			{name: "code", typ: colString, aliases: []string{"ma", "stt", "tt"}, doc: "task number as written"},
			{name: "section", typ: colDict, aliases: []string{"muc", "phan"}, doc: "annex section"},
			{name: "objective", typ: colString, aliases: []string{"muc_tieu", "muc_tieu_nhiem_vu"}, doc: "objective the task serves"},
			{name: "task", typ: colString, required: true, blankOK: true, aliases: []string{"nhiem_vu", "noi_dung", "ten_nhiem_vu"}, doc: "task text (may be blank for an objective with products only)"},
			{name: "activity", typ: colString, aliases: []string{"hoat_dong"}, doc: "activity text"},
			{name: "product", typ: colString, aliases: []string{"san_pham", "ket_qua", "san_pham_dau_ra"}, doc: "expected products"},
			{name: "lead", typ: colStrings, aliases: []string{"chu_tri", "co_quan_chu_tri", "don_vi_chu_tri", "lead_agency"}, doc: "lead agencies (list; \"; \"-joined in CSV)"},
			{name: "partners", typ: colStrings, aliases: []string{"phoi_hop", "co_quan_phoi_hop", "don_vi_phoi_hop"}, doc: "partner agencies (list; \"; \"-joined in CSV)"},
			{name: "deadline_text", typ: colString, aliases: []string{"deadline", "thoi_gian", "thoi_han", "thoi_gian_hoan_thanh"}, doc: "deadline as written"},
			{name: "deadline_kind", typ: colDict, aliases: []string{"loai_thoi_han"}, doc: "date, range, recurring, continuous, conditional or empty"},
			{name: "deadline_start", typ: colString, rule: ruleDate, aliases: []string{"tu_ngay"}, doc: "ISO start date where the text fixes it"},
			{name: "deadline_end", typ: colString, rule: ruleDate, aliases: []string{"den_ngay"}, doc: "ISO end date where the text fixes it"},
			{name: "budget_text", typ: colString, aliases: []string{"budget", "kinh_phi"}, doc: "budget cell as written"},
			{name: "budget_amount", typ: colFloat, nullable: true, aliases: []string{"so_tien"}, doc: "number in the budget text"},
			{name: "budget_unit", typ: colDict, aliases: []string{"don_vi_kinh_phi"}, doc: "unit the document states, else empty"},
			{name: "source_line", typ: colInt, rule: ruleCount, aliases: []string{"line", "dong"}, doc: "1-based line in the plan document"},
			{name: "source_text", typ: colString, aliases: []string{"source", "text", "trich_dan"}, doc: "text of that line"},
		}
	case KindFindings:
		return []colSpec{
			{name: "plan_id", typ: colDict, aliases: []string{"plan", "ke_hoach"}, doc: "plan the finding is about"},
			{name: "kind", typ: colDict, required: true, aliases: []string{"finding", "loai"}, doc: "conflict, missing_annex, count_mismatch, ..."},
			{name: "message", typ: colString, required: true, aliases: []string{"noi_dung"}, doc: "what was found, in words"},
			{name: "lines", typ: colInts, aliases: []string{"line", "dong", "cac_dong"}, doc: "1-based input lines (list; \"; \"-joined in CSV)"},
		}
	case KindObservations:
		return []colSpec{
			{name: "entity", typ: colDict, required: true, rule: ruleProvince, aliases: append([]string{"agency", "co_quan", "doi_tuong", "don_vi", "don_vi_bao_cao"}, provinceAliases...), doc: "province (canonical name) or agency"},
			{name: "level", typ: colDict, rule: ruleLevel, aliases: []string{"cap"}, doc: "province, district, commune or empty"},
			{name: "year", typ: colInt, required: true, rule: ruleYear, aliases: []string{"nam"}, doc: "year observed"},
			{name: "period", typ: colDict, aliases: []string{"ky", "ky_bao_cao"}, doc: "sub-year period (2025-06, 2025-Q2) or empty"},
			{name: "metric", typ: colDict, required: true, aliases: []string{"metric_id", "chi_so", "chi_tieu", "ma_chi_tieu", "ma_chi_so", "indicator", "code"}, doc: "metric id, or a target code"},
			{name: "value", typ: colFloat, required: true, rule: ruleValue, aliases: []string{"gia_tri", "actual", "ket_qua", "so_lieu", "ket_qua_thuc_hien"}, doc: "observed value"},
			{name: "unit", typ: colDict, aliases: measureAliases, doc: "unit of the value"},
			{name: "source", typ: colDict, aliases: []string{"nguon"}, doc: "where the value comes from"},
		}
	case KindIndexValues:
		return []colSpec{
			{name: "index", typ: colDict, required: true, aliases: []string{"chi_so", "index_name", "chi_so_tong_hop"}, doc: "PCI, PAR INDEX, SIPAS, PAPI, DTI, DDCI, ..."},
			{name: "province", typ: colDict, required: true, rule: ruleProvince, aliases: provinceAliases, doc: "canonical province name"},
			{name: "year", typ: colInt, required: true, rule: ruleYear, aliases: []string{"nam"}, doc: "year of the index edition"},
			{name: "period", typ: colDict, aliases: []string{"ky", "giai_doan"}, doc: "span of years of a cumulative value (2015-2023), else empty"},
			{name: "value", typ: colFloat, nullable: true, rule: ruleValue, aliases: []string{"gia_tri", "diem", "score"}, doc: "published value; null when only a rank was published (NaN in IndexValue.Value)"},
			{name: "rank", typ: colInt, nullable: true, rule: ruleCount, aliases: []string{"rank_if_any", "hang", "xep_hang", "thu_hang"}, doc: "published rank, null when none"},
			{name: "unit", typ: colDict, aliases: unitAliases, doc: "unit as published"},
			{name: "source", typ: colDict, aliases: []string{"nguon", "url"}, doc: "where the value was read"},
		}
	case KindScores:
		return []colSpec{
			{name: "plan_id", typ: colDict, aliases: []string{"plan", "ke_hoach"}, doc: "plan the target belongs to"},
			{name: "code", typ: colString, required: true, blankOK: true, aliases: []string{"ma", "target_code"}, doc: "target code (may be blank)"},
			{name: "area", typ: colDict, rule: ruleArea, aliases: []string{"linh_vuc"}, doc: "CCHC area id"},
			{name: "metric", typ: colDict, aliases: []string{"chi_so", "metric_id"}, doc: "metric id"},
			{name: "subject", typ: colString, aliases: []string{"noi_dung_chi_tieu", "noi_dung"}, doc: "the target's wording"},
			{name: "comparator", typ: colDict, rule: ruleComparator, aliases: []string{"so_sanh"}, doc: "the target's comparator"},
			{name: "target", typ: colFloat, rule: ruleValue, aliases: []string{"muc_tieu"}, doc: "target value"},
			{name: "unit", typ: colDict, aliases: measureAliases, doc: "the target's unit"},
			{name: "level", typ: colDict, rule: ruleLevel, aliases: []string{"cap"}, doc: "the target's level"},
			{name: "change", typ: colDict, rule: ruleChange, aliases: []string{"thay_doi"}, doc: "empty, or decrease/increase for a target stated as a change against a baseline year"},
			{name: "entity", typ: colDict, required: true, rule: ruleProvince, aliases: []string{"don_vi", "doi_tuong"}, doc: "entity scored"},
			{name: "year", typ: colInt, required: true, rule: ruleYear, aliases: []string{"nam"}, doc: "year scored"},
			{name: "actual", typ: colFloat, nullable: true, rule: ruleValue, aliases: []string{"ket_qua", "thuc_hien"}, doc: "observed value, null when none"},
			{name: "baseline", typ: colFloat, nullable: true, rule: ruleValue, aliases: []string{"gia_tri_nam_goc"}, doc: "baseline value for change targets"},
			{name: "attainment", typ: colFloat, nullable: true, aliases: []string{"muc_dat"}, doc: "attainment in [0,1], null when no_data"},
			{name: "met", typ: colBool, aliases: []string{"dat"}, doc: "whether the target was met"},
			{name: "status", typ: colDict, required: true, rule: ruleStatus, aliases: []string{"trang_thai"}, doc: "met, near, off_track or no_data"},
			{name: "weight", typ: colFloat, aliases: []string{"trong_so"}, doc: "the target's weight"},
			{name: "points", typ: colFloat, nullable: true, aliases: []string{"diem"}, doc: "points earned, null when no point rule applies"},
			{name: "max_points", typ: colFloat, nullable: true, aliases: []string{"diem_toi_da"}, doc: "maximum points, null when no point rule applies"},
			{name: "note", typ: colString, aliases: []string{"ghi_chu"}, doc: "why the status is what it is"},
		}
	}
	return nil
}

var (
	provinceAliases = []string{"tinh", "tinh_thanh", "tinh_thanh_pho", "tinh_tp", "province_name", "dia_phuong"}
	unitAliases     = []string{"don_vi", "don_vi_tinh", "dvt", "don_vi_do"}
	// measureAliases name the unit of measure where "đơn vị" names the
	// reporting unit (observations and scorecards: the entity).
	measureAliases = []string{"don_vi_tinh", "dvt", "don_vi_do"}
)

// Schema returns the Arrow schema of table kind k, nil for an unknown kind.
// Repeating strings are dictionary<int32, utf8>; whole numbers (years,
// ranks, line numbers) int32; values float64; lists list<utf8> or
// list<int32>. Fields are nullable exactly where the Go struct has a
// pointer (and index_values.value, null when only a rank was published).
func Schema(k Kind) *arrow.Schema {
	cs := specs(k)
	if cs == nil {
		return nil
	}
	fields := make([]arrow.Field, len(cs))
	for i, c := range cs {
		fields[i] = arrow.Field{Name: c.name, Type: c.arrowType(), Nullable: c.nullable}
	}
	md := arrow.NewMetadata([]string{"cchc.kind"}, []string{string(k)})
	return arrow.NewSchema(fields, &md)
}

// columnKey is the key header names are matched on (vntext.Key):
// "Rank (if any)" → "rank_if_any", "Tỉnh/TP" → "tinh_tp", "Năm" → "nam".
func columnKey(s string) string { return vntext.Key(s) }

// lookupColumn returns the index in cs of the column a header name names, or -1.
func lookupColumn(cs []colSpec, header string) int {
	key := columnKey(header)
	if key == "" {
		return -1
	}
	for i, c := range cs {
		if c.name == key {
			return i
		}
	}
	for i, c := range cs {
		for _, a := range c.aliases {
			if a == key {
				return i
			}
		}
	}
	return -1
}

// ColumnInfo describes one column of a table kind, for documentation and
// for tools that build files by hand.
type ColumnInfo struct {
	// Name is the column name (snake_case, as in the JSON of the struct).
	Name string
	// Type is the Arrow type.
	Type arrow.DataType
	// Nullable says whether blank cells are nulls (else zero values).
	Nullable bool
	// Required says whether a file must have the column.
	Required bool
	// BlankOK says whether a required column's cells may be blank.
	BlankOK bool
	// Aliases are other header names accepted for the column (compared
	// folded, with runs of other characters than letters and digits as "_").
	Aliases []string
	// Doc says what the column holds.
	Doc string
}

// Columns describes the columns of table kind k, in schema order; nil for
// an unknown kind.
func Columns(k Kind) []ColumnInfo {
	cs := specs(k)
	if cs == nil {
		return nil
	}
	out := make([]ColumnInfo, len(cs))
	for i, c := range cs {
		out[i] = ColumnInfo{Name: c.name, Type: c.arrowType(), Nullable: c.nullable, Required: c.required, BlankOK: c.blankOK,
			Aliases: append([]string(nil), c.aliases...), Doc: c.doc}
	}
	return out
}
