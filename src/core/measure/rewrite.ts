import { countWords } from '../analysis.js'
import { textOf } from '../annotate/text.js'
import { Memo } from '../memo.js'

// Customer words said back by the team: "my kid had the flu" → "your kid had the flu".
const swaps = new Map<string, string>([
  ['i', 'you'], ["i'm", "you're"], ['im', "you're"], ["i've", "you've"], ["i'd", "you'd"], ["i'll", "you'll"],
  ['me', 'you'], ['my', 'your'], ['mine', 'yours'], ['myself', 'yourself'],
  ['we', 'you'], ["we're", "you're"], ["we've", "you've"], ["we'd", "you'd"], ["we'll", "you'll"],
  ['us', 'you'], ['our', 'your'], ['ours', 'yours'], ['ourselves', 'yourselves'],
  ['your', 'our'], ['yours', 'ours'], ["you're", "we're"], ["you've", "we've"], ['you', 'we'],
  ['am', 'are'],
])
// "I was on hold" → "you were on hold"; "you" after a verb is an object: "you never called me" → "we never called you".
const subjectsBefore = new Set(['i', 'we'])
const wordPattern = /[A-Za-z]+(?:['’][A-Za-z]+)?/g

/** Turns a customer's sentence round so the team can say it back (first and second person swapped). */
export function reflect(text: string): string {
  const out: string[] = []
  let last = 0
  let previous = ''
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0]
    const lower = word.toLowerCase().replace('’', "'")
    let swapped = swaps.get(lower)
    if (lower === 'was' && subjectsBefore.has(previous)) swapped = 'were'
    // "they told me you would call": "you" as an object after a verb becomes "us".
    if (lower === 'you' && previous !== '' && !['and', 'but', 'so', 'because', 'that', 'if', 'when', 'then', 'did', 'do', 'can', 'could', 'would', 'will', 'have'].includes(previous)) swapped = 'us'
    if (lower === 'me' && previous === 'you') swapped = 'us'
    out.push(text.slice(last, match.index))
    out.push(swapped === undefined ? word : matchCase(word, swapped))
    last = match.index + word.length
    previous = lower
  }
  out.push(text.slice(last))
  return out.join('')
}

