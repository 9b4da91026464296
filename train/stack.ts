// A small multinomial logistic "stacker" over base-model outputs (log level probabilities of the
// reply and pooled-sentence models, possibly of every mechanism), fitted on out-of-fold predictions.
// Full-batch gradient descent with L2, classes weighted by (N / (K · count))^power. Deterministic.
import { stackInputsInto, stackLog, stackScoresInto } from '../src/core/annotate/model/index.js'

export interface Stacker {
  /** k × (d + 1) weights, the last column the intercept. */
  readonly w: number[]
  readonly k: number
  readonly d: number
}

export function fitStacker(x: readonly (readonly number[])[], y: readonly number[], k: number, options: { l2?: number; power?: number; iterations?: number } = {}): Stacker {
  const l2 = options.l2 ?? 1e-2
  const power = options.power ?? 0.5
  const iterations = options.iterations ?? 400
  const d = x[0]!.length
  const n = x.length
  const counts = Array.from({ length: k }, (_, c) => y.filter((v) => v === c).length)
  const weight = y.map((c) => (n / (k * Math.max(counts[c]!, 1))) ** power)
  const totalWeight = weight.reduce((a, b) => a + b, 0)
  const w = new Array<number>(k * (d + 1)).fill(0)
  const g2 = new Array<number>(w.length).fill(0)
  const grad = new Array<number>(w.length)
  const p = new Array<number>(k)
  for (let it = 0; it < iterations; it++) {
    grad.fill(0)
    for (let i = 0; i < n; i++) {
      const xi = x[i]!
      let max = -Infinity
      for (let c = 0; c < k; c++) {
        let s = w[c * (d + 1) + d]!
        for (let j = 0; j < d; j++) s += w[c * (d + 1) + j]! * xi[j]!
        p[c] = s
        if (s > max) max = s
      }
      let sum = 0
      for (let c = 0; c < k; c++) sum += p[c] = Math.exp(p[c]! - max)
      for (let c = 0; c < k; c++) {
        const e = (weight[i]! * (p[c]! / sum - (y[i] === c ? 1 : 0))) / totalWeight
        for (let j = 0; j < d; j++) grad[c * (d + 1) + j] = grad[c * (d + 1) + j]! + e * xi[j]!
        grad[c * (d + 1) + d] = grad[c * (d + 1) + d]! + e
      }
    }
    for (let q = 0; q < w.length; q++) {
      const gq = grad[q]! + (q % (d + 1) === d ? 0 : l2 * w[q]!)
      g2[q] = g2[q]! + gq * gq
      w[q] = w[q]! - (0.5 * gq) / Math.sqrt(g2[q]! + 1e-12)
    }
  }
  return { w, k, d }
}

export function applyStacker(s: Stacker, xi: readonly number[]): number[] {
  const z = new Array<number>(s.k)
  stackScoresInto(s.w, xi, s.k, z)
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}

/** Log of a probability, floored so that a confident model does not dominate the stacker (the runtime's own). */
export const logOf = stackLog

/**
 * The stacker's inputs for one mechanism (index m of the three), from every mechanism's reply and
 * pooled-sentence level probabilities, in the order the runtime reads them (index.ts stackInputsInto).
 */
export function stackInputs(doc: readonly (readonly number[])[], sentence: readonly (readonly number[])[], m: number): number[] {
  const x = new Array<number>(14)
  stackInputsInto(doc.flat(), sentence.flat(), m, x)
  return x
}
