package report

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"golang.org/x/text/unicode/norm"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/imgcmp"
	"github.com/cchc-lab/cchc/plots"
)

// browser returns the headless Chromium, or skips the test when none is
// installed (unless CI is set: the set-up script installs it there).
func browser(t *testing.T) *Chromium {
	t.Helper()
	c, err := FindChromium()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(`no Chromium: install the Debian package "chromium" to run the browser tests`)
	}
	return c
}

// loadProbe is put at the top of a copy of a page: it records every
// resource that fails to load and, once the page and its fonts are ready,
// writes what it saw (failed loads, font faces and their status, resources
// fetched) as JSON into <pre id="cchc-load-check">, which --dump-dom shows.
const loadProbe = `<script>
(function(){
  var failed = [];
  window.addEventListener('error', function(e){
    var t = e.target || {};
    if (t !== window) failed.push((t.tagName||'?') + ' ' + (t.src || t.href || ''));
  }, true);
  window.addEventListener('load', function(){
    document.fonts.ready.then(function(){
      var faces = [];
      document.fonts.forEach(function(f){ faces.push(f.family + ' ' + f.weight + ' ' + f.status); });
      var pre = document.createElement('pre');
      pre.id = 'cchc-load-check';
      pre.textContent = JSON.stringify({failed: failed, fonts: faces,
        resources: performance.getEntriesByType('resource').map(function(r){ return r.name; })});
      document.body.appendChild(pre);
    });
  });
})();
</script>`

// loadCheck is what loadProbe reports.
type loadCheck struct {
	Failed    []string `json:"failed"`
	Fonts     []string `json:"fonts"`
	Resources []string `json:"resources"`
}

var probeResult = regexp.MustCompile(`<pre id="cchc-load-check">(.*?)</pre>`)

