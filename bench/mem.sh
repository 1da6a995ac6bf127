#!/usr/bin/env bash
# Compares the peak memory and CPU time of cchc's rates query (bench/cmd/ours,
# as bench/run.sh runs it) between an old revision (default main) and the
# working tree, on dossier files generated once under /tmp:
#
#   bash bench/mem.sh
#
# Runs alternate old and new, BENCH_MEM_RUNS times per query and format, and
# print for each run the maximum resident set size, wall time, user+sys CPU
# time (compare that on a busy machine, not the wall time) and the 1-minute
# load average before it. The counts files of old and new must be byte-equal;
# the script fails when they are not.
#
# Settings (environment):
#   BENCH_MEM_ROWS    row count of the files         (default 10000000)
#   BENCH_MEM_FORMATS formats to run                 (default "parquet")
#   BENCH_MEM_QUERIES queries to run                 (default "plm palm")
#   BENCH_MEM_RUNS    runs of each binary            (default 3)
#   BENCH_MEM_OLD     git revision to compare with   (default main)
#   BENCH_MEM_DATA    where files and binaries go    (default /tmp/cchc-mem)
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bench/.." && pwd)
rows=${BENCH_MEM_ROWS:-10000000}
formats=${BENCH_MEM_FORMATS:-parquet}
queries=${BENCH_MEM_QUERIES:-"plm palm"}
runs=${BENCH_MEM_RUNS:-3}
old=${BENCH_MEM_OLD:-main}
data=${BENCH_MEM_DATA:-/tmp/cchc-mem}

say() { printf '%s mem: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

mkdir -p "$data/bin" "$data/out"
say "building old ($old) and new (working tree)"
src=$data/src-old
rm -rf "$src"
mkdir -p "$src"
git -C "$root" archive "$old" | tar -x -C "$src"
(cd "$src/bench" && go build -o "$data/bin/ours-old" ./cmd/ours)
rm -rf "$src"
(cd "$bench" && go build -o "$data/bin/ours-new" ./cmd/ours)
(cd "$root" && go build -o "$data/bin/cchc" ./cmd/cchc)

# run BIN QUERY FILE OUT prints "rss_mib wall_s cpu_s load1" of one run.
run() {
	local log=$data/time.log load
	load=$(cut -d' ' -f1 /proc/loadavg)
	/usr/bin/time -v "$1" --query "$2" --input "$3" --out "$4" 2>"$log" >/dev/null ||
		{ cat "$log" >&2; return 1; }
	awk -v load="$load" -F': ' '
		/Maximum resident set size/ { rss = $2 / 1024 }
		/User time/ { cpu += $2 }
		/System time/ { cpu += $2 }
		/Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + t[i] }
		END { printf "%.0f %.2f %.2f %s\n", rss, wall, cpu, load }' "$log"
}

printf '%-8s %-5s %-4s %3s %9s %7s %7s %5s\n' format query bin run rss_MiB wall_s cpu_s load1
for format in $formats; do
	ext=$format
	file=$data/dossiers-$rows.$ext
	if [ ! -f "$file" ]; then
		say "generating $rows rows as $format"
		"$data/bin/cchc" gen dossiers --schema cchc --rows "$rows" --seed 1 -o "$data/tmp.$ext" >&2
		mv "$data/tmp.$ext" "$file"
		if [ -f "$data/tmp.$ext.meta.json" ]; then mv "$data/tmp.$ext.meta.json" "$file.meta.json"; fi
	fi
	for query in $queries; do
		# One untimed run of each warms the page cache.
		"$data/bin/ours-old" --query "$query" --input "$file" --out "$data/out/old.csv" 2>/dev/null
		for i in $(seq "$runs"); do
			for b in old new; do
				r=$(run "$data/bin/ours-$b" "$query" "$file" "$data/out/$b-$format-$query.csv")
				# shellcheck disable=SC2086
				printf '%-8s %-5s %-4s %3d %9s %7s %7s %5s\n' "$format" "$query" "$b" "$i" $r
			done
		done
		if ! cmp -s "$data/out/old-$format-$query.csv" "$data/out/new-$format-$query.csv"; then
			say "DIFFERENT counts: $format $query"
			exit 1
		fi
		say "counts byte-equal: $format $query"
	done
done
