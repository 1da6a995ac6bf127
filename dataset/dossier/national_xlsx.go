package dossier

import (
	"archive/zip"
	"bytes"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/xuri/excelize/v2"
)

// readNationalXLSX reads the first sheet of an Excel export whose header
// (below any title rows) names national fields or their Vietnamese
// labels. Cells are read as stored: a date cell is an Excel serial number
// (1900 date system), a text date is parsed as in CSV.
func readNationalXLSX(path string, opts NationalOptions, fn func(*National, int64) error) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return i18n.Errorf("%s: not a readable .xlsx workbook: %w", path, err)
	}
	err = checkPartSizes(&zr.Reader)
	zr.Close()
	if err != nil {
		return i18n.Errorf("%s: %w", path, err)
	}
	wb, err := excelize.OpenFile(path, workbookLimits)
	if err != nil {
		return i18n.Errorf("%s: not a readable .xlsx workbook: %w", path, err)
	}
	defer wb.Close()
	return readNationalWorkbook(wb, path, opts, fn)
}

// readNationalXLSXData is readNationalXLSX of a workbook in memory.
func readNationalXLSXData(data []byte, path string, opts NationalOptions, fn func(*National, int64) error) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return i18n.Errorf("%s: not a readable .xlsx workbook: %w", path, err)
	}
	if err := checkPartSizes(zr); err != nil {
		return i18n.Errorf("%s: %w", path, err)
	}
	wb, err := excelize.OpenReader(bytes.NewReader(data), workbookLimits)
	if err != nil {
		return i18n.Errorf("%s: not a readable .xlsx workbook: %w", path, err)
	}
	defer wb.Close()
	return readNationalWorkbook(wb, path, opts, fn)
}

// Limits on what a workbook's zip may unpack to. excelize sets aside
// memory for a part by the size its zip entry states before it reads it,
// so a damaged entry stating gigabytes takes gigabytes: the sizes are
// checked first. Sheets and the shared strings, which excelize unpacks
// to a temporary file when they are large, may state up to
// maxWorkbookBytes in all (an export of Excel's 1,048,576 rows by 20
// columns is under 1 GiB of XML); any other part, at most
// maxSmallPartBytes.
const (
	maxWorkbookBytes  = 2 << 30
	maxSmallPartBytes = 64 << 20
)

// workbookLimits are excelize's options for the limits above.
var workbookLimits = excelize.Options{UnzipSizeLimit: maxWorkbookBytes}

// errWorkbookTooLarge: a part of the workbook states more than the limits.
var errWorkbookTooLarge = i18n.New("a part of the workbook unpacks to more than its limit (a damaged file, or a zip bomb)")

// checkPartSizes checks the sizes the zip's entries state against the
// limits, naming the first part over its limit.
func checkPartSizes(zr *zip.Reader) error {
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		large := strings.HasPrefix(name, "xl/worksheets/sheet") || name == "xl/sharedstrings.xml"
		if total > maxWorkbookBytes || !large && f.UncompressedSize64 > maxSmallPartBytes {
			return i18n.Errorf("%s (%d bytes): %w", f.Name, f.UncompressedSize64, errWorkbookTooLarge)
		}
	}
	return nil
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
