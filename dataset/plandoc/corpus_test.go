package plandoc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// The development corpus: real texts of provinces other than the seeds',
// each with hand labels (NNN_*.expected.json) of its plan header, targets,
// tasks and statements that are not targets. TestCorpusScores parses each
// text, scores the parse against the labels and fails when a score falls
// below its floor; TestCorpusGolden keeps the reviewed parse of each text.
const corpusDir = "../../testdata/plans/corpus"

// corpusEnv names an environment variable that points TestCorpusScores at
// another directory of labelled texts (NNN_*.txt with NNN_*.expected.json),
// such as a held-out set, scored the same way; the floors apply only to
// the development corpus.
const corpusEnv = "PLANDOC_CORPUS"

// scoredCorpusDir is the directory TestCorpusScores scores: $PLANDOC_CORPUS
// when set, else the development corpus.
func scoredCorpusDir() string {
	if d := os.Getenv(corpusEnv); d != "" {
		return d
	}
	return corpusDir
}

// corpusTolerance is how many lines a target's or task's line may be off
// its label (a wrapped sentence is labelled at its first or its value's
// line).
const corpusTolerance = 3

// corpusFloors are the scores under which TestCorpusScores fails: the
// figures measured on the corpus, less a small margin, so that a change
// that loses ground is seen. They are not aims (see the issue: header
// 0.95, targets 0.90, tasks 0.80 on unseen texts).
var corpusFloors = map[string]float64{
	"header":  0.90,
	"targets": 0.90,
	"tasks":   0.90,
}

