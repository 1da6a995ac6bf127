package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/cmd/cchc/defaultdata"
	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/score"
)

// runTemplate implements "cchc template".
func runTemplate(args []string, stdout, stderr io.Writer) int {
	const cmd = "template"
	l, lerr := runLang(args)
	fs := newFlagSet(cmd)
	planPath := fs.String("plan", "", "")
	entity := fs.String("entity", "", "")
	csvFlag := fs.String("csv", "", "")
	out := fs.String("o", "", "")
	rest, err := parseFlags(fs, args)
	if len(rest) > 0 && err == nil {
		return usageProblem(stderr, l, cmd, l.T("unexpected argument %q (the plan is given with --plan)", rest[0]))
	}
	if code, done := flagsDone(err, lerr, nil, l, cmd, l.T(i18n.TemplateUsage), stdout, stderr); done {
		return code
	}
	if *out == "" {
		return usageProblem(stderr, l, cmd, l.T("name the template to write: -o actuals.xlsx (or .csv)"))
	}
	format, err := dataset.FormatFromPath(*out)
	if err != nil || (format != dataset.FormatXLSX && format != dataset.FormatCSV) {
		return usageProblem(stderr, l, cmd, l.T("-o %s: a template is an .xlsx or .csv file", *out))
	}
	dialect, err := dataset.ParseCSVDialect(*csvFlag)
	if err != nil {
		return usageProblem(stderr, l, cmd, l.T("--csv: %s", errorText(err, l)))
	}
	if err := writeTemplate(*planPath, *entity, *out, format, l, dialect, stdout); err != nil {
		sayError(stderr, l, cmd, err)
		fmt.Fprintln(stderr, l.T("nothing written"))
		return 1
	}
	return 0
}

// writeTemplate parses the plan, builds its template and writes it.
func writeTemplate(planPath, entity, out string, format dataset.Format, lang i18n.Lang, dialect string, stdout io.Writer) error {
	if planPath != "" {
		if err := atomicfile.CheckDistinct([]string{planPath}, []string{out}); err != nil {
			return err
		}
	}
	cat := indicators.Default()
	var doc *plandoc.Document
	var err error
	if planPath != "" {
		doc, err = plandoc.ParseFile(planPath, cat)
	} else {
		doc, err = plandoc.Parse(bytes.NewReader(defaultdata.Plan), defaultdata.PlanName, cat)
	}
	if err != nil {
		return err
	}
	if len(doc.Targets) == 0 {
		return newError(i18n.Msgf("%s: no quantitative targets: nothing to fill", doc.Plan.ID))
	}
	if entity == "" {
		entity = doc.Plan.Province
	}
	rows := score.ActualsTemplate(doc.Targets, entity, cat)
	rec := score.TemplateToRecord(memory.NewGoAllocator(), rows)
	defer rec.Release()
	opts := dataset.WriteOptions{BOM: true, CSV: dialect, Lang: string(lang)}
	if format == dataset.FormatCSV {
		err = atomicfile.Write(out, dataset.Filler(format, rec, opts))
	} else {
		sheets := []dataset.Sheet{
			{Name: lang.Pick("Số liệu thực hiện", "actuals"), Record: rec, ReadOnly: score.TemplateHelperColumns,
				Editable: []string{"value", "source"}, Labels: templateLabels(lang)},
			{Name: lang.Pick("Hướng dẫn", "how to fill"), Text: templateNotes(lang, doc, len(rows))},
		}
		err = atomicfile.Write(out, dataset.WorkbookFiller(sheets, opts))
	}
	if err != nil {
		return err
	}
	abs, _ := filepath.Abs(out)
	fmt.Fprintln(stdout, lang.T("Wrote %d rows to fill for %s (%s, %s) to %s.", len(rows), doc.Plan.ID, entity, yearText(doc.Plan.Year, lang), abs))
	fmt.Fprintln(stdout, lang.T("Fill the value column, then: cchc scorecard%s --actuals %s", planFlag(planPath), out))
	return nil
}

func planFlag(path string) string {
	if path == "" {
		return ""
	}
	return " --plan " + path
}

// templateLabels are the Vietnamese words an analyst expects on a template.
func templateLabels(lang i18n.Lang) map[string]string {
	if lang != i18n.VI {
		return nil
	}
	return map[string]string{"metric": "Mã chỉ tiêu", "value": "Kết quả", "target": "Mục tiêu"}
}

// templateNotes is the text of a template's "how to fill" sheet.
func templateNotes(lang i18n.Lang, doc *plandoc.Document, n int) [][]string {
	title := doc.Plan.ID
	if doc.Plan.Issuer != "" {
		title += " — " + doc.Plan.Issuer
	}
	if lang == i18n.VI {
		return [][]string{
			{"Cách điền số liệu thực hiện"},
			{lang.T("Plan: %s. %d rows to fill.", title, n)},
			{"1. Điền cột Kết quả (màu vàng) bằng số: 95,5 hoặc 95.5 cho tỷ lệ phần trăm (đơn vị percent), số nguyên cho số lượng."},
			{"2. Ghi cột Nguồn (văn bản, báo cáo) nếu có."},
			{"3. Không sửa các cột Đơn vị, Cấp, Năm, Mã chỉ tiêu, Đơn vị tính: chúng nối số liệu với chỉ tiêu."},
			{"4. Các cột màu xám (Số hiệu trong kế hoạch, Nội dung chỉ tiêu, So sánh, Mục tiêu, Thay đổi) chỉ để tham khảo; chương trình bỏ qua."},
			{"5. Dòng để trống Kết quả được chấm là \"chưa có số liệu\", không phải 0."},
			{"6. Dòng \"năm gốc\" là số liệu năm so sánh của chỉ tiêu tăng/giảm."},
			{"Chấm điểm: cchc scorecard --actuals <tệp này>"},
		}
	}
	return [][]string{
		{"How to fill the actuals"},
		{lang.T("Plan: %s. %d rows to fill.", title, n)},
		{"1. Fill the value column (yellow) with numbers: 95.5 (or 95,5) for a percent, whole numbers for counts."},
		{"2. Note the source (report, document) if you have it."},
		{"3. Leave entity, level, year, metric and unit as they are: they tie the value to its target."},
		{"4. The grey columns (target_code, subject, comparator, target, change) are read-only helpers that cchc ignores."},
		{"5. A row whose value is left blank is scored no_data, never zero."},
		{"6. A \"baseline year\" row is the value of the year a change target is measured against."},
		{"Score it: cchc scorecard --actuals <this file>"},
	}
}
