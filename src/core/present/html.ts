import type { AnalysedUtterance, Analysis, Explanation, Finding, Score } from '../analysis.js'
import { formatClock } from '../ingest/clock.js'
import { cueLabels, failureLabels, type LabelId } from '../labels.js'
import { quadrantChart, skillChart, timeline } from './charts.js'
import { html, join, Safe } from './escape.js'
import { css } from './html-style.js'
import { messageBody, metricViews, peopleOf, ruleName, showMetric, skills, standing } from './summary.js'

/**
 * One self-contained HTML report: inline CSS and SVG, no scripts, no fonts, no requests (a
 * Content-Security-Policy forbids them all), every piece of user text escaped. Several analyses
 * give one report with a per-person table first.
 */
export function renderHtml(analyses: readonly Analysis[]): string {
  const title = analyses.length === 1 ? `Rapport report: ${analyses[0]!.source}` : `Rapport report: ${analyses.length} conversations`
  const engine = analyses[0]?.engine ?? ''
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${new Safe(css)}</style>
</head>
<body>
<header class="page-head">
  <div class="brand">Rapport <span>empathy report</span></div>
  <div class="muted">${analyses.length === 1 ? '1 conversation' : `${analyses.length} conversations`}${engine ? ` · ${engine}` : ''}</div>
</header>
<main>
${analyses.length > 1 ? overview(analyses) : ''}
${analyses.length === 0 ? html`<p class="muted">Nothing was analysed.</p>` : ''}
${analyses.map((analysis, i) => conversation(analysis, i, analyses.length > 1))}
</main>
<footer class="muted">Scores are 0–100 from counted moments (docs/scoring.md); n/a means too little evidence, never a guess. Reference ranges cite their source.</footer>
</body>
</html>
`
  return page.value
}

function overview(analyses: readonly Analysis[]): Safe {
  const people = peopleOf(analyses)
  const points = people.filter((p) => p.empathy !== null && p.assertiveness !== null).map((p) => ({ name: p.name, empathy: p.empathy!, assertiveness: p.assertiveness! }))
  const rows = people.map(
    (p) => html`<tr><th scope="row">${p.name}</th><td class="num">${p.conversations}</td>${scoreCell(p.empathy)}${scoreCell(p.assertiveness)}<td>${p.quadrant ?? html`<span class="muted">n/a</span>`}</td>${skills.filter((s) => s.id !== 'empathy' && s.id !== 'assertiveness').map((s) => scoreCell(p.skills[s.id] ?? null))}<td class="num">${p.talkRatio === null ? 'n/a' : `${Math.round(p.talkRatio * 100)}%`}</td><td class="num bad-text">${p.failures}</td><td class="num good-text">${p.strengths}</td></tr>`
  )
  const conversations = analyses.map(
    (a, i) => html`<tr><th scope="row"><a href="#c${i + 1}" title="${a.source}">${baseName(a.source)}</a></th><td>${a.channel}</td><td>${a.participants.filter((p) => p.role === 'team').map((p) => p.name).join(', ')}</td>${scoreCell(a.scores.empathy)}${scoreCell(a.scores.assertiveness)}<td>${a.scores.quadrant?.name ?? html`<span class="muted">n/a</span>`}</td><td class="num bad-text">${a.findings.filter((f) => f.severity !== 'strength').length}</td><td class="num good-text">${a.findings.filter((f) => f.severity === 'strength').length}</td></tr>`
  )
  return html`<section class="overview card">
<h2>Team overview</h2>
<div class="table-wrap"><table class="people">
<thead><tr><th>Person</th><th>Conv.</th><th>Empathy</th><th>Assertive­ness</th><th>Quadrant</th>${skills.filter((s) => s.id !== 'empathy' && s.id !== 'assertiveness').map((s) => html`<th title="${s.name}">${s.short}</th>`)}<th>Talk</th><th>To fix</th><th>Kept</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<div class="overview-grid">
<div><h3>Conversations</h3>
<div class="table-wrap"><table><thead><tr><th>Conversation</th><th>Channel</th><th>Team</th><th>Empathy</th><th>Assertive­ness</th><th>Quadrant</th><th>To fix</th><th>Kept</th></tr></thead><tbody>${conversations}</tbody></table></div>
<p class="muted small">A conversation’s scores belong to its team, so each team member of it shares them; averages leave out conversations without a score.</p></div>
<figure>${points.length ? html`${quadrantChart(points)}<figcaption>Each person’s average empathy × assertiveness.</figcaption>` : html`<figcaption>The quadrant needs someone with both an empathy and an assertiveness score.</figcaption>`}</figure>
</div>
</section>`
}

const baseName = (source: string) => source.split(/[\\/]/).filter(Boolean).pop() ?? source

function scoreCell(score: Score): Safe {
  if (score === null) return html`<td class="num muted">n/a</td>`
  return html`<td class="num"><span class="pill ${tone(score)}">${score}</span></td>`
}

const tone = (score: number) => (score >= 67 ? 'good' : score >= 50 ? 'fair' : 'weak')

function conversation(analysis: Analysis, i: number, many: boolean): Safe {
  const id = `c${i + 1}`
  const anchor = (utterance: number) => `${id}-u${utterance}`
  const scores = analysis.scores
  const team = analysis.participants.filter((p) => p.role === 'team')
  const duration = analysis.metrics.durationMinutes
  const reasons = scores.reasons ?? {}
  const quadrant = scores.quadrant
  const point = scores.empathy !== null && scores.assertiveness !== null ? [{ name: team.map((p) => p.name).join(' & ') || 'team', empathy: scores.empathy, assertiveness: scores.assertiveness }] : []
  const problems = analysis.findings.filter((f) => f.severity !== 'strength')
  const strengths = analysis.findings.filter((f) => f.severity === 'strength')
  return html`<section class="conversation${many ? ' break' : ''}" id="${id}">
<div class="conv-head">
  <h2 title="${analysis.source}">${baseName(analysis.source)}</h2>
  <p class="muted">${analysis.channel}${typeof duration === 'number' ? ` · ${duration.toFixed(1)} min` : ''} · ${analysis.utterances.length} utterances · ${analysis.participants.map((p, j) => html`${j ? ', ' : ''}<span class="who ${p.role}">${p.name}</span> <span class="small">(${p.role}, ${p.words} words)</span>`)}</p>
</div>
<div class="cards">
  <div class="card score-card">
    <h3>Empathy</h3>${bigScore(scores.empathy, reasons.empathy)}
    <ul class="evidence">${(scores.evidence?.empathy ?? []).map((line) => html`<li>${line}</li>`)}</ul>
  </div>
  <div class="card score-card">
    <h3>Assertiveness</h3>${bigScore(scores.assertiveness, reasons.assertiveness)}
    <ul class="evidence">${(scores.evidence?.assertiveness ?? []).map((line) => html`<li>${line}</li>`)}</ul>
  </div>
  <div class="card quadrant-card">
    <h3>Quadrant</h3>
    <p class="quadrant-name">${quadrant ? quadrant.name : 'n/a'}</p>
    ${point.length ? quadrantChart(point) : html`<p class="muted">${reasons.quadrant ?? 'needs both scores'}</p>`}
    ${quadrant?.meaning ? html`<p class="small">${quadrant.meaning}.</p>` : ''}
  </div>
  <div class="card skills-card">
    <h3>Skills</h3>
    ${skillChart(skills.map((s) => ({ name: s.name, score: scores.skills[s.id] ?? null, ...(reasons[s.id] ? { reason: reasons[s.id]! } : {}) })))}
  </div>
</div>
<div class="card">
  <h3>Timeline</h3>
  ${timeline(analysis, anchor)}
  <p class="legend small"><span class="key customer"></span>customer <span class="key team"></span>team <span class="key cue"></span>cue <span class="key ok"></span>cue acknowledged <span class="key missed"></span>cue not acknowledged <span class="key tri critical"></span>to fix <span class="key tri strength"></span>strength</p>
</div>
<div class="two">
  <div class="card">
    <h3>Coaching: ${problems.length} to fix, ${strengths.length} to keep</h3>
    ${analysis.findings.length ? html`<ol class="findings">${analysis.findings.map((finding) => findingCard(finding, anchor))}</ol>` : html`<p class="muted">No findings: no failure or notable strength was labelled.</p>`}
  </div>
  <div class="card">
    <h3>Metrics</h3>
    ${metricTable(analysis)}
  </div>
</div>
<div class="card">
  <h3>Transcript</h3>
  <div class="transcript">${transcript(analysis, anchor)}</div>
</div>
</section>`
}

function bigScore(score: Score, reason: string | undefined): Safe {
  if (score === null) return html`<div class="big muted">n/a</div><p class="small muted">${reason ?? 'too little evidence'}</p>`
  return html`<div class="big ${tone(score)}">${score}<span>/100</span></div>`
}

function findingCard(finding: Finding, anchor: (utterance: number) => string): Safe {
  const when = finding.start === null ? `#${finding.utterance}` : formatClock(finding.start)
  return html`<li class="finding ${finding.severity}">
<div class="finding-head"><span class="badge ${finding.severity}">${finding.severity === 'strength' ? 'strength' : finding.severity}</span> <strong>${ruleName(finding.rule)}</strong> <a class="when" href="#${anchor(finding.utterance)}">${finding.speaker}, ${when}</a></div>
<p class="message">${messageBody(finding)}</p>
${finding.principle ? html`<p class="principle">${finding.principle}</p>` : ''}
<p class="suggestion"><span>${finding.severity === 'strength' ? 'Keep' : 'Try'}</span> ${finding.suggestion}</p>
</li>`
}

