package main

import (
	"fmt"
	"os"
	"regexp"
)

var (
	reBody    = regexp.MustCompile(`(?is)<body[^>]*>(.*)</body>`)
	reHeadEnd = regexp.MustCompile(`(?i)</head>`)
)

// portalHTML wraps the body of a page LibreOffice saved in the furniture
// of a legal-text portal: a menu bar, a search form, a script, a sidebar
// of related documents and a footer around the document's text, which
// stands in a <div class="content1"> as on such portals.
func portalHTML(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	m := reBody.FindSubmatch(data)
	if m == nil {
		return fmt.Errorf("%s: no <body>", in)
	}
	head := "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Kế hoạch cải cách hành chính - Văn bản pháp luật</title>" +
		"<script>window.dataLayer=[];function track(){return 'Đăng nhập'}</script><style>.menu{display:flex}</style></head>\n"
	page := head + `<body>
<div id="header"><a href="/">Trang chủ</a> <ul class="menu"><li><a href="/van-ban">Văn bản mới</a></li><li><a href="/tin-tuc">Tin tức</a></li><li>Đăng nhập</li></ul>
<form class="search"><input name="q" value="Tìm văn bản"><button>Tìm</button></form></div>
<nav class="breadcrumb">Trang chủ › Văn bản › Bộ máy hành chính</nav>
<div class="main"><div class="content1">
` + string(m[1]) + `
</div>
<div class="sidebar"><h3>Văn bản liên quan</h3><ul><li>Quyết định 1/QĐ-UBND năm 2024</li><li>Kế hoạch 2/KH-UBND năm 2024</li></ul></div></div>
<div id="footer">Bản quyền © Cổng thông tin văn bản pháp luật. Điện thoại: 1900 0000</div>
<script>track()</script>
</body></html>
`
	return os.WriteFile(out, []byte(page), 0o644)
}
