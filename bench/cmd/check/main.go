// Command check compares a peer's counts file with cchc's and exits 1
// when they differ, listing the first differences.
//
//	check --ours ours.csv --peer peer.csv
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/cchc-lab/cchc/bench/internal/counts"
)

func main() {
	ours := flag.String("ours", "", "cchc's counts file")
	peer := flag.String("peer", "", "the peer's counts file")
	flag.Parse()
	if *ours == "" || *peer == "" {
		fmt.Fprintln(os.Stderr, "usage: check --ours ours.csv --peer peer.csv")
		os.Exit(2)
	}
	a, err := counts.ReadFile(*ours)
	if err != nil {
		fmt.Fprintln(os.Stderr, "check:", err)
		os.Exit(2)
	}
	b, err := counts.ReadFile(*peer)
	if err != nil {
		fmt.Fprintln(os.Stderr, "check:", err)
		os.Exit(2)
	}
	diffs := counts.Compare(a, b)
	if len(diffs) == 0 {
		fmt.Printf("equal: %d groups\n", len(a))
		return
	}
	fmt.Fprintf(os.Stderr, "check: %s differs from %s in %d groups; first ones:\n", *peer, *ours, len(diffs))
	for i, d := range diffs {
		if i == 10 {
			break
		}
		fmt.Fprintln(os.Stderr, "  ", d)
	}
	os.Exit(1)
}
