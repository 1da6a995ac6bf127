// Package plandoc parses CCHC plan documents (kế hoạch cải cách hành chính,
// kế hoạch tuyên truyền CCHC, and the decisions that issue them) from plain
// text into structured data: the plan's metadata, its quantitative targets
// (chỉ tiêu), its tasks (annex rows and "tổ chức thực hiện" duties) and
// findings about the document itself — conflicting statements of one
// target, annexes referenced but missing, counts that disagree with the
// document's own totals, targets stated without a number, pages that
// appear twice.
//
// An annex or attachment stored without its document takes its header
// from its subtitle ("Ban hành kèm theo Kế hoạch số … của UBND tỉnh …").
//
// Every target and task keeps the 1-based line of the input where it
// stands, so an analyst can check each number against the document.
//
// Matching is done on folded text (lower case, no diacritics; see
// vntext.Fold), so scans whose diacritics were lost or mangled by OCR
// still parse; names are reported in canonical Vietnamese.
//
// The entry points are Parse and ParseFile; Document.JSON writes the
// stable JSON form that "cchc parse" prints.
//
// The JSON contract and the vocabulary are in docs/design.md.
package plandoc
