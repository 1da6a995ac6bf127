package plots

import (
	"image/color"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/internal/i18n"
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
	h := &heatmap{opts: opts, by: opts.By}
	if h.by == "" {
		h.by = "entity"
	}
	if h.by != "entity" && h.by != "year" {
		return nil, optionsError(i18n.Errorf("By is %q, want \"entity\" or \"year\"", opts.By), "By")
	}
	h.rows = filterScores(rows, opts.PlanID, opts.Entities, opts.Year, opts.YearFrom, opts.YearTo)
	if len(h.rows) == 0 {
		return nil, i18n.Errorf("plots: %w: no scorecard rows match the selection", ErrEmpty)
	}
	if err := h.checkOneOther(); err != nil {
		return nil, err
	}
	h.layOutColumns()
	h.groupTargets()
	rec2 := h.newFrame()
	h.drawCells()
	h.labelAxes()
	h.addLegend()
	return h.f.chart(rec2), nil
}

// heatmap is the state of one Heatmap call: the scorecard rows drawn, the
// columns (entities or years), the targets as rows grouped by area.
type heatmap struct {
	opts HeatmapOptions
	by   string // "entity" or "year"
	rows []scoreRow

	cols    []string          // column keys in order
	colName map[string]string // column key → label
	colIdx  map[string]int

	targets map[string]*heatmapTarget
	keys    []string // target keys in area order
	nRows   int      // target rows plus one heading row per area

	o      Common
	lang   string
	f      *frame
	labelW vg.Length

	noData, blank bool // whether cells of these kinds were drawn
}

// heatmapTarget is one row of the heatmap: a target and its cells.
type heatmapTarget struct {
	first scoreRow
	order int
	cells map[int]scoreRow
}

// checkOneOther checks that the dimension not drawn as columns has one
// value: one year for entity columns, one entity for year columns.
func (h *heatmap) checkOneOther() error {
	other := map[string]bool{}
	var otherList []string
	for _, r := range h.rows {
		k := strconv.Itoa(r.year)
		if h.by == "year" {
			k = r.entity
		}
		if !other[k] {
			other[k] = true
			otherList = append(otherList, k)
		}
	}
	if len(otherList) <= 1 {
		return nil
	}
	if h.by == "entity" {
		return optionsError(i18n.Errorf("the scorecard spans years %s; choose one year, or draw By \"year\" for one entity", strings.Join(otherList, ", ")), "Year", "By")
	}
	return optionsError(i18n.Errorf("the scorecard covers %s; choose one entity", strings.Join(otherList, ", ")), "Entities")
}

// colKey is the column of a scorecard row.
func (h *heatmap) colKey(r scoreRow) string {
	if h.by == "year" {
		return strconv.Itoa(r.year)
	}
	return entityKey(r.entity)
}

// layOutColumns orders the columns: the entities named first, in their
// order, then as they come; years in order.
func (h *heatmap) layOutColumns() {
	h.colName = map[string]string{}
	if h.by == "entity" {
		for _, e := range h.opts.Entities {
			k := entityKey(e)
			if _, ok := h.colName[k]; !ok {
				h.colName[k] = displayName(e)
				h.cols = append(h.cols, k)
			}
		}
	}
	for _, r := range h.rows {
		k := h.colKey(r)
		if _, ok := h.colName[k]; !ok {
			name := k
			if h.by == "entity" {
				name = displayName(r.entity)
			}
			h.colName[k] = name
			h.cols = append(h.cols, k)
		}
	}
	if h.by == "year" {
		sort.Strings(h.cols)
	}
	h.colIdx = map[string]int{}
	for i, k := range h.cols {
		h.colIdx[k] = i
	}
}

// groupTargets makes a row per target, in area order, with its cells, and
// counts the rows with the area headings.
func (h *heatmap) groupTargets() {
	h.targets = map[string]*heatmapTarget{}
	for i, r := range h.rows {
		t := h.targets[r.key()]
		if t == nil {
			t = &heatmapTarget{first: r, order: i, cells: map[int]scoreRow{}}
			h.targets[r.key()] = t
			h.keys = append(h.keys, r.key())
		}
		c := h.colIdx[h.colKey(r)]
		if _, dup := t.cells[c]; !dup {
			t.cells[c] = r
		}
	}
	sort.SliceStable(h.keys, func(i, j int) bool {
		return areaOrder(h.targets[h.keys[i]].first.area) < areaOrder(h.targets[h.keys[j]].first.area)
	})
	nAreas, prev := 0, "\x01"
	for _, k := range h.keys {
		if a := h.targets[k].first.area; a != prev {
			nAreas++
			prev = a
		}
	}
	h.nRows = len(h.keys) + nAreas
}

