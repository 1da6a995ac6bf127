package dossier

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Field names of the national sync schema: the payload a province's
// one-stop system (Hệ thống thông tin giải quyết TTHC cấp tỉnh) sends to
// the national portal (Cổng Dịch vụ công quốc gia) for every dossier.
const (
	NatID          = "MaHoSo"
	NatProcedure   = "MaTTHC"
	NatProcName    = "TenTTHC"
	NatLevel       = "MucDo"
	NatChannel     = "KenhThucHien"
	NatAgency      = "DonViXuLy"
	NatSubmittedAt = "NgayNopHoSo"
	NatReceivedAt  = "NgayTiepNhan"
	NatDueAt       = "NgayHenTra"
	NatProcessedAt = "NgayKetThucXuLy"
	NatReturnedAt  = "NgayTra"
	NatStatus      = "TrangThaiHoSo"
	NatPaidOnline  = "DuocThanhToanTrucTuyen"
	NatDigitised   = "HoSoCoThanhPhanSoHoa"
	NatFee         = "LePhi"
	// NatFeeList is the JSON payload's list of fees; its items' NatFeePrice
	// are added up into the fee.
	NatFeeList  = "DanhSachLePhi"
	NatFeePrice = "Gia"
)

// NationalFields returns the flat field names of the national schema, in
// the order the writers put them.
func NationalFields() []string {
	return []string{NatID, NatProcedure, NatProcName, NatLevel, NatChannel, NatAgency,
		NatSubmittedAt, NatReceivedAt, NatDueAt, NatProcessedAt, NatReturnedAt,
		NatStatus, NatPaidOnline, NatDigitised, NatFee}
}

// NationalLabels returns the Vietnamese column label of each field as
// provincial systems print them in Excel exports.
func NationalLabels() map[string]string {
	return map[string]string{
		NatID: "Mã hồ sơ", NatProcedure: "Mã TTHC", NatProcName: "Tên TTHC",
		NatLevel: "Mức độ", NatChannel: "Kênh thực hiện", NatAgency: "Đơn vị xử lý",
		NatSubmittedAt: "Ngày nộp hồ sơ", NatReceivedAt: "Ngày tiếp nhận",
		NatDueAt: "Ngày hẹn trả", NatProcessedAt: "Ngày kết thúc xử lý",
		NatReturnedAt: "Ngày trả kết quả", NatStatus: "Trạng thái",
		NatPaidOnline: "Thanh toán trực tuyến", NatDigitised: "Số hóa thành phần hồ sơ",
		NatFee: "Lệ phí",
	}
}

// nationalHeaderKeys maps the vntext.Key of every accepted header (field
// name or Vietnamese label) to its field.
var nationalHeaderKeys = func() map[string]string {
	m := map[string]string{}
	add := func(field string, names ...string) {
		m[vntext.Key(field)] = field
		for _, n := range names {
			m[vntext.Key(n)] = field
		}
	}
	add(NatID, "Mã hồ sơ", "Số hồ sơ")
	add(NatProcedure, "Mã TTHC", "Mã thủ tục", "Mã thủ tục hành chính")
	add(NatProcName, "Tên TTHC", "Tên thủ tục", "Tên thủ tục hành chính")
	add(NatLevel, "Mức độ", "Mức độ DVC", "Mức độ dịch vụ công")
	add(NatChannel, "Kênh thực hiện", "Kênh nộp", "Hình thức nộp")
	add(NatAgency, "Đơn vị xử lý", "Cơ quan xử lý", "Đơn vị giải quyết", "Cơ quan giải quyết")
	add(NatSubmittedAt, "Ngày nộp hồ sơ", "Ngày nộp")
	add(NatReceivedAt, "Ngày tiếp nhận")
	add(NatDueAt, "Ngày hẹn trả", "Ngày hẹn trả kết quả")
	add(NatProcessedAt, "Ngày kết thúc xử lý", "Ngày xử lý xong", "Ngày hoàn thành")
	add(NatReturnedAt, "Ngày trả kết quả", "Ngày trả")
	add(NatStatus, "Trạng thái", "Trạng thái hồ sơ")
	add(NatPaidOnline, "Thanh toán trực tuyến", "Được thanh toán trực tuyến")
	add(NatDigitised, "Số hóa thành phần hồ sơ", "Hồ sơ có thành phần số hóa", "Số hóa hồ sơ")
	add(NatFee, "Lệ phí", "Phí, lệ phí", "Phí lệ phí", "Phí")
	return m
}()

