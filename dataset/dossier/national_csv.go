package dossier

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// natCSVChunkSize is the size of the chunks the national CSV reader's
// workers parse.
const natCSVChunkSize = 1 << 20

// natCSVHeadSize is how much of the start of a file is searched for the
// header.
const natCSVHeadSize = 64 << 10

// natCSV is the state of one national CSV read: the file's header and
// delimiter, and the sizes tests lower.
type natCSV struct {
	path      string
	delim     rune
	h         headerMap
	chunkSize int
	workers   int
}

// natItem is one record of a chunk as a worker read it: a National and
// its line, or the reason it was rejected.
type natItem struct {
	n    National
	line int64
	rej  *RowError
}

// natChunk is a chunk of records in file order and, once a worker has
// read it, its items.
type natChunk struct {
	data  []byte
	line  int
	items []natItem
	err   error // a sink's error
	done  chan struct{}
}

// readNationalCSV reads a national-schema CSV file: the header on the
// caller's goroutine, then the records after it in chunks of whole
// records that workers parse in parallel; fn and the rejections see them
// in file order.
func readNationalCSV(path string, opts NationalOptions, fn func(*National, int64) error) error {
	return readNationalCSVWith(path, opts, fn, nil, natCSVChunkSize, runtime.GOMAXPROCS(0))
}

// readNationalCSVWith is readNationalCSV with the chunk size and the
// number of workers given; with sinks (as many as workers), each worker
// passes its records to its own sink instead of fn.
func readNationalCSVWith(path string, opts NationalOptions, fn func(*National, int64) error, sinks []func(*National, int64) error, chunkSize, workers int) error {
	fh, err := os.Open(path)
	if err != nil {
		return i18n.Errorf("open dossier file: %w", err)
	}
	defer fh.Close()
	return readNationalCSVFrom(fh, path, opts, fn, sinks, chunkSize, workers)
}

// readNationalCSVFrom reads national-schema CSV from r, naming path in
// errors.
func readNationalCSVFrom(r io.Reader, path string, opts NationalOptions, fn func(*National, int64) error, sinks []func(*National, int64) error, chunkSize, workers int) error {
	br := bufio.NewReaderSize(r, natCSVHeadSize)
	if sinks != nil {
		workers = len(sinks)
	}
	nc := &natCSV{path: path, chunkSize: chunkSize, workers: max(workers, 1)}
	next, err := nc.readHeader(br)
	if err != nil {
		return err
	}
	ch := &recordChunker{r: br, cut: csvRecordsEnd(byte(nc.delim)), size: chunkSize, line: next}
	return nc.run(ch, &rejecter{opts: opts}, opts.RawText, fn, sinks)
}

// readHeader finds the header (below any title rows), maps it and returns
// the line after it; br is left at the first record after the header.
func (nc *natCSV) readHeader(br *bufio.Reader) (int, error) {
	head, _ := br.Peek(natCSVHeadSize)
	delim, headerLine, ok := findCSVHeader(head)
	if !ok {
		return 0, i18n.Errorf("%s: no header naming the national fields (%s, %s, …) in the first %d rows", nc.path, NatStatus, NatReceivedAt, headerScanRows)
	}
	nc.delim = delim
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		br.Discard(3)
	}
	// br is a large *bufio.Reader: csv.Reader reads from it directly and
	// stops at the end of each record.
	cr := csv.NewReader(br)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			return 0, i18n.Errorf("%s: no header", nc.path)
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && pe.StartLine < headerLine {
				continue
			}
			return 0, i18n.Errorf("%s: header: %w", nc.path, err)
		}
		line, _ := cr.FieldPos(0)
		if line < headerLine {
			continue
		}
		if line > headerLine {
			return 0, i18n.Errorf("%s:%d: no header", nc.path, headerLine)
		}
		nc.h, _ = mapHeader(cells)
		if err := nc.h.check(); err != nil {
			return 0, i18n.Errorf("%s:%d: %w", nc.path, line, err)
		}
		// The next record starts on the line after the header's last.
		return line + 1 + strings.Count(strings.Join(cells, ""), "\n"), nil
	}
}

