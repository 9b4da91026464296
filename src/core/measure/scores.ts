import type { Metrics, Scores } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import type { Conversation } from '../conversation.js'

/** Scores are not computed yet: every one is null with the reason. */
export function scoresOf(_conversation: Conversation, _annotation: Annotation, _metrics: Metrics): Scores {
  const reason = 'scoring is not implemented yet'
  return { empathy: null, assertiveness: null, skills: {}, reasons: { empathy: reason, assertiveness: reason } }
}
