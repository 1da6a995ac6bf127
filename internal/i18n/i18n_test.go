package i18n

import "testing"

func TestFromEnv(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want Lang
	}{
		{"nothing set", nil, EN},
		{"LANG vi_VN", map[string]string{"LANG": "vi_VN.UTF-8"}, VI},
		{"LANG en_US", map[string]string{"LANG": "en_US.UTF-8"}, EN},
		{"LANG C", map[string]string{"LANG": "C.UTF-8"}, EN},
		{"CCHC_LANG wins", map[string]string{"CCHC_LANG": "vi", "LANG": "en_US.UTF-8"}, VI},
		{"LC_ALL before LANG", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}, EN},
		{"bad CCHC_LANG ignored", map[string]string{"CCHC_LANG": "fr", "LANG": "vi_VN"}, VI},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fromEnv(func(k string) string { return tc.env[k] }); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestNames(t *testing.T) {
	if got := VI.StatusName("off_track"); got != "chưa đạt" {
		t.Errorf("VI off_track = %q", got)
	}
	if got := EN.StatusName("no_data"); got != "no data" {
		t.Errorf("EN no_data = %q", got)
	}
	if got := VI.AreaName("procedures"); got != "Cải cách thủ tục hành chính" {
		t.Errorf("VI procedures = %q", got)
	}
	if got := VI.AreaName("x"); got != "x" {
		t.Errorf("unknown = %q", got)
	}
	if _, err := Parse("de"); err == nil {
		t.Error("Parse(de) accepted")
	}
}
