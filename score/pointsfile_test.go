package score

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

func TestReadPointRules(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		rules []PointRule
		lines []int
	}{
		{"ids", "code,metric,max_points,kind,threshold\nII.3.2b,,2,threshold,90\n,satisfaction_rate,\"1,5\",,\nII.4.3,,1,all_or_nothing,\n,,0.5,proportional,\n",
			[]PointRule{{Code: "II.3.2b", Kind: PointsThreshold, Max: 2, Threshold: 90}, {Metric: "satisfaction_rate", Kind: PointsProportional, Max: 1.5},
				{Code: "II.4.3", Kind: PointsAllOrNothing, Max: 1}, {Kind: PointsProportional, Max: 0.5}},
			[]int{2, 3, 4, 5}},
		{"Vietnamese header, semicolons, BOM, CRLF, comments, note column, percent sign",
			"\uFEFF# Thang điểm theo Quyết định 766/QĐ-TTg\r\n# (minh họa)\r\nMã chỉ tiêu;Chỉ tiêu;Điểm tối đa;Cách tính;Ngưỡng\r\nII.3.2c;Thanh toán trực tuyến;2;Ngưỡng;60%\r\n\r\nII.5.3;Thu hút nhân tài;1;đạt/không đạt;\r\n",
			[]PointRule{{Code: "II.3.2c", Kind: PointsThreshold, Max: 2, Threshold: 60}, {Code: "II.5.3", Kind: PointsAllOrNothing, Max: 1}},
			[]int{4, 6}},
		{"metric column only, kind column absent", "metric,max\nonline_submission_rate,2\nonline_payment_rate,1\n",
			[]PointRule{{Metric: "online_submission_rate", Kind: PointsProportional, Max: 2}, {Metric: "online_payment_rate", Kind: PointsProportional, Max: 1}},
			[]int{2, 3}},
		{"kind with dashes, code and metric together", "code,metric,max_points,kind\nII.4.3,civil_servant_headcount,1,All-or-nothing\n",
			[]PointRule{{Code: "II.4.3", Metric: "civil_servant_headcount", Kind: PointsAllOrNothing, Max: 1}}, []int{2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rules, lines, err := ReadPointRules(strings.NewReader(tc.in), "points.csv")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(rules, tc.rules) || !reflect.DeepEqual(lines, tc.lines) {
				t.Errorf("got %+v lines %v\nwant %+v lines %v", rules, lines, tc.rules, tc.lines)
			}
		})
	}
}

