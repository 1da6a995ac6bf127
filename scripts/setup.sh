#!/usr/bin/env bash
# Installs, idempotently, every external program the tests use, then the
# notebook kernel:
#   - poppler-utils      PDF text with positions and page images (cchc parse FILE.pdf)
#   - tesseract-ocr, tesseract-ocr-vie   OCR of scanned PDF pages
#   - libreoffice-writer-nogui, libreoffice-calc-nogui   legacy .doc, opening written XLSX in tests
#   - chromium           the report's PDF and browser tests
#   - pandoc             building DOCX fixtures from text
#   - python3-openpyxl   an independent XLSX reader for tests
#   - fonts-liberation   fonts with Vietnamese glyphs for headless rendering
#   - Jupyter and GoNB   through scripts/notebook-setup.sh
#
# Usage: bash scripts/setup.sh        (as root, or with sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

debs=(poppler-utils tesseract-ocr tesseract-ocr-vie libreoffice-writer-nogui
	libreoffice-calc-nogui chromium pandoc python3-openpyxl fonts-liberation)
. scripts/lib/debs.sh
install_debs say "them" "${debs[@]}"
bash scripts/notebook-setup.sh
