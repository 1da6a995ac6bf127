package gen

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// xlsxMaxRows is the most data rows an .xlsx sheet holds below its title
// and header (Excel's limit is 1,048,576 rows).
const xlsxMaxRows = 1_048_576 - 3

// GenerateNational writes opts.Rows synthetic dossiers in the national
// sync schema (dossier.National) to path: .csv with the field names as
// header (MaHoSo, …) below one title line saying the data are SYNTHETIC,
// or .xlsx as a provincial export (title row, Vietnamese labels, text
// values, Excel dates). The dossiers are the ones Generate writes, mapped
// as nationalOf says.
func GenerateNational(ctx context.Context, path string, opts Options, mem memory.Allocator) (int64, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".csv" && ext != ".xlsx" {
		return 0, i18n.Errorf("gen: %s: the national schema is written as .csv or .xlsx", path)
	}
	if ext == ".xlsx" && opts.Rows > xlsxMaxRows {
		return 0, i18n.Errorf("gen: %s: %d rows do not fit in one Excel sheet (at most %d)", path, opts.Rows, xlsxMaxRows)
	}
	g, err := New(opts, mem)
	if err != nil {
		return 0, err
	}
	defer g.Release()
	procOnline := map[string]bool{}
	for i, c := range g.w.procCodes {
		procOnline[c] = g.w.procs[i].online
	}
	title := "DỮ LIỆU TỔNG HỢP (SYNTHETIC), không phải số liệu thật: cchc gen dossiers, seed " + g.Metadata()["cchc.seed"]
	var rows int64
	err = atomicfile.Write(path, func(w io.Writer) error {
		write, closeFn, err := nationalSink(w, ext, title)
		if err != nil {
			return err
		}
		err = g.Each(ctx, func(rec arrow.Record) error {
			ds, err := dossier.FromRecord(rec)
			if err != nil {
				return err
			}
			for i := range ds {
				n := nationalOf(&ds[i], procOnline[ds[i].Procedure])
				if err := write(&n); err != nil {
					return err
				}
			}
			rows += int64(len(ds))
			return nil
		})
		if cerr := closeFn(); err == nil {
			err = cerr
		}
		return err
	})
	return rows, err
}

// nationalSink returns the record writer and closer of one output format.
func nationalSink(w io.Writer, ext, title string) (func(*dossier.National) error, func() error, error) {
	if ext == ".xlsx" {
		xw, err := dossier.NewNationalXLSXWriter(title)
		if err != nil {
			return nil, nil, err
		}
		return xw.Write, func() error { return xw.Close(w) }, nil
	}
	if _, err := io.WriteString(w, title+"\n"); err != nil {
		return nil, nil, err
	}
	cw, err := dossier.NewNationalCSVWriter(w)
	if err != nil {
		return nil, nil, err
	}
	return cw.Write, cw.Close, nil
}

// nationalOf maps a generated dossier to the national schema:
//   - channel online_full → KenhThucHien 2, MucDo 4; online_partial → 2,
//     MucDo 3; in_person → 1 and postal → 3, with MucDo 4 when the
//     procedure can be done fully online, else 2; any other channel (the
//     generator's faulty rows) → KenhThucHien 9, which readers reject;
//   - an open dossier is status 4 (đang xử lý), or 5 or 6 for some, and
//     for a few 7 (withdrawn) or, with no received date, 1 or 3; a
//     finished one is status 10 with NgayKetThucXuLy and NgayTra an hour
//     later, or for one in ten status 9 with NgayKetThucXuLy only;
//   - LePhi 50000 when the procedure charges a fee; DuocThanhToanTrucTuyen
//     1 when paid online; HoSoCoThanhPhanSoHoa from digitised.
//
// The choices that are not in the record are drawn from a hash of the
// dossier number, so the mapping adds no randomness of its own.
func nationalOf(d *dossier.Dossier, fullOnlineProc bool) dossier.National {
	n := dossier.National{ID: d.ID, Procedure: d.Procedure, Agency: d.Agency,
		SubmittedAt: dossier.NoTime, ReceivedAt: dossier.WallTime(d.ReceivedAt), DueAt: dossier.WallTime(d.DueAt),
		ProcessedAt: dossier.NoTime, ReturnedAt: dossier.NoTime, Digitised: d.Digitised}
	h := hash64("national:" + d.ID)
	u := unit(h)
	switch d.Channel {
	case dossier.ChannelOnlineFull:
		n.Channel, n.Level = dossier.NatChannelOnline, dossier.LevelFullOnline
	case dossier.ChannelOnlinePartial:
		n.Channel, n.Level = dossier.NatChannelOnline, dossier.LevelPartialOnline
	case dossier.ChannelInPerson, dossier.ChannelPostal:
		n.Channel = dossier.NatChannelInPerson
		if d.Channel == dossier.ChannelPostal {
			n.Channel = dossier.NatChannelPostal
		}
		n.Level = dossier.LevelInfo
		if fullOnlineProc {
			n.Level = dossier.LevelFullOnline
		}
	default:
		n.Channel, n.Level = 9, dossier.LevelFullOnline
	}
	if n.Channel != dossier.NatChannelInPerson {
		n.SubmittedAt = n.ReceivedAt - int64(60+(h>>40)%7200)
	}
	if d.FeeRequired {
		n.Fee = 50000
		if d.PaidOnline {
			n.PaidOnline = 1
		}
	}
	if !d.Open() {
		n.ProcessedAt = dossier.WallTime(d.FinishedAt)
		n.Status = dossier.StatusReturned
		if u < 0.1 {
			n.Status = dossier.StatusProcessed
		} else {
			n.ReturnedAt = n.ProcessedAt + 3600
		}
		return n
	}
	switch {
	case u < 0.05:
		n.Status = dossier.StatusWithdrawn
	case u < 0.07:
		n.Status, n.ReceivedAt, n.DueAt = dossier.StatusRegistered, dossier.NoTime, dossier.NoTime
	case u < 0.09:
		n.Status, n.ReceivedAt, n.DueAt = dossier.StatusNotAccepted, dossier.NoTime, dossier.NoTime
	case u < 0.20:
		n.Status = dossier.StatusSupplementAsked
	case u < 0.25:
		n.Status = dossier.StatusFeeAsked
	default:
		n.Status = dossier.StatusProcessing
	}
	return n
}
