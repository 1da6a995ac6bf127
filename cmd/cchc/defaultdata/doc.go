// Package defaultdata holds the data "cchc scorecard" runs on when it is
// given no files: the Hà Tĩnh 2025 CCHC plan (Quyết định 3098/QĐ-UBND,
// the seed plan testdata/plans/003_a5b74ff242722c67.txt) and a file of
// illustrative observations for it. The observations are made up to show
// a complete scorecard; they are not published figures, and their file
// name and every row's source say so.
package defaultdata