// NationalField returns the national field a header cell names (a field
// name such as "NgayTiepNhan" or a label such as "Ngày tiếp nhận", in any
// case, with or without diacritics), and false when it names none.
func NationalField(header string) (string, bool) {
	f, ok := nationalHeaderKeys[vntext.Key(header)]
	return f, ok
}

// Dossier statuses of the national schema (TrangThaiHoSo).
const (
	StatusRegistered      = 1  // Mới đăng ký
	StatusAccepted        = 2  // Được tiếp nhận
	StatusNotAccepted     = 3  // Không được tiếp nhận
	StatusProcessing      = 4  // Đang xử lý
	StatusSupplementAsked = 5  // Yêu cầu bổ sung giấy tờ
	StatusFeeAsked        = 6  // Yêu cầu thực hiện nghĩa vụ tài chính
	StatusWithdrawn       = 7  // Công dân yêu cầu rút hồ sơ
	StatusStopped         = 8  // Dừng xử lý
	StatusProcessed       = 9  // Đã xử lý xong
	StatusReturned        = 10 // Đã trả kết quả
)

// Levels of service (MucDo) and channels (KenhThucHien) of the national schema.
const (
	LevelInfo          = 2 // dịch vụ công (cung cấp thông tin)
	LevelPartialOnline = 3 // dịch vụ công trực tuyến một phần
	LevelFullOnline    = 4 // dịch vụ công trực tuyến toàn trình

	NatChannelInPerson = 1 // trực tiếp
	NatChannelOnline   = 2 // trực tuyến
	NatChannelPostal   = 3 // bưu chính công ích
)

// NoTime marks a date field that is empty.
const NoTime int64 = math.MinInt64

// National is one dossier in the national sync schema. Times are Viet Nam
// wall-clock seconds since 1970-01-01 (see WallSeconds), NoTime when empty.
type National struct {
	// ID is MaHoSo.
	ID string
	// Procedure is MaTTHC; ProcedureName TenTTHC.
	Procedure, ProcedureName string
	// Level is MucDo (2, 3 or 4; 0 when empty).
	Level int
	// Channel is KenhThucHien (1, 2 or 3; an empty field is 1).
	Channel int
	// Agency is DonViXuLy.
	Agency string
	// SubmittedAt, ReceivedAt, DueAt, ProcessedAt and ReturnedAt are
	// NgayNopHoSo, NgayTiepNhan, NgayHenTra, NgayKetThucXuLy and NgayTra.
	SubmittedAt, ReceivedAt, DueAt, ProcessedAt, ReturnedAt int64
	// Status is TrangThaiHoSo, 1..10.
	Status int
	// PaidOnline is DuocThanhToanTrucTuyen: 1 on the national portal, 2
	// on the provincial gateway, 0 not paid online.
	PaidOnline int
	// Digitised is HoSoCoThanhPhanSoHoa = 1.
	Digitised bool
	// Fee is LePhi, or the sum of DanhSachLePhi[].Gia.
	Fee float64
}

// Finished reports whether the status is a final one (8, 9 or 10).
func (n *National) Finished() bool {
	return n.Status == StatusStopped || n.Status == StatusProcessed || n.Status == StatusReturned
}

// EndAt returns NgayKetThucXuLy, else NgayTra, else NoTime.
func (n *National) EndAt() int64 {
	if n.ProcessedAt != NoTime {
		return n.ProcessedAt
	}
	return n.ReturnedAt
}

// Reasons a national record is rejected (RowError.Reason).
const (
	// RejectUnreadable: the row cannot be split into fields (CSV quoting,
	// wrong number of fields, JSON that is not an object).
	RejectUnreadable = "unreadable_row"
	// RejectBadDate: a date field does not parse.
	RejectBadDate = "bad_date"
	// RejectBadValue: a number or yes/no field does not parse.
	RejectBadValue = "bad_value"
	// RejectUnknownStatus: TrangThaiHoSo is empty or not 1..10.
	RejectUnknownStatus = "unknown_status"
	// RejectUnknownLevel: MucDo is not 2, 3 or 4 (empty is accepted).
	RejectUnknownLevel = "unknown_level"
	// RejectUnknownChannel: KenhThucHien is not 1, 2 or 3 (empty is 1).
	RejectUnknownChannel = "unknown_channel"
	// RejectNoReceivedDate: a received dossier (status not 1 or 3) has no NgayTiepNhan.
	RejectNoReceivedDate = "no_received_date"
	// RejectDueBeforeReceived: NgayHenTra is on a day before NgayTiepNhan.
	RejectDueBeforeReceived = "due_before_received"
	// RejectEndBeforeReceived: NgayKetThucXuLy or NgayTra is on a day before NgayTiepNhan.
	RejectEndBeforeReceived = "end_before_received"
	// RejectFinishedWithoutEnd: status 9 or 10 with neither NgayKetThucXuLy nor NgayTra.
	RejectFinishedWithoutEnd = "finished_without_end"
)

