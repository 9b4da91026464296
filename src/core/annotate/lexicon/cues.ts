import type { Conversation } from '../../conversation.js'
import type { Hit } from '../detector.js'
import { scanPatterns } from './scan.js'

/** A customer-cue pattern: a regex source over lower-cased text, the reason it reports, and how to treat negation. */
export interface CuePattern {
  /** Regex source without capturing groups (use `(?:…)`); word boundaries are added around it. */
  readonly match: string
  readonly reason: string
  /** Extra information for the hit, such as an emotion name. */
  readonly detail?: string
  /** Drop the match when a negation ("not", "never", "n't", "no") comes just before it in the same clause. */
  readonly negatable?: boolean
}

/** One match of a cue pattern. */
export interface CueMatch {
  readonly span: readonly [number, number]
  readonly reason: string
  readonly detail?: string
}

/** Patterns compiled into one regex, so an utterance is scanned once per detector. */
export interface CueMatcher {
  /** Every non-negated match, left to right. */
  find(text: string): CueMatch[]
  /** The first non-negated match, or undefined. */
  first(text: string): CueMatch | undefined
}

// Speech-to-text writes "i'm", "im" and "i am"; these pieces keep the patterns readable.
/** "i'm", "im", "i am", "i've been", "i was", "i feel", "i get"… : a first-person state. */
export const I_AM = "(?:i'?m|i am|i'?ve been|i have been|i was|i feel|i'?m feeling|i get|i got|i'?ll be|i'?d be)"
/** "we're", "we are", "we've been", "we were"… */
export const WE_ARE = "(?:we'?re|we are|we'?ve been|we have been|we were|we feel|we get|we got)"
/** First person singular or plural state. */
export const SELF = `(?:${I_AM}|${WE_ARE})`
/** Intensifiers that may sit between the subject and the feeling: "i'm so so tired". */
export const INTENSE = "(?:(?:so|really|very|just|pretty|quite|absolutely|totally|completely|honestly|frankly|a bit|a little|kind of|kinda|sort of|super|incredibly|extremely|too|getting|starting to get|starting to feel|a little bit|beyond|utterly|genuinely|actually|um|uh|like|now|still|also|already|all|both) )*"

const negators = new Set(['not', 'never', 'no', 'nor', 'without', 'hardly', 'barely', 'nobody', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'cant', 'couldnt', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'aint'])
// A negation does not reach across a clause: "it's not the price, i'm just exhausted".
const clauseBreaks = new Set(['but', 'and', 'because', 'so', 'though', 'although', 'however', 'yet', 'cause', 'cuz'])
const wordBefore = /([a-z']+)[^a-z']*$/

/** True when one of the (up to) three words before `index` negates, within the same clause. */
export function isNegatedAt(lower: string, index: number): boolean {
  let end = index
  for (let seen = 0; seen < 3; seen++) {
    const before = lower.slice(Math.max(0, end - 24), end)
    // Punctuation closes the clause: "no, i'm fed up" is still a feeling.
    if (/[.,;:!?]\s*$/.test(before)) return false
    const found = wordBefore.exec(before)
    if (!found) return false
    // "don't", "dont" and "do not" all negate; speech-to-text often drops the apostrophe.
    if (found[1]!.endsWith("n't") || negators.has(found[1]!.replace(/'/g, ''))) return true
    const word = found[1]!
    if (clauseBreaks.has(word)) return false
    end = end - before.length + found.index
  }
  return false
}

/** Compiles patterns once, at module load, into a scanner (see scan.ts): each word start tries only the alternatives that can start there. */
export function compileCues(patterns: readonly CuePattern[]): CueMatcher {
  const scan = scanPatterns(patterns.map((pattern) => pattern.match))
  const negated = (index: number, lower: string, start: number) => patterns[index]!.negatable === true && isNegatedAt(lower, start)
  const run = (text: string, all: boolean): CueMatch[] =>
    scan(text, all, negated).map(({ pattern: index, start, end }) => {
      const pattern = patterns[index]!
      return pattern.detail === undefined ? { span: [start, end], reason: pattern.reason } : { span: [start, end], reason: pattern.reason, detail: pattern.detail }
    })
  return { find: (text) => run(text, true), first: (text) => run(text, false)[0] }
}

/** Reports the first match of `matcher` in every customer utterance (one hit per utterance keeps explanations short). */
export function reportFirstCue(conversation: Conversation, matcher: CueMatcher, report: (hit: Hit) => void, veto?: CueMatcher): void {
  for (const utterance of conversation.utterances) {
    if (utterance.role !== 'customer') continue
    const found = matcher.first(utterance.text)
    if (!found) continue
    if (veto?.first(utterance.text)) continue
    report(found.detail === undefined ? { utterance: utterance.index, span: found.span, reason: found.reason } : { utterance: utterance.index, span: found.span, reason: found.reason, detail: found.detail })
  }
}
