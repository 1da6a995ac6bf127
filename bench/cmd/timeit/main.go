// Command timeit runs a command several times and appends one JSON line
// with its wall times and peak memory to a results file, for the report.
// Peak memory is the child's maximum resident set size as the kernel
// reports it (getrusage ru_maxrss). A run that exceeds --timeout or
// --max-rss is killed and recorded as failed; later runs are skipped.
//
//	timeit --label "cchc parquet 10M plm" --peer cchc --query plm --format parquet \
//	    --rows 10000000 --runs 5 --results results.jsonl -- PROGRAM ARGS...
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/cchc-lab/cchc/bench/internal/timing"
)

func main() {
	var r timing.Result
	flag.StringVar(&r.Peer, "peer", "", "peer name")
	flag.StringVar(&r.Query, "query", "", "query name")
	flag.StringVar(&r.Format, "format", "", "input format")
	flag.Int64Var(&r.Rows, "rows", 0, "input rows")
	runs := flag.Int("runs", 5, "timed runs")
	timeout := flag.Duration("timeout", 20*time.Minute, "kill a run after this long")
	maxRSS := flag.Int64("max-rss-mb", 16384, "kill a run whose resident memory exceeds this many MiB")
	results := flag.String("results", "", "append the result here (JSON lines)")
	flag.Parse()
	if flag.NArg() == 0 || *results == "" {
		fmt.Fprintln(os.Stderr, "usage: timeit --peer P --query Q --format F --rows N --runs N --results FILE -- COMMAND ARGS...")
		os.Exit(2)
	}
	r.Command = flag.Args()
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		r.Load = strings.TrimSpace(string(b))
	}
	r.Started = time.Now().UTC()
	for i := 0; i < *runs; i++ {
		wall, rssKB, err := runOnce(r.Command, *timeout, *maxRSS*1024)
		if err != nil {
			r.Failed = fmt.Sprintf("run %d: %v", i+1, err)
			fmt.Fprintf(os.Stderr, "timeit: %s %s %s: %s\n", r.Peer, r.Format, r.Query, r.Failed)
			break
		}
		r.WallSeconds = append(r.WallSeconds, wall.Seconds())
		r.MaxRSSMB = append(r.MaxRSSMB, float64(rssKB)/1024)
		fmt.Fprintf(os.Stderr, "timeit: %s %s %s run %d: %.2f s, %.0f MiB\n", r.Peer, r.Format, r.Query, i+1, wall.Seconds(), float64(rssKB)/1024)
	}
	if len(r.WallSeconds) > 0 {
		s := append([]float64(nil), r.WallSeconds...)
		sort.Float64s(s)
		if len(s)%2 == 1 {
			r.Median = s[len(s)/2]
		} else {
			r.Median = (s[len(s)/2-1] + s[len(s)/2]) / 2
		}
		for _, m := range r.MaxRSSMB {
			r.PeakMB = max(r.PeakMB, m)
		}
	}
	f, err := os.OpenFile(*results, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, "timeit:", err)
		os.Exit(1)
	}
	line, _ := json.Marshal(r)
	if _, err := f.Write(append(line, '\n')); err != nil {
		fmt.Fprintln(os.Stderr, "timeit:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "timeit:", err)
		os.Exit(1)
	}
	if r.Failed != "" {
		os.Exit(1)
	}
}

// runOnce runs the command with its output on ours, killing it after
// timeout or once its resident memory passes limitKB.
func runOnce(args []string, timeout time.Duration, limitKB int64) (time.Duration, int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	overLimit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if rssKB(cmd.Process.Pid) > limitKB {
					close(overLimit)
					cmd.Process.Kill()
					return
				}
			}
		}
	}()
	err := cmd.Wait()
	wall := time.Since(start)
	close(done)
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss // KiB on Linux
	}
	select {
	case <-overLimit:
		return wall, rss, fmt.Errorf("killed: resident memory over %d MiB", limitKB/1024)
	default:
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return wall, rss, fmt.Errorf("killed after %v", timeout)
	}
	if err != nil {
		return wall, rss, err
	}
	return wall, rss, nil
}

// rssKB reads a process's current resident set size from /proc.
func rssKB(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				v, _ := strconv.ParseInt(f[0], 10, 64)
				return v
			}
		}
	}
	return 0
}
