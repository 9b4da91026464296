// Trained empathy models: small linear models over hashed n-gram and lexicon features, trained by
// `npm run train` on public data (docs/models.md). Pure and synchronous; weights are bundled JSON,
// expanded on first use. Results for the last (text, context) are kept, so asking all three
// mechanisms about one reply reads it once.
import reactionWeights from './weights/reaction.json' with { type: 'json' }
import interpretationWeights from './weights/interpretation.json' with { type: 'json' }
import explorationWeights from './weights/exploration.json' with { type: 'json' }
import emotionWeights from './weights/emotion.json' with { type: 'json' }
import { Extractor, sentenceSpans, type Features } from './features.js'
import { link, loadModel, scoreInto, type LinearModel, type MechanismFile, type WeightsFile } from './linear.js'

/** EPITOME mechanisms: level 0 absent, 1 weak, 2 strong. */
export type Mechanism = 'reaction' | 'interpretation' | 'exploration'
export type ModelName = Mechanism | 'emotion'
export type EmotionName = 'anger' | 'disgust' | 'fear' | 'joy' | 'sadness' | 'surprise' | 'neutral'

export const emotionNames: readonly EmotionName[] = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral']

function weightsOf(json: unknown): WeightsFile {
  const file = json as WeightsFile
  if (file.kind !== 'softmax' && file.kind !== 'sigmoid') throw new Error(`bad model file ${String(file.name)}`)
  return file
}

/** A loaded mechanism: reply model, sentence model and how they combine. */
interface MechanismModel {
  readonly doc: LinearModel
  readonly sentence: LinearModel
  readonly beta: number
  readonly offsets: readonly number[]
  readonly strongThreshold: number
}

export const mechanismNames: readonly Mechanism[] = ['reaction', 'interpretation', 'exploration']
const mechanismFiles: Record<Mechanism, unknown> = {
  reaction: reactionWeights,
  interpretation: interpretationWeights,
  exploration: explorationWeights,
}
const mechanismModels = new Map<Mechanism, MechanismModel>()
let emotionModel: LinearModel | undefined

function mechanismModel(name: Mechanism): MechanismModel {
  let found = mechanismModels.get(name)
  if (!found) {
    const file = weightsOf(mechanismFiles[name]) as MechanismFile
    found = { doc: loadModel(file), sentence: loadModel(weightsOf(file.sentence)), beta: file.beta, offsets: file.offsets, strongThreshold: file.thresholds?.[2] ?? 0.5 }
    mechanismModels.set(name, found)
  }
  return found
}

function emotion(): LinearModel {
  emotionModel ??= loadModel(weightsOf(emotionWeights))
  return emotionModel
}

/** Expands every model now (otherwise each loads on first use), e.g. before timing a run. */
export function loadAll(): void {
  for (const name of mechanismNames) mechanismModel(name)
  emotion()
}

const docExtractor = new Extractor()
const sentenceExtractor = new Extractor()
const scores = new Float64Array(16)
const logit = (p: number): number => Math.log(p / (1 - p))
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

// Level probabilities of all three mechanisms for the last (text, context): detectors ask several
// models about one reply, and the sentences are read once for all of them.
let levelsText: string | undefined
let levelsContext: string | undefined
const levelCache = new Float64Array(9)
const pooled = new Float64Array(9)

