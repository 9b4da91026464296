import type { Detector } from '../detector.js'
import { acknowledgement, compile, cueKind, gist, lowerOf, mentions, quote } from '../lexicon/failures.js'
import { previousCustomerUtterance } from '../text.js'

// Stock lines that are scripted wherever they appear.
const scripted = compile([
  // "We apologise for any inconvenience this may have caused."
  { match: "(?:we|i) (?:do |sincerely |truly |really )?apologi[sz]e for (?:any|the|all the|this|that) (?:inconvenience|trouble|frustration|confusion|disruption|delay|distress|upset|worry|stress)s?(?: (?:this|that|it) (?:may have|might have|has|may|might)? ?caused(?: you)?)?", reason: 'apologise-inconvenience' },
  // "Sorry for any inconvenience."
  { match: "(?:(?:we'?re|we are|i'?m|i am) )?(?:so |very |really )?sorry for (?:any|the|all the) (?:inconvenience|trouble|confusion|disruption|hassle)(?: (?:this|that|it) (?:may have|might have|has)? ?caused(?: you)?)?", reason: 'sorry-inconvenience' },
  // "Apologies for the inconvenience." "Please accept our apologies."
  { match: "(?:(?:my|our) )?(?:sincere |deepest )?apologies for (?:any|the|all the|this|that) (?:inconvenience|trouble|frustration|confusion|disruption|delay|hassle)s?|please accept (?:our|my) (?:sincere |deepest )?apolog(?:y|ies)", reason: 'apologies-inconvenience' },
  // "We are committed to providing the best service."
  { match: "(?:we'?re|we are) (?:fully |truly )?committed to (?:providing|delivering|giving|making|resolving|ensuring)|we (?:always )?strive to|we pride ourselves", reason: 'committed-to' },
  // "We value your business."
  // "We really value you as a merchant." "We value the opportunity to earn your business."
  { match: '(?:we|i) (?:really |truly |greatly |do )?value (?:(?:your|you as a) (?:business|custom|customer|loyalty|feedback|patience)|you as an? [a-z]+|the opportunity)', reason: 'value-business' },
  // "Your business is very important to us."
  { match: '(?:your|you as a) (?:business|custom|customer|call|satisfaction|experience|feedback) (?:is|are) (?:very |really |extremely )?(?:important|valuable|our (?:top |number one |first |highest )?priority)(?: to us)?', reason: 'important-to-us' },
  // "Thank you for your patience and understanding."
  // "Thank you for flagging this and for your patience."
  { match: '(?:thank you|thanks) (?:so much |very much )?for (?:your|the) (?:patience|understanding|continued patience)|and for your (?:patience|understanding|continued patience)', reason: 'thanks-patience' },
  // "Thank you for your feedback!" "Thank you for your email." "Thanks for raising this with us."
  { match: '(?:thank you|thanks) (?:so much |very much )?for (?:your (?:feedback|email|e-mail|message|enquiry|inquiry|query|comments)|(?:raising|reporting|flagging|highlighting|sharing) (?:this|that|it|your concerns?) (?:with|to) us)', reason: 'thanks-feedback' },
  // "We're sorry to see you go."
  { match: "(?:we'?re|we are|i'?m|i am) (?:so |really |very )?sorry to see you (?:go|leave)", reason: 'sorry-to-see-you-go' },
  // "We appreciate your patience."
  { match: '(?:we|i) (?:really |truly |do )?appreciate your (?:patience|understanding|loyalty|business)', reason: 'appreciate-patience' },
  // "Thank you for bringing this to our attention."
  { match: '(?:thank you|thanks) for bringing (?:this|that|it) to (?:our|my) attention', reason: 'bringing-to-attention' },
  // "We take this very seriously."
  // "We take the security of your data very seriously." "We take bereavement very seriously."
  { match: '(?:we|i) take (?:this|these|that|it|your \\w+|all \\w+|(?:[a-z-]+ ){1,5}?)(?:very |extremely |really )?seriously', reason: 'take-seriously' },
  // "Rest assured, we're on it."
  { match: 'rest assured', reason: 'rest-assured' },
  // "I'm sorry you feel that way."
  { match: "(?:i'?m|i am|we'?re|we are) sorry (?:that )?you feel (?:that way|like that|this way)", reason: 'sorry-you-feel' },
  // "I'm sorry you've had this experience."
  { match: "(?:i'?m|i am|we'?re|we are) (?:so |very |really )?sorry (?:that )?you(?:'ve| have)? (?:had|experienced|been experiencing|gone through) (?:this|that|such|an?|these) ?(?:experience|issue|issues|problem|problems|trouble|inconvenience)?", reason: 'sorry-experience' },
  // "I hear your frustration."
  { match: 'i (?:can )?hear (?:your|the) (?:frustration|concerns?|pain|disappointment)', reason: 'hear-frustration' },
])

