package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/score"
)

// checkEntityYear fails when --entity or --year matches no observation,
// suggesting the names or years the observations have.
func (r *scorecardRun) checkEntityYear() error {
	if _, defaulted := r.defaults["entity"]; len(r.obs) == 0 || defaulted {
		return r.checkEntityName()
	}
	if ent := r.flags.entity; ent != "" {
		want := vntext.Fold(vntext.NFC(ent))
		var names []string
		found := false
		for _, o := range r.obs {
			if vntext.Fold(vntext.NFC(o.Entity)) == want {
				found = true
				break
			}
			names = append(names, o.Entity)
		}
		if !found {
			s := vntext.Suggest(ent, names, 3)
			if len(s) == 0 {
				s = vntext.SuggestProvince(ent, 3)
			}
			l := r.flags.lang
			return newError(i18n.Msgf("--entity %q matches no entity in %s%s (its entities: %s)", ent, r.obsName, didYouMean(s, l), listSome(names, 12, l)))
		}
	}
	if y := r.flags.year; y != 0 {
		years := map[int]bool{}
		for _, o := range r.obs {
			years[o.Year] = true
		}
		if !years[y] {
			var ys []string
			for yy := range years {
				ys = append(ys, fmt.Sprint(yy))
			}
			sort.Strings(ys)
			return newError(i18n.Msgf("--year %d matches no observation in %s (its years: %s)", y, r.obsName, strings.Join(ys, ", ")))
		}
	}
	return nil
}

// checkEntityName fails, with no observations to compare with, when
// --entity looks like a misspelt province name.
func (r *scorecardRun) checkEntityName() error {
	ent := r.flags.entity
	if ent == "" {
		return nil
	}
	if _, ok := vntext.CanonicalProvince(ent); ok {
		return nil
	}
	if s := vntext.SuggestProvince(ent, 3); len(s) > 0 {
		return newError(i18n.Msgf("--entity %q is not a province the register knows%s; an agency name is accepted as written when observations name it", ent, didYouMean(s, r.flags.lang)))
	}
	return nil
}

// didYouMean formats suggestions: ` (did you mean "Nghệ An"?)`, or "".
func didYouMean(s []string, l i18n.Lang) string {
	if len(s) == 0 {
		return ""
	}
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = strconv.Quote(x)
	}
	return l.T(" (did you mean %s?)", strings.Join(q, l.T(" or ")))
}

