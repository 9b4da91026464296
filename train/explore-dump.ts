// Out-of-fold level probabilities of EPITOME base models over train+dev (test untouched), for the
// combination experiments of train/explore-stack.ts. For each mechanism and unit (reply, pooled
// sentences): `oof`, 5-fold grouped out-of-fold predictions (fold o predicted by a model fit on the
// other four, i.e. on the rows the nested CV tunes on), and `inner[o]`, 4-fold out-of-fold
// predictions inside the rows outside fold o (for nested tuning).
//   npx tsx train/explore-dump.ts --config=NAME [--out=/tmp/rapport-ex]
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { ExtractorOptions } from '../src/core/annotate/model/features.js'
import { dataDirectory, loadEpitome, mechanisms } from './data.js'
import { featurise, predictLevels, trainHierarchical, type Example, type Options } from './learn.js'
import { labelledSentences, poolLevels } from './sentences.js'
import { foldsOf } from './tune.js'

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const chars: ExtractorOptions = { blocks: { uni: 1, bi: 1, tri: 0, stem: 1, question: 1, first: 1, chars: 1 }, charGrams: [4], charMin: 4 }
const base: Options = { kind: 'sigmoid', k: 1, epochs: 5, rate: 0.1, l2: 1e-3, seed: 7 }
interface Config { features: ExtractorOptions; options: Options; power: number; only?: string }
const configs: Record<string, Config> = {
  base: { features: chars, options: base, power: 0.5 },
  l2lo: { features: chars, options: { ...base, l2: 3e-4 }, power: 0.5 },
  l2hi: { features: chars, options: { ...base, l2: 3e-3 }, power: 0.5 },
  words: { features: {}, options: base, power: 0.5 },
  ep10: { features: chars, options: { ...base, epochs: 10, average: true }, power: 0.5 },
}
const name = arg('config') ?? 'base'
const config = configs[name]!
const out = arg('out') ?? '/tmp/rapport-ex'
mkdirSync(out, { recursive: true })
const rows = loadEpitome(dataDirectory()).filter((r) => r.split !== 'test')
// --partition=P (P > 0): outer folds from the seeker post id hashed with a salt (explore-hier.ts's partitions).
const partition = Number(arg('partition') ?? 0)
const outer = partition === 0 ? foldsOf(rows.map((r) => r.spId), 5) : rows.map((r) => parseInt(createHash('sha1').update(`${partition}:${r.spId}`).digest('hex').slice(0, 8), 16) % 5)
const tag = partition === 0 ? name : `${name}.p${partition}`
const docs = rows.map((r) => featurise(r.response, r.seeker, config.features))
const t0 = Date.now()
for (const mechanism of mechanisms) {
  if (config.only && !config.only.includes(mechanism)) continue
  const gold = rows.map((r) => r[mechanism])
  const docExamples: Example[] = docs.map((f, i) => ({ ...f, y: [gold[i]!], weight: 1 }))
  const sentences = rows.map((r) => labelledSentences(r, mechanism).map((s) => ({ ...featurise(s.text, r.seeker, config.features), y: [s.label], weight: 1 })))
  const result = { doc: { oof: [] as number[][], inner: [] as (number[] | null)[][] }, sent: { oof: [] as number[][], inner: [] as (number[] | null)[][] } }
  const run = (fit: number[], predictOn: number[], into: { doc: (number[] | null)[]; sent: (number[] | null)[] }): void => {
    const doc = trainHierarchical(fit.map((i) => docExamples[i]!), config.options, config.power)
    const sentence = trainHierarchical(fit.flatMap((i) => sentences[i]!), config.options, config.power)
    for (const i of predictOn) {
      into.doc[i] = predictLevels(doc, docExamples[i]!)
      into.sent[i] = poolLevels(sentences[i]!.map((s) => predictLevels(sentence, s)))
    }
  }
  const all = rows.map((_, i) => i)
  const oof = { doc: new Array<number[] | null>(rows.length).fill(null), sent: new Array<number[] | null>(rows.length).fill(null) }
  for (let o = 0; o < 5; o++) {
    const inside = all.filter((i) => outer[i] !== o)
    run(inside, all.filter((i) => outer[i] === o), oof)
    const inner = foldsOf(inside.map((i) => rows[i]!.spId), 4)
    const into = { doc: new Array<number[] | null>(rows.length).fill(null), sent: new Array<number[] | null>(rows.length).fill(null) }
    for (let f = 0; f < 4; f++) run(inside.filter((_, j) => inner[j] !== f), inside.filter((_, j) => inner[j] === f), into)
    result.doc.inner.push(into.doc)
    result.sent.inner.push(into.sent)
  }
  result.doc.oof = oof.doc as number[][]
  result.sent.oof = oof.sent as number[][]
  writeFileSync(`${out}/${tag}-${mechanism}.json`, JSON.stringify({ gold, outer, ...result }))
  console.log(tag, mechanism, 'done', ((Date.now() - t0) / 1000).toFixed(0), 's')
}
