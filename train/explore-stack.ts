// Combination experiments on the dumps of train/explore-dump.ts (train+dev only, test untouched).
// Nested: for each outer fold, the combination is fitted/tuned on the inner out-of-fold predictions
// of the other four folds and applied to the outer fold's predictions (models fit on those four).
//   npx tsx train/explore-stack.ts [--configs=base[,OTHER...]] [--methods=current,stack6,stackPlus,...] [--dir=/tmp/rapport-ex]
// (needs the dumps of train/explore-dump.ts for each config; base.p1 and base.p2 are --partition=1, 2)
import { readFileSync } from 'node:fs'
import { classReport } from '../eval/public/metrics.js'
import { dataDirectory, loadEpitome, mechanisms } from './data.js'
import { sentencesOf } from './sentences.js'
import { combine } from './sentences.js'
import { applyStacker, fitStacker, logOf } from './stack.js'
import { decide, tuneOffsets } from './tune.js'

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const dir = arg('dir') ?? '/tmp/rapport-ex'
const configs = (arg('configs') ?? 'base').split(',')
interface Dump { gold: number[]; outer: number[]; doc: { oof: number[][]; inner: (number[] | null)[][] }; sent: { oof: number[][]; inner: (number[] | null)[][] } }
const dumps = Object.fromEntries(configs.map((c) => [c, Object.fromEntries(mechanisms.map((m) => [m, JSON.parse(readFileSync(`${dir}/${c}-${m}.json`, 'utf8')) as Dump]))]))
const first = dumps[configs[0]!]![mechanisms[0]]!
const n = first.gold.length
const outer = first.outer

/** Per row, the base predictions as [config][mechanism][doc|sent] level probabilities, for one view (oof or inner o). */
type View = (i: number, c: string, m: string, unit: 'doc' | 'sent') => number[]
const oofView: View = (i, c, m, unit) => dumps[c]![m]![unit].oof[i]!
const innerView = (o: number): View => (i, c, m, unit) => dumps[c]![m]![unit].inner[o]![i]!

/** A method: fitted on rows `fit` of a view with their gold, returns a decision function over rows of another view. */
type Method = (mechanism: string, view: View, fit: number[], gold: number[]) => (view: View, i: number) => number

const tunedOn = (score: (view: View, i: number) => number[], view: View, fit: number[], gold: number[]): ((view: View, i: number) => number) => {
  const t = tuneOffsets(fit.map((i) => score(view, i)), fit.map((i) => gold[i]!), 3)
  return (v, i) => decide(score(v, i), t.offsets)
}

const current = (c: string): Method => (m, view, fit, gold) => {
  let best = { f: -1, rule: (_v: View, _i: number) => 0 }
  for (const beta of [1, 1.5, 2]) {
    const score = (v: View, i: number): number[] => combine(v(i, c, m, 'doc'), v(i, c, m, 'sent'), beta)
    const t = tuneOffsets(fit.map((i) => score(view, i)), fit.map((i) => gold[i]!), 3)
    if (t.macroF1 > best.f + 1e-9) best = { f: t.macroF1, rule: (v, i) => decide(score(v, i), t.offsets) }
  }
  return best.rule
}

/** Mean of the combined scores of several configs (an ensemble of base models), beta and offsets tuned. */
const averaged = (cs: string[]): Method => (m, view, fit, gold) => {
  let best = { f: -1, rule: (_v: View, _i: number) => 0 }
  for (const beta of [1, 1.5, 2]) {
    const score = (v: View, i: number): number[] => {
      const s = [0, 0, 0]
      for (const c of cs) combine(v(i, c, m, 'doc'), v(i, c, m, 'sent'), beta).forEach((p, l) => (s[l] = s[l]! + Math.log(Math.max(p, 1e-9)) / cs.length))
      const e = s.map(Math.exp)
      const z = e.reduce((a, b) => a + b, 0)
      return e.map((p) => p / z)
    }
    const t = tuneOffsets(fit.map((i) => score(view, i)), fit.map((i) => gold[i]!), 3)
    if (t.macroF1 > best.f + 1e-9) best = { f: t.macroF1, rule: (v, i) => decide(score(v, i), t.offsets) }
  }
  return best.rule
}

