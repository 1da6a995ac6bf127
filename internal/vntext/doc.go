// Package vntext holds Vietnamese text helpers shared by cchc: NFC
// normalisation, diacritic folding for matching, number parsing with
// Vietnamese conventions (decimal comma, thousands dots, leading zeros,
// percent signs) and the register of provinces with their aliases and the
// 2025 merger map.
package vntext
