package vntext

import (
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestEmbeddedMergerFileMatchesTestdata(t *testing.T) {
	want, err := os.ReadFile("../../testdata/province_merger_2025.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mergerCSV, want) {
		t.Fatal("internal/vntext/data/province_merger_2025.csv differs from testdata/province_merger_2025.csv; copy it again")
	}
}

func TestRegisterCounts(t *testing.T) {
	old, new := OldProvinces(), NewProvinces()
	if len(old) != 63 {
		t.Errorf("OldProvinces: %d, want 63", len(old))
	}
	if len(new) != 34 {
		t.Errorf("NewProvinces: %d, want 34", len(new))
	}
	unchanged := 0
	for _, n := range new {
		from := MergedFrom(n)
		if len(from) == 0 {
			t.Errorf("MergedFrom(%q) is empty", n)
		}
		if len(from) == 1 {
			unchanged++
		}
	}
	if unchanged != 11 {
		t.Errorf("%d units unchanged by the merger, want 11", unchanged)
	}
	total := 0
	for _, n := range new {
		total += len(MergedFrom(n))
	}
	if total != 63 {
		t.Errorf("MergedFrom covers %d old units, want 63", total)
	}
	cities := 0
	for _, n := range new {
		p, _ := LookupProvince(n)
		if p.Kind == "thành phố trực thuộc trung ương" {
			cities++
		}
	}
	if cities != 6 {
		t.Errorf("%d centrally-run cities after the merger, want 6", cities)
	}
}

func TestRegisterMatchesMergerFile(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(mergerCSV)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		oldName, newName := row[0], row[1]
		if got, ok := CanonicalProvince(oldName); !ok || got != oldName {
			t.Errorf("CanonicalProvince(%q) = %q, %v", oldName, got, ok)
		}
		if got, ok := MergedInto(oldName); !ok || got != newName {
			t.Errorf("MergedInto(%q) = %q, %v; want %q", oldName, got, ok, newName)
		}
		if !slices.Contains(MergedFrom(newName), oldName) {
			t.Errorf("MergedFrom(%q) = %v lacks %q", newName, MergedFrom(newName), oldName)
		}
	}
}

func TestProvincesIn(t *testing.T) {
	tests := []struct {
		year     int
		n        int
		has, not []string
	}{
		{2003, 0, nil, nil},
		{2004, 64, []string{"Hà Tây", "Điện Biên", "Đắk Nông", "Hậu Giang"}, []string{"Huế"}},
		{2006, 64, []string{"Hà Tây", "Thừa Thiên Huế"}, nil},
		{2008, 64, []string{"Hà Tây"}, nil},
		{2009, 63, []string{"Hà Nội"}, []string{"Hà Tây"}},
		{2019, 63, []string{"Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"}, []string{"Hà Tây", "Huế"}},
		{2024, 63, []string{"Thừa Thiên Huế", "Hà Giang"}, []string{"Huế"}},
		{2025, 63, []string{"Huế", "Hà Giang"}, []string{"Thừa Thiên Huế"}},
		{2026, 34, []string{"Huế", "Tuyên Quang", "Thành phố Hồ Chí Minh"}, []string{"Hà Giang", "Thừa Thiên Huế", "Bình Dương"}},
		{2100, 34, nil, nil},
	}
	for _, tt := range tests {
		got := ProvincesIn(tt.year)
		if len(got) != tt.n {
			t.Errorf("ProvincesIn(%d): %d units, want %d", tt.year, len(got), tt.n)
		}
		for _, h := range tt.has {
			if !slices.Contains(got, h) {
				t.Errorf("ProvincesIn(%d) lacks %q", tt.year, h)
			}
		}
		for _, h := range tt.not {
			if slices.Contains(got, h) {
				t.Errorf("ProvincesIn(%d) has %q", tt.year, h)
			}
		}
	}
	if got := ProvincesIn(2026); !slices.Equal(got, NewProvinces()) {
		t.Errorf("ProvincesIn(2026) = %v\nwant NewProvinces %v", got, NewProvinces())
	}
	old := OldProvinces()
	if got := ProvincesIn(2024); !slices.Equal(got, old) {
		t.Errorf("ProvincesIn(2024) = %v\nwant OldProvinces %v", got, old)
	}
}

