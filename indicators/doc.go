// Package indicators is the catalogue of cchc: the metrics that CCHC plan
// targets name (canonical id, Vietnamese and English names, unit, direction,
// area, levels and the phrases that identify them in plan text) and the
// national indices (PAR INDEX, SIPAS, PAPI, PCI, DTI, DDCI) as series
// definitions. A *Catalogue is the metric matcher the plan parser
// (dataset/plandoc) takes. Rates computed from dossier records are in
// package indicators/rates. The data flow and layers are in docs/design.md.
package indicators
