package main

import (
	"bytes"
	"errors"
	"flag"
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

const templateUsage = `usage: cchc template [--plan FILE] [--entity NAME] [--lang vi|en] [--csv excel-vi] -o actuals.xlsx|actuals.csv

Writes the actuals an analyst must fill to score a plan (the embedded Hà
Tĩnh 2025 plan by default): one row per target metric, level and year, plus
the baseline-year row of every change target. Fill the value (and the
source) of each row, then score it:

  cchc scorecard [--plan FILE] --actuals actuals.xlsx

A row left blank is scored no_data, not an error. The columns entity,
level, year, metric, value, unit and source are read; target_code,
subject, comparator, target and change are read-only helpers that readers
ignore. An .xlsx template has a second sheet saying how to fill it.

  --plan FILE     a plan document (default: the embedded plan)
  --entity NAME   the entity the values are for (default: the plan's province)
  --lang L        vi or en: labels of the workbook (default: CCHC_LANG or LANG)
  --csv D         CSV dialect: default or excel-vi
  -o FILE         the template to write (.xlsx or .csv), replaced if it exists
`

// runTemplate implements "cchc template".
func runTemplate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	planPath := fs.String("plan", "", "plan document")
	entity := fs.String("entity", "", "entity the values are for")
	langFlag := fs.String("lang", "", "vi or en")
	csvFlag := fs.String("csv", "", "CSV dialect")
	out := fs.String("o", "", "output file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, templateUsage)
			return 0
		}
		fmt.Fprint(stderr, templateUsage)
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "cchc template: "+format+"\n", a...)
		fmt.Fprintln(stderr, `run "cchc template --help" for the flags`)
		return 2
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q (the plan is given with --plan)", fs.Arg(0))
	}
	if *out == "" {
		return usageErr("name the template to write: -o actuals.xlsx (or .csv)")
	}
	format, err := dataset.FormatFromPath(*out)
	if err != nil || (format != dataset.FormatXLSX && format != dataset.FormatCSV) {
		return usageErr("-o %s: a template is an .xlsx or .csv file", *out)
	}
	lang := i18n.FromEnv()
	if *langFlag != "" {
		if lang, err = i18n.Parse(*langFlag); err != nil {
			return usageErr("--lang: %v", err)
		}
	}
	dialect, err := dataset.ParseCSVDialect(*csvFlag)
	if err != nil {
		return usageErr("--csv: %v", err)
	}
	if err := writeTemplate(*planPath, *entity, *out, format, lang, dialect, stdout); err != nil {
		fmt.Fprintf(stderr, "cchc template: %v\nnothing written\n", err)
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
		return fmt.Errorf("%s: no quantitative targets: nothing to fill", doc.Plan.ID)
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
	fmt.Fprintf(stdout, "Wrote %d rows to fill for %s (%s, %s) to %s.\n", len(rows), doc.Plan.ID, entity, yearText(doc.Plan.Year), abs)
	fmt.Fprintf(stdout, "Fill the value column, then: cchc scorecard%s --actuals %s\n", planFlag(planPath), out)
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
			{fmt.Sprintf("Kế hoạch: %s. Có %d dòng cần điền.", title, n)},
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
		{fmt.Sprintf("Plan: %s. %d rows to fill.", title, n)},
		{"1. Fill the value column (yellow) with numbers: 95.5 (or 95,5) for a percent, whole numbers for counts."},
		{"2. Note the source (report, document) if you have it."},
		{"3. Leave entity, level, year, metric and unit as they are: they tie the value to its target."},
		{"4. The grey columns (target_code, subject, comparator, target, change) are read-only helpers that cchc ignores."},
		{"5. A row whose value is left blank is scored no_data, never zero."},
		{"6. A \"baseline year\" row is the value of the year a change target is measured against."},
		{"Score it: cchc scorecard --actuals <this file>"},
	}
}
