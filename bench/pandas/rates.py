#!/usr/bin/python3
"""pandas peer of the dossier-rate benchmark (see bench/README.md).

    /usr/bin/python3 bench/pandas/rates.py --query plm|palm \
        --input FILE.csv --out counts.csv [--chunk-rows N]

Reads a dossier CSV file written by `cchc gen dossiers`, keeps out the bad
records, groups the rest by the query's columns plus the year and month of
received_at, counts the dossiers behind every rate and writes the counts
file every peer writes.

It runs with Debian bookworm's python3-pandas (1.5.3) and numpy, nothing
else: Debian has neither pyarrow nor fastparquet, so Parquet input is
refused with an error.

The file is read in chunks of --chunk-rows rows (default 1,000,000; 0 reads
it whole): each chunk is reduced to its per-group counts, and the partial
counts are summed. Memory therefore follows the chunk size and the number
of groups, not the file size; the time columns, which pandas holds as
Python strings until to_datetime converts them, would otherwise take about
3 GB at 10 million rows.

One line on stderr says how long reading and parsing took against the
computation, e.g.

    pandas: 1000000 rows, 995035 used, 4965 bad, 134456 groups; read 4.6 s, compute 1.1 s, write 0.4 s (total 6.1 s)
"""

import argparse
import sys
import time

import numpy as np
import pandas as pd

# AS_OF is the as-of time of the open/overdue counts: the last second of
# 2025 on the wall clock, which the dossier times use.
AS_OF = pd.Timestamp("2025-12-31 23:59:59")

# TIME_FORMAT is how the CSV files write received_at, due_at, finished_at.
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
TIME_PATTERN = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"

# FLAG_VALUES maps what a flag column may hold once parsed to its value.
FLAG_VALUES = {True: True, False: False, "true": True, "false": False}

# MERGE_ROWS is how many rows of per-chunk counts may wait before they are
# summed into one frame, which bounds memory by the number of groups.
MERGE_ROWS = 2_000_000

CHANNELS = ["online_full", "online_partial", "in_person", "postal"]

QUERIES = {
    "plm": ["province", "level"],
    "palm": ["province", "agency", "level"],
}

TIMES = ["received_at", "due_at", "finished_at"]
FLAGS = ["fee_required", "paid_online", "digitised", "result_digitised"]

HEADER = [
    "province", "agency", "level", "year", "month",
    "received", "online_full", "online_any", "finished", "on_time",
    "fee_required", "paid_online", "digitised", "result_digitised",
    "rated", "satisfied", "open_as_of", "overdue_as_of",
]
COUNTS = HEADER[5:]


READ_ERRORS = (ValueError, TypeError, pd.errors.ParserError, UnicodeDecodeError)


class Failure(Exception):
    """An error the program reports on stderr before exiting non-zero."""


def skip_comments(f):
    """Moves the binary file f past its leading '#' lines (the SYNTHETIC
    label and other metadata) and returns how many there were. The header
    is the first line that does not start with '#'."""
    n = 0
    while True:
        pos = f.tell()
        line = f.readline()
        if n == 0 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]  # a UTF-8 byte-order mark before the first line
        if not line.startswith(b"#"):
            f.seek(pos)
            return n
        n += 1


def read_header(f, path, line_no):
    """Returns the column names of the header line at f's position, leaving
    f where it was."""
    pos = f.tell()
    head = pd.read_csv(f, nrows=0, encoding="utf-8").columns
    f.seek(pos)
    if len(head) == 0:
        raise Failure(f"{path}:{line_no}: no header line")
    return [str(c).lstrip("\ufeff") for c in head]


