// Trains every model from the public data and writes src/core/annotate/model/weights/*.json.
//   npm run train [-- DATA_DIR] [--only=epitome|emotion]   (data: RAPPORT_DATA, else ../shared/data)
// EPITOME: a whole-reply model and a sentence model (labelled from the rationale spans) per
// mechanism; on their grouped 5-fold out-of-fold predictions over train+dev a stacker per mechanism
// (train/stack.ts, over all three mechanisms' outputs) is fitted and the decision offsets and the
// strong-level threshold are tuned, then both models are fit on train+dev. GoEmotions: fit on train, thresholds on dev.
// The test splits are never read here; eval/public.ts reports on them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dataDirectory, ekman, loadAnnoMi, loadEpitome, loadGoEmotions, mechanisms, type AnnoMiRow } from './data.js'
import { featurise, predict, predictLevels, train, trainHierarchical, type Example, type Hierarchical, type Options, type Trained } from './learn.js'
import { combine, labelledSentences, poolLevels } from './sentences.js'
import { decide, foldsOf, tuneOffsets, tuneThreshold } from './tune.js'
import { applyStacker, fitStacker, stackInputs } from './stack.js'
import { link, loadModel, packWeights, scoreInto, type MechanismFile, type WeightsFile } from '../src/core/annotate/model/linear.js'
import { BITS, DIM, Extractor, type ExtractorOptions } from '../src/core/annotate/model/features.js'
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

/**
 * EPITOME learner, chosen by grouped 5-fold CV over train+dev (docs/models.md): per mechanism a
 * hierarchical pair of sigmoids (present: level ≥ 1; strong: level 2 given ≥ 1), classes weighted
 * by (N / (2 · count))^0.5, for the whole reply and for its sentences.
 */
const epitomeOptions: Options = { kind: 'sigmoid', k: 1, epochs: 5, rate: 0.1, l2: 1e-3, seed: 7 }
const classWeightPower = 0.5
/**
 * EPITOME features: the default word features without word trigrams, plus character 4-grams of
 * words of four letters or more (CV macro-F1 over the three mechanisms 0.686 → 0.690 with the
 * hierarchical models; exploration gained most).
 */
const epitomeFeatures: ExtractorOptions = { blocks: { uni: 1, bi: 1, tri: 0, stem: 1, question: 1, first: 1, chars: 1 }, charGrams: [4], charMin: 4 }
/** Candidate weights of the pooled sentence model next to the reply model; CV picks one per mechanism. */
const betas = [1, 1.5, 2]
/**
 * The stacker that combines the reply and pooled-sentence models (train/stack.ts): a 3-class
 * logistic regression per mechanism over 14 log probabilities of all three mechanisms, fitted on
 * out-of-fold predictions (nested CV over train+dev, averaged over three fold partitions, EX
 * 0.732 → 0.744, ER 0.739 → 0.745, IP 0.573 → 0.577; train/explore-stack.ts).
 */
const stackOptions = { l2: 1e-2, power: 0.5, iterations: 400 }
/** Buckets kept per stored model (largest weights first), to keep the files small. */
const epitomeBuckets = 120000

/** Packs per-mechanism hierarchical models into one DIM × 6 sigmoid model (present, strong per mechanism). */
function packed(name: string, models: readonly Hierarchical[], maxBuckets: number): WeightsFile {
  const k = 2 * models.length
  const w = new Float64Array(DIM * k)
  models.forEach((model, m) => {
    for (let b = 0; b < DIM; b++) {
      w[b * k + 2 * m] = model.present.w[b]!
      w[b * k + 2 * m + 1] = model.strong.w[b]!
    }
  })
  const p = packWeights(w, k, maxBuckets)
  const classes = mechanisms.flatMap((m) => [`${m}:present`, `${m}:strong`])
  const bias = models.flatMap((model) => [model.present.bias[0]!, model.strong.bias[0]!])
  return { name, kind: 'sigmoid', classes, bits: BITS, scale: p.scale, bias, index: p.index, weights: p.weights, precision: p.precision, features: epitomeFeatures }
}

