// Nested grouped CV of the whole EPITOME pipeline of run.ts (test split untouched): for each outer
// fold, inner 4-fold CV on the other folds picks the sentence weight, the offsets and the strong
// threshold, exactly as run.ts does on train+dev, and the outer fold is scored with
//   full: models refit on all the outer-training rows (what run.ts ships), or
//   bag:  the mean of the inner fold models' weights (same training size as the tuning saw).
// Honest estimate of the shipped pipeline, including the optimism of tuning offsets.
// `--baseline` runs the previous pipeline instead: default features, softmax models, max-pooling, beta 1.
//   npx tsx train/explore-nested.ts [--baseline]
import type { ExtractorOptions } from '../src/core/annotate/model/features.js'
import { classReport } from '../eval/public/metrics.js'
import { dataDirectory, loadEpitome, mechanisms } from './data.js'
import { featurise, predict, predictLevels, train, trainHierarchical, type Example, type Hierarchical, type Options, type Trained } from './learn.js'
import { combine, labelledSentences, pool, poolLevels } from './sentences.js'
import { decide, foldsOf, tuneOffsets } from './tune.js'

const baseline = process.argv.includes('--baseline')
const features: ExtractorOptions = baseline ? {} : { blocks: { uni: 1, bi: 1, tri: 0, stem: 1, question: 1, first: 1, chars: 1 }, charGrams: [4], charMin: 4 }
const options: Options = { kind: 'sigmoid', k: 1, epochs: 5, rate: 0.1, l2: 1e-3, seed: 7 }
const power = 0.5
const betas = baseline ? [1] : [1, 1.5, 2]
const pooling = baseline ? pool : poolLevels

// The previous pipeline's softmax, kept in the Hierarchical shape: `present` holds the 3-class model.
function trainModel(examples: readonly Example[]): Hierarchical {
  if (!baseline) return trainHierarchical(examples, options, power)
  const counts = [0, 1, 2].map((c) => examples.filter((e) => e.y[0] === c).length)
  const model = train(examples.map((e) => ({ ...e, weight: (examples.length / (3 * counts[e.y[0]!]!)) ** power })), { ...options, kind: 'softmax', k: 3 })
  return { present: model, strong: model }
}
const levelsOf = (model: Hierarchical, x: Example): number[] => (baseline ? predict(model.present, x, 'softmax', 3) : predictLevels(model, x))
const rows = loadEpitome(dataDirectory()).filter((r) => r.split !== 'test')
const outer = foldsOf(rows.map((r) => r.spId), 5)
const docs = rows.map((r) => featurise(r.response, r.seeker, features))

function mean(models: readonly Trained[]): Trained {
  const w = new Float64Array(models[0]!.w.length)
  const bias = new Float64Array(models[0]!.bias.length)
  for (const m of models) {
    for (let i = 0; i < w.length; i++) w[i] = w[i]! + m.w[i]! / models.length
    for (let i = 0; i < bias.length; i++) bias[i] = bias[i]! + m.bias[i]! / models.length
  }
  return { w, bias }
}
const bagged = (models: readonly Hierarchical[]): Hierarchical => ({ present: mean(models.map((m) => m.present)), strong: mean(models.map((m) => m.strong)) })

for (const mechanism of mechanisms) {
  const gold = rows.map((r) => r[mechanism])
  const docExamples: Example[] = docs.map((f, i) => ({ ...f, y: [gold[i]!], weight: 1 }))
  const sentences = rows.map((r) => labelledSentences(r, mechanism).map((s) => ({ ...featurise(s.text, r.seeker, features), y: [s.label], weight: 1 })))
  const predicted = { full: new Array<number>(rows.length), bag: new Array<number>(rows.length) }
  for (let o = 0; o < 5; o++) {
    const inside = rows.map((_, i) => i).filter((i) => outer[i] !== o)
    const inner = foldsOf(inside.map((i) => rows[i]!.spId), 4)
    const docP = new Map<number, number[]>()
    const sentenceP = new Map<number, number[]>()
    const innerModels: [Hierarchical, Hierarchical][] = []
    for (let f = 0; f < 4; f++) {
      const fit = inside.filter((_, j) => inner[j] !== f)
      const doc = trainModel(fit.map((i) => docExamples[i]!))
      const sentence = trainModel(fit.flatMap((i) => sentences[i]!))
      innerModels.push([doc, sentence])
      inside.forEach((i, j) => {
        if (inner[j] !== f) return
        docP.set(i, levelsOf(doc, docExamples[i]!))
        sentenceP.set(i, pooling(sentences[i]!.map((s) => levelsOf(sentence, s))))
      })
    }
    const insideGold = inside.map((i) => gold[i]!)
    const best = betas
      .map((beta) => ({ beta, tuned: tuneOffsets(inside.map((i) => combine(docP.get(i)!, sentenceP.get(i)!, beta)), insideGold, 3) }))
      .reduce((a, b) => (b.tuned.macroF1 > a.tuned.macroF1 + 1e-9 ? b : a))
    const full: [Hierarchical, Hierarchical] = [trainModel(inside.map((i) => docExamples[i]!)), trainModel(inside.flatMap((i) => sentences[i]!))]
    const bag: [Hierarchical, Hierarchical] = [bagged(innerModels.map((m) => m[0])), bagged(innerModels.map((m) => m[1]))]
    for (const [name, [doc, sentence]] of [['full', full], ['bag', bag]] as const) {
      rows.forEach((_, i) => {
        if (outer[i] !== o) return
        const p = combine(levelsOf(doc, docExamples[i]!), pooling(sentences[i]!.map((s) => levelsOf(sentence, s))), best.beta)
        predicted[name][i] = decide(p, best.tuned.offsets)
      })
    }
  }
  for (const name of ['full', 'bag'] as const) {
    const r = classReport(gold, predicted[name], ['0', '1', '2'])
    const counts = [0, 1, 2].map((c) => predicted[name].filter((p) => p === c).length)
    console.log(`${mechanism.padEnd(15)} ${name.padEnd(5)} macro-F1 ${r.macroF1.toFixed(3)} (${r.perClass.map((c) => c.f1.toFixed(2)).join('/')}) predicted levels ${counts.join('/')}, gold ${[0, 1, 2].map((c) => gold.filter((g) => g === c).length).join('/')}`)
  }
}
