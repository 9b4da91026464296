// Trained empathy models: small linear models over hashed n-gram and lexicon features, trained by
// `npm run train` on public data (docs/models.md). Pure and synchronous; weights are bundled JSON,
// expanded on first use. A call re-uses the features of the previous call when the text and context
// are the same, so asking several models about one utterance tokenises it once.
import reactionWeights from './weights/reaction.json' with { type: 'json' }
import interpretationWeights from './weights/interpretation.json' with { type: 'json' }
import explorationWeights from './weights/exploration.json' with { type: 'json' }
import emotionWeights from './weights/emotion.json' with { type: 'json' }
import { Extractor, type Features } from './features.js'
import { link, loadModel, scoreInto, type LinearModel, type WeightsFile } from './linear.js'

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

const files: Record<ModelName, unknown> = {
  reaction: reactionWeights,
  interpretation: interpretationWeights,
  exploration: explorationWeights,
  emotion: emotionWeights,
}
const loaded = new Map<ModelName, LinearModel>()

/** The expanded model (loaded on first use). */
export function model(name: ModelName): LinearModel {
  let found = loaded.get(name)
  if (!found) {
    found = loadModel(weightsOf(files[name]))
    loaded.set(name, found)
  }
  return found
}

/** Expands every model now, e.g. before timing a run. */
export function loadAll(): void {
  for (const name of Object.keys(files) as ModelName[]) model(name)
}

const extractor = new Extractor()
let lastText: string | undefined
let lastContext: string | undefined
let last: Features | undefined
const scores = new Float64Array(16)

function featuresOf(text: string, context: string | undefined): Features {
  if (last && text === lastText && context === lastContext) return last
  last = extractor.extract(text, context)
  lastText = text
  lastContext = context
  return last
}

const logit = (p: number): number => Math.log(p / (1 - p))
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/**
 * Probability that the mechanism is present at Rapport's level: the strong level (2) for reaction,
 * interpretation and exploration; a customer emotion cue for `emotion`. Scaled so that 0.5 is the
 * cut that gave the best F1 on held-out data. `context` is the customer's words the reply answers
 * (ignored by `emotion`).
 */
export function probability(name: ModelName, text: string, context?: string): number {
  const m = model(name)
  if (name === 'emotion') {
    scoreInto(m, featuresOf(text, undefined), scores)
    const cue = m.k - 1
    return sigmoid(scores[cue]! - logit(m.thresholds[cue]!))
  }
  scoreInto(m, featuresOf(text, context), scores)
  link('softmax', scores, m.k)
  const p = Math.min(Math.max(scores[2]!, 1e-9), 1 - 1e-9)
  return sigmoid(logit(p) - logit(m.thresholds[2]!))
}

/** Probabilities of levels 0, 1 and 2 of an EPITOME mechanism (offsets tuned for macro-F1 included). */
export function levels(name: Mechanism, text: string, context?: string): [number, number, number] {
  const m = model(name)
  scoreInto(m, featuresOf(text, context), scores)
  link('softmax', scores, m.k)
  return [scores[0]!, scores[1]!, scores[2]!]
}

/** The most likely level (0 absent, 1 weak, 2 strong): the decision the public evaluation scores. */
export function level(name: Mechanism, text: string, context?: string): 0 | 1 | 2 {
  const [p0, p1, p2] = levels(name, text, context)
  return p2 >= p1 && p2 >= p0 ? 2 : p1 >= p0 ? 1 : 0
}

/** Per Ekman emotion (+ neutral): probability scaled so 0.5 is that emotion's held-out F1-best cut. */
export function emotions(text: string): Record<EmotionName, number> {
  const m = model('emotion')
  scoreInto(m, featuresOf(text, undefined), scores)
  const out = {} as Record<EmotionName, number>
  emotionNames.forEach((name, c) => {
    out[name] = sigmoid(scores[c]! - logit(m.thresholds[c]!))
  })
  return out
}

/** The strongest Ekman emotion (or neutral) and its scaled probability. */
export function emotionOf(text: string): { label: EmotionName; p: number } {
  const m = model('emotion')
  scoreInto(m, featuresOf(text, undefined), scores)
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
