package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

func TestIndicatorsListText(t *testing.T) {
	code, out, errOut := runCmd(t, "indicators", "list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{"online_submission_rate", "civil_servant_headcount", "lower", "PAR INDEX", "PAPI", "scale break in 2018", "top 30"} {
		if !strings.Contains(strings.ToLower(out), strings.ToLower(w)) {
			t.Errorf("output lacks %q", w)
		}
	}
}

func TestIndicatorsListCSV(t *testing.T) {
	code, out, errOut := runCmd(t, "indicators", "list", "--format", "csv", "--bom")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Error("no BOM with --bom")
	}
	rows, err := csv.NewReader(bytes.NewReader([]byte(strings.TrimPrefix(out, "\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := 1 + len(indicators.Default().Metrics()) + len(indicators.Indices())
	if len(rows) != want {
		t.Fatalf("%d rows, want %d", len(rows), want)
	}
	last := rows[len(rows)-1]
	if last[0] != "index" || last[1] != "DDCI" {
		t.Errorf("last row %v", last)
	}
	if code, _, _ := runCmd(t, "indicators", "list", "--format", "xml"); code != 2 {
		t.Errorf("--format xml: exit %d, want 2", code)
	}
}
