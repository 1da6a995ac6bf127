//go:build unix

package notebooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// expectTagPrefix starts a cell tag that names an output the cell must
// produce: "expect:text/html", "expect:image/png", "expect:image/svg+xml"
// (a display or result with that mime type) or "expect:stdout",
// "expect:stderr" (text on that stream).
const expectTagPrefix = "expect:"

// kernelName is the Jupyter kernel every notebook must use.
const kernelName = "gonb"

// notebook is the part of an .ipynb file the test reads.
type notebook struct {
	Metadata struct {
		Kernelspec struct {
			Name string `json:"name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
	Cells []cell `json:"cells"`
}

type cell struct {
	CellType string          `json:"cell_type"`
	Source   json.RawMessage `json:"source"`
	Metadata struct {
		Tags []string `json:"tags"`
	} `json:"metadata"`
	Outputs []output `json:"outputs"`
}

type output struct {
	OutputType string                     `json:"output_type"`
	Name       string                     `json:"name"` // stream name
	Text       json.RawMessage            `json:"text"` // stream text
	Data       map[string]json.RawMessage `json:"data"`
	Ename      string                     `json:"ename"`
	Evalue     string                     `json:"evalue"`
	Traceback  []string                   `json:"traceback"`
}

// source returns the cell's source text.
func (c cell) source() string { return textOf(c.Source) }

// firstLine is the first non-blank line of the cell, to name it in messages.
func (c cell) firstLine() string {
	for _, l := range strings.Split(c.source(), "\n") {
		if l = strings.TrimSpace(l); l != "" && l != "%%" {
			if len(l) > 60 {
				l = l[:57] + "..."
			}
			return l
		}
	}
	return "(empty)"
}

// expects lists the outputs the cell's tags ask for.
func (c cell) expects() []string {
	var out []string
	for _, t := range c.Metadata.Tags {
		if e, ok := strings.CutPrefix(t, expectTagPrefix); ok {
			out = append(out, e)
		}
	}
	return out
}

func readNotebook(path string) (*notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var nb notebook
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, fmt.Errorf("%s: not a notebook: %w", path, err)
	}
	return &nb, nil
}

// shape describes a cell's outputs without their content: the displays,
// results and errors in order ("display_data:image/png+text/plain",
// "execute_result:text/plain", "error:NAME"), then the streams written to
// ("stream:stderr", "stream:stdout"). Streams are a set, not a sequence: a
// kernel may split its text anywhere, and GoNB sends displays and stream text
// through different channels, so their interleaving varies from run to run.
func shape(outs []output) []string {
	var s []string
	streams := map[string]bool{}
	for _, o := range outs {
		switch o.OutputType {
		case "stream":
			streams["stream:"+o.Name] = true
		case "display_data", "execute_result", "update_display_data":
			mimes := make([]string, 0, len(o.Data))
			for m := range o.Data {
				mimes = append(mimes, m)
			}
			sort.Strings(mimes)
			s = append(s, o.OutputType+":"+strings.Join(mimes, "+"))
		case "error":
			s = append(s, "error:"+o.Ename)
		default:
			s = append(s, o.OutputType)
		}
	}
	names := make([]string, 0, len(streams))
	for n := range streams {
		names = append(names, n)
	}
	sort.Strings(names)
	return append(s, names...)
}

// has reports whether outs contain the expected output e (a mime type,
// "stdout" or "stderr") with some content.
func has(outs []output, e string) bool {
	for _, o := range outs {
		switch o.OutputType {
		case "stream":
			if o.Name == e {
				return true
			}
		case "display_data", "execute_result":
			if raw, ok := o.Data[e]; ok && len(bytes.Trim(raw, `"[] `)) > 0 {
				return true
			}
		}
	}
	return false
}

// errorsIn describes the error outputs of a notebook's cells, with the text
// the cell showed besides (GoNB shows a compiler's messages as HTML, apart
// from the error itself).
func errorsIn(nb *notebook) []string {
	var errs []string
	for i, c := range nb.Cells {
		for _, o := range c.Outputs {
			if o.OutputType != "error" {
				continue
			}
			msg := fmt.Sprintf("cell %d (%s) fails: %s: %s", i, c.firstLine(), o.Ename, o.Evalue)
			if tb := strings.Join(o.Traceback, "\n"); tb != "" {
				msg += "\n" + tb
			}
			if shown := shownText(c.Outputs); shown != "" {
				msg += "\n" + shown
			}
			errs = append(errs, msg)
		}
	}
	return errs
}

