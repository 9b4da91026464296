import type { Analysis, Finding, Score } from '../analysis.js'
import { formatClock } from '../ingest/clock.js'
import { messageBody, metricViews, peopleOf, ruleName, showMetric, skills, standing } from './summary.js'

/**
 * Escapes text for Markdown so transcript words cannot become markup or raw HTML. Text never
 * starts a line here (it follows a label or sits in a table cell), so only inline markup is escaped:
 * emphasis, code, links, tables, strikethrough and anything HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>&|~]/g, (char) => `\\${char}`)
}

/** A Markdown report: a per-person table when there are several conversations, then one section per conversation. */
export function renderMarkdown(analyses: readonly Analysis[]): string {
  const parts = analyses.map(renderOne)
  if (analyses.length > 1) parts.unshift(renderPeople(analyses))
  return parts.join('\n---\n\n')
}

const show = (value: Score) => (value === null ? 'n/a' : String(value))

function renderPeople(analyses: readonly Analysis[]): string {
  const out = ['# Team overview', '', '| person | conversations | empathy | assertiveness | quadrant | to fix | strengths |', '| --- | ---: | ---: | ---: | --- | ---: | ---: |']
  for (const p of peopleOf(analyses)) {
    out.push(`| ${escapeMarkdown(p.name)} | ${p.conversations} | ${show(p.empathy)} | ${show(p.assertiveness)} | ${p.quadrant ?? 'n/a'} | ${p.failures} | ${p.strengths} |`)
  }
  return `${out.join('\n')}\n`
}

function findingLines(finding: Finding): string[] {
  const when = finding.start === null ? `#${finding.utterance}` : formatClock(finding.start)
  const out = [`- **${finding.severity}: ${ruleName(finding.rule)}** (${escapeMarkdown(finding.speaker)}, ${when}): ${escapeMarkdown(messageBody(finding))}  `]
  if (finding.principle) out.push(`  _${escapeMarkdown(finding.principle)}_  `)
  out.push(`  ${finding.severity === 'strength' ? 'Keep' : 'Try'}: ${escapeMarkdown(finding.suggestion)}`)
  return out
}

function renderOne(analysis: Analysis): string {
  const scores = analysis.scores
  const reasons = scores.reasons ?? {}
  const out: string[] = [`# ${escapeMarkdown(analysis.source)}`, '']
  const minutes = analysis.metrics.durationMinutes
  out.push(`${analysis.channel}${typeof minutes === 'number' ? `, ${minutes.toFixed(1)} min` : ''}, ${analysis.utterances.length} utterances`, '')
  out.push('| participant | role | words |', '| --- | --- | ---: |')
  for (const p of analysis.participants) out.push(`| ${escapeMarkdown(p.name)} | ${p.role} | ${p.words} |`)
  out.push('', '## Scores', '')
  if (scores.quadrant) out.push(`**${scores.quadrant.name}**${scores.quadrant.meaning ? `: ${scores.quadrant.meaning}` : ''}.`, '')
  out.push('| skill | score | evidence |', '| --- | ---: | --- |')
  for (const skill of skills) {
    const value = scores.skills[skill.id] ?? null
    const evidence = value === null ? reasons[skill.id] ?? '' : (scores.evidence?.[skill.id] ?? []).join('; ')
    out.push(`| ${skill.name} | ${show(value)} | ${escapeMarkdown(evidence)} |`)
  }
  out.push('', '## Findings', '')
  if (analysis.findings.length === 0) out.push('None.')
  for (const finding of analysis.findings) out.push(...findingLines(finding))
  out.push('', '## Metrics', '', '| metric | value | reference |', '| --- | ---: | --- |')
  for (const view of metricViews) {
    const value = analysis.metrics[view.id]
    const state = standing(view, value)
    const reference = view.reference ? `${view.reference.text} (${view.reference.source})` : value === null || value === undefined ? view.missing : ''
    out.push(`| ${view.name} | ${showMetric(view, value)}${state ? ` (${state})` : ''} | ${escapeMarkdown(reference)} |`)
  }
  if (analysis.explanations?.length) {
    out.push('', '## Evidence', '', '| utterance | label | words | reason |', '| ---: | --- | --- | --- |')
    for (const e of analysis.explanations) {
      out.push(`| ${e.utterance} | ${e.label} | ${escapeMarkdown(e.evidence)} | ${escapeMarkdown(e.reason)}${e.cue === undefined ? '' : ` (answers #${e.cue})`} |`)
    }
  }
  out.push('', '## Transcript', '')
  for (const u of analysis.utterances) {
    const time = u.start === null ? '' : `${formatClock(u.start)} `
    const labels = u.labels.length ? ` _${u.labels.join(', ')}_` : ''
    out.push(`${u.index}\\. ${time}**${escapeMarkdown(u.speaker)}**: ${escapeMarkdown(u.text)}${labels}  `)
  }
  return `${out.join('\n')}\n`
}
