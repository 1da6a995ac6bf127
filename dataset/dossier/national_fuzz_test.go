package dossier

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// nationalChecks returns the callbacks of a fuzz read: a rejection needs
// a reason, a kept record a status 1..10.
func nationalChecks(t *testing.T) (NationalOptions, func(*National, int64) error) {
	return NationalOptions{OnReject: func(e *RowError) {
			if e.Reason == "" || e.Error() == "" {
				t.Errorf("rejected without a reason: %v", e)
			}
		}}, func(n *National, pos int64) error {
			if n.Status < 1 || n.Status > 10 {
				t.Errorf("status %d kept", n.Status)
			}
			return nil
		}
}

// readNationalCSVLog reads national CSV data with the chunk size and
// workers given and returns every record and rejection as text, in the
// order the callbacks saw them, and the error. It fails t on a rejection
// without a reason or a record kept with an unknown status.
func readNationalCSVLog(t *testing.T, data []byte, chunkSize, workers int) []string {
	var out []string
	err := readNationalCSVFrom(bytes.NewReader(data), "f.csv", NationalOptions{OnReject: func(e *RowError) {
		if e.Reason == "" || e.Error() == "" {
			t.Errorf("rejected without a reason: %v", e)
		}
		out = append(out, fmt.Sprintf("reject %d %s %s", e.Line, e.Reason, e.Error()))
	}}, func(n *National, pos int64) error {
		if n.Status < 1 || n.Status > 10 {
			t.Errorf("status %d kept", n.Status)
		}
		out = append(out, fmt.Sprintf("%d %+v", pos, *n))
		return nil
	}, nil, chunkSize, workers)
	return append(out, fmt.Sprint("end ", err))
}

// readNationalCSVSinks reads national CSV data as readNationalCSVLog does,
// with each of workers goroutines passing its records to its own sink: it
// returns the rejections in the order seen, then the records in line
// order.
func readNationalCSVSinks(t *testing.T, data []byte, chunkSize, workers int) []string {
	var out []string
	recs := make([][]string, workers)
	var sinks []func(*National, int64) error
	for w := range workers {
		sinks = append(sinks, func(n *National, pos int64) error {
			if n.Status < 1 || n.Status > 10 {
				t.Errorf("status %d kept", n.Status)
			}
			recs[w] = append(recs[w], fmt.Sprintf("%d %+v", pos, *n))
			return nil
		})
	}
	err := readNationalCSVFrom(bytes.NewReader(data), "f.csv", NationalOptions{OnReject: func(e *RowError) {
		out = append(out, fmt.Sprintf("reject %d %s %s", e.Line, e.Reason, e.Error()))
	}}, nil, sinks, chunkSize, workers)
	var all []string
	for _, r := range recs {
		all = append(all, r...)
	}
	slices.SortStableFunc(all, func(a, b string) int { return cmp.Compare(lineOf(a), lineOf(b)) })
	return append(append(out, all...), fmt.Sprint("end ", err))
}

// lineOf returns the line a record of a log starts with.
func lineOf(s string) int {
	n, _ := strconv.Atoi(s[:strings.IndexByte(s, ' ')])
	return n
}

// inSinkOrder puts a log of readNationalCSVLog in the order of
// readNationalCSVSinks: rejections first, then the records.
func inSinkOrder(log []string) []string {
	var rej, recs []string
	for _, s := range log[:len(log)-1] {
		if strings.HasPrefix(s, "reject ") {
			rej = append(rej, s)
		} else {
			recs = append(recs, s)
		}
	}
	return append(append(rej, recs...), log[len(log)-1])
}

