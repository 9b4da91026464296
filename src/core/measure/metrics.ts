import type { Metrics } from '../analysis.js'
import { countWords } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import type { Conversation } from '../conversation.js'

/** The metrics of labels.md; null where the conversation does not allow computing one. */
export function metricsOf(conversation: Conversation, _annotation: Annotation): Metrics {
  let team = 0
  let all = 0
  for (const utterance of conversation.utterances) {
    const words = countWords(utterance.text)
    all += words
    if (utterance.role === 'team') team += words
  }
  return { talkRatio: all > 0 && conversation.channel === 'call' ? round(team / all) : null }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
