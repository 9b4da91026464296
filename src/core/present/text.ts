import type { Analysis, Finding, Score } from '../analysis.js'
import { formatClock } from '../ingest/clock.js'
import { messageBody, metricViews, peopleOf, ruleName, showMetric, skills } from './summary.js'

/** Colours for a terminal; identity functions when piped. */
export interface Paint {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  green(text: string): string
  yellow(text: string): string
  cyan(text: string): string
}

const plain: Paint = { bold: (t) => t, dim: (t) => t, red: (t) => t, green: (t) => t, yellow: (t) => t, cyan: (t) => t }

// Terminal control characters in transcripts could move the cursor or recolour the screen; show them as "?".
const safe = (text: string) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '?')

/** A compact readable summary per conversation, then a per-person table when there are several. */
export function renderText(analyses: readonly Analysis[], paint: Paint = plain): string {
  const parts = analyses.map((analysis) => renderOne(analysis, paint))
  if (analyses.length > 1) parts.push(renderPeople(analyses, paint))
  return parts.join('\n')
}

function score(value: Score, paint: Paint): string {
  if (value === null) return paint.dim('n/a')
  return value >= 67 ? paint.green(String(value)) : value >= 50 ? paint.yellow(String(value)) : paint.red(String(value))
}

const brief = ['talkRatio', 'questions', 'openQuestionShare', 'cueResponseRate', 'empathyFirstRate', 'reflectionToQuestion', 'longestMonologueSeconds', 'patience', 'interactivity']

function renderOne(analysis: Analysis, paint: Paint): string {
  const lines: string[] = []
  const minutes = analysis.metrics.durationMinutes
  lines.push(paint.bold(safe(analysis.source)) + paint.dim(` ${analysis.channel}${typeof minutes === 'number' ? ` · ${minutes.toFixed(1)} min` : ''} · ${analysis.utterances.length} utterances`))
  lines.push('  ' + analysis.participants.map((p) => `${p.role === 'team' ? paint.cyan(safe(p.name)) : safe(p.name)} ${paint.dim(`${p.role}, ${p.words} words`)}`).join(' · '))
  const scores = analysis.scores
  const quadrant = scores.quadrant ? ` → ${paint.bold(scores.quadrant.name)}` : ''
  lines.push(`  Empathy ${score(scores.empathy, paint)}  Assertiveness ${score(scores.assertiveness, paint)}${quadrant}`)
  lines.push(`  ${paint.dim('Skills')} ${skills.filter((s) => s.id !== 'empathy' && s.id !== 'assertiveness').map((s) => `${s.name.toLowerCase()} ${score(scores.skills[s.id] ?? null, paint)}`).join(' · ')}`)
  const metrics = metricViews
    .filter((view) => brief.includes(view.id) && typeof analysis.metrics[view.id] === 'number')
    .map((view) => `${view.name.replace(/ \(.*\)$/, '').toLowerCase()} ${showMetric(view, analysis.metrics[view.id])}`)
  if (metrics.length) lines.push(`  ${paint.dim('Metrics')} ${metrics.join(' · ')}`)
  const problems = analysis.findings.filter((f) => f.severity !== 'strength')
  const strengths = analysis.findings.filter((f) => f.severity === 'strength')
  if (problems.length) {
    lines.push(paint.bold(`  To fix (${problems.length})`))
    for (const finding of problems) lines.push(...findingLines(finding, paint))
  }
  if (strengths.length) {
    lines.push(paint.bold(`  Keep (${strengths.length})`))
    for (const finding of strengths) lines.push(...findingLines(finding, paint))
  }
  if (!analysis.findings.length) lines.push(paint.dim('  No findings.'))
  // --explain: every label with the words and the pattern that set it.
  if (analysis.explanations?.length) {
    lines.push(paint.bold(`  Evidence (${analysis.explanations.length})`))
    for (const e of analysis.explanations) {
      const cue = e.cue === undefined ? '' : paint.dim(` (answers #${e.cue})`)
      lines.push(`  #${e.utterance} ${paint.yellow(e.label)} “${safe(e.evidence)}” ${paint.dim(e.reason)}${e.detail ? paint.dim(` ${safe(e.detail)}`) : ''}${cue}`)
    }
  }
  return `${lines.join('\n')}\n`
}

function findingLines(finding: Finding, paint: Paint): string[] {
  const when = finding.start === null ? `#${finding.utterance}` : formatClock(finding.start)
  const mark = finding.severity === 'strength' ? paint.green('✓') : finding.severity === 'critical' ? paint.red('✗') : finding.severity === 'warning' ? paint.yellow('!') : paint.cyan('i')
  const tag = finding.severity === 'strength' ? paint.green(ruleName(finding.rule)) : finding.severity === 'critical' ? paint.red(ruleName(finding.rule)) : paint.yellow(ruleName(finding.rule))
  return [`  ${mark} ${tag} ${paint.dim(when)} ${safe(messageBody(finding))}`, `    ${paint.green('→')} ${safe(finding.suggestion)}`]
}

function renderPeople(analyses: readonly Analysis[], paint: Paint): string {
  const people = peopleOf(analyses)
  const lines = [paint.bold(`People (${people.length})`)]
  for (const p of people) {
    lines.push(`  ${paint.cyan(safe(p.name))} ${paint.dim(`${p.conversations} conversation${p.conversations === 1 ? '' : 's'}`)} · empathy ${score(p.empathy, paint)} · assertiveness ${score(p.assertiveness, paint)}${p.quadrant ? ` → ${p.quadrant}` : ''} · ${p.failures} to fix, ${p.strengths} strengths`)
  }
  return `${lines.join('\n')}\n`
}
