#!/usr/bin/env node
// polars peer of the dossier-rate benchmark (see ../README.md).
//
//   node bench/node/polars.mjs --query plm|palm --input FILE.parquet|FILE.csv \
//       --out counts.csv [--engine streaming|in-memory|auto]
//
// Reads a dossier file written by `cchc gen dossiers` with a lazy polars
// scan (scanParquet or scanCSV), keeps out the bad records, groups the rest
// by the query's columns plus the year and month of received_at, counts the
// dossiers behind every rate and writes the counts file every peer writes.
// polars uses every core (its default thread pool) and, unless --engine says
// otherwise, its streaming engine: on 5 million Parquet rows it takes 0.6 GB
// where the in-memory engine takes 1.7 GB, and is faster.
//
// Times are wall-clock times of Viet Nam. Parquet stores them as
// TIMESTAMP(isAdjustedToUTC = false, ms), which polars reads as a zone-less
// Datetime("ms"); the cast to that type is a no-op there, and keeps files of
// older cchc versions (marked as UTC, wall-clock readings) on the same
// clock. The year and month are read off that. CSV writes them as "YYYY-MM-DD HH:MM:SS":
// they are read as text and parsed with that format into the same zone-less
// type. A time or rating that does not parse makes its row a bad record, as
// the cchc reader does; cchc also reads other layouts ("2025-01-31T14:05:00",
// "31/01/2025"), which this program counts as bad. A boolean other than
// true/false is an error, and fields after the last column are ignored.
//
// The CSV file starts with '#' lines (the SYNTHETIC label and other
// metadata); the header is the first line that does not start with '#'.
// Their number is counted from the first bytes of the file and skipped as
// raw lines, so a data value that happens to start with '#' is still read.
//
// One line on stderr says how long the scan and computation took against
// writing, e.g.
//
//   polars: 2268 groups; read+compute 0.9 s, write 0.0 s (total 1.0 s)
//
// Exit status: 0 done, 1 unreadable or bad input or output, 2 bad arguments.

import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pl from "nodejs-polars";

const PROG = "polars.mjs";

const USAGE =
  `usage: node ${PROG} --query plm|palm|nat --input FILE.parquet|FILE.csv --out counts.csv ` +
  "[--engine streaming|in-memory|auto]";

// QUERIES maps a query name to its grouping columns (year and month of
// received_at come on top).
const QUERIES = {
  plm: ["province", "level"],
  palm: ["province", "agency", "level"],
  nat: ["agency"], // a national-schema CSV file (see nationalQuery)
};

// ENGINES are polars' query engines. The streaming engine reads the file in
// morsels and keeps memory bounded by the number of groups; "auto" (the
// library's default) runs this query with the in-memory engine, which holds
// every used column of every row at once.
const ENGINES = ["streaming", "in-memory", "auto"];

const CHANNELS = ["online_full", "online_partial", "in_person", "postal"];

const TIMES = ["received_at", "due_at", "finished_at"];
const FLAGS = ["fee_required", "paid_online", "digitised", "result_digitised"];

// AS_OF is the as-of time of the open/overdue counts: the last second of
// 2025 on the wall clock, which the dossier times use. A JS Date becomes a
// zone-less Datetime("ms") literal holding these clock numbers.
const AS_OF = new Date(Date.UTC(2025, 11, 31, 23, 59, 59));

const HEADER = [
  "province", "agency", "level", "year", "month",
  "received", "online_full", "online_any", "finished", "on_time",
  "fee_required", "paid_online", "digitised", "result_digitised",
  "rated", "satisfied", "open_as_of", "overdue_as_of",
];

// CSV_TYPES are the types the CSV reader gives the dossier columns; any
// other column of the file is read as text (and not used). Times and
// ratings are parsed after reading.
const CSV_TYPES = {
  dossier_id: pl.Utf8,
  province: pl.Utf8,
  agency: pl.Utf8,
  level: pl.Utf8,
  procedure_code: pl.Utf8,
  received_at: pl.Utf8,
  due_at: pl.Utf8,
  finished_at: pl.Utf8,
  channel: pl.Utf8,
  fee_required: pl.Bool,
  paid_online: pl.Bool,
  digitised: pl.Bool,
  result_digitised: pl.Bool,
  rating: pl.Utf8,
};

