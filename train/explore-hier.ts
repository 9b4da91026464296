// EPITOME model comparison with grouped 5-fold CV over train+dev (test untouched): softmax vs
// hierarchical (present / strong-given-present sigmoids) reply + sentence models, on the default
// features vs the default without word trigrams plus character 4-grams (run.ts epitomeFeatures).
// Macro-F1 after tuning the decision offsets on the out-of-fold predictions, as run.ts does, per
// sentence weight beta, averaged over fold partitions (the default grouping and re-hashed ones).
//   npx tsx train/explore-hier.ts [--partitions=3] [--configs=default/softmax,chars/hierarchical] [--pool=levels] [--epochs=5] [--rate=0.1] [--l2=0.001] [--power=0.5] [--seeds=1]
// (--pool=levels: sentences.ts poolLevels instead of pool)
import { createHash } from 'node:crypto'
import type { ExtractorOptions } from '../src/core/annotate/model/features.js'
import { dataDirectory, loadEpitome, mechanisms } from './data.js'
import { featurise, predict, predictLevels, train, trainHierarchical, type Example, type Options } from './learn.js'
import { combine, labelledSentences, pool, poolLevels } from './sentences.js'
import { foldsOf, tuneOffsets } from './tune.js'

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const partitions = Number(arg('partitions') ?? 3)
const configs = (arg('configs') ?? 'default/softmax,default/hierarchical,chars/softmax,chars/hierarchical').split(',')
const featureSets: Record<string, ExtractorOptions> = {
  default: {},
  chars: { blocks: { uni: 1, bi: 1, tri: 0, stem: 1, question: 1, first: 1, chars: 1 }, charGrams: [4], charMin: 4 },
}
const betas = [1, 1.5, 2]
const pooling = arg('pool') === 'levels' ? poolLevels : pool
const options: Options = { kind: 'softmax', k: 3, epochs: Number(arg('epochs') ?? 5), rate: Number(arg('rate') ?? 0.1), l2: Number(arg('l2') ?? 1e-3), seed: 7, seeds: Number(arg('seeds') ?? 1) }
const power = Number(arg('power') ?? 0.5)
const rows = loadEpitome(dataDirectory()).filter((r) => r.split !== 'test')
const folds = 5

/** Partition 0 is run.ts's grouping; the others hash the seeker post id with a salt. */
function partition(p: number): number[] {
  if (p === 0) return foldsOf(rows.map((r) => r.spId), folds)
  return rows.map((r) => parseInt(createHash('sha1').update(`${p}:${r.spId}`).digest('hex').slice(0, 8), 16) % folds)
}

function softmaxModel(examples: readonly Example[]): (x: Example) => number[] {
  const counts = [0, 1, 2].map((c) => examples.filter((e) => e.y[0] === c).length)
  const model = train(examples.map((e) => ({ ...e, weight: (examples.length / (3 * counts[e.y[0]!]!)) ** power })), options)
  return (x) => predict(model, x, 'softmax', 3)
}

function hierarchicalModel(examples: readonly Example[]): (x: Example) => number[] {
  const model = trainHierarchical(examples, options, power)
  return (x) => predictLevels(model, x)
}

for (const config of configs) {
  const [featureName, kind] = config.split('/') as [string, string]
  const features = featureSets[featureName]!
  const fit = kind === 'hierarchical' ? hierarchicalModel : softmaxModel
  const docs = rows.map((r) => featurise(r.response, r.seeker, features))
  const sums = mechanisms.map(() => betas.map(() => 0))
  for (const [m, mechanism] of mechanisms.entries()) {
    const gold = rows.map((r) => r[mechanism])
    const docExamples: Example[] = docs.map((f, i) => ({ ...f, y: [gold[i]!], weight: 1 }))
    const sentences = rows.map((r) => labelledSentences(r, mechanism).map((s) => ({ ...featurise(s.text, r.seeker, features), y: [s.label], weight: 1 })))
    for (let p = 0; p < partitions; p++) {
      const fold = partition(p)
      const docP: number[][] = new Array(rows.length)
      const sentenceP: number[][] = new Array(rows.length)
      for (let f = 0; f < folds; f++) {
        const doc = fit(docExamples.filter((_, i) => fold[i] !== f))
        const sentence = fit(sentences.filter((_, i) => fold[i] !== f).flat())
        rows.forEach((_, i) => {
          if (fold[i] !== f) return
          docP[i] = doc(docExamples[i]!)
          sentenceP[i] = pooling(sentences[i]!.map(sentence))
        })
      }
      betas.forEach((beta, b) => {
        sums[m]![b]! += tuneOffsets(rows.map((_, i) => combine(docP[i]!, sentenceP[i]!, beta)), gold, 3).macroF1 / partitions
      })
    }
  }
  const cell = (b: number): string => `${mechanisms.map((_, m) => sums[m]![b]!.toFixed(3)).join(' / ')} (mean ${(sums.reduce((s, v) => s + v[b]!, 0) / 3).toFixed(3)})`
  console.log(`${config.padEnd(22)} ${betas.map((beta, b) => `beta ${beta}: ${cell(b)}`).join('  ')}`)
}
