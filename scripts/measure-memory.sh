#!/usr/bin/env bash
# Measures the peak memory (maximum resident set size, /usr/bin/time -v) of
# cchc scorecard, validate and parse on generated inputs, for the limits
# section of the README. Inputs are generated in a temporary folder and
# removed at the end.
#
#   scripts/measure-memory.sh            # 100 MB observation files (default)
#   scripts/measure-memory.sh --size 1000  # 1 GB files (needs ~3 GB of disk)
#   scripts/measure-memory.sh --bin /path/to/cchc  # measure another build
set -euo pipefail
cd "$(dirname "$0")/.."

size_mb=100
bin=""
while [ $# -gt 0 ]; do
	case "$1" in
	--size) size_mb="$2"; shift 2 ;;
	--bin) bin="$2"; shift 2 ;;
	*) echo "usage: $0 [--size MB] [--bin CCHC]" >&2; exit 2 ;;
	esac
done

work=$(mktemp -d /tmp/cchc-memory.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/cchc" ./cmd/cchc
cchc="${bin:-$work/cchc}"

# The metrics the embedded plan's targets name: matched rows use them,
# unrelated rows use the catalogue's other metrics.
plan=$(ls cmd/cchc/defaultdata/*.txt | head -1)
"$cchc" parse --format json -o "$work/plan.json" "$plan" 2>/dev/null
"$cchc" indicators list --format csv > "$work/catalogue.csv"

/usr/bin/python3 - "$work" "$size_mb" "$plan" <<'PY'
import csv, json, sys
work, size_mb = sys.argv[1], int(sys.argv[2])
plan = json.load(open(f"{work}/plan.json"))
used = {t.get("metric") or t.get("code") for t in plan["targets"]}
units = {r["id"]: r["unit"] for r in csv.DictReader(open(f"{work}/catalogue.csv")) if r["kind"] == "metric"}
catalogue = list(units)
matched = sorted(m for m in used if m in catalogue)
unrelated = [m for m in catalogue if m not in used]
limit = size_mb * 1_000_000

def write(path, metrics):
    with open(path, "w", encoding="utf-8") as f:
        f.write("entity,level,year,metric,value,unit,source\n")
        n, size, e = 0, 0, 0
        while size < limit:
            entity = f"Đơn vị thử nghiệm số {e}"
            for year in range(2000, 2026):
                for m in metrics:
                    line = f"{entity},,{year},{m},{(n * 7) % 100},{units[m]},số liệu sinh tự động để đo bộ nhớ\n"
                    f.write(line)
                    size += len(line.encode())
                    n += 1
            e += 1
    return n

print("matched rows:", write(f"{work}/matched.csv", matched), "metrics:", len(matched))
print("unrelated rows:", write(f"{work}/unrelated.csv", unrelated), "metrics:", len(unrelated))
with open(f"{work}/wide.csv", "w") as f:  # a 10 MB header line
    f.write(",".join(f"col{i}" for i in range(1_100_000)) + "\n1\n")
# A long plan: the embedded plan's text repeated to about 10 MB.
text = open(sys.argv[3], encoding="utf-8").read()
with open(f"{work}/long_plan.txt", "w", encoding="utf-8") as f:
    f.write(text)
    body = text[text.find("\n", len(text) // 3):]
    while f.tell() < 10_000_000:
        f.write(body)
PY

# peak CMD...: prints the maximum resident set size in MB and the exit status.
peak() {
	local out status
	out=$( { /usr/bin/time -v "$@" >/dev/null 2>"$work/stderr"; } 2>&1 ) || true
	status=$(grep -m1 "Exit status" "$work/stderr" | awk '{print $3}')
	awk '/Maximum resident set size/ {printf "%.0f MB", $6/1024}' "$work/stderr"
	echo " (exit ${status:-?})"
}
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.0f MB", b/1e6}'; }

echo "scorecard, $(mb "$work/matched.csv") of observations matching the plan's metrics: $(peak "$cchc" scorecard --actuals "$work/matched.csv" -o "$work/out.csv")"
echo "scorecard, $(mb "$work/unrelated.csv") of observations of other metrics:          $(peak "$cchc" scorecard --actuals "$work/unrelated.csv" -o "$work/out2.csv")"
echo "validate, $(mb "$work/matched.csv") of observations:                               $(peak "$cchc" validate "$work/matched.csv")"
echo "validate, a $(mb "$work/wide.csv") header line:                                     $(peak "$cchc" validate "$work/wide.csv")"
echo "parse, a $(mb "$work/long_plan.txt") plan text:                                     $(peak "$cchc" parse --format json -o "$work/long.json" "$work/long_plan.txt")"