// TIME_FORMAT is how CSV files write received_at, due_at and finished_at.
const TIME_FORMAT = "%Y-%m-%d %H:%M:%S";

// TEXT suffixes the names of the raw text columns of a CSV file.
const TEXT = "#text";

/** An error reported on stderr before exiting with status code. */
class Failure extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

function parseCommandLine(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        query: { type: "string" },
        input: { type: "string" },
        out: { type: "string" },
        engine: { type: "string", default: "streaming" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new Failure(`${e.message}\n${USAGE}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  for (const name of ["query", "input", "out"]) {
    if (!values[name]) {
      throw new Failure(`missing --${name}\n${USAGE}`, 2);
    }
  }
  if (!Object.hasOwn(QUERIES, values.query)) {
    throw new Failure(`unknown --query ${JSON.stringify(values.query)}: want plm, palm or nat\n${USAGE}`, 2);
  }
  if (!ENGINES.includes(values.engine)) {
    throw new Failure(`unknown --engine ${JSON.stringify(values.engine)}: want ${ENGINES.join(", ")}\n${USAGE}`, 2);
  }
  return values;
}

// inputFormat tells Parquet from CSV by the file name.
function inputFormat(path) {
  const p = path.toLowerCase();
  if (p.endsWith(".parquet") || p.endsWith(".parq") || p.endsWith(".pq")) {
    return "parquet";
  }
  if (p.endsWith(".csv")) {
    return "csv";
  }
  throw new Failure(`${path}: unknown input format: want a .parquet or .csv file written by \`cchc gen dossiers\``, 2);
}

// splitCSVLine splits one CSV line (RFC 4180, no line breaks inside) into
// fields.
function splitCSVLine(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields;
}

/** Opens path for reading, or fails naming it. */
function openInput(path) {
  try {
    return openSync(path, "r");
  } catch (e) {
    throw new Failure(`${path}: ${e.message}`);
  }
}

// csvPrologue reads the start of a CSV file: the number of leading '#'
// lines and the column names of the header line after them.
function csvPrologue(path) {
  const fd = openInput(path);
  try {
    const chunk = Buffer.alloc(1 << 16);
    let pending = Buffer.alloc(0);
    let comments = 0;
    let first = true;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      let buf = n > 0 ? Buffer.concat([pending, chunk.subarray(0, n)]) : pending;
      for (;;) {
        let nl = buf.indexOf(0x0a);
        if (nl < 0 && n > 0) {
          break; // the line goes on in the next chunk
        }
        if (nl < 0 && buf.length === 0) {
          throw new Failure(first ? `${path}: empty file: no header line` :
            `${path}: no header line after ${comments} comment lines`);
        }
        if (nl < 0) {
          nl = buf.length; // last line, without a newline
        }
        let line = buf.subarray(0, nl);
        buf = buf.subarray(nl + 1);
        if (first && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) {
          line = line.subarray(3); // UTF-8 byte-order mark
        }
        first = false;
        if (line[0] === 0x23) {
          comments++;
          continue;
        }
        const text = line.toString("utf8").replace(/\r$/, "");
        if (text === "") {
          throw new Failure(`${path}:${comments + 1}: empty header line`);
        }
        return { comments, columns: splitCSVLine(text) };
      }
      pending = Buffer.from(buf);
    }
  } catch (e) {
    if (e instanceof Failure) throw e;
    throw new Failure(`${path}: ${e.message}`);
  } finally {
    closeSync(fd);
  }
}