var tags = regexp.MustCompile(`(?s)<style.*?</style>|<script.*?</script>|<[^>]*>`)

// shownText is the text of a cell's stream, text and HTML outputs, without
// markup, cut to a readable length.
func shownText(outs []output) string {
	var b strings.Builder
	for _, o := range outs {
		var parts []string
		switch o.OutputType {
		case "stream":
			parts = append(parts, textOf(o.Text))
		case "display_data", "execute_result":
			if raw, ok := o.Data["text/html"]; ok {
				parts = append(parts, html.UnescapeString(tags.ReplaceAllString(textOf(raw), " ")))
			} else if raw, ok := o.Data["text/plain"]; ok {
				parts = append(parts, textOf(raw))
			}
		}
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				b.WriteString(p)
				b.WriteString("\n")
			}
		}
	}
	s := strings.Join(strings.Fields(b.String()), " ")
	if r := []rune(s); len(r) > 2000 {
		s = string(r[:2000]) + "…"
	}
	return s
}

// textOf decodes an nbformat multi-line string: a string or a list of lines.
func textOf(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var lines []string
	if json.Unmarshal(raw, &lines) == nil {
		return strings.Join(lines, "")
	}
	return ""
}

// checkNotebook compares a committed notebook with its fresh run and returns
// every problem found: cells that error, expected outputs missing from
// either, and cells whose committed outputs differ in shape from the fresh
// ones.
func checkNotebook(committed, fresh *notebook) []string {
	var problems []string
	if committed.Metadata.Kernelspec.Name != kernelName {
		problems = append(problems, fmt.Sprintf("kernel is %q, want %q", committed.Metadata.Kernelspec.Name, kernelName))
	}
	problems = append(problems, errorsIn(fresh)...)
	if len(committed.Cells) != len(fresh.Cells) {
		return append(problems, fmt.Sprintf("fresh run has %d cells, committed notebook %d", len(fresh.Cells), len(committed.Cells)))
	}
	expected := 0
	for i, c := range committed.Cells {
		if c.CellType != "code" {
			continue
		}
		f := fresh.Cells[i]
		for _, e := range c.expects() {
			expected++
			if !has(f.Outputs, e) {
				problems = append(problems, fmt.Sprintf("cell %d (%s): fresh run shows no %s output", i, c.firstLine(), e))
			}
			if !has(c.Outputs, e) {
				problems = append(problems, fmt.Sprintf("cell %d (%s): committed notebook has no %s output: commit the executed notebook", i, c.firstLine(), e))
			}
		}
		if cs, fs := shape(c.Outputs), shape(f.Outputs); !slices.Equal(cs, fs) {
			problems = append(problems, fmt.Sprintf("cell %d (%s): committed outputs are stale: shape %v, fresh run %v", i, c.firstLine(), cs, fs))
		}
	}
	if expected == 0 {
		problems = append(problems, "no cell declares a key output (tag a cell with expect:text/html, expect:image/png, ...)")
	}
	return problems
}

// tools are the programs needed to execute the notebooks.
type tools struct {
	jupyter string   // the jupyter command
	env     []string // environment with gonb and goimports on PATH
}