// NationalRejectReasons returns the reasons a national record is
// rejected, in the order they are checked.
func NationalRejectReasons() []string {
	return []string{RejectUnreadable, RejectBadDate, RejectBadValue, RejectUnknownStatus,
		RejectUnknownLevel, RejectUnknownChannel, RejectNoReceivedDate,
		RejectDueBeforeReceived, RejectEndBeforeReceived, RejectFinishedWithoutEnd}
}

// nationalCheck returns the reason and field of the first consistency
// rule n breaks, or "" when it keeps them all.
func nationalCheck(n *National) (reason, field string, detail error) {
	received := n.Status != StatusRegistered && n.Status != StatusNotAccepted
	if received && n.ReceivedAt == NoTime {
		return RejectNoReceivedDate, NatReceivedAt, i18n.Errorf("status %d needs a received date", n.Status)
	}
	if n.ReceivedAt != NoTime {
		day := DayOf(n.ReceivedAt)
		if n.DueAt != NoTime && DayOf(n.DueAt) < day {
			return RejectDueBeforeReceived, NatDueAt, i18n.Errorf("due day %s is before the received day %s", dayText(n.DueAt), dayText(n.ReceivedAt))
		}
		for _, f := range []struct {
			name string
			t    int64
		}{{NatProcessedAt, n.ProcessedAt}, {NatReturnedAt, n.ReturnedAt}} {
			if f.t != NoTime && DayOf(f.t) < day {
				return RejectEndBeforeReceived, f.name, i18n.Errorf("end day %s is before the received day %s", dayText(f.t), dayText(n.ReceivedAt))
			}
		}
	}
	if (n.Status == StatusProcessed || n.Status == StatusReturned) && n.EndAt() == NoTime {
		return RejectFinishedWithoutEnd, NatProcessedAt,
			i18n.Errorf("status %d (finished) without %s or %s", n.Status, NatProcessedAt, NatReturnedAt)
	}
	return "", "", nil
}

// dayText formats the day of wall-clock seconds as 2006-01-02.
func dayText(wall int64) string { return FromWallSeconds(wall).Format("2006-01-02") }

// DayOf returns the day number (days since 1970-01-01) of wall-clock
// seconds: the unit the national rules compare dates in.
func DayOf(wall int64) int64 {
	d := wall / 86400
	if wall%86400 < 0 {
		d--
	}
	return d
}

// parseNationalTime parses a national date: the payload's compact
// yyyyMMddHHmmss or yyyyMMdd, or any form ParseTime reads (ISO, and
// dd/MM/yyyy [HH:mm[:ss]], also with "-" between day, month and year).
func parseNationalTime(s string) (int64, error) {
	if isDigitString(s) && (len(s) == 14 || len(s) == 8 || len(s) == 12) {
		for len(s) < 14 {
			s += "0"
		}
		y, _ := strconv.Atoi(s[0:4])
		mo, _ := strconv.Atoi(s[4:6])
		d, _ := strconv.Atoi(s[6:8])
		h, _ := strconv.Atoi(s[8:10])
		mi, _ := strconv.Atoi(s[10:12])
		sec, _ := strconv.Atoi(s[12:14])
		if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59 {
			return 0, i18n.Errorf("date or time out of range")
		}
		t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC)
		if t.Day() != d {
			return 0, i18n.Errorf("no such day")
		}
		return t.Unix(), nil
	}
	if len(s) >= 10 && (s[2] == '-' || s[1] == '-') && !strings.Contains(s[:4], "/") {
		if i := strings.IndexByte(s, '-'); i == 1 || i == 2 {
			if j := strings.IndexByte(s[i+1:], '-'); j == 1 || j == 2 {
				b := []byte(s)
				b[i], b[i+1+j] = '/', '/'
				s = string(b)
			}
		}
	}
	return ParseTime(s, false)
}

func isDigitString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// codeOf reads a small code field: its number, or the code its text
// names (matched on vntext.Key, either exactly or as a part).
func codeOf(s string, names map[string]int) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1e6 {
		return int(f), true
	}
	k := vntext.Key(s)
	if c, ok := names[k]; ok {
		return c, true
	}
	return 0, false
}

