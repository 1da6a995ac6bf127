// Package report lays out the year-end scorecard report: one self-contained
// HTML page (CSS, charts as inline SVG and the Liberation Sans faces that
// carry every Vietnamese letter, embedded; nothing fetched from a network)
// for the screen and for A4 print, in Vietnamese or English.
//
// The page holds the plan's header (number, issuer, date, year, signer), the
// headline (plan score, counts by status, coverage), a table and a chart per
// CCHC area, the heatmap, every target with its wording, target, actual,
// baseline, status, note and source line, the findings about the plan, the
// observations that matched no target, and the method (the scoring rules and
// point rules in force, the data sources with their SHA-256 checksums, the
// cchc version and the date made). A scorecard of several entities adds a
// ranking and small multiples.
//
// HTML returns the page, so that a notebook shows the same report inline;
// PDF prints it with headless Chromium (Debian package "chromium").
package report
