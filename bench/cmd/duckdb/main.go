// Command duckdb is DuckDB's entry in the dossier-rate benchmark: the
// grouped counts of bench/README.md as one SQL query over the file,
// through the Go binding github.com/duckdb/duckdb-go/v2 (DuckDB's own
// threads, one per core by default).
//
//	duckdb --query plm|palm|nat --input FILE.parquet|FILE.csv --out counts.csv
package main

import (
	"bufio"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/cchc-lab/cchc/bench/internal/counts"
	"github.com/cchc-lab/cchc/bench/internal/dossiercsv"
)

func main() {
	query := flag.String("query", "", "plm or palm")
	input := flag.String("input", "", "dossier file: .parquet or .csv")
	out := flag.String("out", "", "counts file to write")
	threads := flag.Int("threads", 0, "DuckDB threads (0: DuckDB's default, one per core)")
	version := flag.Bool("version", false, "print DuckDB's version and exit")
	flag.Parse()
	if *version {
		if err := printVersion(); err != nil {
			fmt.Fprintln(os.Stderr, "duckdb:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*query, *input, *out, *threads); err != nil {
		fmt.Fprintln(os.Stderr, "duckdb:", err)
		os.Exit(1)
	}
}

// commentLines counts the lines starting with '#' at the top of a CSV file.
func commentLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	_, n, err := dossiercsv.SkipComments(f)
	return n, err
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// source returns the table expression reading the file and the type its
// times have: TIMESTAMP (local, no zone) from both Parquet — cchc writes
// Viet Nam wall-clock times with isAdjustedToUTC = false — and CSV.
func source(path string) (expr, timeType string, err error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".parquet":
		return "read_parquet(" + quote(path) + ")", "TIMESTAMP", nil
	case ".csv":
		skip, err := commentLines(path)
		if err != nil {
			return "", "", err
		}
		return fmt.Sprintf(`read_csv(%s, skip=%d, header=true, auto_detect=false, columns={
			'dossier_id':'VARCHAR','province':'VARCHAR','agency':'VARCHAR','level':'VARCHAR',
			'procedure_code':'VARCHAR','received_at':'TIMESTAMP','due_at':'TIMESTAMP',
			'finished_at':'TIMESTAMP','channel':'VARCHAR','fee_required':'BOOLEAN',
			'paid_online':'BOOLEAN','digitised':'BOOLEAN','result_digitised':'BOOLEAN',
			'rating':'INTEGER'}, timestampformat='%%Y-%%m-%%d %%H:%%M:%%S')`, quote(path), skip), "TIMESTAMP", nil
	}
	return "", "", fmt.Errorf("%s: want a .parquet or .csv file", path)
}

func run(query, input, out string, threads int) error {
	if _, ok := counts.Queries[query]; !ok || input == "" || out == "" {
		return fmt.Errorf("usage: duckdb --query plm|palm|nat --input FILE --out counts.csv")
	}
	if _, err := os.Stat(input); err != nil {
		return err
	}
	if query == "nat" {
		return runNational(input, out, threads)
	}
	src, timeType, err := source(input)
	if err != nil {
		return err
	}
	agency, agencyNotNull := "''", ""
	if query == "palm" {
		agency, agencyNotNull = "agency", "AND agency IS NOT NULL"
	}
	// The times are local TIMESTAMPs as read, compared and taken apart
	// without any cast, as DuckDB's own documentation would write it.
	asOf := quote(counts.AsOf.Format("2006-01-02 15:04:05")) + "::" + timeType
	sqlText := fmt.Sprintf(`
WITH good AS (
	SELECT * FROM %[1]s
	WHERE received_at IS NOT NULL AND due_at IS NOT NULL AND channel IS NOT NULL
		AND province IS NOT NULL AND level IS NOT NULL %[3]s
		AND (finished_at IS NULL OR finished_at >= received_at) AND due_at >= received_at
		AND channel IN ('online_full', 'online_partial', 'in_person', 'postal')
		AND (rating IS NULL OR rating BETWEEN 1 AND 5)
)
SELECT province, %[2]s AS agency, level,
	year(received_at) AS year, month(received_at) AS month,
	count(*),
	count(*) FILTER (WHERE channel = 'online_full'),
	count(*) FILTER (WHERE channel IN ('online_full', 'online_partial')),
	count(finished_at),
	count(*) FILTER (WHERE finished_at <= due_at),
	count(*) FILTER (WHERE fee_required),
	count(*) FILTER (WHERE fee_required AND paid_online),
	count(*) FILTER (WHERE digitised),
	count(*) FILTER (WHERE finished_at IS NOT NULL AND result_digitised),
	count(rating),
	count(*) FILTER (WHERE rating >= 4),
	count(*) FILTER (WHERE received_at <= %[4]s AND (finished_at IS NULL OR finished_at > %[4]s)),
	count(*) FILTER (WHERE received_at <= %[4]s AND (finished_at IS NULL OR finished_at > %[4]s) AND due_at < %[4]s)
FROM good
GROUP BY ALL`, src, agency, agencyNotNull, asOf)

	rows, err := queryRows(input, sqlText, threads, counts.NumCounts, func(r *counts.Row) []any {
		return []any{&r.Key.Province, &r.Key.Agency, &r.Key.Level, &r.Key.Year, &r.Key.Month}
	})
	if err != nil {
		return err
	}
	return counts.WriteFile(out, rows)
}

// queryRows runs sqlText and scans each result row into the key columns
// keys names and then n counts.
func queryRows(input, sqlText string, threads, n int, keys func(*counts.Row) []any) ([]counts.Row, error) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	// One connection, so that the settings apply to the query.
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("SET TimeZone = 'UTC'"); err != nil {
		return nil, fmt.Errorf("set time zone: %w", err)
	}
	if threads > 0 {
		if _, err := db.Exec(fmt.Sprintf("SET threads = %d", threads)); err != nil {
			return nil, fmt.Errorf("set threads: %w", err)
		}
	}
	rs, err := db.Query(sqlText)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	defer rs.Close()
	var rows []counts.Row
	for rs.Next() {
		var r counts.Row
		dest := keys(&r)
		for i := range r.Counts[:n] {
			dest = append(dest, &r.Counts[i])
		}
		if err := rs.Scan(dest...); err != nil {
			return nil, fmt.Errorf("%s: %w", input, err)
		}
		rows = append(rows, r)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	return rows, nil
}

// titleLines counts the lines above the header of a national-schema CSV
// file (the header is the first line starting with MaHoSo).
func titleLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 0; sc.Scan() && n < 30; n++ {
		if strings.HasPrefix(strings.TrimPrefix(sc.Text(), "\ufeff"), "MaHoSo,") {
			return n, nil
		}
	}
	return 0, fmt.Errorf("%s: no header line starting with MaHoSo in the first 30 lines", path)
}

