package dossier

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/xuri/excelize/v2"
)

// Vietnamese text of the national codes, as Excel exports print them.
var (
	statusTextVI = map[int]string{1: "Mới đăng ký", 2: "Được tiếp nhận", 3: "Không được tiếp nhận",
		4: "Đang xử lý", 5: "Yêu cầu bổ sung giấy tờ", 6: "Yêu cầu thực hiện nghĩa vụ tài chính",
		7: "Công dân yêu cầu rút hồ sơ", 8: "Dừng xử lý", 9: "Đã xử lý xong", 10: "Đã trả kết quả"}
	levelTextVI   = map[int]string{2: "Dịch vụ công", 3: "Một phần", 4: "Toàn trình"}
	channelTextVI = map[int]string{1: "Trực tiếp", 2: "Trực tuyến", 3: "Bưu chính công ích"}
	paidTextVI    = map[int]string{0: "Không", 1: "Cổng DVCQG", 2: "Cổng tỉnh"}
)

// StatusTextVI returns the Vietnamese name of a national status code.
func StatusTextVI(status int) string { return statusTextVI[status] }

// NationalCSVWriter writes national-schema records as CSV with the field
// names as header (MaHoSo, …) and codes as numbers, as the sync payload
// holds them; dates are "2006-01-02 15:04:05".
type NationalCSVWriter struct {
	w   *csv.Writer
	row []string
}

// NewNationalCSVWriter writes the header to w and returns the writer.
func NewNationalCSVWriter(w io.Writer) (*NationalCSVWriter, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(NationalFields()); err != nil {
		return nil, err
	}
	return &NationalCSVWriter{w: cw, row: make([]string, len(NationalFields()))}, nil
}

// Write writes one record.
func (w *NationalCSVWriter) Write(n *National) error {
	r := w.row
	r[0], r[1], r[2] = n.ID, n.Procedure, n.ProcedureName
	r[3] = codeText(n.Level)
	r[4] = strconv.Itoa(n.Channel)
	r[5] = n.Agency
	for i, t := range []int64{n.SubmittedAt, n.ReceivedAt, n.DueAt, n.ProcessedAt, n.ReturnedAt} {
		r[6+i] = timeText(t)
	}
	r[11] = strconv.Itoa(n.Status)
	r[12] = strconv.Itoa(n.PaidOnline)
	r[13] = "0"
	if n.Digitised {
		r[13] = "1"
	}
	r[14] = strconv.FormatFloat(n.Fee, 'f', -1, 64)
	return w.w.Write(r)
}

// Close flushes the output.
func (w *NationalCSVWriter) Close() error {
	w.w.Flush()
	return w.w.Error()
}

func codeText(c int) string {
	if c == 0 {
		return ""
	}
	return strconv.Itoa(c)
}

func timeText(t int64) string {
	if t == NoTime {
		return ""
	}
	return FromWallSeconds(t).Format("2006-01-02 15:04:05")
}

// NationalXLSXWriter writes national-schema records as an Excel export
// does: a title row and a blank row above a header of Vietnamese labels,
// text values ("Trực tuyến", "Toàn trình", "Đã trả kết quả", "Có"/"Không"),
// received, due and end dates as Excel dates, the submission date as text
// dd/MM/yyyy HH:mm:ss.
type NationalXLSXWriter struct {
	wb    *excelize.File
	sw    *excelize.StreamWriter
	row   int
	style int
	cells []any
}

// NewNationalXLSXWriter starts a workbook whose first sheet is titled title.
func NewNationalXLSXWriter(title string) (*NationalXLSXWriter, error) {
	wb := excelize.NewFile()
	const sheet = "Sheet1"
	sw, err := wb.NewStreamWriter(sheet)
	if err != nil {
		wb.Close()
		return nil, err
	}
	style, err := wb.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd/mm/yyyy hh:mm:ss")})
	if err != nil {
		wb.Close()
		return nil, err
	}
	w := &NationalXLSXWriter{wb: wb, sw: sw, style: style, row: 1}
	if err := sw.SetRow("A1", []any{title}); err != nil {
		wb.Close()
		return nil, err
	}
	labels := NationalLabels()
	var header []any
	for _, f := range NationalFields() {
		header = append(header, labels[f])
	}
	w.row = 3
	if err := sw.SetRow("A3", header); err != nil {
		wb.Close()
		return nil, err
	}
	return w, nil
}

func ptr[T any](v T) *T { return &v }

// Write appends one record.
func (w *NationalXLSXWriter) Write(n *National) error {
	w.row++
	date := func(t int64) any {
		if t == NoTime {
			return nil
		}
		return excelize.Cell{StyleID: w.style, Value: FromWallSeconds(t)}
	}
	yes := "Không"
	if n.Digitised {
		yes = "Có"
	}
	var fee any
	if n.Fee != 0 {
		fee = n.Fee
	}
	w.cells = append(w.cells[:0], n.ID, n.Procedure, n.ProcedureName, textOr(levelTextVI, n.Level),
		textOr(channelTextVI, n.Channel), n.Agency, textDate(n.SubmittedAt), date(n.ReceivedAt),
		date(n.DueAt), date(n.ProcessedAt), date(n.ReturnedAt), textOr(statusTextVI, n.Status),
		textOr(paidTextVI, n.PaidOnline), yes, fee)
	cell, _ := excelize.CoordinatesToCellName(1, w.row)
	return w.sw.SetRow(cell, w.cells)
}

// textOr returns the Vietnamese text of a code, the code itself when it
// has none (0 is empty), so that an unknown code stays visible.
func textOr(names map[int]string, code int) any {
	if t, ok := names[code]; ok {
		return t
	}
	if code == 0 {
		return nil
	}
	return code
}

func textDate(t int64) any {
	if t == NoTime {
		return nil
	}
	return FromWallSeconds(t).Format("02/01/2006 15:04:05")
}

// Close writes the workbook to out and releases it.
func (w *NationalXLSXWriter) Close(out io.Writer) error {
	defer w.wb.Close()
	if err := w.sw.Flush(); err != nil {
		return i18n.Errorf("xlsx: %w", err)
	}
	_, err := w.wb.WriteTo(out)
	return err
}

// WallTime returns t's wall-clock seconds (WallSeconds), NoTime for the zero time.
func WallTime(t time.Time) int64 {
	if t.IsZero() {
		return NoTime
	}
	return WallSeconds(t)
}
