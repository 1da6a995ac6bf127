#!/usr/bin/env bash
# Makes the README's screenshot of the year-end report
# (docs/report_ha_tinh_2025.png): "cchc report" of the embedded Hà Tĩnh 2025
# plan against the bundled ILLUSTRATIVE observations, in Vietnamese, opened
# in headless Chromium (Debian package "chromium") at 1000 × 1800 pixels.
# Run from anywhere: scripts/render-report-screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CCHC_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
	echo 'render-report-screenshot.sh: needs headless Chromium: apt-get install chromium' >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/cchc" ./cmd/cchc
(cd "$tmp" && SOURCE_DATE_EPOCH=1767580200 "$tmp/cchc" report --lang vi -o report.html >/dev/null)
mkdir -p docs "$tmp/profile"
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
	--user-data-dir="$tmp/profile" --window-size=1000,1800 \
	--screenshot="$PWD/docs/report_ha_tinh_2025.png" "file://$tmp/report.html" 2>/dev/null
echo "wrote docs/report_ha_tinh_2025.png"
