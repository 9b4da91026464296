import type { Conversation } from '../../conversation.js'
import type { Hit } from '../detector.js'
import { normalise } from '../text.js'

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

/** An utterance as the cue matchers read it. */
interface Reading {
  /** Lower case with straight apostrophes, like `normalise`. */
  readonly lower: string
  /** Where words start: a match may only begin at one of these. */
  readonly starts: readonly number[]
}

const readings = new Map<string, Reading>()
const curly = /[’‘`]/

/** The reading of a text, remembered: six cue detectors read each utterance in turn. */
function readingOf(text: string): Reading {
  const cached = readings.get(text)
  if (cached) return cached
  let lower = text.toLowerCase()
  if (curly.test(lower)) lower = normalise(text)
  const starts: number[] = []
  for (let i = 0; i < lower.length; i++) {
    if (!isWordChar(lower.charCodeAt(i))) continue
    if (i === 0 || !isWordChar(lower.charCodeAt(i - 1))) starts.push(i)
  }
  const reading = { lower, starts }
  if (readings.size >= 4096) readings.clear()
  readings.set(text, reading)
  return reading
}

/** Lower-cased text with straight apostrophes (remembered). */
export function lowerOf(text: string): string {
  return readingOf(text).lower
}

/** Compiles patterns once, at module load, into one sticky regex per first letter (see `firstChars`). */
export function compileCues(patterns: readonly CuePattern[]): CueMatcher {
  // Each pattern is split into its top-level alternatives, and each alternative is filed under every
  // character it can start with. At a word start only the alternatives for that letter are tried: one
  // regex of all alternatives cost about 8 µs per utterance, this costs about 1 µs.
  const byChar = new Map<string, { source: string[]; owners: number[] }>()
  patterns.forEach((pattern, index) => {
    for (const alternative of alternativesOf(pattern.match)) {
      for (const char of firstChars(alternative)) {
        const entry = byChar.get(char) ?? { source: [], owners: [] }
        entry.source.push(alternative)
        entry.owners.push(index)
        byChar.set(char, entry)
      }
    }
  })
  const table: ({ regex: RegExp; groups: number[]; owners: number[] } | undefined)[] = []
  for (const [char, entry] of byChar) {
    const groups: number[] = []
    let next = 1
    for (const alternative of entry.source) {
      groups.push(next)
      // An alternative's own capturing groups shift the numbering; count them so none can mislabel.
      next += 1 + new RegExp(`${alternative}|`).exec('')!.length - 1
    }
    const regex = new RegExp(`(?:${entry.source.map((alternative) => `(${alternative})`).join('|')})(?![a-z0-9])`, 'y')
    table[char.charCodeAt(0)] = { regex, groups, owners: entry.owners }
  }
  const run = (text: string, all: boolean): CueMatch[] => {
    const { lower, starts } = readingOf(text)
    const out: CueMatch[] = []
    let after = 0
    for (const i of starts) {
      if (i < after) continue
      const entry = table[lower.charCodeAt(i)]
      if (!entry) continue
      entry.regex.lastIndex = i
      const match = entry.regex.exec(lower)
      if (!match || match[0].length === 0) continue
      const which = entry.groups.findIndex((group) => match[group] !== undefined)
      const pattern = patterns[entry.owners[which] ?? -1]
      if (!pattern) continue
      if (pattern.negatable && isNegatedAt(lower, i)) continue
      const end = i + match[0].length
      out.push(pattern.detail === undefined ? { span: [i, end], reason: pattern.reason } : { span: [i, end], reason: pattern.reason, detail: pattern.detail })
      if (!all) break
      after = end
    }
    return out
  }
  return { find: (text) => run(text, true), first: (text) => run(text, false)[0] }
}

/** Letters, digits and the apostrophe: a match may not start right after one of these. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code > 127
}

/** The top-level alternatives of a regex source, with one enclosing `(?:…)` unwrapped. */
export function alternativesOf(source: string): string[] {
  let body = source
  if (body.startsWith('(?:') && closingParen(body, 0) === body.length - 1) body = body.slice(3, -1)
  const out: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < body.length; i++) {
    const char = body[i]
    if (char === '\\') i++
    else if (char === '[') i = closingBracket(body, i)
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      out.push(body.slice(from, i))
      from = i + 1
    }
  }
  out.push(body.slice(from))
  return out
}

function closingParen(source: string, open: number): number {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (char === '[') i = closingBracket(source, i)
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return i
  }
  return -1
}

function closingBracket(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === ']') return i
  }
  return source.length - 1
}

const wordChars = [...'abcdefghijklmnopqrstuvwxyz0123456789_']
const anyChar = [...wordChars, ..." '-.,;:!?&@€£$%"]

/**
 * The characters a match of `source` can start with, for the regex subset the cue lists use
 * (literals, `\w` `\d` `\s`, classes, groups, lookarounds, quantifiers). It may say too much, never
 * too little: a lookaround is treated as empty, and an alternative that can match nothing starts anywhere.
 */
export function firstChars(source: string): Set<string> {
  const { chars, nullable } = firstOfAlternation(source, 0, source.length)
  return nullable ? new Set(anyChar) : chars
}

interface First {
  chars: Set<string>
  nullable: boolean
}

function firstOfAlternation(source: string, from: number, to: number): First {
  const chars = new Set<string>()
  let nullable = false
  let depth = 0
  let start = from
  for (let i = from; i <= to; i++) {
    const char = source[i]
    if (i < to && char === '\\') i++
    else if (i < to && char === '[') i = closingBracket(source, i)
    else if (i < to && char === '(') depth++
    else if (i < to && char === ')') depth--
    else if (i === to || (char === '|' && depth === 0)) {
      const first = firstOfSequence(source, start, i)
      first.chars.forEach((c) => chars.add(c))
      nullable ||= first.nullable
      start = i + 1
    }
  }
  return { chars, nullable }
}

function firstOfSequence(source: string, from: number, to: number): First {
  const chars = new Set<string>()
  let i = from
  while (i < to) {
    let element: First
    let end: number
    const char = source[i]!
    if (char === '(') {
      end = closingParen(source, i)
      const lookaround = /^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4))
      const inner = source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : i + 1
      element = lookaround ? { chars: new Set(), nullable: true } : firstOfAlternation(source, inner, end)
    } else if (char === '[') {
      end = closingBracket(source, i)
      element = { chars: classChars(source.slice(i + 1, end)), nullable: false }
    } else if (char === '\\') {
      end = i + 1
      element = escapeChars(source[end] ?? '')
    } else if (char === '^' || char === '$') {
      end = i
      element = { chars: new Set(), nullable: true }
    } else {
      end = i
      element = { chars: char === '.' ? new Set(anyChar) : new Set([char]), nullable: false }
    }
    i = end + 1
    const quantifier = source[i]
    if (quantifier === '?' || quantifier === '*') {
      element.nullable = true
      i++
    } else if (quantifier === '+') i++
    else if (quantifier === '{') {
      const close = source.indexOf('}', i)
      if (/^\{0[,}]/.test(source.slice(i, close + 1))) element.nullable = true
      i = close + 1
    }
    if (source[i] === '?') i++
    element.chars.forEach((c) => chars.add(c))
    if (!element.nullable) return { chars, nullable: false }
  }
  return { chars, nullable: true }
}

function escapeChars(letter: string): First {
  if (letter === 'w') return { chars: new Set(wordChars), nullable: false }
  if (letter === 'd') return { chars: new Set([...'0123456789']), nullable: false }
  if (letter === 's') return { chars: new Set([' ', '\t', '\n']), nullable: false }
  if (letter === 'b' || letter === 'B') return { chars: new Set(), nullable: true }
  return { chars: new Set([letter]), nullable: false }
}

function classChars(body: string): Set<string> {
  if (body.startsWith('^')) return new Set(anyChar)
  const chars = new Set<string>()
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      escapeChars(body[i + 1] ?? '').chars.forEach((c) => chars.add(c))
      i++
    } else if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let code = body.charCodeAt(i); code <= body.charCodeAt(i + 2); code++) chars.add(String.fromCharCode(code))
      i += 2
    } else chars.add(body[i]!)
  }
  return chars
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
