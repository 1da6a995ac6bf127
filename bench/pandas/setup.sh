#!/usr/bin/env bash
# Makes sure /usr/bin/python3 can import pandas, installing Debian's
# python3-pandas (1.5.3 on bookworm, with numpy) when it cannot.
# bench/pandas/rates.py runs with /usr/bin/python3 and that package only;
# nothing comes from PyPI. Needs root or sudo the first time.
set -euo pipefail

have_pandas() {
	/usr/bin/python3 -c 'import pandas; print("bench/pandas: pandas", pandas.__version__, "for /usr/bin/python3")' 2>/dev/null
}

if have_pandas; then
	exit 0
fi
if [ ! -x /usr/bin/python3 ] || ! command -v apt-get >/dev/null; then
	echo "bench/pandas/setup.sh: needs Debian's /usr/bin/python3 and apt-get" >&2
	exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y python3-pandas; then
	# The package lists are missing (fresh container) or stale.
	"${sudo[@]}" apt-get update
	"${sudo[@]}" apt-get install -y python3-pandas
fi

if ! have_pandas; then
	echo "bench/pandas/setup.sh: python3-pandas is installed but /usr/bin/python3 cannot import pandas" >&2
	exit 1
fi
