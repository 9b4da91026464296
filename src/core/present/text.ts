import type { Analysis } from '../analysis.js'
import { formatClock } from '../ingest/clock.js'

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

/** A compact readable summary per conversation. */
export function renderText(analyses: readonly Analysis[], paint: Paint = plain): string {
  return analyses.map((analysis) => renderOne(analysis, paint)).join('\n')
}

function renderOne(analysis: Analysis, paint: Paint): string {
  const lines: string[] = []
  lines.push(paint.bold(`${analysis.source}`) + paint.dim(` (${analysis.channel}, ${analysis.utterances.length} utterances)`))
  lines.push(
    '  ' +
      analysis.participants
        .map((p) => `${p.role === 'team' ? paint.cyan(p.name) : p.name} ${paint.dim(`${p.role}, ${p.words} words`)}`)
        .join(' · ')
  )
  const scores = analysis.scores
  const show = (value: number | null) => (value === null ? paint.dim('n/a') : String(value))
  lines.push(`  empathy ${show(scores.empathy)} · assertiveness ${show(scores.assertiveness)}`)
  const labelled = analysis.utterances.filter((utterance) => utterance.labels.length > 0)
  if (labelled.length) {
    lines.push(paint.bold('  Labels'))
    for (const utterance of labelled) {
      const time = utterance.start === null ? '' : `${formatClock(utterance.start)} `
      lines.push(`  #${utterance.index} ${paint.dim(time)}${utterance.speaker}: ${paint.yellow(utterance.labels.join(', '))}`)
    }
  }
  if (analysis.findings.length) {
    lines.push(paint.bold('  Findings'))
    for (const finding of analysis.findings) {
      lines.push(`  ${paint.red(finding.rule)} #${finding.utterance}: ${finding.message}`)
      lines.push(`    ${paint.green('→')} ${finding.suggestion}`)
    }
  }
  return `${lines.join('\n')}\n`
}
