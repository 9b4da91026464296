import type { Detector } from '../detector.js'
import { firstIn, qualifying } from '../lexicon/behaviours.js'
import { textOf } from '../text.js'

// The patterns live in lexicon/behaviours.ts (`qualifying`), because exploration must skip them:
// "Who actually makes the call here?" "Is there budget this year?" "Is a May start realistic?"

/** Checks the customer's side of the deal as an equal: decision, budget, sign-off, commitment. */
export const mutualQualification: Detector = {
  id: 'mutual-qualification',
  role: 'team',
  description: "Checks the customer's decision process, budget and commitment as an equal",
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const found = firstIn(qualifying, utterance.text, textOf(utterance.text).lower)
      if (found) report({ utterance: utterance.index, span: found.span, reason: found.reason })
    }
  },
}
