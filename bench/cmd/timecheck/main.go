// Command timecheck reads the time columns of a dossier Parquet file with
// DuckDB, in a session set to Viet Nam time, and prints their type and
// first values: an independent check that the files hold Viet Nam
// wall-clock times (TIMESTAMP without a zone) that no session zone shifts.
//
//	go run ./cmd/timecheck FILE.parquet
package main

import (
	"database/sql"
	"fmt"
	"os"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: timecheck FILE.parquet")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "timecheck:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("SET TimeZone = 'Asia/Ho_Chi_Minh'"); err != nil {
		return err
	}
	q := fmt.Sprintf(`SELECT dossier_id, typeof(received_at), strftime(received_at, '%%Y-%%m-%%d %%H:%%M:%%S'),
		strftime(finished_at, '%%Y-%%m-%%d %%H:%%M:%%S') FROM read_parquet('%s') ORDER BY dossier_id LIMIT 5`,
		strings.ReplaceAll(path, "'", "''"))
	rows, err := db.Query(q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, typ, recv string
		var fin sql.NullString
		if err := rows.Scan(&id, &typ, &recv, &fin); err != nil {
			return err
		}
		fmt.Printf("%s\t%s\t%s\t%s\n", id, typ, recv, fin.String)
	}
	return rows.Err()
}
