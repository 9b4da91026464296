// Trained empathy models: small linear models over hashed n-gram and lexicon features, trained by
// `npm run train` on public data (docs/models.md). Pure and synchronous; weights are bundled JSON,
// expanded on first use. Results for the last (text, context) are kept, so asking all three
// mechanisms about one reply reads it once.
import mechanismWeights from './weights/mechanisms.json' with { type: 'json' }
import emotionWeights from './weights/emotion.json' with { type: 'json' }
import annomiWeights from './weights/annomi.json' with { type: 'json' }
import { Extractor, sentenceSpans } from './features.js'
import { loadModel, scoreInto, type LinearModel, type MechanismFile, type WeightsFile } from './linear.js'

/** EPITOME mechanisms: level 0 absent, 1 weak, 2 strong. */
export type Mechanism = 'reaction' | 'interpretation' | 'exploration'
/** AnnoMI heads: a therapist-style reflection (context: the customer's last words) and sustain talk, a customer's hesitation (context: the team's last words). */
export type Counselling = 'reflection' | 'hesitation'
export type ModelName = Mechanism | 'emotion' | Counselling
export type EmotionName = 'anger' | 'disgust' | 'fear' | 'joy' | 'sadness' | 'surprise' | 'neutral'

export const emotionNames: readonly EmotionName[] = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral']

function weightsOf(json: unknown): WeightsFile {
  const file = json as WeightsFile
  if (file.kind !== 'softmax' && file.kind !== 'sigmoid') throw new Error(`bad model file ${String(file.name)}`)
  return file
}

/** The three mechanisms: reply model, sentence model and how they combine (see MechanismFile). */
interface MechanismModels {
  readonly doc: LinearModel
  readonly sentence: LinearModel
  /** Per mechanism the stacker's 3 × 15 weights (see MechanismFile.stack). */
  readonly stack: readonly Float64Array[]
  readonly offsets: readonly number[]
  readonly thresholds: readonly number[]
  readonly docExtractor: Extractor
  readonly sentenceExtractor: Extractor
}

export const mechanismNames: readonly Mechanism[] = ['reaction', 'interpretation', 'exploration']
let mechanismModels: MechanismModels | undefined
let emotionModel: { readonly model: LinearModel; readonly extractor: Extractor } | undefined
let annomiModel: LinearModel | undefined

function mechanisms(): MechanismModels {
  if (!mechanismModels) {
    const file = weightsOf(mechanismWeights) as MechanismFile
    const names = mechanismNames.flatMap((m) => [`${m}:present`, `${m}:strong`])
    if (file.classes.join() !== names.join()) throw new Error(`mechanism model classes ${file.classes.join()} are not ${names.join()}`)
    const sentence = weightsOf(file.sentence)
    mechanismModels = {
      doc: loadModel(file),
      sentence: loadModel(sentence),
      stack: file.stack.map((w) => Float64Array.from(w)),
      offsets: file.offsets,
      thresholds: file.thresholds,
      docExtractor: new Extractor(file.features),
      sentenceExtractor: new Extractor(sentence.features),
    }
  }
  return mechanismModels
}

function emotion(): { readonly model: LinearModel; readonly extractor: Extractor } {
  if (!emotionModel) {
    const file = weightsOf(emotionWeights)
    emotionModel = { model: loadModel(file), extractor: new Extractor(file.features) }
  }
  return emotionModel
}

function annomi(): LinearModel {
  annomiModel ??= loadModel(weightsOf(annomiWeights))
  return annomiModel
}

/** Expands every model now (otherwise each loads on first use), e.g. before timing a run. */
export function loadAll(): void {
  mechanisms()
  emotion()
  annomi()
}

const scores = new Float64Array(16)
const logit = (p: number): number => Math.log(p / (1 - p))
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

// Level probabilities of all three mechanisms for the last (text, context): detectors ask several
// models about one reply, and the sentences are read once for all of them.
let levelsText: string | undefined
let levelsContext: string | undefined
const levelCache = new Float64Array(9)
const sentenceLevels = new Float64Array(9)
const pooled = new Float64Array(9)
const presentMax = new Float64Array(3)
const strongMax = new Float64Array(3)
const stackInput = new Float64Array(14)
const stacked = new Float64Array(9)

