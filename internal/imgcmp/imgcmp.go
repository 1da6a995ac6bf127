package imgcmp

import (
	"bytes"
	"fmt"
	"image"
	"image/png"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Close decodes two PNGs and reports whether they match: same size, and
// at most maxFrac of the pixels differ by more than tol (0–255) in any
// channel. The message says how many pixels differ.
func Close(got, want []byte, tol uint8, maxFrac float64) (bool, string, error) {
	ia, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		return false, "", i18n.Errorf("decoding got: %w", err)
	}
	ib, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		return false, "", i18n.Errorf("decoding want: %w", err)
	}
	if ia.Bounds() != ib.Bounds() {
		return false, fmt.Sprintf("size %v, want %v", ia.Bounds().Size(), ib.Bounds().Size()), nil
	}
	r := ia.Bounds()
	bad := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if pixelDelta(ia, ib, x, y) > tol {
				bad++
			}
		}
	}
	frac := float64(bad) / float64(r.Dx()*r.Dy())
	return frac <= maxFrac, fmt.Sprintf("%d pixels (%.3f%%) differ by more than %d", bad, frac*100, tol), nil
}

// pixelDelta is the largest difference of one channel at (x, y), 0–255.
func pixelDelta(a, b image.Image, x, y int) uint8 {
	r1, g1, b1, a1 := a.At(x, y).RGBA()
	r2, g2, b2, a2 := b.At(x, y).RGBA()
	d := uint32(0)
	for _, p := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
		v := p[0] - p[1]
		if p[1] > p[0] {
			v = p[1] - p[0]
		}
		if v > d {
			d = v
		}
	}
	return uint8(d >> 8)
}
