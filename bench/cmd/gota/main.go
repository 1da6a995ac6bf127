// Command gota is gota's entry in the dossier-rate benchmark: the grouped
// counts of bench/README.md computed with the DataFrame of
// github.com/go-gota/gota, written the way a gota user would write them.
//
//	gota --query plm|palm --input FILE.csv --out counts.csv [--chunk-rows N]
//
// gota reads CSV only (it has no Parquet reader) and runs on one core. A
// whole file in one DataFrame (--chunk-rows 0) takes about 3 GB per
// million rows for query plm and 4 to 5 GB for palm, most of it in GroupBy,
// which turns every row into a map. So by default the file is read
// 1,000,000 records at a time (--chunk-rows N): each chunk, the header line
// and its records' text, is read by dataframe.ReadCSV and reduced to its
// per-group counts, and the partial counts are added up with RBind,
// GroupBy and SUM; memory then follows N and the number of groups.
//
// # Which steps are gota and which are plain Go
//
// gota does:
//   - reading the CSV (dataframe.ReadCSV, on the whole file or on each
//     chunk);
//   - dropping the bad records (DataFrame.Filter and FilterAggregation,
//     with In, Neq, GreaterEq against another column, and CompFunc for the
//     null tests);
//   - every derived 0/1 column that depends on one column (Series.Compare
//     with Eq, In, LessEq, GreaterEq, Less and CompFunc, the column-against-
//     column comparison on_time = finished_at <= due_at included);
//   - grouping and counting (DataFrame.GroupBy, Groups.Aggregation with
//     COUNT for received and SUM for the other twelve counts), and adding
//     up the chunks' counts (RBind, GroupBy, SUM);
//   - shaping and writing the result (Drop, Mutate, Select, WriteCSV).
//
// Plain Go does what gota cannot express:
//   - skipping the '#' lines at the top of the file (gota's WithComments
//     would drop '#' lines anywhere in the file, data rows included), and
//     cutting the file into chunks of whole records (see [splitter]);
//   - turning the text of the times, the booleans and the rating into typed
//     series (see [parseColumns]): gota has no time type, and its own typed
//     loading turns any value it cannot parse into NaN without a word, so a
//     rating "x" would silently count as "not rated". Times must be written
//     2006-01-02 15:04:05 (as `cchc gen dossiers` writes them); cchc also
//     reads other layouts;
//   - the year and month of received_at (no date functions);
//   - the AND of two Bool series (paid_online, result_digitised,
//     open_as_of, overdue_as_of): Compare yields Bool series, but gota has
//     no element-wise logic between series;
//   - turning the float sums of Aggregation back into whole numbers,
//     checking that each one is whole;
//   - two guards against gota's limits: GroupBy joins the key values with
//     '_' into one string, so a key value containing '_' could merge two
//     groups (refused with an error), and Aggregation panics on a frame
//     without rows (a header-only file is written instead).
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/cchc-lab/cchc/bench/internal/counts"
	"github.com/cchc-lab/cchc/bench/internal/dossiercsv"
)

func main() {
	query := flag.String("query", "", "plm or palm")
	input := flag.String("input", "", "dossier file: .csv (gota reads no Parquet)")
	out := flag.String("out", "", "counts file to write")
	chunkRows := flag.Int("chunk-rows", 1000000, "records per DataFrame; 0 loads the whole file into one")
	flag.Parse()
	if _, ok := counts.Queries[*query]; !ok || *input == "" || *out == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: gota --query plm|palm --input FILE.csv --out counts.csv")
		os.Exit(2)
	}
	if err := run(*query, *input, *out, *chunkRows, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gota:", err)
		os.Exit(1)
	}
}

// Column names of the dossier file (dossier.Schema).
const (
	colProvince        = "province"
	colAgency          = "agency"
	colLevel           = "level"
	colReceivedAt      = "received_at"
	colDueAt           = "due_at"
	colFinishedAt      = "finished_at"
	colChannel         = "channel"
	colFeeRequired     = "fee_required"
	colPaidOnline      = "paid_online"
	colDigitised       = "digitised"
	colResultDigitised = "result_digitised"
	colRating          = "rating"
)

