package plandoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtractTasks measures the task extractor over the five seed
// plans; it reports MB/s of input.
func BenchmarkExtractTasks(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "plans", "*.txt"))
	var docs [][]string
	size := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		size += len(data)
		docs = append(docs, strings.Split(string(data), "\n"))
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, lines := range docs {
			extractTasks(lines, 2024)
		}
	}
}
