#!/usr/bin/env bash
# Measures the three benchmarks that guard a restructuring — plan parsing
# (MB/s over the five seeds), the 3.5M-observation scorecard, and dossier
# rates (1M rows per format) — for two revisions, alternating them so that
# a change in the machine's load falls on both alike.
#
# Usage: bash scripts/bench-compare.sh OLD_REV [NEW_REV] [ROUNDS]
#        (NEW_REV defaults to HEAD, ROUNDS to 3)
# Prints the benchmark lines of each round, tagged with the revision and
# the load average, for benchstat or a reader.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: bench-compare.sh OLD_REV [NEW_REV] [ROUNDS]}
new=${2:-HEAD}
rounds=${3:-3}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" 2>/dev/null; git worktree remove --force "$work/new" 2>/dev/null; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/old" "$old"
git worktree add -q --detach "$work/new" "$new"

# ratesPkg prints the package holding the dossier-rates benchmark in a tree.
ratesPkg() { if [ -d "$1/indicators/rates" ]; then echo ./indicators/rates; else echo ./indicators; fi; }

run() { # tree tag
	local tree=$1 tag=$2
	echo "## $tag $(git -C "$tree" rev-parse --short HEAD) load $(cut -d' ' -f1-3 /proc/loadavg)"
	(cd "$tree" &&
		go test ./dataset/plandoc -run '^$' -bench ParseSeeds -benchtime 100x -cpu 1 -count 1 | grep '^Benchmark' &&
		go test ./score -run '^$' -bench Scorecard3_5M -benchtime 3x -benchmem -count 1 | grep '^Benchmark' &&
		go test "$(ratesPkg "$tree")" -run '^$' -bench 'Rates/(parquet|csv)/province$' -benchtime 3x -count 1 | grep '^Benchmark') |
		sed "s/^/$tag /"
}
for r in $(seq "$rounds"); do
	echo "# round $r"
	run "$work/old" old
	run "$work/new" new
done