// "I understand…" lines: scripted, unless the same reply goes on to a specific interpretation (labels.md).
const understand = compile([
  // "I understand your frustration."
  { match: "(?:i|we) (?:completely |totally |fully |really |definitely |certainly |absolutely |do )?(?:can )?(?:completely |totally |fully )?understand (?:your|the|this|that|all the) (?:frustration|concerns?|feelings?|situation|inconvenience|disappointment|annoyance|pain|urgency|upset|stress)", reason: 'understand-frustration' },
  // "I understand how frustrating this must be."
  { match: "(?:i|we) (?:completely |totally |fully |really |can |can totally |can completely |can only |can just )?(?:understand|know|appreciate|imagine|get|see) (?:just )?how (?:(?:frustrating|upsetting|annoying|difficult|stressful|disappointing|hard|inconvenient|frustrated|upset|annoyed|distressing|worrying|concerning|confusing|painful|tough)(?: (?:this|that|it) (?:is|must be|can be|has been|must have been))?|[a-z]+ (?:this|that|it) (?:must be|must have been|must feel))", reason: 'understand-how-frustrating' },
  // "I understand this is frustrating." "I know that's annoying."
  { match: "(?:i|we) (?:completely |totally |fully |really |do |can )?(?:understand|know|see|get|appreciate) (?:that )?(?:this|that|it)(?:'s| is| has been| must be| can be| would be| must have been) (?:very |really |so |incredibly |extremely |super )?(?:frustrating|upsetting|annoying|difficult|stressful|disappointing|inconvenient|worrying|concerning|a pain|not ideal)", reason: 'understand-this-is-frustrating' },
  // "Totally understand your frustration."
  { match: "(?:completely|totally|fully|absolutely) understand (?:your|the) (?:frustration|concerns?|feelings?|situation|disappointment|annoyance|upset|stress)", reason: 'understand-frustration' },
  // "I know how you feel."
  { match: "(?:i|we) (?:completely |totally |fully |really )?(?:understand|know|get) (?:exactly |just )?how you (?:feel|must feel|are feeling|'?re feeling)", reason: 'know-how-you-feel' },
])

// Short stock acknowledgements: scripted when they are the whole answer to a cue; beside a genuine reaction they are fine.
const weak = compile([
  // "Sorry about that."
  { match: "(?:(?:i'?m|i am|we'?re|we are) )?(?:so |very |really |terribly )?sorry (?:about|for) (?:that|this|the wait|the trouble|the hassle)(?= *(?:[.,!;]|$| and| but| so| as| maam| ma'am| sir| the| we| i| you| let))", reason: 'sorry-about-that' },
  // "I'm sorry to hear that."
  { match: "(?:(?:i'?m|i am|we'?re|we are) )?(?:so |very |really |truly )?sorry to hear (?:that|this|about that|about this)", reason: 'sorry-to-hear' },
  // "That must be frustrating."
  { match: "(?:that|this|it) (?:must|can|would|will) (?:be|have been) (?:so |really |very |quite |incredibly )?(?:frustrating|difficult|hard|annoying|stressful|upsetting|tough|challenging|inconvenient)(?= *(?:[.,!;]|$| for you| and| but| so))", reason: 'must-be-frustrating' },
  // "Thank you for sharing that."
  { match: "(?:thank you|thanks) (?:so much )?for (?:sharing|telling me|being (?:so )?(?:honest|open))(?: (?:that|this|about that|with me))?(?= *(?:[.,!;]|$| and| but| so| i| we| let| the))", reason: 'thanks-for-sharing' },
  // "I can only imagine."
  { match: 'i can (?:only )?imagine(?= *(?:[.,!;]|$| and| but| so))', reason: 'i-can-imagine' },
  // "I see where you're coming from."
  { match: "i (?:see|understand|get|appreciate|can appreciate) (?:where you'?re coming from|what you mean|your point|your perspective)", reason: 'see-where-coming-from' },
])