func TestProvincesOn(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		t time.Time
		n int
	}{
		{day(2003, 12, 31), 0},
		{day(2008, 7, 31), 64},
		{day(2008, 8, 1), 63},
		{day(2024, 12, 31), 63},
		{day(2025, 6, 30), 63},
		{day(2025, 7, 1), 34},
	}
	for _, tt := range tests {
		if got := ProvincesOn(tt.t); len(got) != tt.n {
			t.Errorf("ProvincesOn(%s): %d units, want %d", tt.t.Format("2006-01-02"), len(got), tt.n)
		}
	}
}

func TestVietnameseOrder(t *testing.T) {
	got := ProvincesIn(2019)
	// Vietnamese order: word by word, ă and â after a, đ after d, tones
	// only break ties.
	before := func(a, b string) bool { return slices.Index(got, a) < slices.Index(got, b) }
	pairs := [][2]string{{"An Giang", "Bà Rịa - Vũng Tàu"}, {"Cà Mau", "Cao Bằng"}, {"Cao Bằng", "Cần Thơ"}, {"Bạc Liêu", "Bắc Giang"}, {"Thanh Hóa", "Thành phố Hồ Chí Minh"}, {"Cần Thơ", "Đà Nẵng"}, {"Đồng Tháp", "Gia Lai"}, {"Yên Bái", ""}}
	for _, p := range pairs[:len(pairs)-1] {
		if !before(p[0], p[1]) {
			t.Errorf("%q should sort before %q in %v", p[0], p[1], got)
		}
	}
	if got[len(got)-1] != "Yên Bái" {
		t.Errorf("last province %q, want Yên Bái", got[len(got)-1])
	}
}

