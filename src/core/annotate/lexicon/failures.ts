import type { Conversation, Utterance } from '../../conversation.js'
import type { LabelId } from '../../labels.js'
import { firstTeamReply, lowerOf, normalise } from '../text.js'
import { scanPatterns } from './scan.js'

export { lowerOf }

/** A failure pattern: a regex source over lower-cased text (no capturing groups) and the reason it reports. */
export interface FailurePattern {
  readonly match: string
  readonly reason: string
}

/** One match of a failure pattern. */
export interface FailureMatch {
  readonly span: readonly [number, number]
  readonly reason: string
  readonly text: string
}

/** Patterns compiled once into one alternation, so an utterance is scanned once per list. */
export interface FailureMatcher {
  /** Every match, left to right. */
  find(text: string): FailureMatch[]
  /** The first match, or undefined. */
  first(text: string): FailureMatch | undefined
}

/**
 * Compiles patterns into a scanner (see scan.ts) that reports, at each word start, the first pattern
 * that matches there.
 */
export function compile(patterns: readonly FailurePattern[]): FailureMatcher {
  const scan = scanPatterns(patterns.map((pattern) => pattern.match))
  const run = (text: string, all: boolean): FailureMatch[] =>
    scan(text, all).map(({ pattern, start, end }) => ({ span: [start, end], reason: patterns[pattern]!.reason, text: text.slice(start, end) }))
  return { find: (text) => run(text, true), first: (text) => run(text, false)[0] }
}

/** Whether the text contains one of the substrings. */
export function mentions(lower: string, keys: readonly string[]): boolean {
  for (const key of keys) if (lower.includes(key)) return true
  return false
}

/** "um", "you know", "like": speech-to-text filler that a pattern may skip. */
export const FILLER = "(?:(?:um+|uh+|er+|erm|ah+|for that|for this|in that case|like|you know|i mean|so|well|okay|ok|oh|yeah|look|listen|honestly|basically|actually|just|now|and|but|alright),? )*"

/** The cue each first team reply answers (labels.md: only the first substantive reply is judged; backchannels are skipped). */
export function repliesToCues(conversation: Conversation, has: (utterance: number, label: LabelId) => boolean, cues: readonly LabelId[]): Map<Utterance, Utterance> {
  const replies = new Map<Utterance, Utterance>()
  for (const cue of conversation.utterances) {
    if (cue.role !== 'customer' || !cues.some((label) => has(cue.index, label))) continue
    const reply = firstTeamReply(conversation, cue.index)
    // When the customer drops several cues in a row, the reply answers the latest one.
    if (reply) replies.set(reply, cue)
  }
  return replies
}

/** Shortens a text for a message: the first `words` words, with an ellipsis when cut. */
export function quote(text: string, words = 14): string {
  const parts = text.trim().split(/\s+/)
  const cut = parts.length > words ? `${parts.slice(0, words).join(' ')}…` : parts.join(' ')
  return `“${cut}”`
}

const stopwords = new Set(
  `a an the and or but so if then than that this these those there here it its it's i i'm im i've ive i'd id i'll ill me my mine we we're were we've our ours us you you're youre you've your yours he she him her his they them their
  is are was were be been being am do does did done doing have has had having will would can could should shall may might must
  of to in on at by for with about from into over under up down out off as just also too very really quite so such
  what which who whom whose when where why how all any some no not nor only own same other another each every both few more most
  yes yeah yep ok okay oh um uh er erm like well right sure hi hello hey thanks thank please sorry
  get got go going gone make made say said tell told know think see look want need let lets let's thing things stuff lot bit
  one two three now today day time way kind sort much many still even back again ever never always maybe`.split(/\s+/)
)

