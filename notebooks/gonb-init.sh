#!/usr/bin/env bash
# Run by the first cell of every notebook here, as `!*bash "$GONB_DIR/gonb-init.sh"`:
# `!*` runs it in GoNB's temporary module directory, GONB_DIR is the
# directory the kernel started in (the notebook's own directory).
#
# It points the notebook's go.mod at this checkout of github.com/cchc-lab/cchc,
# wherever it is cloned, pins GoNB's own display package and the versions of
# every dependency, so that the `go get` GoNB runs for every cell never has
# to ask the module proxy for a "latest" version (the proxy here refuses
# version listing).
set -euo pipefail

const_module=github.com/cchc-lab/cchc
gonb_version=v0.11.1

start="${GONB_DIR:-$PWD}"
root="$(cd "$start" && pwd -P)"
while [ "$root" != / ]; do
	if [ -f "$root/go.mod" ] && grep -qx "module $const_module" "$root/go.mod"; then
		break
	fi
	root="$(dirname "$root")"
done
if [ "$root" = / ]; then
	echo "gonb-init: no go.mod of $const_module in $start or above it; open the notebook from a checkout of the repository" >&2
	exit 1
fi

if [ ! -f go.mod ]; then
	echo "gonb-init: no go.mod in $PWD: run this script with !* from a GoNB cell" >&2
	exit 1
fi

# Every module of the repository's build list (Arrow, gonum, x/text, ...) is
# pinned to the version the repository selects, so the notebook compiles
# exactly what `go test` compiles (and reuses its build cache) even where
# GoNB's own requirements ask for newer versions.
pins=()
while IFS= read -r pin; do
	[ -n "$pin" ] || continue
	case "${pin#*=}" in
	./* | ../*) pin="${pin%%=*}=$root/${pin#*=}" ;; # a local replacement of the repository
	esac
	pins+=("-replace=$pin")
done < <(cd "$root" && go list -m -f '{{if not .Main}}{{.Path}}={{with .Replace}}{{.Path}}{{with .Version}}@{{.}}{{end}}{{else}}{{.Path}}@{{.Version}}{{end}}{{end}}' all)

go mod edit \
	-require="$const_module@v0.0.0" \
	-replace="$const_module=$root" \
	-require="github.com/janpfeifer/gonb@$gonb_version" \
	"${pins[@]}"

rel="$(realpath --relative-to="$start" "$root" 2>/dev/null || echo "$root")"
echo "cchc: using the module at $rel (gonb $gonb_version; ${#pins[@]} dependencies pinned to its versions)"
