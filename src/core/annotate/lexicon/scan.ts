import { readingOf } from '../text.js'

// The pattern lists are long alternations (thousands of alternatives across detectors). One regex of
// them all tries every alternative at every word: most of the annotation time. Here each alternative
// is filed in a trie under the literal text every match of it must start with ("i'm so ", "any upd"),
// and at a word start only the alternatives whose literal start is actually there are tried.

/** Where an alternative matched: its index in the list given to `compileScanner`, and the end of the match. */
export interface Hit {
  readonly alternative: number
  readonly end: number
}

/** Alternatives compiled for scanning word starts. */
export interface Scanner {
  /** The first alternative (in list order) that matches at `start` of `lower`, followed by no letter or digit. */
  at(lower: string, start: number): Hit | undefined
}

/** The alternatives that may match where a trie path leads, compiled when first needed. */
class Entry {
  private compiled?: { regex: RegExp; groups: number[] }
  constructor(
    private readonly sources: readonly string[],
    /** Indexes into the scanner's list, ascending, so the regex tries them in list order. */
    readonly alternatives: readonly number[],
  ) {}

  /** The first of the alternatives that matches at `start`, like the regex of them all would answer. */
  at(lower: string, start: number): Hit | undefined {
    this.compiled ??= this.compile()
    const { regex, groups } = this.compiled
    regex.lastIndex = start
    const match = regex.exec(lower)
    if (!match) return undefined
    let k = 0
    while (match[groups[k]!] === undefined) k++
    return { alternative: this.alternatives[k]!, end: start + match[0].length }
  }

  private compile(): { regex: RegExp; groups: number[] } {
    const groups: number[] = []
    let next = 1
    for (const index of this.alternatives) {
      groups.push(next)
      // An alternative's own capturing groups shift the numbering; count them so none can mislabel.
      next += new RegExp(`${this.sources[index]!}|`).exec('')!.length
    }
    const regex = new RegExp(`(?:${this.alternatives.map((index) => `(${this.sources[index]!})`).join('|')})(?![a-z0-9])`, 'y')
    return { regex, groups }
  }
}

interface Node {
  readonly children: Map<number, Node>
  readonly members: number[]
  /** Every alternative filed here or on the way here: the one regex to run when a text leads here. */
  entry?: Entry | undefined
}

/**
 * Compiles regex sources (lower-case, the subset the lexicons use) into a scanner. `at` answers
 * exactly what `(?:(a0)|(a1)|…)(?![a-z0-9])` answers when run sticky at that position.
 */
export function compileScanner(alternatives: readonly string[]): Scanner {
  const root: Node = { children: new Map(), members: [] }
  // Alternatives with no literal start are filed by the characters they can start with.
  const byChar = new Map<number, number[]>()
  alternatives.forEach((source, index) => {
    const prefixes = literalPrefixes(source)
    if (prefixes.includes('')) {
      for (const char of firstChars(source)) {
        const code = char.charCodeAt(0)
        byChar.set(code, [...(byChar.get(code) ?? []), index])
      }
      return
    }
    for (const prefix of prefixes) {
      let node = root
      for (let i = 0; i < prefix.length; i++) {
        const code = prefix.charCodeAt(i)
        let child = node.children.get(code)
        if (!child) {
          child = { children: new Map(), members: [] }
          node.children.set(code, child)
        }
        node = child
      }
      if (!node.members.includes(index)) node.members.push(index)
    }
  })
  // Each alternative sits in exactly one regex per literal start, so none is compiled twice; the
  // alternatives with no literal start run beside the trie (filed by first character).
  // Nodes with the same alternatives ("i'm ", "im ", "i am " for a first-person pattern) share one regex.
  const shared = new Map<string, Entry>()
  const fill = (node: Node) => {
    if (node.members.length > 0) {
      const members = [...node.members].sort((a, b) => a - b)
      const key = members.join(',')
      let entry = shared.get(key)
      if (!entry) {
        entry = new Entry(alternatives, members)
        shared.set(key, entry)
      }
      node.entry = entry
    }
    node.children.forEach(fill)
  }
  fill(root)
  const table: (Entry | undefined)[] = []
  for (const [code, members] of byChar) table[code] = new Entry(alternatives, [...members].sort((a, b) => a - b))

  return {
    at(lower, start) {
      const code = lower.charCodeAt(start)
      let best = table[code]?.at(lower, start)
      let node = root.children.get(code)
      for (let i = start + 1; node; i++) {
        const hit = node.entry?.at(lower, start)
        if (hit && (!best || hit.alternative < best.alternative)) best = hit
        node = i < lower.length ? node.children.get(lower.charCodeAt(i)) : undefined
      }
      return best
    },
  }
}

