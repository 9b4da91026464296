import type { Conversation } from '../../conversation.js'
import type { Detector } from '../detector.js'
import { compile, contentWords, gist, quote, sentenceAt } from '../lexicon/failures.js'

const superlative = '(?:biggest|main|top|key|greatest|primary|number one|major|most important|most pressing|core|overall|three|big|real)'
const adjectives = `(?:${superlative} )*(?:[a-z-]+ ){0,2}`
// Topics only a discovery script asks about in general.
const topics = '(?:challenges?|pain ?points?|pains?|priorit(?:y|ies)|goals?|objectives?|needs?|initiatives?|struggles?|obstacles?|requirements?|focus|strateg(?:y|ies)|vision|hurdles?|headaches?|business needs?|dream|big picture|wish ?list)'
// "What's the problem?" is how support asks about the call at hand; "what's your biggest problem" is script.
const plainTopics = '(?:problems?|issues?|frustrations?|concerns?|plans?)'

// Discovery-script questions that fit any customer.
const templates = compile([
  // "What are your biggest challenges this year?"
  // "What's your number one priority for the hotel?" "whats the big picture for the business"
  { match: `(?:what(?:'s|s)?|which) (?:would you say |do you think |do you see as |do you consider )?(?:(?:are|is|were|would be|will be) )?(?:your|the|some of your|some of the|your team'?s|your company'?s) (?:${adjectives}${topics}|(?:${superlative} )+(?:[a-z-]+ ){0,2}${plainTopics}|(?:[a-z-]+ ){0,2}(?<=your (?:[a-z-]+ ){0,2})(?:problems|issues|plans))`, reason: 'what-are-your-challenges' },
  // "What challenges are you facing?"
  { match: `what (?:kind of |sort of |types? of )?(?:${superlative} )*${topics} (?:are you|do you|is your|are your|does your|have you)`, reason: 'what-challenges-facing' },
  // "What does success look like for you?"
  { match: 'what (?:does|would|will) (?:success|(?:your|the|an?) (?:ideal|perfect|dream) [a-z]+) look like|(?:ideal|perfect|dream) (?:solution|world|outcome|state|setup)|how do you (?:define|measure) success|what would (?:a )?(?:win|success|a good outcome) look like', reason: 'success-look-like' },
  // "What keeps you up at night?"
  { match: 'what keeps you (?:up|awake)(?: at night)?|what (?:worries|bothers) you (?:most|the most)', reason: 'keeps-you-up' },
  // "Where do you see the business in five years?"
  { match: "where do you see (?:yourself|yourselves|your \\w+|the \\w+|things|this) (?:going )?(?:in|over) (?:like |maybe |say |the next )?(?:\\w+|a few|several) (?:years?|months?)|where do you want (?:to be|the \\w+ to be) in", reason: 'where-in-five-years' },
  // "Tell me about your initiatives."
  { match: "(?:tell|talk|walk) me (?:a (?:little|bit) |a little bit )?(?:more )?(?:through |about )(?:yourself|your (?:[a-z-]+ )?(?:business|company|role|team|initiatives|goals|priorities|organi[sz]ation|practice|firm|day|world|situation|needs|challenges|department|strategy|plans))", reason: 'tell-me-about-your-business' },
  // "What are you looking for in a solution?"
  { match: "what (?:are you|were you|would you be) (?:looking|hoping) (?:for|to (?:achieve|accomplish|get))|what (?:would|do) you (?:like|want|hope) to (?:achieve|accomplish|get out of)", reason: 'looking-for' },
  // "What's most important to you?"
  { match: "what(?:'?s| is) (?:most )?important to you|what matters (?:most )?to you|anything else on your wish ?list|what(?:'?s| is) (?:on|top of) your (?:mind|radar|plate|wish ?list|agenda)", reason: 'important-to-you' },
  // "What would make this a successful partnership?" "What does a typical day look like?"
  { match: "what would make (?:this|it|you|the (?:project|partnership|call|meeting)) (?:a )?(?:success|successful|worth|a win|happy|(?:great|good|big|successful|strong) (?:year|quarter|month))|what does (?:a|your) typical (?:day|week) look like", reason: 'what-would-make-this' },
  // "What could we have done better?" "What's one thing we could do to improve?" "How would you describe your overall experience?"
  { match: "what (?:could|can|should) we (?:have )?(?:done|do) (?:better|differently)|what(?:'?s| is) (?:the |one )?(?:one )?thing (?:we could do to improve|you'?d change about|you would change about)|how would you (?:describe|rate) your (?:overall )?experience", reason: 'survey-question' },
  // "If you had a magic wand…"
  { match: 'magic wand|in an ideal world|in a perfect world', reason: 'magic-wand' },
  // "How's business?"
  { match: "how(?:'s| is| has) (?:business|the business|your business|everything|work) (?:going|been)?|how are things (?:going )?(?:at|with|over at) (?:the|your) (?:company|business|office|practice|firm)", reason: 'hows-business' },
  // "What brings you to us today?"
  { match: 'what brings you (?:here|to us|in|our way|to \\w+)', reason: 'what-brings-you' },
])
// Words any discovery question uses: sharing them with the customer does not mean building on what they said.
const scriptWords = new Set(contentWords(`biggest main top key greatest primary major important current core overall challenge challenges pain point points priority priorities goal goals objective objectives need needs initiative initiatives problem problems issue issues struggle obstacle requirement focus strategy vision plan plans hurdle headache frustration frustrations
  practice business company team organisation system solution process setup tool tools current notes last thing quick organization firm department role manager year years month months week quarter future success look like keep night awake see five ten twelve three next facing face would say think consider achieve accomplish looking hoping looking wand magic ideal perfect world mind radar plate agenda wish list going brings morning day people side you your yourself`))
