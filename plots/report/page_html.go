package report

// pageHTML is the page's template. Every text of its own goes through
// {{t "…"}}, the message catalogue of internal/i18n.
const pageHTML = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}{{with .Subtitle}} — {{.}}{{end}}</title>
<style>
{{.Fonts}}
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #1a1a1a; background: #f4f4f1; }
body { margin: 0 auto; max-width: 200mm; padding: 10mm 8mm; background: #fff; line-height: 1.35; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #0072B2; break-after: avoid; }
h3 { font-size: 11pt; margin: 6mm 0 2mm; break-after: avoid; }
p.subtitle { font-size: 11pt; margin: 0 0 4mm; }
.notice { border: 1.5pt solid #D55E00; background: #fff4ec; padding: 2mm 3mm; margin: 3mm 0; font-weight: 700; }
dl.header { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
dl.header dt { color: #555; }
dl.header dd { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 3mm; margin: 2mm 0; }
.card { border: 0.75pt solid #bbb; border-radius: 2mm; padding: 2mm 3mm; min-width: 28mm; break-inside: avoid; }
.card .big { font-size: 20pt; font-weight: 700; }
.card .label { color: #555; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 3mm; }
th, td { border: 0.5pt solid #c8c8c8; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #eef2f5; font-weight: 700; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
tr.plan td { font-weight: 700; background: #f7f7f4; }
.st { display: inline-block; padding: 0.3mm 1.5mm; border-radius: 1mm; white-space: nowrap; font-weight: 700; }
.st-met { background: #1a9850; color: #fff; }
.st-near { background: #E69F00; color: #000; }
.st-off_track { background: #b2182b; color: #fff; }
.st-no_data { background: #d9d9d9; color: #000; }
.src { color: #555; font-size: 7.5pt; }
figure { margin: 2mm 0 4mm; break-inside: avoid; }
figure svg.chart { display: block; width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #444; margin-top: 1mm; }
.multiples { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.mono { font-size: 7.5pt; word-break: break-all; }
table.targets td:nth-child(2) { width: 40%; }
table.targets td:last-child { width: 18%; }
table.targets td.num { white-space: normal; }
.empty { color: #555; font-style: normal; }
footer { margin-top: 8mm; font-size: 8pt; color: #555; border-top: 0.5pt solid #ccc; padding-top: 2mm; }
@media print {
  html { background: #fff; }
  body { max-width: none; padding: 0; }
  section.area { break-before: auto; }
  .st, th, tr.plan td, .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
{{with .Subtitle}}<p class="subtitle">{{.}}</p>{{end}}
<dl class="header">{{range .Header}}<dt>{{.Label}}</dt><dd>{{.Value}}</dd>{{end}}</dl>
{{if .Illustrative}}<p class="notice">{{t "No files were given: this report scores the embedded plan against the ILLUSTRATIVE observations bundled with cchc — made-up values, not published figures. Do not quote them as results."}}</p>{{end}}
</header>

{{if not .Scored}}<section id="unscored">
<p class="notice">{{t "The plan states no numeric targets: there is nothing to score. Its header, tasks and findings follow."}}</p>
<h2>{{t "Tasks of the plan"}}</h2>
{{if .Tasks}}<table>
<thead><tr><th>{{t "code"}}</th><th>{{t "task"}}</th><th>{{t "lead agency"}}</th><th>{{t "deadline"}}</th><th>{{t "lines"}}</th></tr></thead>
<tbody>{{range .Tasks}}<tr><td>{{.Code}}</td><td>{{.Task}}</td><td>{{.Lead}}</td><td>{{.Deadline}}</td><td>{{.Line}}</td></tr>{{end}}</tbody>
</table>{{else}}<p class="empty">{{t "No tasks were found in the plan."}}</p>{{end}}
</section>
{{else}}<section id="headline">
<h2>{{t "Headline"}}</h2>
{{range .Headlines}}
<h3>{{.Entity}}, {{.Year}}</h3>
<div class="cards">
<div class="card"><div class="big">{{.Score}}</div><div class="label">{{t "plan score (0–100)"}}</div></div>
<div class="card"><div class="big">{{.Targets}}</div><div class="label">{{t "targets"}}</div></div>
<div class="card"><div class="big">{{.Met}}</div><div class="label"><span class="st st-met">{{status "met"}}</span></div></div>
<div class="card"><div class="big">{{.Near}}</div><div class="label"><span class="st st-near">{{status "near"}}</span></div></div>
<div class="card"><div class="big">{{.OffTrack}}</div><div class="label"><span class="st st-off_track">{{status "off_track"}}</span></div></div>
<div class="card"><div class="big">{{.NoData}}</div><div class="label"><span class="st st-no_data">{{status "no_data"}}</span></div></div>
<div class="card"><div class="big">{{.Coverage}}</div><div class="label">{{t "coverage (targets with data)"}}</div></div>
{{with .Points}}<div class="card"><div class="big">{{.}}</div><div class="label">{{t "points"}}</div></div>{{end}}
</div>
{{end}}
</section>

{{if .Ranking}}
<section id="ranking">
<h2>{{t "Ranking"}}</h2>
<table>
<thead><tr><th class="num">{{t "rank"}}</th><th>{{t "entity"}}</th><th class="num">{{t "year"}}</th><th class="num">{{t "score"}}</th><th class="num">{{t "targets"}}</th><th class="num">{{status "met"}}</th><th class="num">{{status "near"}}</th><th class="num">{{status "off_track"}}</th><th class="num">{{status "no_data"}}</th><th class="num">{{t "coverage"}}</th></tr></thead>
<tbody>{{range .Ranking}}<tr><td class="num">{{.Rank}}</td><td>{{.Entity}}</td><td class="num">{{.Year}}</td><td class="num">{{.Score}}</td><td class="num">{{.Targets}}</td><td class="num">{{.Met}}</td><td class="num">{{.Near}}</td><td class="num">{{.OffTrack}}</td><td class="num">{{.NoData}}</td><td class="num">{{.Coverage}}</td></tr>{{end}}</tbody>
</table>
<h3>{{t "Score per area, by entity"}}</h3>
<div class="multiples">{{range .Multiples}}<figure>{{.SVG}}</figure>{{end}}</div>
</section>
{{end}}

<section id="areas">
<h2>{{t "Results by CCHC area"}}</h2>
<table>
<thead><tr>{{if .Ranking}}<th>{{t "entity"}}</th>{{end}}<th>{{t "area"}}</th><th class="num">{{t "targets"}}</th><th class="num">{{status "met"}}</th><th class="num">{{status "near"}}</th><th class="num">{{status "off_track"}}</th><th class="num">{{status "no_data"}}</th><th class="num">{{t "coverage"}}</th><th class="num">{{t "score"}}</th></tr></thead>
<tbody>{{$multi := .Ranking}}{{range .AreaRows}}<tr{{if .Plan}} class="plan"{{end}}>{{if $multi}}<td>{{.Entity}}</td>{{end}}<td>{{.Area}}</td><td class="num">{{.Targets}}</td><td class="num">{{.Met}}</td><td class="num">{{.Near}}</td><td class="num">{{.OffTrack}}</td><td class="num">{{.NoData}}</td><td class="num">{{.Coverage}}</td><td class="num">{{.Score}}</td></tr>{{end}}</tbody>
</table>
<p class="src">{{t "score = weighted mean attainment × 100; rows without data never count as zero; “—” = too few targets with data to score."}}</p>
</section>

<section id="heatmap">
<h2>{{t "Heatmap"}}</h2>
<figure>{{.Heatmap.SVG}}<figcaption>{{.Heatmap.Caption}}</figcaption></figure>
</section>

<section id="targets">
<h2>{{t "Targets by area"}}</h2>
{{range .Areas}}
<section class="area" id="area-{{.ID}}">
<h3>{{.Name}}</h3>
<figure>{{.Chart.SVG}}<figcaption>{{.Chart.Caption}}</figcaption></figure>
<table class="targets">
<thead><tr><th>{{t "code"}}</th><th>{{t "target (the plan's words)"}}</th>{{if $multi}}<th>{{t "entity"}}</th>{{end}}<th class="num">{{t "target"}}</th><th class="num">{{t "actual"}}</th><th class="num">{{t "baseline"}}</th><th class="num">{{t "attainment"}}</th><th>{{t "status"}}</th><th>{{t "note"}}</th></tr></thead>
<tbody>{{range .Targets}}<tr><td>{{.Code}}</td><td>{{.Subject}}{{with .Source}}<div class="src">{{.}}</div>{{end}}</td>{{if $multi}}<td>{{.Entity}}</td>{{end}}<td class="num">{{.Target}}</td><td class="num">{{.Actual}}</td><td class="num">{{.Baseline}}</td><td class="num">{{.Attainment}}</td><td><span class="st st-{{.Status}}">{{.StatusName}}</span>{{with .Points}}<div class="src">{{.}}</div>{{end}}</td><td>{{.Note}}</td></tr>{{end}}</tbody>
</table>
</section>
{{end}}
</section>

{{end}}<section id="findings">
<h2>{{t "Findings about the plan"}}</h2>
{{if .Findings}}<table>
<thead><tr><th>{{t "kind"}}</th><th>{{t "finding"}}</th><th>{{t "lines"}}</th></tr></thead>
<tbody>{{range .Findings}}<tr><td>{{.Kind}}</td><td>{{.Message}}</td><td>{{.Lines}}</td></tr>{{end}}</tbody>
</table>{{else}}<p class="empty">{{t "No findings."}}</p>{{end}}
</section>

{{if .Scored}}<section id="unmatched">
<h2>{{t "Observations that matched no target"}}</h2>
{{if .Unmatched}}<p>{{t "These values were read but no target asks for them; they are kept out of the scores, not dropped."}}</p>
<table>
<thead><tr><th>{{t "entity"}}</th><th>{{t "level"}}</th><th class="num">{{t "year"}}</th><th>{{t "period"}}</th><th>{{t "metric"}}</th><th class="num">{{t "value"}}</th><th>{{t "source"}}</th></tr></thead>
<tbody>{{range .Unmatched}}<tr><td>{{.Entity}}</td><td>{{.Level}}</td><td class="num">{{.Year}}</td><td>{{.Period}}</td><td>{{.Metric}}</td><td class="num">{{.Value}}{{.Unit}}</td><td>{{.Source}}</td></tr>{{end}}</tbody>
</table>{{else}}<p class="empty">{{t "Every observation matched a target."}}</p>{{end}}
</section>{{end}}

<section id="method">
<h2>{{t "Method"}}</h2>
<h3>{{t "Scoring rules in force"}}</h3>
<table><tbody>{{range .Method.Rules}}<tr><th>{{.Label}}</th><td>{{.Value}}</td></tr>{{end}}</tbody></table>
<h3>{{t "Point rules"}}</h3>
{{if .Method.Points}}<table><tbody>{{range .Method.Points}}<tr><th>{{.Label}}</th><td>{{.Value}}</td></tr>{{end}}</tbody></table>{{else}}<p class="empty">{{t "None: the scorecard has no points."}}</p>{{end}}
<h3>{{t "Data sources"}}</h3>
<table>
<thead><tr><th>{{t "role"}}</th><th>{{t "file"}}</th><th class="num">{{t "bytes"}}</th><th>SHA-256</th></tr></thead>
<tbody>{{range .Method.Sources}}<tr><td>{{.Role}}</td><td>{{.Name}}{{if .Embedded}} <span class="src">({{t "embedded in cchc"}})</span>{{end}}</td><td class="num">{{.Size}}</td><td class="mono">{{.SHA256}}</td></tr>{{end}}</tbody>
</table>
<footer>{{t "Made by cchc %s on %s." .Method.Version .Method.Made}}</footer>
</section>
</body>
</html>
`
