import type { Conversation, Utterance } from '../../conversation.js'
import { isBackchannel, textOf, type Found, type Phrase, type Sentence } from '../text.js'
import { Memo } from '../../memo.js'

/** A phrase plus the words that must occur for it to match (apostrophes dropped: "that's" is "thats"). */
export interface Pattern extends Phrase {
  /** Space-separated trigger words; the regex runs only when one of them is in the text. */
  readonly words: string
}

/** Phrases compiled once, in priority order, with an index from trigger word to phrases (at most 31). */
export interface PhraseSet {
  readonly phrases: readonly Phrase[]
  /** Trigger word → bit mask of the phrases it may start. */
  readonly index: ReadonlyMap<string, number>
}

/** Compiles phrases with their trigger words, so an utterance with none costs one map lookup per word. */
export function phraseSet(patterns: readonly Pattern[]): PhraseSet {
  if (patterns.length > 31) throw new Error('a phrase set holds at most 31 phrases')
  const index = new Map<string, number>()
  patterns.forEach(({ words }, i) => {
    for (const word of words.split(/\s+/)) if (word) index.set(word, (index.get(word) ?? 0) | (1 << i))
  })
  return { phrases: patterns.map(({ match, reason }) => ({ match, reason })), index }
}

const tokenCache = new Memo<string, readonly string[]>(4096)

