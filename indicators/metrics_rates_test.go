package indicators

import "testing"

func TestRateMetricsInCatalogue(t *testing.T) {
	cat := Default()
	for _, id := range RateMetricIDs() {
		m, ok := cat.Lookup(id)
		if !ok {
			t.Errorf("metric %s is not in the default catalogue", id)
			continue
		}
		if m.Unit != "percent" {
			t.Errorf("%s: unit %q", id, m.Unit)
		}
	}
	seen := map[string]bool{}
	for _, m := range defaultMetrics() {
		if seen[m.ID] {
			t.Errorf("%s is defined twice", m.ID)
		}
		seen[m.ID] = true
	}
	if m, _ := cat.Lookup(MetricOverdueOpen); m.Direction != LowerIsBetter {
		t.Errorf("%s: direction %v, want lower", MetricOverdueOpen, m.Direction)
	}
}
