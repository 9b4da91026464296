// Trains every model from the public data and writes src/core/annotate/model/weights/*.json.
//   npm run train [-- DATA_DIR]      (default: RAPPORT_DATA, else ../shared/data)
// EPITOME: a whole-reply model and a sentence model (labelled from the rationale spans) per
// mechanism; grouped 5-fold CV over train+dev picks the decision offsets and the strong-level
// threshold of their combination, then both are fit on train+dev. GoEmotions: fit on train, thresholds on dev.
// The test splits are never read here; eval/public.ts reports on them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dataDirectory, ekman, loadEpitome, loadGoEmotions, mechanisms, type Mechanism } from './data.js'
import { featurise, predict, train, type Example, type Options, type Trained } from './learn.js'
import { combine, labelledSentences, pool } from './sentences.js'
import { decide, foldsOf, tuneOffsets, tuneThreshold } from './tune.js'
import { link, loadModel, packWeights, scoreInto, type MechanismFile, type WeightsFile } from '../src/core/annotate/model/linear.js'
import { BITS, Extractor } from '../src/core/annotate/model/features.js'
import { classReport, round } from '../eval/public/metrics.js'

const directory = dataDirectory(process.argv.slice(2).find((a) => !a.startsWith('-')))
const out = fileURLToPath(new URL('../src/core/annotate/model/weights/', import.meta.url))
mkdirSync(out, { recursive: true })

function write(file: WeightsFile): void {
  const path = `${out}${file.name}.json`
  const text = JSON.stringify(file)
  writeFileSync(path, `${text}\n`)
  console.log(`wrote ${path} (${(text.length / 1024).toFixed(0)} KiB)`)
}

/** Per-mechanism hyper-parameters, chosen by grouped CV on train+dev (train/explore.ts). */
const epitomeOptions: Record<Mechanism, { alpha: number; options: Options }> = {
  reaction: { alpha: 0.5, options: { kind: 'softmax', k: 3, epochs: 5, rate: 0.1, l2: 1e-3, seed: 7 } },
  interpretation: { alpha: 0.5, options: { kind: 'softmax', k: 3, epochs: 5, rate: 0.1, l2: 1e-3, seed: 7 } },
  exploration: { alpha: 0.5, options: { kind: 'softmax', k: 3, epochs: 5, rate: 0.1, l2: 1e-3, seed: 7 } },
}

/** Weight of the pooled sentence model next to the reply model (train/explore-sent.ts: 1 was best or near it for all three). */
const beta = 1
/** Buckets kept per stored model (largest weights first), to keep the files small. */
const epitomeBuckets = 50000

function packed(name: string, model: Trained, k: number, maxBuckets: number): WeightsFile {
  const p = packWeights(model.w, k, maxBuckets)
  return { name, kind: 'softmax', classes: ['0', '1', '2'], bits: BITS, scale: p.scale, bias: Array.from(model.bias), index: p.index, weights: p.weights, precision: p.precision }
}

