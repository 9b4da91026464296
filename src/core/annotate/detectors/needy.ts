import type { Detector } from '../detector.js'
import type { Conversation } from '../../conversation.js'
import type { LabelId } from '../../labels.js'
import { compile, gist, quote } from '../lexicon/failures.js'

const chasing = compile([
  // "Just checking in again!"
  { match: "(?:just|only) (?:checking|following|circling|touching) (?:in|up|back|base)(?: again| once more| one more time)?|(?:checking|following|circling|touching) (?:in|up|back|base) (?:again|once more|one more time)|(?:following|circling|checking) (?:up|back|in) (?:on|about|regarding) (?:my|our) (?:last|previous|earlier|other) (?:email|message|voicemail|note|call)s?|just (?:bumping|nudging|pinging|wanted to (?:bump|nudge|ping|check in|follow up|circle back))|bumping this(?: up)?", reason: 'checking-in' },
  // "Any update?"
  { match: "any (?:updates?|news|word|thoughts yet)(?: (?:on|yet|for me))?|(?:did|have|had|you'?d|you) (?:you )?(?:had|have|get|got) (?:a )?chance to|just wanted to (?:see|check|ask|know|find out) (?:if|whether|how)|(?:just )?making sure (?:this|you|my|that|it) (?:didn'?t|got|saw|received|hasn'?t)|(?:got|get|gets|getting) buried|any chance (?:of|you) (?:a )?(?:quick )?(?:yes|no|answer|decision|update|signing) (?:look|review|read|think|decide|sign)|(?:haven'?t|have not|didn'?t) heard (?:back )?from you|i (?:still )?haven'?t heard back", reason: 'any-update' },
  // "I've left you three voicemails."
  { match: "i'?ve (?:called|emailed|messaged|tried|left (?:you )?(?:a few|several|multiple|three|two|some)) (?:you )?(?:a few|several|multiple|three|two|four|many|so many)? ?(?:times|messages|voicemails|emails)", reason: 'repeated-chasing' },
  // "It would really help me hit my number."
  { match: "(?:hit|make|meet|reach|close out|get to) (?:my|our) (?:[a-z0-9]+ )?(?:number|numbers|quota|target|targets|goal)|(?:before )?(?:my|our) (?:month|quarter|year|fiscal year) (?:closes|ends|is up|runs out|is closing|is ending)|before (?:the )?(?:month|quarter|year)[- ]end|(?:my|our) (?:quota|commission|target|pipeline|forecast)|my (?:boss|manager|director|vp) (?:is |keeps |has been |will |would )?(?:really )?(?:on me|chasing|asking|pushing|breathing|love|want)|make my (?:month|quarter|week|year|day)", reason: 'own-quota' },
  // "It would be a huge help to me."
  { match: "(?:would|will|'?d) (?:be )?(?:a )?(?:really |so |huge|big|massive|real)? ?(?:help|helps|favou?r|help me out)(?: me)? (?:to|for) me|(?:huge|big|massive|real) (?:help|favou?r) (?:to|for) me|(?:help|do) me (?:out|a favou?r)|(?:i'?m|i am) (?:really )?(?:trying|hoping|desperate) to (?:get|close|book|land|hit) (?:a|one|this|the|some|two|a couple|it)|as a (?:personal )?favou?r|(?:would|will|'?d) mean (?:a lot|so much|the world) to me|(?:i'?ve|i have) been trying to (?:reach|get hold of|contact|get in touch with|get through to) you|did you (?:get|see|receive) my (?:last |previous |earlier )?(?:email|message|voicemail|note|text)|(?:in trouble with|kill me|on my back)(?= |$|[.,!?])|i (?:really |just )?need (?:this|to close|the deal|you to sign|a yes|a win|this one|one more|another) ?(?:deal|sale|signature|win|yes)?|(?:it|that|this) (?:would|will|'?d) (?:really |honestly |so |truly )?help me(?= *(?:[.,!;?]|$| out| a lot| so much| massively| hit| make| with my| close| get))|(?:hate|don'?t want) to be a (?:pest|pain|bother|nuisance)|helps? me (?:clean up|with my|hit|make|out)|i can do (?:literally )?any ?time", reason: 'help-me' },
  // "Please, please, just give it a chance."
  { match: "(?:please,? ){2,}|i'?m begging|pretty please|(?:please )?don'?t (?:go|leave|cancel|walk away)(?: on me)?|(?:please )?give (?:me|us) (?:one more|another|a) chance", reason: 'pleading' },
], ['mean', 'trying', 'did you', 'trouble', 'kill', 'back', 'just', 'only', 'again', ' more', 'last', 'previous', 'earlier', 'other', 'bump', 'any', 'chance', 'heard', 'making sure', 'buried', 've ', 'number', 'quota', 'target', 'goal', 'month', 'quarter', 'year', 'commission', 'pipeline', 'forecast', 'boss', 'manager', 'director', 'vp', 'make my', 'help', 'favo', 'trying', 'hoping', 'desperate', 'need', 'pest', 'pain', 'bother', 'nuisance', 'please', 'begging', 'don'])

/** Chasing or pleading: the rep needs the deal more than the customer needs the help. */
export const needy: Detector = {
  id: 'needy',
  role: 'team',
  description: 'Chases or pleads for the deal',
  detect({ conversation, has, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const found = chasing.first(utterance.text)
      if (!found) continue
      report({
        utterance: utterance.index,
        span: found.span,
        reason: found.reason,
        message: `“${found.text}” in ${quote(utterance.text)} puts the rep's need ahead of the customer's.`,
        suggestion: suggestion(conversation, has, utterance.index),
      })
    }
  },
}

/** Instead of chasing, hold up the customer's own problem and ask, as an equal, whether it still matters. */
function suggestion(conversation: Conversation, has: (utterance: number, label: LabelId) => boolean, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    if (!['emotion', 'complaint', 'hardship', 'hesitation'].some((label) => has(i, label as LabelId))) continue
    return `Drop the chasing and hold up their own problem: “Last time you said ${gist(conversation.utterances[i]!.text)}. Is fixing that still a priority, or has something changed?”`
  }
  return 'Drop the chasing and give them a reason of their own: name the problem they told you about and ask plainly whether solving it is still a priority.'
}
