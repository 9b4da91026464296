// Public-benchmark evaluation of the trained models (src/core/annotate/model) on the test splits of
// ../shared/data (see its README): EPITOME (3-class accuracy and macro-F1 over the whole test split),
// GoEmotions (Ekman 6 + neutral, multi-label macro-F1) and AnnoMI (therapist questions/reflections).
//   npx tsx eval/public.ts [DATA_DIR]
import { fileURLToPath } from 'node:url'
import { dataDirectory, ekman, loadAnnoMi, loadEpitome, loadGoEmotions, mechanisms, type Mechanism } from '../train/data.js'
import { emotions, level, loadAll, probability } from '../src/core/annotate/model/index.js'
import { textOf } from '../src/core/annotate/text.js'
import { classReport, f1Of, multiLabelReport, round, type ClassReport } from './public/metrics.js'

/** Published and measured comparison points, quoted from ../shared/data/README.md. */
export const published = {
  epitome: {
    robertaRedditMacroF1: { reaction: 0.76, interpretation: 0.7, exploration: 0.72, source: 'authors\' RoBERTa bi-encoder retrained on Reddit only (third-party runs, upstream issue #4 and the TayalarajanTR replication), random splits' },
    naiveBayesMacroF1: { reaction: 0.454, interpretation: 0.506, exploration: 0.318, source: 'multinomial naive Bayes, word uni+bigrams, on our splits.csv test (data README)' },
  },
  goemotions: { bertEkmanMacroF1: 0.6238, source: 'bert-base-cased reproduction, monologg/GoEmotions-pytorch README, test split' },
  annomi: {
    naiveBayesTherapist: { accuracy: 0.703, macroF1: 0.657, questionF1: 0.68, reflectionF1: 0.63, source: 'naive Bayes, utterance text only, our splits.csv test (data README)' },
    naiveBayesClient: { accuracy: 0.599, macroF1: 0.377, sustainF1: 0.06, source: 'naive Bayes, utterance text only, our splits.csv test (data README)' },
  },
}

interface Binary {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly accuracy: number
  readonly support: number
  readonly n: number
}

function binary(gold: readonly boolean[], predicted: readonly boolean[]): Binary {
  let tp = 0
  let fp = 0
  let fn = 0
  let correct = 0
  gold.forEach((g, i) => {
    const p = predicted[i]!
    if (g && p) tp++
    else if (p) fp++
    else if (g) fn++
    if (g === p) correct++
  })
  const f = f1Of(tp, fp, fn)
  return { precision: round(f.precision), recall: round(f.recall), f1: round(f.f1), accuracy: round(correct / gold.length), support: tp + fn, n: gold.length }
}

function rounded(report: ClassReport): ClassReport {
  return {
    accuracy: round(report.accuracy),
    macroF1: round(report.macroF1),
    perClass: report.perClass.map((c) => ({ label: c.label, precision: round(c.precision), recall: round(c.recall), f1: round(c.f1), support: c.support })),
  }
}

export interface PublicResults {
  readonly data: string
  readonly epitome: Record<Mechanism, ClassReport & { readonly strong: Binary; readonly rows: number }>
  readonly goemotions: { readonly ekman: ClassReport; readonly cue: Binary; readonly rows: number }
  readonly annomi: {
    readonly question: Binary
    readonly reflection: Binary
    readonly reflectionAsInterpretation: Binary
    readonly hesitation: Binary
    /** Pooled reflections ÷ questions over the test transcripts: gold labels vs our detection. */
    readonly reflectionToQuestion: { readonly gold: number; readonly predicted: number }
    readonly rows: number
    readonly clientRows: number
  }
  readonly published: typeof published
  readonly timing: { readonly loadMs: number; readonly microsecondsPerCall: number }
}

