#!/bin/sh
# Measures reading plans as files: DOCX and PDF (text layer) in pages per
# second on the 29-page plan of seed 003, and OCR in seconds per page on
# the five scanned pages of testdata/planfiles/scan. Needs poppler-utils
# and tesseract-ocr(-vie) for the last two.
# Usage: scripts/bench-documents.sh
set -eu
cd "$(dirname "$0")/.."
uptime
go test ./dataset/document -run XXX -bench 'ReadDOCX|ReadPDF' -benchtime 10x
go test ./dataset/document -run XXX -bench OCRPage -benchtime 1x
