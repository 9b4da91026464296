// Hyper-parameter exploration on EPITOME with grouped 5-fold CV over train+dev (test untouched).
import { dataDirectory, loadEpitome, mechanisms } from './data.js'
import { featurise, type Example } from './learn.js'
import { crossValidate, foldsOf, tuneOffsets, decide } from './tune.js'
import { classReport } from '../eval/public/metrics.js'

const rows = loadEpitome(dataDirectory()).filter((r) => r.split !== 'test')
const fold = foldsOf(rows.map((r) => r.spId), 5)
const useContext = process.env.CTX !== '0'
const feats = rows.map((r) => featurise(r.response, useContext ? r.seeker : undefined))
for (const m of (process.env.M ? [process.env.M] : mechanisms) as typeof mechanisms[number][]) {
  const gold = rows.map((r) => r[m])
  const counts = [0, 1, 2].map((c) => gold.filter((g) => g === c).length)
  for (const alpha of [0.5, 1]) for (const l2 of [1e-4, 1e-3]) for (const epochs of [5, 15]) for (const rate of [0.1]) {
    const examples: Example[] = feats.map((f, i) => ({ ...f, y: [gold[i]!], weight: (rows.length / (3 * counts[gold[i]!]!)) ** alpha }))
    const t0 = Date.now()
    const oof = crossValidate(examples, fold, 5, { kind: 'softmax', k: 3, epochs, rate, l2, seed: 7 })
    const plain = classReport(gold, oof.map((p) => decide(p, [0, 0, 0])), ['0', '1', '2'])
    const tuned = tuneOffsets(oof, gold, 3)
    console.log(m, { alpha, l2, epochs, rate }, 'acc', plain.accuracy.toFixed(3), 'mF1', plain.macroF1.toFixed(3), 'tuned', tuned.macroF1.toFixed(3), tuned.offsets.join(','), plain.perClass.map((c) => c.f1.toFixed(2)).join('/'), `${Date.now() - t0}ms`)
  }
}
