import { scaleBand, scaleLinear } from 'd3-scale'
import { linkVertical } from 'd3-shape'
import type { AnalysedUtterance, Analysis, Finding, Score } from '../analysis.js'
import { formatClock } from '../ingest/clock.js'
import { acknowledgedCues, acknowledgements, cueLabels, type LabelId } from '../labels.js'
import { html, join, type Safe } from './escape.js'

const f = (value: number) => Math.round(value * 10) / 10

/** Horizontal bars, one per skill, 0..100; a null score is drawn as an empty dashed bar with its reason. */
export function skillChart(items: readonly { name: string; score: Score; reason?: string }[]): Safe {
  const width = 460
  const labelWidth = 150
  const row = 28
  const height = items.length * row + 26
  const x = scaleLinear().domain([0, 100]).range([labelWidth, width - 40])
  const y = scaleBand<number>().domain(items.map((_, i) => i)).range([4, height - 22]).padding(0.28)
  const grid = [0, 25, 50, 75, 100].map(
    (tick) => html`<line x1="${f(x(tick))}" x2="${f(x(tick))}" y1="0" y2="${height - 20}" class="grid"/><text x="${f(x(tick))}" y="${height - 6}" class="tick" text-anchor="middle">${tick}</text>`
  )
  const bars = items.map((item, i) => {
    const top = f(y(i) ?? 0)
    const bandHeight = f(y.bandwidth())
    const middle = f((y(i) ?? 0) + y.bandwidth() / 2 + 4)
    const label = html`<text x="${labelWidth - 8}" y="${middle}" text-anchor="end" class="label">${item.name}</text>`
    if (item.score === null) {
      return html`<g class="skill missing"><title>${item.name}: not enough evidence${item.reason ? ` (${item.reason})` : ''}</title>${label}<rect x="${f(x(0))}" y="${top}" width="${f(x(100) - x(0))}" height="${bandHeight}" rx="3" class="bar-empty"/><text x="${f(x(50))}" y="${middle}" text-anchor="middle" class="na">not enough evidence</text></g>`
    }
    const tone = item.score >= 67 ? 'good' : item.score >= 50 ? 'fair' : 'weak'
    return html`<g class="skill"><title>${item.name}: ${item.score}</title>${label}<rect x="${f(x(0))}" y="${top}" width="${f(x(100) - x(0))}" height="${bandHeight}" rx="3" class="bar-track"/><rect x="${f(x(0))}" y="${top}" width="${f(Math.max(2, x(item.score) - x(0)))}" height="${bandHeight}" rx="3" class="bar ${tone}"/><text x="${f(x(item.score) + 6)}" y="${middle}" class="value">${item.score}</text></g>`
  })
  return html`<svg class="chart skills" viewBox="0 0 ${width} ${height}" role="img" aria-label="Skill scores from 0 to 100"><title>Skill scores</title>${grid}${bars}</svg>`
}

