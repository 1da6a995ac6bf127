package plandoc

import (
	"regexp"
	"strconv"
	"strings"
)

// Schedules without a header.
//
// A press item or an excerpt may print a plan's schedule as a table whose
// header row was lost (an image, a merged cell the converter dropped):
// rows "1 | Hoàn thành xét duyệt nghĩa vụ quân sự | Trước 31/8/2025 |",
// numbered from 1, a task and the time it is due by, a lone "|" closing a
// cell broken over lines. Without a header no column is known, but the
// rows say it themselves: a running number, a text, and a last cell that
// states a time. headerlessRows reads such tables as task rows.

// hlRowRe matches the first line of a row of a schedule without a header:
// its number, its task cell and the rest of the row.
var hlRowRe = regexp.MustCompile(`^\s*\|?\s*(\d{1,3})\.?\s*\|\s*([^|]*\pL[^|]*?)\s*\|\s*(.*?)\s*$`)

// hlLeast is how many rows a schedule without a header needs.
const hlLeast = 3

// headerlessRows returns the task rows of the schedules without a header
// in lines that stand on no line of taken (the rows the other readers
// found): runs of at least hlLeast rows numbered 1, 2, 3, … whose last
// cell states a time in at least two rows of three.
func headerlessRows(lines []string, taken []annexRow) []annexRow {
	used := map[int]bool{}
	for _, r := range taken {
		used[r.line] = true
	}
	var out []annexRow
	for i := 0; i < len(lines); i++ {
		if !hlMayOpen(lines[i]) {
			continue
		}
		m := hlRowRe.FindStringSubmatch(lines[i])
		if m == nil || m[1] != "1" || used[i+1] {
			continue
		}
		rows, end := hlRun(lines, i)
		if len(rows) >= hlLeast && hlTimed(rows) {
			out = append(out, rows...)
			i = end - 1
		}
	}
	return out
}

// hlMayOpen reports whether line may be the first row of a schedule: its
// number, after white space (\s) and a pipe, starts with "1", as the
// number hlRowRe reads must for the first row. Most lines fail this
// without hlRowRe being run on them.
func hlMayOpen(line string) bool {
	t := strings.TrimLeft(line, "\t\n\f\r ")
	t = strings.TrimLeft(strings.TrimPrefix(t, "|"), "\t\n\f\r ")
	return strings.HasPrefix(t, "1")
}

// hlRun reads the rows of a schedule from its first row, line start: each
// row numbered one more than the last, the lines between rows blank or
// closing a cell ("|"), a line of text after a row's last cell going on
// with that cell. It returns the rows and the line after the last.
func hlRun(lines []string, start int) ([]annexRow, int) {
	var rows []annexRow
	i := start
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if m := hlRowRe.FindStringSubmatch(lines[i]); m != nil {
			if n, _ := strconv.Atoi(m[1]); n != len(rows)+1 {
				break
			}
			r := annexRow{line: i + 1, raw: []string{lines[i]}}
			r.cells[colCode] = m[1]
			r.cells[colTask] = m[2]
			r.cells[colDeadline] = strings.TrimSpace(strings.Trim(m[3], "| "))
			rows = append(rows, r)
			continue
		}
		if t == "" || strings.Trim(t, "| ") == "" {
			continue
		}
		if len(rows) == 0 || strings.Contains(t, "|") && !strings.HasSuffix(t, "|") {
			break
		}
		// A cell broken over lines: the text goes on with the last cell.
		last := &rows[len(rows)-1]
		if strings.ContainsAny(last.raw[len(last.raw)-1], "|") && strings.HasSuffix(strings.TrimSpace(last.raw[len(last.raw)-1]), "|") {
			break // the row was closed: this is text after the table
		}
		last.raw = append(last.raw, lines[i])
		last.cells[colDeadline] = strings.TrimSpace(last.cells[colDeadline] + " " + strings.Trim(t, "| "))
	}
	return rows, i
}

// hlTimed reports whether the last cells of at least two rows in three
// state a time (annexTimeish: a date, a month, a quarter, "trước", "định
// kỳ").
func hlTimed(rows []annexRow) bool {
	timed := 0
	for _, r := range rows {
		if annexTimeish.MatchString(tkFold(r.cells[colDeadline])) {
			timed++
		}
	}
	return timed*3 >= len(rows)*2
}
