#!/usr/bin/env bash
# Installs what the notebooks in notebooks/ need, idempotently:
#   - Jupyter from Debian's packages (notebook server, nbconvert, nbclient,
#     ipykernel, jupyter-client for `jupyter kernelspec`);
#   - the GoNB kernel and goimports, built from the pinned versions in
#     tools/go.mod (the module proxy refuses version listing, so `@latest`
#     cannot be resolved: versions are pinned there);
#   - the GoNB kernel registration (`gonb --install`).
#
# Usage: bash scripts/notebook-setup.sh
# Then:  jupyter notebook notebooks/        (open the notebooks)
#        go test ./notebooks/               (execute them headless)
set -euo pipefail
cd "$(dirname "$0")/.."

export PYDEVD_DISABLE_FILE_VALIDATION=1 # quiets a debugger warning of Debian's ipykernel

say() { printf 'notebook-setup: %s\n' "$*"; }

# 1. Jupyter from Debian. PyPI is not used: Debian's python3 (/usr/bin/python3)
#    sees these packages, whatever python3 comes first on PATH.
debs=(jupyter-notebook jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel)
. scripts/lib/debs.sh
install_debs say "Jupyter (notebook, nbconvert, nbclient, ipykernel)" "${debs[@]}"

# 2. GoNB and goimports at the versions pinned in tools/go.mod.
gobin="$(go env GOBIN)"
if [ -z "$gobin" ]; then gobin="$(go env GOPATH | cut -d: -f1)/bin"; fi
mkdir -p "$gobin"
say "building gonb and goimports into $gobin"
(cd tools && GOBIN="$gobin" go install github.com/janpfeifer/gonb golang.org/x/tools/cmd/goimports)
orig_path="$PATH"
export PATH="$gobin:$PATH"

# 3. Register the kernel with Jupyter. gopls only serves auto-completion in
#    an interactive session, so it is not required (--force_deps).
"$gobin/gonb" --install --force_deps --logtostderr >/dev/null 2>&1 || {
	"$gobin/gonb" --install --force_deps --logtostderr
	exit 1
}

# 4. Check, with Debian's jupyter (whatever python3 comes first on PATH).
jupyter=/usr/bin/jupyter
[ -x "$jupyter" ] || jupyter="$(command -v jupyter)"
specs="$("$jupyter" kernelspec list)"
printf '%s\n' "$specs"
if ! grep -q '^ *gonb ' <<<"$specs"; then
	say "the gonb kernel is not registered with Jupyter" >&2
	exit 1
fi
say "ok: $("$gobin/gonb" --version 2>/dev/null | head -1)"
case ":$orig_path:" in
*":$gobin:"*) ;;
*) say "add $gobin to PATH before opening the notebooks" ;;
esac
say "open the notebooks with: jupyter notebook notebooks/"
