// Package imgcmp compares rendered images approximately, for golden-image
// tests of charts and pages: anti-aliasing differences between platforms
// pass, a changed label or a missing glyph does not.
package imgcmp