/** Content words of a text: lower case, stopwords dropped, a plural "s" trimmed. */
export function contentWords(text: string): string[] {
  const words = lowerOf(text).match(/[a-z][a-z'-]*/g) ?? []
  const out: string[] = []
  for (const word of words) {
    if (word.length < 3 || stopwords.has(word)) continue
    out.push(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)
  }
  return out
}

/** Content words customers said before `index`, grown as a detector walks forward (call with rising indexes). */
export function customerWords(conversation: Conversation): (index: number) => ReadonlySet<string> {
  const words = new Set<string>()
  let upTo = 0
  return (index) => {
    for (; upTo < index; upTo++) {
      const utterance = conversation.utterances[upTo]!
      if (utterance.role === 'customer') for (const word of contentWords(utterance.text)) words.add(word)
    }
    return words
  }
}

// First person becomes second and the company's "you" becomes "we", so a suggestion can say the customer's words back.
const swaps = new Map<string, string>([
  ['i', 'you'], ["i'm", "you're"], ['im', "you're"], ["i've", "you've"], ['ive', "you've"], ["i'd", "you'd"], ["i'll", "you'll"],
  ['my', 'your'], ['me', 'you'], ['mine', 'yours'], ['myself', 'yourself'], ['am', 'are'],
  ['we', 'you'], ["we're", "you're"], ["we've", "you've"], ["we'd", "you'd"], ["we'll", "you'll"], ['our', 'your'], ['ours', 'yours'], ['us', 'you'],
  ['your', 'our'], ['yours', 'ours'], ["you're", "we're"], ['youre', "we're"], ["you've", "we've"], ['you', 'we'],
])
const spokenFiller = /\b(?:um+|uh+|erm|er|you know|i mean|honestly|basically|literally|to be honest|like)\b,?\s*/g
const openers = /^(?:(?:oh|well|so|yeah|yes|no|look|listen|okay|ok|and|but|anyway|right|god|man|ugh|sorry)\b[,!.]?\s*)+/
// Words that make a clause the heart of a cue: feelings, harm, repetition, family and health.
const salient = /\b(?:fed up|frustrat\w*|angry|annoy\w*|upset|furious|stress\w*|worr\w*|anxious|scar\w*|tired|exhaust\w*|worn|burn\w* out|overwhelm\w*|mind|mortified|embarrass\w*|awful|terrible|horrible|nightmare|disaster|unbelievable|ridiculous|sick|ill|flu|hospital|died|passed|funeral|cancer|diagnos\w*|surgery|laid off|layoffs?|redundan\w*|divorce|baby|pregnan\w*|married|wedding|moved?|moving|kids?|daughter|son|wife|husband|mum|mom|dad|father|mother|never|still|again|down|broken|wrong|late|charged|lost|losing|leav\w*|quit|nobody|no one|hours?|weeks?|months?|three times|twice|hold|waiting|can'?t|won'?t|didn'?t|isn'?t)\b/g

/** The clause of a cue that carries it ("rough weekend, my kid had the flu" → "your kid had the flu"), said back in second person. */
export function gist(text: string, words = 14): string {
  let best = salientPart(text.split(/(?<=[.!?;])\s+|\s+-+\s+|\s*\n\s*/))
  // A long sentence gives its most telling clause: "we have been down since monday" out of a run-on.
  if (best.split(/\s+/).length > words) best = salientPart(best.split(/,\s*|\s+(?=(?:and|but|because|cause|plus|which|then)\s)/))
  const cleaned = normalise(best).replace(spokenFiller, '').replace(openers, '').replace(/^(?:and|but|so|because|cause|plus|which|then)\s+/, '').replace(/[.!?;,\s]+$/, '').trim()
  let tokens = cleaned.split(/\s+/).filter(Boolean)
  if (tokens.length > words) {
    // Keep the window around the first salient word so the suggestion quotes the heart of the cue.
    salient.lastIndex = 0
    const hit = salient.exec(cleaned)
    const at = hit ? cleaned.slice(0, hit.index).split(/\s+/).filter(Boolean).length : 0
    const from = Math.max(0, Math.min(at - 4, tokens.length - words))
    tokens = tokens.slice(from, from + words)
    while (tokens.length > 3 && danglers.has(tokens[tokens.length - 1]!)) tokens.pop()
  }
  const names = properCase(text)
  return tokens.map((token) => {
    const bare = token.replace(/[^a-z']/g, '')
    const swap = swaps.get(bare)
    if (swap !== undefined) return token.replace(bare, swap)
    // Names and acronyms keep the customer's capitals ("Ravi", "CFO"), since the clause was lower-cased to match.
    const original = names.get(bare)
    return original === undefined ? token : token.replace(bare, original)
  }).join(' ').replace(/\byou was\b/g, 'you were')
}

/** Words written with capitals inside a sentence (names, acronyms), by their lower-case form. */
function properCase(text: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const match of text.matchAll(/(?<![.!?]\s|^)\b([A-Z][A-Za-z']*)\b/g)) {
    const word = match[1]!
    if (word !== 'I' && !word.startsWith("I'")) names.set(word.toLowerCase(), word)
  }
  return names
}

const danglers = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'so', 'for', 'to', 'of', 'in', 'on', 'at', 'with', 'my', 'our', 'your', 'their', 'his', 'her', 'is', 'are', 'was', 'were', 'be', 'that', 'this', 'because', 'nobody', 'no', 'i', 'we', 'it'])

/** The part with the most salient words (the first on a tie). */
function salientPart(parts: readonly string[]): string {
  let best = parts[0] ?? ''
  let bestScore = -1
  for (const part of parts) {
    const trimmed = part.trim()
    if (!trimmed) continue
    const score = normalise(trimmed).match(salient)?.length ?? 0
    if (score > bestScore) {
      best = trimmed
      bestScore = score
    }
  }
  return best
}

/** Which kind of cue an utterance carries, the most serious first. */
export function cueKind(has: (utterance: number, label: LabelId) => boolean, cue: Utterance): 'hardship' | 'emotion' | 'complaint' | 'personal' | 'hesitation' | undefined {
  for (const kind of ['hardship', 'emotion', 'complaint', 'personal', 'hesitation'] as const) if (has(cue.index, kind)) return kind
  return undefined
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** A first line that acknowledges the cue in the customer's own words, shaped by the kind of cue. */
export function acknowledgement(cue: Utterance, kind: ReturnType<typeof cueKind>): string {
  const said = gist(cue.text)
  switch (kind) {
    case 'hardship':
      return `“${capital(said)}: I'm really sorry. Let's put the rest aside; how are you holding up?”`
    case 'emotion':
      return `“So ${said}; that would wear anyone down. What's been the hardest part?”`
    case 'complaint':
      return `“So ${said}; that shouldn't have happened. What has it cost you so far?”`
    case 'personal':
      return `“${capital(said)}? How's that going?”`
    default:
      return `“So ${said}. Tell me more about that.”`
  }
}

// Verbs of troubleshooting and self-service instructions: "clear your cache", "log out", "restart the router".
const fixVerbs = "(?:try(?:ing)?|clear(?:ing)?|restart(?:ing)?|reboot(?:ing)?|reset(?:ting)?|refresh(?:ing)?|reload(?:ing)?|reinstall(?:ing)?|re-?install(?:ing)?|update|updating|upgrade|upgrading|log(?:ging)? (?:out|in|back|off)|sign(?:ing)? (?:out|in|back)|go(?:ing)? (?:to|into|in to|back to|ahead and)|head (?:to|over to|into)|click(?:ing)?|tap(?:ping)?|press(?:ing)?|select(?:ing)?|navigate|navigating|enable|enabling|disable|disabling|turn(?:ing)? (?:off|on|it)|switch(?:ing)? (?:off|on|to|it)|uninstall(?:ing)?|install(?:ing)?|download(?:ing)?|delete|deleting|remove|removing|unplug(?:ging)?|plug(?:ging)?|power cycle|check(?:ing)? (?:your|the|that|if|whether|for)|make sure|ensure|follow(?:ing)? (?:the|these|our|this)|visit(?:ing)?|contact(?:ing)?|reach(?:ing)? out to|email(?:ing)? (?:us|support|billing)|call(?:ing)? (?:us|back|our|the)|submit(?:ting)?|fill(?:ing)? (?:out|in)|send(?:ing)? (?:us|me) (?:a|the|your|some|over)|wait(?:ing)? (?:for|until|a|24|48)|subscrib(?:e|ing) to|re-?enter(?:ing)?|type|enter(?:ing)?|attach(?:ing)?|upload(?:ing)?|double-?check(?:ing)?|open(?:ing)? (?:a|the|up|your) [a-z]+|close (?:and|the|your)|use (?:the|our|a|an|[a-z]+ instead|chrome|firefox|safari|edge|incognito)|hold(?:ing)? (?:the|down)|allow(?:ing)? [a-z]+|change (?:your|the)|reconnect(?:ing)?|sort(?:ing)? (?:by|the|it)|reply(?:ing)? (?:with|to)|resubmit(?:ting)?|rebook(?:ing)?)"

/** Fixes, instructions and policy: what advice-first looks for before any acknowledgement. */
export const advice = compile([
  // "Please clear your cache and try again." "okay so first restart the router"
  { match: `(?:^|(?<=[.!?;:,]\\s*)|(?<=^${FILLER}))(?:(?:please|first|firstly|then|now|just|so) )*${fixVerbs}`, reason: 'instruction' },
  // "To unlock your account please click Forgot password." "…so please make sure the app is updated."
  { match: `please (?:just |kindly |simply )?${fixVerbs}`, reason: 'please-do' },
  // "Please reply with the last four digits."
  { match: `(?:^|(?<=[.!?;:,]\\s*)|(?<=^${FILLER}))please (?:just |kindly )?(?!hold|bear|accept|know|don'?t)[a-z]+`, reason: 'please-do' },
  // "Have you tried restarting it?" "I'd recommend reinstalling."
  { match: "(?:have|did) you (?:tried|try)|(?:i'?d|i would|i) (?:recommend|suggest|advise)|(?:we|i) (?:always |usually |normally |generally |would |do )?(?:recommend|advise|suggest) (?:booking|using|switching|turning|setting|that you|you)|my (?:advice|suggestion|recommendation) (?:is|would be)|what you(?:'?ll| will)? (?:want|need) to do", reason: 'have-you-tried' },
  // "Can you try clearing your browser cache?"
  { match: `(?:can|could|would|will) you (?:please |just |quickly |maybe |also )?(?:mind )?${fixVerbs}`, reason: 'can-you-try' },
  // "If you restart it, it should come back."
  { match: `if you (?:just |simply |quickly )?${fixVerbs}`, reason: 'if-you-try' },
  // "You can subscribe to updates on the status page." "You'll need to open a ticket."
  { match: "you(?:'?ll|'?d|(?: (?:will|would|just|simply|only|really|also|then|first|probably|might)))* (?:can|could|should|need to|have to|must|might want to|may want to|want to|gotta|got to|wanna) (?:also |just |always |simply |then |first )?(?!imagine|see why|tell|say|trust|rest|count|relax|reach me|expect|be(?: (?:proud|pleased|happy|excited|glad|fine|ok|okay|thrilled|chuffed)|[!.,?;]|$))[a-z]+", reason: 'you-can' },
  // "What I need you to do is log out."
  { match: "what (?:i|we) (?:need|want|'?d like) (?:you )?to do|what you (?:need|want|have|'?ll need) to do|all you (?:need|have) to do|(?:i|we)(?:'ll| will| would|'d)? (?:just )?need you to", reason: 'need-you-to' },
  // "It's our standard troubleshooting process." "Per our policy, refunds take ten days."
  { match: "(?:our|the|its|it'?s|that'?s|this is) (?:[a-z-]+ ){0,2}(?:policy|policies|process|procedure|protocol|terms)|(?:are|is|get|gets) (?:usually |normally |typically |automatically |generally |always )*(?:refunded|processed|handled|credited|resolved|reviewed|reversed|fixed|updated|charged|billed) (?:automatically |manually )?(?:within|in|after|by|once|every|at)|within \\d+(?:-\\d+)? (?:business |working )?(?:days|hours)|per (?:our|the) (?:policy|terms|contract|sla|change log|log|logs|records|agreement|guidelines)|(?:under|in line with|as per) (?:the|our) (?:[a-z]+ )?(?:guidelines|policy|terms|rules|regulations)|by default|(?:renews|renew|resets|reset|expires|expire|restarts|restart|renewed|purged|deleted) automatically|(?:scheduled|planned|routine) maintenance|(?:is|are|was|were) (?:done|managed|run|handled|carried out|processed|booked) by (?:a|an|our|the) (?:third[- ]party|contractor|partner|provider|bank|courier|supplier)|according to (?:our|the) (?:policy|terms|contract|records|sla)|(?:is|are) handled by", reason: 'policy' },
  // "The increase reflects the new features." "The €199 is per property." "The uplift just reflects our investment." "The increase is down to flood mapping."
  { match: "(?:the|this|that|our|your) (?:new |latest |recent |annual |price |cost )*(?:increase|rise|uplift|change|price|pricing|charge|fee|fees|rate|delay|decision|outage|error|issue|€\\d+|\\$\\d+|£\\d+) (?:just |simply |really |mainly |largely |mostly |partly )?(?:reflects|is down to|was down to|is due to|is because|was due to|was because|comes from|covers|is based on|applies|is per|is charged per|is billed per)|(?:is|are|costs?|charged|billed|priced) (?:per|by the|for each) (?:user|seat|property|month|year|licen[cs]e|site|location|head|room)|(?:usually|normally|typically|probably|likely|often) means|(?:that'?s|that is|it'?s|it is|thats|its) (?:been )?(?:fixed|resolved|patched|addressed) (?:in|by|with|since)", reason: 'explanation' },
  // "That's expected behaviour." "Our records show it was delivered."
  // "That's a browser setting." "The app flips to in progress when the job's dispatched." "It says the tech went off the photo."
  { match: "(?:that'?s|it'?s|this is|thats|its) (?:a|an|just a) (?:browser|device|phone|network|carrier|bank|third[- ]party|known|system|security) (?:setting|issue|thing|limitation|feature|restriction)|(?:flips|switches|changes|updates|goes) to [a-z ]{1,20} when|(?:so )?it says (?:here )?(?:that |the )|the (?:rate|price|cost|fee) (?:drops|goes down|falls|comes down) to|price for [a-z0-9 ]{1,30} would be", reason: 'explanation' },
  { match: "(?:expected|intended|normal) behaviou?r|working as (?:designed|intended|expected)|(?:our|the) (?:records|system|logs) (?:show|shows|say|says|indicate)|there'?s nothing (?:we|i) can do", reason: 'explanation' },
  // "Unfortunately we can't refund that."
  { match: "unfortunately (?:we|i|there'?s|that'?s|it'?s)|(?:we|i) (?:can'?t|cannot|are unable to|am unable to|aren'?t able to|'?m not able to|don'?t) (?:offer|refund|provide|give|issue|do refunds|make exceptions|change)", reason: 'policy-refusal' },
  // "The fix is to reinstall." "The best way is to reset it."
  { match: "the (?:fix|solution|workaround|answer|trick) (?:is|would be|here is)|the (?:best|easiest|quickest|fastest|only) (?:way|thing|option|fix) (?:is|would be|to)|here'?s what (?:you|we|i)", reason: 'the-fix-is' },
  // "Let me reset that for you." "I'll escalate it to engineering."
  { match: "(?:let me|i'?ll|i will|i can|i'?m going to|i am going to|we'?ll|we will|we can) (?:just |go ahead and |quickly |try and |try to )?(?:reset|fix|restart|reboot|escalate|refund|credit|reissue|re-?send|resend|process|issue (?:a|the|you)|open (?:a|up a) (?:ticket|case)|raise (?:a|it|this|that)|log (?:a|it|this)|file (?:a|it)|transfer you|send (?:you|a|out|over) (?:a|an|the|new|replacement|someone|technician)|book (?:a|an|you)|schedule (?:a|an|you)|arrange (?:a|an|for)|(?:get|have|send) (?:someone|somebody|the team|(?:a|an|our) [a-z]+) (?:out|over|round|to|call|look|check|contact|fix|sort)|dispatch|replace|look into (?:it|this|that|the)|see what (?:i|we) can do|check on (?:it|this|that|the)|take care of (?:it|this|that)|sort (?:it|this|that) out|sort out|get (?:it|this|that) (?:sorted|fixed|resolved|looked at))", reason: 'fix-offered' },
  // "It might be worth restarting." "Did you check the spam folder?"
  { match: "(?:it )?might be worth|(?:it'?s|it is) worth (?:trying|checking|restarting|clearing)|did you (?:check|restart|clear|update|reboot|look in|turn)", reason: 'worth-trying' },
  // "I've reset your password." "I have escalated it."
  { match: "(?:i'?ve|i have|we'?ve|we have) (?:just |already |now |gone ahead and )?(?:reset|restarted|rebooted|escalated|refunded|credited|reissued|resent|re-sent|processed|opened a (?:ticket|case)|raised|logged|filed|replaced|fixed)", reason: 'fix-done' },
])

/** The sentence around `index`: from the last terminal mark before it to the next one after it (inclusive). */
export function sentenceAt(text: string, index: number): readonly [number, number] {
  // A full stop ends a sentence only before a space: "99.99%" and "€19.30" stay whole.
  const ends = (at: number) => /[!?\n]/.test(text.charAt(at)) || (text.charAt(at) === '.' && (at + 1 >= text.length || /\s/.test(text.charAt(at + 1))))
  let start = index
  while (start > 0 && !ends(start - 1)) start--
  let end = index
  while (end < text.length && !ends(end)) end++
  if (end < text.length) end++
  while (start < end && /\s/.test(text.charAt(start))) start++
  return [start, end]
}
