// Logistic regression over hashed sparse features, trained with AdaGrad. Deterministic: examples are
// shuffled with a seeded generator. Two links: softmax over classes (EPITOME levels) or one
// independent sigmoid per class (multi-label emotions, binary heads).
import { DIM, Extractor } from '../src/core/annotate/model/features.js'
import type { LinkKind } from '../src/core/annotate/model/linear.js'

/** One example with its features copied out of the extractor's buffers. */
export interface Example {
  readonly idx: Int32Array
  readonly val: Float32Array
  /** softmax: the class index; sigmoid: 0/1 per class. */
  readonly y: readonly number[]
  readonly weight: number
}

const extractor = new Extractor()

export function featurise(text: string, context?: string): { idx: Int32Array; val: Float32Array } {
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
