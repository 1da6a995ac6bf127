package main

import (
	"context"
	"fmt"
	"os"

	"github.com/cchc-lab/cchc/dataset/document"
)

func main() {
	data, _ := os.ReadFile(os.Args[1])
	d, err := document.Read(context.Background(), data, os.Args[1], document.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := document.Render(d)
	for i, l := range r.Lines {
		if len(os.Args) > 2 {
			fmt.Printf("%v\t", r.Sources[i])
		}
		fmt.Println(l)
	}
	for _, n := range d.Notes {
		fmt.Println("NOTE", n)
	}
}
