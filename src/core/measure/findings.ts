import type { Finding } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import type { Conversation } from '../conversation.js'

/** One finding per failure hit, field for field, in conversation order. */
export function findingsOf(conversation: Conversation, annotation: Annotation): Finding[] {
  const findings: Finding[] = []
  for (const hit of annotation.hits) {
    if (!hit.message || !hit.suggestion) continue
    const utterance = conversation.utterances[hit.utterance]!
    const finding: Finding = {
      rule: hit.label,
      utterance: hit.utterance,
      severity: 'warning',
      message: hit.message,
      suggestion: hit.suggestion,
      evidence: utterance.text.slice(hit.span[0], hit.span[1]),
      reason: hit.reason,
      speaker: utterance.speaker,
      start: utterance.start,
    }
    if (hit.cue !== undefined) finding.cue = hit.cue
    findings.push(finding)
  }
  return findings
}