function matchCase(original: string, replacement: string): string {
  // "I", "I'm", "I've" are capitalised anywhere; their replacements are not.
  if (/^I(?:['’]|$)/.test(original)) return replacement
  return original[0] === original[0]!.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement
}

// Words that carry the feeling or the cost: a sentence holding one is the one to say back.
const weighty = /\b(?:fed up|frustrat\w*|worr\w*|stress\w*|exhaust\w*|tired|awful|terrible|drowning|furious|angry|upset|annoy\w*|nightmare|scared|afraid|sick|hospital|stroke|died|passed away|laid off|layoffs?|lost|miss(?:ed|ing)?|never|again|hours?|days?|weeks?|late|broke\w*|fail\w*|down|not fun|hard|rough|brutal|can't|cannot|won't|doesn't|didn't|no one|nobody|percent|%|\$|works well enough|not a priority|too expensive|think about it|happy with)\b/i
const firstPerson = /\b(?:i|i'm|i've|i'd|me|my|we|we're|our|us)\b/i
const trailing = /\s+(?:and|or|but|so|the|a|an|to|of|in|on|at|by|with|for|from|that|which|because|if|when|while|my|our|your|his|her|their|its|i|we|you)$/i

/** How worth quoting a sentence is: feeling or cost words, first person, a sayable length. */
function quoteWorth(text: string, isQuestion: boolean): number {
  const words = countWords(text)
  let worth = 0
  if (weighty.test(text)) worth += 3
  if (firstPerson.test(text)) worth += 2
  if (words >= 4 && words <= 18) worth += 1
  if (words < 3) worth -= 4
  if (isQuestion) worth -= 2
  return worth
}

/**
 * The customer's own words to quote back: the sentence holding the cue's evidence when the
 * detector gave a precise span, else the sentence most worth quoting (feeling or cost words,
 * first person), cut to about `maxWords` words around the evidence, without end punctuation.
 */
export function customerWords(text: string, span?: readonly [number, number], maxWords = 16): string {
  // Remembered: one cue is quoted by every finding that answers it, and again by earlier-cost look-backs.
  const key = `${span?.[0] ?? ''},${span?.[1] ?? ''},${maxWords}\u0000${text}`
  const cached = quotes.get(key)
  if (cached !== undefined) return cached
  const quote = quoteOf(text, span, maxWords)
  quotes.set(key, quote)
  return quote
}
const quotes = new Memo<string, string>(4096)

function quoteOf(text: string, span: readonly [number, number] | undefined, maxWords: number): string {
  const sentences = textOf(text).sentences.filter((s) => countWords(s.text) > 0)
  if (sentences.length === 0) return ''
  // A span over (nearly) the whole utterance says nothing about which words matter.
  const precise = span && span[1] - span[0] < text.trim().length * 0.8 ? span : undefined
  const inSpan = precise ? sentences.find((s) => s.start <= precise[0] && precise[0] < Math.max(s.end, s.start + 1)) : undefined
  const ranked = sentences.map((s, i) => ({ s, worth: quoteWorth(s.text, s.isQuestion), i })).sort((a, b) => b.worth - a.worth || b.i - a.i)
  const chosen = inSpan ?? ranked[0]!.s
  let words = chosen.text.trim().split(/\s+/)
  if (words.length > maxWords) {
    // A long sentence: say back its weightiest clause, with what follows it while it still fits.
    const clauses = chosen.text.split(/(?<=[,;:—–])\s+/).map((c, i) => ({ c, i, worth: quoteWorth(c, false) }))
    const best = [...clauses].sort((a, b) => b.worth - a.worth || a.i - b.i)[0]!
    const picked = [best.c]
    for (let i = best.i + 1; i < clauses.length; i++) {
      const next = clauses[i]!.c
      if ([...picked, next].join(' ').split(/\s+/).length > maxWords) break
      picked.push(next)
    }
    const candidate = picked.join(' ').split(/\s+/)
    if (!precise && candidate.length <= maxWords && candidate.length >= 3) words = candidate
  }
  if (words.length > maxWords) {
    // Keep the window that holds the evidence.
    const offset = precise && inSpan ? Math.max(0, chosen.text.slice(0, Math.max(0, precise[0] - chosen.start)).split(/\s+/).length - 4) : 0
    const from = Math.min(offset, words.length - maxWords)
    words = words.slice(from, from + maxWords)
  }
  let quote = words
    .join(' ')
    .replace(/^(?:(?:so|and|but|well|honestly|anyway|yeah|look|um|uh|oh|right)[,\s]+)+/i, '')
    .replace(/[\s.,;:!?…]+$/u, '')
    .trim()
  while (trailing.test(quote)) quote = quote.replace(trailing, '').replace(/[\s,;:]+$/u, '')
  return quote
}

/** Lower-cases the first letter, unless it is "I" or a name-like capitalised word after the first. */
export function lowerFirst(text: string): string {
  if (/^I\b/.test(text)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const stopwords = new Set(['that', 'this', 'with', 'have', 'they', 'what', 'your', 'yours', 'from', 'there', 'their', 'about', 'would', 'could', 'should', 'just', 'been', 'were', 'will', 'when', 'then', 'than', 'them', 'into', 'like', 'really', 'some', 'also', 'only', 'very', 'more', 'said', 'know', 'think', 'it’s', "it's", 'i’m', "i'm", 'you’re', "you're"])

/** Content words (four letters or more, not function words) of a text, lower-cased. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z][a-z'’]{3,}/g) ?? []).filter((word) => !stopwords.has(word)))
}

/** Whether a suggestion already reuses the customer's words (two content words in common, or one when the cue is short). */
export function reusesWords(suggestion: string, customer: string): boolean {
  const wanted = contentWords(customer)
  if (wanted.size === 0) return true
  const shared = [...contentWords(suggestion)].filter((word) => wanted.has(word)).length
  return shared >= Math.min(2, wanted.size)
}
