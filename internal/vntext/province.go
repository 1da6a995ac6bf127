package vntext

// Province is one provincial-level unit of Viet Nam.
type Province struct {
	// Name is the canonical name with diacritics, e.g. "Hà Tĩnh", "Thành phố Hồ Chí Minh".
	Name string
	// From is the first year the unit existed under this name (0 when before records here).
	From int
	// Until is the last year it existed (0 while it exists).
	Until int
}

// CanonicalProvince maps a province name or alias ("Ha Tinh", "HÀ TĨNH",
// "tỉnh Hà Tĩnh", "TP.HCM", "TT-Huế", "BRVT") to its canonical name.
func CanonicalProvince(name string) (string, bool) {
	return "", false
}
