// Package counts is the file every peer of the dossier-rate benchmark
// writes and the comparison that decides whether a peer's results equal
// cchc's before any of its times is reported.
package counts
