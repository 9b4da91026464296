import type { Detector } from '../detector.js'
import { acknowledgement, compile, cueKind } from '../lexicon/failures.js'
import { previousCustomerUtterance } from '../text.js'

const pity = compile([
  // "Oh you poor thing." "Poor you!" "You poor things."
  { match: "(?:you )?poor (?:you|thing|things|soul|souls|dear|darling|love|guy|man|woman|lady|baby|kid|lamb)|you poor (?:\\w+)|poor (?:little|wee|old) \\w+|(?:your |the )?poor (?:dad|mum|mom|mother|father|husband|wife|partner|son|daughter|kids?|boy|girl|lad|lass|baby|dog|cat|pup|puppy|grandma|grandad|grandpa|gran|nan|hun|mate|chap|fella)", reason: 'poor-you' },
  // "I feel so sorry for you."
  { match: "i (?:really |just |do )?feel (?:so |really |very |terribly |awfully |quite |just )?(?:sorry|bad|sad|terrible|awful|horrible|dreadful|gutted) for (?:you|your|yall|y'all|you guys)", reason: 'feel-sorry-for-you' },
  // "I'm so sorry for you." "I really feel for you."
  { match: "(?:i'?m|i am) (?:so |really |just |truly )?sorry for you(?! (?:guys|all)\\b)|i (?:really |truly |do )?feel for you|(?:how|that'?s|thats|that is) (?:so |just |really )?(?:awful|terrible|horrible|dreadful|sad) for you", reason: 'sorry-for-you' },
  // "I pity you." "What a pity."
  { match: 'i pity (?:you|your)|what a pity|such a pity', reason: 'pity' },
  // "That's so sad." "How sad."
  { match: "(?:that'?s|that is|thats|it'?s|how|so|that sounds) (?:so |really |very |just |incredibly |terribly )?(?:sad|tragic|heartbreaking)(?! (?:for the|news for the))", reason: 'so-sad' },
  // "Bless your heart."
  { match: 'bless (?:your|you|his|her|their) (?:heart|soul|little)|bless (?:you|him|her|them|the)', reason: 'bless-you' },
  // "My heart goes out to you."
  { match: '(?:my|our) hearts? (?:go out|goes out|bleeds?|breaks?) (?:to|for)', reason: 'heart-goes-out' },
  // "What a shame."
  { match: "what a (?:shame|pity)|that'?s (?:such )?a shame", reason: 'what-a-shame' },
  // "Oh dear, oh dear."
  { match: "oh dear,? oh dear|you must be devastated|i can'?t imagine how awful", reason: 'oh-dear' },
])

const loose = new Set(['so-sad', 'what-a-shame', 'oh-dear', 'bless-you'])

/** Pity from the outside ("you poor thing") instead of understanding from the inside. */
export const sympathy: Detector = {
  id: 'sympathy',
  role: 'team',
  description: 'Pity from the outside instead of understanding',
  detect({ conversation, has, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const hits = pity.find(utterance.text)
      if (hits.length === 0) continue
      const answered = previousCustomerUtterance(conversation, utterance.index)
      const kind = answered ? cueKind(has, answered) : undefined
      // "That's a shame" about a missed meeting slot is manners; it is pity only in answer to a cue ("it's heartbreaking, I feel so bad for you" still is).
      const found = kind ? hits[0] : hits.find((hit) => !loose.has(hit.reason))
      if (!found) continue
      const cue = answered && kind && kind !== 'hesitation' ? answered : undefined
      report({
        utterance: utterance.index,
        span: found.span,
        reason: found.reason,
        ...(cue ? { cue: cue.index } : {}),
        message: `“${found.text}” looks at the customer from the outside: pity, not understanding.`,
        suggestion: cue
          ? `Step into their situation instead: ${acknowledgement(cue, kind)}`
          : 'Name what they are going through in their own words instead of pitying them.',
      })
    }
  },
}
