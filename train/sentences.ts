// Sentence-level training data from EPITOME's rationales: a sentence of a level-L response is
// labelled L when most of its words lie in the rationale spans, else 0. The sentence model is
// max-pooled over a reply's sentences and combined with the whole-reply model.
import { sentenceSpans } from '../src/core/annotate/model/features.js'
import type { EpitomeRow, Mechanism } from './data.js'

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9']+/g) ?? []

/** The sentences of a response (same splitter as the runtime). */
export function sentencesOf(text: string): string[] {
  const { bounds, count } = sentenceSpans(text)
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(text.slice(bounds[2 * i]!, bounds[2 * i + 1]!))
  return out
}

/** Sentence texts with labels for one row and mechanism. */
export function labelledSentences(row: EpitomeRow, mechanism: Mechanism): { text: string; label: number }[] {
  const level = row[mechanism]
  const rationaleWords = new Set(row.rationales[mechanism].flatMap(wordsOf))
  return sentencesOf(row.response).map((text) => {
    if (level === 0 || rationaleWords.size === 0) return { text, label: level === 0 ? 0 : level }
    const words = wordsOf(text)
    const inside = words.filter((w) => rationaleWords.has(w)).length
    return { text, label: words.length > 0 && inside / words.length >= 0.5 ? level : 0 }
  })
}

/** Max-pooling of sentence probabilities: the sentence least likely to be level 0 speaks for the reply. */
export function pool(sentences: readonly number[][]): number[] {
  let best: number[] = [1, 0, 0]
  for (const p of sentences) if (1 - p[0]! > 1 - best[0]!) best = p
  return best
}

/** Combined decision scores: log doc probability + beta × log pooled sentence probability. */
export function combine(doc: readonly number[], sentence: readonly number[], beta: number): number[] {
  const s = doc.map((p, c) => Math.log(Math.max(p, 1e-9)) + beta * Math.log(Math.max(sentence[c]!, 1e-9)))
  const max = Math.max(...s)
  const e = s.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}

/**
 * Level-wise max-pooling: the reply is present as much as its most present sentence and strong as
 * much as its strongest sentence; weak takes the rest. (Level probabilities [p0, p1, p2] per sentence.)
 */
export function poolLevels(sentences: readonly number[][]): number[] {
  let present = 0
  let strong = 0
  for (const p of sentences) {
    present = Math.max(present, 1 - p[0]!)
    strong = Math.max(strong, p[2]!)
  }
  return [1 - present, Math.max(present - strong, 0), strong]
}