// scan returns the lazy frame of a dossier file with the columns the query
// needs and the times as zone-less Datetime("ms").
function scan(path, keys) {
  const need = [...keys, ...TIMES, "channel", ...FLAGS, "rating"];
  let lf;
  let unreadable = pl.lit(false);
  if (inputFormat(path) === "parquet") {
    try {
      closeSync(openSync(path, "r"));
    } catch (e) {
      throw new Failure(`${path}: ${e.message}`);
    }
    lf = pl.scanParquet(path);
    let columns;
    try {
      columns = lf.columns; // reads the footer
    } catch (e) {
      throw new Failure(`${path}: not a readable Parquet file: ${e.message}`);
    }
    const missing = need.filter((c) => !columns.includes(c));
    if (missing.length > 0) {
      throw new Failure(`${path}: missing column(s) ${missing.join(", ")} (have ${columns.join(",")})`);
    }
  } else {
    const { comments, columns } = csvPrologue(path);
    const missing = need.filter((c) => !columns.includes(c));
    if (missing.length > 0) {
      throw new Failure(`${path}:${comments + 1}: header: missing column(s) ${missing.join(", ")} (have ${columns.join(",")})`);
    }
    const schema = {};
    for (const c of columns) {
      schema[c] = CSV_TYPES[c] ?? pl.Utf8;
    }
    lf = pl.scanCSV(path, { skipLines: comments, hasHeader: true, schema });
    // Times and ratings are read as text and parsed here: polars' CSV
    // reader parses a Datetime column several times slower than strptime
    // with a fixed format, and single-threaded.
    lf = lf.select(
      ...keys.map((k) => pl.col(k)),
      ...TIMES.map((t) => pl.col(t).str.strptime(pl.Datetime("ms"), TIME_FORMAT)),
      ...TIMES.map((t) => pl.col(t).alias(`${t}${TEXT}`)),
      pl.col("channel"),
      ...FLAGS.map((f) => pl.col(f)),
      pl.col("rating").cast(pl.Int32), // not strict: a value that is no number becomes null
      pl.col("rating").alias(`rating${TEXT}`),
    );
    // A time or rating that does not parse makes its row a bad record, as a
    // missing one does (the cchc reader counts such rows as bad as well).
    unreadable = pl.anyHorizontal(
      [...TIMES, "rating"].map((c) => pl.col(`${c}${TEXT}`).isNotNull().and(pl.col(c).isNull())),
    );
  }
  // Keys and channel stay as read (Categorical from cchc's dictionary-encoded
  // Parquet columns): grouping and comparing categoricals needs no per-row
  // cast; the keys become text once per group, in countsQuery.
  return lf.select(
    ...keys.map((k) => pl.col(k)),
    ...TIMES.map((t) => pl.col(t).cast(pl.Datetime("ms"))),
    pl.col("channel"),
    ...FLAGS.map((f) => pl.col(f).cast(pl.Bool).fillNull(false)), // a null flag counts as false
    pl.col("rating").cast(pl.Int32),
    unreadable.alias("unreadable"),
  );
}

// int32 is an Int32 literal: a bare JS number is a Float64 literal, and
// comparing with it casts the rating column to Float64.
const int32 = (n) => pl.lit(n).cast(pl.Int32);

// countsQuery builds the whole computation of bench/README.md on lf.
function countsQuery(lf, keys) {
  const recv = pl.col("received_at");
  const due = pl.col("due_at");
  const fin = pl.col("finished_at");
  const channel = pl.col("channel");
  const rating = pl.col("rating");
  const asOf = pl.lit(AS_OF);

  // 1. Keep out bad records.
  let good = pl.col("unreadable").not().and(recv.isNotNull()).and(due.isNotNull()).and(channel.isNotNull());
  for (const k of keys) {
    good = good.and(pl.col(k).isNotNull());
  }
  good = good
    .and(fin.isNull().or(fin.gtEq(recv)))
    .and(due.gtEq(recv))
    .and(channel.isIn(CHANNELS))
    .and(rating.isNull().or(rating.gtEq(int32(1)).and(rating.ltEq(int32(5)))));

  const finished = fin.isNotNull();
  const open = recv.ltEq(asOf).and(fin.isNull().or(fin.gt(asOf)));
  const count = (cond, name) => cond.fillNull(false).sum().cast(pl.Int64).alias(name);

  // 2. Group, 3. count.
  return lf
    .filter(good)
    // nodejs-polars keeps the groups in order of appearance unless told not
    // to (Python polars' default is the other way round); the order is free.
    .groupBy([...keys.map((k) => pl.col(k)), recv.dt.year().alias("year"), recv.dt.month().alias("month")], {
      maintainOrder: false,
    })
    .agg(
      pl.len().cast(pl.Int64).alias("received"),
      count(channel.eq(pl.lit("online_full")), "online_full"),
      // isIn inside an aggregation makes polars 1.x run the whole group-by
      // in memory (all rows at once) instead of streaming it; two equalities
      // do not.
      count(channel.eq(pl.lit("online_full")).or(channel.eq(pl.lit("online_partial"))), "online_any"),
      count(finished, "finished"),
      count(finished.and(fin.ltEq(due)), "on_time"),
      count(pl.col("fee_required"), "fee_required"),
      count(pl.col("fee_required").and(pl.col("paid_online")), "paid_online"),
      count(pl.col("digitised"), "digitised"),
      count(finished.and(pl.col("result_digitised")), "result_digitised"),
      count(rating.isNotNull(), "rated"),
      count(rating.gtEq(int32(4)), "satisfied"),
      count(open, "open_as_of"),
      count(open.and(due.lt(asOf)), "overdue_as_of"),
    )
    .select(
      ...HEADER.map((h) => {
        if (h === "agency" && !keys.includes("agency")) {
          return pl.lit(null).cast(pl.Utf8).alias("agency"); // written as an empty field
        }
        return keys.includes(h) ? pl.col(h).cast(pl.Utf8) : pl.col(h);
      }),
    );
}