// listSome lists the distinct names, at most n of them.
func listSome(names []string, n int, l i18n.Lang) string {
	seen := map[string]bool{}
	var out []string
	for _, s := range names {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if len(out) > n {
		return strings.Join(out[:n], ", ") + l.T(", … %d more", len(out)-n)
	}
	return strings.Join(out, ", ")
}

// write writes the scorecard and the summary together, or neither. An
// .xlsx scorecard is a workbook holding the summary, the unmatched
// observations, the plan's findings and the sources and method too.
func (r *scorecardRun) write() error {
	mem := memory.NewGoAllocator()
	rec := dataset.ScoresToRecord(mem, r.res.Scores)
	defer rec.Release()
	wopts := dataset.WriteOptions{BOM: r.flags.bom, CSV: r.flags.csvDialect, Lang: string(r.lang)}
	all := append(append([]score.Aggregate(nil), r.res.Plans...), r.res.Areas...)
	srec := score.AggregatesToRecord(mem, all)
	defer srec.Release()
	var outs atomicfile.Set
	switch {
	case r.outFormat == dataset.FormatXLSX:
		sheets, release := r.workbookSheets(mem, rec, srec)
		defer release()
		if r.outPath == "-" {
			if err := dataset.WriteWorkbook(r.stdout, sheets, wopts); err != nil {
				return err
			}
		} else {
			outs.Add(r.outPath, dataset.WorkbookFiller(sheets, wopts))
		}
	case r.outPath == "-":
		if err := dataset.Write(r.stdout, r.outFormat, rec, wopts); err != nil {
			return err
		}
	default:
		outs.Add(r.outPath, dataset.Filler(r.outFormat, rec, wopts))
	}
	if r.flags.summaryPath != "" {
		sf, err := dataset.FormatFromPath(r.flags.summaryPath)
		if err != nil {
			return err
		}
		outs.Add(r.flags.summaryPath, dataset.Filler(sf, srec, wopts))
	}
	return outs.Commit()
}

// workbookSheets are the sheets of an .xlsx scorecard; release frees the
// records built for them.
func (r *scorecardRun) workbookSheets(mem memory.Allocator, rec, srec arrow.Record) ([]dataset.Sheet, func()) {
	l := r.lang
	var built []arrow.Record
	sheets := []dataset.Sheet{
		{Name: l.Pick("Bảng điểm", "scorecard"), Record: rec},
		{Name: l.Pick("Tổng hợp theo lĩnh vực", "summary by area"), Record: srec},
	}
	unmatched := dataset.ObservationsToRecord(mem, r.res.Unmatched)
	built = append(built, unmatched)
	sheets = append(sheets, dataset.Sheet{Name: l.Pick("Số liệu không khớp", "unmatched observations"), Record: unmatched})
	var findings []dataset.Finding
	if r.doc != nil {
		findings = r.doc.Findings
	}
	frec := dataset.FindingsToRecord(mem, findings)
	built = append(built, frec)
	sheets = append(sheets, dataset.Sheet{Name: l.Pick("Phát hiện", "findings"), Record: frec})
	sheets = append(sheets, dataset.Sheet{Name: l.Pick("Nguồn và phương pháp", "sources and method"), Text: r.sourcesAndMethod()})
	return sheets, func() {
		for _, b := range built {
			b.Release()
		}
	}
}

// sourcesAndMethod is the text of the workbook's last sheet: what was
// read, how it was scored, and when.
func (r *scorecardRun) sourcesAndMethod() [][]string {
	l := r.lang
	obs := r.obsName
	if obs == "" {
		obs = l.Pick("(không có: mọi chỉ tiêu chưa có số liệu)", "(none: every target no_data)")
	}
	rows := [][]string{
		{l.Pick("Mục", "Item"), l.Pick("Nội dung", "Value")},
		{l.Pick("Chỉ tiêu lấy từ", "Targets from"), r.label},
		{l.Pick("Số liệu thực hiện lấy từ", "Observations from"), obs},
	}
	if r.plan != nil {
		rows = append(rows, []string{l.Pick("Kế hoạch", "Plan"), strings.TrimSpace(r.plan.ID + " " + r.plan.Issuer)})
	}
	if r.flags.pointsPath != "" {
		rows = append(rows, []string{l.Pick("Quy tắc tính điểm", "Point rules"), r.flags.pointsPath})
	}
	for k, v := range r.defaults {
		rows = append(rows, []string{l.Pick("Cột thiếu, lấy mặc định", "Column missing, taken as"), k + " = " + v})
	}
	if r.noValue > 0 {
		rows = append(rows, []string{l.Pick("Dòng để trống giá trị (chưa có số liệu)", "Rows with a blank value (no data)"), fmt.Sprint(r.noValue)})
	}
	rows = append(rows,
		[]string{l.Pick("Cách tính mức đạt", "Attainment"), l.Pick(
			"≥ v: min(thực hiện / v, 1); ≤ v: min(v / thực hiện, 1); chỉ tiêu thay đổi so với năm gốc: thay đổi / v; khoảng v: đạt khi lệch ≤ 10% của v",
			">= v: min(actual / v, 1); <= v: min(v / actual, 1); change targets: change against the baseline year / v; approx v: met within 10% of v")},
		[]string{l.Pick("Trạng thái", "Status"), l.Pick(
			"đạt; gần đạt khi mức đạt ≥ 0,9; chưa đạt; chưa có số liệu (không bao giờ tính là 0)",
			"met; near when attainment >= 0.9; off_track; no_data (never counted as zero)")},
		[]string{l.Pick("Điểm số lĩnh vực, kế hoạch", "Area and plan score"), l.Pick(
			"trung bình có trọng số của mức đạt × 100; các lĩnh vực có trọng số bằng nhau; không tính khi dưới 2/3 chỉ tiêu có số liệu",
			"weighted mean attainment × 100; areas equally weighted; none when under 2/3 of targets have data")},
		[]string{l.Pick("Làm tròn", "Rounding"), l.Pick(
			"mức đạt 4 chữ số thập phân, giá trị 2, điểm số 1 (Parquet/Arrow giữ đủ độ chính xác)",
			"attainment 4 decimals, values 2, scores 1 (Parquet/Arrow keep full precision)")},
		[]string{l.Pick("Tạo bởi", "Made by"), progName + " " + version + ", " + time.Now().Format("2006-01-02 15:04")},
	)
	if l == i18n.VI {
		rows = append(rows, []string{"Ghi chú", "Tên cột và từ ngữ tiếng Việt; đọc lại bằng cchc được."})
	}
	return rows
}
