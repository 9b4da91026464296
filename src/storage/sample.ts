import { createHash } from 'node:crypto'
import { engineVersion, schema, type Analysis, type Finding, type LabelId } from '../core/index.js'
import type { NewConversation } from './store.js'

/** One line of a hand-built conversation: who says what, with which labels. */
export interface SampleLine {
  speaker: string
  role: 'team' | 'customer'
  text: string
  labels?: LabelId[]
}

/**
 * Builds a stored conversation and its analysis by hand, so tests of storage, coaching and the API
 * do not depend on what the detectors currently find.
 */
export function sampleConversation(
  lines: readonly SampleLine[],
  options: { source?: string; channel?: 'call' | 'chat' | 'email'; occurredAt?: Date; people?: NewConversation['people']; findings?: Omit<Finding, 'speaker' | 'start' | 'evidence' | 'reason'>[]; skills?: Record<string, number | null>; engine?: string } = {}
): { conversation: NewConversation; analysis: Analysis } {
  const utterances = lines.map((line, index) => ({ index, speaker: line.speaker, role: line.role, start: null, end: null, text: line.text }))
  const participants = [...new Set(lines.map((line) => line.speaker))].map((name) => ({
    name,
    role: lines.find((line) => line.speaker === name)!.role,
    words: lines.filter((line) => line.speaker === name).reduce((sum, line) => sum + line.text.split(/\s+/).length, 0),
  }))
  const source = options.source ?? 'sample.txt'
  const hash = createHash('sha256').update(JSON.stringify([source, utterances])).digest('hex')
  const findings: Finding[] = (options.findings ?? []).map((finding) => {
    const line = lines[finding.utterance]!
    return { ...finding, speaker: line.speaker, start: null, evidence: line.text, reason: 'sample' }
  })
  const analysis: Analysis = {
    schema,
    source,
    channel: options.channel ?? 'call',
    participants,
    utterances: lines.map((line, index) => ({ ...utterances[index]!, labels: line.labels ?? [] })),
    findings,
    metrics: {},
    scores: { empathy: options.skills?.empathy ?? null, assertiveness: options.skills?.assertiveness ?? null, skills: options.skills ?? {} },
    roles: { team: participants.filter((p) => p.role === 'team').map((p) => p.name) },
    engine: options.engine ?? engineVersion,
  }
  return {
    conversation: { source, channel: analysis.channel, occurredAt: options.occurredAt ?? new Date('2026-03-01T10:00:00Z'), participants, utterances, hash, people: options.people ?? [] },
    analysis,
  }
}