function trainEpitome(): void {
  const rows = loadEpitome(directory).filter((r) => r.split !== 'test')
  const folds = 5
  const fold = foldsOf(rows.map((r) => r.spId), folds)
  const features = rows.map((r) => featurise(r.response, r.seeker))
  for (const mechanism of mechanisms) {
    const { alpha, options } = epitomeOptions[mechanism]
    const gold = rows.map((r) => r[mechanism])
    const counts = [0, 1, 2].map((c) => gold.filter((g) => g === c).length)
    const docs: Example[] = features.map((f, i) => ({ ...f, y: [gold[i]!], weight: (rows.length / (3 * counts[gold[i]!]!)) ** alpha }))
    const sentences = rows.map((r) => labelledSentences(r, mechanism).map((s) => ({ ...featurise(s.text, r.seeker), y: [s.label] })))
    const sentenceCounts = [0, 1, 2].map((c) => sentences.flat().filter((s) => s.y[0] === c).length)
    const sentenceTotal = sentenceCounts.reduce((a, b) => a + b, 0)
    const sentenceExamples = (keep: (i: number) => boolean): Example[] =>
      sentences.flatMap((list, i) => (keep(i) ? list.map((s) => ({ ...s, weight: (sentenceTotal / (3 * sentenceCounts[s.y[0]!]!)) ** alpha })) : []))
    // Out-of-fold combined probabilities for tuning offsets and the strong threshold.
    const oof: number[][] = new Array(rows.length)
    for (let f = 0; f < folds; f++) {
      const doc = train(docs.filter((_, i) => fold[i] !== f), options)
      const sentence = train(sentenceExamples((i) => fold[i] !== f), options)
      rows.forEach((_, i) => {
        if (fold[i] === f) oof[i] = combine(predict(doc, docs[i]!, 'softmax', 3), pool(sentences[i]!.map((s) => predict(sentence, s, 'softmax', 3))), beta)
      })
    }
    const { offsets, macroF1 } = tuneOffsets(oof, gold, 3)
    const shifted = oof.map((p) => {
      const e = p.map((v, c) => v * Math.exp(offsets[c]!))
      const sum = e.reduce((a, b) => a + b, 0)
      return e.map((v) => v / sum)
    })
    const strong = tuneThreshold(shifted.map((p) => p[2]!), gold.map((g) => g === 2))
    const cv = classReport(gold, oof.map((p) => decide(p, offsets)), ['0', '1', '2'])
    const doc = train(docs, options)
    const sentence = train(sentenceExamples(() => true), options)
    const file: MechanismFile = {
      ...packed(mechanism, doc, 3, epitomeBuckets),
      thresholds: [0.5, 0.5, strong.threshold],
      sentence: packed(`${mechanism}-sentence`, sentence, 3, epitomeBuckets),
      beta,
      offsets,
      about: {
        data: 'EPITOME Reddit (Sharma et al. 2020), splits.csv train+dev; see docs/models.md for the licence caveat',
        rows: rows.length,
        sentences: sentenceTotal,
        options,
        classWeightPower: alpha,
        cv5: { accuracy: round(cv.accuracy), macroF1: round(macroF1), perClassF1: cv.perClass.map((c) => round(c.f1)), strongF1: round(strong.f1) },
      },
    }
    write(file)
    console.log(mechanism, 'cv macro-F1', round(macroF1), cv.perClass.map((c) => round(c.f1)).join('/'), 'strong F1', round(strong.f1), 'at', strong.threshold)
  }
}

const emotionHeads = [...ekman, 'cue'] as const
const emotionBuckets = 60000
const emotionOptions: Options = { kind: 'sigmoid', k: emotionHeads.length, epochs: 5, rate: 0.1, l2: 1e-4, seed: 7 }

function trainEmotion(): void {
  const rows = loadGoEmotions(directory)
  const yOf = (r: (typeof rows)[number]): number[] => [...ekman.map((e) => (r.ekman.includes(e) ? 1 : 0)), r.cue ? 1 : 0]
  const examples: Example[] = rows.filter((r) => r.split === 'train').map((r) => ({ ...featurise(r.text), y: yOf(r), weight: 1 }))
  const dev = rows.filter((r) => r.split === 'dev')
  const model = train(examples, emotionOptions)
  const k = emotionHeads.length
  const packed = packWeights(model.w, k, emotionBuckets)
  // Thresholds are tuned on dev with the packed (pruned, quantised) model the runtime will use.
  const runtime = loadModel({ name: 'emotion', kind: 'sigmoid', classes: [...emotionHeads], bits: BITS, bias: Array.from(model.bias), ...packed })
  const extractor = new Extractor()
  const scores = new Float64Array(k)
  const devP = dev.map((r) => {
    scoreInto(runtime, extractor.extract(r.text), scores)
    link('sigmoid', scores, k)
    return Array.from(scores)
  })
  const tuned = emotionHeads.map((_, c) => tuneThreshold(devP.map((p) => p[c]!), dev.map((r) => yOf(r)[c] === 1)))
  const ekmanDev = tuned.slice(0, ekman.length).reduce((s, t) => s + t.f1, 0) / ekman.length
  write({
    name: 'emotion',
    kind: 'sigmoid',
    classes: [...emotionHeads],
    bits: BITS,
    scale: packed.scale,
    bias: Array.from(model.bias),
    thresholds: tuned.map((t) => t.threshold),
    index: packed.index,
    weights: packed.weights,
    precision: packed.precision,
    about: {
      data: 'GoEmotions (Demszky et al. 2020, Apache-2.0) train split; thresholds tuned on dev',
      rows: examples.length,
      options: emotionOptions,
      storedBuckets: packed.stored,
      devEkmanMacroF1: round(ekmanDev),
      devF1: Object.fromEntries(emotionHeads.map((h, c) => [h, round(tuned[c]!.f1)])),
    },
  })
  console.log('emotion dev Ekman macro-F1', round(ekmanDev), '|', emotionHeads.map((h, c) => `${h} ${round(tuned[c]!.f1)}`).join(', '))
}

trainEpitome()
trainEmotion()