// setFloors are the floors of each labelled set, by directory name: the
// development corpus's, and those of the later sets (measured after the
// fixes they led to, less a margin).
var setFloors = map[string]map[string]float64{
	"corpus":    corpusFloors,
	"heldout2":  {"header": 0.95, "targets": 0.95, "tasks": 0.95},
	"heldout3":  {"header": 0.97, "targets": 0.97, "tasks": 0.95},
	"heldout4":  {"header": 0.96, "targets": 0.92, "tasks": 0.95},
	"heldout5":  {"header": 0.96, "targets": 0.94, "tasks": 0.86}, // 131, a report labelled without tasks (read both ways), gives its "Bộ Nội vụ sẽ …" sentences as planned actions
	"heldout6":  {"header": 0.97, "targets": 0.97, "tasks": 0.94},
	"heldout7":  {"header": 0.95, "targets": 0.90, "tasks": 0.94},
	"heldout8":  {"header": 0.97, "targets": 0.92, "tasks": 0.95},
	"heldout9":  {"header": 0.97, "targets": 0.88, "tasks": 0.62},
	"heldout10": {"header": 0.92, "targets": 0.75, "tasks": 0.77},
	"heldout11": {"header": 0.89, "targets": 0.75, "tasks": 0.70},
	"heldout12": {"header": 0.94, "targets": 0.74, "tasks": 0.52},
	"heldout13": {"header": 0.93, "targets": 0.85, "tasks": 0.94},
	"heldout14": {"header": 0.88, "targets": 0.81, "tasks": 0.66},
	"heldout15": {"header": 0.90, "targets": 0.83, "tasks": 0.83},
	// heldout17 holds three targets, none read: its targets floor is 0.
	"heldout16": {"header": 0.90, "targets": 0.82, "tasks": 0.84},
	"heldout17": {"header": 0.94, "targets": 0.00, "tasks": 0.65},
	"heldout18": {"header": 0.89, "targets": 0.69, "tasks": 0.64},
	"heldout19": {"header": 0.90, "targets": 0.85, "tasks": 0.58},
	// heldout20 holds no target: any target read there is a false one.
	"heldout20": {"header": 0.89, "targets": 0.90, "tasks": 0.77},
	"heldout21": {"header": 0.90, "targets": 0.55, "tasks": 0.30},
	"heldout22": {"header": 0.87, "targets": 0.73, "tasks": 0.25},
	"heldout23": {"header": 0.88, "targets": 0.57, "tasks": 0.67},
	"heldout24": {"header": 0.93, "targets": 0.62, "tasks": 0.84},
	"heldout25": {"header": 0.91, "targets": 0.78, "tasks": 0.66},
	"heldout26": {"header": 0.95, "targets": 0.76, "tasks": 0.42},
	"heldout27": {"header": 0.86, "targets": 0.31, "tasks": 0.77},
	"heldout28": {"header": 0.92, "targets": 0.82, "tasks": 0.42},
	"heldout29": {"header": 0.89, "targets": 0.70, "tasks": 0.54},
	"heldout30": {"header": 0.94, "targets": 0.78, "tasks": 0.68},
	"heldout31": {"header": 0.93, "targets": 0.90, "tasks": 0.60},
	"heldout32": {"header": 0.95, "targets": 0.80, "tasks": 0.65},
	"heldout33": {"header": 0.80, "targets": 0.70, "tasks": 0.57},
	"heldout34": {"header": 0.91, "targets": 0.89, "tasks": 0.22},
	"heldout35": {"header": 0.80, "targets": 0.76, "tasks": 0.30},
	"heldout36": {"header": 0.94, "targets": 0.86, "tasks": 0.88},
	"heldout37": {"header": 0.89, "targets": 0.60, "tasks": 0.61},
	"heldout38": {"header": 0.90, "targets": 0.67, "tasks": 0.73},
	"heldout39": {"header": 0.97, "targets": 0.75, "tasks": 0.68},
	"heldout40": {"header": 0.79, "targets": 0.76, "tasks": 0.80},
	"heldout41": {"header": 0.99, "targets": 0.92, "tasks": 0.90},
	"heldout42": {"header": 0.87, "targets": 0.79, "tasks": 0.83},
	"heldout43": {"header": 0.91, "targets": 0.83, "tasks": 0.79},
	"heldout44": {"header": 0.85, "targets": 0.93, "tasks": 0.69},
	"heldout45": {"header": 0.94, "targets": 0.83, "tasks": 0.88},
	"heldout46": {"header": 0.93, "targets": 0.63, "tasks": 0.84},
	"heldout47": {"header": 0.95, "targets": 0.85, "tasks": 0.78},
	"heldout48": {"header": 0.88, "targets": 0.81, "tasks": 0.66},
	"heldout49": {"header": 0.98, "targets": 0.97, "tasks": 0.56},
	"heldout50": {"header": 0.77, "targets": 0.88, "tasks": 0.64},
	"heldout51": {"header": 0.93, "targets": 0.90, "tasks": 0.58},
	"heldout52": {"header": 0.93, "targets": 0.77, "tasks": 0.68},
	"heldout53": {"header": 0.94, "targets": 0.92, "tasks": 0.66},
	"heldout54": {"header": 0.93, "targets": 0.94, "tasks": 0.61},
	"heldout55": {"header": 0.89, "targets": 0.78, "tasks": 0.38},
	"heldout56": {"header": 0.89, "targets": 0.99, "tasks": 0.56},
	"heldout57": {"header": 0.83, "targets": 0.87, "tasks": 0.47},
	"heldout58": {"header": 0.84, "targets": 0.99, "tasks": 0.66},
}

// corpusLabels is the hand-labelled content of one corpus text.
type corpusLabels struct {
	SourceURL  string              `json:"source_url"`
	SourceNote string              `json:"source_note"`
	Kind       string              `json:"kind"`
	Plan       map[string]any      `json:"plan"`
	Targets    []corpusTargetLabel `json:"targets"`
	Tasks      []corpusTaskLabel   `json:"tasks"`
	NotTargets []map[string]any    `json:"not_targets"`
}

// corpusTargetLabel is one labelled target.
type corpusTargetLabel struct {
	Line         int      `json:"line"`
	Subject      string   `json:"subject"`
	Comparator   string   `json:"comparator"`
	Value        float64  `json:"value"`
	ValueMax     *float64 `json:"value_max"`
	Unit         string   `json:"unit"`
	Level        string   `json:"level"`
	Change       string   `json:"change"`
	BaselineYear *int     `json:"baseline_year"`
	Year         *int     `json:"year"`
}

// corpusTaskLabel is one labelled task.
type corpusTaskLabel struct {
	Line int      `json:"line"`
	Task string   `json:"task"`
	Lead []string `json:"lead"`
}

// corpusHeaderFields are the plan fields scored.
var corpusHeaderFields = []string{"doc_number", "doc_type", "issuer", "province", "date", "year", "signer"}

// prf counts true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c *prf) add(o prf) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

func (c prf) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c prf) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

func (c prf) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c prf) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)
}