// timeLayout is how `cchc gen dossiers` writes the three times in CSV: the
// Viet Nam wall-clock reading.
const timeLayout = "2006-01-02 15:04:05"

// channels are the valid values of the channel column.
var channels = []string{"online_full", "online_partial", "in_person", "postal"}

// queryKeys are the text columns each query groups by (year and month of
// received_at come on top).
var queryKeys = map[string][]string{
	"plm":  {colProvince, colLevel},
	"palm": {colProvince, colAgency, colLevel},
}

// countNames are the count columns, in counts.Header order.
var countNames = counts.Header[5:]

// run computes the counts of query over input, writes them to out and
// reports rows, groups and the time of each step on stderr.
func run(query, input, out string, chunkRows int, stderr io.Writer) (err error) {
	// gota panics on some inputs (for example Aggregation on an empty
	// frame); report a panic like any other failure.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: gota panicked: %v", input, p)
		}
	}()
	if ext := strings.ToLower(filepath.Ext(input)); ext != ".csv" {
		return fmt.Errorf("%s: gota reads CSV only, not %q files", input, ext)
	}
	if chunkRows < 0 {
		return fmt.Errorf("--chunk-rows %d: want 0 (whole file) or more", chunkRows)
	}
	keys := queryKeys[query]
	var st stats
	var partials []dataframe.DataFrame
	if chunkRows == 0 {
		t := time.Now()
		df, _, err := readDossiers(input)
		st.read += time.Since(t)
		if err != nil && !errors.Is(err, errNoRows) {
			return err
		}
		if err == nil {
			p, err := countChunk(df, func(row int) int { return recordLine(input, row) }, input, keys, &st)
			if err != nil {
				return err
			}
			partials = append(partials, p)
		}
	} else {
		partials, err = countChunks(input, chunkRows, keys, &st)
		if err != nil {
			return err
		}
	}
	result, err := merge(partials, keys, &st)
	if err != nil {
		return fmt.Errorf("%s: %w", input, err)
	}
	groups := 0
	if result.Err == nil && result.Ncol() > 0 {
		if query == "plm" {
			result = result.Mutate(series.New(make([]string, result.Nrow()), series.String, colAgency))
		}
		result = result.Select(counts.Header)
		if result.Err != nil {
			return fmt.Errorf("%s: %w", input, result.Err)
		}
		groups = result.Nrow()
	}
	t := time.Now()
	if err := writeCounts(out, result, groups > 0); err != nil {
		return err
	}
	st.write += time.Since(t)
	fmt.Fprintf(stderr, "gota: %d rows, %d used, %d bad, %d groups; read %.1f s, parse %.1f s, filter %.1f s, derive %.1f s, group by %.1f s, write %.1f s\n",
		st.rows, st.used, st.rows-st.used, groups, st.read.Seconds(), st.parse.Seconds(), st.filter.Seconds(),
		st.derive.Seconds(), st.group.Seconds(), st.write.Seconds())
	return nil
}

// stats are the row counts and the time each step took, summed over chunks.
type stats struct {
	rows, used                                int
	read, parse, filter, derive, group, write time.Duration
}

// countChunk computes the per-group counts of the dossier rows in df (text
// columns as read); lineOf gives the file line of a row, for errors. The
// result has the key columns, year, month and the counts as Int, or no
// columns at all when no row is left.
func countChunk(df dataframe.DataFrame, lineOf func(int) int, path string, keys []string, st *stats) (dataframe.DataFrame, error) {
	t := time.Now()
	st.rows += df.Nrow()
	typed, err := parseColumns(df, path, lineOf, keys)
	if err != nil {
		return typed, err
	}
	st.parse += time.Since(t)

	t = time.Now()
	good := dropBad(typed, keys)
	if good.Err != nil {
		return good, fmt.Errorf("%s: filter: %w", path, good.Err)
	}
	st.filter += time.Since(t)
	st.used += good.Nrow()
	if good.Nrow() == 0 {
		return dataframe.DataFrame{}, nil
	}

	t = time.Now()
	if err := checkKeys(good, keys); err != nil {
		return good, fmt.Errorf("%s: %w", path, err)
	}
	flags, err := derive(good, keys)
	if err != nil {
		return flags, fmt.Errorf("%s: %w", path, err)
	}
	st.derive += time.Since(t)

	t = time.Now()
	types := []dataframe.AggregationType{dataframe.Aggregation_COUNT}
	cols := []string{countNames[1]}
	for _, name := range countNames[1:] {
		types = append(types, dataframe.Aggregation_SUM)
		cols = append(cols, name)
	}
	res, err := aggregate(flags, keys, types, cols)
	st.group += time.Since(t)
	if err != nil {
		return res, fmt.Errorf("%s: %w", path, err)
	}
	return res, nil
}