// FuzzReadNationalCSV reads national CSV data in chunks of 7 bytes by 3
// workers and in one piece by one worker: the same records, rejections
// and lines (in memory: the file is opened by ReadNational's tests). Read
// by 3 workers into 3 sinks, the rejections come in the same order and
// the records are the same.
func FuzzReadNationalCSV(f *testing.F) {
	f.Add([]byte(nationalCSV))
	f.Add([]byte("Báo cáo;;\nMã hồ sơ;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả;Kênh thực hiện;Mức độ;Ngày trả\nH;Đã trả kết quả;01/07/2025 14:03;;Trực tuyến;Toàn trình;02/07/2025\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		want := readNationalCSVLog(t, data, len(data)+1, 1)
		if got := readNationalCSVLog(t, data, 7, 3); !reflect.DeepEqual(got, want) {
			t.Fatalf("in chunks:\n%s\nin one piece:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if got, want := readNationalCSVSinks(t, data, 7, 3), inSinkOrder(want); !reflect.DeepEqual(got, want) {
			t.Fatalf("into sinks:\n%s\nin one piece:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
}

// The JSON and XLSX targets read in memory, past the file opening: with
// a temporary file per input they made a few inputs a minute here.

func FuzzReadNationalJSON(f *testing.F) {
	f.Add([]byte(`[{"MaHoSo":"J1","MucDo":4,"KenhThucHien":2,"NgayTiepNhan":"20250401080000","NgayHenTra":"20250405","TrangThaiHoSo":9,"NgayTra":"20250404","DanhSachLePhi":[{"Gia":1}]}]`))
	f.Add([]byte("{\"TrangThaiHoSo\":\"4\",\"NgayTiepNhan\":\"2025-01-01\"}\n{\"TrangThaiHoSo\":1}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		opts, fn := nationalChecks(t)
		_ = readNationalJSONData(data, "f.json", opts, fn)
	})
}

func FuzzReadNationalXLSX(f *testing.F) {
	w, err := NewNationalXLSXWriter("T")
	if err != nil {
		f.Fatal(err)
	}
	n := National{ID: "X", Level: 4, Channel: 2, SubmittedAt: NoTime, ReceivedAt: 1.75e9, DueAt: 1.75e9 + 86400, ProcessedAt: NoTime, ReturnedAt: 1.75e9 + 3600, Status: 10}
	w.Write(&n)
	var buf bytes.Buffer
	if err := w.Close(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		opts, fn := nationalChecks(t)
		_ = readNationalXLSXData(data, "f.xlsx", opts, fn)
	})
}

// TestNationalXLSXStatedSizes reads workbooks whose zip entries state
// sizes past the limits (one part of 3.75 GiB; a styles part of 1 GiB):
// an error naming the part, at once, instead of excelize setting aside
// that much memory before it reads the part.
func TestNationalXLSXStatedSizes(t *testing.T) {
	w, err := NewNationalXLSXWriter("T")
	if err != nil {
		t.Fatal(err)
	}
	n := National{ID: "X", Level: 4, Channel: 2, SubmittedAt: NoTime, ReceivedAt: 1.75e9, DueAt: NoTime, ProcessedAt: NoTime, ReturnedAt: NoTime, Status: 4}
	w.Write(&n)
	var buf bytes.Buffer
	if err := w.Close(&buf); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		part string
		size uint32
	}{
		{"xl/worksheets/sheet1.xml", 0xF0000000},
		{"xl/styles.xml", 1 << 30},
	} {
		data := statingSize(t, buf.Bytes(), tc.part, tc.size)
		err := readNationalXLSXData(data, "big.xlsx", NationalOptions{}, func(*National, int64) error { return nil })
		if !errors.Is(err, errWorkbookTooLarge) || !strings.Contains(err.Error(), tc.part) {
			t.Errorf("%s stating %d bytes: %v, want errWorkbookTooLarge naming the part", tc.part, tc.size, err)
		}
	}
	// The workbook as written reads.
	if err := readNationalXLSXData(buf.Bytes(), "ok.xlsx", NationalOptions{}, func(*National, int64) error { return nil }); err != nil {
		t.Errorf("the workbook as written: %v", err)
	}
}

// statingSize returns a copy of the zip data whose central directory
// states size as the unpacked size of part.
func statingSize(t *testing.T, data []byte, part string, size uint32) []byte {
	t.Helper()
	out := bytes.Clone(data)
	sig := []byte{'P', 'K', 1, 2}
	for i := bytes.Index(out, sig); i >= 0; {
		nameLen := int(binary.LittleEndian.Uint16(out[i+28:]))
		if string(out[i+46:i+46+nameLen]) == part {
			binary.LittleEndian.PutUint32(out[i+24:], size)
			return out
		}
		j := bytes.Index(out[i+4:], sig)
		if j < 0 {
			break
		}
		i += 4 + j
	}
	t.Fatalf("no central directory entry for %s", part)
	return nil
}