// corpusFile is one text of the corpus with its labels.
type corpusFile struct {
	dir    string // the directory holding the text
	name   string // file name without ".txt"
	labels corpusLabels
}

func loadCorpus(t *testing.T, dir string) []corpusFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("no corpus texts in " + dir)
	}
	sort.Strings(paths)
	var out []corpusFile
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		data, err := os.ReadFile(filepath.Join(dir, name+".expected.json"))
		if err != nil {
			t.Fatalf("labels of %s: %v", name, err)
		}
		var l corpusLabels
		if err := json.Unmarshal(data, &l); err != nil {
			t.Fatalf("labels of %s: %v", name, err)
		}
		out = append(out, corpusFile{dir: dir, name: name, labels: l})
	}
	return out
}

// corpusScore is the score of one parse against its labels.
type corpusScore struct {
	header  map[string]prf
	targets prf
	tasks   prf
	// misses name the labels not found and the extra values parsed.
	misses []string
}

// scoreHeader compares the plan fields: a labelled field parsed the same
// is a true positive; parsed otherwise a false negative and, when
// something was parsed, a false positive; a field parsed where the label
// is empty a false positive.
func scoreHeader(got dataset.Plan, want map[string]any, s *corpusScore) {
	gotFields := map[string]string{
		"doc_number": got.DocNumber, "doc_type": got.DocType, "issuer": got.Issuer,
		"province": got.Province, "date": got.Date, "signer": got.Signer,
	}
	if got.Year != 0 {
		gotFields["year"] = fmt.Sprint(got.Year)
	}
	for _, f := range corpusHeaderFields {
		w := ""
		switch v := want[f].(type) {
		case string:
			w = vntext.NFC(strings.TrimSpace(v))
		case float64:
			w = fmt.Sprint(int(v))
		}
		g := gotFields[f]
		if f == "province" {
			// Names the register holds for one unit ("Hồ Chí Minh",
			// "Thành phố Hồ Chí Minh") are the same province.
			cw, okw := vntext.CanonicalProvince(w)
			cg, okg := vntext.CanonicalProvince(g)
			if okw && okg && cw == cg {
				w = g
			}
		}
		c := prf{}
		switch {
		case w != "" && g == w:
			c.tp = 1
		case w != "" && g == "":
			c.fn = 1
		case w != "":
			c.fn, c.fp = 1, 1
		case g != "":
			c.fp = 1
		}
		if c.tp == 0 && (w != "" || g != "") {
			s.misses = append(s.misses, fmt.Sprintf("header %s: got %q, want %q", f, g, w))
		}
		s.header[f] = c
	}
}

// targetMatches reports whether a parsed target is the labelled one.
func targetMatches(g dataset.Target, w corpusTargetLabel) bool {
	wy := 0
	if w.Year != nil {
		wy = *w.Year
	}
	wv, wu := inDong(w.Value, w.Unit)
	if math.Abs(g.Value-wv) > 1e-9*math.Max(1, math.Abs(wv)) || g.Unit != wu || !sameComparator(g, w) ||
		g.Year != wy || g.Level != w.Level {
		return false
	}
	if (g.ValueMax == nil) != (w.ValueMax == nil) || (g.ValueMax != nil && math.Abs(*g.ValueMax-*w.ValueMax) > 1e-9) {
		return false
	}
	return abs(g.Source.Line-w.Line) <= corpusTolerance
}

// inDong writes a label's sum of money in đồng, the unit the parser
// gives sums in: a label may keep the text's own multiple ("950" "triệu
// đồng" for "950 triệu đồng"), the same amount as 950000000 đồng.
func inDong(v float64, unit string) (float64, string) {
	for _, m := range []struct {
		unit   string
		factor float64
	}{{"nghìn đồng", 1e3}, {"triệu đồng", 1e6}, {"tỷ đồng", 1e9}} {
		if unit == m.unit {
			return v * m.factor, "đồng"
		}
	}
	return v, unit
}