// countChunks reads the file chunkRows records at a time and returns the
// per-group counts of every chunk. Each chunk is the header line and its
// records' text, read by dataframe.ReadCSV like a whole file.
func countChunks(path string, chunkRows int, keys []string, st *stats) ([]dataframe.DataFrame, error) {
	t := time.Now()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, skipped, err := dossiercsv.SkipComments(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sp := &splitter{r: bufio.NewReaderSize(r, 1<<20), line: skipped + 1}
	head, headLine, err := sp.record()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if head == nil {
		return nil, fmt.Errorf("%s:%d: no header line after the %d '#' lines", path, skipped+1, skipped)
	}
	names, err := csv.NewReader(bytes.NewReader(head)).Read()
	if err != nil {
		return nil, fmt.Errorf("%s:%d: header: %w", path, headLine, err)
	}
	if err := checkHeader(path, headLine, names); err != nil {
		return nil, err
	}
	headLines := bytes.Count(head, []byte("\n"))
	st.read += time.Since(t)

	var partials []dataframe.DataFrame
	var chunk bytes.Buffer
	for {
		t := time.Now()
		chunk.Reset()
		lines := make([]int, 0, min(chunkRows, 1<<20))     // file line of each record
		textLines := make([]int, 0, min(chunkRows, 1<<20)) // its line in the chunk's text
		textLine := headLines + 1
		for len(lines) < chunkRows {
			rec, line, err := sp.record()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			if rec == nil {
				break
			}
			chunk.Write(rec)
			lines = append(lines, line)
			textLines = append(textLines, textLine)
			textLine += bytes.Count(rec, []byte("\n"))
		}
		if len(lines) == 0 {
			return partials, nil
		}
		df := dataframe.ReadCSV(io.MultiReader(bytes.NewReader(head), bytes.NewReader(chunk.Bytes())), loadOptions...)
		st.read += time.Since(t)
		if df.Err != nil {
			var pe *csv.ParseError
			if errors.As(df.Err, &pe) {
				// Lines counted from the chunk's header; make them file lines.
				pe.StartLine = chunkLine(pe.StartLine, headLine, lines, textLines)
				pe.Line = chunkLine(pe.Line, headLine, lines, textLines)
			}
			return nil, fmt.Errorf("%s: %w", path, df.Err)
		}
		p, err := countChunk(df, func(row int) int { return lines[row] }, path, keys, st)
		if err != nil {
			return nil, err
		}
		if p.Ncol() > 0 {
			partials = append(partials, p)
		}
		if len(lines) < chunkRows {
			return partials, nil
		}
	}
}

// chunkLine turns line n of a chunk's text into a file line: the text is
// the header (from file line headLine), then records starting at text lines
// textLines and file lines lines.
func chunkLine(n, headLine int, lines, textLines []int) int {
	if n < textLines[0] {
		return headLine + n - 1
	}
	// The last record starting at or before text line n.
	i := sort.SearchInts(textLines, n+1) - 1
	return lines[i] + n - textLines[i]
}

// recordLine returns the file line on which record row (0 for the first
// after the header) starts, or 0 if the file cannot be read again. It reads
// the file anew, so it serves error messages only.
func recordLine(path string, row int) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	r, skipped, err := dossiercsv.SkipComments(f)
	if err != nil {
		return 0
	}
	sp := &splitter{r: bufio.NewReaderSize(r, 1<<20), line: skipped + 1}
	for i := -1; ; i++ { // -1: the header
		rec, line, err := sp.record()
		if err != nil || rec == nil {
			return 0
		}
		if i == row {
			return line
		}
	}
}

