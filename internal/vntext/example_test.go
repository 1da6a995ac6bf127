package vntext_test

import (
	"fmt"

	"github.com/cchc-lab/cchc/internal/vntext"
)

func ExampleParseNumber() {
	for _, s := range []string{"2,5", "90.5", "95 %", "95,0%", "02", "1.234,5", "−3", "2O24"} {
		v, percent, err := vntext.ParseNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v, percent)
	}
	// Output:
	// 2.5 false
	// 90.5 false
	// 95 true
	// 95 true
	// 2 false
	// 1234.5 false
	// -3 false
	// cannot read "2O24" as a number: it contains the letter 'O' where a digit is expected (letter O, not zero)
}

func ExampleParseCount() {
	for _, s := range []string{"1.234", "1,234", "3 000", "02", "1,5", "-5"} {
		n, err := vntext.ParseCount(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(n)
	}
	// Output:
	// 1234
	// 1234
	// 3000
	// 2
	// cannot read "1,5" as a count: it has a fractional part (1,5); a count must be whole
	// cannot read "-5" as a count: a count cannot be negative
}

func ExampleParseYear() {
	for _, s := range []string{"2024", " 2019 ", "2O24", "24"} {
		y, err := vntext.ParseYear(s)
		fmt.Println(y, err)
	}
	// Output:
	// 2024 <nil>
	// 2019 <nil>
	// 0 cannot read "2O24" as a year: it contains the letter 'O' where a digit is expected (letter O, not zero)
	// 0 cannot read "24" as a year: a year has four digits, this has 2
}

func ExampleCanonicalProvince() {
	for _, s := range []string{"Ha Tinh", "HÀ TĨNH", "tỉnh Hà Tĩnh", "TP.HCM", "Ho Chi Minh City", "TT-Huế", "BRVT", "Ha Tay", "Gotham"} {
		name, ok := vntext.CanonicalProvince(s)
		fmt.Printf("%s → %s %v\n", s, name, ok)
	}
	// Output:
	// Ha Tinh → Hà Tĩnh true
	// HÀ TĨNH → Hà Tĩnh true
	// tỉnh Hà Tĩnh → Hà Tĩnh true
	// TP.HCM → Thành phố Hồ Chí Minh true
	// Ho Chi Minh City → Thành phố Hồ Chí Minh true
	// TT-Huế → Thừa Thiên Huế true
	// BRVT → Bà Rịa - Vũng Tàu true
	// Ha Tay → Hà Tây true
	// Gotham →  false
}

// Following a province across the 2025 merger.
func ExampleMergedInto() {
	for _, s := range []string{"Hà Giang", "Thái Bình", "Hà Tĩnh", "Thua Thien Hue", "Ha Tay"} {
		into, _ := vntext.MergedInto(s)
		fmt.Printf("%s → %s\n", s, into)
	}
	fmt.Println(vntext.MergedFrom("Hưng Yên"))
	fmt.Println(vntext.MergedFrom("TP.HCM"))
	// Output:
	// Hà Giang → Tuyên Quang
	// Thái Bình → Hưng Yên
	// Hà Tĩnh → Hà Tĩnh
	// Thua Thien Hue → Huế
	// Ha Tay → Hà Nội
	// [Hưng Yên Thái Bình]
	// [Bà Rịa - Vũng Tàu Bình Dương Thành phố Hồ Chí Minh]
}

func ExampleProvincesIn() {
	for _, year := range []int{2007, 2019, 2025, 2026} {
		fmt.Println(year, len(vntext.ProvincesIn(year)))
	}
	_, err := vntext.ProvinceInYear("Ha Tay", 2010)
	fmt.Println(err)
	// Output:
	// 2007 64
	// 2019 63
	// 2025 63
	// 2026 34
	// "Ha Tay" (Hà Tây) did not exist in 2010: it became part of Hà Nội on 2008-08-01
}

func ExampleSuggest() {
	fmt.Println(vntext.Suggest("Nghe Anh", []string{"Hà Tĩnh", "Nghệ An", "Quảng Bình"}, 3))
	// Output: [Nghệ An]
}
