package dossier

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
)

// csvReadAll reads every record of data with encoding/csv as the national
// reader does, writing each as its fields or its error, with line numbers
// offset by first-1.
func csvReadAll(data string, comma rune, first int) []string {
	cr := csv.NewReader(strings.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	var out []string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			out = append(out, fmt.Sprintf("error %d:%d:%d %v", pe.StartLine+first-1, pe.Line+first-1, pe.Column, pe.Err))
			continue
		}
		if err != nil {
			return append(out, "error "+err.Error())
		}
		line, col := cr.FieldPos(0)
		out = append(out, fmt.Sprintf("%d:%d %q", line+first-1, col, rec))
	}
}

// csvReadChunks cuts data with csvRecordsEnd into chunks of about size
// bytes and reads each with its own csv.Reader.
func csvReadChunks(data string, comma byte, size int) []string {
	ch := recordChunker{r: strings.NewReader(data), cut: csvRecordsEnd(comma), size: size, line: 1}
	var out []string
	for {
		chunk, line, err := ch.next()
		if err != nil {
			return append(out, "error "+err.Error())
		}
		if chunk == nil {
			return out
		}
		out = append(out, csvReadAll(string(chunk), rune(comma), line)...)
	}
}

func TestCSVRecordsEnd(t *testing.T) {
	for _, c := range []struct {
		name, data string
		want       int
	}{
		{"plain lines", "a,b\nc,d\ne", 8},
		{"quoted newline", "a,\"b\nc\"\nd", 8},
		{"open quote", "a,\"b\nc\nd", 0},
		{"escaped quotes", "\"a\"\"\n\"\"\",b\nc", 11},
		{"bare quote ends the line", "a,b\"c\n\"d\ne", 6},
		{"invalid quote drops the line", "\"a\"b,\"c\nd\n", 10},
		{"crlf after a quote", "\"a\"\r\nb\r\n", 8},
		{"cr at the end", "\"a\"\r", 0},
		{"empty lines", "\n\r\n\n", 4},
	} {
		if got := csvRecordsEnd(',')([]byte(c.data)); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

func TestCSVChunksReadAsOne(t *testing.T) {
	data := "a;b\n\"x\ny\";2\nbad\"q;3\n\"c\"d;4\n\n\"e\"\"f\";5\r\nlast;\"open\n"
	want := csvReadAll(data, ';', 1)
	for size := 1; size <= len(data); size++ {
		if got := csvReadChunks(data, ';', size); !reflect.DeepEqual(got, want) {
			t.Fatalf("chunks of %d bytes:\n%q\nwant\n%q", size, got, want)
		}
	}
}

// FuzzCSVRecordsEnd checks that chunks cut by csvRecordsEnd read, each
// with its own csv.Reader, to the same records, errors and line numbers
// as the whole input read at once.
func FuzzCSVRecordsEnd(f *testing.F) {
	f.Add("a,b\n\"c\nd\",e\n", uint8(3), uint8(0))
	f.Add("x;\"y\"z;\n\"\"\"\n\r\n;", uint8(1), uint8(1))
	f.Add("\"a\"\r\nb\tc\"\n", uint8(5), uint8(2))
	f.Fuzz(func(t *testing.T, data string, size, delim uint8) {
		comma := []byte{',', ';', '\t', '|'}[delim%4]
		want := csvReadAll(data, rune(comma), 1)
		if got := csvReadChunks(data, comma, int(size%64)+1); !reflect.DeepEqual(got, want) {
			t.Fatalf("chunks of %d bytes:\n%q\nwant\n%q", size%64+1, got, want)
		}
	})
}