// splitter cuts CSV text into records without parsing the fields: a record
// ends at the first line end outside quotes (an even number of '"' so far,
// which holds for RFC 4180 quoting, doubled quotes included). Blank lines
// are skipped, as encoding/csv skips them.
type splitter struct {
	r    *bufio.Reader
	line int // file line of the next line to read
}

// record returns the next record's text, its final line end included, and
// the file line it starts on; nil at the end of the input.
func (sp *splitter) record() ([]byte, int, error) {
	var rec []byte
	start := sp.line
	quotes := 0
	for {
		b, err := sp.r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A line longer than the buffer: keep reading it.
			rec = append(rec, b...)
			quotes += bytes.Count(b, []byte{'"'})
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, start, err
		}
		if len(b) > 0 {
			rec = append(rec, b...)
			quotes += bytes.Count(b, []byte{'"'})
			sp.line++
		}
		if errors.Is(err, io.EOF) {
			if len(bytes.TrimRight(rec, "\r\n")) == 0 {
				return nil, start, nil
			}
			if rec[len(rec)-1] != '\n' {
				rec = append(rec, '\n')
			}
			return rec, start, nil
		}
		if quotes%2 == 1 {
			continue // a quoted field goes on past this line end
		}
		if len(bytes.TrimRight(rec, "\r\n")) == 0 {
			rec, start = rec[:0], sp.line // blank line
			continue
		}
		return rec, start, nil
	}
}

// merge adds up the partial counts of the chunks with gota: RBind, then
// GroupBy and SUM of every count. One partial is returned as it is.
func merge(partials []dataframe.DataFrame, keys []string, st *stats) (dataframe.DataFrame, error) {
	var kept []dataframe.DataFrame
	for _, p := range partials {
		if p.Ncol() > 0 {
			kept = append(kept, p)
		}
	}
	switch len(kept) {
	case 0:
		return dataframe.DataFrame{}, nil
	case 1:
		return kept[0], nil
	}
	t := time.Now()
	defer func() { st.group += time.Since(t) }()
	// RBind copies both frames: bind in pairs, not one after the other,
	// so that many chunks do not cost quadratic time.
	for len(kept) > 1 {
		var next []dataframe.DataFrame
		for i := 0; i < len(kept); i += 2 {
			if i+1 == len(kept) {
				next = append(next, kept[i])
				continue
			}
			b := kept[i].RBind(kept[i+1])
			if b.Err != nil {
				return b, fmt.Errorf("rbind: %w", b.Err)
			}
			next = append(next, b)
		}
		kept = next
	}
	all := kept[0]
	types := make([]dataframe.AggregationType, len(countNames))
	for i := range types {
		types[i] = dataframe.Aggregation_SUM
	}
	return aggregate(all, keys, types, countNames)
}

// readDossiers reads the whole CSV file into a DataFrame of text columns
// and returns it with the file line of its header.
func readDossiers(path string) (dataframe.DataFrame, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return dataframe.DataFrame{}, 0, err
	}
	defer f.Close()
	r, skipped, err := dossiercsv.SkipComments(f)
	if err != nil {
		return dataframe.DataFrame{}, 0, fmt.Errorf("%s: %w", path, err)
	}
	df := dataframe.ReadCSV(r, loadOptions...)
	if df.Err != nil && df.Err.Error() == "load records: empty DataFrame" {
		// gota cannot hold a frame without rows: tell a header without
		// records (a valid, empty input) from a file without a header.
		return df, 0, emptyFile(path, skipped)
	}
	if df.Err != nil {
		err := df.Err
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			// Lines counted from the header; make them file lines.
			pe.StartLine += skipped
			pe.Line += skipped
		}
		return df, 0, fmt.Errorf("%s: %w", path, err)
	}
	if err := checkHeader(path, skipped+1, df.Names()); err != nil {
		return df, 0, err
	}
	return df, skipped + 1, nil
}

// errNoRows reports a dossier file with a header and no records.
var errNoRows = errors.New("no dossier records")

// checkHeader reports the first dossier column missing from names.
func checkHeader(path string, line int, names []string) error {
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	for _, c := range []string{colProvince, colAgency, colLevel, colReceivedAt, colDueAt, colFinishedAt,
		colChannel, colFeeRequired, colPaidOnline, colDigitised, colResultDigitised, colRating} {
		if !have[c] {
			return fmt.Errorf("%s:%d: header: missing column %q (have %s)", path, line, c, strings.Join(names, ","))
		}
	}
	return nil
}

