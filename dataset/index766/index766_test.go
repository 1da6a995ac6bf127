package index766

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var realDir = filepath.Join("..", "..", "testdata", "real")

const ytd = "2025 (year to date)"

func TestReadReal(t *testing.T) {
	rows, err := Read(filepath.Join(realDir, "index_766.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 599 {
		t.Errorf("%d rows, want 599", len(rows))
	}
	// 34 provinces, each with a total and six groups that add up to it.
	totals := map[string]float64{}
	sums := map[string]float64{}
	for _, r := range rows {
		if r.Level != LevelProvince || r.Period != ytd {
			continue
		}
		if r.Group == GroupTotal {
			totals[r.Province] = r.Value
		} else {
			sums[r.Province] += r.Value
		}
	}
	if len(totals) != 34 {
		t.Errorf("%d provinces in %s, want 34", len(totals), ytd)
	}
	for p, tot := range totals {
		if math.Abs(tot-sums[p]) > 0.02 {
			t.Errorf("%s: total %.2f, groups add up to %.2f", p, tot, sums[p])
		}
	}
	for _, name := range []string{"Hà Nội", "Huế", "Thành phố Hồ Chí Minh", "Hà Tĩnh"} {
		if _, ok := totals[name]; !ok {
			t.Errorf("%s is not among the provinces (names as the portal writes them must resolve)", name)
		}
	}
	if v := Series(rows, ytd); len(v) != 34*7 {
		t.Errorf("series: %d values", len(v))
	}
}

// TestHaTinhOnTimeShare derives Hà Tĩnh's on-time share from its tiến độ
// points (points = 20 × share).
func TestHaTinhOnTimeShare(t *testing.T) {
	rows, err := Read(filepath.Join(realDir, "index_766.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Province == "Hà Tĩnh" && r.Period == ytd && r.Group == GroupProgress {
			share := 100 * r.Value / r.MaxPoints
			t.Logf("Hà Tĩnh %s: %.2f of %.0f points → on-time share %.2f%%", ytd, r.Value, r.MaxPoints, share)
			if r.MaxPoints != 20 || share <= 0 || share > 100 {
				t.Errorf("Hà Tĩnh progress row %+v", r)
			}
			return
		}
	}
	t.Fatal("no Hà Tĩnh tiến độ row")
}

// TestPhuThoCounts checks the Phú Thọ counts against its points:
// 528,684 / 597,918 = 88.42% → 17.68 of 20.
func TestPhuThoCounts(t *testing.T) {
	cs, err := ReadCounts(filepath.Join(realDir, "phu_tho_766_counts_2026.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 22 {
		t.Errorf("%d counts, want 22", len(cs))
	}
	c := cs[0]
	if c.Province != "Phú Thọ" || c.Numerator != 528684 || c.Denominator != 597918 || c.Points != 17.68 || c.MaxPoints != 20 {
		t.Fatalf("first count %+v", c)
	}
	share := float64(c.Numerator) / float64(c.Denominator)
	if got := math.Round(share*10000) / 100; got != 88.42 {
		t.Errorf("share %.4f%%, want 88.42", 100*share)
	}
	if got := math.Round(20*share*100) / 100; got != c.Points {
		t.Errorf("points %.2f, want %.2f", 20*share, c.Points)
	}
	// The other published points are not all max × share: the portal's
	// scale for them is not linear, which is why cchc computes only the
	// tiến độ points.
	var linear, other []string
	for _, c := range cs[1:] {
		if c.Numerator < 0 || c.Denominator <= 0 || math.IsNaN(c.Points) {
			continue
		}
		want := c.MaxPoints * float64(c.Numerator) / float64(c.Denominator)
		if math.Abs(want-c.Points) <= 0.006 {
			linear = append(linear, c.Metric)
		} else {
			other = append(other, c.Metric)
		}
	}
	t.Logf("linear: %v; not linear: %v", linear, other)
	if len(other) == 0 {
		t.Error("every published points value is linear in its share; the package doc says otherwise")
	}
}

func TestReadErrors(t *testing.T) {
	head := strings.Join(columns, ",") + "\n"
	cases := []struct{ row, want string }{
		{"766 total,Atlantis,province,2025,,90,100,1,x", `:2: column "unit": "Atlantis"`},
		{"766 foo,Hà Tĩnh,province,2025,,90,100,1,x", `:2: column "index"`},
		{"766 total,Hà Tĩnh,province,2025,,abc,100,1,x", `:2: column "value"`},
		{"766 total,Hà Tĩnh,province,năm nay,,90,100,1,x", `:2: column "period"`},
		{"766 total,Hà Tĩnh,region,2025,,90,100,1,x", `:2: column "level"`},
	}
	for _, c := range cases {
		p := filepath.Join(t.TempDir(), "x.csv")
		os.WriteFile(p, []byte(head+c.row+"\n"), 0o644)
		_, err := Read(p)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.row, err, c.want)
		}
	}
}