// probePage loads page with the probe in Chromium and returns the DOM
// after load and what the probe saw.
func probePage(t *testing.T, c *Chromium, page []byte) (string, loadCheck) {
	t.Helper()
	s := string(page)
	i := strings.Index(s, "<head>")
	if i < 0 {
		s = "<head>" + loadProbe + "</head>" + s
	} else {
		s = s[:i+6] + loadProbe + s[i+6:]
	}
	path := filepath.Join(t.TempDir(), "probe.html")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	dom, err := c.Run(context.Background(), path, "--virtual-time-budget=15000", "--dump-dom")
	if err != nil {
		t.Fatal(err)
	}
	m := probeResult.FindSubmatch(dom)
	if m == nil {
		t.Fatal("the load probe reported nothing: the page did not finish loading")
	}
	var lc loadCheck
	if err := json.Unmarshal([]byte(htmlUnescape(string(m[1]))), &lc); err != nil {
		t.Fatal(err)
	}
	return string(dom), lc
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&quot;", `"`, "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

// TestProbeCatchesFailures shows that the load check sees a missing file,
// a remote stylesheet and a font that does not decode.
func TestProbeCatchesFailures(t *testing.T) {
	c := browser(t)
	bad := `<!DOCTYPE html><html><head><style>@font-face{font-family:"X";src:url(data:font/ttf;base64,AAAA)} p{font-family:"X"}</style></head>` +
		`<body><p>xin chào</p><img src="missing.png"><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></body></html>`
	_, lc := probePage(t, c, []byte(bad))
	if all := strings.Join(lc.Failed, " "); len(lc.Failed) != 2 || !strings.Contains(all, "missing.png") || !strings.Contains(all, "x.css") {
		t.Errorf("failed loads %q, want missing.png and x.css", lc.Failed)
	}
	if len(lc.Fonts) != 1 || !strings.HasSuffix(lc.Fonts[0], "error") {
		t.Errorf("fonts %q, want one in error", lc.Fonts)
	}
}

// The PDF of the Vietnamese report of the embedded plan: its page count
// with Chromium's A4 print (checked by hand: header and headline on page 1,
// the method on the last page).
const wantPDFPages = 13

// TestBrowser renders the report of the embedded plan in headless
// Chromium: the page loads with nothing failed or fetched and its fonts
// loaded, every chart is drawn, the Vietnamese text is intact (NFC in the
// DOM, the screenshot close to the golden one, the PDF's text), and the
// PDF has the expected pages.
func TestBrowser(t *testing.T) {
	c := browser(t)
	in := haTinhInput(t, i18n.VI)
	page, err := HTML(in)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("load", func(t *testing.T) { checkLoad(t, c, page, in) })
	t.Run("screenshot", func(t *testing.T) { checkScreenshot(t, c, page) })
	t.Run("pdf", func(t *testing.T) { checkPDF(t, page, in) })
}

// checkLoad loads the page with the probe and checks the DOM.
func checkLoad(t *testing.T, c *Chromium, page []byte, in Input) {
	dom, lc := probePage(t, c, page)
	if len(lc.Failed) > 0 || len(lc.Resources) > 0 {
		t.Errorf("failed loads %q, resources fetched %q; want none", lc.Failed, lc.Resources)
	}
	if len(lc.Fonts) != 2 {
		t.Errorf("font faces %q, want Liberation Sans 400 and 700", lc.Fonts)
	}
	for _, f := range lc.Fonts {
		if !strings.HasPrefix(f, fontFamily) || !strings.HasSuffix(f, " loaded") {
			t.Errorf("font face %q did not load", f)
		}
	}
	if !norm.NFC.IsNormalString(dom) {
		t.Error("the DOM text is not NFC")
	}
	svgs := regexp.MustCompile(`(?s)<svg class="chart"[^>]*>(.*?)</svg>`).FindAllStringSubmatch(dom, -1)
	areas := map[string]bool{}
	for _, s := range in.Result.Scores {
		areas[s.Area] = true
	}
	if len(svgs) != len(areas)+1 {
		t.Errorf("%d charts in the DOM, want %d", len(svgs), len(areas)+1)
	}
	for i, s := range svgs {
		paths, texts := strings.Count(s[1], "<path"), strings.Count(s[1], "<text")
		if paths < 10 || texts < 5 {
			t.Errorf("chart %d: %d paths, %d texts: not drawn", i, paths, texts)
		}
	}
	for _, want := range []string{"Kết quả thực hiện kế hoạch cải cách hành chính năm 2025", "chưa có số liệu", "gần đạt", "Nguyễn Hồng Lĩnh"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the DOM lacks %q", want)
		}
	}
}

// checkScreenshot compares the top of the page with the golden screenshot.
func checkScreenshot(t *testing.T, c *Chromium, page []byte) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	if _, err := c.Run(context.Background(), path, "--window-size=1000,1800", "--screenshot="+shot); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report_ha_tinh_2025_vi_golden.png")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	ok, msg, err := imgcmp.Close(got, want, 48, 0.002)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		out := filepath.Join(os.TempDir(), "report_ha_tinh_2025_vi.png")
		os.WriteFile(out, got, 0o644)
		t.Errorf("%s: %s; got written to %s", golden, msg, out)
	}
}

// checkPDF prints the page and reads the PDF back with poppler-utils.
func checkPDF(t *testing.T, page []byte, in Input) {
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatal(err)
			}
			t.Skipf("no %s: install the Debian package poppler-utils", tool)
		}
	}
	pdf, err := PDF(context.Background(), page)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: no page count in %s", info)
	}
	if n, _ := strconv.Atoi(string(m[1])); n != wantPDFPages {
		t.Errorf("%d pages, want %d", n, wantPDFPages)
	}
	if !strings.Contains(string(info), "A4") {
		t.Errorf("the PDF is not A4: %s", info)
	}
	text := pdfText(t, path, 0, 0)
	if !norm.NFC.IsNormalString(text) {
		t.Error("the PDF's text is not NFC")
	}
	first, last := pdfText(t, path, 1, 1), pdfText(t, path, wantPDFPages, wantPDFPages)
	for _, want := range []string{"Kết quả thực hiện kế hoạch cải cách hành chính năm 2025", "3098/QĐ-UBND", "Nguyễn Hồng Lĩnh", "Kết quả chung"} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	if !strings.Contains(strings.Join(strings.Fields(last), ""), in.Sources[1].SHA256) {
		t.Error("the last page lacks the checksum of the observations")
	}
	flat := strings.Join(strings.Fields(text), " ")
	for _, s := range in.Result.Scores {
		if !strings.Contains(flat, s.Code) {
			t.Errorf("the PDF lacks target %s", s.Code)
		}
	}
	for _, w := range []string{"đạt", "gần đạt", "chưa đạt", "chưa có số liệu", "Cải cách thủ tục hành chính", "Phương pháp"} {
		if !strings.Contains(flat, w) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
}

// pdfText returns the text of pages first..last of a PDF (0, 0: all).
func pdfText(t *testing.T, path string, first, last int) string {
	t.Helper()
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	out, err := exec.Command("pdftotext", append(args, path, "-")...).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("pdftotext: %v: %s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	return string(out)
}

// TestChartPDF prints one chart to a PDF of its own size and reads its
// Vietnamese text back.
func TestChartPDF(t *testing.T) {
	browser(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("no pdftotext: install the Debian package poppler-utils")
	}
	in := haTinhInput(t, i18n.VI)
	rec := dataset.ScoresToRecord(memory.NewGoAllocator(), in.Result.Scores)
	defer rec.Release()
	c, err := plots.Attainment(rec, plots.AttainmentOptions{Common: plots.Common{Title: "Thực hiện so với chỉ tiêu: Hà Tĩnh 2025",
		Width: 20 * vg.Centimeter, Height: 30 * vg.Centimeter}})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := ChartPDF(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "chart.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	// 20 × 30 cm = 566.9 × 850.4 pt; Chromium rounds the page to whole pixels.
	if !regexp.MustCompile(`Pages:\s+1\n`).Match(info) || !regexp.MustCompile(`Page size:\s+56[67]\.\d+ x 85[01]\.\d+ pts`).Match(info) {
		t.Errorf("want one 20 × 30 cm page:\n%s", info)
	}
	text := pdfText(t, path, 0, 0)
	for _, want := range []string{"Thực hiện so với chỉ tiêu: Hà Tĩnh 2025", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Chưa đạt"} {
		if !strings.Contains(text, want) {
			t.Errorf("the chart's PDF lacks %q", want)
		}
	}
}
