package plandoc

import (
	"bytes"
	"encoding/json"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// The JSON form of a document, as docs/design.md fixes it: targets, tasks and
// findings without the plan_id and weight keys the dataset structs carry
// for tables; missing values null or "", never left out.
type (
	jsonDocument struct {
		Plan     dataset.Plan  `json:"plan"`
		Targets  []jsonTarget  `json:"targets"`
		Tasks    []jsonTask    `json:"tasks"`
		Findings []jsonFinding `json:"findings"`
	}
	jsonTarget struct {
		Code         string         `json:"code"`
		Area         string         `json:"area"`
		Metric       string         `json:"metric"`
		Subject      string         `json:"subject"`
		Comparator   string         `json:"comparator"`
		Value        float64        `json:"value"`
		ValueMax     *float64       `json:"value_max"`
		Unit         string         `json:"unit"`
		Level        string         `json:"level"`
		Change       string         `json:"change"`
		BaselineYear *int           `json:"baseline_year"`
		Year         int            `json:"year"`
		Role         string         `json:"role"`
		Source       dataset.Source `json:"source"`
	}
	jsonTask struct {
		Code      string           `json:"code"`
		Section   string           `json:"section"`
		Objective string           `json:"objective"`
		Task      string           `json:"task"`
		Activity  string           `json:"activity"`
		Product   string           `json:"product"`
		Lead      []string         `json:"lead"`
		Partners  []string         `json:"partners"`
		Deadline  dataset.Deadline `json:"deadline"`
		Budget    dataset.Budget   `json:"budget"`
		Source    dataset.Source   `json:"source"`
	}
	jsonFinding struct {
		Kind    string `json:"kind"`
		Message string `json:"message"`
		Lines   []int  `json:"lines"`
	}
)

// JSON returns the document in the stable JSON form of "cchc parse"
// (keys plan, targets, tasks, findings; see docs/design.md), indented by two
// spaces and ending in a newline. The same document always gives the same
// bytes. Tasks carry their source line like targets do.
func (d *Document) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d.jsonValue()); err != nil {
		return nil, i18n.Errorf("plandoc: encoding %s as JSON: %w", d.Plan.ID, err)
	}
	return buf.Bytes(), nil
}

// JSONArray returns several documents as one JSON array of the objects
// Document.JSON writes, indented the same way.
func JSONArray(docs []*Document) ([]byte, error) {
	vs := make([]jsonDocument, len(docs))
	for i, d := range docs {
		vs[i] = d.jsonValue()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(vs); err != nil {
		return nil, i18n.Errorf("plandoc: encoding %d documents as JSON: %w", len(docs), err)
	}
	return buf.Bytes(), nil
}

func (d *Document) jsonValue() jsonDocument {
	out := jsonDocument{Plan: d.Plan, Targets: []jsonTarget{}, Tasks: []jsonTask{}, Findings: []jsonFinding{}}
	for _, t := range d.Targets {
		out.Targets = append(out.Targets, jsonTarget{Code: t.Code, Area: t.Area, Metric: t.Metric,
			Subject: t.Subject, Comparator: t.Comparator, Value: t.Value, ValueMax: t.ValueMax,
			Unit: t.Unit, Level: t.Level, Change: t.Change, BaselineYear: t.BaselineYear,
			Year: t.Year, Role: t.Role, Source: t.Source})
	}
	for _, t := range d.Tasks {
		jt := jsonTask{Code: t.Code, Section: t.Section, Objective: t.Objective, Task: t.Task,
			Activity: t.Activity, Product: t.Product, Lead: t.Lead, Partners: t.Partners,
			Deadline: t.Deadline, Budget: t.Budget, Source: t.Source}
		if jt.Lead == nil {
			jt.Lead = []string{}
		}
		if jt.Partners == nil {
			jt.Partners = []string{}
		}
		out.Tasks = append(out.Tasks, jt)
	}
	for _, f := range d.Findings {
		jf := jsonFinding{Kind: f.Kind, Message: f.Message, Lines: f.Lines}
		if jf.Lines == nil {
			jf.Lines = []int{}
		}
		out.Findings = append(out.Findings, jf)
	}
	return out
}
