#!/usr/bin/env bash
# Installs Debian's pandas for /usr/bin/python3 when it is missing.
# bench/pandas/rates.py runs with /usr/bin/python3 and Debian bookworm's
# python3-pandas (1.5.3); nothing is installed from PyPI.
set -euo pipefail

if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
	exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	sudo=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y python3-pandas; then
	# The package lists may be missing (fresh container) or stale.
	"${sudo[@]}" apt-get update
	"${sudo[@]}" apt-get install -y python3-pandas
fi

/usr/bin/python3 -c 'import pandas; print("pandas", pandas.__version__)'
