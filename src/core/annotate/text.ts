import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import type { Conversation, Utterance } from '../conversation.js'
import { Memo } from '../memo.js'

// Sentence boundaries and negation scope from wink-nlp's English model. POS tagging is left out:
// it triples the cost per utterance and the detectors do not need it to reach their targets.
const nlp = winkNLP(model, ['sbd', 'negation'])
const its = nlp.its

/** A word, number, punctuation mark or emoji with its place in the utterance. */
export interface Token {
  /** As written. */
  readonly text: string
  /** Lower case, curly apostrophes made straight. */
  readonly normal: string
  readonly start: number
  readonly end: number
  readonly type: string
  /** Inside the scope of a negation ("not", "never", "n't"). */
  readonly negated: boolean
}

/** One sentence with its tokens and whether it asks something. */
export interface Sentence {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly tokens: readonly Token[]
  readonly isQuestion: boolean
}

/** Everything detectors read about one utterance's text, computed once. */
export interface TextInfo {
  readonly text: string
  /** Lower case with straight apostrophes; same length and offsets as `text`. */
  readonly lower: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
}

/** A pattern with the reason it reports; an example sentence sits above each in the detectors. */
export interface Phrase {
  readonly match: RegExp
  readonly reason: string
}

/** A phrase found in a text. */
export interface Found {
  readonly span: readonly [number, number]
  readonly reason: string
  readonly text: string
}

const cacheLimit = 4096
const cache = new Memo<string, TextInfo>(cacheLimit)

const canonical = new Memo<string, string>(cacheLimit)
const views = new WeakSet<Conversation>()

/**
 * The conversation as the core reads it: every utterance rebuilt with the same fields in the same
 * order, and each text replaced by the one string the caches here already hold for it.
 *
 * - A dozen caches look each utterance up by its text; a lookup with an equal but different string
 *   compares the characters, with the same string only the pointer (about 20 ns against 4), and texts
 *   read afresh from a file are always different strings.
 * - Readers build utterances with and without an address or a line; objects of several shapes make
 *   the compiled detectors bail out and recompile, on a batch thread's second core.
 */
export function coreView(conversation: Conversation): Conversation {
  // `analyze` takes the view and hands it to `annotate`, which takes one too: the second is free.
  if (views.has(conversation)) return conversation
  const utterances = conversation.utterances.map(({ index, speaker, role, start, end, text }): Utterance => {
    let held = canonical.get(text)
    if (held === undefined) {
      held = text
      canonical.set(text, text)
    }
    return { index, speaker, role, start, end, text: held }
  })
  const view = { source: conversation.source, channel: conversation.channel, utterances }
  views.add(view)
  return view
}

/** Lower-cases and straightens apostrophes without changing offsets. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'")
}

/** An utterance as the phrase scanners read it (`lexicon/scan.ts`): no wink reading needed. */
export interface Reading {
  /** Lower case with straight apostrophes, like `normalise`: same offsets as the text. */
  readonly lower: string
  /** Where words start: a match may only begin at one of these. */
  readonly starts: readonly number[]
}

