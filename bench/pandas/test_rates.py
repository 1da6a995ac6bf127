"""Tests of the pandas peer on hand-made dossier files.

    /usr/bin/python3 -m unittest discover -s bench/pandas -v

The expected counts were worked out by hand from the rows below (see the
comment on each row); the same files give the same counts with bench/cmd/ours.
"""

import contextlib
import csv
import io
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rates  # noqa: E402

HEAD = ("dossier_id,province,agency,level,procedure_code,received_at,due_at,"
        "finished_at,channel,fee_required,paid_online,digitised,result_digitised,rating")

# Two comment lines, the header on line 3, the first record on line 4.
ROWS = [
    # Hà Tĩnh province level, January: finished exactly at due time (on time).
    'a1,Hà Tĩnh,"Sở #1, tỉnh Hà Tĩnh",province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,2025-01-10 08:00:00,online_full,true,true,true,true,5',
    # One second late; paid offline; rated 4 (satisfied).
    'a2,Hà Tĩnh,"Sở #1, tỉnh Hà Tĩnh",province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,2025-01-10 08:00:01,online_partial,true,false,false,true,4',
    # Finished the second it was received; paid online without a fee; null flags.
    'a3,Hà Tĩnh,"Sở #1, tỉnh Hà Tĩnh",province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,2025-01-05 08:00:00,in_person,false,true,,,3',
    # No agency (bad for palm only); open and overdue as of the end of 2025.
    "a4,Hà Tĩnh,,province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,,postal,,,,,",
    # No province: bad.
    "a5,,X,province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,,postal,true,true,true,true,",
    # "NA" and "None" are names, not nulls. Open, due exactly at AS_OF: not overdue.
    "a6,NA,None,commune,1.1,2025-12-30 08:00:00,2025-12-31 23:59:59,,in_person,true,true,true,true,",
    # Finished exactly at AS_OF: not open.
    "a7,NA,None,commune,1.1,2025-12-30 08:00:00,2025-12-31 23:59:58,2025-12-31 23:59:59,in_person,true,true,true,true,",
    # Finished after AS_OF: open then, and overdue.
    "a8,NA,None,commune,1.1,2025-12-30 08:00:00,2025-12-31 23:59:58,2026-01-01 00:00:00,in_person,true,true,true,true,",
    # Received after AS_OF: not open as of it.
    "a9,NA,None,commune,1.1,2026-01-01 00:00:00,2026-01-31 23:59:58,,in_person,true,true,true,true,",
    # Received in December 2024; rated 1 (not satisfied).
    "a10,NA,None,commune,1.1,2024-12-31 23:59:59,2025-01-31 23:59:58,,online_full,true,true,true,true,1",
    # Bad: finished before received; due before received; unknown channel;
    # no channel; rating 0; rating 6; no level.
    "b1,Hà Tĩnh,S,province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,2025-01-05 07:59:59,in_person,false,false,false,false,",
    "b2,Hà Tĩnh,S,province,1.1,2025-01-05 08:00:00,2025-01-05 07:59:59,,in_person,false,false,false,false,",
    "b3,Hà Tĩnh,S,province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,,kiosk,false,false,false,false,",
    "b4,Hà Tĩnh,S,province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,,,false,false,false,false,",
    "b5,Hà Tĩnh,S,province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,,postal,false,false,false,false,0",
    "b6,Hà Tĩnh,S,province,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,,postal,false,false,false,false,6",
    "b7,Hà Tĩnh,S,,1.1,2025-01-05 08:00:00,2025-01-10 08:00:00,,postal,false,false,false,false,",
]

FILE = "# synthetic: true\n# cchc.note: SYNTHETIC hand-made records\n" + HEAD + "\n" + "\n".join(ROWS) + "\n"

WANT = {
    "plm": [
        "Hà Tĩnh,,province,2025,1,4,1,2,3,2,2,1,1,2,3,2,1,1",
        "NA,,commune,2024,12,1,1,1,0,0,1,1,1,0,1,0,1,1",
        "NA,,commune,2025,12,3,0,0,2,0,3,3,3,2,0,0,2,1",
        "NA,,commune,2026,1,1,0,0,0,0,1,1,1,0,0,0,0,0",
    ],
    "palm": [
        'Hà Tĩnh,"Sở #1, tỉnh Hà Tĩnh",province,2025,1,3,1,2,3,2,2,1,1,2,3,2,0,0',
        "NA,None,commune,2024,12,1,1,1,0,0,1,1,1,0,1,0,1,1",
        "NA,None,commune,2025,12,3,0,0,2,0,3,3,3,2,0,0,2,1",
        "NA,None,commune,2026,1,1,0,0,0,0,1,1,1,0,0,0,0,0",
    ],
}


def replace_row(row_id, old, new):
    """FILE with old replaced by new in the row whose id is row_id."""
    out = []
    for line in FILE.split("\n"):
        if line.startswith(row_id + ","):
            assert old in line, (row_id, old)
            line = line.replace(old, new, 1)
        out.append(line)
    return "\n".join(out)


class RatesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return path

    def run_main(self, *args):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                code = rates.main(list(args))
            except SystemExit as e:  # argparse
                code = e.code
        return code, err.getvalue()

    def test_counts(self):
        src = self.write("d.csv", FILE)
        for query in ("plm", "palm"):
            for chunk in ("0", "1", "3", "1000000"):
                with self.subTest(query=query, chunk=chunk):
                    out = os.path.join(self.dir.name, f"{query}-{chunk}.csv")
                    code, err = self.run_main("--query", query, "--input", src,
                                              "--out", out, "--chunk-rows", chunk)
                    self.assertEqual(code, 0, err)
                    self.assertRegex(err, r"^pandas: 17 rows, \d+ used, \d+ bad, 4 groups; read ")
                    with open(out, encoding="utf-8", newline="") as f:
                        lines = f.read().split("\n")
                    self.assertEqual(lines[0], ",".join(rates.HEADER))
                    self.assertEqual(lines[-1], "")
                    self.assertEqual(sorted(lines[1:-1]), sorted(WANT[query]))

    def test_only_bad_records(self):
        text = "\n".join(line for line in FILE.split("\n") if not line.startswith("a"))
        src = self.write("b.csv", text)
        out = os.path.join(self.dir.name, "o.csv")
        for chunk in ("0", "2"):
            with self.subTest(chunk=chunk):
                code, err = self.run_main("--query", "palm", "--input", src, "--out", out,
                                          "--chunk-rows", chunk)
                self.assertEqual(code, 0, err)
                self.assertIn("7 rows, 0 used, 7 bad, 0 groups", err)
                with open(out, encoding="utf-8") as f:
                    self.assertEqual(f.read(), ",".join(rates.HEADER) + "\n")

    def test_header_only(self):
        src = self.write("h.csv", "# synthetic: true\n" + HEAD + "\n")
        out = os.path.join(self.dir.name, "o.csv")
        code, err = self.run_main("--query", "palm", "--input", src, "--out", out)
        self.assertEqual(code, 0, err)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(f.read(), ",".join(rates.HEADER) + "\n")

    def test_quoted_rows_parse_as_csv(self):
        # The output is RFC 4180: agency names with commas are quoted.
        src = self.write("d.csv", FILE)
        out = os.path.join(self.dir.name, "o.csv")
        code, err = self.run_main("--query", "palm", "--input", src, "--out", out)
        self.assertEqual(code, 0, err)
        with open(out, encoding="utf-8", newline="") as f:
            recs = list(csv.reader(f))
        self.assertIn("Sở #1, tỉnh Hà Tĩnh", [r[1] for r in recs])
        self.assertTrue(all(len(r) == len(rates.HEADER) for r in recs))

    def test_errors(self):
        cases = [
            # name, file text (None: do not create), args, exit code, stderr pattern
            ("parquet", None, ["--input", "x.parquet"], 1, r"Parquet input is not supported"),
            ("parquet by content", "PAR1\x00\x15", [], 1, r"in\.csv: Parquet input is not supported"),
            ("arrow by content", "ARROW1\x00\x00", [], 1, r"in\.csv: Arrow IPC input is not supported"),
            ("missing file", None, ["--input", "nope.csv"], 1, r"nope\.csv: No such file"),
            ("bad query", FILE, ["--query", "xyz"], 2, r"invalid choice: 'xyz'"),
            ("negative chunk", FILE, ["--chunk-rows", "-1"], 2, r"--chunk-rows must be 0 or more"),
            ("empty file", "", [], 1, r"no header line after 0 comment lines"),
            ("comments only", "# a\n# b\n", [], 1, r"no header line after 2 comment lines"),
            ("missing column", FILE.replace(",channel,", ",chan,", 1), [], 1,
             r":3: header: missing column\(s\) channel"),
            ("unterminated quote", "# x\n" + HEAD + '\na,"b\n', [], 1, r"EOF inside string"),
            ("bad time", replace_row("a7", "2025-12-31 23:59:59", "2025-12-31 24:00:00"), [], 1,
             r":10: column 'finished_at': '2025-12-31 24:00:00' is not a time"),
            ("zone offset", replace_row("a2", "2025-01-10 08:00:01", "2025-01-10 08:00:01Z"), [], 1,
             r":5: column 'finished_at': '2025-01-10 08:00:01Z' is not a time"),
            ("day 30 of February", replace_row("a3", "2025-01-05 08:00:00,in", "2025-02-30 08:00:00,in"), [], 1,
             r":6: column 'finished_at': '2025-02-30 08:00:00' is not a time"),
            ("bad flag", replace_row("a2", "online_partial,true", "online_partial,yes"), [], 1,
             r":5: column 'fee_required': 'yes' is not true, false or empty"),
            ("bad rating", replace_row("a2", ",4", ",four"), [], 1,
             r":5: column 'rating': 'four' is not a number or empty"),
            ("bad rating, chunk of 1", replace_row("a3", ",3", ",3x"), ["--chunk-rows", "1"], 1,
             r":6: column 'rating': '3x' is not a number or empty"),
            ("bad flag, later chunk", replace_row("b5", "postal,false", "postal,no"), ["--chunk-rows", "4"], 1,
             r":18: column 'fee_required': 'no' is not true, false or empty"),
        ]
        for name, text, args, code, pattern in cases:
            with self.subTest(name):
                src = os.path.join(self.dir.name, "in.csv")
                if text is not None:
                    self.write("in.csv", text)
                full = {"--query": "plm", "--input": src,
                        "--out": os.path.join(self.dir.name, "o.csv")}
                for i in range(0, len(args), 2):
                    v = args[i + 1]
                    if args[i] == "--input":
                        v = os.path.join(self.dir.name, v)
                    full[args[i]] = v
                argv = [x for kv in full.items() for x in kv]
                got, err = self.run_main(*argv)
                self.assertEqual(got, code, err)
                self.assertRegex(err, pattern)
                self.assertNotIn("Traceback", err)


if __name__ == "__main__":
    unittest.main()
