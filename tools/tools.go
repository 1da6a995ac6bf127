//go:build tools

// Package tools pins the versions of the command-line tools the notebooks
// need: the GoNB Jupyter kernel and goimports. Build them with
// scripts/notebook-setup.sh.
package tools

import (
	_ "github.com/janpfeifer/gonb"
	_ "golang.org/x/tools/cmd/goimports"
)
