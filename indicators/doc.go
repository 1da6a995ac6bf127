// Package indicators is the catalogue of cchc: the metrics that CCHC plan
// targets name (canonical id, Vietnamese and English names, unit, direction,
// area, levels and the phrases that identify them in plan text) and the
// national indices (PAR INDEX, SIPAS, PAPI, PCI, DTI, DDCI) as series
// definitions. It also computes rates (online submission, on-time
// completion, online payment, digitisation, satisfaction) from dossier
// records, as observations the scorer reads.
package indicators
