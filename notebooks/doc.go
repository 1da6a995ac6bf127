// Package notebooks holds the project's Jupyter notebooks (Go kernel GoNB)
// and the test that executes them headless.
//
// The notebooks are the analyst's tutorial:
//
//   - 01-quickstart.ipynb: parse a CCHC plan, show its targets and tasks as
//     tables and the tasks per lead agency as a chart;
//   - 02-scorecard.ipynb: score the plan against illustrative observations,
//     with the scorecard, the per-area summary, the heatmap and the
//     attainment chart, and the effect of changing a default;
//   - 03-trends.ipynb: the real PCI 2005–2019 and PAR INDEX / SIPAS values:
//     trends against the national median, a yearly comparison and the
//     progress-toward-target classification;
//   - 04-766.ipynb: the national service index of Decision 766/QĐ-TTg on
//     the portal's own figures: the 34 provinces ranked with their six
//     groups, Hà Tĩnh's on-time share derived from its points, and the
//     points formula checked on Phú Thọ's counts.
//
// Each notebook starts with the cell `!*bash "$GONB_DIR/gonb-init.sh"`,
// which points the notebook's temporary Go module at the checkout the
// notebook lives in, wherever it is cloned, pins GoNB's display package and
// pins every dependency to the version the repository selects (so a
// notebook compiles what `go test` compiles and reuses its build cache).
//
// Set-up (Jupyter from Debian, GoNB and goimports at pinned versions, the
// kernel registration) is done by scripts/notebook-setup.sh. Then
//
//	jupyter notebook notebooks/
//
// opens them, and
//
//	go test ./notebooks/
//
// executes every notebook with `jupyter nbconvert --execute` on a copy and
// fails when a cell errors, when a cell tagged `expect:<mime type>` (for
// example `expect:text/html` or `expect:image/png`) does not display that
// kind of output, or when the committed outputs differ in shape (output
// kinds and mime types per cell, not bytes) from the fresh run. Without
// Jupyter or GoNB the test is skipped, except when the environment variable
// CI is set, where it fails. Every cell that displays something defers
// gonbui.Sync(), so that no display is lost when its program exits.
//
// The library packages never import GoNB: they return HTML, SVG or PNG, and
// the notebooks pass them to gonbui.DisplayHTML or gonbui.DisplayPNG.
package notebooks
