package dossier

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"sort"
	"strconv"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// readNationalJSON reads the sync payload: one object per dossier, as a
// single object, an array of objects, or objects one after another (one
// per line). Keys are matched like CSV headers (NationalField); the fee is
// LePhi plus the Gia of every DanhSachLePhi item.
func readNationalJSON(path string, opts NationalOptions, fn func(*National, int64) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return i18n.Errorf("open dossier file: %w", err)
	}
	return readNationalJSONData(data, path, opts, fn)
}

// readNationalJSONData reads the JSON data of the file path.
func readNationalJSONData(data []byte, path string, opts NationalOptions, fn func(*National, int64) error) error {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	lines := lineCounter{data: data}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	start := bytes.TrimLeft(data, " \t\r\n")
	if len(start) > 0 && start[0] == '[' {
		if _, err := dec.Token(); err != nil {
			return i18n.Errorf("%s:1: %w", path, err)
		}
	}
	rj := &rejecter{opts: opts}
	var row nationalRow
	for dec.More() {
		off := dec.InputOffset()
		line := lines.lineAt(off + int64(len(leadingSpace(data[off:]))))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			// The decoder cannot go on after a syntax error.
			if e := rj.reject(&RowError{File: path, Line: line, Reason: RejectUnreadable, Err: err}); e != nil {
				return e
			}
			return nil
		}
		n, fe := row.readJSON(raw)
		if fe != nil {
			if e := rj.reject(fe.rowError(path, line, "", "")); e != nil {
				return e
			}
			continue
		}
		if err := fn(n, int64(line)); err != nil {
			return err
		}
	}
	if len(start) > 0 && start[0] == '[' {
		if _, err := dec.Token(); err != nil && err != io.EOF {
			return i18n.Errorf("%s:%d: %w", path, lines.lineAt(dec.InputOffset()), err)
		}
	}
	return nil
}

func leadingSpace(b []byte) []byte {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n' || b[i] == ',') {
		i++
	}
	return b[:i]
}

// readJSON reads one JSON object into the row.
func (r *nationalRow) readJSON(raw json.RawMessage) (*National, *fieldError) {
	r.reset()
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return nil, &fieldError{reason: RejectUnreadable, err: i18n.Errorf("not a JSON object: %w", err)}
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := obj[k]
		if isKey(k, NatFeeList) {
			if e := r.addFeeList(v); e != nil {
				return nil, e
			}
			continue
		}
		f, ok := NationalField(k)
		if !ok {
			continue
		}
		s, err := jsonText(v)
		if err != nil {
			return nil, &fieldError{reason: RejectBadValue, field: f, value: string(v), err: err}
		}
		if e := r.set(f, s, nil); e != nil {
			return nil, e
		}
	}
	if e := r.finish(r.n.Status != 0); e != nil {
		return nil, e
	}
	return &r.n, nil
}

// isKey reports whether a JSON key names field (any case).
func isKey(k, field string) bool { return bytes.EqualFold([]byte(k), []byte(field)) }

// addFeeList adds the Gia of every item of DanhSachLePhi to the fee.
func (r *nationalRow) addFeeList(v json.RawMessage) *fieldError {
	if string(v) == "null" {
		return nil
	}
	var items []map[string]json.RawMessage
	if err := json.Unmarshal(v, &items); err != nil {
		return &fieldError{reason: RejectBadValue, field: NatFeeList, value: string(v), err: i18n.Errorf("not a list of fees: %w", err)}
	}
	for _, it := range items {
		for k, p := range it {
			if !isKey(k, NatFeePrice) {
				continue
			}
			s, err := jsonText(p)
			if err == nil {
				err = asFieldErr(r.set(NatFee, s, nil))
			}
			if err != nil {
				return &fieldError{reason: RejectBadValue, field: NatFeeList + "." + NatFeePrice, value: string(p), err: err}
			}
		}
	}
	return nil
}

func asFieldErr(e *fieldError) error {
	if e == nil {
		return nil
	}
	return e
}

// jsonText returns a scalar JSON value as text ("" for null, "1"/"0" for
// booleans).
func jsonText(v json.RawMessage) (string, error) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || string(v) == "null" {
		return "", nil
	}
	switch v[0] {
	case '"':
		var s string
		err := json.Unmarshal(v, &s)
		return s, err
	case 't':
		return "1", nil
	case 'f':
		return "0", nil
	case '{', '[':
		return "", i18n.Errorf("a list or object where a value is expected")
	}
	if _, err := strconv.ParseFloat(string(v), 64); err != nil {
		return "", err
	}
	return string(v), nil
}

// lineCounter finds the line of a byte offset, moving forward.
type lineCounter struct {
	data []byte
	off  int64
	line int
}

func (c *lineCounter) lineAt(off int64) int {
	if off > int64(len(c.data)) {
		off = int64(len(c.data))
	}
	if c.line == 0 {
		c.line = 1
	}
	if off < c.off {
		c.off, c.line = 0, 1
	}
	c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}
