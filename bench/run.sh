#!/usr/bin/env bash
# Runs the dossier-rate benchmark and writes BENCHMARKS.md at the repository
# root (see bench/README.md). Run it from anywhere, on an otherwise idle
# machine:
#
#   bash bench/run.sh
#
# Settings (environment):
#   BENCH_SIZES     row counts to run             (default "1000000 10000000 50000000")
#   BENCH_RUNS      timed runs of a fast program  (default 3)
#   BENCH_SLOW_RUNS timed runs of pandas and gota, and at 50M rows (default 3)
#   BENCH_DATA      where the generated files go  (default .bench-data at the root)
#   BENCH_OUT       the report                    (default BENCHMARKS.md at the root)
#   BENCH_GOTA_MAX  largest file gota is given    (default 1000000)
#   BENCH_PANDAS_MAX largest file pandas is given (default 10000000)
#   BENCH_CSV_MAX   largest CSV file written      (default 50000000); each
#                   size up to it also gets a national-schema CSV file
#                   (cchc gen dossiers --schema national, query nat)
#
# A smoke test at a small size (a few minutes): BENCH_SIZES=100000 BENCH_RUNS=1
# BENCH_SLOW_RUNS=1 BENCH_OUT=/tmp/bench.md bash bench/run.sh
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bench/.." && pwd)
sizes=${BENCH_SIZES:-"1000000 10000000 50000000"}
runs=${BENCH_RUNS:-3}
slow_runs=${BENCH_SLOW_RUNS:-3}
data=${BENCH_DATA:-$root/.bench-data}
out=${BENCH_OUT:-$root/BENCHMARKS.md}
gota_max=${BENCH_GOTA_MAX:-1000000}
pandas_max=${BENCH_PANDAS_MAX:-10000000}
csv_max=${BENCH_CSV_MAX:-50000000}

bin=$bench/bin
res=$bench/results
mkdir -p "$data" "$bin"
rm -rf "$res"
mkdir -p "$res"
results=$res/results.jsonl
checks=$res/checks.txt
skips=$res/skips.txt
: >"$results" >"$checks" >"$skips"

say() { printf '%s bench: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

say "building"
(cd "$root" && go build -o "$bin/cchc" ./cmd/cchc)
(cd "$bench" && for p in ours duckdb gota timeit check report; do go build -o "$bin/$p" "./cmd/$p"; done)
say "installing polars (npm) and pandas (Debian)"
bash "$bench/node/setup.sh"
bash "$bench/pandas/setup.sh"

machine=$res/machine.txt
{
	echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
	echo "Memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
	echo "System: $(uname -sr), $(. /etc/os-release && echo "$PRETTY_NAME")"
	echo "Disk: $(df -h "$data" | awk 'NR==2 {print $2 " (" $4 " free)"}')"
	echo "cchc: $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown), $(go version | cut -d' ' -f3-)"
	echo "DuckDB: $("$bin/duckdb" --version | cut -d' ' -f2) (github.com/duckdb/duckdb-go/v2 $(cd "$bench" && go list -m -f '{{.Version}}' github.com/duckdb/duckdb-go/v2))"
	echo "polars: nodejs-polars $(node -p "require('$bench/node/node_modules/nodejs-polars/package.json').version"), Node.js $(node --version)"
	echo "pandas: $(/usr/bin/python3 -c 'import pandas, sys; print(pandas.__version__ + ", Python " + sys.version.split()[0])')"
	echo "gota: $(cd "$bench" && go list -m -f '{{.Version}}' github.com/go-gota/gota)"
	echo "Started: $(date -u '+%Y-%m-%d %H:%M UTC'); uptime: $(uptime)"
} >"$machine"
cat "$machine" >&2

# check runs PROGRAM once, writing counts, and compares them with cchc's.
# Usage: check LABEL OURS_COUNTS PEER_COUNTS PROGRAM ARGS...
check() {
	local label=$1 ours=$2 peer=$3
	shift 3
	if [ ! -s "$peer" ] || ! "$@" >"$res/last.log" 2>&1; then
		echo "$label: FAILED to run: $(tail -3 "$res/timeit.log" | tr '\n' ' ')" | tee -a "$checks" >&2
		return 1
	fi
	if "$bin/check" --ours "$ours" --peer "$peer" >"$res/check.out" 2>&1; then
		echo "$label: $(cat "$res/check.out")" | tee -a "$checks" >&2
	else
		echo "$label: DIFFERENT: $(head -4 "$res/check.out" | tr '\n' ' ')" | tee -a "$checks" >&2
		return 1
	fi
}

# peer_cmd PEER QUERY INPUT OUT prints the command line of a peer.
peer_cmd() {
	local peer=$1 query=$2 input=$3 o=$4
	case $peer in
	cchc) echo "$bin/ours --query $query --input $input --out $o" ;;
	duckdb) echo "$bin/duckdb --query $query --input $input --out $o" ;;
	polars) echo "node $bench/node/polars.mjs --query $query --input $input --out $o" ;;
	pandas) echo "/usr/bin/python3 $bench/pandas/rates.py --query $query --input $input --out $o" ;;
	gota) echo "$bin/gota --query $query --input $input --out $o" ;;
	esac
}

