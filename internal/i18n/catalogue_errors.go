package i18n

// catalogueErrors holds the Vietnamese form of the error formats of the
// library (the formats given to Errorf and New), keyed by the English
// format. Both forms take the same fmt verbs in the same order. It is
// never written to.
var catalogueErrors = map[string]string{}
