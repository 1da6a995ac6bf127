package document

import (
	"errors"
	"strings"
	"testing"
)

func TestReadHTMLPortalPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Văn bản</title><script>var x = "KẾ HOẠCH giả";</script><style>p{}</style></head>
<body><div id="header"><ul class="menu"><li>Trang chủ</li><li>Đăng nhập</li></ul></div>
<nav>Văn bản › Bộ máy</nav>
<div class="content1">
<p>KẾ HOẠCH<br>Cải cách
hành chính năm 2025</p>
<ol type="I"><li><p>MỤC ĐÍCH</p></li></ol>
<ol type="I"><li value="2">MỤC TIÊU</li></ol>
<ol><li>Một</li><li>Hai</li></ol>
<ul><li>gạch</li></ul>
<table><tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th></tr>
<tr><td>I</td><td colspan="2">CẢI CÁCH THỂ CHẾ</td></tr>
<tr><td rowspan="2">1</td><td>Việc A</td><td>Sở Tư pháp</td></tr>
<tr><td>Việc B</td><td>Sở Nội vụ</td></tr></table>
<p style="display:none">ẩn</p>
</div><div class="sidebar">Văn bản liên quan</div><div id="footer">Bản quyền</div></body></html>`
	d, err := ReadHTML([]byte(page), "trang.html")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(Render(d).Lines, "\n")
	want := "KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH\nII. MỤC TIÊU\n1. Một\n2. Hai\n- gạch\n" +
		"|\nTT |\nNhiệm vụ |\nChủ trì |\n|\nI |\nCẢI CÁCH THỂ CHẾ |\n|\n|\n1 |\nViệc A |\nSở Tư pháp |\n|\nViệc B |\nSở Nội vụ |\n|"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestReadHTMLWithoutText(t *testing.T) {
	_, err := ReadHTML([]byte(`<html><body><nav>Trang chủ</nav><script>x()</script></body></html>`), "menu.html")
	if !errors.Is(err, ErrNoText) || !strings.HasPrefix(err.Error(), "menu.html: ") {
		t.Errorf("err = %v", err)
	}
}

func TestReadHTMLLegacyCharset(t *testing.T) {
	// "Kế hoạch" in Windows-1258 would need composed tones; a page saved
	// as Windows-1252 with a charset tag is decoded by it.
	page := []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x93Ngh\xe8\x94</p></body></html>")
	d, err := ReadHTML(page, "cu.html")
	if err != nil {
		t.Fatal(err)
	}
	if got := Render(d).Lines[0]; got != "Café “Nghè”" {
		t.Errorf("got %q", got)
	}
}
