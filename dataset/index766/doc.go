// Package index766 reads the national service index of Decision
// 766/QĐ-TTg (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
// người dân, doanh nghiệp, dichvucong.gov.vn) as published figures: the
// total out of 100 and its six groups per province, department or
// ministry and period (Read), as index series for charts and scorecards
// (Series), and the counts behind a province's scores (ReadCounts).
//
// Province names as the portal writes them ("TP Hà Nội", "TP Huế") resolve
// to the register's canonical names (internal/vntext); a province name
// that does not resolve is an error naming the file, line and column.
// The points formula of the tiến độ giải quyết group is in
// indicators/rates (ProgressPoints).
package index766
