package document_test

import (
	"context"
	"fmt"
	"os"

	"github.com/cchc-lab/cchc/dataset/document"
)

// Read a plan typeset in Word and print the lines the plan parser reads:
// Word's automatic numbering comes back as the reader sees it.
func ExampleRead() {
	data, err := os.ReadFile("../../testdata/planfiles/docx/000_eb1ba96978540e19.docx")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := document.Read(context.Background(), data, "plan.docx", document.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := document.Render(doc)
	fmt.Println(doc.Format)
	for _, l := range r.Lines[:3] {
		fmt.Println(l)
	}
	fmt.Println(r.Lines[5])
	// Output:
	// docx
	// Số: 265/KH-STC
	// Hà Tĩnh, ngày 16 tháng 01 năm 2024
	// KẾ HOẠCH
	// 1. Mục đích
}