var statusNames = map[string]int{
	"moi_dang_ky": 1, "dang_ky_moi": 1, "moi": 1, "cho_tiep_nhan": 1,
	"duoc_tiep_nhan": 2, "da_tiep_nhan": 2, "tiep_nhan": 2,
	"khong_duoc_tiep_nhan": 3, "tu_choi_tiep_nhan": 3, "khong_tiep_nhan": 3,
	"dang_xu_ly": 4, "dang_giai_quyet": 4,
	"yeu_cau_bo_sung_giay_to": 5, "yeu_cau_bo_sung": 5, "bo_sung_giay_to": 5, "yeu_cau_bo_sung_ho_so": 5,
	"yeu_cau_thuc_hien_nghia_vu_tai_chinh": 6, "thuc_hien_nghia_vu_tai_chinh": 6,
	"cong_dan_yeu_cau_rut_ho_so": 7, "rut_ho_so": 7, "da_rut_ho_so": 7, "yeu_cau_rut_ho_so": 7,
	"dung_xu_ly": 8, "da_dung_xu_ly": 8,
	"da_xu_ly_xong": 9, "xu_ly_xong": 9, "da_giai_quyet": 9, "da_hoan_thanh": 9, "hoan_thanh": 9,
	"da_tra_ket_qua": 10, "tra_ket_qua": 10,
}

var levelNames = map[string]int{
	"toan_trinh": 4, "dvc_truc_tuyen_toan_trinh": 4, "dich_vu_cong_truc_tuyen_toan_trinh": 4, "truc_tuyen_toan_trinh": 4, "muc_do_4": 4, "muc_4": 4,
	"mot_phan": 3, "dvc_truc_tuyen_mot_phan": 3, "dich_vu_cong_truc_tuyen_mot_phan": 3, "truc_tuyen_mot_phan": 3, "muc_do_3": 3, "muc_3": 3,
	"dich_vu_cong": 2, "dvc": 2, "cung_cap_thong_tin": 2, "dich_vu_cong_cung_cap_thong_tin": 2, "muc_do_2": 2, "muc_2": 2,
}

var channelNames = map[string]int{
	"truc_tiep": 1, "nop_truc_tiep": 1, "tai_bo_phan_mot_cua": 1,
	"truc_tuyen": 2, "nop_truc_tuyen": 2, "qua_mang": 2,
	"buu_chinh": 3, "buu_chinh_cong_ich": 3, "qua_buu_chinh": 3, "qua_buu_chinh_cong_ich": 3,
}

var paidNames = map[string]int{
	"khong": 0, "no": 0, "false": 0, "chua": 0, "chua_thanh_toan": 0,
	"co": 1, "yes": 1, "true": 1, "da_thanh_toan": 1, "cong_dvcqg": 1, "dvcqg": 1, "cong_dich_vu_cong_quoc_gia": 1, "tren_cong_dvcqg": 1,
	"cong_tinh": 2, "he_thong_tinh": 2, "tren_cong_tinh": 2, "cong_dich_vu_cong_tinh": 2,
}

var yesNoNames = map[string]int{"khong": 0, "no": 0, "false": 0, "co": 1, "yes": 1, "true": 1, "x": 1, "da_so_hoa": 1, "chua_so_hoa": 0}

// nationalRow assembles one National from text fields. set is called per
// field; finish runs the consistency rules. Every error carries its
// reason and field.
type nationalRow struct {
	n National
	// excelDates says a number in a date field is an Excel serial date.
	excelDates bool
}

// fieldError is a field that does not parse.
type fieldError struct {
	reason, field, value string
	err                  error
}

func (e *fieldError) Error() string { return e.err.Error() }

func (r *nationalRow) reset() {
	r.n = National{SubmittedAt: NoTime, ReceivedAt: NoTime, DueAt: NoTime,
		ProcessedAt: NoTime, ReturnedAt: NoTime, Channel: NatChannelInPerson}
}

