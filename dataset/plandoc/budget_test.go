package plandoc

import (
	"fmt"
	"testing"
)

func TestParseBudget(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		in, headerUnit string
		text           string
		amount         *float64
		unit           string
	}{
		{"380", "", "380", f(380), ""},
		{"0", "", "0", f(0), ""},
		{"20", "", "20", f(20), ""},
		{"1.500", "", "1.500", f(1500), ""},
		{"2,5", "", "2,5", f(2.5), ""},
		{"1.234,5", "", "1.234,5", f(1234.5), ""},
		{"380", "triệu đồng", "380", f(380), "triệu đồng"},
		{"50 triệu đồng", "", "50 triệu đồng", f(50), "triệu đồng"},
		{"Kinh phí: 1.200 triệu đồng/năm", "", "Kinh phí: 1.200 triệu đồng/năm", f(1200), "triệu đồng"},
		{"2,5 tỷ đồng", "", "2,5 tỷ đồng", f(2.5), "tỷ đồng"},
		{"Kinh phí thường xuyên", "", "Kinh phí thường xuyên", nil, ""},
		{"Kinh phí thường xuyên của các đơn vị", "", "Kinh phí thường xuyên của các đơn vị", nil, ""},
		{"Theo dự toán được cấp", "triệu đồng", "Theo dự toán được cấp", nil, ""},
		{"Thông tư số 92/202 1/TT BTC ngày 28/10/ 2021 của Bộ trưởng Bộ Tài chính …", "",
			"Thông tư số 92/202 1/TT BTC ngày 28/10/ 2021 của Bộ trưởng Bộ Tài chính …", nil, ""},
		{" <b>380</b> ", "", "380", f(380), ""},
		{"", "", "", nil, ""},
	}
	for _, tc := range tests {
		b := ParseBudget(tc.in, tc.headerUnit)
		if b.Text != tc.text || b.Unit != tc.unit || (b.Amount == nil) != (tc.amount == nil) ||
			(b.Amount != nil && *b.Amount != *tc.amount) {
			got := "nil"
			if b.Amount != nil {
				got = fmt.Sprint(*b.Amount)
			}
			t.Errorf("ParseBudget(%q, %q) = {%q %s %q}, want {%q %v %q}", tc.in, tc.headerUnit,
				b.Text, got, b.Unit, tc.text, tc.amount, tc.unit)
		}
	}
}

func ExampleParseBudget() {
	for _, s := range []string{"380", "50 triệu đồng", "Kinh phí thường xuyên"} {
		b := ParseBudget(s, "")
		if b.Amount != nil {
			fmt.Printf("%q: %v %q\n", b.Text, *b.Amount, b.Unit)
		} else {
			fmt.Printf("%q: no amount\n", b.Text)
		}
	}
	// Output:
	// "380": 380 ""
	// "50 triệu đồng": 50 "triệu đồng"
	// "Kinh phí thường xuyên": no amount
}
