package dataset

import (
	"bytes"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// TestJSONStrict: a second top-level value is an error with its line and
// column; a record naming a key twice (at any depth, or through
// flattening) is rejected with the key's line and column, not read with
// the last value.
func TestJSONStrict(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		wantErr    string // whole-file error
		wantReject string // reason of the one rejected record
		rows       int
	}{
		{"second array", "[{\"entity\": \"A\", \"year\": 2024, \"metric\": \"m\", \"value\": 1}]\n[{\"entity\": \"B\"}]\n", "line 2, column 1", "", 0},
		{"trailing object", "[]\n  {}", "line 2, column 3", "", 0},
		{"second object of tables", "{\"observations\": []} {\"x\": 1}", "line 1, column 22", "", 0},
		{"trailing space", "[{\"entity\": \"A\", \"year\": 2024, \"metric\": \"m\", \"value\": 1}]\n\n  \n", "", "", 1},
		{"duplicate key", "[{\"entity\": \"A\", \"year\": 2024, \"metric\": \"m\", \"value\": 1},\n {\"entity\": \"B\", \"year\": 2024, \"metric\": \"m\",\n  \"value\": 1, \"value\": 2}]", "", "duplicate key \"value\" at line 3, column 15", 1},
		{"nested duplicate", "[{\"entity\": \"A\", \"year\": 2024, \"metric\": \"m\", \"value\": 1, \"source\": {\"a\": 1, \"a\": 2}}]", "", "duplicate key \"a\"", 0},
		{"same key in two records", "[{\"entity\": \"A\", \"year\": 2024, \"metric\": \"m\", \"value\": 1},{\"entity\": \"B\", \"year\": 2024, \"metric\": \"m\", \"value\": 2}]", "", "", 2},
		{"flattened clash", "[{\"entity\": \"A\", \"year\": 2024, \"metric\": \"m\", \"value\": 1, \"source\": {\"line\": 1}, \"source_line\": 2}]", "", "given twice", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Read(bytes.NewReader([]byte(tc.data)), "x.json", FormatJSON, KindObservations, memory.NewGoAllocator())
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), "x.json") {
					t.Fatalf("err = %v, want one naming x.json and %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer l.Release()
			if int(l.Record.NumRows()) != tc.rows {
				t.Errorf("%d rows, want %d", l.Record.NumRows(), tc.rows)
			}
			if tc.wantReject == "" {
				if len(l.Rejected) != 0 {
					t.Errorf("rejected %v", l.Rejected)
				}
				return
			}
			if len(l.Rejected) != 1 || !strings.Contains(l.Rejected[0].Reason, tc.wantReject) {
				t.Errorf("rejected %v, want one with %q", l.Rejected, tc.wantReject)
			}
		})
	}
}