// set parses the text of one field into the row; text fields other than
// the dossier's own id go through cache (nil: none).
func (r *nationalRow) set(field, raw string, cache *nfcCache) *fieldError {
	v := strings.TrimSpace(raw)
	bad := func(reason string, err error) *fieldError {
		return &fieldError{reason: reason, field: field, value: raw, err: err}
	}
	switch field {
	case NatID:
		r.n.ID = cache.id(v)
	case NatProcedure:
		r.n.Procedure = cache.nfc(v)
	case NatProcName:
		r.n.ProcedureName = cache.nfc(v)
	case NatAgency:
		r.n.Agency = cache.nfc(v)
	case NatSubmittedAt, NatReceivedAt, NatDueAt, NatProcessedAt, NatReturnedAt:
		t := NoTime
		if v != "" {
			var err error
			if st, ok := r.excelTime(v); ok {
				t = st
			} else if t, err = parseNationalTime(v); err != nil {
				return bad(RejectBadDate, err)
			}
		}
		r.setTime(field, t)
	case NatStatus:
		c, ok := codeOf(v, statusNames)
		if !ok || c < 1 || c > 10 {
			return bad(RejectUnknownStatus, i18n.Errorf("not a status code 1..10"))
		}
		r.n.Status = c
	case NatLevel:
		if v == "" {
			return nil
		}
		c, ok := codeOf(v, levelNames)
		if !ok {
			c, ok = levelByPart(vntext.Key(v))
		}
		if !ok || c < 1 || c > 4 {
			return bad(RejectUnknownLevel, i18n.Errorf("not a level (2 dịch vụ công, 3 một phần, 4 toàn trình)"))
		}
		r.n.Level = c
	case NatChannel:
		if v == "" {
			return nil
		}
		c, ok := codeOf(v, channelNames)
		if !ok || c < 1 || c > 3 {
			return bad(RejectUnknownChannel, i18n.Errorf("not a channel (1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích)"))
		}
		r.n.Channel = c
	case NatPaidOnline:
		if v == "" {
			return nil
		}
		c, ok := codeOf(v, paidNames)
		if !ok || c < 0 || c > 2 {
			return bad(RejectBadValue, i18n.Errorf("not a payment code (0 no, 1 national portal, 2 provincial gateway, Có/Không)"))
		}
		r.n.PaidOnline = c
	case NatDigitised:
		if v == "" {
			return nil
		}
		c, ok := codeOf(v, yesNoNames)
		if !ok || c < 0 || c > 1 {
			return bad(RejectBadValue, i18n.Errorf("not 0/1 or Có/Không"))
		}
		r.n.Digitised = c == 1
	case NatFee:
		if v == "" {
			return nil
		}
		f, _, err := vntext.ParseNumber(v)
		if err != nil || f < 0 {
			if err == nil {
				err = i18n.Errorf("negative fee")
			}
			return bad(RejectBadValue, err)
		}
		r.n.Fee += f
	}
	return nil
}

// excelTime reads v as an Excel serial date when the row's dates may be
// ones (XLSX) and v is not a compact yyyyMMdd[HHmmss] date.
func (r *nationalRow) excelTime(v string) (int64, bool) {
	if !r.excelDates {
		return 0, false
	}
	st, ok := excelSerialTime(v)
	return st, ok && (!isDigitString(v) || len(v) < 8)
}

// levelByPart reads a level from a longer label ("DVC trực tuyến toàn trình (mức 4)").
func levelByPart(k string) (int, bool) {
	switch {
	case strings.Contains(k, "toan_trinh"):
		return LevelFullOnline, true
	case strings.Contains(k, "mot_phan"):
		return LevelPartialOnline, true
	}
	return 0, false
}

// timeOf returns the time of a date field (NoTime for other fields).
func (r *nationalRow) timeOf(field string) int64 {
	switch field {
	case NatSubmittedAt:
		return r.n.SubmittedAt
	case NatReceivedAt:
		return r.n.ReceivedAt
	case NatDueAt:
		return r.n.DueAt
	case NatProcessedAt:
		return r.n.ProcessedAt
	case NatReturnedAt:
		return r.n.ReturnedAt
	}
	return NoTime
}

func (r *nationalRow) setTime(field string, t int64) {
	switch field {
	case NatSubmittedAt:
		r.n.SubmittedAt = t
	case NatReceivedAt:
		r.n.ReceivedAt = t
	case NatDueAt:
		r.n.DueAt = t
	case NatProcessedAt:
		r.n.ProcessedAt = t
	default:
		r.n.ReturnedAt = t
	}
}

// finish checks that a status was given and the consistency rules.
func (r *nationalRow) finish(haveStatus bool) *fieldError {
	if !haveStatus {
		return &fieldError{reason: RejectUnknownStatus, field: NatStatus, err: i18n.Errorf("no status")}
	}
	if reason, field, detail := nationalCheck(&r.n); reason != "" {
		return &fieldError{reason: reason, field: field, value: timeText(r.timeOf(field)), err: detail}
	}
	return nil
}