// runNational is query nat: a national-schema CSV file (field names as
// header, codes as numbers, times as YYYY-MM-DD HH:MM:SS) counted by the
// rules of package rates: records breaking a rule are left out (status
// not 1..10, MucDo not 1..4, KenhThucHien not 1..3, payment not 0..2,
// digitised not 0/1, a negative fee, a received status without a
// received date, a due or end day before the received day, status 9 or 10
// without an end); then statuses 1, 3 and 7 and receipts outside 2025.
// Days are compared as DATEs, times are never shifted.
func runNational(input, out string, threads int) error {
	skip, err := titleLines(input)
	if err != nil {
		return err
	}
	sqlText := fmt.Sprintf(`
WITH src AS (
	SELECT * FROM read_csv(%[1]s, skip=%[2]d, header=true, auto_detect=false, columns={
		'MaHoSo':'VARCHAR','MaTTHC':'VARCHAR','TenTTHC':'VARCHAR','MucDo':'INTEGER',
		'KenhThucHien':'INTEGER','DonViXuLy':'VARCHAR','NgayNopHoSo':'TIMESTAMP',
		'NgayTiepNhan':'TIMESTAMP','NgayHenTra':'TIMESTAMP','NgayKetThucXuLy':'TIMESTAMP',
		'NgayTra':'TIMESTAMP','TrangThaiHoSo':'INTEGER','DuocThanhToanTrucTuyen':'INTEGER',
		'HoSoCoThanhPhanSoHoa':'INTEGER','LePhi':'DOUBLE'}, timestampformat='%%Y-%%m-%%d %%H:%%M:%%S')
), good AS (
	SELECT DonViXuLy AS agency, TrangThaiHoSo AS st, coalesce(KenhThucHien, 1) AS ch, MucDo,
		NgayTiepNhan AS recv, NgayHenTra::DATE AS due_day,
		coalesce(NgayKetThucXuLy, NgayTra)::DATE AS end_day,
		coalesce(LePhi, 0) AS fee, DuocThanhToanTrucTuyen AS paid, HoSoCoThanhPhanSoHoa AS dig
	FROM src
	WHERE TrangThaiHoSo BETWEEN 1 AND 10
		AND (MucDo IS NULL OR MucDo BETWEEN 1 AND 4)
		AND (KenhThucHien IS NULL OR KenhThucHien BETWEEN 1 AND 3)
		AND (DuocThanhToanTrucTuyen IS NULL OR DuocThanhToanTrucTuyen BETWEEN 0 AND 2)
		AND (HoSoCoThanhPhanSoHoa IS NULL OR HoSoCoThanhPhanSoHoa IN (0, 1))
		AND (LePhi IS NULL OR LePhi >= 0)
		AND (TrangThaiHoSo IN (1, 3) OR NgayTiepNhan IS NOT NULL)
		AND (NgayTiepNhan IS NULL OR (
			(NgayHenTra IS NULL OR NgayHenTra::DATE >= NgayTiepNhan::DATE)
			AND (NgayKetThucXuLy IS NULL OR NgayKetThucXuLy::DATE >= NgayTiepNhan::DATE)
			AND (NgayTra IS NULL OR NgayTra::DATE >= NgayTiepNhan::DATE)))
		AND NOT (TrangThaiHoSo IN (9, 10) AND NgayKetThucXuLy IS NULL AND NgayTra IS NULL)
)
SELECT coalesce(agency, '') AS agency, year(recv) AS year, month(recv) AS month,
	count(*),
	count(*) FILTER (WHERE ch = 2),
	count(*) FILTER (WHERE ch = 2 AND MucDo = 4),
	count(*) FILTER (WHERE MucDo = 4),
	count(*) FILTER (WHERE st IN (8, 9, 10)),
	count(*) FILTER (WHERE due_day IS NULL
		OR (st IN (8, 9, 10) AND end_day IS NOT NULL AND end_day <= due_day)
		OR (NOT (st IN (8, 9, 10) AND end_day IS NOT NULL) AND due_day >= DATE '%[3]d-12-31')),
	count(*) FILTER (WHERE fee > 0),
	count(*) FILTER (WHERE fee > 0 AND paid IN (1, 2)),
	count(*) FILTER (WHERE dig = 1)
FROM good
WHERE st NOT IN (1, 3, 7) AND year(recv) = %[3]d
GROUP BY ALL`, quote(input), skip, counts.NationalYear)
	rows, err := queryRows(input, sqlText, threads, 9, func(r *counts.Row) []any {
		return []any{&r.Key.Agency, &r.Key.Year, &r.Key.Month}
	})
	if err != nil {
		return err
	}
	return counts.WriteFileQuery(out, "nat", rows)
}

func printVersion() error {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	var v string
	if err := db.QueryRow("SELECT version()").Scan(&v); err != nil {
		return err
	}
	fmt.Println("DuckDB", v)
	return nil
}
