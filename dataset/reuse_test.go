package dataset

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"

	"github.com/cchc-lab/cchc/internal/damagetest"
)

// TestParquetPagesSurviveReuse reads Parquet files of several layouts
// (dictionary and plain, v1 and v2 pages, codecs, small pages, several
// row groups) with an allocator that poisons and reuses freed buffers:
// the rows must equal those read with Go's allocator, and every buffer
// must be freed. The Arrow v15 page reader frees dictionary and v1 data
// pages while they are still decoded, so the page reader must not take
// the caller's allocator.
func TestParquetPagesSurviveReuse(t *testing.T) {
	gomem := memory.NewGoAllocator()
	rec := manyTasks(gomem, 6000)
	defer rec.Release()
	var ours bytes.Buffer
	if err := Write(&ours, FormatParquet, rec, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
	}{
		{"ours", ours.Bytes()},
		{"dict-v1-snappy-groups", damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy), parquet.WithMaxRowGroupLength(1500)), pqarrow.DefaultWriterProps())},
		{"dict-v1-none-small-pages", damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithDataPageSize(2048)), pqarrow.DefaultWriterProps())},
		{"dict-v2-zstd", damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Zstd), parquet.WithDataPageVersion(parquet.DataPageV2)), pqarrow.DefaultWriterProps())},
		{"plain-v1-gzip", damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Gzip), parquet.WithDictionaryDefault(false), parquet.WithDataPageSize(4096)), pqarrow.DefaultWriterProps())},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, err := Read(bytes.NewReader(c.data), c.name+".parquet", FormatParquet, "", gomem)
			if err != nil {
				t.Fatal(err)
			}
			defer want.Release()
			mem := memory.NewCheckedAllocator(&damagetest.ReuseAllocator{})
			got, err := Read(bytes.NewReader(c.data), c.name+".parquet", FormatParquet, "", mem)
			if err != nil {
				t.Fatalf("with buffers reused: %v", err)
			}
			if g, w := fmt.Sprint(got.Record, got.Rejected), fmt.Sprint(want.Record, want.Rejected); g != w {
				t.Errorf("with buffers reused, the rows differ:\n got %.300s\nwant %.300s", g, w)
			}
			if got.RowsRead != 6000 {
				t.Errorf("%d rows read, want 6000", got.RowsRead)
			}
			got.Release()
			mem.AssertSize(t, 0)
		})
	}
}
