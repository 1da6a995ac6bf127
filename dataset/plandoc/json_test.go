package plandoc

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// keysInOrder returns the keys of a JSON object in the order they appear.
func keysInOrder(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %s", raw)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestJSONContract(t *testing.T) {
	d := parseSeed(t, "003_a5b74ff242722c67")
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "{\n  \"plan\": {\n    \"id\": ") || !strings.HasSuffix(string(b), "}\n") {
		t.Errorf("not indented by two spaces or not newline-terminated:\n%.80s", b)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	if got := keysInOrder(t, b); !reflect.DeepEqual(got, []string{"plan", "targets", "tasks", "findings"}) {
		t.Errorf("top keys %v", got)
	}
	if got := keysInOrder(t, top["plan"]); !reflect.DeepEqual(got, []string{"id", "doc_number", "doc_type", "issuer", "province", "date", "year", "title", "signer"}) {
		t.Errorf("plan keys %v", got)
	}
	var targets, tasks, findings []json.RawMessage
	json.Unmarshal(top["targets"], &targets)
	json.Unmarshal(top["tasks"], &tasks)
	json.Unmarshal(top["findings"], &findings)
	wantTarget := []string{"code", "area", "metric", "subject", "comparator", "value", "value_max", "unit", "level", "change", "baseline_year", "year", "role", "source"}
	for _, tg := range targets {
		if got := keysInOrder(t, tg); !reflect.DeepEqual(got, wantTarget) {
			t.Fatalf("target keys %v, want %v", got, wantTarget)
		}
	}
	wantTask := []string{"code", "section", "objective", "task", "activity", "product", "lead", "partners", "deadline", "budget", "source"}
	for _, tk := range tasks {
		if got := keysInOrder(t, tk); !reflect.DeepEqual(got, wantTask) {
			t.Fatalf("task keys %v, want %v", got, wantTask)
		}
	}
	for _, f := range findings {
		if got := keysInOrder(t, f); !reflect.DeepEqual(got, []string{"kind", "message", "lines"}) {
			t.Fatalf("finding keys %v", got)
		}
	}
	// Absent values are null, lists never null, "&" not escaped.
	s := string(b)
	for _, want := range []string{`"value_max": null`, `"baseline_year": null`, `"baseline_year": 2024`, `"value_max": 3`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	for _, bad := range []string{`"lead": null`, `"partners": null`, `"lines": null`, `\u0026`, `"plan_id"`, `"weight"`} {
		if strings.Contains(s, bad) {
			t.Errorf("JSON holds %s", bad)
		}
	}
}

func TestJSONArray(t *testing.T) {
	a, b := parseSeed(t, "000_eb1ba96978540e19"), parseSeed(t, "004_252965e07a3718f5")
	out, err := JSONArray([]*Document{a, b})
	if err != nil {
		t.Fatal(err)
	}
	var docs []map[string]json.RawMessage
	if err := json.Unmarshal(out, &docs); err != nil || len(docs) != 2 {
		t.Fatalf("%v, %d documents", err, len(docs))
	}
	one, _ := a.JSON()
	var first map[string]json.RawMessage
	json.Unmarshal(one, &first)
	if !reflect.DeepEqual(compact(t, docs[0]["targets"]), compact(t, first["targets"])) {
		t.Error("array element differs from Document.JSON")
	}
	empty, err := JSONArray(nil)
	if err != nil || strings.TrimSpace(string(empty)) != "[]" {
		t.Errorf("JSONArray(nil) = %q, %v", empty, err)
	}
}

func compact(t *testing.T, raw json.RawMessage) string {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
