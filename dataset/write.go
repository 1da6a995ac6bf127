package dataset

import (
	"bufio"
	"bytes"

	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/dataset/internal/pqhook"

	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
)

// formatFloat writes v with as few digits as read back the same value,
// without an exponent for ordinary magnitudes.
func formatFloat(v float64) string {
	if a := math.Abs(v); a == 0 || (a >= 1e-6 && a < 1e21) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// cellText returns element i of a as CSV text; null is false for nulls
// (and NaN floats, which CSV cannot tell from a blank).
func cellText(a arrow.Array, i int) (string, bool) {
	if a.IsNull(i) {
		return "", false
	}
	switch a := a.(type) {
	case *array.String, *array.LargeString:
		s, _ := stringAt(a, i)
		return s, true
	case *array.Dictionary:
		return cellText(a.Dictionary(), a.GetValueIndex(i))
	case *array.Float64:
		if math.IsNaN(a.Value(i)) {
			return "", false
		}
		return formatFloat(a.Value(i)), true
	case *array.Float32:
		if math.IsNaN(float64(a.Value(i))) {
			return "", false
		}
		return strconv.FormatFloat(float64(a.Value(i)), 'g', -1, 32), true
	case *array.Boolean:
		return strconv.FormatBool(a.Value(i)), true
	case *array.List, *array.LargeList:
		vals, s, e, _ := listAt(a, i)
		items := make([]string, 0, e-s)
		for j := s; j < e; j++ {
			t, _ := cellText(vals, j)
			items = append(items, t)
		}
		return strings.Join(items, listSep), true
	}
	if v, ok, err := intAt(a, i); ok && err == nil {
		return strconv.FormatInt(v, 10), true
	}
	return a.ValueStr(i), true
}

// writeCSV writes rec as CSV with a header line, in the dialect of opts;
// text cells that a spreadsheet would take for a formula get a leading
// single quote (textfile.SafeCell).
func writeCSV(w io.Writer, rec arrow.Record, opts WriteOptions) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	comma, decimalComma := ',', false
	if opts.CSV == CSVExcelVI {
		comma, decimalComma = ';', true
		opts.BOM = true
	}
	if opts.BOM {
		bw.WriteString("\uFEFF") //nolint:errcheck // reported by Flush
	}
	ncol := int(rec.NumCols())
	decimals := make([]int, ncol)
	text := make([]bool, ncol)
	kind := recordKind(rec)
	for j := 0; j < ncol; j++ {
		decimals[j] = -1
		if !opts.FullPrecision {
			decimals[j] = roundingFor(kind, rec.ColumnName(j))
		}
		text[j] = isTextType(rec.Column(j).DataType())
		if j > 0 {
			bw.WriteRune(comma) //nolint:errcheck // reported by Flush
		}
		writeCSVField(bw, rec.ColumnName(j), comma, false)
	}
	bw.WriteString("\n") //nolint:errcheck // reported by Flush
	for i := 0; i < int(rec.NumRows()); i++ {
		for j := 0; j < ncol; j++ {
			if j > 0 {
				bw.WriteRune(comma) //nolint:errcheck // reported by Flush
			}
			s, _ := csvCellText(rec.Column(j), i, decimals[j], decimalComma)
			if text[j] {
				s = textfile.SafeCell(s)
			}
			writeCSVField(bw, s, comma, text[j] && looksNumeric(s))
		}
		if _, err := bw.WriteString("\n"); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// recordKind is the table kind a record's schema names, "" when none.
func recordKind(rec arrow.Record) Kind {
	k, _ := rec.Schema().Metadata().GetValue("cchc.kind")
	return Kind(k)
}

// csvCellText is cellText with the numbers of float columns rounded to
// decimals (roundingFor) and, for decimalComma, written with a comma.
func csvCellText(a arrow.Array, i, decimals int, decimalComma bool) (string, bool) {
	switch a.(type) {
	case *array.Float64, *array.Float32:
		if a.IsNull(i) {
			return "", false
		}
		v, _, _ := floatAt(a, i)
		if math.IsNaN(v) {
			return "", false
		}
		s := formatFloat(roundValue(v, decimals))
		if decimalComma {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s, true
	case *array.List, *array.LargeList, *array.Dictionary, *array.String, *array.LargeString, *array.Boolean:
		return cellText(a, i)
	}
	return cellText(a, i)
}

// isTextType reports whether a column holds text (strings, dictionaries
// of strings, lists).
func isTextType(t arrow.DataType) bool {
	switch t := t.(type) {
	case *arrow.StringType, *arrow.LargeStringType, *arrow.ListType, *arrow.LargeListType:
		return true
	case *arrow.DictionaryType:
		return isTextType(t.ValueType)
	}
	return false
}

// looksNumeric reports whether spreadsheet programs would take the text s
// for a number or a date ("2.10", "1.009800", "007", "1,5", "12/2024"),
// so that a CSV writer quotes it.
func looksNumeric(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(".,-/+%e ", r):
		default:
			return false
		}
	}
	return digits > 0
}

// writeCSVField writes one field, quoted when it must be (a separator, a
// quote, a line break, leading or trailing space) or when force is set.
func writeCSVField(bw *bufio.Writer, s string, comma rune, force bool) {
	if !force && s != "" && !strings.ContainsRune(s, comma) && !strings.ContainsAny(s, "\"\r\n") &&
		s[0] != ' ' && s[0] != '\t' && s[len(s)-1] != ' ' {
		bw.WriteString(s) //nolint:errcheck // reported by Flush
		return
	}
	if s == "" && !force {
		return
	}
	bw.WriteByte('"')                                //nolint:errcheck // reported by Flush
	bw.WriteString(strings.ReplaceAll(s, `"`, `""`)) //nolint:errcheck // reported by Flush
	bw.WriteByte('"')                                //nolint:errcheck // reported by Flush
}

// appendJSONString appends s as a JSON string without HTML escaping.
func appendJSONString(buf *bytes.Buffer, s string) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) //nolint:errcheck // a string always encodes
	buf.Write(bytes.TrimRight(b.Bytes(), "\n"))
}

