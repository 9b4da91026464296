import type { Finding, Metrics, Scores } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import type { Conversation } from '../conversation.js'
import { findingsOf } from './findings.js'
import { metricsOf } from './metrics.js'
import { scoresOf } from './scores.js'

/** Metrics, scores and findings of one annotated conversation. */
export interface Measurement {
  metrics: Metrics
  scores: Scores
  findings: Finding[]
}

/** Turns labels into metrics, scores and findings. */
export function measure(conversation: Conversation, annotation: Annotation): Measurement {
  const metrics = metricsOf(conversation, annotation)
  return {
    metrics,
    scores: scoresOf(conversation, annotation, metrics),
    findings: findingsOf(conversation, annotation),
  }
}