// emptyFile is called when gota found fewer than two CSV records after the
// '#' lines: it returns errNoRows when the file has a valid header and no
// records, and an error naming the problem otherwise.
func emptyFile(path string, skipped int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, _, err := dossiercsv.SkipComments(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	head, err := csv.NewReader(r).Read()
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("%s:%d: no header line after the %d '#' lines", path, skipped+1, skipped)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := checkHeader(path, skipped+1, head); err != nil {
		return err
	}
	return errNoRows
}

// loadOptions read every column as text: gota would turn a rating or
// boolean it cannot parse into NaN without telling, so parseColumns
// converts them strictly. No value stands for NaN except the empty field
// (gota's default also treats "NA" and "NaN" as missing).
var loadOptions = []dataframe.LoadOption{
	dataframe.DetectTypes(false),
	dataframe.DefaultType(series.String),
	dataframe.NaNValues(nil),
}

// fieldError names the file, line and column of a value that does not
// parse.
func fieldError(path string, line int, col, value string, err error) error {
	return fmt.Errorf("%s:%d: column %q: %q: %w", path, line, col, value, err)
}

// parseColumns builds the typed frame the computation works on (plain Go:
// gota has no time type): the key columns and channel as text, the times
// as Int seconds of the wall-clock reading, the flags as Bool and rating as
// Int, an empty field being NaN in each.
func parseColumns(df dataframe.DataFrame, path string, lineOf func(int) int, keys []string) (dataframe.DataFrame, error) {
	var cols []series.Series
	for _, k := range keys {
		cols = append(cols, df.Col(k))
	}
	cols = append(cols, df.Col(colChannel))
	for _, c := range []string{colReceivedAt, colDueAt, colFinishedAt} {
		s, err := parseSeries(df.Col(c), series.Int, func(v string) (any, error) {
			t, err := time.ParseInLocation(timeLayout, v, time.UTC)
			if err != nil {
				return nil, fmt.Errorf("not a time like 2025-01-31 14:05:00")
			}
			return int(t.Unix()), nil
		}, path, lineOf)
		if err != nil {
			return dataframe.DataFrame{}, err
		}
		cols = append(cols, s)
	}
	for _, c := range []string{colFeeRequired, colPaidOnline, colDigitised, colResultDigitised} {
		s, err := parseSeries(df.Col(c), series.Bool, func(v string) (any, error) {
			switch strings.ToLower(v) {
			case "true", "1":
				return true, nil
			case "false", "0":
				return false, nil
			}
			return nil, fmt.Errorf("not true or false")
		}, path, lineOf)
		if err != nil {
			return dataframe.DataFrame{}, err
		}
		cols = append(cols, s)
	}
	rating, err := parseSeries(df.Col(colRating), series.Int, func(v string) (any, error) {
		n, err := strconv.Atoi(v)
		if err != nil {
			return nil, fmt.Errorf("not a whole number")
		}
		return n, nil
	}, path, lineOf)
	if err != nil {
		return dataframe.DataFrame{}, err
	}
	cols = append(cols, rating)
	typed := dataframe.New(cols...)
	return typed, typed.Err
}

// parseSeries converts a text series into a series of type t with parse; an
// empty field becomes NaN.
func parseSeries(text series.Series, t series.Type, parse func(string) (any, error), path string, lineOf func(int) int) (series.Series, error) {
	if text.Err != nil {
		return series.Series{}, fmt.Errorf("%s: column %q: %w", path, text.Name, text.Err)
	}
	vals := text.Records()
	out := series.New(nil, t, text.Name).Empty()
	parsed := make([]any, len(vals))
	for i, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" {
			parsed[i] = nil // gota's NaN
			continue
		}
		p, err := parse(v)
		if err != nil {
			return out, fieldError(path, lineOf(i), text.Name, vals[i], err)
		}
		parsed[i] = p
	}
	out = series.New(parsed, t, text.Name)
	return out, out.Err
}

// isNA and notNA are CompFunc comparators: the null tests gota lacks.
func isNA(el series.Element) bool  { return el.IsNA() }
func notNA(el series.Element) bool { return !el.IsNA() }

