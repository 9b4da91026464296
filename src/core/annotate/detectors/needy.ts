import type { Detector } from '../detector.js'
import type { Conversation } from '../../conversation.js'
import type { LabelId } from '../../labels.js'
import { compile, gist, quote } from '../lexicon/failures.js'

const chasing = compile([
  // "Just checking in again!"
  { match: "(?:just|only) (?:checking|following|circling|touching) (?:in|up|back|base)(?: again| once more| one more time)?|(?:checking|following|circling|touching) (?:in|up|back|base) (?:again|once more|one more time)|(?:following|circling|checking) (?:up|back|in) (?:on|about|regarding) (?:my|our) (?:last|previous|earlier|other) (?:email|message|voicemail|note|call)s?|just (?:bumping|nudging|pinging|wanted to (?:bump|nudge|ping|check in|follow up|circle back))|bumping this(?: up)?", reason: 'checking-in' },
  // "Any update?"
  { match: "any (?:updates?|news|word|thoughts yet)(?: (?:on|yet|for me))?|(?:did|have|had|you'?d|you) (?:you )?(?:had|have|get|got) (?:a )?chance to|just wanted to (?:see|check|ask|know|find out) (?:if|whether|how)|(?:just )?making sure (?:this|you|my|that|it) (?:didn'?t|got|saw|received|hasn'?t)|(?<!(?:doesn'?t|don'?t|won'?t|not|never) )(?:got|get|gets|getting) buried|any chance (?:of|you) (?:a )?(?:quick )?(?:yes|no|answer|decision|update|signing) (?:look|review|read|think|decide|sign)|(?:haven'?t|have not|didn'?t) heard (?:back )?from you|i (?:still )?haven'?t heard back", reason: 'any-update' },
  // "I've left you three voicemails."
  { match: "i'?ve (?:called|emailed|messaged|tried|left (?:you )?(?:a few|several|multiple|three|two|some)) (?:you )?(?:a few|several|multiple|three|two|four|many|so many)? ?(?:times|messages|voicemails|emails)", reason: 'repeated-chasing' },
  // "It would really help me hit my number."
  { match: "(?:hit|make|meet|reach|close out|get to) (?:my|our) (?:[a-z0-9]+ )?(?:number|numbers|quota|target|targets|goal)|(?:before )?(?:my|our) (?:month|quarter|year|fiscal year) (?:closes|ends|is up|runs out|is closing|is ending)|before (?:the )?(?:month|quarter|year)[- ]end|(?:my|our) (?:quota|commission|target|pipeline|forecast)|my (?:boss|manager|director|vp) (?:is |keeps |has been |will |would )?(?:really )?(?:on me|chasing|asking|pushing|breathing|love|want)|make my (?:month|quarter|week|year|day)", reason: 'own-quota' },
  // "It would be a huge help to me."
  { match: "(?:would|will|'?d) (?:be )?(?:a )?(?:really |so |huge|big|massive|real)? ?(?:help|helps|favou?r|help me out)(?: me)? (?:to|for) me|(?:huge|big|massive|real) (?:help|favou?r) (?:to|for) me|(?:help|do) me (?:out|a favou?r)|(?:i'?m|i am) (?:really )?(?:trying|hoping|desperate) to (?:get|close|book|land|hit) (?:a|one|this|the|some|two|a couple|it)|(?<!\\b(?:i|we)(?:'ll| can| will| could| would)[^.!?]{0,40})as a (?:personal )?favou?r|(?:would|will|'?d) mean (?:a lot|so much|the world) to me|(?:i'?ve|i have) been trying to (?:reach|get hold of|contact|get in touch with|get through to) you|did you (?:get|see|receive) my (?:last |previous |earlier )?(?:email|message|voicemail|note|text)|(?:in trouble with|kill me|on my back)(?= |$|[.,!?])|i (?:really |just )?need (?:this|to close|the deal|you to sign|a yes|a win|this one|one more|another) ?(?:deal|sale|signature|win|yes)?|(?:it|that|this) (?:would|will|'?d) (?:really |honestly |so |truly )?help me(?= *(?:[.,!;?]|$| out| a lot| so much| massively| hit| make| with my| close| get))|(?:hate|don'?t want) to be a (?:pest|pain|bother|nuisance)|helps? me (?:clean up|with my|hit|make|out)|i can do (?:literally )?any ?time", reason: 'help-me' },
  // "It's the last week of my quarter." "It'd really save my month." "It really affects my bonus." "My retention numbers are dire."
  { match: "my (?:[a-z-]+ ){0,2}(?:quarter|month|month-?end|quarter-?end|year-?end|numbers|targets?|bonus|quota|commission|completions)|(?:tough|rough|slow|hard|quiet|bad|big) (?:quarter|month|year) for me|(?:so+|really|literally|very|just) close to (?:my |the |hitting (?:my )?)?(?:target|bonus|quota)|(?:one|two|a) (?:deal|sale|signature)s? (?:off|from|away from|short of) (?:my |the )?(?:target|bonus|quota)|(?:i'?ve|i have|ive) got a (?:[a-z]+ )?(?:target|quota)|(?:we|i) close (?:the|my|our) (?:quarter|month|books)", reason: 'own-quota' },
  // "My manager's been on at me." "My director wants three of these out." "My manager asked me to check."
  { match: "my (?:boss|manager|director|vp|team lead|sales director|sales manager)(?:'?s| is| has| keeps| will| would)?(?: been| really| just| also| kind of)* (?:on (?:at )?me|all over me|chasing|asking|pushing|breathing|tracking|watching|wants?|wanted|asked me|expects?|needs? (?:this|me|it|a)|checking)", reason: 'manager-pressure' },
  // "I'm kind of counting on this one." "You're one of my biggest accounts." "I could really use a win."
  { match: "counting on (?:this|you|it|that)|one of my (?:biggest|best|top|key|favourite|favorite) (?:accounts|clients|customers)|i (?:really |just |honestly )?(?:need|could (?:really |honestly )?use) (?:a couple|a few|one|two|another|a win|a yes|a deal|the win|this) (?:more )?(?:over the line|deals?|sales?|wins?|signed|in|closed)?(?=[ .,!?]|$)|behind on (?:my )?(?:completions|targets?|numbers|quota)", reason: 'own-need' },
  // "If you get a survey could you be kind?" "If you could rate me 5 stars that'd really help."
  { match: "(?:rate|give) (?:me|us|this chat|this call) (?:a )?(?:5|five)|(?:5|five)[- ]stars? (?:on|in) (?:the|my|this) (?:survey|review)|(?:5|five)[- ]star (?:review|rating) (?:would|'?d)|survey,? (?:could you|can you|would you|please|do) (?:be kind|be nice|give|rate)", reason: 'rating-plea' },
  // "Last try, promise!" "Third time lucky." "Me again, so sorry!" "Sorry to keep nudging." "I'll circle back till I catch you."
  { match: "last (?:try|attempt|nudge|chaser)|third time lucky|(?:^|(?<=[,.!] ))me again|(?:keep|keeps|keeping) (?:nudging|chasing|bugging|pestering|bothering|pinging)|sorry (?:for|about|to keep) (?:chasing|nudging|bugging|pestering|the chasers?)|(?:till|until) i (?:catch|get hold of|reach|hear from) you|check (?:that )?you (?:got|received|saw) (?:the|my)", reason: 'repeated-chasing' },
  // "That would be huge for me." "A massive help on my end." "It'd be a massive favour." "Even a small pilot would help me massively."
  { match: "(?:that|it|this)(?:'?d| would| will)? be (?:so |really |absolutely )?(?:huge|massive|amazing|awesome|great|brilliant|a lifesaver) for me|(?:help|favou?r) on my (?:end|side)|(?:be|such) a (?:huge|big|massive|real|massive) favou?r|(?:would|will|'?d) (?:really |honestly |so |truly )?help me (?:massively|hugely|so much|a lot|loads|out)", reason: 'help-me' },
  // "Please, please, just give it a chance."
  { match: "(?:please,? ){2,}|i'?m begging|pretty please|(?:please )?don'?t (?:go|leave|cancel|walk away)(?: on me)?|(?:please )?give (?:me|us) (?:one more|another|a) chance", reason: 'pleading' },
])

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
