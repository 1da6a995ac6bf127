package plandoc

import (
	"slices"
	"strconv"
	"strings"
)

// Bare tables of an index's aims.
//
// A plan to raise an index (PCI, PAR INDEX) and the press items on it
// often give a table of the index's parts, their past ranks and the aim
// for the plan's year, which a web page's text prints one cell a line
// with no number to a row:
//
//	Chỉ số / Xếp hạng / Năm 2017 / Năm 2018 / Mục tiêu năm 2019
//	Chi phí thời gian / 34 / 54 / Phấn đấu nằm trong top 30
//	Tính minh bạch / 16 / 1 / Duy trì vị trí dẫn đầu
//
// bareAimRows reads such a table into rows of targets: each row is a
// name, as many figures as the header has past columns, and the aim.

// bareAimNames are the folded words the header's first cell, naming the
// rows, may be.
var bareAimNames = []string{"chi so", "chi so thanh phan", "ten chi so", "chi tieu", "ten chi tieu", "tieu chi", "noi dung"}

// bareHeadCellBytes is the most bytes a line holding one short header
// cell ("STT", "Chỉ số") may take, marks and spaces around it included.
const bareHeadCellBytes = 40

// bareAimRows returns the rows of a bare table of an index's aims in p
// (its header's first cell one of bareAimNames, its last "Mục tiêu …"
// after one or more columns of past years), with a header row first as
// rowTargets reads it, and the year the aim column names (year when it
// names none); nil when p holds no such table.
func bareAimRows(p *page, year int) ([]cellRow, int) {
	for i := range p.lines {
		if len(p.lines[i]) > bareHeadCellBytes || !slices.Contains(bareAimNames, tkFold(bareText(p.lines, i))) {
			continue
		}
		past, aim, next := bareAimHeader(p, i)
		if aim == "" {
			continue
		}
		rows := []cellRow{{cells: []string{"TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu"}, line: i}}
		for j := next; j < len(p.lines); {
			row, end, ok := bareAimRow(p, j, past)
			if !ok {
				break
			}
			rows = append(rows, row)
			j = end
		}
		if len(rows) < 3 {
			continue
		}
		if sm := mdYearRe.FindStringSubmatch(tkFold(aim)); sm != nil {
			year, _ = strconv.Atoi(sm[1])
		}
		return rows, year
	}
	return nil, year
}

// bareAimHeader reads the header cells after the first at line i: the
// columns of past years ("Năm 2017", "2018"; a spanning "Xếp hạng" passed
// over), then the aim's ("Mục tiêu năm 2019"), which ends it. It returns
// how many past columns there are, the aim's cell ("" when the header is
// no such header) and the line after it.
func bareAimHeader(p *page, i int) (past int, aim string, next int) {
	for j := i + 1; j < len(p.lines) && j <= i+bareAimHeaderLines; j++ {
		t := bareText(p.lines, j)
		f := tkFold(t)
		switch {
		case t == "":
			continue
		case strings.HasPrefix(f, "muc tieu") || strings.HasPrefix(f, "chi tieu nam") || strings.HasPrefix(f, "ke hoach nam"):
			if past == 0 {
				return 0, "", i
			}
			return past, t, j + 1
		case bareYearRe.MatchString(strings.TrimPrefix(f, "nam ")) && !runesOver(t, 12):
			past++
		case f == "xep hang" || f == "diem so" || f == "ket qua" || f == "thu hang":
			// a cell spanning the years' columns
		default:
			return 0, "", i
		}
	}
	return 0, "", i
}

// bareAimHeaderLines is how many lines after its first cell a header of
// an index's aims may take.
const bareAimHeaderLines = 8

// bareAimRow reads the row at line j: a name of words, past figures (a
// rank or a score each, "-" for none) and the aim's cell; the row, the
// line after it, and false when the lines there are no such row.
func bareAimRow(p *page, j, past int) (cellRow, int, bool) {
	var cells []string
	at := -1
	for k := j; k < len(p.lines) && len(cells) < past+2; k++ {
		t := bareText(p.lines, k)
		if t == "" {
			if strings.TrimSpace(p.lines[k]) != "" {
				return cellRow{}, j, false
			}
			continue
		}
		n := len(cells)
		figure := bareFigureCell(t)
		switch {
		case n == 0 && (figure || runesOver(t, 80)):
			return cellRow{}, j, false // a row opens with the name of an index's part
		case n > 0 && n <= past && !figure:
			return cellRow{}, j, false
		}
		if n == past+1 {
			at = k
		}
		cells = append(cells, t)
		if len(cells) == past+2 {
			return cellRow{cells: []string{"", cells[0], "", cells[past+1]}, line: at}, k + 1, true
		}
	}
	return cellRow{}, j, false
}

// bareFigureCell reports whether a cell is a past figure: a number ("26",
// "58,5") or a dash for none.
func bareFigureCell(t string) bool {
	if t == "-" || t == "–" {
		return true
	}
	for _, r := range t {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return t != ""
}
