#!/bin/sh
# Builds the annex-table fixtures in testdata/tablefiles from their
# sources there, the layouts Word and LibreOffice give tables that the
# seeds' fixtures do not:
#   centred.html      a header and cells centred vertically (the HTML
#                     default), section rows merged across the row, a lead
#                     merged over two rows -> centred.docx (LibreOffice),
#                     centred.pdf (LibreOffice from that DOCX);
#   pagebreak.html    a plan (header block, targets, signature) whose annex
#                     runs over two pages, cells centred, a row broken by
#                     the page, section titles across the columns
#                     -> pagebreak.docx, pagebreak.pdf;
#   wordsections.md   section rows that keep their empty cells and a
#                     narrow first column ("TT", "III" wrapped) ->
#                     wordsections.docx (pandoc), wordsections.pdf.
#
# Needs: soffice (libreoffice-writer-nogui), pandoc.
# Usage: scripts/build-table-fixtures.sh
set -eu
cd "$(dirname "$0")/../testdata/tablefiles"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
soffice_run() {
	soffice --headless "-env:UserInstallation=file://$tmp/profile" "$@" >/dev/null 2>&1
}
soffice_run --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" centred.html
cp "$tmp/centred.docx" centred.docx
soffice_run --convert-to pdf --outdir "$tmp" centred.docx
cp "$tmp/centred.pdf" centred.pdf
soffice_run --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" pagebreak.html
cp "$tmp/pagebreak.docx" pagebreak.docx
soffice_run --convert-to pdf --outdir "$tmp" pagebreak.docx
cp "$tmp/pagebreak.pdf" pagebreak.pdf
pandoc wordsections.md -o wordsections.docx
soffice_run --convert-to pdf --outdir "$tmp" wordsections.docx
cp "$tmp/wordsections.pdf" wordsections.pdf
ls -l
