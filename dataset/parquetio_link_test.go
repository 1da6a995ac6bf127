package dataset

// The tests read and write Parquet tables.
import _ "github.com/cchc-lab/cchc/dataset/parquetio"
