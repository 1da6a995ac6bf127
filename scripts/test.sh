#!/usr/bin/env bash
# Sets up what the tests need and runs every test with none skipped:
#   1. scripts/setup.sh installs the Debian programs (poppler, tesseract with
#      Vietnamese, LibreOffice, chromium, pandoc, openpyxl) and Jupyter + GoNB;
#   2. CI=1 makes a test whose program is missing fail instead of skipping;
#   3. go test ./... runs the library, command and notebook tests, then the
#      benchmark module's own tests.
#
# Usage: bash scripts/test.sh        (extra arguments go to go test)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
gobin="$(go env GOBIN)"
if [ -z "$gobin" ]; then gobin="$(go env GOPATH | cut -d: -f1)/bin"; fi
export PATH="$gobin:$PATH" CI="${CI:-1}"
go test "$@" ./...
# The benchmark module's own code (its peers need DuckDB's cgo library, npm
# and Debian's pandas, so they run in bench/run.sh, not here).
(cd bench && go vet ./internal/... ./cmd/ours ./cmd/check ./cmd/timeit ./cmd/report && go test ./internal/... ./cmd/report)
