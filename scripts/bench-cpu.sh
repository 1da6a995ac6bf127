#!/usr/bin/env bash
# Measures the CPU time (user + system, all threads) that one operation of
# a Go benchmark takes, for two revisions, alternating them ROUNDS times.
# CPU time, unlike wall time, does not count the time a busy machine
# keeps the program waiting, so two revisions can be compared while other
# work runs (it still grows somewhat with contention for caches, so the
# rounds alternate).
#
# Usage: bash scripts/bench-cpu.sh OLD_REV [NEW_REV] [ROUNDS] [PKG] [BENCH]
#        (NEW_REV defaults to HEAD, ROUNDS to 3, PKG to ./score, BENCH to
#        Scorecard3_5M)
#
# A benchmark run with -test.benchtime=1x executes its body once; with Nx
# (BENCH_N, default 3), N+1 times (the probe run of N=1, then N). The
# set-up before b.ResetTimer runs once in both, so (CPU(Nx) - CPU(1x)) / N
# is the CPU time of one operation without the set-up. For a benchmark of
# milliseconds an operation (plandoc's ParseSeeds) use BENCH_N=100.
# The binaries run with
# GOMAXPROCS=1 (override with BENCH_PROCS): on a busy machine, idle
# workers and the garbage collector's helpers of a parallel run spin for
# CPU time that depends on the load, not on the code. (valgrind cannot count a Go
# program's instructions here: it stops at the RDTSCP of Go's runtime.)
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: bench-cpu.sh OLD_REV [NEW_REV] [ROUNDS] [PKG] [BENCH]}
new=${2:-HEAD}
rounds=${3:-3}
pkg=${4:-./score}
bench=${5:-Scorecard3_5M}
n=${BENCH_N:-3} # operations of the long run; raise it for a short benchmark
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" 2>/dev/null; rm -rf "$work"' EXIT

# build REV TAG: compiles the package's test binary at a revision.
build() {
	git worktree add -q --detach "$work/tree" "$1"
	(cd "$work/tree" && go test -c -o "$work/$2.test" "$pkg")
	git worktree remove --force "$work/tree"
}

# cpu BINARY BENCHTIME: user+system CPU seconds of one run of the binary.
cpu() {
	# As go test does, the binary runs in its package's directory (tests
	# read their testdata by relative paths).
	cd "$pkg" && GOMAXPROCS=${BENCH_PROCS:-1} python3 -c '
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{r.ru_utime + r.ru_stime:.3f}")' "$1" -test.run '^$' -test.bench "^Benchmark$bench\$" -test.benchtime "$2"
}

build "$old" old
build "$new" new
echo "# $bench, CPU seconds per operation; old $(git rev-parse --short "$old"), new $(git rev-parse --short "$new")"
for r in $(seq "$rounds"); do
	for tag in old new; do
		one=$(cpu "$work/$tag.test" 1x)
		many=$(cpu "$work/$tag.test" "${n}x")
		echo "round $r $tag cpu-s/op $(python3 -c "print(f'{($many - $one) / $n:.4f}')") load $(cut -d' ' -f1 /proc/loadavg)"
	done
done
