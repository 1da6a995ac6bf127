package dossier

import (
	"math"
	"strconv"
	"time"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/xuri/excelize/v2"
)

// readNationalXLSX reads the first sheet of an Excel export whose header
// (below any title rows) names national fields or their Vietnamese
// labels. Cells are read as stored: a date cell is an Excel serial number
// (1900 date system), a text date is parsed as in CSV.
func readNationalXLSX(path string, opts NationalOptions, fn func(*National, int64) error) error {
	wb, err := excelize.OpenFile(path)
	if err != nil {
		return i18n.Errorf("%s: not a readable .xlsx workbook: %w", path, err)
	}
	defer wb.Close()
	return readNationalWorkbook(wb, path, opts, fn)
}

// readNationalWorkbook reads the first sheet of wb (the file path) that
// has a header.
func readNationalWorkbook(wb *excelize.File, path string, opts NationalOptions, fn func(*National, int64) error) error {
	for _, sheet := range wb.GetSheetList() {
		done, err := readNationalSheet(wb, path, sheet, opts, fn)
		if done || err != nil {
			return err
		}
	}
	return i18n.Errorf("%s: no sheet with a header naming the national fields (%s, %s, …) in its first %d rows", path, NatStatus, NatReceivedAt, headerScanRows)
}

// readNationalSheet reads one sheet; done is false when the sheet has no
// national header.
func readNationalSheet(wb *excelize.File, path, sheet string, opts NationalOptions, fn func(*National, int64) error) (done bool, err error) {
	rows, err := wb.Rows(sheet)
	if err != nil {
		return false, i18n.Errorf("%s: sheet %q: %w", path, sheet, err)
	}
	defer rows.Close()
	rr := rowReader{}
	rr.row.excelDates = true
	rowNum, headerRow := 0, 0
	rj := &rejecter{opts: opts}
	for rows.Next() {
		rowNum++
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return true, i18n.Errorf("%s: sheet %q row %d: %w", path, sheet, rowNum, err)
		}
		if headerRow == 0 {
			if rowNum > headerScanRows {
				return false, nil
			}
			if h, ok := mapHeader(cells); ok {
				if err := h.check(); err != nil {
					return true, i18n.Errorf("%s: sheet %q row %d: %w", path, sheet, rowNum, err)
				}
				rr.h, headerRow = h, rowNum
			}
			continue
		}
		if blank(cells) {
			continue
		}
		n, fe := rr.read(cells)
		if fe != nil {
			cell := ""
			if i, ok := rr.h.pos[fe.field]; ok {
				cell, _ = excelize.CoordinatesToCellName(i+1, rowNum)
			}
			if e := rj.reject(fe.rowError(path, rowNum, sheet, cell)); e != nil {
				return true, e
			}
			continue
		}
		if err := fn(n, int64(rowNum)); err != nil {
			return true, err
		}
	}
	if err := rows.Error(); err != nil {
		return true, i18n.Errorf("%s: sheet %q: %w", path, sheet, err)
	}
	return headerRow != 0, nil
}

// excelEpoch is day 0 of Excel's 1900 date system as it counts after
// 1900-02-28 (its phantom 29 February 1900 aside).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelSerialTime reads a cell's raw number as an Excel date-time serial
// (days since 1899-12-30, the fraction is the time of day), rounded to the
// second; ok is false when s is not a number in the range of dates Excel
// shows (1900-03-01 … 9999-12-31).
func excelSerialTime(s string) (int64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || f < 61 || f >= 2958466 {
		return 0, false
	}
	secs := int64(math.Round(f * 86400))
	return excelEpoch.Unix() + secs, true
}