// polarsMessage returns the message of an error polars threw, on one line
// and without the advice on reader options that polars appends.
const NAT_HEADER = [
  "agency", "year", "month", "received", "online_any", "online_full", "full_process_received",
  "finished", "on_time", "fee_charged", "paid_online", "digitised",
];

const NAT_TIMES = ["NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra"];

const NAT_TYPES = {
  MaHoSo: pl.Utf8, MaTTHC: pl.Utf8, TenTTHC: pl.Utf8, MucDo: pl.Int32, KenhThucHien: pl.Int32,
  DonViXuLy: pl.Utf8, NgayNopHoSo: pl.Utf8, NgayTiepNhan: pl.Utf8, NgayHenTra: pl.Utf8,
  NgayKetThucXuLy: pl.Utf8, NgayTra: pl.Utf8, TrangThaiHoSo: pl.Int32,
  DuocThanhToanTrucTuyen: pl.Int32, HoSoCoThanhPhanSoHoa: pl.Int32, LePhi: pl.Float64,
};

const NAT_YEAR = 2025;

/** The number of lines above the header (the first line starting with MaHoSo). */
function titleLines(path) {
  const fd = openInput(path);
  try {
    const buf = Buffer.alloc(1 << 16);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const lines = buf.subarray(0, n).toString("utf8").replace(/^\ufeff/, "").split("\n");
    const i = lines.slice(0, 30).findIndex((l) => l.startsWith("MaHoSo,"));
    if (i < 0) {
      throw new Failure(`${path}: no header line starting with MaHoSo in the first 30 lines`);
    }
    return i;
  } finally {
    closeSync(fd);
  }
}

/**
 * Query nat: a national-schema CSV file counted by agency and month of
 * 2025 by the rules of cchc's package rates: records breaking a rule are
 * left out, then statuses 1, 3 and 7 and receipts outside the year. Days
 * are compared as dates.
 */
