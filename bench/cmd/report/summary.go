package main

import (
	"fmt"
	"io"
	"sort"
)

// cell is one comparison of the benchmark: rows, input format and query.
type cell = key

// cellVerdict is what the summary says of one cell: the fastest peer
// other than cchc, and DuckDB's peak memory, next to cchc's.
type cellVerdict struct {
	cell
	ours        result
	best        result // the fastest other peer; Peer "" when none ran
	duck        result // DuckDB's run; Peer "" when it did not run
	cchcFastest bool
}

// verdicts returns, for every cell cchc ran in, its verdict, in the order
// of the report's tables (rows, then plm, palm, nat; Parquet first).
func verdicts(results []result, ours map[key]result) []cellVerdict {
	var vs []cellVerdict
	for k, o := range ours {
		v := cellVerdict{cell: k, ours: o, cchcFastest: true}
		for _, r := range results {
			if r.Rows != k.rows || r.Format != k.format || r.Query != k.query || r.Peer == "cchc" || r.Failed != "" {
				continue
			}
			if r.Peer == "duckdb" {
				v.duck = r
			}
			if v.best.Peer == "" || r.Median < v.best.Median {
				v.best = r
			}
		}
		if v.best.Peer != "" && v.best.Median < o.Median {
			v.cchcFastest = false
		}
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool {
		a, b := vs[i].cell, vs[j].cell
		if a.rows != b.rows {
			return a.rows < b.rows
		}
		if a.query != b.query {
			return a.query > b.query
		}
		return a.format > b.format
	})
	return vs
}

// percentMore is how much larger a is than b, in percent.
func percentMore(a, b float64) float64 { return (a/b - 1) * 100 }

// writeSummary writes the section that answers the benchmark's two
// questions cell by cell: is cchc faster than every peer's best, and does
// it use no more memory than DuckDB; where not, by how much. Why, where
// it is slower, is in bench/README.md.
func writeSummary(w io.Writer, results []result, ours map[key]result) {
	vs := verdicts(results, ours)
	if len(vs) == 0 {
		return
	}
	fastest, compared, leaner := 0, 0, 0
	for _, v := range vs {
		if v.best.Peer != "" {
			compared++
			if v.cchcFastest {
				fastest++
			}
		}
		if v.duck.Peer != "" && v.ours.PeakMB <= v.duck.PeakMB {
			leaner++
		}
	}
	fmt.Fprintf(w, "\n## Summary\n\n")
	fmt.Fprintf(w, "cchc has the lowest median wall time in %d of the %d cells where other\n", fastest, compared)
	fmt.Fprintf(w, "peers ran, and a peak memory no larger than DuckDB's in %d. Where it does not, the\n", leaner)
	fmt.Fprintf(w, "table says by how much; [bench/README.md](bench/README.md#where-cchc-is-not-ahead)\n")
	fmt.Fprintf(w, "says why. Medians of a few runs on a shared virtual machine: a\n")
	fmt.Fprintf(w, "difference of a few percent is within the runs' range.\n\n")
	fmt.Fprintf(w, "| rows | query | input | fastest other peer | its median s | cchc median s | cchc vs it | cchc peak MiB | DuckDB peak MiB | cchc memory vs DuckDB |\n")
	fmt.Fprintf(w, "|---|---|---|---|--:|--:|---|--:|--:|---|\n")
	for _, v := range vs {
		other, otherMedian, speed := "none ran", "", "only cchc"
		if v.best.Peer != "" {
			other = peerNames[v.best.Peer]
			otherMedian = fmt.Sprintf("%.2f", v.best.Median)
			if v.cchcFastest {
				speed = fmt.Sprintf("faster: it takes %.0f%% longer", percentMore(v.best.Median, v.ours.Median))
			} else {
				speed = fmt.Sprintf("**slower: cchc takes %.0f%% longer**", percentMore(v.ours.Median, v.best.Median))
			}
		}
		duckPeak, mem := "", "DuckDB did not run"
		if v.duck.Peer != "" {
			duckPeak = fmt.Sprintf("%.0f", v.duck.PeakMB)
			if d := percentMore(v.ours.PeakMB, v.duck.PeakMB); d > 0 {
				mem = fmt.Sprintf("**%.0f%% more**", d)
			} else {
				mem = fmt.Sprintf("%.0f%% less", -d)
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %.2f | %s | %.0f | %s | %s |\n",
			rowsName(v.rows), v.query, v.format, other, otherMedian, v.ours.Median, speed, v.ours.PeakMB, duckPeak, mem)
	}
}