function trainEpitome(): void {
  const rows = loadEpitome(directory).filter((r) => r.split !== 'test')
  const folds = 5
  const fold = foldsOf(rows.map((r) => r.spId), folds)
  const features = rows.map((r) => featurise(r.response, r.seeker, epitomeFeatures))
  const docModels: Hierarchical[] = []
  const sentenceModels: Hierarchical[] = []
  const about: Record<string, unknown> = {}
  // Out-of-fold reply and pooled sentence level probabilities of every mechanism ([mechanism][row]).
  const docP: number[][][] = []
  const sentenceP: number[][][] = []
  for (const mechanism of mechanisms) {
    const gold = rows.map((r) => r[mechanism])
    const docs: Example[] = features.map((f, i) => ({ ...f, y: [gold[i]!], weight: 1 }))
    const sentences = rows.map((r) => labelledSentences(r, mechanism).map((s) => ({ ...featurise(s.text, r.seeker, epitomeFeatures), y: [s.label], weight: 1 })))
    const doc: number[][] = new Array(rows.length)
    const sentence: number[][] = new Array(rows.length)
    for (let f = 0; f < folds; f++) {
      const docModel = trainHierarchical(docs.filter((_, i) => fold[i] !== f), epitomeOptions, classWeightPower)
      const sentenceModel = trainHierarchical(sentences.filter((_, i) => fold[i] !== f).flat(), epitomeOptions, classWeightPower)
      rows.forEach((_, i) => {
        if (fold[i] !== f) return
        doc[i] = predictLevels(docModel, docs[i]!)
        sentence[i] = poolLevels(sentences[i]!.map((s) => predictLevels(sentenceModel, s)))
      })
    }
    docP.push(doc)
    sentenceP.push(sentence)
    docModels.push(trainHierarchical(docs, epitomeOptions, classWeightPower))
    sentenceModels.push(trainHierarchical(sentences.flat(), epitomeOptions, classWeightPower))
    // The previous combination (log p_reply + beta · log p_pooled), kept for comparison.
    const byBeta = betas.map((beta) => ({ beta, tuned: tuneOffsets(rows.map((_, i) => combine(doc[i]!, sentence[i]!, beta)), gold, 3) }))
    const best = byBeta.reduce((a, c) => (c.tuned.macroF1 > a.tuned.macroF1 + 1e-9 ? c : a))
    about[mechanism] = { sentences: sentences.reduce((n, list) => n + list.length, 0), beta: best.beta, cv5Beta: { macroF1: round(best.tuned.macroF1), macroF1ByBeta: Object.fromEntries(byBeta.map((c) => [c.beta, round(c.tuned.macroF1)])) } }
  }
  // Per mechanism a stacker over every mechanism's out-of-fold reply and sentence probabilities
  // (train/stack.ts stackInputs), then offsets (macro-F1) and the strong threshold on its outputs.
  const stack: number[][] = []
  const offsets: number[] = []
  const thresholds: number[] = []
  mechanisms.forEach((mechanism, m) => {
    const gold = rows.map((r) => r[mechanism])
    const inputs = rows.map((_, i) => stackInputs(mechanisms.map((_, o) => docP[o]![i]!), mechanisms.map((_, o) => sentenceP[o]![i]!), m))
    const stacker = fitStacker(inputs, gold, 3, stackOptions)
    const oof = inputs.map((x) => applyStacker(stacker, x))
    const tuned = tuneOffsets(oof, gold, 3)
    const shifted = oof.map((p) => {
      const e = p.map((v, c) => v * Math.exp(tuned.offsets[c]!))
      const sum = e.reduce((a, b) => a + b, 0)
      return e.map((v) => v / sum)
    })
    const strong = tuneThreshold(shifted.map((p) => p[2]!), gold.map((g) => g === 2))
    const cv = classReport(gold, oof.map((p) => decide(p, tuned.offsets)), ['0', '1', '2'])
    stack.push(stacker.w.map((v) => Number(v.toPrecision(6))))
    offsets.push(...tuned.offsets)
    thresholds.push(0.5, 0.5, strong.threshold)
    about[mechanism] = {
      ...(about[mechanism] as object),
      cv5: { accuracy: round(cv.accuracy), macroF1: round(tuned.macroF1), perClassF1: cv.perClass.map((c) => round(c.f1)), strongF1: round(strong.f1) },
    }
    console.log(mechanism, 'cv macro-F1', round(tuned.macroF1), cv.perClass.map((c) => round(c.f1)).join('/'), 'strong F1', round(strong.f1), 'at', strong.threshold, '| previous combination', (about[mechanism] as { cv5Beta: { macroF1: number } }).cv5Beta.macroF1)
  })
  const file: MechanismFile = {
    ...packed('mechanisms', docModels, epitomeBuckets),
    thresholds,
    sentence: packed('mechanisms-sentence', sentenceModels, epitomeBuckets),
    stack,
    offsets,
    about: { data: 'EPITOME Reddit (Sharma et al. 2020), splits.csv train+dev; see docs/models.md for the licence caveat', rows: rows.length, options: epitomeOptions, classWeightPower, stackOptions, ...about },
  }
  write(file)
}