def chunk_counts(df, keys):
    """Returns the per-group counts of one chunk of dossier rows, with the
    group columns as ordinary columns."""
    recv, due, fin = df["received_at"], df["due_at"], df["finished_at"]
    rating = df["rating"]

    bad = recv.isna() | due.isna() | df["channel"].isna()
    for k in keys:
        bad |= df[k].isna()
    bad |= fin.notna() & (fin < recv)
    bad |= due < recv
    bad |= ~df["channel"].isin(CHANNELS)
    bad |= rating.notna() & ~rating.isin([1, 2, 3, 4, 5])
    df = df[~bad.to_numpy()]
    recv, due, fin = df["received_at"], df["due_at"], df["finished_at"]
    rating, ch = df["rating"], df["channel"]
    finished = fin.notna()

    open_as_of = (recv <= AS_OF) & (~finished | (fin > AS_OF))
    out = pd.DataFrame({k: df[k] for k in keys})
    out["year"] = recv.dt.year
    out["month"] = recv.dt.month
    out["received"] = np.ones(len(df), dtype=np.int64)
    out["online_full"] = ch == "online_full"
    out["online_any"] = ch.isin(["online_full", "online_partial"])
    out["finished"] = finished
    out["on_time"] = finished & (fin <= due)
    out["fee_required"] = df["fee_required"]
    out["paid_online"] = df["fee_required"] & df["paid_online"]
    out["digitised"] = df["digitised"]
    out["result_digitised"] = finished & df["result_digitised"]
    out["rated"] = rating.notna()
    out["satisfied"] = rating >= 4
    out["open_as_of"] = open_as_of
    out["overdue_as_of"] = open_as_of & (due < AS_OF)
    g = out.groupby(keys + ["year", "month"], observed=True, sort=False)
    return g[COUNTS].sum().reset_index(), int(bad.sum())


def merge_counts(parts, keys):
    """Sums per-group counts of several chunks into one frame, sorted by
    group. Each chunk's key columns have categories of their own; they are
    recoded to the sorted union first so that concat keeps them categorical
    (concat would turn them into Python strings, which costs several times
    the memory and time)."""
    for k in keys:
        cats = pd.Index(sorted(set().union(*(p[k].cat.categories for p in parts))))
        for p in parts:
            p[k] = p[k].cat.set_categories(cats)
    allp = pd.concat(parts, ignore_index=True)
    g = allp.groupby(keys + ["year", "month"], observed=True, sort=True)
    return g[COUNTS].sum().reset_index()


def parse_chunk(df, first_line, path):
    """Turns the raw columns of a chunk into times, flags and ratings in
    place, or raises Failure naming the first value that is none of them.
    first_line is the file line of the chunk's first row (the generated
    files hold one record a line)."""

    def fail(c, wrong, what):
        at = np.flatnonzero(wrong.to_numpy())
        if len(at) == 0:
            raise Failure(f"{path}: lines {first_line}-{first_line + len(df) - 1}: "
                          f"column {c!r}: a value is not {what}")
        i = int(at[0])
        raise Failure(f"{path}:{first_line + i}: column {c!r}: {df[c].iloc[i]!r} is not {what}")

    for c in TIMES:
        s = df[c]
        try:
            t = pd.to_datetime(s, format=TIME_FORMAT)
        except (ValueError, TypeError, OverflowError):
            t = None
        # pandas returns objects, not datetime64, when some values carry a
        # zone offset and others do not.
        if t is None or not pd.api.types.is_datetime64_dtype(t):
            u = s.astype(str)
            wrong = ~u.str.fullmatch(TIME_PATTERN)
            wrong |= pd.to_datetime(u.where(~wrong), format=TIME_FORMAT, errors="coerce").isna()
            fail(c, s.notna() & wrong, "a time like 2025-01-31 14:05:00")
        df[c] = t
    for c in FLAGS:
        s = df[c]
        if s.dtype != bool:
            # The parser reads a column of true/false straight into numpy
            # booleans; nulls or other words leave it as objects.
            v = s.map(FLAG_VALUES)
            wrong = v.isna() & s.notna()
            if wrong.any():
                fail(c, wrong, "true, false or empty")
            df[c] = v.fillna(False).astype(bool)  # a null flag counts as false
    s = df["rating"]
    if not pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
        v = pd.to_numeric(s.astype(object), errors="coerce")
        wrong = v.isna() & s.notna()
        if wrong.any():
            fail("rating", wrong, "a number or empty")
        df["rating"] = v.astype("float64")


def not_csv(path, kind):
    return Failure(
        f"{path}: {kind} input is not supported: Debian's python3-pandas has "
        "neither pyarrow nor fastparquet; give the CSV file written by "
        "`cchc gen dossiers -o FILE.csv`")


