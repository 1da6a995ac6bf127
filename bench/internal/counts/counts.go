package counts

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Header is the header line of a counts file.
var Header = []string{"province", "agency", "level", "year", "month",
	"received", "online_full", "online_any", "finished", "on_time",
	"fee_required", "paid_online", "digitised", "result_digitised",
	"rated", "satisfied", "open_as_of", "overdue_as_of"}

// NumCounts is the number of count columns.
const NumCounts = 13

// AsOf is the as-of time of the overdue count: the last second of 2025 on
// the wall clock, which the dossier times use.
var AsOf = time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC)

// Queries maps a query name to the cchc group-by it stands for. Query
// "nat" reads a national-schema CSV file (cchc gen dossiers --schema
// national) and counts by the 766 rules of package rates, for 2025.
var Queries = map[string]string{
	"plm":  "province,level,month",
	"palm": "province,agency,level,month",
	"nat":  "agency,month",
}

// NationalHeader is the header line of a counts file of query "nat"; its
// rows carry the agency, year and month in Key and the nine counts first
// in Row.Counts.
var NationalHeader = []string{"agency", "year", "month",
	"received", "online_any", "online_full", "full_process_received",
	"finished", "on_time", "fee_charged", "paid_online", "digitised"}

// NationalYear is the period of query "nat".
const NationalYear = 2025

// headerOf returns the header of query's counts files.
func headerOf(query string) []string {
	if query == "nat" {
		return NationalHeader
	}
	return Header
}

// Key identifies a group.
type Key struct {
	Province, Agency, Level string
	Year, Month             int
}

// Row is one group and its counts, in Header order.
type Row struct {
	Key    Key
	Counts [NumCounts]int64
}

// Write writes rows as a counts file.
func Write(w io.Writer, rows []Row) error { return WriteQuery(w, "", rows) }

// WriteQuery writes rows as a counts file of query.
func WriteQuery(w io.Writer, query string, rows []Row) error {
	return WriteSeq(w, query, slices.Values(rows))
}

// WriteSeq writes the rows of seq as a counts file of query, one at a
// time (a caller need not hold them all).
func WriteSeq(w io.Writer, query string, seq iter.Seq[Row]) error {
	header := headerOf(query)
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	rec := make([]string, len(header))
	for r := range seq {
		keys := 5
		if query == "nat" {
			keys = 3
			rec[0], rec[1], rec[2] = r.Key.Agency, strconv.Itoa(r.Key.Year), strconv.Itoa(r.Key.Month)
		} else {
			rec[0], rec[1], rec[2] = r.Key.Province, r.Key.Agency, r.Key.Level
			rec[3], rec[4] = strconv.Itoa(r.Key.Year), strconv.Itoa(r.Key.Month)
		}
		for i := keys; i < len(header); i++ {
			rec[i] = strconv.FormatInt(r.Counts[i-keys], 10)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteFile writes rows to path.
func WriteFile(path string, rows []Row) error { return WriteFileQuery(path, "", rows) }

// WriteFileQuery writes rows of query to path.
func WriteFileQuery(path, query string, rows []Row) error {
	return WriteFileSeq(path, query, slices.Values(rows))
}

// WriteFileSeq writes the rows of seq, a counts file of query, to path.
func WriteFileSeq(path, query string, seq iter.Seq[Row]) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := WriteSeq(f, query, seq); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// ReadFile reads a counts file. Counts written as floats with a zero
// fraction ("12.0") are accepted, since some dataframe libraries write sums
// that way; anything else that is not a whole number is an error naming the
// line and column.
func ReadFile(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", path, err)
	}
	head[0] = strings.TrimPrefix(head[0], "\ufeff")
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	header, keys := Header, 5
	if _, ok := col["full_process_received"]; ok {
		header, keys = NationalHeader, 3
	}
	idx := make([]int, len(header))
	for i, h := range header {
		j, ok := col[h]
		if !ok {
			return nil, fmt.Errorf("%s: header: missing column %q (have %s)", path, h, strings.Join(head, ","))
		}
		idx[i] = j
	}
	var rows []Row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		line, _ := cr.FieldPos(0)
		var r Row
		texts := keys - 2 // key columns before year and month
		if texts == 1 {
			r.Key.Agency = rec[idx[0]]
		} else {
			r.Key.Province, r.Key.Agency, r.Key.Level = rec[idx[0]], rec[idx[1]], rec[idx[2]]
		}
		nums := make([]int64, len(header)-texts)
		for i := texts; i < len(header); i++ {
			v, err := whole(rec[idx[i]])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: column %q: %w", path, line, header[i], err)
			}
			nums[i-texts] = v
		}
		r.Key.Year, r.Key.Month = int(nums[0]), int(nums[1])
		copy(r.Counts[:], nums[2:])
		rows = append(rows, r)
	}
	return rows, nil
}

func whole(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if v, err := strconv.ParseInt(s, 10, 64); err == nil {
		return v, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != float64(int64(f)) {
		return 0, fmt.Errorf("%q is not a whole number", s)
	}
	return int64(f), nil
}

// Sort orders rows by key.
func Sort(rows []Row) {
	sort.Slice(rows, func(i, j int) bool { return Less(rows[i].Key, rows[j].Key) })
}

// Less orders keys by province, agency, level, year, month.
func Less(a, b Key) bool {
	if a.Province != b.Province {
		return a.Province < b.Province
	}
	if a.Agency != b.Agency {
		return a.Agency < b.Agency
	}
	if a.Level != b.Level {
		return a.Level < b.Level
	}
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	return a.Month < b.Month
}