// "You mentioned the no-shows: what's the biggest challenge there?" builds on what they said.
const buildsOn = /\b(?:you (?:mentioned|said|told|talked|brought up|were saying)|earlier you|as you (?:said|mentioned)|going back to|that point|those)\b/

// "What are your plans for the weekend?" is small talk, not a discovery script.
const smallTalk = /\b(?:weekend|holidays?|vacation|christmas|tonight|summer break|half term|birthday|wedding)\b/

/** A script question that could be asked of anyone and builds on nothing the customer said. */
export const genericQuestion: Detector = {
  id: 'generic-question',
  role: 'team',
  description: 'Script question that builds on nothing the customer said',
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const found = templates.first(utterance.text)
      if (!found) continue
      const [start, end] = sentenceAt(utterance.text, found.span[0])
      const sentence = utterance.text.slice(start, end)
      if (buildsOn.test(sentence.toLowerCase()) || smallTalk.test(sentence.toLowerCase())) continue
      // Only the customer's latest turn counts: the domain's own words ("brokers", "portfolio") recur all conversation long.
      const heard = lastCustomerWords(conversation, utterance.index)
      // The template's own words are the script; only what follows it can build on the customer ("…with the no-shows").
      const own = contentWords(utterance.text.slice(found.span[1], end)).filter((word) => !scriptWords.has(word))
      const shared = own.find((word) => heard.has(word))
      if (shared) continue
      report({
        utterance: utterance.index,
        span: [start, end],
        reason: found.reason,
        message: `${quote(sentence)} could be asked of anyone; it builds on nothing the customer said.`,
        suggestion: suggestion(conversation, utterance.index),
      })
    }
  },
}

/** Content words of the customer's last turn before `index` (several utterances in a row count as one turn). */
function lastCustomerWords(conversation: Conversation, index: number): ReadonlySet<string> {
  const words = new Set<string>()
  let i = index - 1
  while (i >= 0 && conversation.utterances[i]!.role !== 'customer') i--
  for (; i >= 0 && conversation.utterances[i]!.role === 'customer'; i--) for (const word of contentWords(conversation.utterances[i]!.text)) words.add(word)
  return words
}

/** A follow-up built on the customer's latest words, or a specific opener when they have said nothing yet. */
function suggestion(conversation: Conversation, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const before = conversation.utterances[i]!
    if (before.role !== 'customer' || contentWords(before.text).length < 2) continue
    return `Build on what they just told you: “Going back to ${gist(before.text)}: what does that look like day to day?”`
  }
  return 'Ask about something specific to this customer (their last project, the problem they called about) instead of a script line.'
}