for rows in $sizes; do
	formats="parquet"
	if [ "$rows" -le "$csv_max" ]; then formats="parquet csv national"; fi
	n=$runs
	if [ "$rows" -gt 10000000 ]; then n=$slow_runs; fi
	for format in $formats; do
		# "national" is a CSV file in the national sync schema.
		ext=$format schema=cchc queries="plm palm"
		if [ "$format" = national ]; then ext=csv schema=national queries=nat; fi
		file=$data/dossiers-$rows-$format.$ext
		say "generating $rows rows as $format"
		rm -f "$file" "$file.meta.json"
		start=$(date +%s.%N)
		"$bin/cchc" gen dossiers --schema "$schema" --rows "$rows" --seed 1 -o "$data/tmp-dossiers-$rows.$ext" >&2
		mv "$data/tmp-dossiers-$rows.$ext" "$file"
		# A CSV file's SYNTHETIC label and row count are in its sidecar.
		if [ -f "$data/tmp-dossiers-$rows.$ext.meta.json" ]; then
			mv "$data/tmp-dossiers-$rows.$ext.meta.json" "$file.meta.json"
		fi
		say "generated in $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $start}") s: $(du -h "$file" | cut -f1)"
		for query in $queries; do
			ref=$res/cchc-$rows-$format-$query.csv
			peers="cchc duckdb polars"
			if [ "$format" = national ]; then
				echo "pandas and gota on the national schema: not written (the national query is in cchc, DuckDB and polars)" >>"$skips"
			fi
			if [ "$format" = csv ]; then
				if [ "$rows" -le "$pandas_max" ]; then peers="$peers pandas"; else echo "pandas at $rows rows: left out (BENCH_PANDAS_MAX=$pandas_max)" >>"$skips"; fi
				if [ "$rows" -le "$gota_max" ]; then peers="$peers gota"; else echo "gota at $rows rows: left out (BENCH_GOTA_MAX=$gota_max; see the 1M table)" >>"$skips"; fi
			fi
			# cchc's own counts: the reference (its first run also warms the cache).
			# shellcheck disable=SC2046
			$(peer_cmd cchc "$query" "$file" "$ref") 2>/dev/null
			if [ "$format" = csv ]; then
				check "cchc csv vs parquet $rows $query" "$res/cchc-$rows-parquet-$query.csv" "$ref" true || true
			fi
			for peer in $peers; do
				peer_out=$res/$peer-$rows-$format-$query.csv
				k=$n
				if [ "$peer" = pandas ] || [ "$peer" = gota ]; then k=$slow_runs; fi
				# Time first, then compare the counts the runs wrote with
				# cchc's; the times go into the report only when they match.
				rm -f "$peer_out" "$res/one.jsonl"
				say "timing $peer $format $rows $query ($k runs)"
				# shellcheck disable=SC2046
				"$bin/timeit" --peer "$peer" --query "$query" --format "$format" --rows "$rows" \
					--runs "$k" --results "$res/one.jsonl" -- $(peer_cmd "$peer" "$query" "$file" "$peer_out") 2>>"$res/timeit.log" || true
				if [ "$peer" = cchc ] || check "$peer $format $rows $query" "$ref" "$peer_out" true; then
					cat "$res/one.jsonl" >>"$results"
				elif failed=$(grep -o '"failed":"[^"]*"' "$res/one.jsonl" 2>/dev/null | head -1 | cut -d'"' -f4) && [ -n "$failed" ]; then
					echo "$peer $format $rows $query: times not reported, it failed: $failed" >>"$skips"
				else
					echo "$peer $format $rows $query: times not reported, its counts did not match cchc's (see the checks)" >>"$skips"
				fi
			done
		done
		rm -f "$file" # each file is generated afresh and used once
	done
done
echo "Finished: $(date -u '+%Y-%m-%d %H:%M UTC'); uptime: $(uptime)" >>"$machine"

"$bin/report" --results "$results" --checks "$checks" --machine "$machine" --skips "$skips" >"$out"
say "wrote $out"