const emotionHeads = [...ekman, 'cue'] as const
const emotionBuckets = 130000
/**
 * Emotion features: the default word features without word trigrams, plus character 4-grams of
 * words of four letters or more, scaled as their own block (dev Ekman macro-F1, unquantised,
 * 0.542 → 0.579; train/explore-emotion.ts).
 */
const emotionFeatures: ExtractorOptions = epitomeFeatures
// Chosen on dev with train/explore-emotion.ts: a softmax over the seven groups (0.542 dev macro-F1,
// unquantised) beat one sigmoid per group (0.527) and fine labels pooled into groups (0.505).
const emotionOptions: Options = { kind: 'softmax', k: ekman.length, epochs: 4, rate: 0.15, l2: 3e-4, seed: 7 }
const cueOptions: Options = { ...emotionOptions, kind: 'sigmoid', k: 1 }

/** Probabilities of the emotion file's columns: softmax over the seven groups, sigmoid for the cue. */
function emotionProbabilities(scores: Float64Array): number[] {
  const groups = scores.slice(0, ekman.length)
  link('softmax', groups, ekman.length)
  return [...groups, 1 / (1 + Math.exp(-scores[ekman.length]!))]
}

function trainEmotion(): void {
  const rows = loadGoEmotions(directory)
  const trainRows = rows.filter((r) => r.split === 'train')
  const features = trainRows.map((r) => featurise(r.text, undefined, emotionFeatures))
  // A comment with several groups gives one example per group, each weighted 1/n.
  const groups = train(trainRows.flatMap((r, i) => r.ekman.map((e) => ({ ...features[i]!, y: [ekman.indexOf(e)], weight: 1 / r.ekman.length }))), emotionOptions)
  const cue = train(trainRows.map((r, i) => ({ ...features[i]!, y: [r.cue ? 1 : 0], weight: 1 })), cueOptions)
  const k = emotionHeads.length
  const w = new Float64Array(DIM * k)
  for (let b = 0; b < DIM; b++) {
    for (let c = 0; c < ekman.length; c++) w[b * k + c] = groups.w[b * ekman.length + c]!
    w[b * k + ekman.length] = cue.w[b]!
  }
  const bias = [...groups.bias, cue.bias[0]!]
  const packed = packWeights(w, k, emotionBuckets)
  // Thresholds are tuned on dev with the packed (pruned, quantised) model the runtime will use.
  const dev = rows.filter((r) => r.split === 'dev')
  const goldOf = (r: (typeof rows)[number]): boolean[] => [...ekman.map((e) => r.ekman.includes(e)), r.cue]
  const runtime = loadModel({ name: 'emotion', kind: 'softmax', classes: [...emotionHeads], bits: BITS, bias, ...packed })
  const extractor = new Extractor(emotionFeatures)
  const scores = new Float64Array(k)
  const devP = dev.map((r) => {
    scoreInto(runtime, extractor.extract(r.text), scores)
    return emotionProbabilities(scores)
  })
  const tuned = emotionHeads.map((_, c) => tuneThreshold(devP.map((p) => p[c]!), dev.map((r) => goldOf(r)[c]!)))
  const ekmanDev = tuned.slice(0, ekman.length).reduce((s, t) => s + t.f1, 0) / ekman.length
  write({
    name: 'emotion',
    kind: 'softmax',
    classes: [...emotionHeads],
    bits: BITS,
    scale: packed.scale,
    bias,
    thresholds: tuned.map((t) => t.threshold),
    index: packed.index,
    weights: packed.weights,
    precision: packed.precision,
    features: emotionFeatures,
    about: {
      data: 'GoEmotions (Demszky et al. 2020, Apache-2.0) train split; thresholds tuned on dev',
      columns: 'softmax over the seven Ekman(+neutral) groups; the last column (cue) is its own sigmoid',
      rows: trainRows.length,
      options: emotionOptions,
      storedBuckets: packed.stored,
      devEkmanMacroF1: round(ekmanDev),
      devF1: Object.fromEntries(emotionHeads.map((h, c) => [h, round(tuned[c]!.f1)])),
    },
  })
  console.log('emotion dev Ekman macro-F1', round(ekmanDev), '|', emotionHeads.map((h, c) => `${h} ${round(tuned[c]!.f1)}`).join(', '))
}

