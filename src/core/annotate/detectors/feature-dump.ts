import type { Conversation } from '../../conversation.js'
import type { Detector } from '../detector.js'
import { contentWords, gist, lowerOf, quote, sentenceAt } from '../lexicon/failures.js'

// What introduces a list of product claims: "BrightChair gives you…", "we also have…", "the pack covers…".
// Also "we've also got…", "we now do…", "ReportHive has…", "PayNest handles…", "our clients love our…", "you'd keep the app…",
// "it's bundled in along with…", "did you know we also do…", "Quick overview of our platform: …".
const intro = /\b(?:(?:we'?ve|we have|we) (?:also |now |just |recently |even )*(?:got|do|launched|released|rolled out|added|introduced|brought out)|(?:[a-z0-9]+) (?:also |now |even )?(?:has|handles|does|gets)|(?:customers|clients|users|members|sellers|merchants|teams) (?:also |now |really )?(?:love|get|enjoy)(?: our| the)?|you(?:'?d|'?ll| would| will)? (?:also |still )?keep|(?:bundled|built|baked) in(?: now)?(?: along with| with)?|(?:did you know|just so you know)(?: that)?(?: [a-z]+){0,3} (?:also |now )?(?:do|does|get|gets|have|has|offer|offers|can)|(?:overview|included|includes|highlights|rundown|recap|features|package|plan|tier|bundle|platform|suite|work)(?: [a-z-]+){0,5}: |(?:we|it|this|that|the \w+|our \w+(?: \w+)?|(?:it|that|this|which)'?s) (?:also |really |now |even |already )?(?:have|has|got|offer|offers|support|supports|provide|provides|include|includes)|(?:we'?ve|it'?s|we have|it has) got|(?:we|it|this|that|the \w+|our \w+(?: \w+)?) (?:also |really |even )?(?:does|do|can do|handles)|[a-z]+ (?:also )?(?:gives? you|gets? you|comes? with|ships with|includes?|offers|covers|features|boasts|lets you|bundles|adds|unlocks|brings you|integrates? (?:with|into)|connects? (?:to|with)|works with|syncs? with|plugs? into)|there'?s|there are|you(?:'?d|'?ll| would| will)? (?:also )?get|there'?s also|on top of that|plus|(?:walk|take) (?:you )?through|show you|(?:features?|things|tools|modules|extras|add-?ons) (?:like|such as|including)|such as|including)\b/g
// List separators: commas, "and", "plus", "as well as"; speech-to-text keeps only the words.
const separator = /\s*(?:[,;]|\band\b|\bplus\b|\bas well as\b|\balong with\b|\bwith\b)\s*/
// "…which would stop the no-shows", "since you mentioned…": the list answers something they said.
const tie = /\b(?:you (?:also |just |already )?(?:mentioned|said|told me|were saying|brought up)|as you (?:said|mentioned)|since you|because you|for (?:the|your|those) (?:problem|issue|no-shows)|which (?:means|would (?!(?:\w+ ){0,3}help me)|will (?!(?:\w+ ){0,3}help me)|solves|fixes|helps|stops|cuts|saves)|so (?:you|your \w+) (?:won'?t|don'?t|can|could|never|no longer)|that (?:would|will|should) (?:stop|fix|solve|help|mean|cut|save|take care)|to (?:stop|fix|solve|cut|reduce|prevent|end|avoid) (?:the|your|those|that))\b/

