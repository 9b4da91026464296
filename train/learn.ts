// Logistic regression over hashed sparse features, trained with AdaGrad. Deterministic: examples are
// shuffled with a seeded generator. Two links: softmax over classes (emotion groups) or one
// independent sigmoid per class (binary heads; the EPITOME levels as two of them, Hierarchical below).
import { DIM, Extractor, type ExtractorOptions } from '../src/core/annotate/model/features.js'
import type { LinkKind } from '../src/core/annotate/model/linear.js'

/** One example with its features copied out of the extractor's buffers. */
export interface Example {
  readonly idx: Int32Array
  readonly val: Float32Array
  /** softmax: the class index; sigmoid: 0/1 per class. */
  readonly y: readonly number[]
  readonly weight: number
}

const extractors = new Map<string, Extractor>()

/** The features of one text, copied out of an extractor's buffers (one extractor per set of options). */
export function featurise(text: string, context?: string, options: ExtractorOptions = {}): { idx: Int32Array; val: Float32Array } {
  const key = JSON.stringify(options)
  let extractor = extractors.get(key)
  if (!extractor) extractors.set(key, (extractor = new Extractor(options)))
  const f = extractor.extract(text, context)
  return { idx: f.idx.slice(0, f.n), val: f.val.slice(0, f.n) }
}

export interface Options {
  readonly kind: LinkKind
  readonly k: number
  readonly epochs: number
  readonly rate: number
  readonly l2: number
  readonly seed: number
  /** Return the mean of the weights at the end of each epoch instead of the last ones. */
  readonly average?: boolean
  /** Train this many times (seeds seed, seed + 1, …) and return the mean weights (one linear model, same cost to run). */
  readonly seeds?: number
}

export interface Trained {
  readonly w: Float64Array
  readonly bias: Float64Array
}

/** mulberry32: a small seeded generator so training runs are repeatable. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function train(examples: readonly Example[], options: Options): Trained {
  const seeds = options.seeds ?? 1
  if (seeds > 1) {
    const runs = Array.from({ length: seeds }, (_, s) => train(examples, { ...options, seeds: 1, seed: options.seed + s }))
    const w = new Float64Array(runs[0]!.w.length)
    const bias = new Float64Array(options.k)
    for (const run of runs) {
      for (let i = 0; i < w.length; i++) w[i] = w[i]! + run.w[i]! / seeds
      for (let c = 0; c < options.k; c++) bias[c] = bias[c]! + run.bias[c]! / seeds
    }
    return { w, bias }
  }
  const { k, kind, epochs, rate, l2 } = options
  const w = new Float64Array(DIM * k)
  const g = new Float64Array(DIM * k)
  const bias = new Float64Array(k)
  const gb = new Float64Array(k)
  const order = examples.map((_, i) => i)
  const next = random(options.seed)
  const scores = new Float64Array(k)
  const grad = new Float64Array(k)
  const sum = options.average ? new Float64Array(DIM * k) : undefined
  const biasSum = new Float64Array(k)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const e of order) {
      const x = examples[e]!
      for (let c = 0; c < k; c++) scores[c] = bias[c]!
      for (let i = 0; i < x.idx.length; i++) {
        const base = x.idx[i]! * k
        const v = x.val[i]!
        for (let c = 0; c < k; c++) scores[c] = scores[c]! + w[base + c]! * v
      }
      if (kind === 'softmax') {
        let max = -Infinity
        for (let c = 0; c < k; c++) max = Math.max(max, scores[c]!)
        let sum = 0
        for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max)
        const y = x.y[0]
        for (let c = 0; c < k; c++) grad[c] = x.weight * (scores[c]! / sum - (c === y ? 1 : 0))
      } else {
        for (let c = 0; c < k; c++) grad[c] = x.weight * (1 / (1 + Math.exp(-scores[c]!)) - x.y[c]!)
      }
      for (let c = 0; c < k; c++) {
        gb[c] = gb[c]! + grad[c]! * grad[c]!
        bias[c] = bias[c]! - (rate * grad[c]!) / Math.sqrt(gb[c]! + 1e-8)
      }
      for (let i = 0; i < x.idx.length; i++) {
        const base = x.idx[i]! * k
        const v = x.val[i]!
        for (let c = 0; c < k; c++) {
          const d = grad[c]! * v + l2 * w[base + c]!
          g[base + c] = g[base + c]! + d * d
          w[base + c] = w[base + c]! - (rate * d) / Math.sqrt(g[base + c]! + 1e-8)
        }
      }
    }
    if (sum) {
      for (let i = 0; i < w.length; i++) sum[i] = sum[i]! + w[i]! / epochs
      for (let c = 0; c < k; c++) biasSum[c] = biasSum[c]! + bias[c]! / epochs
    }
  }
  return sum ? { w: sum, bias: biasSum } : { w, bias }
}

/** Probabilities of one example under a trained model. */
export function predict(model: Trained, x: { idx: Int32Array; val: Float32Array }, kind: LinkKind, k: number): number[] {
  const s: number[] = []
  for (let c = 0; c < k; c++) {
    let v = model.bias[c]!
    for (let i = 0; i < x.idx.length; i++) v += model.w[x.idx[i]! * k + c]! * x.val[i]!
    s.push(v)
  }
  if (kind === 'sigmoid') return s.map((v) => 1 / (1 + Math.exp(-v)))
  const max = Math.max(...s)
  const e = s.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}

/**
 * A three-level model as two sigmoids (the mechanisms' layout, see linear.ts MechanismFile):
 * `present` is level ≥ 1 against level 0 on every example, `strong` is level 2 against level 1 on
 * the examples of level ≥ 1. Each binary task weights its classes by (N / (2 · count))^power.
 */
export interface Hierarchical {
  readonly present: Trained
  readonly strong: Trained
}

function balanced(examples: readonly Example[], positive: (e: Example) => boolean, power: number): Example[] {
  const pos = examples.filter(positive).length
  const neg = examples.length - pos
  return examples.map((e) => {
    const y = positive(e) ? 1 : 0
    return { idx: e.idx, val: e.val, y: [y], weight: e.weight * (examples.length / (2 * (y ? pos : neg))) ** power }
  })
}

/** Trains both halves of a hierarchical model on examples whose y[0] is the level (0, 1, 2). */
export function trainHierarchical(examples: readonly Example[], options: Options, power: number): Hierarchical {
  const binary: Options = { ...options, kind: 'sigmoid', k: 1 }
  return {
    present: train(balanced(examples, (e) => e.y[0]! >= 1, power), binary),
    strong: train(balanced(examples.filter((e) => e.y[0]! >= 1), (e) => e.y[0] === 2, power), binary),
  }
}

/** Level probabilities [p0, p1, p2] of one example under a hierarchical model. */
export function predictLevels(model: Hierarchical, x: { idx: Int32Array; val: Float32Array }): number[] {
  const present = predict(model.present, x, 'sigmoid', 1)[0]!
  const strong = predict(model.strong, x, 'sigmoid', 1)[0]!
  return [1 - present, present * (1 - strong), present * strong]
}
