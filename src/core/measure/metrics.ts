import type { Metrics } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import type { Conversation } from '../conversation.js'
import { tallyOf, type Tally } from './tally.js'

/** A published reference range for a metric, with where it comes from. */
export interface Reference {
  /** What good looks like, in words ("43% talk / 57% listen"). */
  text: string
  /** The published bounds in the metric's own unit: `low` is fair, `high` is good (or the ends of a published range). */
  low?: number
  high?: number
  source: string
}

/**
 * Reference ranges published by research or by the vendors users know. Only published figures
 * appear here; metrics without one have none (docs/scoring.md lists the sources).
 */
export const references: Partial<Record<string, Reference>> = {
  talkRatio: { text: 'top performers talk about 43% (listen 57%)', source: 'Gong Labs, talk-to-listen ratio of top sales reps' },
  listenRatio: { text: 'top performers listen about 57%', source: 'Gong Labs, talk-to-listen ratio of top sales reps' },
  questions: { text: '11–14 questions in a discovery call', low: 11, high: 14, source: 'Gong Labs, questions asked in successful discovery calls' },
  reflectionToQuestion: { text: '1 is fair, 2 is good', low: 1, high: 2, source: 'MITI 4 (Motivational Interviewing Treatment Integrity) reflection-to-question ratio' },
  openQuestionShare: { text: '50% open is fair, 70% good', low: 0.5, high: 0.7, source: 'MITI 3.1.1 percent open questions (beginning proficiency / competency)' },
}

const round = (value: number, digits = 3) => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

const share = (part: number, whole: number) => (whole > 0 ? round(part / whole) : null)

/** The metrics of labels.md, and the talk/listen standards users know, from a tally. Null where not computable. */
export function metricsFromTally(tally: Tally): Metrics {
  const isCall = tally.channel === 'call'
  const words = tally.teamWords + tally.customerWords
  const talkRatio = isCall && words > 0 ? round(tally.teamWords / words) : null
  const hasTeam = tally.teamTurns > 0
  const questions = hasTeam ? tally.questions.length : null
  const open = tally.questions.filter((q) => q.open).length
  const generic = tally.questions.filter((q) => q.generic).length
  const minutes = tally.durationSeconds !== null && tally.durationSeconds > 0 ? tally.durationSeconds / 60 : null
  return {
    talkRatio,
    listenRatio: talkRatio === null ? null : round(1 - talkRatio),
    questions,
    openQuestionShare: share(open, tally.questions.length),
    genericQuestionShare: share(generic, tally.questions.length),
    // labels.md: seconds where timestamps exist, else words; both are also given with their unit.
    longestMonologue: !isCall || !hasTeam ? null : (tally.longestRunSeconds !== null ? round(tally.longestRunSeconds, 1) : tally.longestRunWords),
    longestMonologueSeconds: isCall && tally.longestRunSeconds !== null ? round(tally.longestRunSeconds, 1) : null,
    longestMonologueWords: isCall && hasTeam ? tally.longestRunWords : null,
    cueResponseRate: share(tally.cuesAcknowledged, tally.cuesAnswered),
    empathyFirstRate: share(tally.empathyFirst, tally.upsetCuesAnswered),
    reflectionToQuestion: tally.questions.length > 0 ? round(tally.labels.interpretation / tally.questions.length, 2) : null,
    patience: tally.pauses.length > 0 ? round(tally.pauses.reduce((a, b) => a + b, 0) / tally.pauses.length, 2) : null,
    interactivity: minutes !== null && isCall ? round(tally.switches / minutes, 2) : null,
    interruptions: tally.interruptions,
    cuesAnswered: tally.cuesAnswered,
    durationMinutes: minutes === null ? null : round(minutes, 2),
  }
}

/** The metrics of labels.md; null where the conversation does not allow computing one. */
export function metricsOf(conversation: Conversation, annotation: Annotation): Metrics {
  return metricsFromTally(tallyOf(conversation, annotation))
}