const readings = new Memo<string, Reading>(cacheLimit)
const curly = /[’‘`]/
const letter = /\p{L}/u

/** The reading of a text, remembered: a dozen detectors scan each utterance in turn. */
export function readingOf(text: string): Reading {
  const cached = readings.get(text)
  if (cached) return cached
  let lower = text.toLowerCase()
  if (curly.test(lower)) lower = normalise(text)
  const starts: number[] = []
  let previousIsWord = false
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    // "don't" has no word start at "t"; an accented letter is part of its word ("café"); a quote mark is not.
    const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code > 127 && letter.test(lower[i]!))
    if (isWord && !previousIsWord && code !== 39) starts.push(i)
    previousIsWord = isWord
  }
  const reading = { lower, starts }
  readings.set(text, reading)
  return reading
}

/** Lower-cased text with straight apostrophes (remembered). */
export function lowerOf(text: string): string {
  return readingOf(text).lower
}

/** Sentences, tokens, negation and questions of a text (cached: detectors share one reading). */
export function textOf(text: string): TextInfo {
  const cached = cache.get(text)
  if (cached) return cached
  const info = readText(text)
  cache.set(text, info)
  return info
}

// Token spellings repeat across utterances ("the", "i", "."): normalise each once.
const normals = new Memo<string, string>(16384)
function normalOf(value: string): string {
  let normal = normals.get(value)
  if (normal === undefined) {
    normal = normalise(value)
    normals.set(value, normal)
  }
  return normal
}

function readText(text: string): TextInfo {
  const lower = lowerOf(text)
  const doc = nlp.readDoc(text)
  const values = doc.tokens().out() as string[]
  const types = doc.tokens().out(its.type) as string[]
  const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[]
  const tokens: Token[] = []
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    let start = text.indexOf(value, cursor)
    if (start < 0) start = cursor
    const end = Math.min(text.length, start + value.length)
    tokens.push({ text: value, normal: normalOf(value), start, end, type: types[i] ?? 'word', negated: negations[i] === true })
    cursor = end
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][]
  const sentences: Sentence[] = spans.map(([first, last]) => {
    const own = tokens.slice(first, last + 1)
    const start = own[0]?.start ?? 0
    const end = own[own.length - 1]?.end ?? start
    return { text: text.slice(start, end), start, end, tokens: own, isQuestion: isQuestion(own) }
  })
  return { text, lower, tokens, sentences }
}

// Speech-to-text drops question marks, so a sentence that opens like a question counts as one:
// "how did the rollout go", "are you still on the old plan", "so what happened after that".
const questionOpeners = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which', 'whose', 'whom'])
const auxiliaries = new Set(['do', 'does', 'did', 'are', 'is', 'was', 'were', 'can', 'could', 'would', 'will', 'should', 'have', 'has', 'had', 'may', 'might', 'shall', 'am'])
const subjects = new Set(['you', 'i', 'we', 'they', 'it', 'that', 'this', 'there', 'he', 'she', 'your', 'the', 'anyone', 'anything', 'everyone'])
const fillers = new Set(['so', 'and', 'but', 'um', 'uh', 'well', 'okay', 'ok', 'oh', 'now', 'right', 'like', 'just', 'hey', 'also', 'then'])

/** A sentence that ends in "?" or opens as a question. */
function isQuestion(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]
  if (last?.text === '?') return true
  if (tokens.some((token) => token.text === '?')) return true
  if (last?.text === '.' || last?.text === '!') return false
  const words = tokens.filter((token) => token.type === 'word').map((token) => token.normal)
  let i = 0
  while (i < words.length && fillers.has(words[i]!)) i++
  const first = words[i]
  const second = words[i + 1]
  if (first === undefined) return false
  if (questionOpeners.has(first)) return second !== undefined && !['a', 'an'].includes(second) && words.length - i >= 3
  return auxiliaries.has(first) && second !== undefined && subjects.has(second) && words.length - i >= 3
}

/** Every match of every phrase, as spans with reasons. Patterns run on the lower-cased text. */
export function findPhrases(text: string, phrases: readonly Phrase[]): Found[] {
  const lower = textOf(text).lower
  const found: Found[] = []
  for (const phrase of phrases) {
    const pattern = phrase.match.global ? phrase.match : new RegExp(phrase.match.source, `${phrase.match.flags}g`)
    pattern.lastIndex = 0
    for (const match of lower.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      found.push({ span: [start, end], reason: phrase.reason, text: text.slice(start, end) })
    }
  }
  return found
}

/** The first phrase that matches, or undefined. */
export function firstPhrase(text: string, phrases: readonly Phrase[]): Found | undefined {
  const lower = textOf(text).lower
  for (const phrase of phrases) {
    const match = phrase.match.exec(lower)
    if (match) return { span: [match.index, match.index + match[0].length], reason: phrase.reason, text: text.slice(match.index, match.index + match[0].length) }
  }
  return undefined
}

const backchannelWords = new Set(['mm', 'mmm', 'hmm', 'mhm', 'mm-hmm', 'mmhmm', 'uh-huh', 'uh', 'huh', 'um', 'yeah', 'yes', 'yep', 'yup', 'right', 'ok', 'okay', 'sure', 'oh', 'ah', 'i', 'see', 'got', 'it', 'go', 'on', 'alright', 'true', 'gotcha', 'aha'])

const backchannels = new Memo<string, boolean>(cacheLimit)

/** "Mm-hmm", "yeah", "right", "I see": listening noises, not a reply. */
export function isBackchannel(text: string): boolean {
  // Remembered per text: neighbours, tallies and findings ask again about the same utterances.
  const cached = backchannels.get(text)
  if (cached !== undefined) return cached
  const words = normalise(text).match(/[a-z]+(?:-[a-z]+)*/g) ?? []
  const quiet = words.length > 0 && words.length <= 4 && words.every((word) => backchannelWords.has(word))
  backchannels.set(text, quiet)
  return quiet
}

/** The first substantive team utterance after `cue`: backchannels are skipped (labels.md: the first reply is judged). */
export function firstTeamReply(conversation: Conversation, cue: number): Utterance | undefined {
  for (let i = cue + 1; i < conversation.utterances.length; i++) {
    const utterance = conversation.utterances[i]!
    if (utterance.role !== 'team') continue
    if (isBackchannel(utterance.text)) continue
    return utterance
  }
  return undefined
}

/** The customer utterance a team utterance answers: the nearest customer utterance before it. */
export function previousCustomerUtterance(conversation: Conversation, index: number): Utterance | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const utterance = conversation.utterances[i]!
    if (utterance.role === 'customer' && !isBackchannel(utterance.text)) return utterance
  }
  return undefined
}