/** The distinct words of a lower-cased text without apostrophes ("that's" → "thats"), cached per text. */
export function tokensOf(lower: string): readonly string[] {
  let tokens = tokenCache.get(lower)
  if (tokens) return tokens
  tokens = [...new Set(lower.replace(/'/g, '').split(/[^a-z0-9]+/))]
  tokenCache.set(lower, tokens)
  return tokens
}

/** Bit mask of the phrases whose trigger words occur in a text. */
function candidates(set: PhraseSet, lower: string): number {
  let mask = 0
  for (const token of tokensOf(lower)) mask |= set.index.get(token) ?? 0
  return mask
}

/** The earliest match of any phrase in a lower-cased text (ties go to the earlier phrase in the list). */
export function firstIn(set: PhraseSet, text: string, lower: string): Found | undefined {
  const mask = candidates(set, lower)
  if (mask === 0) return undefined
  let best: Found | undefined
  for (let i = 0; i < set.phrases.length; i++) {
    if ((mask & (1 << i)) === 0) continue
    const phrase = set.phrases[i]!
    const match = phrase.match.exec(lower)
    if (!match || (best && best.span[0] <= match.index)) continue
    const end = match.index + match[0].length
    best = { span: [match.index, end], reason: phrase.reason, text: text.slice(match.index, end) }
  }
  return best
}

/** The sentence that contains a character offset. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end) ?? sentences[sentences.length - 1]
}

// Function words, fillers and verbs too common to show that someone listened.
const stopwords = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each few for from
  further had hadn has hasn have haven having he her here hers herself him himself his how i if in into is isn it
  its itself just let me more most mustn my myself no nor not now of off on once only or other our ours ourselves
  out over own same shan she should shouldn so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was wasn we were weren what when where which while
  who whom why will with won would wouldn you your yours yourself yourselves yeah yes yep okay ok oh um uh er erm
  mm hmm mhm well like really actually basically honestly literally right sure thing things stuff get got gets
  getting go goes going gone went know knew think thought want wanted need needs needed make made take took
  say said says tell told see saw look looking come came kind sort lot lots bit much many something anything
  everything nothing someone anyone everyone way even still already maybe probably pretty quite ever never
  always back one ll ve re let's lets us also again great good fine thanks thank hi hello hey sorry please
  mean means meant feel feels felt sounds sound seems seem must might may shall can't won't i'm it's that's
  you're we're they're i've you've we've don't didn't doesn't isn't wasn't aren't couldn't wouldn't shouldn't
  i'd you'd we'd he's she's there's here's what's who's how's where's gonna wanna gotta`.split(/\s+/)
)

const wordPattern = /[a-z0-9]+(?:'[a-z]+)?/g

/** Strips plural and verb endings so "spreadsheets" meets "spreadsheet" and "chasing" meets "chase". */
export function stem(word: string): string {
  let w = word.replace(/'[a-z]+$/, '')
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

const wordCache = new Memo<string, ReadonlySet<string>>(4096)

/** Stemmed content words of a lower-cased text: what a listener could echo back (remembered per text). */
export function contentWords(lower: string): ReadonlySet<string> {
  const cached = wordCache.get(lower)
  if (cached) return cached
  const words = new Set<string>()
  for (const match of lower.matchAll(wordPattern)) {
    const word = match[0]
    if (stopwords.has(word)) continue
    const bare = word.replace(/'[a-z]+$/, '')
    if (bare.length < 3 && !/\d/.test(bare)) continue
    if (stopwords.has(bare)) continue
    words.add(stem(bare))
  }
  wordCache.set(lower, words)
  return words
}

/** Content words of one utterance. */
export function wordsOf(utterance: Utterance): ReadonlySet<string> {
  return contentWords(textOf(utterance.text).lower)
}

/**
 * The customer utterances a team utterance builds on: the customer's latest turn (every customer
 * utterance since the previous substantive team utterance) plus `turns - 1` earlier customer turns.
 */
export function recentCustomer(conversation: Conversation, index: number, turns = 1): Utterance[] {
  const found: Utterance[] = []
  let seen = 0
  let inCustomerRun = false
  for (let i = index - 1; i >= 0; i--) {
    const utterance = conversation.utterances[i]!
    if (utterance.role === 'customer') {
      if (isBackchannel(utterance.text)) continue
      if (!inCustomerRun) {
        if (seen >= turns) break
        seen++
        inCustomerRun = true
      }
      found.push(utterance)
    } else if (!isBackchannel(utterance.text)) {
      inCustomerRun = false
    }
  }
  return found
}

/** The words of `words` that also occur in any of `utterances`. */
export function sharedWords(words: Iterable<string>, utterances: readonly Utterance[]): string[] {
  const shared: string[] = []
  const heard = utterances.map(wordsOf)
  for (const word of words) {
    if (heard.some((set) => set.has(word))) shared.push(word)
  }
  return shared
}

// Sentence openers that do not change what the sentence does: "so", "and", "okay so", "um".
const leading = /^(?:(?:so|and|but|okay|ok|oh|um|uh|well|right|now|alright|yeah|also|then|just|sure|great|got it|i see|hmm|mm)\b[,.!\s-]*)*/

/** A sentence's lower-cased text without leading fillers ("okay so what happened" → "what happened"). */
export function core(lower: string, sentence: Sentence): string {
  return withoutFillers(lower.slice(sentence.start, sentence.end))
}

/** Lower-cased text without leading fillers. */
export function withoutFillers(lower: string): string {
  return lower.replace(leading, '')
}

// "What happened after that?" "Tell me about Monday mornings." "Walk me through the close."
const openStart =
  /^(?:what|how|why|when|where|who|which|tell me|talk me through|walk me through|take me through|help me understand|say more|describe|explain|(?:can|could|would) you (?:tell|walk|talk|take|say|describe|explain|share|help me)|i'?m curious|i'?d love to (?:hear|know|understand)|i wonder|i'?m wondering|what'?s|how'?s|how'?d|what'?d)\b/

/** Whether a sentence asks an open question or invites the customer to tell more. */
export function isOpen(lower: string, sentence: Sentence): boolean {
  return openStart.test(core(lower, sentence))
}

/** Questions about the customer's side of the deal: decision, budget, sign-off, commitment, timing. */
export const qualifying = phraseSet([
  // "Who actually makes the call here?" "who else has a say" "who signs off on this"
  { match: /\bwho (?:actually |else |ultimately |normally |usually |typically |finally )?(?:makes|make|(?:has|have) (?:a |the )?(?:final )?(?:say|sign-off|signoff|budget|authority|to (?:sign|approve|agree))|gets|signs|approves|decides|owns|holds|needs to (?:sign|approve|agree|see|be involved)|would (?:sign|approve|decide|need to)|will (?:sign|approve|decide)|is (?:involved|responsible|the decision)|else is|else would|else needs|else should)\b|\bwho (?:on your side|in your team|on your team|at your end) (?:will|would|is going to|'?ll) (?:own|run|lead|drive|champion|sign|approve|decide)\b|\b(?:of you|you both|you all) (?:deciding|decide|signing)\b|\bis it (?:[a-z]+'s|your|their|his|her|the board'?s) (?:call|decision|sign-off)\b|\bare you the (?:right )?person (?:to|who)\b|\bbring (?:someone|anyone|somebody) else in\b/, reason: 'who-decides', words: 'who deciding decide signing call decision person bring' },
  // "How does a decision like this get made and funded on your side?"
  { match: /\bhow (?:(?:do|does|would|will|is|are) )?(?:a |the )?(?:decisions?|purchases?|something like this|this|that|it|things like this)(?: like this| like that)? (?:usually |normally |typically )?(?:gets? |be |get )?(?:made|decided|approved|signed off|funded|bought|paid for|budgeted)\b|\bhow (?:do|does|would|will|are|is) [a-z ]{1,40}? (?:usually |normally |typically )?(?:get|gets|be|are|is) (?:made|decided|approved|signed off|funded|bought|paid for|budgeted)\b|\bdecision(?:[- ]making)? process\b|\b(?:buying|approval|procurement|sign-off|signoff) process\b/, reason: 'decision-process', words: 'how decision process' },
  // "Would he be the one signing off?" "does it need sign-off from your CFO"
  { match: /\b(?:the one|the person|who'?s|who is|who would be|be) (?:signing|to sign|who signs)(?: off)?\b|\bsign[- ]?off (?:from|on|for)\b|\b(?:needs?|require|requires|need) (?:a )?sign[- ]?off\b|\bfinal say\b|\b(?:can|could) you sign(?: it| this| that)? off\b|\bdecision[- ]maker/, reason: 'sign-off', words: 'signing sign signs signoff final decision' },
  // "Does it go to your CFO?" "would she go on your recommendation"
  { match: /\b(?:does|would|will|do) (?:it|this|that|she|he|they) (?:go|need to go|have to go|goes) (?:to|through|on) (?:your|the|her|his|their)\b|\b(?:on|take) your recommendation\b|\bwant to see (?:it|this|that|the [a-z ]{1,30}) (?:herself|himself|themselves)\b/, reason: 'goes-to', words: 'go goes recommendation herself himself themselves' },
  // "Is there budget this year?" "is this budgeted" "where would the money come from"
  { match: /\bis (?:there|this|that|it) (?:a |any |some )?(?:budget|budgeted|funded|money|funding)\b|\bis (?:the |a |any |there )?budget (?:already )?(?:set aside|there|approved|in place|available|agreed|allocated|signed off)\b|\bbudget (?:set aside|allocated|earmarked|for (?:this|that|it)|in place|available|approved|line)\b|\bwhere (?:would|will|does) the (?:money|budget|funding) come from\b|\bhow (?:would|will|is|are) (?:this|that|it|you) (?:be )?(?:funded|paid for|funding)\b|\b(?:new|separate) (?:ask|budget request)\b|\bhave you (?:got|set aside|allocated) (?:a |any )?budget\b|\bcan you approve\b|\bwithin your (?:authority|budget|sign-off|limit)\b/, reason: 'budget', words: 'budget budgeted funded money funding approve authority ask limit' },
  // "Are you willing to put that case to her?" "are you in a position to decide this quarter"
  { match: /\b(?:are|is) (?:you|your team|they) (?:willing|prepared|in a position|empowered|committed) to\b|\bwould you be (?:willing|prepared|in a position) to\b|\bhow committed\b|\bput (?:that|the|this) case to\b|\bchampion (?:this|it|that)\b|\bis (?:this|that|it|solving this|fixing this) (?:a|the) (?:real |top |genuine )?priority\b|\bnice[- ]to[- ]have\b/, reason: 'commitment', words: 'willing prepared position empowered committed case champion priority nice' },
  // "Is that your call, or does your business partner need to sign too?" "is it you signing off the renewal"
  // "who'd need to say yes" "who else weighs in on spend like that" "does group IT get a vote" "who votes on the 9th"
  { match: /\b(?:is|would) (?:that|this|it) (?:be )?(?:your|[a-z]+'s) (?:call|decision|signature|sign-off)\b|\b(?:your )?(?:decision|call) alone\b|\b(?:yours|you) alone\b|\bis it you (?:signing|deciding|approving)\b|\b(?:does|do|would|will) (?:[a-z']+ ){1,3}(?:need|needs) to (?:sign|be in it)\b|\bget a (?:vote|say)\b|\bwho(?:'d| would| will)? (?:need to|needs to|has to|have to) (?:say yes|agree|approve|sign)\b|\bwho else (?:weighs in|sits|votes|signs|approves|gets a)\b|\bwho (?:sits on|votes|can approve|would own|will own)\b|\bwhoever (?:approves|signs|holds|owns)\b|\bsign (?:it|this|that) off with\b|\bbudget yours\b/, reason: 'who-decides', words: 'call decision signature sign alone yours need needs vote say who whoever budget' },
  // "could you both realistically sign by the 30th?" "will you have decided by then?" "a yes or no by the 14th"
  // "is mid-December a date you can both hold to?" "when does finance need to see it to decide?" "when do the partners next meet"
  { match: /\b(?:could|can|would|will) you (?:both |and [a-z]+ )?(?:realistically )?(?:sign|decide|commit|have decided|give me a (?:yes or no|decision|answer))(?: it)? (?:by|before|then)\b|\b(?:yes or no|a decision) by\b|\bdate you (?:and [a-z]+ )?(?:can )?(?:both )?(?:hold to|commit to|stick to)\b|\btell me by [^.?!]{1,30} whether\b|\bneed to see it to decide\b|\bwould (?:they|she|he|you) decide (?:then|by)\b|\bwhen (?:do|does) (?:the [a-z]+|they|it|finance|your [a-z]+) next meet\b|\bget a recommendation to\b/, reason: 'decision-date', words: 'sign decide commit decided yes decision date whether meet recommendation' },
  // "Would that be the evidence you'd accept?" "Would seeing that in the contract be enough for your CEO?" "would
  // that settle it" "is she likely to back it" "would finance find 60k" "would she need to see it working"
  { match: /\b(?:be )?(?:enough|the evidence) (?:for (?:her|him|them|(?:your|the) (?:ceo|cfo|coo|md|board|boss|manager|director|partner|partners|committee|finance|team|chair|owner|owners))|you'?d (?:accept|need)|(?:she|he|they) (?:needs?|would need|'?d need))\b|\bwould (?:that|this|it) settle it\b|\bwould (?:she|he|they|the [a-z]+|your [a-z]+) (?:need|want) to see\b|\bis (?:she|he|they) likely to (?:back|approve|sign|support)\b|\bwould (?:he|she|they|finance|the board) (?:back|find|approve|fund|sign off) (?:it|this|that|an?|the|\d)/, reason: 'decision-criteria', words: 'enough evidence settle see likely back find approve fund sign' },
  // "Does something like this go through a framework, or would you run your own tender?" "is the MD comparing
  // on price alone" "does that cost sit in your budget or operations'?" "is it this quarter's budget or next?"
  { match: /\b(?:go|goes) through a (?:framework|tender|procurement|committee|board)\b|\brun (?:your own|a) tender\b|\bhow'?s the comparison\b|\b(?:is|are) (?:the [a-z]+|he|she|they) comparing on\b|\b(?:does|would|will) (?:that|this|the) (?:cost|spend|budget|money) (?:sit|come|fall)\b|\bdoes (?:it|that|this) sit with\b|\b(?:this|next) (?:quarter|year|month)'?s budget\b|\bwould the money come from\b|\bwaiting on cash ?flow\b|\ba hard line\b|\bcan you take (?:a|the|that|this) [a-z -]{1,25} to (?:him|her|them|your)\b|\bcould [a-z]+ (?:take (?:that|it|this) on|take it so|give me an hour)\b/, reason: 'decision-process', words: 'framework tender procurement committee board hows comparing sit budget money cash cashflow hard take hour' },
  // "Is a May start realistic, or would we be forcing it?" "what would need to be true"
  { match: /\bis (?:a |an )?[a-z0-9-]+ (?:start|go-live|launch|timeline|deadline) realistic\b|\bwould we be forcing (?:it|this)\b|\bwhat would (?:need to|have to) (?:happen|be true|change) (?:on your side|for you to|for this|internally)\b|\bwhat would (?:stop|prevent|block) (?:you|this|it)\b|\bif you (?:wanted|decided|chose) to (?:do|go ahead with|move forward with|proceed with) (?:this|it|that)\b|\bfair to both of us\b/, reason: 'ability-to-act', words: 'realistic forcing happen true change stop prevent block wanted decided chose fair' },
])