// appendJSONValue appends element i of a as a JSON value.
func appendJSONValue(buf *bytes.Buffer, a arrow.Array, i int) {
	if a.IsNull(i) {
		buf.WriteString("null")
		return
	}
	switch a := a.(type) {
	case *array.String, *array.LargeString:
		s, _ := stringAt(a, i)
		appendJSONString(buf, s)
	case *array.Dictionary:
		appendJSONValue(buf, a.Dictionary(), a.GetValueIndex(i))
	case *array.Float64, *array.Float32:
		v, _, _ := floatAt(a, i)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			buf.WriteString("null")
		} else {
			buf.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
	case *array.Boolean:
		buf.WriteString(strconv.FormatBool(a.Value(i)))
	case *array.List, *array.LargeList:
		vals, s, e, _ := listAt(a, i)
		buf.WriteByte('[')
		for j := s; j < e; j++ {
			if j > s {
				buf.WriteByte(',')
			}
			appendJSONValue(buf, vals, j)
		}
		buf.WriteByte(']')
	default:
		if v, ok, err := intAt(a, i); ok && err == nil {
			buf.WriteString(strconv.FormatInt(v, 10))
			return
		}
		appendJSONString(buf, a.ValueStr(i))
	}
}

// writeJSON writes rec as a JSON array of records, one per line.
func writeJSON(w io.Writer, rec arrow.Record) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	bw.WriteString("[") //nolint:errcheck // reported by Flush
	for i := 0; i < int(rec.NumRows()); i++ {
		buf.Reset()
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n{")
		for j := 0; j < int(rec.NumCols()); j++ {
			if j > 0 {
				buf.WriteByte(',')
			}
			appendJSONString(&buf, rec.ColumnName(j))
			buf.WriteByte(':')
			appendJSONValue(&buf, rec.Column(j), i)
		}
		buf.WriteByte('}')
		if _, err := bw.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	bw.WriteString("\n]\n") //nolint:errcheck // reported by Flush
	return bw.Flush()
}

// writeParquet writes rec as a Parquet file through dataset/parquetio,
// which the program must link in.
func writeParquet(w io.Writer, rec arrow.Record) error {
	if pqhook.Write == nil {
		return i18n.Errorf("%w: writing Parquet tables needs package dataset/parquetio linked in", ErrFormat)
	}
	return pqhook.Write(w, rec)
}

// writeIPC writes rec as an Arrow IPC file.
func writeIPC(w io.Writer, rec arrow.Record) error {
	// The IPC file writer of Arrow v15 keeps a reference to every
	// dictionary it writes and never drops it. It is given copies of the
	// dictionaries in garbage-collected memory, so that rec's memory is
	// freed when its owner releases it.
	goMem := memory.NewGoAllocator()
	cols := make([]arrow.Array, rec.NumCols())
	for j, c := range rec.Columns() {
		if d, ok := c.(*array.Dictionary); ok {
			dict, err := array.Concatenate([]arrow.Array{d.Dictionary()}, goMem)
			if err != nil {
				return err
			}
			cols[j] = array.NewDictionaryArray(d.DataType(), d.Indices(), dict)
			dict.Release()
		} else {
			c.Retain()
			cols[j] = c
		}
	}
	rec = array.NewRecord(rec.Schema(), cols, rec.NumRows())
	for _, c := range cols {
		c.Release()
	}
	defer rec.Release()
	fw, err := ipc.NewFileWriter(binread.NewOffsetWriter(w), ipc.WithSchema(rec.Schema()))
	if err != nil {
		return err
	}
	if err := fw.Write(rec); err != nil {
		fw.Close()
		return err
	}
	return fw.Close()
}
