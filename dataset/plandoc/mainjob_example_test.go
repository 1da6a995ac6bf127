package plandoc_test

import (
	"fmt"
	"log"

	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
)

// ExampleParseFile is the first main job: parse a plan file and print its
// targets. The plan is Hà Tĩnh's 2025 CCHC plan (Quyết định 3098/QĐ-UBND).
func ExampleParseFile() {
	doc, err := plandoc.ParseFile("../../testdata/plans/003_a5b74ff242722c67.txt", indicators.Default())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Plan.ID, doc.Plan.Province, doc.Plan.Year, len(doc.Targets), "targets")
	for _, t := range doc.Targets[:3] {
		fmt.Println(t.Code, t.Metric, t.Comparator, t.Value, t.Unit)
	}
	// Output:
	// 3098/QĐ-UBND Hà Tĩnh 2025 39 targets
	// II.1.1 cchc_plan_issuance_rate >= 100 percent
	// II.1.2a inspection_coverage >= 35 percent
	// II.1.2b self_inspection_plan_rate >= 100 percent
}
