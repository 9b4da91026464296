import type { Analysis } from '../analysis.js'
import { formatClock } from '../ingest/clock.js'

/** Escapes text for Markdown so transcript words cannot become markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&]/g, (char) => `\\${char}`)
}

/** A Markdown report per conversation. */
export function renderMarkdown(analyses: readonly Analysis[]): string {
  return analyses.map(renderOne).join('\n---\n\n')
}

function renderOne(analysis: Analysis): string {
  const out: string[] = [`# ${escapeMarkdown(analysis.source)}`, '']
  out.push(`${analysis.channel}, ${analysis.utterances.length} utterances`, '')
  out.push('| participant | role | words |', '| --- | --- | --- |')
  for (const p of analysis.participants) out.push(`| ${escapeMarkdown(p.name)} | ${p.role} | ${p.words} |`)
  out.push('', '## Findings', '')
  if (analysis.findings.length === 0) out.push('None.')
  for (const finding of analysis.findings) {
    out.push(`- **${finding.rule}** (#${finding.utterance}): ${escapeMarkdown(finding.message)}  `)
    out.push(`  Try: ${escapeMarkdown(finding.suggestion)}`)
  }
  out.push('', '## Transcript', '')
  for (const u of analysis.utterances) {
    const time = u.start === null ? '' : `${formatClock(u.start)} `
    const labels = u.labels.length ? ` _${u.labels.join(', ')}_` : ''
    out.push(`${u.index}. ${time}**${escapeMarkdown(u.speaker)}**: ${escapeMarkdown(u.text)}${labels}`)
  }
  return `${out.join('\n')}\n`
}