// run hands the chunks to the workers and passes their items on in file
// order until the end, an error of fn or a rejection that stops reading.
// With sinks (one per worker), each worker passes the records it reads
// to its own sink and keeps only the rejections in the chunk's items.
func (nc *natCSV) run(ch *recordChunker, rj *rejecter, raw bool, fn func(*National, int64) error, sinks []func(*National, int64) error) error {
	stop := make(chan struct{})
	todo := make(chan *natChunk)
	inOrder := make(chan *natChunk, 2*nc.workers)
	var readErr error
	var wg sync.WaitGroup
	wg.Add(1 + nc.workers)
	go func() {
		defer wg.Done()
		defer close(todo)
		defer close(inOrder)
		readErr = nc.split(ch, todo, inOrder, stop)
	}()
	for w := 0; w < nc.workers; w++ {
		var sink func(*National, int64) error
		if sinks != nil {
			sink = sinks[w]
		}
		go func() {
			defer wg.Done()
			rr := rowReader{h: nc.h}
			rr.cache = newNFCCache(raw)
			for c := range todo {
				if c.err == nil {
					c.items, c.err = nc.parse(&rr, c.data, c.line, sink)
				}
				c.data = nil
				close(c.done)
			}
		}()
	}
	err := nc.deliver(inOrder, rj, fn)
	close(stop)
	for range inOrder {
		// Let the splitter finish.
	}
	wg.Wait()
	if err == nil && readErr != nil {
		err = i18n.Errorf("%s: %w", nc.path, readErr)
	}
	return err
}

// split reads the chunks and queues each both for a worker and, in file
// order, for deliver.
func (nc *natCSV) split(ch *recordChunker, todo, inOrder chan<- *natChunk, stop <-chan struct{}) error {
	for {
		data, line, err := ch.next()
		if err != nil || data == nil {
			return err
		}
		c := &natChunk{data: data, line: line, done: make(chan struct{})}
		select {
		case inOrder <- c:
		case <-stop:
			return nil
		}
		select {
		case todo <- c:
		case <-stop:
			return nil
		}
	}
}

// deliver passes the items of the chunks in file order to fn and to the
// rejecter.
func (nc *natCSV) deliver(inOrder <-chan *natChunk, rj *rejecter, fn func(*National, int64) error) error {
	for c := range inOrder {
		<-c.done
		if c.err != nil {
			return c.err
		}
		for i := range c.items {
			it := &c.items[i]
			if it.rej != nil {
				if e := rj.reject(it.rej); e != nil {
					return e
				}
				continue
			}
			if err := fn(&it.n, it.line); err != nil {
				return err
			}
		}
	}
	return nil
}

// parse reads the records of one chunk whose first line is line. With a
// sink, the records that keep the rules go to it and only the rejections
// are returned; a sink's error stops the chunk and is returned.
func (nc *natCSV) parse(rr *rowReader, data []byte, line int, sink func(*National, int64) error) ([]natItem, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = nc.delim
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var items []natItem
	if sink == nil {
		items = make([]natItem, 0, len(data)/256)
	}
	rejectAt := func(l int, e *RowError) { items = append(items, natItem{line: int64(l), rej: e}) }
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			return items, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				rejectAt(line, &RowError{File: nc.path, Line: line, Reason: RejectUnreadable, Err: err})
				return items, nil
			}
			l := line + pe.StartLine - 1
			pe.StartLine, pe.Line = l, line+pe.Line-1
			rejectAt(l, &RowError{File: nc.path, Line: l, Reason: RejectUnreadable, Err: pe.Err})
			continue
		}
		rel, _ := cr.FieldPos(0)
		l := line + rel - 1
		if blank(cells) {
			continue
		}
		if len(cells) > len(nc.h.labels) && !blank(cells[len(nc.h.labels):]) {
			rejectAt(l, &RowError{File: nc.path, Line: l, Reason: RejectUnreadable,
				Err: i18n.Errorf("%d fields, header has %d", len(cells), len(nc.h.labels))})
			continue
		}
		n, fe := rr.read(cells)
		if fe != nil {
			rejectAt(l, fe.rowError(nc.path, l, "", ""))
			continue
		}
		if sink != nil {
			if err := sink(n, int64(l)); err != nil {
				return items, err
			}
			continue
		}
		items = append(items, natItem{n: *n, line: int64(l)})
	}
}