// findTools locates Jupyter (Debian's, run by /usr/bin/python3, whatever
// python3 comes first on PATH), nbconvert, the gonb kernel registration and
// the gonb and goimports binaries (in PATH, GOBIN or GOPATH/bin).
func findTools() (*tools, error) {
	var dirs []string
	if out, err := exec.Command("go", "env", "GOBIN", "GOPATH").Output(); err == nil {
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) > 0 && strings.TrimSpace(lines[0]) != "" {
			dirs = append(dirs, strings.TrimSpace(lines[0]))
		}
		if len(lines) > 1 {
			for _, p := range filepath.SplitList(strings.TrimSpace(lines[1])) {
				dirs = append(dirs, filepath.Join(p, "bin"))
			}
		}
	}
	path := strings.Join(append(dirs, os.Getenv("PATH")), string(os.PathListSeparator))
	env := append(os.Environ(), "PATH="+path, "PYDEVD_DISABLE_FILE_VALIDATION=1")
	lookPath := func(name string) (string, error) {
		for _, d := range filepath.SplitList(path) {
			p := filepath.Join(d, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
				return p, nil
			}
		}
		return "", fmt.Errorf("%s not found in PATH, GOBIN or GOPATH/bin", name)
	}
	t := &tools{env: env}
	if _, err := os.Stat("/usr/bin/jupyter"); err == nil {
		t.jupyter = "/usr/bin/jupyter"
	} else if p, err := lookPath("jupyter"); err == nil {
		t.jupyter = p
	} else {
		return nil, err
	}
	for _, name := range []string{"gonb", "goimports"} {
		if _, err := lookPath(name); err != nil {
			return nil, err
		}
	}
	cmd := exec.Command(t.jupyter, "nbconvert", "--version")
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("jupyter nbconvert: %w\n%s", err, out)
	}
	cmd = exec.Command(t.jupyter, "kernelspec", "list", "--json")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("jupyter kernelspec list: %w", err)
	}
	var specs struct {
		Kernelspecs map[string]json.RawMessage `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &specs); err != nil {
		return nil, fmt.Errorf("jupyter kernelspec list: %w", err)
	}
	if _, ok := specs.Kernelspecs[kernelName]; !ok {
		return nil, errors.New("the gonb kernel is not registered with Jupyter")
	}
	return t, nil
}

// execute runs the notebook at path with nbconvert, writing the executed
// copy into dir, and returns the copy's path. The committed file is not
// touched; the kernel starts in the notebook's own directory, as in an
// interactive session.
func (t *tools) execute(ctx context.Context, path, dir string) (string, []byte, error) {
	name := filepath.Base(path)
	cmd := exec.CommandContext(ctx, t.jupyter, "nbconvert", "--to", "notebook", "--execute",
		"--allow-errors", // failing cells are reported from the executed copy, with their messages
		"--ExecutePreprocessor.timeout=600",
		"--ExecutePreprocessor.kernel_name="+kernelName,
		"--output-dir", dir, "--output", name, path)
	cmd.Env = t.env
	// On a timeout, interrupt Jupyter so that it shuts its kernel down (the
	// kernel runs in a session of its own); kill it if it has not ended 15 s
	// later.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGINT) }
	cmd.WaitDelay = 15 * time.Second
	out, err := cmd.CombinedOutput()
	return filepath.Join(dir, name), out, err
}

// tail returns the last n lines of b.
func tail(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// TestNotebooks executes every notebook in this directory headless and
// checks its outputs against the committed ones. It is skipped with -short
// and when Jupyter or GoNB is missing, except under CI, where it always runs.
func TestNotebooks(t *testing.T) {
	paths, err := filepath.Glob("*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no notebooks found")
	}
	sort.Strings(paths)
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("notebooks not executed in -short mode (about 15 s each)")
	}
	tl, err := findTools()
	if err != nil {
		msg := fmt.Sprintf("notebooks not executed: %v; run `bash scripts/notebook-setup.sh` to install Jupyter and GoNB", err)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	ctx := context.Background()
	if d, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d.Add(-20*time.Second))
		defer cancel()
	}
	for _, p := range paths {
		t.Run(strings.TrimSuffix(p, ".ipynb"), func(t *testing.T) {
			committed, err := readNotebook(p)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			out, log, err := tl.execute(ctx, p, t.TempDir())
			t.Logf("%s executed in %.1fs", p, time.Since(start).Seconds())
			if ctx.Err() != nil {
				t.Fatalf("jupyter nbconvert --execute %s stopped: the test's deadline is near (raise go test -timeout)\n%s", p, tail(log, 30))
			}
			if err != nil {
				t.Fatalf("jupyter nbconvert --execute %s: %v\n%s", p, err, tail(log, 60))
			}
			fresh, err := readNotebook(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, problem := range checkNotebook(committed, fresh) {
				t.Errorf("%s: %s", p, problem)
			}
		})
	}
}

func TestShape(t *testing.T) {
	data := func(mimes ...string) map[string]json.RawMessage {
		m := map[string]json.RawMessage{}
		for _, k := range mimes {
			m[k] = json.RawMessage(`"x"`)
		}
		return m
	}
	tests := []struct {
		name string
		outs []output
		want []string
	}{
		{"none", nil, nil},
		{"streams are a set", []output{{OutputType: "stream", Name: "stdout"}, {OutputType: "stream", Name: "stderr"}, {OutputType: "stream", Name: "stdout"}},
			[]string{"stream:stderr", "stream:stdout"}},
		{"mimes sorted", []output{{OutputType: "display_data", Data: data("text/plain", "image/png")}},
			[]string{"display_data:image/png+text/plain"}},
		{"order kept", []output{{OutputType: "display_data", Data: data("text/html")}, {OutputType: "stream", Name: "stdout"}, {OutputType: "display_data", Data: data("text/html")}},
			[]string{"display_data:text/html", "display_data:text/html", "stream:stdout"}},
		{"streams after displays", []output{{OutputType: "stream", Name: "stdout"}, {OutputType: "display_data", Data: data("image/png")}},
			[]string{"display_data:image/png", "stream:stdout"}},
		{"error", []output{{OutputType: "error", Ename: "ERROR"}}, []string{"error:ERROR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shape(tt.outs); !slices.Equal(got, tt.want) {
				t.Errorf("shape = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCheckNotebook(t *testing.T) {
	html := output{OutputType: "display_data", Data: map[string]json.RawMessage{"text/html": json.RawMessage(`["<table></table>"]`)}}
	emptyHTML := output{OutputType: "display_data", Data: map[string]json.RawMessage{"text/html": json.RawMessage(`[]`)}}
	png := output{OutputType: "display_data", Data: map[string]json.RawMessage{"image/png": json.RawMessage(`"iVBOR"`)}}
	stdout := output{OutputType: "stream", Name: "stdout"}
	nb := func(kernel string, cells ...cell) *notebook {
		n := &notebook{Cells: cells}
		n.Metadata.Kernelspec.Name = kernel
		return n
	}
	code := func(outs []output, tags ...string) cell {
		c := cell{CellType: "code", Source: json.RawMessage(`"x := 1"`), Outputs: outs}
		c.Metadata.Tags = tags
		return c
	}
	tests := []struct {
		name           string
		committed      *notebook
		fresh          *notebook
		wantSubstrings []string // one per expected problem; none means no problem
	}{
		{"ok",
			nb("gonb", code([]output{html}, "expect:text/html"), code([]output{stdout, png}, "expect:image/png")),
			nb("gonb", code([]output{html}, "expect:text/html"), code([]output{stdout, stdout, png}, "expect:image/png")),
			nil},
		{"wrong kernel",
			nb("python3", code([]output{html}, "expect:text/html")),
			nb("python3", code([]output{html}, "expect:text/html")),
			[]string{`kernel is "python3"`}},
		{"fresh misses expected output",
			nb("gonb", code([]output{png}, "expect:image/png")),
			nb("gonb", code([]output{stdout}, "expect:image/png")),
			[]string{"fresh run shows no image/png", "stale"}},
		{"empty html counts as missing",
			nb("gonb", code([]output{html}, "expect:text/html")),
			nb("gonb", code([]output{emptyHTML}, "expect:text/html")),
			[]string{"fresh run shows no text/html"}},
		{"committed without outputs",
			nb("gonb", code(nil, "expect:text/html")),
			nb("gonb", code([]output{html}, "expect:text/html")),
			[]string{"committed notebook has no text/html", "stale"}},
		{"cell errors",
			nb("gonb", code([]output{html}, "expect:text/html")),
			nb("gonb", code([]output{html, {OutputType: "error", Ename: "ERROR", Evalue: "undefined: foo"}}, "expect:text/html")),
			[]string{"undefined: foo", "stale"}},
		{"no key output declared",
			nb("gonb", code([]output{html})),
			nb("gonb", code([]output{html})),
			[]string{"no cell declares a key output"}},
		{"cell count differs",
			nb("gonb", code([]output{html}, "expect:text/html")),
			nb("gonb", code([]output{html}, "expect:text/html"), code(nil)),
			[]string{"fresh run has 2 cells"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkNotebook(tt.committed, tt.fresh)
			if len(got) != len(tt.wantSubstrings) {
				t.Fatalf("problems = %q, want %d matching %q", got, len(tt.wantSubstrings), tt.wantSubstrings)
			}
			for i, w := range tt.wantSubstrings {
				if !strings.Contains(got[i], w) {
					t.Errorf("problem %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}

// TestCommittedNotebooks checks what needs no kernel: every notebook parses,
// uses the GoNB kernel, starts with the cell that selects the local module,
// declares its key outputs, waits for its displays and carries no absolute
// path of the machine it was executed on.
func TestCommittedNotebooks(t *testing.T) {
	paths, err := filepath.Glob("*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Dir(wd)
	for _, p := range paths {
		nb, err := readNotebook(p)
		if err != nil {
			t.Error(err)
			continue
		}
		if nb.Metadata.Kernelspec.Name != kernelName {
			t.Errorf("%s: kernel %q, want %q", p, nb.Metadata.Kernelspec.Name, kernelName)
		}
		first := -1
		declared := 0
		for i, c := range nb.Cells {
			if c.CellType == "code" && first < 0 {
				first = i
			}
			declared += len(c.expects())
		}
		if first < 0 || !strings.Contains(nb.Cells[first].source(), `!*bash "$GONB_DIR/gonb-init.sh"`) {
			t.Errorf(`%s: the first code cell must be !*bash "$GONB_DIR/gonb-init.sh"`, p)
		}
		if declared == 0 {
			t.Errorf("%s: no cell declares a key output with an expect: tag", p)
		}
		// GoNB carries displays apart from the program's output; a program
		// that exits right after displaying can lose them unless it waits.
		for i, c := range nb.Cells {
			if src := c.source(); c.CellType == "code" && strings.Contains(src, "gonbui.Display") && !strings.Contains(src, "defer gonbui.Sync()") {
				t.Errorf("%s: cell %d (%s) displays without defer gonbui.Sync()", p, i, c.firstLine())
			}
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{root, "/tmp/gonb_"} {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s: contains the machine path %q: outputs should not depend on where the repository is cloned", p, s)
			}
		}
	}
}

func TestShownText(t *testing.T) {
	raw := func(v any) json.RawMessage {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	outs := []output{
		{OutputType: "display_data", Data: map[string]json.RawMessage{
			"text/html": raw([]string{"<style>.x{color:red}</style><pre>main.go:3:13: undefined: \n", "<b>undefinedThing</b> &amp; more</pre>"})}},
		{OutputType: "stream", Name: "stderr", Text: raw("exit status 1\n")},
		{OutputType: "display_data", Data: map[string]json.RawMessage{"image/png": raw("iVBOR")}},
		{OutputType: "error", Ename: "ERROR", Evalue: "failed to run go build"},
	}
	want := "main.go:3:13: undefined: undefinedThing & more exit status 1"
	if got := shownText(outs); got != want {
		t.Errorf("shownText = %q, want %q", got, want)
	}
	nb := &notebook{Cells: []cell{{CellType: "code", Source: raw("%%\nfmt.Println(undefinedThing)"), Outputs: outs}}}
	errs := errorsIn(nb)
	if len(errs) != 1 || !strings.Contains(errs[0], "cell 0 (fmt.Println(undefinedThing)) fails: ERROR: failed to run go build") || !strings.Contains(errs[0], want) {
		t.Errorf("errorsIn = %q", errs)
	}
}

// TestGonbInit runs the first cell's script as GoNB does (in a fresh module
// directory, with GONB_DIR the notebook's folder) and checks the module it
// leaves: this repository replaces the cchc module, GoNB is required at its
// pinned version, and the repository's dependencies keep their versions.
func TestGonbInit(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not found")
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.EvalSymlinks(filepath.Dir(wd)) // the script reports the physical path
	if err != nil {
		t.Fatal(err)
	}
	run := func(gonbDir string) (string, string, error) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module gonb_test\n\ngo 1.24\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("bash", filepath.Join(wd, "gonb-init.sh"))
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GONB_DIR="+gonbDir)
		out, err := cmd.CombinedOutput()
		mod, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
		return string(out), string(mod), err
	}

	out, mod, err := run(wd)
	if err != nil {
		t.Fatalf("gonb-init.sh: %v\n%s", err, out)
	}
	if !strings.HasPrefix(out, "cchc: using the module at .. (gonb v0.11.1;") {
		t.Errorf("output = %q", out)
	}
	for _, want := range []string{
		"github.com/cchc-lab/cchc v0.0.0",
		"github.com/janpfeifer/gonb v0.11.1",
		"github.com/cchc-lab/cchc => " + root,
	} {
		if !strings.Contains(mod, want) {
			t.Errorf("go.mod lacks %q:\n%s", want, mod)
		}
	}
	list := exec.Command("go", "list", "-m", "-f", "{{.Path}} => {{.Path}} {{.Version}}", "golang.org/x/text")
	list.Dir = root
	pin, err := list.Output()
	if err != nil {
		t.Fatalf("go list -m golang.org/x/text: %v", err)
	}
	if !strings.Contains(mod, strings.TrimSpace(string(pin))) {
		t.Errorf("go.mod does not pin %q:\n%s", strings.TrimSpace(string(pin)), mod)
	}

	outside := t.TempDir()
	out, _, err = run(outside)
	if err == nil || !strings.Contains(out, "no go.mod of github.com/cchc-lab/cchc in "+outside) {
		t.Errorf("outside the repository: err = %v, output %q", err, out)
	}
}
