// Package textfile holds what every reader of delimited text shares: the
// delimiter sniffer (Delimiter), so that the table reader, the point-rules
// reader and the chart command's own-spreadsheet reader tell ',' from ';'
// by the same rule.
package textfile
