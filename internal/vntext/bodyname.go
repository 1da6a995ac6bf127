package vntext

import "strings"

// BodyKey is the form names of public bodies are compared on: Fold with
// "Ủy ban nhân dân" (either spelling of "Ủy") written "ubnd", so that
// "Văn phòng Ủy ban nhân dân tỉnh" and "Văn phòng UBND tỉnh" have one key
// ("van phong ubnd tinh").
func BodyKey(s string) string {
	f := Fold(s)
	if !strings.Contains(f, "uy ban nhan dan") {
		return f
	}
	return strings.ReplaceAll(f, "uy ban nhan dan", "ubnd")
}