func TestReadPointRulesErrors(t *testing.T) {
	const h = "code,metric,max_points,kind,threshold\n"
	tests := []struct {
		name string
		in   string
		want []string // substrings of the error, in order of the lines
	}{
		{"empty", "", []string{"points.csv: bad point rule: the file is empty"}},
		{"header only", h, []string{"points.csv: bad point rule: no rules"}},
		{"no max column", "code,kind\nII.1,threshold\n", []string{"points.csv:1: bad point rule: no max_points column"}},
		{"no code or metric column", "max_points\n2\n", []string{"points.csv:1: bad point rule: no code or metric column"}},
		{"unknown column", "code,max_points,threshhold\nII.1,2,60\n", []string{`points.csv:1: bad point rule: unknown column "threshhold"`}},
		{"column twice", "code,ma,max_points\nII.1,II.2,2\n", []string{`columns "code" and "ma" both name code`}},
		{"not UTF-8", "code,max_points\nII.1,\xff\n", []string{"not UTF-8"}},
		{"bad rows",
			h + "II.1,,two,,\n" + // 2
				"II.2,,,,\n" + // 3
				"II.3,,0,,\n" + // 4
				"II.4,,2,capped,\n" + // 5
				"II.5,,2,proportional,60\n" + // 6
				"II.6,,2,threshold,-5\n" + // 7
				"II.7,,2,threshold,sáu mươi\n" + // 8
				"II.8,,2\n" + // 9
				"II.9,,2,,\n" + // 10: fine
				"II.9,,3,,\n" + // 11: repeats line 10
				",m,1,,\n,m,2,,\n" + // 12, 13
				",,1,,\n,,2,,\n", // 14, 15
			[]string{
				`points.csv:2: max_points "two": not a number`,
				`points.csv:3: max_points "": max_points is blank`,
				`points.csv:4: max_points "0": max_points must be above 0`,
				`points.csv:5: kind "capped": unknown kind (want proportional, threshold or all_or_nothing)`,
				`points.csv:6: threshold "60": a threshold is used by kind threshold only, not proportional`,
				`points.csv:7: threshold "-5": threshold must be above 0`,
				`points.csv:8: threshold "sáu mươi": not a number`,
				`points.csv:9: 3 fields, the header has 5`,
				`points.csv:11: code "II.9": repeats the rule of line 10`,
				`points.csv:13: metric "m": repeats the rule of line 12`,
				`points.csv:15: code "": a second rule with code and metric blank (line 14 has one)`,
			}},
		{"bare quote", h + "II.1,,2,,\nII\"2,,2,,\n", []string{`points.csv:3: bare " in non-quoted-field`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rules, _, err := ReadPointRules(strings.NewReader(tc.in), "points.csv")
			if err == nil {
				t.Fatalf("no error; rules %+v", rules)
			}
			if !errors.Is(err, ErrBadPointRule) {
				t.Errorf("error %v does not wrap ErrBadPointRule", err)
			}
			msg := err.Error()
			at := 0
			for _, w := range tc.want {
				i := strings.Index(msg[at:], w)
				if i < 0 {
					t.Errorf("error lacks %q (after offset %d):\n%s", w, at, msg)
					continue
				}
				at += i + len(w)
			}
			var es PointRuleErrors
			if errors.As(err, &es) && len(es) != len(tc.want) {
				t.Errorf("%d errors, want %d:\n%s", len(es), len(tc.want), msg)
			}
		})
	}
}