function metricTable(analysis: Analysis): Safe {
  const rows = metricViews.map((view) => {
    const value = analysis.metrics[view.id]
    const state = standing(view, value)
    const reference = view.reference
    return html`<tr><th scope="row">${view.name}</th><td class="num">${value === null || value === undefined ? html`<span class="muted" title="${view.missing}">n/a</span>` : showMetric(view, value)}${state ? html` <span class="state ${state}">${state === 'high' ? 'above' : state === 'low' ? 'below' : state}</span>` : ''}</td><td class="small">${reference ? html`${reference.text}<br><span class="muted">${reference.source}</span>` : value === null || value === undefined ? html`<span class="muted">${view.missing}</span>` : ''}</td></tr>`
  })
  return html`<div class="table-wrap"><table class="metrics"><thead><tr><th>Metric</th><th>Value</th><th>Reference</th></tr></thead><tbody>${rows}</tbody></table></div>`
}

const failureSet = new Set<string>(failureLabels)
const cueSet = new Set<string>(cueLabels)
const labelClass = (label: LabelId) => (cueSet.has(label) ? 'cue' : failureSet.has(label) ? 'fail' : 'good')

/** The transcript rows, with each utterance's findings and the customer words they answer looked up once. */
function transcript(analysis: Analysis, anchor: (utterance: number) => string): Safe[] {
  const position = new Map(analysis.utterances.map((u, i) => [u.index, i]))
  const findingsAt = new Map<number, Finding[]>()
  const cuesAt = new Map<number, Finding[]>()
  const push = (map: Map<number, Finding[]>, key: number, finding: Finding) => map.set(key, [...(map.get(key) ?? []), finding])
  for (const finding of analysis.findings) {
    push(findingsAt, finding.utterance, finding)
    if (!finding.cueText) continue
    if (finding.cue !== undefined) {
      push(cuesAt, finding.cue, finding)
      continue
    }
    // Without a cue index, the words came from the customer utterance before the finding.
    for (let i = (position.get(finding.utterance) ?? 0) - 1; i >= 0; i--) {
      const u = analysis.utterances[i]!
      if (u.role === 'customer' && u.text.includes(finding.cueText)) {
        push(cuesAt, u.index, finding)
        break
      }
    }
  }
  const explanationsAt = new Map<number, Explanation[]>()
  for (const e of analysis.explanations ?? []) explanationsAt.set(e.utterance, [...(explanationsAt.get(e.utterance) ?? []), e])
  return analysis.utterances.map((u) => utteranceRow(u, findingsAt.get(u.index) ?? [], explanationsAt.get(u.index) ?? [], cuesAt.get(u.index) ?? [], anchor))
}

