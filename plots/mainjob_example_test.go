package plots_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/plots"
)

// Example_trendFile is the third main job: draw a trend chart of an
// index-values file to PNG. The file is VCCI's published PCI 2005–2019.
func Example_trendFile() {
	l, err := dataset.ReadFile("../testdata/real/pci_2005_2019.csv", dataset.KindIndexValues, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer l.Release()
	c, err := plots.Trend(l.Record, plots.TrendOptions{
		Common:    plots.Common{Title: "PCI 2005–2019: Hà Tĩnh, Quảng Trị"},
		Selection: plots.Selection{Entities: []string{"Ha Tinh", "Quảng Trị"}},
		Band:      plots.BandMedianIQR,
	})
	if err != nil {
		log.Fatal(err)
	}
	out := filepath.Join(os.TempDir(), "pci-example.png")
	defer os.Remove(out)
	if err := c.WriteFile(out); err != nil {
		log.Fatal(err)
	}
	fi, _ := os.Stat(out)
	fmt.Println(len(l.Rejected), "rows rejected;", "PNG written:", fi.Size() > 0, "; glyphs missing:", len(c.MissingGlyphs()))
	// Output:
	// 0 rows rejected; PNG written: true ; glyphs missing: 0
}