// dropBad keeps the rows that are not bad records (bench/README.md, step 1)
// with gota's filters. Filters in one Filter call are OR-ed; FilterAggregation
// with And and chained calls AND them. A comparison with a NaN element is
// false in gota, which the conditions below rely on.
func dropBad(df dataframe.DataFrame, keys []string) dataframe.DataFrame {
	// received_at, due_at, channel and the keys present; due_at >= received_at
	// (false when either is NaN); channel one of the four.
	all := []dataframe.F{
		{Colname: colReceivedAt, Comparator: series.CompFunc, Comparando: notNA},
		{Colname: colDueAt, Comparator: series.CompFunc, Comparando: notNA},
		{Colname: colDueAt, Comparator: series.GreaterEq, Comparando: df.Col(colReceivedAt)},
		{Colname: colChannel, Comparator: series.In, Comparando: channels},
	}
	for _, k := range keys {
		all = append(all, dataframe.F{Colname: k, Comparator: series.Neq, Comparando: ""})
	}
	df = df.FilterAggregation(dataframe.And, all...)
	// finished_at null, or not before received_at.
	df = df.Filter(
		dataframe.F{Colname: colFinishedAt, Comparator: series.CompFunc, Comparando: isNA},
		dataframe.F{Colname: colFinishedAt, Comparator: series.GreaterEq, Comparando: df.Col(colReceivedAt)},
	)
	// rating null, or 1..5.
	return df.Filter(
		dataframe.F{Colname: colRating, Comparator: series.CompFunc, Comparando: isNA},
		dataframe.F{Colname: colRating, Comparator: series.In, Comparando: []int{1, 2, 3, 4, 5}},
	)
}

// checkKeys refuses key values containing '_': GroupBy builds each group's
// key by joining the values with '_', so ("a_b", "c") and ("a", "b_c")
// would fall into one group.
func checkKeys(df dataframe.DataFrame, keys []string) error {
	for _, k := range keys {
		for _, v := range df.Col(k).Records() {
			if strings.Contains(v, "_") {
				return fmt.Errorf("column %q: value %q contains '_', which gota's GroupBy key cannot tell apart from its separator", k, v)
			}
		}
	}
	return nil
}

// and returns the element-wise AND of Bool series (plain Go: gota has no
// logic between series).
func and(name string, ss ...series.Series) (series.Series, error) {
	var out []bool
	for _, s := range ss {
		b, err := s.Bool()
		if err != nil {
			return series.Series{}, fmt.Errorf("%s: %w", name, err)
		}
		if out == nil {
			out = b
			continue
		}
		for i := range out {
			out[i] = out[i] && b[i]
		}
	}
	return series.New(out, series.Bool, name), nil
}