func TestCheckPointRules(t *testing.T) {
	targets := []dataset.Target{
		{Code: "II.3.2b", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "percent"},
		{Code: "II.3.4a", Metric: "satisfaction_rate", Comparator: ">=", Value: 95, Unit: "percent"},
		{Code: "II.9", Metric: "", Comparator: "<=", Value: 5, Unit: "percent"},
		{Code: "II.10", Comparator: ">=", Value: 0, Unit: "count"},
	}
	tests := []struct {
		name  string
		rules []PointRule
		want  []string // nil: no error
	}{
		{"good", []PointRule{{Code: "II.3.2b", Kind: PointsThreshold, Max: 2}, {Metric: "satisfaction_rate", Max: 1},
			{Code: "II.9", Kind: PointsAllOrNothing, Max: 1}, {Max: 0.5}}, nil},
		{"code nobody has", []PointRule{{Code: "II.3.2", Max: 1}}, []string{`p.csv:2: code "II.3.2": no target has this code`}},
		{"metric of another target", []PointRule{{Code: "II.3.2b", Metric: "satisfaction_rate", Max: 1}},
			[]string{`p.csv:2: metric "satisfaction_rate": target II.3.2b does not measure this metric`}},
		{"known metric no target uses", []PointRule{{Metric: "online_payment_rate", Max: 1}},
			[]string{`p.csv:2: metric "online_payment_rate": no target measures this metric`}},
		{"unknown metric", []PointRule{{Metric: "online_submision_rate", Max: 1}},
			[]string{`p.csv:2: metric "online_submision_rate": unknown metric id (did you mean online_submission_rate`}},
		{"threshold on a ceiling", []PointRule{{Max: 1}, {Code: "II.9", Kind: PointsThreshold, Max: 1, Threshold: 5}},
			[]string{`p.csv:3: kind "threshold": target II.9 is a ceiling (<= 5)`}},
		{"threshold from a zero target", []PointRule{{Kind: PointsThreshold, Max: 1}, {Code: "II.9", Max: 1}},
			[]string{`p.csv:2: threshold "": blank, and the value of target II.10 is 0`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := make([]int, len(tc.rules))
			for i := range lines {
				lines[i] = i + 2
			}
			err := CheckPointRules(tc.rules, lines, "p.csv", targets, nil)
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !errors.Is(err, ErrBadPointRule) {
				t.Errorf("error %v does not wrap ErrBadPointRule", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

// A threshold rule without a threshold takes the target's value as X.
func TestThresholdFromTargetValue(t *testing.T) {
	r := DefaultRules()
	r.Points = []PointRule{{Kind: PointsThreshold, Max: 2}}
	tg := dataset.Target{Code: "II.3.2c", Comparator: ">=", Value: 60, Unit: "percent", Year: 2025}
	tests := []struct {
		actual, points float64
	}{{72, 2}, {60, 2}, {45, 1.5}, {0, 0}}
	for _, tc := range tests {
		s := ScoreTarget(tg, f(tc.actual), nil, r)
		if s.Points == nil || !approxEq(*s.Points, tc.points, 1e-12) || s.MaxPoints == nil || *s.MaxPoints != 2 {
			t.Errorf("actual %v: points %v of %v, want %v of 2", tc.actual, s.Points, s.MaxPoints, tc.points)
		}
	}
}

// ReadPointRules and CheckPointRules never panic, and every rule returned
// has a line and a maximum above 0.
func FuzzReadPointRules(f *testing.F) {
	for _, s := range []string{
		"code,metric,max_points,kind,threshold\nII.3.2b,,2,threshold,90\n,,0.5,,\n",
		"\uFEFF# c\r\nMã chỉ tiêu;Điểm tối đa;Ngưỡng;Cách tính\r\nII.1;2;60%;ngưỡng\r\n",
		"code,max_points\nII\"1,2\n\"a,3\n",
		"metric\tmax\nm\t1,5\n",
		"", "#", "code,code\n", "code,max_points\n,,\n",
	} {
		f.Add(s)
	}
	targets := []dataset.Target{{Code: "II.1", Comparator: "<=", Value: 5}, {Code: "II.3.2b", Metric: "m", Comparator: ">=", Value: 0}}
	f.Fuzz(func(t *testing.T, in string) {
		rules, lines, err := ReadPointRules(strings.NewReader(in), "f.csv")
		if len(rules) != len(lines) {
			t.Fatalf("%d rules, %d lines", len(rules), len(lines))
		}
		for i, p := range rules {
			if !(p.Max > 0) || lines[i] < 1 {
				t.Fatalf("rule %+v at line %d", p, lines[i])
			}
		}
		if err == nil && len(rules) == 0 {
			t.Fatal("no rules and no error")
		}
		_ = CheckPointRules(rules, lines, "f.csv", targets, nil)
	})
}

func TestPointRuleFor(t *testing.T) {
	r := Rules{Points: []PointRule{{Max: 0.5}, {Metric: "m", Max: 1}, {Code: "A", Max: 2}, {Code: "B", Metric: "m", Max: 3}}}
	tests := []struct {
		code, metric string
		max          float64 // 0: no rule
	}{
		{"A", "m", 2}, {"A", "", 2}, {"C", "m", 1}, {"C", "", 0.5}, {"B", "m", 3}, {"B", "x", 0.5},
	}
	for _, tc := range tests {
		p, ok := r.PointRuleFor(tc.code, tc.metric)
		if !ok || p.Max != tc.max {
			t.Errorf("PointRuleFor(%q, %q) = %+v, %v; want max %v", tc.code, tc.metric, p, ok, tc.max)
		}
	}
	if _, ok := (&Rules{}).PointRuleFor("A", "m"); ok {
		t.Error("a rule found with no rules")
	}
}
