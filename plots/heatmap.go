package plots

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// HeatmapOptions configures Heatmap.
type HeatmapOptions struct {
	Common
	// Columns names the scorecard columns (default: dataset.Score's JSON tags).
	Columns ScoreColumns
	// By is "entity" (default: one column per entity, for one year) or
	// "year" (one column per year, for one entity).
	By string
	// PlanID keeps only this plan's targets ("" keeps all).
	PlanID string
	// Entities keeps only these entities, in this order (province names
	// matched through the register, accents optional).
	Entities []string
	// Year keeps only this year (needed with By "entity" when the
	// scorecard spans several years).
	Year int
	// YearFrom and YearTo keep years in range (0: open).
	YearFrom, YearTo int
	// HideValues leaves the attainment percentages out of the cells (they
	// are left out anyway when the cells are too narrow for them).
	HideValues bool
	// LabelWidth is the share of the chart width given to target labels
	// (default 0.45, or 0.6 with one or two columns); longer labels end
	// with an ellipsis.
	LabelWidth float64
}

// Heatmap draws a scorecard: one row per target, grouped under its CCHC
// area, one column per entity (or year); the colour is the attainment from
// red (0%) to green (100%). Targets without an observation (status no_data)
// are grey and hatched, never coloured as 0; cells a target does not apply
// to stay white. A colour legend explains both.
func Heatmap(rec arrow.Record, opts HeatmapOptions) (*Chart, error) {
	rows, err := readScores(rec, opts.Columns)
	if err != nil {
		return nil, err
	}
	by := opts.By
	if by == "" {
		by = "entity"
	}
	if by != "entity" && by != "year" {
		return nil, optionsError(fmt.Sprintf("By is %q, want \"entity\" or \"year\"", opts.By), "By")
	}
	rows = filterScores(rows, opts.PlanID, opts.Entities, opts.Year, opts.YearFrom, opts.YearTo)
	if len(rows) == 0 {
		return nil, fmt.Errorf("plots: %w: no scorecard rows match the selection", ErrEmpty)
	}
	// The other dimension must be single-valued.
	other := map[string]bool{}
	var otherList []string
	for _, r := range rows {
		k := strconv.Itoa(r.year)
		if by == "year" {
			k = r.entity
		}
		if !other[k] {
			other[k] = true
			otherList = append(otherList, k)
		}
	}
	if len(otherList) > 1 {
		if by == "entity" {
			return nil, optionsError(fmt.Sprintf("the scorecard spans years %s; choose one year, or draw By \"year\" for one entity", strings.Join(otherList, ", ")), "Year", "By")
		}
		return nil, optionsError(fmt.Sprintf("the scorecard covers %s; choose one entity", strings.Join(otherList, ", ")), "Entities")
	}
	// Columns.
	colKey := func(r scoreRow) string {
		if by == "year" {
			return strconv.Itoa(r.year)
		}
		return entityKey(r.entity)
	}
	var cols []string
	colName := map[string]string{}
	if by == "entity" && len(opts.Entities) > 0 {
		for _, e := range opts.Entities {
			k := entityKey(e)
			if _, ok := colName[k]; !ok {
				colName[k] = displayName(e)
				cols = append(cols, k)
			}
		}
	}
	for _, r := range rows {
		k := colKey(r)
		if _, ok := colName[k]; !ok {
			name := k
			if by == "entity" {
				name = displayName(r.entity)
			}
			colName[k] = name
			cols = append(cols, k)
		}
	}
	if by == "year" {
		sort.Strings(cols)
	}
	colIdx := map[string]int{}
	for i, k := range cols {
		colIdx[k] = i
	}
	// Rows: targets grouped by area.
	type target struct {
		first scoreRow
		order int
		cells map[int]scoreRow
	}
	targets := map[string]*target{}
	var keys []string
	for i, r := range rows {
		t := targets[r.key()]
		if t == nil {
			t = &target{first: r, order: i, cells: map[int]scoreRow{}}
			targets[r.key()] = t
			keys = append(keys, r.key())
		}
		c := colIdx[colKey(r)]
		if _, dup := t.cells[c]; !dup {
			t.cells[c] = r
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		return areaOrder(targets[keys[i]].first.area) < areaOrder(targets[keys[j]].first.area)
	})
	o := opts.Common
	lang := o.Lang
	if lang != "en" {
		lang = "vi"
	}
	// Auto height: 16 pt per row.
	nAreas := 0
	prev := "\x01"
	for _, k := range keys {
		if a := targets[k].first.area; a != prev {
			nAreas++
			prev = a
		}
	}
	R := len(keys) + nAreas
	o = o.withDefaults(20*vg.Centimeter, vg.Length(R)*vg.Points(16)+vg.Points(170))
	f, rec2 := newFrame(o)
	p := f.plot
	tick := p.Y.Tick.Label
	lw := opts.LabelWidth
	if lw <= 0 || lw > 0.8 {
		lw = 0.45
		if len(cols) <= 2 {
			lw = 0.6 // few columns: give the wording the room
		}
	}
	labelW := o.Width * vg.Length(lw)
	cells := &rects{style: f.style(o.Font.Size*0.75, false, color.Black)}
	// Percentages only where they fit in a cell.
	showValues := !opts.HideValues &&
		(o.Width-labelW-30)/vg.Length(max(len(cols), 1)) > cells.style.Width("100%")*1.2
	var yt []plot.Tick
	firsts := make([]scoreRow, len(keys))
	for i, k := range keys {
		firsts[i] = targets[k].first
	}
	labels := rowLabels(firsts, lang)
	row := 0
	prev = "\x01"
	noData, blank := false, false
	C := len(cols)
	for ki, k := range keys {
		t := targets[k]
		if t.first.area != prev {
			prev = t.first.area
			y := float64(R - 1 - row)
			yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, strings.ToUpper(areaName(prev, lang)), labelW)})
			cells.items = append(cells.items, rectItem{x0: -0.5, x1: float64(C) - 0.5, y0: y - 0.5, y1: y + 0.5, fill: color.Gray{0xee}})
			row++
		}
		y := float64(R - 1 - row)
		yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, labels[ki], labelW)})
		for c := 0; c < C; c++ {
			it := rectItem{x0: float64(c) - 0.5, x1: float64(c) + 0.5, y0: y - 0.5, y1: y + 0.5, border: color.White}
			r, ok := t.cells[c]
			switch {
			case !ok:
				blank = true
				it.fill = color.White
				it.border = color.Gray{0xdd}
			case !r.hasAttainment:
				noData = true
				it.fill = color.Gray{0xe4}
				it.hatch = true
			default:
				it.fill = attainmentColour(r.attainment)
				if showValues {
					it.label = strconv.Itoa(int(r.attainment*100+0.5)) + "%"
					it.labelAt = labelCenter
					if luminance(it.fill) < 0.45 {
						it.labelColor = color.White
					}
				}
			}
			cells.items = append(cells.items, it)
		}
		row++
	}
	p.Add(cells)
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
	p.Y.Tick.Length = 0
	p.Y.Padding = 0
	p.X.Padding = 0
	colW := (o.Width - labelW - 30) / vg.Length(max(C, 1))
	names := make([]string, C)
	for i, k := range cols {
		names[i] = colName[k]
	}
	categoryLabels(p, names, colW, o.Height*0.25)
	p.X.Tick.Length = 0
	p.X.Min, p.X.Max = -0.5, float64(C)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(R)-0.5
	p.X.Label.Text = axisLabel(o.XLabel, "")
	p.Y.Label.Text = axisLabel(o.YLabel, "")
	p.X.LineStyle.Width = 0
	p.Y.LineStyle.Width = 0
	f.legend = append(f.legend, legendItem{
		label:  tr(lang, "Mức đạt: 0% → 100%", "Attainment: 0% → 100%"),
		thumbs: []plot.Thumbnailer{gradient{colour: attainmentColour}},
		width:  o.Font.Size * 8,
	})
	if noData {
		f.legend = append(f.legend, legendItem{label: statusName("no_data", lang), thumbs: []plot.Thumbnailer{swatch{fill: color.Gray{0xe4}, hatch: true}}})
	}
	if blank {
		f.legend = append(f.legend, legendItem{label: tr(lang, "Không áp dụng", "Not applicable"), thumbs: []plot.Thumbnailer{swatch{fill: color.White, border: color.Gray{0xaa}}}})
	}
	return f.chart(rec2), nil
}

// filterScores keeps the rows of a plan, entities and years.
func filterScores(rows []scoreRow, planID string, entities []string, year, from, to int) []scoreRow {
	want := map[string]bool{}
	for _, e := range entities {
		if strings.TrimSpace(e) != "" {
			want[entityKey(e)] = true
		}
	}
	var out []scoreRow
	for _, r := range rows {
		if planID != "" && vntext.Fold(r.planID) != vntext.Fold(planID) {
			continue
		}
		if len(want) > 0 && !want[entityKey(r.entity)] {
			continue
		}
		if year != 0 && r.year != year {
			continue
		}
		if (from > 0 && r.year < from) || (to > 0 && r.year > to) {
			continue
		}
		out = append(out, r)
	}
	return out
}