// derive returns the frame GroupBy works on: the key columns, year and
// month of received_at, and one 0/1 Int column per count (received comes
// from COUNT, so it needs no column).
func derive(df dataframe.DataFrame, keys []string) (dataframe.DataFrame, error) {
	asOf := int(counts.AsOf.Unix())
	ch, recv, due, fin := df.Col(colChannel), df.Col(colReceivedAt), df.Col(colDueAt), df.Col(colFinishedAt)
	fee, paid := df.Col(colFeeRequired), df.Col(colPaidOnline)
	dig, resDig, rating := df.Col(colDigitised), df.Col(colResultDigitised), df.Col(colRating)

	// Year and month of received_at: plain Go, gota has no date functions.
	secs, err := recv.Int()
	if err != nil {
		return dataframe.DataFrame{}, fmt.Errorf("received_at: %w", err)
	}
	years, months := make([]int, len(secs)), make([]int, len(secs))
	for i, s := range secs {
		t := time.Unix(int64(s), 0).UTC()
		years[i], months[i] = t.Year(), int(t.Month())
	}

	// A null flag counts as false: Compare(Eq, true) is false on NaN.
	finished := fin.Compare(series.CompFunc, notNA)
	feeRequired := fee.Compare(series.Eq, true)
	// open: received by AS_OF and not finished by then.
	notDoneByAsOf := fin.Compare(series.CompFunc, func(el series.Element) bool {
		if el.IsNA() {
			return true
		}
		v, err := el.Int()
		return err == nil && v > asOf
	})
	paidOnline, err := and("paid_online", feeRequired, paid.Compare(series.Eq, true))
	if err != nil {
		return dataframe.DataFrame{}, err
	}
	resultDigitised, err := and("result_digitised", finished, resDig.Compare(series.Eq, true))
	if err != nil {
		return dataframe.DataFrame{}, err
	}
	open, err := and("open_as_of", recv.Compare(series.LessEq, asOf), notDoneByAsOf)
	if err != nil {
		return dataframe.DataFrame{}, err
	}
	overdue, err := and("overdue_as_of", open, due.Compare(series.Less, asOf))
	if err != nil {
		return dataframe.DataFrame{}, err
	}

	flags := map[string]series.Series{
		"online_full":      ch.Compare(series.Eq, "online_full"),
		"online_any":       ch.Compare(series.In, []string{"online_full", "online_partial"}),
		"finished":         finished,
		"on_time":          fin.Compare(series.LessEq, due), // false when finished_at is NaN
		"fee_required":     feeRequired,
		"paid_online":      paidOnline,
		"digitised":        dig.Compare(series.Eq, true),
		"result_digitised": resultDigitised,
		"rated":            rating.Compare(series.CompFunc, notNA),
		"satisfied":        rating.Compare(series.GreaterEq, 4), // false when rating is NaN
		"open_as_of":       open,
		"overdue_as_of":    overdue,
	}
	var cols []series.Series
	for _, k := range keys {
		cols = append(cols, df.Col(k))
	}
	cols = append(cols, series.New(years, series.Int, "year"), series.New(months, series.Int, "month"))
	for _, name := range countNames[1:] { // received is COUNT
		b, ok := flags[name]
		if !ok {
			return dataframe.DataFrame{}, fmt.Errorf("no column for count %q", name)
		}
		if b.Err != nil {
			return dataframe.DataFrame{}, fmt.Errorf("%s: %w", name, b.Err)
		}
		// Bool to Int 0/1, for SUM.
		cols = append(cols, series.New(b, series.Int, name))
	}
	out := dataframe.New(cols...)
	return out, out.Err
}

// aggregate groups df by the keys, year and month and applies types[i] to
// column cols[i]. The result has the key columns, year, month and one Int
// column per count, named as in counts.Header.
func aggregate(df dataframe.DataFrame, keys []string, types []dataframe.AggregationType, cols []string) (dataframe.DataFrame, error) {
	by := append(append([]string(nil), keys...), "year", "month")
	g := df.GroupBy(by...)
	if g == nil {
		return dataframe.DataFrame{}, fmt.Errorf("group by: no columns")
	}
	if g.Err != nil {
		return dataframe.DataFrame{}, fmt.Errorf("group by: %w", g.Err)
	}
	res := g.Aggregation(types, cols)
	if res.Err != nil {
		return res, fmt.Errorf("aggregation: %w", res.Err)
	}
	// Aggregation names its columns COLUMN_TYPE and returns float64 values;
	// the counts become whole numbers again, each checked (plain Go).
	for i, name := range countNames {
		from := fmt.Sprintf("%s_%s", cols[i], types[i])
		vals := res.Col(from)
		if vals.Err != nil {
			return res, fmt.Errorf("aggregation: column %s: %w", from, vals.Err)
		}
		whole := make([]int, vals.Len())
		for j, f := range vals.Float() {
			if f != math.Trunc(f) || math.IsNaN(f) || math.Abs(f) > 1<<53 {
				return res, fmt.Errorf("aggregation: %s of group %d is %v, not a whole number", from, j, f)
			}
			whole[j] = int(f)
		}
		res = res.Drop(from).Mutate(series.New(whole, series.Int, name))
	}
	return res, res.Err
}

// writeCounts writes the counts file. With no rows left, only the header is
// written (Aggregation cannot run on an empty frame).
func writeCounts(path string, df dataframe.DataFrame, hasRows bool) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if hasRows {
		err = df.WriteCSV(f)
	} else {
		w := csv.NewWriter(f)
		w.Write(counts.Header)
		w.Flush()
		err = w.Error()
	}
	if err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
