// Package i18n is where cchc chooses between Vietnamese and English for
// what people read: the language from --lang, CCHC_LANG or the locale
// (FromEnv, Parse), and the display names of CCHC areas and scorecard
// statuses as the plans write them (AreaName, StatusName). Machine ids in
// CSV, Parquet and JSON stay English; only labels change.
package i18n