/** Where a pattern of a list matched. */
export interface PatternMatch {
  /** Index of the pattern in the list given to `scanPatterns`. */
  readonly pattern: number
  readonly start: number
  readonly end: number
}

/**
 * Compiles a list of patterns (regex sources) into one scanner and returns the scan: left to right
 * over word starts, at each the first pattern that matches there (list order), matches not
 * overlapping. `skip` may refuse a match (say, a negated one); the scan then moves to the next word.
 * `all` false stops at the first match.
 */
export function scanPatterns(sources: readonly string[]): (text: string, all: boolean, skip?: (pattern: number, lower: string, start: number) => boolean) => PatternMatch[] {
  const owners: number[] = []
  const alternatives: string[] = []
  sources.forEach((source, index) => {
    for (const alternative of alternativesOf(source)) {
      alternatives.push(alternative)
      owners.push(index)
    }
  })
  const scanner = compileScanner(alternatives)
  return (text, all, skip) => {
    const { lower, starts } = readingOf(text)
    const out: PatternMatch[] = []
    let after = 0
    for (const start of starts) {
      if (start < after) continue
      const hit = scanner.at(lower, start)
      if (!hit || hit.end === start) continue
      const pattern = owners[hit.alternative]!
      if (skip?.(pattern, lower, start)) continue
      out.push({ pattern, start, end: hit.end })
      if (!all) break
      after = hit.end
    }
    return out
  }
}

/** The top-level alternatives of a regex source, with one enclosing `(?:…)` unwrapped. */
export function alternativesOf(source: string): string[] {
  let body = source
  if (body.startsWith('(?:') && closingParen(body, 0) === body.length - 1) body = body.slice(3, -1)
  return branches(body, 0, body.length).map(([from, to]) => body.slice(from, to))
}

