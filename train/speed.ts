// Inference speed and load time of the public-data models (src/core/annotate/model/index.ts):
// CPU µs per fresh call over 2,000 EPITOME replies (all three mechanisms, with the seeker post as
// context) and 2,000 GoEmotions comments, best of several rounds; and the time to expand every model.
// `--against=PATH` times another copy of the module (e.g. a checkout of the previous version)
// in the same process, rounds interleaved, so both see the same machine load.
//   npx tsx train/speed.ts [DATA_DIR] [--rounds=N] [--against=PATH/index.ts]
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { dataDirectory, loadEpitome, loadGoEmotions } from './data.js'

type Models = typeof import('../src/core/annotate/model/index.js')
const directory = dataDirectory(process.argv.slice(2).find((a) => !a.startsWith('-')))
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 10)
const against = process.argv.find((a) => a.startsWith('--against='))?.slice(10)
const cpu = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

async function load(name: string, path: string): Promise<{ name: string; model: Models }> {
  const t0 = performance.now()
  const c0 = cpu()
  const model = (await import(path)) as Models
  const importMs = performance.now() - t0
  model.loadAll()
  console.log(`${name}: import ${importMs.toFixed(0)} ms, import + loadAll ${(performance.now() - t0).toFixed(0)} ms wall (${(cpu() - c0).toFixed(0)} ms CPU)`)
  return { name, model }
}

const subjects = [await load('current', '../src/core/annotate/model/index.js')]
if (against) subjects.push(await load('against', pathToFileURL(resolve(against)).href))

const pairs = loadEpitome(directory).filter((r) => r.split === 'train').slice(0, 2000).map((r) => [r.response, r.seeker] as const)
const comments = loadGoEmotions(directory).filter((r) => r.split === 'train').slice(0, 2000).map((r) => r.text)

let sink = 0
// A fresh text each call (the models keep the last one); the mechanisms read a reply once for all three.
const tasks: [string, number, (m: Models) => void][] = [
  ['three mechanisms per reply (probability × 3)', pairs.length, (m) => {
    for (const [text, context] of pairs) sink += m.probability('reaction', text, context) + m.probability('interpretation', text, context) + m.probability('exploration', text, context)
  }],
  ['emotionOf()', comments.length, (m) => {
    for (const text of comments) sink += m.emotionOf(text).p
  }],
  ["probability('emotion')", comments.length, (m) => {
    for (const text of comments) sink += m.probability('emotion', text)
  }],
]
for (const [label, n, run] of tasks) {
  const best = subjects.map(() => Infinity)
  for (let r = 0; r < rounds; r++) {
    subjects.forEach((s, i) => {
      const start = cpu()
      run(s.model)
      best[i] = Math.min(best[i]!, cpu() - start)
    })
  }
  console.log(`${label}: ${subjects.map((s, i) => `${s.name} ${((best[i]! * 1000) / n).toFixed(2)} µs`).join(', ')} (CPU, best of ${rounds})`)
}
if (sink === 42) console.log('')
