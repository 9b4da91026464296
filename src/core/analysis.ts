import type { Channel, Conversation, Role } from './conversation.js'
import type { LabelId } from './labels.js'

/** The schema id of the v1 contract. */
export const schema = 'rapport.analysis/v1'

/** One speaker with their role and how many words they said. */
export interface Participant {
  name: string
  role: Role
  words: number
}

/** An utterance as the contract prints it. */
export interface AnalysedUtterance {
  index: number
  speaker: string
  role: Role
  start: number | null
  end: number | null
  text: string
  labels: LabelId[]
}

/** Why a label was set: the evidence span and the pattern (`--explain`). */
export interface Explanation {
  label: LabelId
  utterance: number
  span: [number, number]
  evidence: string
  reason: string
  cue?: number
  detail?: string
}

/** One coaching point: a failure or a notable strength, quoting the moment. */
export interface Finding {
  rule: LabelId
  utterance: number
  cue?: number
  severity: 'critical' | 'warning' | 'info' | 'strength'
  message: string
  suggestion: string
  /** The words that fired. */
  evidence: string
  reason: string
  speaker: string
  start: number | null
  /** Character offsets of `evidence` in the utterance's text. */
  span?: [number, number]
  /** The principle at stake, in one plain sentence. */
  principle?: string
  /** The customer's words the finding answers (the cue, or the last thing they said). */
  cueText?: string
  cueSpeaker?: string
}

/** Conversation metrics with the ids of labels.md; null when not computable. */
export type Metrics = Record<string, number | null>

/** A 0..100 score or null with the reason it could not be given. */
export type Score = number | null

/** Scores per the contract: empathy, assertiveness and the skills of framework.md. */
export interface Scores {
  empathy: Score
  assertiveness: Score
  skills: Record<string, Score>
  /** Why a score is null, by score id. */
  reasons?: Record<string, string>
  /** The counted moments behind each skill score, by skill id ("+ 2 interpretations (×2)"). */
  evidence?: Record<string, string[]>
  quadrant?: Quadrant | null
}

/** Where empathy × assertiveness places a person (framework.md §5), with the evidence for each axis. */
export interface Quadrant {
  id: string
  name: string
  evidence: string[]
  /** What the quadrant means, in a few words. */
  meaning?: string
  axes?: { empathy: string[]; assertiveness: string[] }
}

/** The whole result for one conversation (contract v1). */
export interface Analysis {
  schema: typeof schema
  source: string
  channel: Channel
  participants: Participant[]
  utterances: AnalysedUtterance[]
  findings: Finding[]
  metrics: Metrics
  scores: Scores
  roles: { team: string[]; inferred?: string }
  explanations?: Explanation[]
  engine: string
}

const wordCounts = new Map<string, number>()

/** Counts words the way every metric does: runs of letters, digits and apostrophes. */
export function countWords(text: string): number {
  // Remembered per text: participants, tallies and rewrites count the same utterances and sentences again.
  const cached = wordCounts.get(text)
  if (cached !== undefined) return cached
  const count = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0
  if (wordCounts.size >= 8192) wordCounts.clear()
  wordCounts.set(text, count)
  return count
}

/** The participants of a conversation in order of first speaking. */
export function participantsOf(conversation: Conversation): Participant[] {
  const byName = new Map<string, Participant>()
  for (const utterance of conversation.utterances) {
    const participant = byName.get(utterance.speaker) ?? { name: utterance.speaker, role: utterance.role, words: 0 }
    participant.words += countWords(utterance.text)
    byName.set(utterance.speaker, participant)
  }
  return [...byName.values()]
}