/** The empathy × assertiveness plane with its four quadrants and a point per person. */
export function quadrantChart(points: readonly { name: string; empathy: number; assertiveness: number }[]): Safe {
  const size = 300
  const pad = 34
  const x = scaleLinear().domain([0, 100]).range([pad, size - 8])
  const y = scaleLinear().domain([0, 100]).range([size - pad, 8])
  const mid = { x: f(x(50)), y: f(y(50)) }
  const regions = [
    { x0: 50, y0: 100, name: 'Trusted advisor', cls: 'q-advisor' },
    { x0: 0, y0: 100, name: 'Cold and pushy', cls: 'q-pushy' },
    { x0: 50, y0: 50, name: 'Warm but spineless', cls: 'q-spineless' },
    { x0: 0, y0: 50, name: 'Detached', cls: 'q-detached' },
  ].map(
    (r) =>
      html`<rect x="${f(x(r.x0))}" y="${f(y(r.y0))}" width="${f(x(50) - x(0))}" height="${f(y(0) - y(50))}" class="${r.cls}"/><text x="${f(x(r.x0 + 25))}" y="${f(y(r.y0) + 16)}" text-anchor="middle" class="q-name">${r.name}</text>`
  )
  const dots = points.map(
    (p) =>
      html`<g class="point"><title>${p.name}: empathy ${p.empathy}, assertiveness ${p.assertiveness}</title><circle cx="${f(x(p.empathy))}" cy="${f(y(p.assertiveness))}" r="7"/><text x="${f(x(p.empathy) + (p.empathy > 70 ? -10 : 10))}" y="${f(y(p.assertiveness) + (p.assertiveness > 88 ? 16 : -10))}" text-anchor="${p.empathy > 70 ? 'end' : 'start'}" class="point-label">${p.name}</text></g>`
  )
  return html`<svg class="chart quadrant" viewBox="0 0 ${size} ${size}" role="img" aria-label="Empathy and assertiveness quadrant"><title>Empathy × assertiveness</title>${regions}<line x1="${mid.x}" x2="${mid.x}" y1="${f(y(100))}" y2="${f(y(0))}" class="axis-mid"/><line x1="${f(x(0))}" x2="${f(x(100))}" y1="${mid.y}" y2="${mid.y}" class="axis-mid"/><text x="${f(x(50))}" y="${size - 8}" text-anchor="middle" class="axis-title">empathy →</text><text transform="translate(12 ${f(y(50))}) rotate(-90)" text-anchor="middle" class="axis-title">assertiveness →</text>${dots}</svg>`
}

const isCue = (labels: readonly LabelId[]) => labels.some((label) => (cueLabels as readonly string[]).includes(label))

/**
 * Who spoke when: one lane per role, a bar per utterance (by time on calls where every utterance has a
 * start, else by word position), customer cues marked, a link from each cue to the team's first
 * reply, green when the reply acknowledged it and red when it did not; findings as ticks.
 */
export function timeline(analysis: Analysis, anchor: (utterance: number) => string): Safe {
  const utterances = analysis.utterances
  if (utterances.length === 0) return html`<p class="muted">No utterances.</p>`
  const width = 960
  const left = 92
  const right = 16
  const lanes = { customer: 34, team: 104 }
  const laneHeight = 30
  const height = 170
  // Chats and emails wait between messages; drawn by time, a reply would look like minutes of talk.
  const timed = analysis.channel === 'call' && utterances.every((u) => u.start !== null)
  const spans = spansOf(utterances, timed)
  const x = scaleLinear()
    .domain([spans[0]?.[0] ?? 0, Math.max(...spans.map((s) => s[1]), (spans[0]?.[0] ?? 0) + 1)])
    .range([left, width - right])
  const bars = utterances.map((u, i) => {
    const [start, end] = spans[i]!
    const lane = lanes[u.role]
    const cls = `${u.role}${isCue(u.labels) ? ' cue' : ''}`
    const when = u.start === null ? `#${u.index}` : formatClock(u.start)
    return html`<a href="#${anchor(u.index)}"><rect x="${f(x(start))}" y="${lane}" width="${f(Math.max(1.5, x(end) - x(start) - 0.6))}" height="${laneHeight}" class="${cls}"><title>${when} ${u.speaker}: ${clip(u.text, 140)}</title></rect></a>`
  })
  const link = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>()
  const links: Safe[] = []
  const cueMarks: Safe[] = []
  for (const [i, u] of utterances.entries()) {
    if (u.role !== 'customer' || !isCue(u.labels)) continue
    const cx = f((x(spans[i]![0]) + x(spans[i]![1])) / 2)
    const kinds = u.labels.filter((label) => (cueLabels as readonly string[]).includes(label)).join(', ')
    cueMarks.push(html`<path d="M${cx} ${lanes.customer - 12} l6 6 l-6 6 l-6 -6z" class="cue-mark"><title>Cue (${kinds}): ${clip(u.text, 120)}</title></path>`)
    const replyIndex = firstReply(utterances, i)
    if (replyIndex === undefined || !u.labels.some((label) => (acknowledgedCues as readonly string[]).includes(label))) continue
    const reply = utterances[replyIndex]!
    const acknowledged = reply.labels.some((label) => (acknowledgements as readonly string[]).includes(label))
    const rx = f((x(spans[replyIndex]![0]) + x(spans[replyIndex]![1])) / 2)
    const d = link({ source: [cx, lanes.customer + laneHeight], target: [rx, lanes.team] }) ?? ''
    links.push(html`<path d="${d}" class="${acknowledged ? 'link ok' : 'link missed'}"><title>${acknowledged ? 'Cue acknowledged' : 'Cue not acknowledged'} by ${reply.speaker}</title></path>`)
  }
  const position = new Map(utterances.map((u, i) => [u.index, i]))
  const marks = analysis.findings.map((finding: Finding) => {
    const i = position.get(finding.utterance)
    if (i === undefined) return html``
    const cx = f((x(spans[i]![0]) + x(spans[i]![1])) / 2)
    const y0 = lanes.team + laneHeight + 4
    return html`<a href="#${anchor(finding.utterance)}"><path d="M${cx} ${y0} l6 10 h-12z" class="finding-mark ${finding.severity}"><title>${finding.rule}: ${clip(finding.message, 160)}</title></path></a>`
  })
  const ticks = tickValues(x.domain() as [number, number], timed).map((tick) => {
    const label = timed ? formatClock(tick) : `${tick}`
    return html`<line x1="${f(x(tick))}" x2="${f(x(tick))}" y1="${lanes.customer - 14}" y2="${lanes.team + laneHeight + 18}" class="grid"/><text x="${f(x(tick))}" y="${height - 6}" text-anchor="middle" class="tick">${label}</text>`
  })
  return html`<svg class="chart timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="Conversation timeline"><title>Who spoke when${timed ? '' : ' (by word position)'}</title>${ticks}<text x="${left - 10}" y="${lanes.customer + 20}" text-anchor="end" class="lane">Customer</text><text x="${left - 10}" y="${lanes.team + 20}" text-anchor="end" class="lane">Team</text>${bars}${links}${cueMarks}${join(marks)}<text x="${left - 34}" y="${height - 6}" text-anchor="end" class="tick">${timed ? 'mm:ss' : 'words'}</text></svg>`
}