function nationalQuery(path) {
  const lf = pl.scanCSV(path, { skipRows: titleLines(path), hasHeader: true, schema: NAT_TYPES });
  const st = pl.col("TrangThaiHoSo");
  const level = pl.col("MucDo");
  const chRaw = pl.col("KenhThucHien");
  const paid = pl.col("DuocThanhToanTrucTuyen");
  const dig = pl.col("HoSoCoThanhPhanSoHoa");
  const feeRaw = pl.col("LePhi");
  const recv = pl.col("NgayTiepNhan");
  const day = (c) => pl.col(c).cast(pl.Date);
  const between = (c, lo, hi) => c.gtEq(pl.lit(lo)).and(c.ltEq(pl.lit(hi)));
  const notBefore = (c) => pl.col(c).isNull().or(day(c).gtEq(day("NgayTiepNhan")));
  const good = between(st, 1, 10)
    .and(level.isNull().or(between(level, 1, 4)))
    .and(chRaw.isNull().or(between(chRaw, 1, 3)))
    .and(paid.isNull().or(between(paid, 0, 2)))
    .and(dig.isNull().or(between(dig, 0, 1)))
    .and(feeRaw.isNull().or(feeRaw.gtEq(pl.lit(0))))
    .and(st.eq(pl.lit(1)).or(st.eq(pl.lit(3))).or(recv.isNotNull()))
    .and(recv.isNull().or(notBefore("NgayHenTra").and(notBefore("NgayKetThucXuLy")).and(notBefore("NgayTra"))))
    .and(st.eq(pl.lit(9)).or(st.eq(pl.lit(10))).and(pl.col("NgayKetThucXuLy").isNull()).and(pl.col("NgayTra").isNull()).not());
  const counted = st.neq(pl.lit(1)).and(st.neq(pl.lit(3))).and(st.neq(pl.lit(7))).and(recv.dt.year().eq(pl.lit(NAT_YEAR)));
  const ch = chRaw.fillNull(1);
  const fee = feeRaw.fillNull(0);
  const due = day("NgayHenTra");
  const end = pl.col("NgayKetThucXuLy").fillNull(pl.col("NgayTra")).cast(pl.Date);
  const finished = st.eq(pl.lit(8)).or(st.eq(pl.lit(9))).or(st.eq(pl.lit(10)));
  const ended = finished.and(end.isNotNull());
  const onTime = due.isNull()
    .or(ended.and(end.ltEq(due)))
    .or(ended.not().and(due.gtEq(pl.lit(new Date(Date.UTC(NAT_YEAR, 11, 31))).cast(pl.Date))));
  const count = (cond, name) => cond.fillNull(false).sum().cast(pl.Int64).alias(name);
  return lf
    .withColumns(...NAT_TIMES.map((t) => pl.col(t).str.strptime(pl.Datetime("ms"), TIME_FORMAT)))
    .filter(good.and(counted))
    .groupBy([pl.col("DonViXuLy").fillNull(pl.lit("")).alias("agency"), recv.dt.year().alias("year"), recv.dt.month().alias("month")], {
      maintainOrder: false,
    })
    .agg(
      pl.len().cast(pl.Int64).alias("received"),
      count(ch.eq(pl.lit(2)), "online_any"),
      count(ch.eq(pl.lit(2)).and(level.eq(pl.lit(4))), "online_full"),
      count(level.eq(pl.lit(4)), "full_process_received"),
      count(finished, "finished"),
      count(onTime, "on_time"),
      count(fee.gt(pl.lit(0)), "fee_charged"),
      count(fee.gt(pl.lit(0)).and(paid.eq(pl.lit(1)).or(paid.eq(pl.lit(2)))), "paid_online"),
      count(dig.eq(pl.lit(1)), "digitised"),
    )
    .select(...NAT_HEADER.map((h) => pl.col(h)));
}

function polarsMessage(e) {
  const m = String(e?.message ?? e).split(/\n\s*You might want to try/)[0];
  return m.trim().replace(/\s*\n\s*/g, "; ");
}

function run(argv) {
  const args = parseCommandLine(argv);
  const keys = QUERIES[args.query];
  const t0 = performance.now();
  const lf = args.query === "nat" ? nationalQuery(args.input) : countsQuery(scan(args.input, keys), keys);
  let df;
  try {
    df = lf.collectSync({ engine: args.engine });
  } catch (e) {
    throw new Failure(`${args.input}: ${polarsMessage(e)}`);
  }
  const t1 = performance.now();
  // polars writes into a Node buffer (a few MB at most: one line per
  // group), so that a bad output path is a plain Node error, not a panic
  // inside the native writer.
  try {
    writeFileSync(args.out, df.writeCSV());
  } catch (e) {
    throw new Failure(`${args.out}: ${e.message}`);
  }
  const t2 = performance.now();
  const s = (ms) => (ms / 1000).toFixed(1);
  process.stderr.write(
    `polars: ${df.height} groups; read+compute ${s(t1 - t0)} s, write ${s(t2 - t1)} s (total ${s(t2 - t0)} s)\n`,
  );
}

try {
  run(process.argv.slice(2));
} catch (e) {
  if (e instanceof Failure) {
    process.stderr.write(`${PROG}: ${e.message}\n`);
    process.exit(e.code);
  }
  process.stderr.write(`${PROG}: ${e?.stack ?? e}\n`);
  process.exit(1);
}
