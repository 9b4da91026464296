import { dataDirectory, loadEpitome, mechanisms } from './data.js'
import { featurise, predict, train, type Example, type Options } from './learn.js'
import { foldsOf, tuneOffsets, decide } from './tune.js'
import { classReport } from '../eval/public/metrics.js'
import { combine, labelledSentences, pool } from './sentences.js'

const rows = loadEpitome(dataDirectory()).filter((r) => r.split !== 'test')
const folds = 5
const fold = foldsOf(rows.map((r) => r.spId), folds)
const feats = rows.map((r) => featurise(r.response, r.seeker))
const alpha = Number(process.env.ALPHA ?? 0.5)
for (const m of (process.env.M ? [process.env.M] : mechanisms) as typeof mechanisms[number][]) {
  const gold = rows.map((r) => r[m])
  const counts = [0, 1, 2].map((c) => gold.filter((g) => g === c).length)
  const docs: Example[] = feats.map((f, i) => ({ ...f, y: [gold[i]!], weight: (rows.length / (3 * counts[gold[i]!]!)) ** alpha }))
  const sents = rows.map((r) => labelledSentences(r, m).map((s) => ({ ...featurise(s.text, r.seeker), label: s.label })))
  const sentCounts = [0, 1, 2].map((c) => sents.flat().filter((s) => s.label === c).length)
  const total = sentCounts.reduce((a, b) => a + b, 0)
  const opt: Options = { kind: 'softmax', k: 3, epochs: Number(process.env.EPOCHS ?? 5), rate: 0.1, l2: Number(process.env.L2 ?? 1e-3), seed: 7, average: process.env.AVG === '1' }
  const docP: number[][] = new Array(rows.length)
  const sentP: number[][] = new Array(rows.length)
  for (let f = 0; f < folds; f++) {
    const dm = train(docs.filter((_, i) => fold[i] !== f), opt)
    const sx: Example[] = sents.flatMap((list, i) => (fold[i] === f ? [] : list.map((s) => ({ idx: s.idx, val: s.val, y: [s.label], weight: (total / (3 * sentCounts[s.label]!)) ** alpha }))))
    const sm = train(sx, opt)
    rows.forEach((_, i) => {
      if (fold[i] !== f) return
      docP[i] = predict(dm, docs[i]!, 'softmax', 3)
      sentP[i] = pool(sents[i]!.map((s) => predict(sm, s, 'softmax', 3)))
    })
  }
  for (const beta of [1]) {
    const p = rows.map((_, i) => (beta === 100 ? sentP[i]! : combine(docP[i]!, sentP[i]!, beta)))
    const plain = classReport(gold, p.map((v) => decide(v, [0, 0, 0])), ['0', '1', '2'])
    const tuned = tuneOffsets(p, gold, 3)
    console.log(process.env.TAG, m, 'beta', beta, 'mF1', plain.macroF1.toFixed(3), 'tuned', tuned.macroF1.toFixed(3), classReport(gold, p.map((v) => decide(v, tuned.offsets)), ['0','1','2']).perClass.map((c) => c.f1.toFixed(2)).join('/'), 'sentence counts', sentCounts.join(','))
  }
}