const stacked = (features: (v: View, i: number, m: string) => number[], opts: { l2?: number; power?: number; tune?: boolean } = {}): Method => (m, view, fit, gold) => {
  const s = fitStacker(fit.map((i) => features(view, i, m)), fit.map((i) => gold[i]!), 3, opts)
  const score = (v: View, i: number): number[] => applyStacker(s, features(v, i, m))
  if (opts.tune === false) return (v, i) => decide(score(v, i), [0, 0, 0])
  return tunedOn(score, view, fit, gold)
}
const own = (c: string) => (v: View, i: number, m: string): number[] => [...v(i, c, m, 'doc').map(logOf), ...v(i, c, m, 'sent').map(logOf)]
const all = (c: string) => (v: View, i: number): number[] => mechanisms.flatMap((m) => [...v(i, c, m, 'doc').map(logOf), ...v(i, c, m, 'sent').map(logOf)])
const ownPlus = (c: string) => (v: View, i: number, m: string): number[] => [...own(c)(v, i, m), ...mechanisms.filter((x) => x !== m).flatMap((x) => [logOf(1 - v(i, c, x, 'doc')[0]!), logOf(1 - v(i, c, x, 'sent')[0]!), logOf(v(i, c, x, 'doc')[2]!), logOf(v(i, c, x, 'sent')[2]!)])]
const c0 = configs[0]!
// Plain counts of the reply: log(1 + sentences), log(1 + question sentences), log(1 + words).
const meta = loadEpitome(dataDirectory()).filter((r) => r.split !== 'test').map((r) => {
  const ss = sentencesOf(r.response)
  return [Math.log1p(ss.length), Math.log1p(ss.filter((x) => x.includes('?')).length), Math.log1p(r.response.split(/\s+/).length)]
})
/** Two cuts on a score (expected level) that maximise macro-F1 over the three levels. */
function ordinal(x: number[], gold: number[]): [number, number] {
  const sorted = [...new Set(x.map((v) => Math.round(v * 200) / 200))].sort((a, b) => a - b)
  let best = { f: -1, t: [0.5, 1.5] as [number, number] }
  for (let a = 0; a < sorted.length; a++) for (let b = a; b < sorted.length; b++) {
    const t: [number, number] = [sorted[a]!, sorted[b]!]
    const f = classReport(gold, x.map((v) => (v >= t[1] ? 2 : v >= t[0] ? 1 : 0)), ['0', '1', '2']).macroF1
    if (f > best.f + 1e-9) best = { f, t }
  }
  return best.t
}
const methods: Record<string, Method> = {
  current: current(c0),
  stack6: stacked(own(c0)),
  stack6raw: stacked(own(c0), { tune: false }),
  stack6l2: stacked(own(c0), { l2: 1e-1 }),
  stack18: stacked(all(c0)),
  stackPlus: stacked(ownPlus(c0)),
  ...Object.fromEntries(configs.slice(1).map((c) => [`current:${c}`, current(c)])),
  ...(configs.length > 1 ? { average: averaged(configs) } : {}),
  ...Object.fromEntries(configs.slice(1).map((c) => [`average:${c0}+${c}`, averaged([c0, c])])),
  stackPlusL2lo: stacked(ownPlus(c0), { l2: 1e-3 }),
  stackPlusP1: stacked(ownPlus(c0), { power: 1 }),
  stackPlusP0: stacked(ownPlus(c0), { power: 0 }),
  stackPlusOrd: (m, view, fit, gold) => {
    const s = fitStacker(fit.map((i) => ownPlus(c0)(view, i, m)), fit.map((i) => gold[i]!), 3)
    const e = (v: View, i: number): number => { const p = applyStacker(s, ownPlus(c0)(v, i, m)); return p[1]! + 2 * p[2]! }
    const t = ordinal(fit.map((i) => e(view, i)), fit.map((i) => gold[i]!))
    return (v, i) => { const x = e(v, i); return x >= t[1] ? 2 : x >= t[0] ? 1 : 0 }
  },
  stackPlusMeta: stacked((v, i, m) => [...ownPlus(c0)(v, i, m), ...meta[i]!]),
  stackPlusAll: stacked((v, i, m) => configs.flatMap((c) => ownPlus(c)(v, i, m))),
  stack6All: stacked((v, i, m) => configs.flatMap((c) => own(c)(v, i, m))),
}
const chosen = (arg('methods') ?? Object.keys(methods).join(',')).split(',')
for (const name of chosen) {
  const method = methods[name]!
  const cells: string[] = []
  for (const m of mechanisms) {
    const gold = dumps[c0]![m]!.gold
    const predicted = new Array<number>(n)
    for (let o = 0; o < 5; o++) {
      const fit = gold.map((_, i) => i).filter((i) => outer[i] !== o)
      const rule = method(m, innerView(o), fit, gold)
      for (let i = 0; i < n; i++) if (outer[i] === o) predicted[i] = rule(oofView, i)
    }
    const nested = classReport(gold, predicted, ['0', '1', '2'])
    const everything = gold.map((_, i) => i)
    const rule = method(m, oofView, everything, gold)
    const cv = classReport(gold, everything.map((i) => rule(oofView, i)), ['0', '1', '2'])
    cells.push(`${m.slice(0, 5)} nested ${nested.macroF1.toFixed(3)} (${nested.perClass.map((c) => c.f1.toFixed(2)).join('/')}) cv ${cv.macroF1.toFixed(3)}`)
  }
  console.log(name.padEnd(14), cells.join(' | '))
}
