// Held-out tuning helpers: grouped k-fold cross-validation, decision offsets for macro-F1 (softmax)
// and per-class thresholds for F1 (sigmoid).
import { classReport, f1Of } from '../eval/public/metrics.js'
import { predict, train, type Example, type Options } from './learn.js'

/** Fold of each example: groups (e.g. seeker posts) never straddle folds. */
export function foldsOf(groups: readonly string[], folds: number): number[] {
  const ids = [...new Set(groups)].sort()
  const fold = new Map(ids.map((id, i) => [id, i % folds]))
  return groups.map((g) => fold.get(g)!)
}

/** Out-of-fold probabilities for every example. */
export function crossValidate(examples: readonly Example[], fold: readonly number[], folds: number, options: Options): number[][] {
  const out: number[][] = new Array(examples.length)
  for (let f = 0; f < folds; f++) {
    const model = train(examples.filter((_, i) => fold[i] !== f), options)
    examples.forEach((x, i) => {
      if (fold[i] === f) out[i] = predict(model, x, options.kind, options.k)
    })
  }
  return out
}

/** Decision with log-offsets: argmax(log p_c + offset_c). */
export function decide(p: readonly number[], offsets: readonly number[]): number {
  let best = 0
  let bestScore = -Infinity
  p.forEach((v, c) => {
    const s = Math.log(Math.max(v, 1e-12)) + (offsets[c] ?? 0)
    if (s > bestScore) {
      bestScore = s
      best = c
    }
  })
  return best
}

/** Offsets (class 0 fixed at 0) that maximise macro-F1 of held-out predictions, on a grid. */
export function tuneOffsets(probabilities: readonly number[][], gold: readonly number[], k: number): { offsets: number[]; macroF1: number } {
  const labels = Array.from({ length: k }, (_, c) => String(c))
  const grid: number[] = []
  for (let v = -3; v <= 3.0001; v += 0.25) grid.push(Math.round(v * 100) / 100)
  let best = { offsets: new Array<number>(k).fill(0), macroF1: classReport(gold, probabilities.map((p) => decide(p, new Array(k).fill(0))), labels).macroF1 }
  const search = (c: number, offsets: number[]): void => {
    if (c === k) {
      const f = classReport(gold, probabilities.map((p) => decide(p, offsets)), labels).macroF1
      if (f > best.macroF1 + 1e-9) best = { offsets: [...offsets], macroF1: f }
      return
    }
    for (const v of grid) {
      offsets[c] = v
      search(c + 1, offsets)
    }
  }
  search(1, new Array<number>(k).fill(0))
  return best
}

/** Threshold in [0.05, 0.95] that maximises F1 of one sigmoid head. */
export function tuneThreshold(p: readonly number[], gold: readonly boolean[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 }
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    let tp = 0
    let fp = 0
    let fn = 0
    p.forEach((v, i) => {
      if (v >= t && gold[i]) tp++
      else if (v >= t) fp++
      else if (gold[i]) fn++
    })
    const { f1 } = f1Of(tp, fp, fn)
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 }
  }
  return best
}
