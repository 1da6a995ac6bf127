package i18n

import (
	"fmt"
	"os"
	"strings"
)

// Lang is the language of what a user reads: "vi" or "en".
type Lang string

// The languages cchc speaks.
const (
	VI Lang = "vi"
	EN Lang = "en"
)

// Parse reads a --lang value: "vi" or "en" (case and a region such as
// "vi_VN" or "en-GB" ignored).
func Parse(s string) (Lang, error) {
	switch l := strings.ToLower(strings.TrimSpace(s)); {
	case l == "vi" || strings.HasPrefix(l, "vi_") || strings.HasPrefix(l, "vi-"):
		return VI, nil
	case l == "en" || strings.HasPrefix(l, "en_") || strings.HasPrefix(l, "en-"):
		return EN, nil
	}
	return "", fmt.Errorf("language %q: want vi or en", s)
}

// FromEnv returns the language the environment asks for: CCHC_LANG when
// set ("vi" or "en"), else Vietnamese when LC_ALL, LC_MESSAGES or LANG
// (the first one set) names a Vietnamese locale (vi_VN.UTF-8), else
// English.
func FromEnv() Lang {
	return fromEnv(os.Getenv)
}

func fromEnv(getenv func(string) string) Lang {
	if l, err := Parse(getenv("CCHC_LANG")); err == nil {
		return l
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if l, err := Parse(v); err == nil && l == VI {
				return VI
			}
			return EN
		}
	}
	return EN
}

// Pick returns vi for Vietnamese and en otherwise: the one place a
// string is chosen by language.
func (l Lang) Pick(vi, en string) string {
	if l == VI {
		return vi
	}
	return en
}

// areaNames are the display names of the CCHC area ids, as the plans
// write them.
var areaNames = map[string][2]string{
	"direction":          {"Chỉ đạo, điều hành", "Direction"},
	"institutions":       {"Cải cách thể chế", "Institutions"},
	"procedures":         {"Cải cách thủ tục hành chính", "Administrative procedures"},
	"organisation":       {"Cải cách tổ chức bộ máy", "Organisation"},
	"civil_service":      {"Cải cách chế độ công vụ", "Civil service"},
	"public_finance":     {"Cải cách tài chính công", "Public finance"},
	"digital_government": {"Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Digital government"},
	"communication":      {"Tuyên truyền cải cách hành chính", "Communication"},
}

// AreaName returns the display name of a CCHC area id ("procedures" →
// "Cải cách thủ tục hành chính"); an unknown id is returned as it is, and
// an empty one reads "Chưa phân lĩnh vực" / "No area".
func (l Lang) AreaName(id string) string {
	if n, ok := areaNames[id]; ok {
		return l.Pick(n[0], n[1])
	}
	if id == "" {
		return l.Pick("Chưa phân lĩnh vực", "No area")
	}
	return id
}

// statusNames are the words for the status ids of a scorecard row.
var statusNames = map[string][2]string{
	"met":       {"đạt", "met"},
	"near":      {"gần đạt", "near"},
	"off_track": {"chưa đạt", "off track"},
	"no_data":   {"chưa có số liệu", "no data"},
}

// StatusName returns the word for a status id ("off_track" → "chưa đạt");
// an unknown id is returned as it is.
func (l Lang) StatusName(id string) string {
	if n, ok := statusNames[id]; ok {
		return l.Pick(n[0], n[1])
	}
	return id
}