function allLevels(text: string, context: string | undefined): Float64Array {
  if (levelsText === text && levelsContext === context) return levelCache
  const models = mechanismNames.map(mechanismModel)
  const doc = docExtractor.extract(text, context)
  for (let m = 0; m < 3; m++) {
    scoreInto(models[m]!.doc, doc, scores)
    link('softmax', scores, 3)
    for (let c = 0; c < 3; c++) levelCache[m * 3 + c] = scores[c]!
    pooled[m * 3] = 1
    pooled[m * 3 + 1] = 0
    pooled[m * 3 + 2] = 0
  }
  // Max-pool the sentence model: the sentence least likely to be level 0 speaks for the reply.
  const { bounds, count } = sentenceSpans(text)
  for (let i = 0; i < count; i++) {
    const sentence = sentenceExtractor.extract(text.slice(bounds[2 * i]!, bounds[2 * i + 1]!), context)
    for (let m = 0; m < 3; m++) {
      scoreInto(models[m]!.sentence, sentence, scores)
      link('softmax', scores, 3)
      if (scores[0]! < pooled[m * 3]!) for (let c = 0; c < 3; c++) pooled[m * 3 + c] = scores[c]!
    }
  }
  for (let m = 0; m < 3; m++) {
    const { beta, offsets } = models[m]!
    let max = -Infinity
    for (let c = 0; c < 3; c++) {
      const s = Math.log(Math.max(levelCache[m * 3 + c]!, 1e-9)) + beta * Math.log(Math.max(pooled[m * 3 + c]!, 1e-9)) + offsets[c]!
      levelCache[m * 3 + c] = s
      if (s > max) max = s
    }
    let sum = 0
    for (let c = 0; c < 3; c++) sum += levelCache[m * 3 + c] = Math.exp(levelCache[m * 3 + c]! - max)
    for (let c = 0; c < 3; c++) levelCache[m * 3 + c] = levelCache[m * 3 + c]! / sum
  }
  levelsText = text
  levelsContext = context
  return levelCache
}

let emotionText: string | undefined
let emotionFeatures: Features | undefined
const emotionExtractor = new Extractor()

function emotionScores(text: string): Float64Array {
  const m = emotion()
  if (emotionText !== text || !emotionFeatures) {
    emotionFeatures = emotionExtractor.extract(text)
    emotionText = text
  }
  scoreInto(m, emotionFeatures, scores)
  return scores
}

/**
 * Probability that the mechanism is present at Rapport's level: the strong level (2) for reaction,
 * interpretation and exploration; a customer emotion cue for `emotion`. Scaled so that 0.5 is the
 * cut that gave the best F1 on held-out data. `context` is the customer's words the reply answers
 * (ignored by `emotion`).
 */
export function probability(name: ModelName, text: string, context?: string): number {
  if (name === 'emotion') {
    const m = emotion()
    const cue = m.k - 1
    return sigmoid(emotionScores(text)[cue]! - logit(m.thresholds[cue]!))
  }
  const index = mechanismNames.indexOf(name) * 3
  const p = Math.min(Math.max(allLevels(text, context)[index + 2]!, 1e-9), 1 - 1e-9)
  return sigmoid(logit(p) - logit(mechanismModel(name).strongThreshold))
}

/** Probabilities of levels 0 (absent), 1 (weak) and 2 (strong) of an EPITOME mechanism. */
export function levels(name: Mechanism, text: string, context?: string): [number, number, number] {
  const index = mechanismNames.indexOf(name) * 3
  const all = allLevels(text, context)
  return [all[index]!, all[index + 1]!, all[index + 2]!]
}

/** The most likely level (0 absent, 1 weak, 2 strong): the decision the public evaluation scores. */
export function level(name: Mechanism, text: string, context?: string): 0 | 1 | 2 {
  const [p0, p1, p2] = levels(name, text, context)
  return p2 >= p1 && p2 >= p0 ? 2 : p1 >= p0 ? 1 : 0
}

/** Per Ekman emotion (+ neutral): probability scaled so 0.5 is that emotion's held-out F1-best cut. */
export function emotions(text: string): Record<EmotionName, number> {
  const m = emotion()
  emotionScores(text)
  const out = {} as Record<EmotionName, number>
  emotionNames.forEach((name, c) => {
    out[name] = sigmoid(scores[c]! - logit(m.thresholds[c]!))
  })
  return out
}

/** The strongest Ekman emotion (or neutral) and its scaled probability. */
export function emotionOf(text: string): { label: EmotionName; p: number } {
  const m = emotion()
  emotionScores(text)
  let best = 0
  let bestScore = -Infinity
  for (let c = 0; c < emotionNames.length; c++) {
    const s = scores[c]! - logit(m.thresholds[c]!)
    if (s > bestScore) {
      bestScore = s
      best = c
    }
  }
  return { label: emotionNames[best]!, p: sigmoid(bestScore) }
}