// "I hear you": stock as the whole answer to any cue, a hesitation included.
const hear = compile([
  // "I hear you."
  // "Totally hear you on that." (the "I" dropped)
  { match: "(?:i (?:totally |completely |really )?|(?:totally|completely|really) )hear (?:you|what you'?re saying|ya)", reason: 'i-hear-you' },
  // "I can appreciate that."
  { match: "i (?:can )?(?:totally |completely |fully )?appreciate (?:that|this)(?= *(?:[.,!;]|$| and| but| so))", reason: 'i-appreciate-that' },
])

// Agreement lines: stock when they are the whole answer to a feeling; after a hesitation they are capitulation's business.
const agree = compile([
  // "I understand." "I completely understand."
  { match: "(?:i|we) (?:completely |totally |fully |really |definitely |certainly |absolutely |do )?understand(?: (?:completely|totally|that|this|it))?(?= *(?:[.,!;]|$| and| but| so| maam| ma'am| sir))", reason: 'i-understand' },
  // "I totally get it."
  { match: "i (?:totally |completely |really )?get (?:it|that|you)(?= *(?:[.,!;]|$| and| but| so))", reason: 'i-get-it' },
])

const shortKeys = ['appreciate', 'thank', 'hear', 'sorry', 'must', 'can', 'would', 'will', 'imagine', 'see', 'understand', 'get']
const genuine = ['reaction', 'interpretation', 'exploration', 'check', 'challenge', 'self-disclosure'] as const
const cueLabels = ['emotion', 'personal', 'hardship', 'complaint'] as const
const anyCue = ['hesitation', 'reassurance'] as const
// "So sorry, I'm so sorry, I do apologise, really sorry about that": a heap of apologies is servile's, not a stock line.
const pitying = /\b(?:poor (?:thing|things|you|soul|dear)|you poor|bless (?:you|your|her|him)|my heart goes out)\b/
const piled = (text: string) => (text.toLowerCase().match(/\b(?:sorry|apologi[sz]e|apologies)\b/g)?.length ?? 0) >= 3

/** A scripted empathy phrase said instead of real understanding. */
export const boilerplate: Detector = {
  id: 'boilerplate',
  role: 'team',
  description: 'Scripted empathy phrase instead of real understanding',
  detect({ conversation, has, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      let found = scripted.first(utterance.text)
      // "So sorry for the trouble, really really sorry about this": inside a heap of apologies that is servile's (gold/README 13).
      if (found?.reason === 'sorry-inconvenience' && !/\bany\b/.test(found.text) && piled(utterance.text)) found = undefined
      // "I understand, so you took the afternoon off for nothing" is interpretation, not boilerplate (labels.md).
      if (!found && !has(utterance.index, 'interpretation') && !has(utterance.index, 'reaction')) found = understand.first(utterance.text)
      // The short stock lines need words a cheap look can rule out before finding the customer turn they answer.
      if (!found && !mentions(lowerOf(utterance.text), shortKeys)) continue
      const answered = previousCustomerUtterance(conversation, utterance.index)
      const cue = answered && cueLabels.some((label) => has(answered.index, label)) ? answered : undefined
      // "I hear you" is stock only as the whole answer to a cue: "No problem, totally understand" after a hesitation is capitulation's business.
      if (!found && answered && !piled(utterance.text) && !genuine.some((label) => has(utterance.index, label))) {
        if (cue || anyCue.some((label) => has(answered.index, label))) found = hear.first(utterance.text)
        // "That must be so hard for you, poor thing": pity is sympathy's, not a stock line.
        if (!found && cue && !pitying.test(lowerOf(utterance.text))) found = weak.first(utterance.text) ?? agree.first(utterance.text)
      }
      if (!found) continue
      const suggestion = cue
        ? `Drop “${found.text}” and answer what they said: ${acknowledgement(cue, cueKind(has, cue))}`
        : answered
          ? `Drop “${found.text}” and say back the specific thing they told you: “So ${gist(answered.text)}…”`
          : `Drop “${found.text}” and name the specific thing the customer is dealing with.`
      report({
        utterance: utterance.index,
        span: found.span,
        reason: found.reason,
        ...(cue ? { cue: cue.index } : {}),
        message: `“${found.text}” in ${quote(utterance.text)} is a stock line; it tells the customer nothing was heard.`,
        suggestion,
      })
    }
  },
}
