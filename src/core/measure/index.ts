import type { Finding, Metrics, Scores } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import type { Conversation } from '../conversation.js'
import { findingsOf } from './findings.js'
import { metricsFromTally } from './metrics.js'
import { scoresFromTally } from './scores.js'
import { tallyOf } from './tally.js'

/** Metrics, scores and findings of one annotated conversation. */
export interface Measurement {
  metrics: Metrics
  scores: Scores
  findings: Finding[]
}

/** Turns labels into metrics, scores and findings (docs/scoring.md). */
export function measure(conversation: Conversation, annotation: Annotation): Measurement {
  const tally = tallyOf(conversation, annotation)
  return {
    metrics: metricsFromTally(tally),
    scores: scoresFromTally(tally),
    findings: findingsOf(conversation, annotation),
  }
}

export { metricsOf, metricsFromTally, references, type Reference } from './metrics.js'
export { scoresOf, scoresFromTally, evidenceScore, quadrantOf, skillIds, skillNames, minimumEvidence, type SkillId } from './scores.js'
export { findingsOf, principles, strengthLabels } from './findings.js'
export { tallyOf, isOpenQuestion, type Tally, type Question } from './tally.js'
