package indicators

// WordsOfForTest exposes wordsOf to the tests of package indicators_test.
var WordsOfForTest = wordsOf
