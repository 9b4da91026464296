import { acknowledgedCues, acknowledgements } from '../../labels.js'
import type { Detector } from '../detector.js'
import { acknowledgement, cueKind, quote, repliesToCues } from '../lexicon/failures.js'

/** The first reply after a customer cue does not acknowledge it. */
export const missedCue: Detector = {
  id: 'missed-cue',
  role: 'team',
  description: 'First reply after a customer cue ignores it',
  detect({ conversation, has, report }) {
    // labels.md: only the first reply counts; later ones do not repair a missed cue.
    for (const [reply, cue] of repliesToCues(conversation, has, acknowledgedCues)) {
      if (acknowledgements.some((label) => has(reply.index, label))) continue
      // "I moved in March too, the last week was relentless": a relevant story of one's own shows the cue landed.
      // In the gold set it always comes with a reaction; when a detector misses the reaction, it still counts.
      if (has(reply.index, 'self-disclosure')) continue
      // Pity notices the cue, badly: that is sympathy, not missed-cue (labels.md). Boilerplate alone is no
      // acknowledgement, so a stock line does not stop this hit (sympathy runs before this detector).
      if (has(reply.index, 'sympathy')) continue
      const kind = cueKind(has, cue)
      const scripted = has(reply.index, 'boilerplate')
      report({
        utterance: reply.index,
        cue: cue.index,
        span: [0, reply.text.length],
        reason: scripted ? 'boilerplate-only' : 'no-acknowledgement',
        message: `${quote(cue.text)} got ${quote(reply.text)} in reply${scripted ? ': a stock line is not an acknowledgement' : ', which steps over it'}.`,
        suggestion: `Answer ${kind === 'emotion' ? 'the feeling' : kind === 'complaint' ? 'the complaint' : 'the news'} before moving on: ${acknowledgement(cue, kind)}`,
      })
    }
  },
}