// newFrame sizes the chart (16 pt per row by default) and the label
// column, and makes the frame.
func (h *heatmap) newFrame() *textRecorder {
	h.lang = h.opts.Common.Lang
	if h.lang != "en" {
		h.lang = "vi"
	}
	h.o = h.opts.Common.withDefaults(20*vg.Centimeter, vg.Length(h.nRows)*vg.Points(16)+vg.Points(170))
	var rec2 *textRecorder
	h.f, rec2 = newFrame(h.o)
	lw := h.opts.LabelWidth
	if lw <= 0 || lw > 0.8 {
		lw = 0.45
		if len(h.cols) <= 2 {
			lw = 0.6 // few columns: give the wording the room
		}
	}
	h.labelW = h.o.Width * vg.Length(lw)
	return rec2
}

// drawCells draws an area heading row before each area's targets and a
// cell per target and column: coloured by attainment, grey and hatched
// without data, white where the target does not apply.
func (h *heatmap) drawCells() {
	p, o := h.f.plot, h.o
	tick := p.Y.Tick.Label
	cells := &rects{style: h.f.style(o.Font.Size*0.75, false, color.Black)}
	C := len(h.cols)
	// Percentages only where they fit in a cell.
	showValues := !h.opts.HideValues &&
		(o.Width-h.labelW-30)/vg.Length(max(C, 1)) > cells.style.Width("100%")*1.2
	firsts := make([]scoreRow, len(h.keys))
	for i, k := range h.keys {
		firsts[i] = h.targets[k].first
	}
	labels := rowLabels(firsts, h.lang)
	var yt []plot.Tick
	row, prev := 0, "\x01"
	for ki, k := range h.keys {
		t := h.targets[k]
		if t.first.area != prev {
			prev = t.first.area
			y := float64(h.nRows - 1 - row)
			yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, strings.ToUpper(areaName(prev, h.lang)), h.labelW)})
			cells.items = append(cells.items, rectItem{x0: -0.5, x1: float64(C) - 0.5, y0: y - 0.5, y1: y + 0.5, fill: color.Gray{0xee}})
			row++
		}
		y := float64(h.nRows - 1 - row)
		yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, labels[ki], h.labelW)})
		for c := 0; c < C; c++ {
			cells.items = append(cells.items, h.cell(t, c, y, showValues))
		}
		row++
	}
	p.Add(cells)
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
}

// cell returns the cell of target t in column c at height y.
func (h *heatmap) cell(t *heatmapTarget, c int, y float64, showValues bool) rectItem {
	it := rectItem{x0: float64(c) - 0.5, x1: float64(c) + 0.5, y0: y - 0.5, y1: y + 0.5, border: color.White}
	r, ok := t.cells[c]
	switch {
	case !ok:
		h.blank = true
		it.fill = color.White
		it.border = color.Gray{0xdd}
	case !r.hasAttainment:
		h.noData = true
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
	return it
}

// labelAxes labels the columns and fits the axes to the cells.
func (h *heatmap) labelAxes() {
	p, o, C := h.f.plot, h.o, len(h.cols)
	p.Y.Tick.Length = 0
	p.Y.Padding = 0
	p.X.Padding = 0
	colW := (o.Width - h.labelW - 30) / vg.Length(max(C, 1))
	names := make([]string, C)
	for i, k := range h.cols {
		names[i] = h.colName[k]
	}
	categoryLabels(p, names, colW, o.Height*0.25)
	p.X.Tick.Length = 0
	p.X.Min, p.X.Max = -0.5, float64(C)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(h.nRows)-0.5
	p.X.Label.Text = axisLabel(o.XLabel, "")
	p.Y.Label.Text = axisLabel(o.YLabel, "")
	p.X.LineStyle.Width = 0
	p.Y.LineStyle.Width = 0
}

// addLegend explains the colour scale, and the grey and white cells when
// there are some.
func (h *heatmap) addLegend() {
	f, lang := h.f, h.lang
	f.legend = append(f.legend, legendItem{
		label:  tr(lang, "Mức đạt: 0% → 100%", "Attainment: 0% → 100%"),
		thumbs: []plot.Thumbnailer{gradient{colour: attainmentColour}},
		width:  h.o.Font.Size * 8,
	})
	if h.noData {
		f.legend = append(f.legend, legendItem{label: statusName("no_data", lang), thumbs: []plot.Thumbnailer{swatch{fill: color.Gray{0xe4}, hatch: true}}})
	}
	if h.blank {
		f.legend = append(f.legend, legendItem{label: tr(lang, "Không áp dụng", "Not applicable"), thumbs: []plot.Thumbnailer{swatch{fill: color.White, border: color.Gray{0xaa}}}})
	}
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
