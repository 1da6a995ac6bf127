#!/bin/sh
# Builds the plan fixtures in testdata/planfiles from the seed plans
# (testdata/plans/*.txt): each seed typeset as DOCX (its tables as Word
# tables with merged cells, its "I.", "1.", "a)" and "- " paragraphs as
# Word lists) and as PDF (LibreOffice from that DOCX), and one seed as a
# scanned PDF (the PDF's first pages rasterised at 300 dpi, OCR-free).
#
# Needs: go, soffice (libreoffice-writer-nogui), pdftoppm (poppler-utils).
# Usage: scripts/build-plan-fixtures.sh
set -eu
cd "$(dirname "$0")/.."
out=testdata/planfiles
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/docx" "$out/pdf" "$out/scan"
soffice_run() {
	soffice --headless "-env:UserInstallation=file://$tmp/profile" "$@" >/dev/null 2>&1
}
[ "${SCAN_ONLY:-}" ] || for seed in testdata/plans/*.txt; do
	name=$(basename "$seed" .txt)
	go run ./scripts/planfixtures "$seed" "$tmp/$name.fodt"
	soffice_run --convert-to docx --outdir "$tmp" "$tmp/$name.fodt"
	cp "$tmp/$name.docx" "$out/docx/$name.docx"
	soffice_run --convert-to pdf --outdir "$tmp" "$out/docx/$name.docx"
	cp "$tmp/$name.pdf" "$out/pdf/$name.pdf"
done
# A Word 97–2003 file (seed 000, saved by LibreOffice from its DOCX) and a
# web page as a legal-text portal shows it (seed 003: LibreOffice's HTML of
# its DOCX inside a portal's menus, scripts, sidebar and footer).
mkdir -p "$out/doc" "$out/html"
if [ -z "${SCAN_ONLY:-}" ]; then
	soffice_run --convert-to doc --outdir "$tmp" "$out/docx/000_eb1ba96978540e19.docx"
	cp "$tmp/000_eb1ba96978540e19.doc" "$out/doc/"
	soffice_run --convert-to html --outdir "$tmp" "$out/docx/003_a5b74ff242722c67.docx"
	go run ./scripts/planfixtures -portal-html "$tmp/003_a5b74ff242722c67.html" "$out/html/003_a5b74ff242722c67.html"
fi
# The scan: the first five pages of seed 003 (the decision, the plan's
# purposes and all its 39 targets), rasterised at 300 dpi in grey and
# wrapped into an image-only PDF, as a scanner gives it.
scan=003_a5b74ff242722c67
pages=${SCAN_PAGES:-5}
pdftoppm -r 300 -gray -jpeg -jpegopt quality=45 -f 1 -l "$pages" "$out/pdf/$scan.pdf" "$tmp/scan"
go run ./scripts/planfixtures -images-to-pdf "$out/scan/$scan.pdf" "$tmp"/scan-*.jpg
ls -l "$out"/*/