def run(query, path, out, chunk_rows):
    """Computes the counts of query over the dossier CSV file at path and
    writes them to out, or raises Failure."""
    keys = QUERIES[query]
    if path.lower().endswith((".parquet", ".parq", ".pq")):
        raise not_csv(path, "Parquet")
    t0 = time.perf_counter()
    try:
        f = open(path, "rb")
    except OSError as e:
        raise Failure(f"{path}: {e.strerror or e}") from e
    with f:
        magic = f.read(6)
        if magic[:4] == b"PAR1":
            raise not_csv(path, "Parquet")
        if magic == b"ARROW1":
            raise not_csv(path, "Arrow IPC")
        f.seek(0)
        n_comments = skip_comments(f)
        header_line = n_comments + 1
        try:
            head = read_header(f, path, header_line)
        except pd.errors.EmptyDataError as e:
            raise Failure(f"{path}: no header line after {n_comments} comment lines") from e
        except READ_ERRORS as e:
            raise Failure(f"{path}:{header_line}: header: {e}") from e
        cols = keys + ["received_at", "due_at", "finished_at", "channel",
                       "rating"] + FLAGS
        missing = [c for c in cols if c not in head]
        if missing:
            raise Failure(
                f"{path}:{header_line}: header: missing column(s) {', '.join(missing)} "
                f"(have {','.join(head)})")
        # Repeated text as categories, times as text for to_datetime; the
        # flags and the rating are left to the parser, which reads
        # true/false into numpy booleans and numbers into float64 (about
        # 15% faster overall than the nullable "boolean" dtype);
        # parse_chunk checks what it got.
        dtype = {k: "category" for k in keys}
        dtype.update({c: "object" for c in TIMES})
        dtype["channel"] = "category"
        t_read = t_comp = 0.0
        parts, rows, bad = [], 0, 0
        t = time.perf_counter()
        try:
            reader = pd.read_csv(
                f,
                usecols=cols,
                dtype=dtype,
                encoding="utf-8",
                # Only an empty field is null: a province or agency could
                # be spelt "NA" or "None" in some export.
                keep_default_na=False,
                na_values=[""],
                true_values=["true"],
                false_values=["false"],
                chunksize=chunk_rows if chunk_rows > 0 else None,
            )
            it = iter(reader) if chunk_rows > 0 else iter([reader])
        except READ_ERRORS as e:
            raise Failure(f"{path}: after line {header_line}: {e}") from e
        t_read += time.perf_counter() - t
        while True:
            t = time.perf_counter()
            try:
                df = next(it)
            except StopIteration:
                t_read += time.perf_counter() - t
                break
            except READ_ERRORS as e:
                raise Failure(f"{path}: after line {header_line + rows}: {e}") from e
            parse_chunk(df, header_line + rows + 1, path)
            t_read += time.perf_counter() - t
            t = time.perf_counter()
            part, b = chunk_counts(df, keys)
            parts.append(part)
            if sum(len(p) for p in parts) > MERGE_ROWS:
                parts = [merge_counts(parts, keys)]
            rows += len(df)
            bad += b
            del df
            t_comp += time.perf_counter() - t

    t = time.perf_counter()
    if parts:
        res = merge_counts(parts, keys)
    else:
        res = pd.DataFrame(columns=keys + ["year", "month"] + COUNTS)
    if "agency" not in res.columns:
        res["agency"] = ""
    res = res[HEADER]
    t_comp += time.perf_counter() - t

    t = time.perf_counter()
    try:
        res.to_csv(out, index=False, encoding="utf-8", lineterminator="\n")
    except OSError as e:
        raise Failure(f"{out}: {e.strerror or e}") from e
    t_write = time.perf_counter() - t
    print(
        f"pandas: {rows} rows, {rows - bad} used, {bad} bad, {len(res)} groups; "
        f"read {t_read:.1f} s, compute {t_comp:.1f} s, write {t_write:.1f} s "
        f"(total {time.perf_counter() - t0:.1f} s)",
        file=sys.stderr)


def main(argv=None):
    p = argparse.ArgumentParser(
        prog="rates.py",
        description="pandas peer of the dossier-rate benchmark (bench/README.md)")
    p.add_argument("--query", required=True, choices=sorted(QUERIES))
    p.add_argument("--input", required=True, help="dossier CSV file")
    p.add_argument("--out", required=True, help="counts file to write")
    p.add_argument("--chunk-rows", type=int, default=1_000_000,
                   help="rows per chunk; 0 reads the whole file at once (default %(default)s)")
    a = p.parse_args(argv)  # exits 2 with a usage message on bad arguments
    if a.chunk_rows < 0:
        p.error("--chunk-rows must be 0 or more")
    try:
        run(a.query, a.input, a.out, a.chunk_rows)
    except Failure as e:
        print(f"rates.py: {e}", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"rates.py: {a.input}: out of memory; try a smaller --chunk-rows",
              file=sys.stderr)
        return 1
    except Exception as e:  # anything unforeseen still ends with one line
        print(f"rates.py: {a.input}: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