/** Scores every model on the public test splits. Plain JSON-serialisable result. */
export function evaluatePublic(directory = dataDirectory()): PublicResults {
  const t0 = performance.now()
  loadAll()
  const loadMs = performance.now() - t0
  let calls = 0
  const t1 = performance.now()

  const epitomeTest = loadEpitome(directory).filter((r) => r.split === 'test')
  const epitome = {} as PublicResults['epitome']
  for (const mechanism of mechanisms) {
    const gold = epitomeTest.map((r) => r[mechanism])
    const predicted = epitomeTest.map((r) => level(mechanism, r.response, r.seeker))
    const strong = epitomeTest.map((r) => probability(mechanism, r.response, r.seeker) >= 0.5)
    calls += 2 * epitomeTest.length
    epitome[mechanism] = { ...rounded(classReport(gold, predicted, ['0', '1', '2'])), strong: binary(gold.map((g) => g === 2), strong), rows: gold.length }
  }

  const emotionTest = loadGoEmotions(directory).filter((r) => r.split === 'test')
  const goldSets = emotionTest.map((r) => r.ekman.map((e) => ekman.indexOf(e)))
  const predictedSets = emotionTest.map((r) => {
    const p = emotions(r.text)
    calls++
    const set = ekman.map((e, c) => (p[e] >= 0.5 ? c : -1)).filter((c) => c >= 0)
    // Every comment carries at least one label, so an empty prediction takes the strongest one.
    if (set.length === 0) set.push(ekman.reduce((best, e, c) => (p[e] > p[ekman[best]!] ? c : best), 0))
    return set
  })
  const cue = binary(emotionTest.map((r) => r.cue), emotionTest.map((r) => (calls++, probability('emotion', r.text) >= 0.5)))
  const goemotions = { ekman: rounded(multiLabelReport(goldSets, predictedSets, [...ekman])), cue, rows: emotionTest.length }

  const annomiTest = loadAnnoMi(directory).filter((r) => r.split === 'test')
  const therapist = annomiTest.filter((r) => r.interlocutor === 'therapist')
  const client = annomiTest.filter((r) => r.interlocutor === 'client')
  const askedGold = therapist.map((r) => r.behaviour === 'question')
  const asked = therapist.map((r) => textOf(r.text).sentences.some((s) => s.isQuestion))
  const reflectedGold = therapist.map((r) => r.behaviour === 'reflection')
  const reflected = therapist.map((r) => (calls++, probability('reflection', r.text, r.previous) >= 0.5))
  const question = binary(askedGold, asked)
  const reflection = binary(reflectedGold, reflected)
  const reflectionAsInterpretation = binary(reflectedGold, therapist.map((r) => (calls++, probability('interpretation', r.text, r.previous) >= 0.5)))
  const hesitation = binary(client.map((r) => r.talk === 'sustain'), client.map((r) => (calls++, probability('hesitation', r.text, r.previous) >= 0.5)))
  const count = (values: readonly boolean[]): number => values.filter(Boolean).length
  const reflectionToQuestion = { gold: round(count(reflectedGold) / count(askedGold)), predicted: round(count(reflected) / count(asked)) }
  const timeMs = performance.now() - t1

  return {
    data: directory,
    epitome,
    goemotions,
    annomi: { question, reflection, reflectionAsInterpretation, hesitation, reflectionToQuestion, rows: therapist.length, clientRows: client.length },
    published,
    // Upper bound per call: the loop also parses the data files and text.ts sentences.
    timing: { loadMs: round(loadMs, 1), microsecondsPerCall: round((timeMs * 1000) / calls, 1) },
  }
}

function print(results: PublicResults): void {
  const pct = (v: number): string => v.toFixed(3)
  console.log(`data: ${results.data}\n`)
  console.log('EPITOME Reddit, test split (3 classes, whole split)')
  console.log('mechanism       acc    macro-F1  F1 L0  F1 L1  F1 L2  strong F1  | RoBERTa  NB floor')
  for (const m of mechanisms) {
    const r = results.epitome[m]
    const f = r.perClass.map((c) => pct(c.f1))
    console.log(`${m.padEnd(15)} ${pct(r.accuracy)}  ${pct(r.macroF1)}     ${f.join('  ')}  ${pct(r.strong.f1)}      | ${pct(published.epitome.robertaRedditMacroF1[m])}    ${pct(published.epitome.naiveBayesMacroF1[m])}`)
  }
  const g = results.goemotions
  console.log(`\nGoEmotions test (${g.rows} comments), Ekman 6 + neutral, multi-label`)
  console.log(`macro-F1 ${pct(g.ekman.macroF1)} (BERT reproduction ${published.goemotions.bertEkmanMacroF1}); exact-set accuracy ${pct(g.ekman.accuracy)}`)
  console.log(`per class: ${g.ekman.perClass.map((c) => `${c.label} ${pct(c.f1)}`).join(', ')}`)
  console.log(`customer emotion cue: P ${pct(g.cue.precision)} R ${pct(g.cue.recall)} F1 ${pct(g.cue.f1)} (support ${g.cue.support})`)
  const a = results.annomi
  console.log(`\nAnnoMI test, therapist utterances (${a.rows})`)
  console.log(`question (text.ts isQuestion) vs main behaviour "question": P ${pct(a.question.precision)} R ${pct(a.question.recall)} F1 ${pct(a.question.f1)} acc ${pct(a.question.accuracy)} (NB F1 ${published.annomi.naiveBayesTherapist.questionF1})`)
  console.log(`reflection (AnnoMI reflection head, previous client turn as context): P ${pct(a.reflection.precision)} R ${pct(a.reflection.recall)} F1 ${pct(a.reflection.f1)} (NB F1 ${published.annomi.naiveBayesTherapist.reflectionF1})`)
  console.log(`reflection via the EPITOME interpretation model (transfer check): P ${pct(a.reflectionAsInterpretation.precision)} R ${pct(a.reflectionAsInterpretation.recall)} F1 ${pct(a.reflectionAsInterpretation.f1)}`)
  console.log(`pooled reflection-to-question ratio: gold ${a.reflectionToQuestion.gold}, detected ${a.reflectionToQuestion.predicted}`)
  console.log(`client sustain talk (hesitation head, ${a.clientRows} client utterances): P ${pct(a.hesitation.precision)} R ${pct(a.hesitation.recall)} F1 ${pct(a.hesitation.f1)} (NB sustain F1 ${published.annomi.naiveBayesClient.sustainF1})`)
  console.log(`\nmodel load ${results.timing.loadMs} ms; ${results.timing.microsecondsPerCall} µs per call (upper bound, includes the eval loop)`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  print(evaluatePublic(dataDirectory(process.argv.slice(2).find((a) => !a.startsWith('-')))))
}
