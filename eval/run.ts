// `npm run eval`: per-label quality on the gold test split and the public benchmarks, printed and
// written to eval/results.json. Usage: npm run eval [-- DATA_DIR] (default RAPPORT_DATA or ../shared/data).
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dataDirectory } from '../train/data.js'
import { engineVersion } from '../src/core/version.js'
import { evaluateGold, printGold, type GoldResult } from './gold.js'
import { evaluatePublic, published, type PublicResults } from './public.js'

const strip = (result: GoldResult) => ({ ...result, errors: undefined, falsePositives: result.errors.filter((e) => e.kind === 'false-positive').length, falseNegatives: result.errors.filter((e) => e.kind === 'false-negative').length })

const directory = dataDirectory(process.argv.slice(2).find((arg) => !arg.startsWith('-')))
const test = evaluateGold('test')
const dev = evaluateGold('dev')
printGold(test)
console.log(`(dev split, used for tuning: micro-F1 ${dev.microF1.toFixed(3)}, macro-F1 ${dev.macroF1.toFixed(3)})\n`)

let publicResults: PublicResults | { skipped: string }
if (existsSync(directory)) {
  const results = evaluatePublic(directory)
  publicResults = results
  const f = (v: number) => v.toFixed(3)
  console.log('EPITOME Reddit test split (3 levels, whole split)      acc   macro-F1 | RoBERTa (Reddit) | naive Bayes')
  for (const [name, short] of [['reaction', 'ER'], ['interpretation', 'IP'], ['exploration', 'EX']] as const) {
    const r = results.epitome[name]
    console.log(`  ${short} ${name.padEnd(16)}                                 ${f(r.accuracy)}  ${f(r.macroF1)}   | ${f(published.epitome.robertaRedditMacroF1[name])}            | ${f(published.epitome.naiveBayesMacroF1[name])}`)
  }
  console.log(`GoEmotions test, Ekman 6 + neutral macro-F1 ${f(results.goemotions.ekman.macroF1)} (BERT reproduction ${published.goemotions.bertEkmanMacroF1})`)
  const annomi = results.annomi
  console.log(`AnnoMI test therapist utterances: question F1 ${f(annomi.question.f1)} (naive Bayes ${published.annomi.naiveBayesTherapist.questionF1}); reflection model F1 ${f(annomi.reflection.f1)}, the interpretation model as a reflection detector ${f(annomi.reflectionAsInterpretation.f1)} (naive Bayes ${published.annomi.naiveBayesTherapist.reflectionF1}); client sustain talk (hesitation) F1 ${f(annomi.hesitation.f1)}`)
} else {
  publicResults = { skipped: `no data at ${directory}; pass the folder of the public data sets or set RAPPORT_DATA` }
  console.log(`public benchmarks skipped: ${publicResults.skipped}`)
}

const out = fileURLToPath(new URL('./results.json', import.meta.url))
writeFileSync(out, `${JSON.stringify({ engine: engineVersion, gold: { test: strip(test), dev: strip(dev) }, public: publicResults }, null, 2)}\n`)
console.log(`\nwritten to eval/results.json`)
