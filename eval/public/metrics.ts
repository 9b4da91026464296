// Classification metrics computed over a whole split (not per batch).

/** Accuracy, macro-F1 and per-class precision/recall/F1 of single-label predictions. */
export interface ClassReport {
  readonly accuracy: number
  readonly macroF1: number
  readonly perClass: { readonly label: string; readonly precision: number; readonly recall: number; readonly f1: number; readonly support: number }[]
}

export function f1Of(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

export function classReport(gold: readonly number[], predicted: readonly number[], labels: readonly string[]): ClassReport {
  let correct = 0
  const perClass = labels.map((label, c) => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++
      else if (predicted[i] === c) fp++
      else if (gold[i] === c) fn++
    }
    return { label, ...f1Of(tp, fp, fn), support: tp + fn }
  })
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1: perClass.reduce((s, c) => s + c.f1, 0) / labels.length, perClass }
}

/** Multi-label: per-label F1 over sets of labels, and their mean (macro-F1, as GoEmotions reports it). */
export function multiLabelReport(gold: readonly (readonly number[])[], predicted: readonly (readonly number[])[], labels: readonly string[]): ClassReport {
  let exact = 0
  const perClass = labels.map((label, c) => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!.includes(c)
      const p = predicted[i]!.includes(c)
      if (g && p) tp++
      else if (p) fp++
      else if (g) fn++
    }
    return { label, ...f1Of(tp, fp, fn), support: tp + fn }
  })
  for (let i = 0; i < gold.length; i++) {
    const g = [...gold[i]!].sort().join()
    const p = [...predicted[i]!].sort().join()
    if (g === p) exact++
  }
  return { accuracy: gold.length ? exact / gold.length : 0, macroF1: perClass.reduce((s, c) => s + c.f1, 0) / labels.length, perClass }
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
