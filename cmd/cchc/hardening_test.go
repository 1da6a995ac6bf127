package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOutputsRefusedWhenInputs points outputs at inputs (by another name
// too): every command refuses before writing, and the input is intact.
func TestOutputsRefusedWhenInputs(t *testing.T) {
	dir := t.TempDir()
	dossiers := filepath.Join(dir, "d.csv")
	if code, _, stderr := runCmd(t, "gen", "dossiers", "--rows", "200", "-o", dossiers); code != 0 {
		t.Fatalf("gen: %s", stderr)
	}
	link := filepath.Join(dir, "link.csv")
	if err := os.Link(dossiers, link); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(dossiers)
	plan := filepath.Join(dir, "plan.txt")
	os.WriteFile(plan, []byte("KẾ HOẠCH\nCải cách hành chính năm 2025\n"), 0o644)
	for _, args := range [][]string{
		{"indicators", "--dossiers", dossiers, "-o", dossiers},
		{"indicators", "--dossiers", dossiers, "-o", link},
		{"indicators", "--dossiers", dossiers, "--rates", dir + "/./link.csv"},
		{"indicators", "--dossiers", dossiers, "--rejected", dossiers},
		{"indicators", "--dossiers", dossiers, "-o", filepath.Join(dir, "o.csv"), "--rates", filepath.Join(dir, "o.csv")},
		{"plot", "trend", "--data", dossiers, "-o", dossiers},
		{"parse", plan, "-o", plan},
	} {
		code, _, stderr := runCmd(t, args...)
		if code == 0 || !strings.Contains(stderr, "is the same file as") {
			t.Errorf("%v: exit %d, %s", args, code, stderr)
		}
	}
	after, _ := os.ReadFile(dossiers)
	if !bytes.Equal(before, after) {
		t.Fatal("an input was changed")
	}
}

// TestNumericFlagsChecked gives flags values out of range: a usage error
// (status 2), never a crash or a file of 0 rows.
func TestNumericFlagsChecked(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "obs.csv")
	os.WriteFile(data, []byte("entity,year,metric,value\nHà Tĩnh,2024,m,1\nHà Tĩnh,2025,m,2\n"), 0o644)
	for _, args := range [][]string{
		{"gen", "dossiers", "--rows", "9223372036854775807", "-o", filepath.Join(dir, "g.parquet")},
		{"gen", "dossiers", "--rows", "-1", "-o", filepath.Join(dir, "g.parquet")},
		{"gen", "dossiers", "--batch", "0", "-o", filepath.Join(dir, "g.parquet")},
		{"gen", "dossiers", "--batch", "1000000000000", "-o", filepath.Join(dir, "g.parquet")},
		{"indicators", "--dossiers", data, "--workers", "100000000"},
		{"indicators", "--dossiers", data, "--workers", "-2"},
		{"plot", "trend", "--data", data, "--width", "1e12", "-o", filepath.Join(dir, "c.png")},
		{"plot", "trend", "--data", data, "--width", "-3", "-o", filepath.Join(dir, "c.png")},
		{"plot", "trend", "--data", data, "--width", "NaN", "-o", filepath.Join(dir, "c.png")},
		{"plot", "trend", "--data", data, "--height", "1e9", "-o", filepath.Join(dir, "c.png")},
	} {
		code, _, stderr := runCmd(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "g.parquet")); err == nil {
		t.Error("gen wrote a file for a bad flag")
	}
	// Within the flag ranges, a PNG too large to draw is an error.
	code, _, stderr := runCmd(t, "plot", "trend", "--data", data, "--width", "500", "--height", "500", "-o", filepath.Join(dir, "c.png"))
	if code != 1 || !strings.Contains(stderr, "pixels") {
		t.Errorf("500 × 500 cm PNG: exit %d: %s", code, stderr)
	}
}

// buildCchc builds the command into a temporary folder.
func buildCchc(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "cchc")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestKilledWriter runs "cchc gen dossiers" over an existing file and
// kills it while it writes: after SIGINT or SIGTERM the old file is
// intact and no temporary file is left; after SIGKILL (which no program
// can catch) the old file is still intact, and the temporary file is the
// only trace.
func TestKilledWriter(t *testing.T) {
	if testing.Short() || runtime.GOOS == "windows" {
		t.Skip("builds the command and writes large files")
	}
	bin := buildCchc(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "d.csv")
			old := []byte("id,province\nold,file\n")
			if err := os.WriteFile(out, old, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bin, "gen", "dossiers", "--rows", "50000000", "-o", out)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitForTemp(t, dir, 20*time.Second)
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			if err == nil {
				t.Fatalf("the writer finished before the %v", sig)
			}
			got, _ := os.ReadFile(out)
			if !bytes.Equal(got, old) {
				t.Fatalf("after %v the output holds %d bytes, not the old file", sig, len(got))
			}
			temps := tempFiles(dir)
			if sig != syscall.SIGKILL && len(temps) > 0 {
				t.Fatalf("after %v temporary files remain: %v", sig, temps)
			}
			t.Logf("%v: old file intact, %d temporary files left (exit: %v)", sig, len(temps), err)
		})
	}
}

// waitForTemp waits until a temporary output file in dir has some bytes.
func waitForTemp(t *testing.T, dir string, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		for _, p := range tempFiles(dir) {
			if st, err := os.Stat(p); err == nil && st.Size() > 1<<20 {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the writer made no temporary file")
}

// tempFiles lists the atomic writer's temporary files in dir.
func tempFiles(dir string) []string {
	m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	return m
}

// TestFailingOutputWritesNone: when one output of a run cannot be
// written, the other is not written either (scorecard -o with --summary,
// indicators -o with --rates).
func TestFailingOutputWritesNone(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "scores.csv")
	bad := filepath.Join(dir, "missing-folder", "summary.csv")
	code, _, stderr := runCmd(t, "scorecard", "-o", out, "--summary", bad)
	if code == 0 {
		t.Fatalf("scorecard with an unwritable --summary succeeded: %s", stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("scorecard wrote -o although --summary failed: %s", stderr)
	}
	dossiers := filepath.Join(dir, "d.csv")
	if code, _, stderr := runCmd(t, "gen", "dossiers", "--rows", "100", "-o", dossiers); code != 0 {
		t.Fatal(stderr)
	}
	obs := filepath.Join(dir, "obs.csv")
	code, _, stderr = runCmd(t, "indicators", "--dossiers", dossiers, "-o", obs, "--rates", filepath.Join(dir, "missing-folder", "rates.csv"), "-q")
	if code == 0 {
		t.Fatalf("indicators with an unwritable --rates succeeded: %s", stderr)
	}
	if _, err := os.Stat(obs); err == nil {
		t.Errorf("indicators wrote -o although --rates failed: %s", stderr)
	}
	if !strings.Contains(stderr, "nothing written") {
		t.Errorf("stderr does not say nothing was written: %s", stderr)
	}
	if left := tempFiles(dir); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