/** Log of a probability floored at 1e-4, as the stacker reads it (train/stack.ts fits on the same). */
export const stackLog = (p: number): number => Math.log(Math.max(p, 1e-4))

/**
 * The stacker's 14 inputs for mechanism `m`, from the reply's and the pooled sentences' level
 * probabilities of all three mechanisms (3 per mechanism): its own reply and sentence log level
 * probabilities, then for each other mechanism the log probability of present and of strong, reply
 * and sentences. Training (train/stack.ts) builds its inputs with this too.
 */
export function stackInputsInto(reply: ArrayLike<number>, sentences: ArrayLike<number>, m: number, out: { [i: number]: number }): void {
  let j = 0
  for (let c = 0; c < 3; c++) out[j++] = stackLog(reply[3 * m + c]!)
  for (let c = 0; c < 3; c++) out[j++] = stackLog(sentences[3 * m + c]!)
  for (let o = 0; o < 3; o++) {
    if (o === m) continue
    out[j++] = stackLog(1 - reply[3 * o]!)
    out[j++] = stackLog(1 - sentences[3 * o]!)
    out[j++] = stackLog(reply[3 * o + 2]!)
    out[j++] = stackLog(sentences[3 * o + 2]!)
  }
}

/**
 * A stacker's scores (before the softmax) for `k` classes from its inputs `x`: `w` holds, per class,
 * one weight per input and then the intercept. Training (train/stack.ts) scores with this too.
 */
export function stackScoresInto(w: ArrayLike<number>, x: ArrayLike<number>, k: number, out: { [i: number]: number }, at = 0): void {
  const d = x.length
  for (let c = 0; c < k; c++) {
    const row = c * (d + 1)
    let z = w[row + d]!
    for (let i = 0; i < d; i++) z += w[row + i]! * x[i]!
    out[at + c] = z
  }
}

/** The stacker's level scores for every mechanism into `stacked`. */
function stackLevels(stack: readonly Float64Array[]): void {
  for (let m = 0; m < 3; m++) {
    stackInputsInto(levelCache, pooled, m, stackInput)
    stackScoresInto(stack[m]!, stackInput, 3, stacked, 3 * m)
  }
}

/** The two sigmoid columns per mechanism (present, strong given present) as three level probabilities. */
function levelsOf(columns: Float64Array, out: Float64Array): void {
  for (let m = 0; m < 3; m++) {
    const present = sigmoid(columns[2 * m]!)
    const strong = sigmoid(columns[2 * m + 1]!)
    out[3 * m] = sigmoid(-columns[2 * m]!)
    out[3 * m + 1] = present * (1 - strong)
    out[3 * m + 2] = present * strong
  }
}

function softmaxGroups(values: Float64Array): void {
  for (let m = 0; m < 9; m += 3) {
    const max = Math.max(values[m]!, values[m + 1]!, values[m + 2]!)
    let sum = 0
    for (let c = m; c < m + 3; c++) sum += values[c] = Math.exp(values[c]! - max)
    for (let c = m; c < m + 3; c++) values[c] = values[c]! / sum
  }
}

function allLevels(text: string, context: string | undefined): Float64Array {
  if (levelsText === text && levelsContext === context) return levelCache
  const { doc, sentence, stack, offsets, docExtractor, sentenceExtractor } = mechanisms()
  scoreInto(doc, docExtractor.extract(text, context), scores)
  levelsOf(scores, levelCache)
  // Pool the sentence model level-wise: the reply is present as much as its most present sentence,
  // strong as much as its strongest sentence, and weak takes the rest.
  presentMax.fill(0)
  strongMax.fill(0)
  const { bounds, count } = sentenceSpans(text)
  for (let i = 0; i < count; i++) {
    scoreInto(sentence, sentenceExtractor.extract(text.slice(bounds[2 * i]!, bounds[2 * i + 1]!), context), scores)
    levelsOf(scores, sentenceLevels)
    for (let m = 0; m < 3; m++) {
      presentMax[m] = Math.max(presentMax[m]!, 1 - sentenceLevels[3 * m]!)
      strongMax[m] = Math.max(strongMax[m]!, sentenceLevels[3 * m + 2]!)
    }
  }
  for (let m = 0; m < 3; m++) {
    pooled[3 * m] = 1 - presentMax[m]!
    pooled[3 * m + 1] = Math.max(presentMax[m]! - strongMax[m]!, 0)
    pooled[3 * m + 2] = strongMax[m]!
  }
  stackLevels(stack)
  for (let c = 0; c < 9; c++) levelCache[c] = stacked[c]! + offsets[c]!
  softmaxGroups(levelCache)
  levelsText = text
  levelsContext = context
  return levelCache
}

