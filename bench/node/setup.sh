#!/usr/bin/env bash
# Installs the polars peer's npm packages into bench/node/node_modules with
# `npm ci`: exactly the versions in package-lock.json, nothing else.
#
#   bash bench/node/setup.sh
#
# nodejs-polars 0.26.1 loads its native code from the platform package
# nodejs-polars-linux-x64-gnu 0.26.1, a direct dependency here so that the
# benchmark machine's build is pinned. That package declares node >= 22 but
# works with Node 20: npm only warns (EBADENGINE).
#
# nodejs-polars lists eight platform packages as optional dependencies, and
# the registry does not serve all of them at 0.26.1 (android-arm64,
# darwin-arm64, linux-arm64-gnu, linux-arm64-musl and win32-x64-msvc are
# missing). `npm install` leaves such packages out of the lock file, and then
# `npm ci` refuses the lock file as out of sync ("Missing: ... from lock
# file"). package-lock.json therefore lists them with their os and cpu and no
# tarball, so npm skips them on other platforms. Re-running `npm install`
# drops those entries again; put them back before committing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "setup.sh: node and npm are needed (Node 20 or later)" >&2
	exit 1
fi

npm ci --no-audit --no-fund

node --input-type=module -e 'import pl from "nodejs-polars"; console.log("nodejs-polars", pl.version)'
