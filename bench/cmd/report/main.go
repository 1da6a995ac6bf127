// Command report turns the benchmark's results into BENCHMARKS.md: the
// machine, how the numbers were taken, one table per input size with each
// peer's median wall time, peak memory and ratio to cchc, and the scaling
// of the Parquet runs from 1 to 50 million rows.
//
//	report --results results.jsonl --checks checks.txt --machine machine.txt > BENCHMARKS.md
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/cchc-lab/cchc/bench/internal/timing"
)

type result = timing.Result

var peerOrder = []string{"cchc", "duckdb", "polars", "pandas", "gota"}

var peerNames = map[string]string{
	"cchc": "cchc", "duckdb": "DuckDB", "polars": "polars", "pandas": "pandas", "gota": "gota",
}

var queryNames = map[string]string{
	"plm":  "`plm` province × level × month",
	"palm": "`palm` province × agency × level × month",
	"nat":  "`nat` agency × month of a national-schema CSV file (input `national`), by the 766 rules of package rates",
}

func main() {
	resultsPath := flag.String("results", "", "results (JSON lines from timeit)")
	checksPath := flag.String("checks", "", "check log (one line per comparison)")
	machinePath := flag.String("machine", "", "machine description (key: value lines)")
	skipsPath := flag.String("skips", "", "runs left out, with reasons (one per line)")
	flag.Parse()
	if *resultsPath == "" || *machinePath == "" {
		fmt.Fprintln(os.Stderr, "usage: report --results results.jsonl --checks checks.txt --machine machine.txt [--skips skips.txt]")
		os.Exit(2)
	}
	if err := run(os.Stdout, *resultsPath, *checksPath, *machinePath, *skipsPath); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func readLines(path string) ([]string, error) {
	if path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

func readResults(path string) ([]result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []result
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

func rowsName(n int64) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dK", n/1000)
	}
	return fmt.Sprint(n)
}

func peerRank(p string) int {
	for i, q := range peerOrder {
		if q == p {
			return i
		}
	}
	return len(peerOrder)
}

type key struct {
	rows          int64
	format, query string
}

func run(w io.Writer, resultsPath, checksPath, machinePath, skipsPath string) error {
	results, err := readResults(resultsPath)
	if err != nil {
		return err
	}
	checks, err := readLines(checksPath)
	if err != nil {
		return err
	}
	machine, err := readLines(machinePath)
	if err != nil {
		return err
	}
	skips, err := readLines(skipsPath)
	if err != nil {
		return err
	}
	ours := map[key]result{}
	sizes := map[int64]bool{}
	for _, r := range results {
		sizes[r.Rows] = true
		if r.Peer == "cchc" && r.Failed == "" {
			ours[key{r.Rows, r.Format, r.Query}] = r
		}
	}
	var sizeList []int64
	for s := range sizes {
		sizeList = append(sizeList, s)
	}
	sort.Slice(sizeList, func(i, j int) bool { return sizeList[i] < sizeList[j] })

	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	p("# Benchmarks: grouped dossier rates\n\n")
	p("Written by `bash bench/run.sh`; do not edit by hand. The computation, the\n")
	p("peers and the programs are described in [bench/README.md](bench/README.md).\n")
	p("The dossier files are SYNTHETIC (`cchc gen dossiers --seed 1`, 100 bad\n")
	p("records per million).\n\n")
	p("## Machine\n\n")
	for _, m := range machine {
		p("- %s\n", m)
	}
	writeSummary(w, results, ours)
	p("\n## How the numbers were taken\n\n")
	p("- Every program runs as its own process and reads the whole file: the\n")
	p("  wall time includes starting, reading, filtering, grouping and writing\n")
	p("  the counts file. The input file is in the page cache.\n")
	p("- cchc runs once first for each file and query (its counts are the\n")
	p("  reference, and the run puts the file in the page cache). Then each\n")
	p("  program runs the number of times shown, one after another; the table\n")
	p("  gives the median and the range. The counts the runs wrote are then\n")
	p("  compared with cchc's (`bench/cmd/check`: every count of every group\n")
	p("  equal), and a program's times are reported only when they match.\n")
	p("- Peak memory is the largest resident set size of the process over the\n")
	p("  timed runs (getrusage `ru_maxrss`).\n")
	p("- \"× cchc\" is the peer's median divided by cchc's median for the same\n")
	p("  rows, input format and query: above 1 means slower than cchc.\n")
	p("- Every peer uses both cores (DuckDB and polars by default, cchc with\n")
	p("  one goroutine per core); pandas and gota use one.\n\n")

	for _, size := range sizeList {
		p("## %s rows\n\n", rowsName(size))
		p("| query | input | peer | median s | range s | runs | peak MiB | × cchc |\n")
		p("|---|---|---|--:|--:|--:|--:|--:|\n")
		var rs []result
		for _, r := range results {
			if r.Rows == size {
				rs = append(rs, r)
			}
		}
		sort.SliceStable(rs, func(i, j int) bool {
			a, b := rs[i], rs[j]
			if a.Query != b.Query {
				return a.Query > b.Query // plm first
			}
			if a.Format != b.Format {
				return a.Format > b.Format // parquet first
			}
			return peerRank(a.Peer) < peerRank(b.Peer)
		})
		for _, r := range rs {
			name := peerNames[r.Peer]
			if name == "" {
				name = r.Peer
			}
			if r.Failed != "" && len(r.WallSeconds) == 0 {
				p("| %s | %s | %s | failed: %s | | | | |\n", r.Query, r.Format, name, r.Failed)
				continue
			}
			lo, hi := r.WallSeconds[0], r.WallSeconds[0]
			for _, s := range r.WallSeconds {
				lo, hi = min(lo, s), max(hi, s)
			}
			ratio := ""
			if o, ok := ours[key{r.Rows, r.Format, r.Query}]; ok && o.Median > 0 {
				ratio = fmt.Sprintf("%.2f", r.Median/o.Median)
			}
			note := ""
			if r.Failed != "" {
				note = " (then failed: " + r.Failed + ")"
			}
			p("| %s | %s | %s | %.2f | %.2f–%.2f | %d%s | %.0f | %s |\n", r.Query, r.Format, name, r.Median, lo, hi, len(r.WallSeconds), note, r.PeakMB, ratio)
		}
		p("\n")
	}

	if len(sizeList) > 1 {
		p("## Scaling (Parquet input)\n\n")
		p("Median wall time per million rows; a flat row means the cost grows\n")
		p("linearly with the rows.\n\n")
		p("| query | peer |")
		for _, s := range sizeList {
			p(" %s s | s per M at %s |", rowsName(s), rowsName(s))
		}
		p("\n|---|---|")
		for range sizeList {
			p("--:|--:|")
		}
		p("\n")
		type pq struct{ query, peer string }
		seen := map[pq]bool{}
		var order []pq
		byKey := map[pq]map[int64]result{}
		for _, r := range results {
			if r.Format != "parquet" || r.Failed != "" {
				continue
			}
			k := pq{r.Query, r.Peer}
			if !seen[k] {
				seen[k] = true
				order = append(order, k)
				byKey[k] = map[int64]result{}
			}
			byKey[k][r.Rows] = r
		}
		sort.SliceStable(order, func(i, j int) bool {
			if order[i].query != order[j].query {
				return order[i].query > order[j].query
			}
			return peerRank(order[i].peer) < peerRank(order[j].peer)
		})
		for _, k := range order {
			p("| %s | %s |", k.query, peerNames[k.peer])
			for _, s := range sizeList {
				if r, ok := byKey[k][s]; ok {
					p(" %.2f | %.3f |", r.Median, r.Median/(float64(s)/1e6))
				} else {
					p(" – | – |")
				}
			}
			p("\n")
		}
		p("\n")
	}

	p("## Queries\n\n")
	for _, q := range []string{"plm", "palm", "nat"} {
		p("- %s\n", queryNames[q])
	}
	if len(skips) > 0 {
		p("\n## Left out\n\n")
		said := map[string]bool{}
		for _, s := range skips {
			if !said[s] {
				said[s] = true
				p("- %s\n", s)
			}
		}
	}
	if len(checks) > 0 {
		p("\n## Result checks\n\n")
		p("Each line is one comparison of a peer's counts file with cchc's.\n\n")
		p("```\n")
		for _, c := range checks {
			p("%s\n", c)
		}
		p("```\n")
	}
	return nil
}