const annomiExtractor = new Extractor()
let annomiText: string | undefined
let annomiContext: string | undefined
const annomiScores = new Float64Array(2)

function annomiProbability(name: Counselling, text: string, context: string | undefined): number {
  const m = annomi()
  if (annomiText !== text || annomiContext !== context) {
    scoreInto(m, annomiExtractor.extract(text, context), annomiScores)
    annomiText = text
    annomiContext = context
  }
  const head = name === 'reflection' ? 0 : 1
  return sigmoid(annomiScores[head]! - logit(m.thresholds[head]!))
}

let emotionText: string | undefined
const emotionP = new Float64Array(8)

/** Emotion probabilities: softmax over the seven groups, then the cue's own sigmoid (see train/run.ts). */
function emotionProbabilities(text: string): Float64Array {
  if (emotionText === text) return emotionP
  const { model, extractor } = emotion()
  scoreInto(model, extractor.extract(text), emotionP)
  const groups = emotionNames.length
  let max = -Infinity
  for (let c = 0; c < groups; c++) max = Math.max(max, emotionP[c]!)
  let sum = 0
  for (let c = 0; c < groups; c++) sum += emotionP[c] = Math.exp(emotionP[c]! - max)
  for (let c = 0; c < groups; c++) emotionP[c] = emotionP[c]! / sum
  emotionP[groups] = sigmoid(emotionP[groups]!)
  emotionText = text
  return emotionP
}

/** A probability moved so that the column's tuned threshold sits at 0.5. */
function scaled(p: number, threshold: number): number {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9)
  return sigmoid(logit(q) - logit(threshold))
}

/**
 * Probability that the mechanism is present at Rapport's level: the strong level (2) for reaction,
 * interpretation and exploration; a customer emotion cue for `emotion`; a reflection (team) or
 * sustain talk (customer) for the AnnoMI heads. Scaled so that 0.5 is the cut that gave the best F1
 * on held-out data. `context` is the other side's last words (ignored by `emotion`).
 */
export function probability(name: ModelName, text: string, context?: string): number {
  if (name === 'reflection' || name === 'hesitation') return annomiProbability(name, text, context)
  if (name === 'emotion') {
    const cue = emotionNames.length
    return scaled(emotionProbabilities(text)[cue]!, emotion().model.thresholds[cue]!)
  }
  const index = mechanismNames.indexOf(name) * 3
  const p = Math.min(Math.max(allLevels(text, context)[index + 2]!, 1e-9), 1 - 1e-9)
  return sigmoid(logit(p) - logit(mechanisms().thresholds[index + 2]!))
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
  const p = emotionProbabilities(text)
  const { thresholds } = emotion().model
  const out = {} as Record<EmotionName, number>
  emotionNames.forEach((name, c) => {
    out[name] = scaled(p[c]!, thresholds[c]!)
  })
  return out
}

/** The strongest Ekman emotion (or neutral) and its scaled probability. */
export function emotionOf(text: string): { label: EmotionName; p: number } {
  const p = emotionProbabilities(text)
  const { thresholds } = emotion().model
  let best = 0
  let bestScore = -Infinity
  for (let c = 0; c < emotionNames.length; c++) {
    const s = scaled(p[c]!, thresholds[c]!)
    if (s > bestScore) {
      bestScore = s
      best = c
    }
  }
  return { label: emotionNames[best]!, p: bestScore }
}
