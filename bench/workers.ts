// npx tsx bench/workers.ts [--conversations N] [--workers 1,2]: throughput of `rapport worker`
// processes on PostgreSQL (DATABASE_URL's server, in a scratch database), from jobs landing on the
// queue to every analysis stored. Workers are started and ready before the jobs arrive, so process
// start-up is not counted.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openStore } from '../src/storage/index.js'
import { jobKey, openQueue, queueName, type AnalysisJob } from '../src/workers/queue.js'
import { loadPool, reps, writeCorpus } from './corpus.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback
}
const conversations = Number(option('conversations', '400'))
const counts = option('workers', '1,2').split(',').map(Number)
const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const database = `rapport_bench_workers_${process.pid}`
const url = new URL(base)
url.pathname = `/${database}`
const databaseUrl = url.toString()

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const handled = new Map<ChildProcess, number>()

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--poll-seconds', '0.5'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let said = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      handled.set(child, (handled.get(child) ?? 0) + (text.match(/: conversation \d+/g)?.length ?? 0))
      said = (said + text).slice(-2000)
      if (said.includes('waiting for jobs')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`a worker exited (${code}) before it was ready: ${said}`)))
  })
}

const folder = mkdtempSync(join(tmpdir(), 'rapport-bench-workers-'))
await admin(`drop database if exists ${database} with (force)`)
await admin(`create database ${database}`)
try {
  const store = await openStore({ databaseUrl })
  const boss = await openQueue(databaseUrl)
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const corpus = writeCorpus(await loadPool(), folder, conversations)
  const utterances = corpus.reduce((sum, item) => sum + item.texts.length, 0)
  console.log(`corpus: ${conversations} conversations, ${utterances} utterances; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`)
  const results: Record<string, number> = {}
  for (const workers of counts) {
    const children = await Promise.all(Array.from({ length: workers }, startWorker))
    // Each run is its own organisation, so the same files are new conversations again.
    const organisation = `bench-${workers}`
    const jobs = corpus.map((item) => {
      const bytes = readFileSync(item.file)
      const data: AnalysisJob = { source: item.file, content: bytes.toString('base64'), reps, organisation }
      return { name: queueName, data, singletonKey: jobKey(bytes, organisation) }
    })
    const from = performance.now()
    await boss.insert(jobs)
    for (;;) {
      const row = (await db.query<{ done: string }>("select count(*) as done from pgboss.job where name = $1 and state = 'completed' and data->>'organisation' = $2", [queueName, organisation])).rows[0]!
      if (Number(row.done) >= conversations) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const seconds = (performance.now() - from) / 1000
    for (const child of children) child.kill('SIGTERM')
    const rate = utterances / seconds
    results[workers] = Math.round(rate)
    console.log(`${workers} worker${workers === 1 ? '' : 's'}: ${conversations} jobs in ${seconds.toFixed(1)} s, ${Math.round(conversations / seconds)} conversations/s, ${Math.round(rate)} utterances/s (load average ${loadavg()[0]!.toFixed(1)}); jobs per worker: ${children.map((child) => handled.get(child) ?? 0).join(', ')}`)
  }
  console.log(JSON.stringify({ conversations, utterances, workerUtterancesPerSecond: results }))
  await boss.stop({ graceful: false, wait: true })
  await store.close()
  await db.end()
} finally {
  rmSync(folder, { recursive: true, force: true })
  await admin(`drop database if exists ${database} with (force)`)
}