/** AnnoMI heads: therapist reflection (after the client's last words) and client sustain talk (after the therapist's). */
const annomiHeads = ['reflection', 'hesitation'] as const
const annomiOptions: Options = { kind: 'sigmoid', k: 1, epochs: 5, rate: 0.1, l2: 1e-3, seed: 7 }

function trainAnnoMi(): void {
  const rows = loadAnnoMi(directory)
  const heads = {
    reflection: { speaker: 'therapist', positive: (r: AnnoMiRow) => r.behaviour === 'reflection' },
    hesitation: { speaker: 'client', positive: (r: AnnoMiRow) => r.talk === 'sustain' },
  } as const
  const trained: Trained[] = []
  const thresholds: number[] = []
  const about: Record<string, unknown> = {}
  for (const head of annomiHeads) {
    const { speaker, positive } = heads[head]
    const own = rows.filter((r) => r.interlocutor === speaker)
    const examples: Example[] = own.filter((r) => r.split === 'train').map((r) => ({ ...featurise(r.text, r.previous), y: [positive(r) ? 1 : 0], weight: 1 }))
    const model = train(examples, annomiOptions)
    const dev = own.filter((r) => r.split === 'dev')
    const tuned = tuneThreshold(dev.map((r) => predict(model, featurise(r.text, r.previous), 'sigmoid', 1)[0]!), dev.map(positive))
    trained.push(model)
    thresholds.push(tuned.threshold)
    about[head] = { speaker, rows: examples.length, devF1: round(tuned.f1), threshold: tuned.threshold }
    console.log(head, 'dev F1', round(tuned.f1), 'at', tuned.threshold)
  }
  const k = annomiHeads.length
  const w = new Float64Array(DIM * k)
  trained.forEach((model, h) => {
    for (let b = 0; b < DIM; b++) w[b * k + h] = model.w[b]!
  })
  const p = packWeights(w, k, 60000)
  write({
    name: 'annomi',
    kind: 'sigmoid',
    classes: [...annomiHeads],
    bits: BITS,
    scale: p.scale,
    bias: trained.map((m) => m.bias[0]!),
    thresholds,
    index: p.index,
    weights: p.weights,
    precision: p.precision,
    about: { data: 'AnnoMI-simple (Wu et al. 2022/2023, public domain), splits.csv train; thresholds tuned on dev', options: annomiOptions, ...about },
  })
}

// `--only=epitome`, `--only=emotion` or `--only=annomi` retrains one family.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
if (!only || only === 'epitome') trainEpitome()
if (!only || only === 'emotion') trainEmotion()
if (!only || only === 'annomi') trainAnnoMi()
