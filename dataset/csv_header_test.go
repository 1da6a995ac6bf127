package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// A CSV header line longer than maxHeaderBytes is refused as it is read;
// a shorter one of too many columns by the column count; a long line
// after the header is an ordinary row.
func TestCSVHeaderLimits(t *testing.T) {
	many := make([]string, MaxColumns+2000)
	for i := range many {
		many[i] = fmt.Sprintf("c%d", i)
	}
	tests := []struct {
		name string
		data string
		want string // in the error; "" for none
	}{
		{"huge header line", strings.Repeat("tên cột,", maxHeaderBytes/8) + "x\n1\n", "header line is longer than"},
		{"too many columns", strings.Join(many, ",") + "\n1\n", "columns; a table has at most"},
		{"long cell after the header", "entity,year,metric,value,source\nA,2024,m,1," + strings.Repeat("x", 2*maxHeaderBytes) + "\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Read(bytes.NewReader([]byte(tc.data)), "f.csv", FormatCSV, "", memory.NewGoAllocator())
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				defer l.Release()
				if l.RowsRead != 1 || l.Record.NumRows() != 1 {
					t.Fatalf("%d read, %d kept, rejected %v", l.RowsRead, l.Record.NumRows(), l.Rejected)
				}
				return
			}
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrFormat) || pe.Line != 1 || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want a format error at line 1 saying %q", err, tc.want)
			}
		})
	}
}
