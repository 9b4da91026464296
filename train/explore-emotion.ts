// GoEmotions exploration: fit on train, Ekman macro-F1 on dev with tuned thresholds. Compares
// direct Ekman heads with heads for the 28 fine labels max-pooled into their Ekman group, and the
// softmax on the default features with the softmax on run.ts's features (no word trigrams, plus
// character 4-grams of words of four letters or more, scaled as their own block).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataDirectory, ekman, loadGoEmotions } from './data.js'
import { featurise, predict, train, type Example } from './learn.js'
import { tuneThreshold } from './tune.js'
import type { ExtractorOptions } from '../src/core/annotate/model/features.js'

const directory = dataDirectory()
const rows = loadGoEmotions(directory)
const names = readFileSync(join(directory, 'goemotions', 'emotions.txt'), 'utf8').trim().split('\n').map((s) => s.trim())
const mapping = JSON.parse(readFileSync(join(directory, 'goemotions', 'ekman_mapping.json'), 'utf8')) as Record<string, string[]>
const groupOf = names.map((n) => (n === 'neutral' ? ekman.indexOf('neutral') : ekman.indexOf(Object.entries(mapping).find(([, m]) => m.includes(n))![0] as never)))
const yOf = (r: (typeof rows)[number]): number[] => ekman.map((e) => (r.ekman.includes(e) ? 1 : 0))
const trainRows = rows.filter((r) => r.split === 'train')
const dev = rows.filter((r) => r.split === 'dev')
const x = trainRows.map((r) => featurise(r.text))
const dx = dev.map((r) => featurise(r.text))
const g = { epochs: 4, rate: 0.15, l2: 0.0003 }
const direct = train(trainRows.map((r, i) => ({ ...x[i]!, y: yOf(r), weight: 1 })), { kind: 'sigmoid', k: ekman.length, seed: 7, ...g })
const fine = train(trainRows.map((r, i) => ({ ...x[i]!, y: names.map((n) => (r.labels.includes(n) ? 1 : 0)), weight: 1 })) as Example[], { kind: 'sigmoid', k: names.length, seed: 7, ...g })
const pd = dx.map((f) => predict(direct, f, 'sigmoid', ekman.length))
const pf = dx.map((f) => {
  const p = predict(fine, f, 'sigmoid', names.length)
  return ekman.map((_, e) => Math.max(...p.filter((_, j) => groupOf[j] === e)))
})
const report = (p: number[][], tag: string): void => {
  const f1 = ekman.map((_, c) => tuneThreshold(p.map((v) => v[c]!), dev.map((r) => yOf(r)[c] === 1)).f1)
  console.log(tag, 'dev Ekman macro-F1', (f1.reduce((a, b) => a + b, 0) / f1.length).toFixed(3), f1.map((v) => v.toFixed(2)).join('/'))
}
report(pd, 'direct')
report(pf, 'fine-max')
report(pd.map((p, i) => p.map((v, c) => (v + pf[i]![c]!) / 2)), 'mean')
// Softmax over the seven groups; a multi-label comment gives one example per label, weight 1/n.
const soft = train(trainRows.flatMap((r, i) => r.ekman.map((e) => ({ ...x[i]!, y: [ekman.indexOf(e)], weight: 1 / r.ekman.length }))), { kind: 'softmax', k: ekman.length, seed: 7, ...g })
const ps = dx.map((f) => predict(soft, f, 'softmax', ekman.length))
report(ps, 'softmax')
report(ps.map((p, i) => p.map((v, c) => (v + pd[i]![c]!) / 2)), 'softmax+direct')
const chars: ExtractorOptions = { blocks: { uni: 1, bi: 1, tri: 0, stem: 1, question: 1, first: 1, chars: 1 }, charGrams: [4], charMin: 4 }
const cx = trainRows.map((r) => featurise(r.text, undefined, chars))
const softChars = train(trainRows.flatMap((r, i) => r.ekman.map((e) => ({ ...cx[i]!, y: [ekman.indexOf(e)], weight: 1 / r.ekman.length }))), { kind: 'softmax', k: ekman.length, seed: 7, ...g })
report(dev.map((r) => predict(softChars, featurise(r.text, undefined, chars), 'softmax', ekman.length)), 'softmax, character 4-grams')