/** Three or more features or claims listed without tying them to anything the customer said. */
export const featureDump: Detector = {
  id: 'feature-dump',
  role: 'team',
  description: 'Lists three or more features without tying them to the customer',
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const lower = lowerOf(utterance.text)
      if (!listLike(lower) || tie.test(lower)) continue
      const list = claims(utterance.text, lower)
      if (!list) continue
      // Items that reuse the customer's words are answers, not a dump, when they are at least half the list.
      // Only the customer's latest turn counts: the product's own words ("battery", "crew") recur all conversation long.
      const heard = lastCustomerWords(conversation, utterance.index)
      const tied = list.items.filter((item) => contentWords(item).some((word) => heard.has(word))).length
      if (tied * 2 >= list.items.length) continue
      report({
        utterance: utterance.index,
        span: list.span,
        reason: list.reason,
        message: `${quote(utterance.text.slice(list.span[0], list.span[1]), 16)} lists ${list.items.length} features; none is tied to what the customer said.`,
        suggestion: suggestion(conversation, utterance.index, list.items),
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

/** Cheap look first: three items need two separators, or one "and" in speech-to-text, or "you name it". */
function listLike(lower: string): boolean {
  let separators = 0
  for (let at = lower.indexOf(','); at >= 0 && separators < 2; at = lower.indexOf(',', at + 1)) separators++
  const joined = lower.includes(' and ') || lower.includes(' plus ') || lower.includes(' as well as ') || lower.includes(' with ')
  return separators >= 2 || (separators === 1 && joined) || (separators === 0 && joined) || listIdiom.test(lower)
}

interface Claims {
  span: readonly [number, number]
  items: string[]
  reason: string
}

/** Product claims in an utterance: list items after an introducing verb, across its sentences. */
function claims(text: string, lower: string): Claims | undefined {
  const items: string[] = []
  let first = -1
  let last = -1
  let seen = -1
  // Speech-to-text loses the commas, so a list shows only as long runs of nouns joined by one "and".
  const unpunctuated = !/[,;:]/.test(text)
  const add = (start: number, tail: string, end: number) => {
    const found = listItems(tail, unpunctuated)
    if (found.length === 0) return false
    items.push(...found)
    if (first < 0) first = start
    last = end
    return true
  }
  intro.lastIndex = 0
  let match: RegExpExecArray | null
  // One list per sentence: the longest one any intro in it opens ("I can get you 20% off, plus you get A, B and C").
  let best: { at: number; end: number; tail: string; size: number } | undefined
  const flush = () => {
    if (best && add(best.at, best.tail, best.end)) seen = best.end - 1
    best = undefined
  }
  while ((match = intro.exec(lower)) !== null) {
    const [start, end] = sentenceAt(text, match.index)
    if (best && start >= best.end) flush()
    // A question is not a pitch ("was it adoption, cost, something else?"), unless it is "did you know we also do…".
    if (start <= seen || (asks.test(lower.slice(start, end)) && !/^did you know\b/.test(lower.slice(start, end)))) continue
    const tail = lower.slice(match.index + match[0].length, end)
    // "three tiers: starter, growth and enterprise" names options; it claims nothing.
    if (/^\s*(?:two|three|four|five|\d+) (?:tiers?|plans?|options?|levels?|packages?|editions?|versions?|sizes?|ways?|choices?)\b/.test(tail)) continue
    const size = listItems(tail, unpunctuated).length
    // "we do all that, we have…": an intro that opens no list leaves the sentence to the next one.
    if (size > 0 && (!best || size > best.size)) best = { at: match.index, end, tail, size }
  }
  flush()
  // "Did you see our new release? Voice channel, sentiment tagging and a WhatsApp connector!": a verbless list after a pitch.
  if (/\b(?:our|we)\b/.test(lower)) {
    for (const bare of lower.matchAll(/(?:^|[.!?]\s+)((?:[^.!?]|\.(?=\S))+)[.!](?=\s|$)/g)) {
      const sentenceStart = bare.index + bare[0].indexOf(bare[1]!)
      if (sentenceStart <= seen) continue
      const parts = bare[1]!.split(/\s*(?:,|\band\b)\s*/)
      // Every part a short noun phrase of two words or more: "voice channel, sentiment tagging and a whatsapp connector".
      if (parts.length >= 3 && parts.every((part) => /^(?!(?:oh|done|yes|no|ok|okay|sure|thanks|great|good)\b)[a-z0-9-]+(?: [a-z0-9-]+){1,3}$/.test(part) && !clause.test(part))) add(sentenceStart, bare[1]!, sentenceStart + bare[1]!.length)
    }
  }
  if (items.length < 3 || first < 0) return undefined
  return { span: [first, last], items, reason: items.length >= 5 ? 'long-feature-list' : 'feature-list' }
}

// A list item is a noun phrase: a subject, a verb of saying or a conjunction means the list is over.
const clause = /\b(?:i|you|we|they|he|she|who|is|are|was|were|do|does|did|will|would|can|could|should|if|when|because|which|that'?s|so|there'?s)\b/
// "Was it adoption, cost, something else?" asks; it does not pitch.
const asks = /^(?:what|who|which|was|is|are|do|does|did|would|could|can|how|when|where|why|have|has|should)\b/
const spokenFillers = /\b(?:um+|uh+|erm|like|you know|too|as well|really|also)\b/g
// "a hidden character in row eight hundred": a place or a thing's part, not a run of product nouns.
const placed = /\b(?:in|on|at|of|from|since|by|for|to) (?:the|a|an|row|line|my|your|our|their|this|that)\b/
const listIdiom = /\b(?:you name it|and (?:so on|much more|more|the rest|all that)|etc)\b/

/** The noun phrases of a list tail, up to the first clause; a lost comma counts when a part is long. */
function listItems(tail: string, unpunctuated: boolean): string[] {
  const items: string[] = []
  // "we've got loads to help: real-time stock, Shopify sync…": the list starts after the colon.
  const colon = tail.lastIndexOf(': ')
  const parts = (colon >= 0 && colon < 60 ? tail.slice(colon + 2) : tail).replace(spokenFillers, ' ').split(separator)
  for (const raw of parts) {
    const part = raw.trim().replace(/\s+/g, ' ')
    if (part === '') continue
    const cut = clause.exec(part)
    if (cut || part.split(' ').length > (unpunctuated ? 12 : 6)) {
      // "…and a four hour fix so just if you could…", "a fleet dashboard you might like": the last item ends where the clause starts.
      const head = cut ? part.slice(0, cut.index).trim() : ''
      if (items.length >= 2 && head !== '' && head.split(' ').length <= 5) items.push(head)
      break
    }
    items.push(part)
  }
  // "three hundred plus apps xero quickbooks deputy square you name it" is a list by its own say-so.
  if (items.length > 0 && items.length < 3 && listIdiom.test(tail)) while (items.length < 3) items.push(items[items.length - 1]!)
  // "compliance updates built in automatic payslips and real time labour cost reports": the comma went missing.
  if (unpunctuated && items.length === 2 && items[0]!.split(' ').length >= 4 && !placed.test(items[0]!)) items.splice(1, 0, items[0]!)
  // "a static ip unlimited calls cloud backup and a four hour fix": one run of six nouns is three items.
  else if (unpunctuated && items.length === 1 && items[0]!.split(' ').length >= 6 && !placed.test(items[0]!) && / and /.test(tail)) items.push(items[0]!, items[0]!)
  return items
}

/** Pick one feature and tie it to the customer's latest problem in their words. */
function suggestion(conversation: Conversation, index: number, items: string[]): string {
  const pick = items[0]!.replace(/^(?:a|an|the|our|your)\s+/, '')
  for (let i = index - 1; i >= 0; i--) {
    const before = conversation.utterances[i]!
    if (before.role !== 'customer' || contentWords(before.text).length < 2) continue
    return `Pick the one feature that answers them and tie it to their words: “You said ${gist(before.text)}; ${pick} is built for exactly that. Want to see how?”`
  }
  return `Ask what they need first, then show only the feature that answers it (for example ${pick}).`
}
