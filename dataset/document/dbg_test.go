package document

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	data, _ := os.ReadFile("../../testdata/planfiles/pdf/003_a5b74ff242722c67.pdf")
	d, err := ReadPDF(context.Background(), data, "x", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range d.Blocks {
		for _, r := range b.Rows {
			if len(r) > 3 && strings.Contains(r[3].Text, os.Getenv("PAT")) {
				for k, c := range r {
					fmt.Printf("%d cov=%v span=%v %.40q\n", k, c.Covered, c.Spanned, c.Text)
				}
			}
		}
	}
}

func TestDbgBlocks(t *testing.T) {
	data, _ := os.ReadFile("../../testdata/planfiles/pdf/003_a5b74ff242722c67.pdf")
	d, _ := ReadPDF(context.Background(), data, "x", Options{})
	for _, b := range d.Blocks {
		if b.Kind == Table {
			fmt.Println("table", b.Source, len(b.Rows), b.cont, lastPage(b))
		} else if b.Source.Page >= 13 {
			fmt.Printf("para %v %.50q\n", b.Source, b.Text)
		}
	}
}