function utteranceRow(u: AnalysedUtterance, findings: readonly Finding[], labelled: readonly Explanation[], answered: readonly Finding[], anchor: (utterance: number) => string): Safe {
  const explanations = [...labelled]
  // The customer's words a finding answers, marked where they were said (without --explain there are no label spans).
  for (const f of answered) {
    const at = u.text.indexOf(f.cueText!)
    if (at < 0 || explanations.some((e) => e.span[0] <= at && e.span[1] >= at + f.cueText!.length)) continue
    explanations.push({ label: 'emotion', utterance: u.index, span: [at, at + f.cueText!.length], evidence: f.cueText!, reason: 'cue', detail: 'cue' })
  }
  const when = u.start === null ? '' : formatClock(u.start)
  return html`<div class="row ${u.role}" id="${anchor(u.index)}">
<div class="line"><div class="meta"><span class="time">${when}</span> <span class="who ${u.role}">${u.speaker}</span></div>
<div class="said">${highlight(u.text, findings, explanations)}${u.labels.length ? html`<div class="labels">${u.labels.map((label) => html`<span class="chip ${labelClass(label)}">${ruleName(label)}</span>`)}</div>` : ''}</div></div>
<aside class="notes">${findings.map((f) => html`<div class="note ${f.severity}"><strong>${ruleName(f.rule)}</strong> ${f.severity === 'strength' ? f.principle ?? '' : f.suggestion}</div>`)}</aside>
</div>`
}