/** The top-level branches of the alternation in `source` between `from` and `to`, as [start, end) pairs. */
function branches(source: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  let depth = 0
  let start = from
  for (let i = from; i <= to; i++) {
    const char = source[i]
    if (i < to && char === '\\') i++
    else if (i < to && char === '[') i = closingBracket(source, i)
    else if (i < to && char === '(') depth++
    else if (i < to && char === ')') depth--
    else if (i === to || (char === '|' && depth === 0)) {
      out.push([start, i])
      start = i + 1
    }
  }
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

/** A literal start of a match, and whether more literal text may still be added to it. */
interface Prefix {
  readonly text: string
  readonly open: boolean
}

const maxPrefixes = 64
const maxLength = 8

/**
 * The literal texts a match of `source` must start with: every match starts with one of them. An
 * empty string among them means no literal start is known. Lookarounds and `\b` consume nothing
 * and are stepped over; a class, `\w`, `.` or a repeat ends the literal part.
 */
export function literalPrefixes(source: string): string[] {
  const out = new Set(prefixesOfAlternation(source, 0, source.length, [{ text: '', open: true }]).map((prefix) => prefix.text))
  return [...out]
}

function prefixesOfAlternation(source: string, from: number, to: number, before: readonly Prefix[]): Prefix[] {
  return branches(source, from, to).flatMap(([start, end]) => prefixesOfSequence(source, start, end, before))
}

function closeAll(prefixes: readonly Prefix[]): Prefix[] {
  return prefixes.map((prefix) => (prefix.open ? { text: prefix.text, open: false } : prefix))
}

const special = new Set([...'\\[](){}|?*+.^$'])
const quantifiers = new Set(['?', '*', '+', '{'])

/** A prefix grown by literal text; past `maxLength` it is cut there and closed (a shorter start is still a start). */
function grow(prefix: Prefix, text: string): Prefix {
  const joined = prefix.text + text
  return joined.length > maxLength ? { text: joined.slice(0, maxLength), open: false } : { text: joined, open: true }
}

function prefixesOfSequence(source: string, from: number, to: number, before: readonly Prefix[]): Prefix[] {
  let current = [...before]
  let i = from
  while (i < to) {
    if (!current.some((prefix) => prefix.open)) return current
    const char = source[i]!
    if (!special.has(char)) {
      // A run of plain characters is added at once; a quantified last character is left for below.
      let j = i
      while (j < to && !special.has(source[j]!)) j++
      if (j > i + 1 && quantifiers.has(source[j] ?? '')) j--
      if (j > i + 1 || !quantifiers.has(source[j] ?? '')) {
        const run = source.slice(i, j)
        current = current.map((prefix) => (prefix.open ? grow(prefix, run) : prefix))
        i = j
        continue
      }
    }
    let end: number
    // What this element may add: literal strings (each complete), or null when it is not literal.
    let element: string[] | null
    let zeroWidth = false
    if (char === '(') {
      end = closingParen(source, i)
      if (isLookaround(source, i)) {
        zeroWidth = true
        element = ['']
      } else {
        const inner = source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : i + 1
        // A group is expanded in place: its alternatives continue each open prefix.
        const quantifier = source[end + 1]
        const open = current.filter((prefix) => prefix.open)
        const closed = current.filter((prefix) => !prefix.open)
        const expanded = prefixesOfAlternation(source, inner, end, open)
        let next: Prefix[]
        if (quantifier === '?' || quantifier === '*' || (quantifier === '{' && startsAtZero(source, end + 1))) {
          // Optional: the group may be skipped; a repeat may add more of itself, so it ends the literal part.
          next = [...closed, ...open, ...(quantifier === '?' ? expanded : closeAll(expanded))]
        } else if (quantifier === '+' || quantifier === '{') next = [...closed, ...closeAll(expanded)]
        else next = [...closed, ...expanded]
        i = skipQuantifier(source, end + 1)
        if (next.length > maxPrefixes) return closeAll(current)
        current = dedupe(next)
        continue
      }
    } else if (char === '[') {
      end = closingBracket(source, i)
      element = classLiterals(source.slice(i + 1, end))
    } else if (char === '\\') {
      end = i + 1
      const escaped = source[end] ?? ''
      if (escaped === 'b' || escaped === 'B') {
        zeroWidth = true
        element = ['']
      } else element = /[a-zA-Z0-9]/.test(escaped) ? null : [escaped]
    } else if (char === '^' || char === '$') {
      end = i
      zeroWidth = true
      element = ['']
    } else {
      end = i
      element = special.has(char) ? null : [char]
    }
    i = end + 1
    const quantifier = source[i]
    i = skipQuantifier(source, i)
    if (zeroWidth) continue
    if (element === null) return closeAll(current)
    const closed = current.filter((prefix) => !prefix.open)
    const open = current.filter((prefix) => prefix.open)
    const grown = open.flatMap((prefix) => element.map((text) => grow(prefix, text)))
    let next: Prefix[]
    if (quantifier === '?') next = [...closed, ...open, ...grown]
    else if (quantifier === '*' || (quantifier === '{' && startsAtZero(source, end + 1))) next = [...closed, ...closeAll(open), ...closeAll(grown)]
    else if (quantifier === '+' || quantifier === '{') next = [...closed, ...closeAll(grown)]
    else next = [...closed, ...grown]
    if (next.length > maxPrefixes) return closeAll(current)
    current = dedupe(next)
  }
  return current
}

/** Whether a group opening at `at` is a lookahead or lookbehind. */
function isLookaround(source: string, at: number): boolean {
  return source.startsWith('(?=', at) || source.startsWith('(?!', at) || source.startsWith('(?<=', at) || source.startsWith('(?<!', at)
}

/** Whether a `{n,m}` quantifier at `at` allows zero repeats. */
function startsAtZero(source: string, at: number): boolean {
  return source.startsWith('{0,', at) || source.startsWith('{0}', at)
}

function skipQuantifier(source: string, at: number): number {
  let i = at
  const quantifier = source[i]
  if (quantifier === '?' || quantifier === '*' || quantifier === '+') i++
  else if (quantifier === '{') i = source.indexOf('}', i) + 1
  if (i > at && source[i] === '?') i++
  return i
}

function dedupe(prefixes: readonly Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>()
  for (const prefix of prefixes) {
    const key = `${prefix.open ? 1 : 0}${prefix.text}`
    if (!seen.has(key)) seen.set(key, prefix)
  }
  return [...seen.values()]
}

/** The characters of a small plain class such as `[- ]`, or null for ranges, negations and escapes. */
function classLiterals(body: string): string[] | null {
  if (body.length === 0 || body.length > 4 || body.startsWith('^') || body.includes('\\') || /.-./.test(body)) return null
  return [...new Set(body)]
}

const wordChars = [...'abcdefghijklmnopqrstuvwxyz0123456789_']
const anyChar = [...wordChars, ..." '-.,;:!?&@€£$%"]

/**
 * The characters a match of `source` can start with, for the regex subset the lexicons use
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
  for (const [start, end] of branches(source, from, to)) {
    const first = firstOfSequence(source, start, end)
    first.chars.forEach((c) => chars.add(c))
    nullable ||= first.nullable
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
      const lookaround = isLookaround(source, i)
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
