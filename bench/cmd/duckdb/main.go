// Command duckdb is DuckDB's entry in the dossier-rate benchmark: the
// grouped counts of bench/README.md as one SQL query over the file,
// through the Go binding github.com/duckdb/duckdb-go/v2 (DuckDB's own
// threads, one per core by default).
//
//	duckdb --query plm|palm --input FILE.parquet|FILE.csv --out counts.csv
package main

import (
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
		return fmt.Errorf("usage: duckdb --query plm|palm --input FILE --out counts.csv")
	}
	if _, err := os.Stat(input); err != nil {
		return err
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

	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	// One connection, so that the settings apply to the query.
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("SET TimeZone = 'UTC'"); err != nil {
		return fmt.Errorf("set time zone: %w", err)
	}
	if threads > 0 {
		if _, err := db.Exec(fmt.Sprintf("SET threads = %d", threads)); err != nil {
			return fmt.Errorf("set threads: %w", err)
		}
	}
	rs, err := db.Query(sqlText)
	if err != nil {
		return fmt.Errorf("%s: %w", input, err)
	}
	defer rs.Close()
	var rows []counts.Row
	for rs.Next() {
		var r counts.Row
		dest := []any{&r.Key.Province, &r.Key.Agency, &r.Key.Level, &r.Key.Year, &r.Key.Month}
		for i := range r.Counts {
			dest = append(dest, &r.Counts[i])
		}
		if err := rs.Scan(dest...); err != nil {
			return fmt.Errorf("%s: %w", input, err)
		}
		rows = append(rows, r)
	}
	if err := rs.Err(); err != nil {
		return fmt.Errorf("%s: %w", input, err)
	}
	return counts.WriteFile(out, rows)
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