/** The utterance text with finding and explanation spans marked; every segment escaped on its own. */
function highlight(text: string, findings: readonly Finding[], explanations: readonly Explanation[]): Safe {
  const marks: { start: number; end: number; cls: string; title: string }[] = []
  for (const f of findings) {
    if (!f.span) continue
    marks.push({ start: f.span[0], end: f.span[1], cls: f.severity, title: ruleName(f.rule) })
  }
  for (const e of explanations) marks.push({ start: e.span[0], end: e.span[1], cls: labelClass(e.label), title: e.detail === 'cue' ? 'the customer’s words a finding answers' : ruleName(e.label) })
  const cuts = new Set<number>([0, text.length])
  for (const m of marks) {
    const start = Math.max(0, Math.min(text.length, m.start))
    const end = Math.max(start, Math.min(text.length, m.end))
    cuts.add(start)
    cuts.add(end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const parts: Safe[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const segment = text.slice(start, end)
    const covering = marks.filter((m) => m.start <= start && m.end >= end && m.end > m.start)
    if (covering.length === 0) {
      parts.push(html`${segment}`)
      continue
    }
    // The strongest mark wins the colour: a failure over a strength over a plain label.
    const order = ['critical', 'warning', 'info', 'fail', 'strength', 'cue', 'good']
    const top = [...covering].sort((a, b) => order.indexOf(a.cls) - order.indexOf(b.cls))[0]!
    parts.push(html`<mark class="${top.cls}" title="${[...new Set(covering.map((m) => m.title))].join(', ')}">${segment}</mark>`)
  }
  return join(parts)
}
