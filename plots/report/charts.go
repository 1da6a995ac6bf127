package report

import (
	"bytes"
	"html/template"
	"regexp"
	"sort"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/plots"
	"github.com/cchc-lab/cchc/score"
)

// chartView is one chart of the page, as inline SVG.
type chartView struct {
	Caption string
	SVG     template.HTML
}

// pageWidth is the width of a chart that spans the page: A4 less the
// print margins.
const pageWidth = 18 * vg.Centimeter

// svgHead matches what precedes the <svg> element of gonum/plot's SVG and
// the element's fixed size, which the page's CSS replaces (the viewBox
// stays, so the chart scales to the column).
var (
	svgProlog = regexp.MustCompile(`(?s)^.*?<svg `)
	svgSize   = regexp.MustCompile(`^<svg width="[^"]*" height="[^"]*"`)
)

// inlineSVG turns a chart into an element for the page.
func inlineSVG(c *plots.Chart, caption, label string) (chartView, error) {
	b := c.SVG()
	if len(b) == 0 {
		return chartView{}, i18n.Errorf("report: %s: the chart did not render", caption)
	}
	b = svgProlog.ReplaceAll(b, []byte("<svg "))
	b = svgSize.ReplaceAll(b, []byte(`<svg class="chart" role="img" aria-label="`+template.HTMLEscapeString(label)+`"`))
	return chartView{Caption: caption, SVG: template.HTML(bytes.TrimSpace(b))}, nil
}

// rowsHeight is the height of a chart with n target rows.
func rowsHeight(n int, per, extra vg.Length) vg.Length {
	return extra + vg.Length(n)*per
}

// heatmapChart draws every target of the scorecard, grouped by area: one
// column per entity, or per year for one entity over several years.
func heatmapChart(scores []dataset.Score, l i18n.Lang) (chartView, error) {
	ents, years := distinct(scores)
	opts := plots.HeatmapOptions{Common: plots.Common{Lang: string(l), Width: pageWidth}}
	rows := len(scores) / max(len(ents)*len(years), 1)
	if len(ents) == 1 && len(years) > 1 {
		opts.By = "year"
	} else if len(years) > 1 {
		opts.Year = years[len(years)-1]
	}
	opts.Height = rowsHeight(rows+len(dataset.Areas()), 0.5*vg.Centimeter, 4*vg.Centimeter)
	rec := dataset.ScoresToRecord(memory.NewGoAllocator(), scores)
	defer rec.Release()
	c, err := plots.Heatmap(rec, opts)
	if err != nil {
		return chartView{}, i18n.Errorf("report: heatmap: %w", err)
	}
	caption := l.T("Attainment of every target, grouped by CCHC area: green is met, red far from the target, grey hatched no data.")
	if opts.Year != 0 {
		caption += " " + l.T("Year %d.", opts.Year)
	}
	return inlineSVG(c, caption, l.T("Heatmap of attainment"))
}

// areaChart draws one area's targets: actual against target for one
// entity, or a heatmap across entities.
func areaChart(scores []dataset.Score, name string, multi bool, l i18n.Lang) (chartView, error) {
	rec := dataset.ScoresToRecord(memory.NewGoAllocator(), scores)
	defer rec.Release()
	ents, years := distinct(scores)
	common := plots.Common{Lang: string(l), Width: pageWidth}
	if multi || len(years) > 1 {
		common.Height = rowsHeight(len(scores)/max(len(ents)*len(years), 1)+1, 0.55*vg.Centimeter, 4*vg.Centimeter)
		opts := plots.HeatmapOptions{Common: common}
		if len(ents) == 1 {
			opts.By = "year"
		} else {
			opts.Year = years[len(years)-1]
		}
		c, err := plots.Heatmap(rec, opts)
		if err != nil {
			return chartView{}, i18n.Errorf("report: %s: %w", name, err)
		}
		return inlineSVG(c, l.T("%s: attainment by target.", name), name)
	}
	common.Height = rowsHeight(len(scores), 0.75*vg.Centimeter, 3.5*vg.Centimeter)
	c, err := plots.Attainment(rec, plots.AttainmentOptions{Common: common})
	if err != nil {
		return chartView{}, i18n.Errorf("report: %s: %w", name, err)
	}
	return inlineSVG(c, l.T("%s: actual against target, coloured by status.", name), name)
}

// smallMultiples draws one small chart per entity: its score per area,
// all on the same 0–100 scale.
func smallMultiples(res *score.Result, l i18n.Lang) ([]chartView, error) {
	byEntity := map[string][]score.Aggregate{}
	var ents []string
	for _, a := range res.Areas {
		if _, ok := byEntity[a.Entity]; !ok {
			ents = append(ents, a.Entity)
		}
		byEntity[a.Entity] = append(byEntity[a.Entity], a)
	}
	sort.Strings(ents)
	var out []chartView
	for _, e := range ents {
		c, err := areaScoresChart(byEntity[e], e, l)
		if err != nil {
			return nil, err
		}
		v, err := inlineSVG(c, e, e)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// areaScoresChart draws one entity's area scores as bars, one group per
// area and one bar per year. Areas without a score are left empty.
func areaScoresChart(ags []score.Aggregate, entity string, l i18n.Lang) (*plots.Chart, error) {
	mem := memory.NewGoAllocator()
	series := array.NewStringBuilder(mem)
	defer series.Release()
	years := array.NewInt32Builder(mem)
	defer years.Release()
	values := array.NewFloat64Builder(mem)
	defer values.Release()
	for _, a := range ags {
		series.Append(l.AreaShortName(a.Area))
		years.Append(int32(a.Year))
		if a.Score == nil {
			values.AppendNull()
		} else {
			values.Append(*a.Score)
		}
	}
	cols := []arrow.Array{series.NewArray(), years.NewArray(), values.NewArray()}
	defer func() {
		for _, c := range cols {
			c.Release()
		}
	}()
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "series", Type: arrow.BinaryTypes.String},
		{Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	}, nil)
	rec := array.NewRecord(schema, cols, int64(len(ags)))
	defer rec.Release()
	hundred := 100.0
	return plots.Bars(rec, plots.BarsOptions{
		Common: plots.Common{Lang: string(l), Width: 9 * vg.Centimeter, Height: 7 * vg.Centimeter,
			Title: entity, YLabel: l.T("score (0–100)"), XLabel: "-"},
		Selection: plots.Selection{Series: "series", X: "year", Y: "value"},
		Target:    &hundred, TargetLabel: "100", MaxGroups: len(dataset.Areas()) + 1,
	})
}

// distinct returns the entities and years of the rows, sorted.
func distinct(scores []dataset.Score) (ents []string, years []int) {
	seenE, seenY := map[string]bool{}, map[int]bool{}
	for _, s := range scores {
		if !seenE[s.Entity] {
			seenE[s.Entity] = true
			ents = append(ents, s.Entity)
		}
		if !seenY[s.Year] {
			seenY[s.Year] = true
			years = append(years, s.Year)
		}
	}
	sort.Strings(ents)
	sort.Ints(years)
	return ents, years
}
