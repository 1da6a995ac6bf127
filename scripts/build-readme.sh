#!/usr/bin/env bash
# Rebuilds README.md: its opening (everything before the first section
# taken from docs/readme) followed by the sections in docs/readme, in the
# order below; a section file that starts at ### has its headings raised
# one level (### becomes ##).
set -euo pipefail
cd "$(dirname "$0")/.."
sections="scorecard excel report parse documents plandoc-tasks data-formats vietnamese-text-and-rendering dossiers benchmarks plots limits notebooks"
first=$(sed -n 's/^### //p;q' docs/readme/scorecard.md)
intro=$(awk -v h="## $first" '$0 == h {exit} {print}' README.md)
{
	printf '%s\n\n' "$intro"
	for s in $sections; do
		if head -1 "docs/readme/$s.md" | grep -q '^### '; then
			sed -E 's/^#(##+ )/\1/' "docs/readme/$s.md"
		else
			cat "docs/readme/$s.md"
		fi
		echo
	done
} >README.md.new
mv README.md.new README.md
