# Sourced by the set-up scripts: install_debs installs, idempotently, the
# Debian packages it is given, with apt-get (as root, or through sudo).
#
# Usage: install_debs SAY_FUNCTION HINT PACKAGE...
#   SAY_FUNCTION  the caller's function that prints a line (its prefix)
#   HINT          what to install by hand when there is no apt-get

install_debs() {
	local say="$1" hint="$2"
	shift 2
	local p status missing=()
	for p in "$@"; do
		status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
		if [ "$status" != "install ok installed" ]; then
			missing+=("$p")
		fi
	done
	if ((${#missing[@]} == 0)); then
		"$say" "Debian packages already installed: $*"
		return 0
	fi
	if ! command -v apt-get >/dev/null; then
		"$say" "missing ${missing[*]} and no apt-get: install $hint by hand" >&2
		return 1
	fi
	local sudo=()
	if [ "$(id -u)" != 0 ]; then sudo=(sudo); fi
	"$say" "installing ${missing[*]}"
	"${sudo[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}
