import { acknowledgements } from '../../labels.js'
import type { Detector } from '../detector.js'
import { acknowledgement, advice, cueKind, quote, repliesToCues } from '../lexicon/failures.js'

const cues = ['emotion', 'complaint'] as const

/** Whether the match starts the reply: at most three words before it ("so", "ok so", "right well"). */
function opensWith(text: string, at: number): boolean {
  return text.slice(0, at).trim().split(/\s+/).filter(Boolean).length <= 3
}

/** An upset or complaining customer gets the fix, instructions or policy before any acknowledgement. */
export const adviceFirst: Detector = {
  id: 'advice-first',
  role: 'team',
  description: 'Fix or policy before acknowledging an upset customer',
  detect({ conversation, has, report }) {
    // labels.md: judged on the first reply only; a stock line is no acknowledgement, pity is one (badly).
    for (const [reply, cue] of repliesToCues(conversation, has, cues)) {
      if (has(reply.index, 'sympathy')) continue
      const found = advice.first(reply.text)
      if (!found) continue
      // gold/README 5: the fix first and a real acknowledgement after it ("That's a browser setting: allow cookies… Sorry, I know
      // that's one more fiddly thing") is still advice-first; an acknowledgement that opens the reply answers the cue.
      if (acknowledgements.some((label) => has(reply.index, label)) && !opensWith(reply.text, found.span[0])) continue
      report({
        utterance: reply.index,
        cue: cue.index,
        span: found.span,
        reason: found.reason,
        message: `${quote(cue.text)} got “${found.text}…” before any sign it was heard.`,
        suggestion: `Acknowledge first, then give the fix: ${acknowledgement(cue, cueKind(has, cue))} Then: ${quote(reply.text.slice(found.span[0]), 12)}`,
      })
    }
  },
}