// sameComparator compares the comparators; of 100 percent, ">=" and "="
// say the same (nothing is above the whole), and the parser writes ">="
// for a bare "100%".
func sameComparator(g dataset.Target, w corpusTargetLabel) bool {
	if g.Comparator == w.Comparator {
		return true
	}
	whole := g.Unit == "percent" && g.Value == 100 && g.ValueMax == nil
	eqOrGE := func(c string) bool { return c == dataset.CmpEQ || c == dataset.CmpGE }
	return whole && eqOrGE(g.Comparator) && eqOrGE(w.Comparator)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// scoreTargets matches labels to parsed targets, nearest line first.
func scoreTargets(got []dataset.Target, want []corpusTargetLabel, s *corpusScore) {
	used := make([]bool, len(got))
	for _, w := range want {
		best := -1
		for i, g := range got {
			if used[i] || !targetMatches(g, w) {
				continue
			}
			if best < 0 || abs(g.Source.Line-w.Line) < abs(got[best].Source.Line-w.Line) {
				best = i
			}
		}
		if best < 0 {
			s.targets.fn++
			s.misses = append(s.misses, fmt.Sprintf("target missed: line %d %s %v %s level=%q year=%v %q",
				w.Line, w.Comparator, w.Value, w.Unit, w.Level, yearOf(w.Year), shorten(w.Subject, 60)))
			continue
		}
		used[best] = true
		s.targets.tp++
	}
	for i, g := range got {
		if !used[i] {
			s.targets.fp++
			s.misses = append(s.misses, fmt.Sprintf("target extra: line %d %s %v %s level=%q year=%d role=%s %q",
				g.Source.Line, g.Comparator, g.Value, g.Unit, g.Level, g.Year, g.Role, shorten(g.Subject, 60)))
		}
	}
}

func yearOf(y *int) any {
	if y == nil {
		return nil
	}
	return *y
}

// taskMatches reports whether a parsed task is the labelled one: on the
// same line (± the tolerance) and, when the label names a lead agency,
// led by one of them. The label's names are as the text writes them, the
// parser's normalised: both are compared through NormaliseAgency and
// vntext.BodyKey, so "Sở KH-CN" and "Sở Khoa học và Công nghệ", "UBND"
// and "Ủy ban nhân dân" are one name.
func taskMatches(g dataset.Task, w corpusTaskLabel) bool {
	if abs(g.Source.Line-w.Line) > corpusTolerance {
		return false
	}
	if len(w.Lead) == 0 {
		return true
	}
	for _, a := range w.Lead {
		for _, b := range g.Lead {
			if bodyKey(a) == bodyKey(b) {
				return true
			}
		}
	}
	return false
}

// bodyKey is the key a body's name is compared by in the scores: the
// body, not the post of its head ("Thủ trưởng các cơ quan, đơn vị" and
// "Các cơ quan, đơn vị", "Chánh Văn phòng UBND tỉnh" and "Văn phòng UBND
// tỉnh" name one body, as the parser reads "giao Giám đốc Sở …").
func bodyKey(name string) string {
	k := vntext.BodyKey(NormaliseAgency(name))
	for _, title := range asTitles {
		if rest, ok := strings.CutPrefix(k, title); ok && startsAgency(rest) {
			return rest
		}
	}
	return k
}

// scoreTasks matches labels to parsed tasks so that as many labels as
// can be are matched (a label without a lead matches any task on its
// line, so a first-come match could take the task another label needs),
// each label's candidates tried nearest line first.
func scoreTasks(got []dataset.Task, want []corpusTaskLabel, s *corpusScore) {
	cands := make([][]int, len(want)) // the tasks each label matches, nearest first
	for k, w := range want {
		for i, g := range got {
			if taskMatches(g, w) {
				cands[k] = append(cands[k], i)
			}
		}
		sort.SliceStable(cands[k], func(a, b int) bool {
			return abs(got[cands[k][a]].Source.Line-w.Line) < abs(got[cands[k][b]].Source.Line-w.Line)
		})
	}
	owner := make([]int, len(got)) // the label a task is matched to, -1 for none
	for i := range owner {
		owner[i] = -1
	}
	for k := range want {
		augment(k, cands, owner, make([]bool, len(got)))
	}
	used := make([]bool, len(got))
	matched := make([]bool, len(want))
	for i, k := range owner {
		if k >= 0 {
			used[i], matched[k] = true, true
		}
	}
	for k, w := range want {
		if !matched[k] {
			s.tasks.fn++
			s.misses = append(s.misses, fmt.Sprintf("task missed: line %d lead=%v %q", w.Line, w.Lead, shorten(w.Task, 60)))
			continue
		}
		s.tasks.tp++
	}
	for i, g := range got {
		if !used[i] {
			s.tasks.fp++
			s.misses = append(s.misses, fmt.Sprintf("task extra: line %d lead=%v %q", g.Source.Line, g.Lead, shorten(g.Task, 60)))
		}
	}
}

// augment looks for an augmenting path from label k (Kuhn's matching):
// a task of its candidates that is free, or whose label can move to
// another task; seen marks the tasks tried on this path.
func augment(k int, cands [][]int, owner []int, seen []bool) bool {
	for _, i := range cands[k] {
		if seen[i] {
			continue
		}
		seen[i] = true
		if owner[i] < 0 || augment(owner[i], cands, owner, seen) {
			owner[i] = k
			return true
		}
	}
	return false
}

// scoreCorpus parses and scores every corpus text.
func scoreCorpus(t *testing.T, files []corpusFile) (total map[string]prf, per []corpusScore) {
	t.Helper()
	total = map[string]prf{}
	cat := indicators.Default()
	for _, f := range files {
		d, err := ParseFile(filepath.Join(f.dir, f.name+".txt"), cat)
		if err != nil {
			t.Errorf("%s: refused: %v", f.name, err)
			per = append(per, corpusScore{})
			continue
		}
		s := corpusScore{header: map[string]prf{}}
		scoreHeader(d.Plan, f.labels.Plan, &s)
		scoreTargets(d.Targets, f.labels.Targets, &s)
		scoreTasks(d.Tasks, f.labels.Tasks, &s)
		per = append(per, s)
		for k, c := range s.header {
			h := total["header "+k]
			h.add(c)
			total["header "+k] = h
			all := total["header"]
			all.add(c)
			total["header"] = all
		}
		tg := total["targets"]
		tg.add(s.targets)
		total["targets"] = tg
		tk := total["tasks"]
		tk.add(s.tasks)
		total["tasks"] = tk
	}
	return total, per
}

// TestCorpusScores prints precision, recall and F1 of the parse against
// the hand labels, overall and per file (go test -run TestCorpusScores -v),
// and fails when an overall F1 falls under its floor.
func TestCorpusScores(t *testing.T) {
	dir := scoredCorpusDir()
	files := loadCorpus(t, dir)
	total, per := scoreCorpus(t, files)
	for i, f := range files {
		s := per[i]
		if s.header == nil {
			continue
		}
		h := prf{}
		for _, c := range s.header {
			h.add(c)
		}
		t.Logf("%-40s header F1 %.2f  targets %s  tasks %s", f.name, h.f1(), s.targets, s.tasks)
		for _, m := range s.misses {
			t.Logf("    %s", m)
		}
	}
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Logf("corpus of %d texts in %s:", len(files), dir)
	for _, k := range keys {
		t.Logf("  %-20s %s", k, total[k])
	}
	floors, ok := setFloors[filepath.Base(dir)]
	if !ok {
		return // a directory of $PLANDOC_CORPUS without floors of ours
	}
	for k, floor := range floors {
		if c, ok := total[k]; ok && c.tp+c.fp+c.fn > 0 && c.f1() < floor {
			t.Errorf("%s F1 %.3f fell under its floor %.2f", k, c.f1(), floor)
		}
	}
}

// TestHeldoutScores scores the later labelled sets the same way
// (testdata/plans/heldout2 to heldout58; see their README.md: each was
// labelled before the parser saw it, and its first-run figures are the
// measure of texts the parser has not seen) and fails when a score falls
// under its floor.
func TestHeldoutScores(t *testing.T) {
	for _, set := range []string{"heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
		"heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
		"heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33",
		"heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55", "heldout56", "heldout57", "heldout58"} {
		t.Run(set, func(t *testing.T) {
			t.Setenv(corpusEnv, filepath.Join(corpusDir, "..", set))
			TestCorpusScores(t)
		})
	}
}

// TestCorpusGolden compares the parse of each corpus text with its golden
// JSON (testdata/corpus/NNN_*.golden.json, reviewed by hand); -update
// rewrites them.
func TestCorpusGolden(t *testing.T) {
	for _, f := range loadCorpus(t, corpusDir) {
		t.Run(f.name, func(t *testing.T) {
			d, err := ParseFile(filepath.Join(f.dir, f.name+".txt"), indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			got, err := d.JSON()
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "corpus", f.name+".golden.json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the parse; diff it against the output of cchc parse", golden)
			}
		})
	}
}
