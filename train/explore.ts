// Hyper-parameter exploration on EPITOME with grouped 5-fold CV over train+dev (test untouched).
import { dataDirectory, loadEpitome, mechanisms } from './data.js'
import { featurise, type Example } from './learn.js'
import { crossValidate, foldsOf, tuneOffsets, decide } from './tune.js'
import { classReport } from '../eval/public/metrics.js'

const rows = loadEpitome(dataDirectory()).filter((r) => r.split !== 'test')
const fold = foldsOf(rows.map((r) => r.spId), 5)
const feats = rows.map((r) => featurise(r.response, r.seeker))
const grid = JSON.parse(process.env.GRID ?? '[{"alpha":0.5,"l2":0.001,"epochs":5,"rate":0.1}]') as { alpha: number; l2: number; epochs: number; rate: number }[]
for (const m of (process.env.M ? [process.env.M] : mechanisms) as typeof mechanisms[number][]) {
  const gold = rows.map((r) => r[m])
  const counts = [0, 1, 2].map((c) => gold.filter((g) => g === c).length)
  for (const { alpha, l2, epochs, rate } of grid) {
    const examples: Example[] = feats.map((f, i) => ({ ...f, y: [gold[i]!], weight: (rows.length / (3 * counts[gold[i]!]!)) ** alpha }))
    const oof = crossValidate(examples, fold, 5, { kind: 'softmax', k: 3, epochs, rate, l2, seed: 7 })
    const plain = classReport(gold, oof.map((p) => decide(p, [0, 0, 0])), ['0', '1', '2'])
    const tuned = tuneOffsets(oof, gold, 3)
    console.log(process.env.TAG ?? '', m, JSON.stringify({ alpha, l2, epochs, rate }), 'acc', plain.accuracy.toFixed(3), 'mF1', plain.macroF1.toFixed(3), 'tuned', tuned.macroF1.toFixed(3), plain.perClass.map((c) => c.f1.toFixed(2)).join('/'))
  }
}