func TestCanonicalProvinceAliases(t *testing.T) {
	tests := map[string]string{
		"Ha Tinh":               "Hà Tĩnh",
		"HÀ TĨNH":               "Hà Tĩnh",
		"ha tinh":               "Hà Tĩnh",
		"  Hà   Tĩnh ":          "Hà Tĩnh",
		"tỉnh Hà Tĩnh":          "Hà Tĩnh",
		"Tỉnh Hà Tĩnh":          "Hà Tĩnh",
		"Ha\u0300 Ti\u0303nh":   "Hà Tĩnh", // decomposed
		"UBND tỉnh Hà Tĩnh":     "",
		"thành phố Hà Nội":      "Hà Nội",
		"TP Hà Nội":             "Hà Nội",
		"TP. Hà Nội":            "Hà Nội",
		"Hanoi":                 "Hà Nội",
		"Ha Noi":                "Hà Nội",
		"TP.HCM":                "Thành phố Hồ Chí Minh",
		"TP. HCM":               "Thành phố Hồ Chí Minh",
		"TPHCM":                 "Thành phố Hồ Chí Minh",
		"HCM":                   "Thành phố Hồ Chí Minh",
		"HCMC":                  "Thành phố Hồ Chí Minh",
		"Tp. Hồ Chí Minh":       "Thành phố Hồ Chí Minh",
		"Hồ Chí Minh":           "Thành phố Hồ Chí Minh",
		"Ho Chi Minh City":      "Thành phố Hồ Chí Minh",
		"thành phố Hồ Chí Minh": "Thành phố Hồ Chí Minh",
		"TT-Huế":                "Thừa Thiên Huế",
		"TT Huế":                "Thừa Thiên Huế",
		"Thua Thien Hue":        "Thừa Thiên Huế",
		"Thừa Thiên - Huế":      "Thừa Thiên Huế",
		"Thừa Thiên-Huế":        "Thừa Thiên Huế",
		"Huế":                   "Huế",
		"Thành phố Huế":         "Huế",
		"Thua Thien Hue / Hue (post-merger unit)": "Huế",
		"BRVT":                      "Bà Rịa - Vũng Tàu",
		"BR-VT":                     "Bà Rịa - Vũng Tàu",
		"Ba Ria - Vung Tau":         "Bà Rịa - Vũng Tàu",
		"Bà Rịa-Vũng Tàu":           "Bà Rịa - Vũng Tàu",
		"Bà Rịa – Vũng Tàu":         "Bà Rịa - Vũng Tàu",
		"Ha Tay":                    "Hà Tây",
		"Dak Lak":                   "Đắk Lắk",
		"Đắc Lắk":                   "Đắk Lắk",
		"Đăk Lăk":                   "Đắk Lắk",
		"Daklak":                    "Đắk Lắk",
		"Dak Nong":                  "Đắk Nông",
		"Đắk Nông":                  "Đắk Nông",
		"Bắc Cạn":                   "Bắc Kạn",
		"Thanh Hoá":                 "Thanh Hóa",
		"Khánh Hoà":                 "Khánh Hòa",
		"Kontum":                    "Kon Tum",
		"Ha Noi (post-merger unit)": "Hà Nội",
		"Hà Nội (cũ)":               "Hà Nội",
		"Quang Tri province":        "Quảng Trị",
		"Quảng (a (b) c) Trị":       "Quảng Trị",
		"Quảng Trị (tỉnh":           "Quảng Trị",
		"Quảng Trị) (":              "Quảng Trị",
		"Hưng Yên / Thái Bình":      "Hưng Yên",
		"Hà Tĩnh / Quảng Trị":       "",
		"Viet Nam (average)":        "",
		"Sài Gòn":                   "",
		"":                          "",
		"TP":                        "",
		"tỉnh":                      "",
		"/":                         "",
		"Ha Tinh 2":                 "",
	}
	for in, want := range tests {
		got, ok := CanonicalProvince(in)
		if got != want || ok != (want != "") {
			t.Errorf("CanonicalProvince(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestMergedIntoAndFrom(t *testing.T) {
	into := map[string]string{
		"Hà Giang": "Tuyên Quang", "Ha Giang": "Tuyên Quang", "Hà Tĩnh": "Hà Tĩnh",
		"TT-Huế": "Huế", "Huế": "Huế", "Hà Tây": "Hà Nội", "BRVT": "Thành phố Hồ Chí Minh",
		"Thái Bình": "Hưng Yên", "Quảng Bình": "Quảng Trị", "Đắk Nông": "Lâm Đồng", "Phú Yên": "Đắk Lắk",
	}
	for in, want := range into {
		if got, ok := MergedInto(in); !ok || got != want {
			t.Errorf("MergedInto(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := MergedInto("Atlantis"); ok {
		t.Errorf("MergedInto(Atlantis) = %q, true", got)
	}
	from := map[string][]string{
		"Tuyên Quang":      {"Hà Giang", "Tuyên Quang"},
		"TP.HCM":           {"Bà Rịa - Vũng Tàu", "Bình Dương", "Thành phố Hồ Chí Minh"},
		"Cần Thơ":          {"Cần Thơ", "Hậu Giang", "Sóc Trăng"},
		"Huế":              {"Thừa Thiên Huế"},
		"Hà Nội":           {"Hà Nội"},
		"Hà Tĩnh":          {"Hà Tĩnh"},
		"Thừa Thiên Huế":   nil,
		"Hà Giang":         nil,
		"Hà Tây":           nil,
		"not a province 1": nil,
	}
	for in, want := range from {
		if got := MergedFrom(in); !slices.Equal(got, want) {
			t.Errorf("MergedFrom(%q) = %v, want %v", in, got, want)
		}
	}
	// Callers get copies.
	a := MergedFrom("Tuyên Quang")
	a[0] = "changed"
	if MergedFrom("Tuyên Quang")[0] != "Hà Giang" {
		t.Error("MergedFrom exposes the register's slice")
	}
}

func TestProvinceInYear(t *testing.T) {
	good := []struct {
		name string
		year int
		want string
	}{
		{"Ha Tay", 2007, "Hà Tây"},
		{"Ha Tay", 2008, "Hà Tây"},
		{"Ha Tinh", 2011, "Hà Tĩnh"},
		{"Dak Nong", 2005, "Đắk Nông"},
		{"Hà Giang", 2025, "Hà Giang"},
		{"Huế", 2025, "Huế"},
		{"Thua Thien Hue", 2024, "Thừa Thiên Huế"},
		{"Tuyên Quang", 2026, "Tuyên Quang"},
		{"Huế", 2019, "Thừa Thiên Huế"},
		{"Hue", 2024, "Thừa Thiên Huế"},
		{"TT-Huế", 2025, "Huế"},
		{"Thua Thien Hue", 2030, "Huế"},
	}
	for _, tt := range good {
		if got, err := ProvinceInYear(tt.name, tt.year); err != nil || got != tt.want {
			t.Errorf("ProvinceInYear(%q, %d) = %q, %v; want %q", tt.name, tt.year, got, err, tt.want)
		}
	}
	bad := []struct {
		name string
		year int
		msg  string
	}{
		{"Ha Tay", 2010, "became part of Hà Nội on 2008-08-01"},
		{"Dak Nong", 2003, "created on 2004-01-01"},
		{"Hà Giang", 2026, "became part of Tuyên Quang on 2025-07-01"},
		{"Hau Giang", 2003, "created on 2004-01-01"},
		{"Gotham", 2020, "not a province"},
	}
	for _, tt := range bad {
		_, err := ProvinceInYear(tt.name, tt.year)
		if err == nil || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("ProvinceInYear(%q, %d) error %v, want it to say %q", tt.name, tt.year, err, tt.msg)
		}
	}
}

// TestRealDataProvinces resolves every province spelling in the real data
// files. The national aggregates of news_values.csv are not provinces.
func TestRealDataProvinces(t *testing.T) {
	national := map[string]bool{
		"Viet Nam (all)": true, "Viet Nam (average)": true,
		"Viet Nam (provinces block)": true, "Viet Nam (provincial average)": true,
	}
	for _, file := range []string{"../../testdata/real/pci_2005_2019.csv", "../../testdata/real/news_values.csv"} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		col := slices.Index(rows[0], "province")
		yearCol := slices.Index(rows[0], "year")
		if col < 0 || yearCol < 0 {
			t.Fatalf("%s: no province or year column in %v", file, rows[0])
		}
		byYear := map[string]map[string]bool{}
		for i, row := range rows[1:] {
			name := row[col]
			got, ok := CanonicalProvince(name)
			if national[name] {
				if ok {
					t.Errorf("%s:%d: %q resolved to %q, but it is a national aggregate", file, i+2, name, got)
				}
				continue
			}
			if !ok {
				t.Errorf("%s:%d: province %q does not resolve", file, i+2, name)
				continue
			}
			if byYear[row[yearCol]] == nil {
				byYear[row[yearCol]] = map[string]bool{}
			}
			byYear[row[yearCol]][got] = true
		}
		if strings.HasSuffix(file, "pci_2005_2019.csv") {
			for year, want := range map[string]int{"2005": 42, "2008": 64, "2009": 63, "2019": 63} {
				if len(byYear[year]) != want {
					t.Errorf("PCI %s: %d canonical provinces, want %d", year, len(byYear[year]), want)
				}
			}
			// Every name of 2019 is one the register lists for 2019.
			for name := range byYear["2019"] {
				if !slices.Contains(ProvincesIn(2019), name) {
					t.Errorf("PCI 2019 province %q not in ProvincesIn(2019)", name)
				}
			}
			for name := range byYear["2008"] {
				if !slices.Contains(ProvincesIn(2008), name) {
					t.Errorf("PCI 2008 province %q not in ProvincesIn(2008)", name)
				}
			}
		}
	}
}

func TestProvinceKeysUnique(t *testing.T) {
	r := registerOnce()
	seen := map[string]string{}
	for _, p := range r.sorted {
		k := provinceKey(p.Name)
		if prev, ok := seen[k]; ok {
			t.Errorf("%q and %q share the key %q", prev, p.Name, k)
		}
		seen[k] = p.Name
	}
	if len(r.renamed) != 2 || r.renamed["Thừa Thiên Huế"] != "Huế" || r.renamed["Huế"] != "Thừa Thiên Huế" {
		t.Errorf("renamed = %v, want Thừa Thiên Huế ↔ Huế only", r.renamed)
	}
	if len(r.sorted) != 65 {
		t.Errorf("register holds %d units, want 65 (63 old, Hà Tây, Huế)", len(r.sorted))
	}
}

func TestBuildRegisterErrors(t *testing.T) {
	tests := map[string]string{
		"":               "want header",
		"a,b,c\nx,y,z\n": "want header",
		"old_province,new_province,new_kind\n,X,tỉnh":                      "empty province name",
		"old_province,new_province,new_kind\nA,A,tỉnh\nA,A,tỉnh":           "listed twice",
		"old_province,new_province,new_kind\nA,B,tỉnh\nC,B,thành":          "is both",
		"old_province,new_province,new_kind\nHà Nội,Hà Nội,tỉnh\nA,B,tỉnh": "none of the old ones",
		"old_province,new_province,new_kind\nA,A,tỉnh":                     "Hà Nội missing",
		"old_province,new_province,new_kind\n\"A,A,tỉnh":                   "province_merger_2025.csv",
	}
	for in, want := range tests {
		_, err := buildRegister([]byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("buildRegister(%q) error %v, want %q", in, err, want)
		}
	}
}

func TestProvinceConcurrentUse(t *testing.T) {
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 50 {
				if got, _ := CanonicalProvince("TP.HCM"); got != "Thành phố Hồ Chí Minh" {
					t.Error("concurrent lookup failed")
				}
				_ = ProvincesIn(2019)
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}

// FuzzCanonicalProvince checks that any text resolves without panicking,
// and that a resolved name is a canonical name that resolves to itself.
func FuzzCanonicalProvince(f *testing.F) {
	for _, s := range []string{"Ha Tinh", "TP.HCM", "TT-Huế", "Thua Thien Hue / Hue (post-merger unit)", "((", "a/b/c", "tỉnh", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, ok := CanonicalProvince(s)
		if !ok {
			if name != "" {
				t.Fatalf("CanonicalProvince(%q) = %q, false", s, name)
			}
			return
		}
		p, found := LookupProvince(name)
		if !found || p.Name != name {
			t.Fatalf("CanonicalProvince(%q) = %q, which does not resolve to itself (%q, %v)", s, name, p.Name, found)
		}
	})
}

func BenchmarkCanonicalProvince(b *testing.B) {
	names := []string{"Ha Tinh", "TP.HCM", "Thừa Thiên - Huế", "Ba Ria - Vung Tau", "tỉnh Quảng Trị"}
	for i := 0; b.Loop(); i++ {
		CanonicalProvince(names[i%len(names)])
	}
}

func TestProvinceKeyLinear(t *testing.T) {
	// Thousands of remarks do not make the key quadratic.
	long := strings.Repeat("()", 200000) + "Hà Tĩnh"
	if got, ok := CanonicalProvince(long); !ok || got != "Hà Tĩnh" {
		t.Errorf("CanonicalProvince(long) = %q, %v", got, ok)
	}
}
