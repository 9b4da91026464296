import type { Conversation, Role } from '../conversation.js'
import type { LabelId } from '../labels.js'

/** One labelled moment: which words, in which utterance, and why. */
export interface Hit {
  /** Index of the utterance that carries the label. */
  utterance: number
  /** Character offsets of the evidence in `utterance.text`. */
  span: readonly [start: number, end: number]
  /** The pattern that fired, kebab-case; `--explain` prints it. */
  reason: string
  /** The customer cue this hit answers, for failures that look back at a cue. */
  cue?: number
  /** For failures: what went wrong, quoting the moment. */
  message?: string
  /** For failures: what to say instead. */
  suggestion?: string
  /** Optional detail such as an emotion name or a model probability. */
  detail?: string
}

/** What a detector sees and how it reports. */
export interface DetectorContext {
  readonly conversation: Conversation
  /** Labels set by earlier phases: failures can read cues and behaviours. */
  readonly has: (utterance: number, label: LabelId) => boolean
  readonly report: (hit: Hit) => void
}

/** One label's detector: a little metadata and one function. */
export interface Detector {
  /** A label id from labels.md. The file is named after it. */
  readonly id: LabelId
  /** Whose utterances get the label. */
  readonly role: Role
  /** One line, shown by `rapport detectors` and in docs/detectors.md. */
  readonly description: string
  detect(context: DetectorContext): void
}

/** A hit with the label it carries. */
export interface LabelledHit extends Hit {
  label: LabelId
}
