package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/plots/report"
	"github.com/cchc-lab/cchc/score"
)

// flagParseError returns the error parseFlags gives for args.
func flagParseError(t *testing.T, args ...string) error {
	t.Helper()
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Int("rows", 0, "")
	fs.Bool("q", false, "")
	_, err := parseFlags(fs, args)
	if err == nil {
		t.Fatalf("%q parsed", args)
	}
	return err
}

// hinted returns the error of an observations file naming an unknown
// metric, with the hint the scorecard command adds in Vietnamese.
func hinted() error {
	_, err := score.Scorecard(
		[]dataset.Target{{Code: "1", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "%", Year: 2025}},
		[]dataset.Observation{{Entity: "Hà Tĩnh", Year: 2025, Metric: "x", Value: 1}},
		score.Options{Catalogue: indicators.Default(), File: "a.csv", Lines: []int{2}})
	addFlagHints(err)
	return err
}

// TestErrorText writes errors of each kind in both languages: the
// command's own and the flag package's in the catalogue's words (English
// too), also at the end of an error that wraps them; a library's as it is.
func TestErrorText(t *testing.T) {
	own := newError(i18n.Msgf("--data FILE is required"))
	cause := newError(i18n.Msgf("%s: no quantitative targets to score", "kh.txt"))
	tests := []struct {
		name   string
		err    error
		en, vi string
	}{
		{"the command's own", own, "--data FILE is required", "cần chỉ ra bảng dữ liệu: --data TỆP"},
		{"wrapped", fmt.Errorf("a.csv: %w", own), "a.csv: --data FILE is required", "a.csv: cần chỉ ra bảng dữ liệu: --data TỆP"},
		{"an error as argument", newError(i18n.Msgf("writing %s: %v", "o.csv", cause)),
			"writing o.csv: kh.txt: no quantitative targets to score", "ghi o.csv: kh.txt: không có chỉ tiêu định lượng nào để chấm"},
		{"unknown flag", flagParseError(t, "--nope"), "unknown flag -nope", "không có tùy chọn -nope"},
		{"bad number", flagParseError(t, "--rows", "x"), `invalid value "x" for the flag -rows: not a valid value`,
			`giá trị "x" không hợp lệ cho tùy chọn -rows: giá trị không đúng dạng`},
		{"no value", flagParseError(t, "--rows"), "the flag -rows needs a value", "tùy chọn -rows cần một giá trị"},
		{"no browser", fmt.Errorf("CCHC_CHROMIUM=/x: not found; %w", report.ErrNoChromium),
			"CCHC_CHROMIUM=/x: not found; " + report.NoChromiumText,
			"CCHC_CHROMIUM=/x: not found; để in PDF cần trình duyệt Chromium chạy ẩn: cài gói Debian \"chromium\" (apt-get install chromium), hoặc đặt CCHC_CHROMIUM là đường dẫn tới trình duyệt"},
		{"a library's, in the catalogue", fmt.Errorf("scoring: %w", score.ErrUnknownMetric),
			"scoring: unknown metric id", "scoring: mã chỉ số không có trong danh mục"},
		{"a library's typed error with the command's hint", hinted(),
			`1 bad observation(s):
  a.csv:2: metric "x": unknown metric id (see "cchc indicators list")`,
			`1 số liệu thực hiện sai:
  a.csv:2: metric "x": mã chỉ số không có trong danh mục (xem "cchc indicators list")`},
		{"a library's outside the catalogue, as it is", errors.New("open x.csv: no such file or directory"),
			"open x.csv: no such file or directory", "open x.csv: no such file or directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := errorText(tc.err, i18n.EN); got != tc.en {
				t.Errorf("en: %q, want %q", got, tc.en)
			}
			if got := errorText(tc.err, i18n.VI); got != tc.vi {
				t.Errorf("vi: %q, want %q", got, tc.vi)
			}
		})
	}
	if !errors.Is(newError(i18n.Msgf("writing %s: %v", "o.csv", report.ErrNoChromium)), report.ErrNoChromium) {
		t.Error("a cmdError does not unwrap to its error argument")
	}
}
