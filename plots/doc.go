// Package plots draws the charts CCHC analysts put in provincial reports and
// briefings, from Arrow records produced by the dataset and score packages:
//
//   - Trend: an index or metric over the years, one line per province or
//     agency, with an optional target line, the national median and
//     interquartile band, gaps for missing years and split series where the
//     index changed its scale;
//   - Bars: yearly comparison as grouped bars, one group per province (or
//     metric) and one bar per year;
//   - Heatmap: a scorecard, targets grouped by CCHC area against entities or
//     years, coloured by attainment, with no_data drawn differently from 0;
//   - Attainment: one plan's targets, actual against target, coloured by status;
//   - Workload: tasks per lead agency as horizontal bars.
//
// Every chart function reads its columns by name, accepts dictionary-encoded
// or plain strings and 32- or 64-bit integers, and returns a *Chart that
// writes SVG or PNG. The same input always gives byte-identical output.
//
// Text is drawn with the Liberation Sans faces shipped with gonum/plot, which
// cover every Vietnamese letter; all labels are normalised to NFC before they
// are measured or drawn, and labels too long for their space are wrapped or
// shortened with an ellipsis rather than drawn over each other.
// Chart.MissingGlyphs reports any rune a chart drew that the font lacks.
//
// The data flow and layers are in docs/design.md.
package plots
