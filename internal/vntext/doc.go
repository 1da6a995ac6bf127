// Package vntext holds Vietnamese text helpers shared by cchc: NFC
// normalisation, diacritic folding for matching, number parsing with
// Vietnamese conventions (decimal comma, thousands dots, leading zeros,
// percent signs) and the register of provinces with their aliases and the
// 2025 merger map.
//
// # Numbers
//
// ParseNumber reads decimals as documents and spreadsheets write them
// ("2,5", "90.5", "95 %", "95,0%", "02", "1.234,5"); ParseCount reads whole
// counts with thousands separators ("1.234", "1,234", "3 000") and refuses
// fractions, percentages and negatives; ParseYear reads four-digit years
// and refuses look-alikes such as "2O24". Their errors are *NumberError
// values that quote the text, say what is wrong and wrap ErrSyntax or
// ErrRange.
//
// # Provinces
//
// The register holds the 63 provinces and centrally-run cities of
// 2009–2024, Hà Tây (until 1 August 2008), Huế (the city that
// Thừa Thiên Huế became on 1 January 2025) and the 34 units of the
// merger of 1 July 2025, read from an embedded copy of
// testdata/province_merger_2025.csv. Canonical names are the file's
// spellings with diacritics: "Hà Tĩnh", "Thừa Thiên Huế",
// "Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh" (the one name written with
// its "Thành phố" prefix, as the file writes it), "Thanh Hóa" and
// "Khánh Hòa" (old-style tone marks, as the file writes them; "Thanh Hoá"
// resolves to them). CanonicalProvince and LookupProvince resolve names
// and aliases; ProvincesIn, ProvincesOn and ProvinceInYear answer which
// units existed when; MergedInto and MergedFrom follow the 2025 merger.
// The register is built once, on first use, and never changes.
//
// The layers of cchc are in docs/design.md; vntext is at the bottom.
package vntext