/** Round ticks: whole minutes (or 10/15/30 s) on a timed axis, round word counts otherwise. */
function tickValues([start, end]: [number, number], timed: boolean): number[] {
  const steps = timed ? [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600] : [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]
  const step = steps.find((s) => (end - start) / s <= 10) ?? steps[steps.length - 1]!
  const ticks: number[] = []
  for (let t = Math.ceil(start / step) * step; t <= end && ticks.length < 50; t += step) ticks.push(t)
  return ticks
}

function firstReply(utterances: readonly AnalysedUtterance[], cue: number): number | undefined {
  for (let i = cue + 1; i < utterances.length; i++) {
    const u = utterances[i]!
    if (u.role !== 'team') continue
    if (/^\s*(?:mm+|hmm+|mhm|mm-hmm|uh-huh|yeah|yes|right|okay|ok|sure|i see|got it)[\s.!,]*$/i.test(u.text)) continue
    return i
  }
  return undefined
}

/** Start and end of each utterance on the x axis: seconds when timed, else cumulative words. */
function spansOf(utterances: readonly AnalysedUtterance[], timed: boolean): [number, number][] {
  if (timed) {
    return utterances.map((u, i) => {
      const start = u.start!
      const next = utterances[i + 1]?.start
      const words = u.text.split(/\s+/).filter(Boolean).length
      // Without an end time, the utterance runs until the next one starts (or at speaking pace, 2.5 words a second).
      const end = u.end ?? (next !== null && next !== undefined && next > start ? next : start + Math.max(1, words / 2.5))
      return [start, Math.max(end, start + 0.5)]
    })
  }
  let position = 0
  return utterances.map((u) => {
    const words = Math.max(1, u.text.split(/\s+/).filter(Boolean).length)
    const span: [number, number] = [position, position + words]
    position += words
    return span
  })
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
