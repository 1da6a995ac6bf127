package plandoc

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

const fixtureDir = "../../testdata/planfiles"

// goldenParts is the part of a golden file that does not depend on the
// layout of the text: metadata, and targets and tasks without their
// source line.
type goldenParts struct {
	Plan    map[string]any   `json:"plan"`
	Targets []map[string]any `json:"targets"`
	Tasks   []map[string]any `json:"tasks"`
}

func loadParts(t *testing.T, b []byte) goldenParts {
	t.Helper()
	var g goldenParts
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	for _, list := range [][]map[string]any{g.Targets, g.Tasks} {
		for _, m := range list {
			delete(m, "source")
		}
	}
	return g
}

// diffParts lists how got differs from want: metadata fields, and the
// targets and tasks of want missing from got or added in got.
func diffParts(got, want goldenParts) []string {
	var out []string
	for k, w := range want.Plan {
		if g := got.Plan[k]; !reflect.DeepEqual(g, w) {
			out = append(out, fmt.Sprintf("plan.%s: got %v, want %v", k, g, w))
		}
	}
	out = append(out, diffList("target", got.Targets, want.Targets)...)
	out = append(out, diffList("task", got.Tasks, want.Tasks)...)
	return out
}

func diffList(kind string, got, want []map[string]any) []string {
	var out []string
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for j, g := range got {
			if !used[j] && reflect.DeepEqual(g, w) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			b, _ := json.Marshal(w)
			out = append(out, fmt.Sprintf("%s missing: %s", kind, b))
		}
	}
	for j, g := range got {
		if !used[j] {
			b, _ := json.Marshal(g)
			out = append(out, fmt.Sprintf("%s extra: %s", kind, b))
		}
	}
	return out
}

// fieldDiffs pairs the differing items by code and names the fields that
// differ.
func fieldDiffs(got, want []map[string]any) []string {
	var out []string
	for _, w := range want {
		for _, g := range got {
			if g["code"] == w["code"] && !reflect.DeepEqual(g, w) {
				for k := range w {
					if !reflect.DeepEqual(g[k], w[k]) {
						out = append(out, fmt.Sprintf("%v.%s: got %v | want %v", w["code"], k, g[k], w[k]))
					}
				}
			}
		}
	}
	return out
}

func TestFixtureDiag(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, os.Getenv("FX")))
	for _, f := range files {
		d, err := ParseFile(f, indicators.Default())
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		b, _ := d.JSON()
		base := filepath.Base(f)
		base = base[:len(base)-len(filepath.Ext(base))]
		want, _ := os.ReadFile(filepath.Join("testdata", base+".golden.json"))
		diffs := diffParts(loadParts(t, b), loadParts(t, want))
		t.Logf("%s: %d targets %d tasks, %d differences", f, len(d.Targets), len(d.Tasks), len(diffs))
		for _, x := range diffs {
			if os.Getenv("FIELDS") == "" {
				t.Log(x)
			}
		}
		if os.Getenv("FIELDS") != "" {
			g, w := loadParts(t, b), loadParts(t, want)
			for _, x := range fieldDiffs(g.Tasks, w.Tasks) {
				t.Log(x)
			}
		}
	}
}
