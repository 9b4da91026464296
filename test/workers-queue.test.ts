// Distributed workers against the machine's PostgreSQL, in a database of their own: a worker killed
// with SIGKILL mid-batch loses nothing and duplicates nothing, a poison file ends as a failed job with
// its error, and (opt-in, RAPPORT_TEST_PG_RESTART=1, since it stops the shared server for a moment)
// the server answers 503 while the database is down and the workers carry on once it is back.
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import pg from 'pg'
import { admin, base, databaseUrlOf, dropDatabase, freshDatabase, unreachable } from './postgres.js'
import type PgBoss from 'pg-boss'
import { createApp } from '../src/server/app.js'
import { openStore, type Store } from '../src/storage/index.js'
import { enqueue, openQueue, queueName } from '../src/workers/queue.js'

const database = `rapport_workers_${process.pid}`
const databaseUrl = databaseUrlOf(database)
const restartAllowed = process.env.RAPPORT_TEST_PG_RESTART === '1'
// Short timings so a dead worker's job is handed on within seconds.
const settings = { retryLimit: 2, retryDelay: 1, expireInSeconds: 3, maintenanceIntervalSeconds: 1 }
const workerArgs = ['--poll-seconds', '0.5', '--maintenance-seconds', '1', '--expire-seconds', '3', '--retry-delay', '1', '--retry-limit', '2']
if (unreachable) process.stderr.write(`NOTICE: distributed worker tests skipped: PostgreSQL at ${base} is unreachable (${unreachable}); set RAPPORT_TEST_DATABASE_URL\n`)

/** A `rapport worker` process; `lines` collects what it says. */
function startWorker(): { child: ChildProcess; lines: string[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', ...workerArgs], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const lines: string[] = []
  let rest = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n')
    rest = parts.pop()!
    lines.push(...parts)
  })
  return { child, lines }
}

async function until(what: string, check: () => Promise<boolean> | boolean, seconds = 90): Promise<void> {
  const end = Date.now() + seconds * 1000
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** A distinct call per index: the same example with its own closing line, so each has its own content hash. */
function writeCalls(folder: string, from: number, count: number): string[] {
  const example = readFileSync('examples/renewal-stall.txt', 'utf8')
  return Array.from({ length: count }, (_, i) => {
    const file = join(folder, `call-${from + i}.txt`)
    writeFileSync(file, `${example.trimEnd()}\nJordan Blake: Reference ${from + i}, thanks.\n`)
    return file
  })
}

describe('distributed workers on PostgreSQL', { skip: unreachable ? `PostgreSQL unreachable: ${unreachable}` : false }, () => {
  let store: Store
  let boss: PgBoss
  let db: pg.Client
  const workers: { child: ChildProcess; lines: string[] }[] = []
  const folder = mkdtempSync(join(tmpdir(), 'rapport-queue-'))
  const states = async () => {
    const rows = (await db.query<{ state: string; count: string }>('select state, count(*) from pgboss.job where name = $1 group by state', [queueName])).rows
    return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)])) as Record<string, number>
  }
  const counts = async () => {
    const row = (await db.query<{ conversations: string; hashes: string; analyses: string }>(
      'select (select count(*) from conversations) as conversations, (select count(distinct content_hash) from conversations) as hashes, (select count(*) from analyses) as analyses'
    )).rows[0]!
    return { conversations: Number(row.conversations), hashes: Number(row.hashes), analyses: Number(row.analyses) }
  }
  const settled = async (jobs: number) => {
    const now = await states()
    return (now.completed ?? 0) + (now.failed ?? 0) === jobs
  }

  before(async () => {
    await freshDatabase(database)
    store = await openStore({ databaseUrl })
    boss = await openQueue(databaseUrl, settings)
    db = new pg.Client({ connectionString: databaseUrl })
    db.on('error', () => undefined)
    await db.connect()
  })

  after(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL')
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined)
    await store?.close().catch(() => undefined)
    await db?.end().catch(() => undefined)
    await dropDatabase(database)
  })

  it('loses and duplicates nothing when a worker is killed with SIGKILL mid-batch; a poison file ends failed with its error', async () => {
    const calls = writeCalls(folder, 0, 40)
    for (const file of calls) assert.ok(await enqueue(boss, file, readFileSync(file), { organisation: 'acme' }))
    // The same content again is one job, not two.
    assert.equal(await enqueue(boss, calls[0]!, readFileSync(calls[0]!), { organisation: 'acme' }), null)
    assert.ok(await enqueue(boss, 'poison.vtt', readFileSync('test/fixtures/mixed/bad.vtt'), { organisation: 'acme' }))

    const doomed = startWorker()
    const survivor = startWorker()
    workers.push(doomed, survivor)
    await until('the first worker to store three conversations', () => doomed.lines.filter((line) => line.includes(': conversation ')).length >= 3)
    doomed.child.kill('SIGKILL')
    const left = await states()
    assert.ok((left.created ?? 0) + (left.active ?? 0) + (left.retry ?? 0) > 0, 'the kill came after the batch was done; nothing was tested')

    await until('every job to complete or fail', () => settled(41))
    const final = await states()
    assert.deepEqual(final, { completed: 40, failed: 1 }, JSON.stringify(final))
    assert.deepEqual(await counts(), { conversations: 40, hashes: 40, analyses: 40 })
    const poison = await db.query<{ output: { message: string }; retry_count: number }>("select output, retry_count from pgboss.job where name = $1 and state = 'failed'", [queueName])
    assert.match(poison.rows[0]!.output.message, /^rapport: poison\.vtt:8: cue timing .* is not WebVTT/)
    assert.equal(poison.rows[0]!.retry_count, settings.retryLimit)
  })

  it('stores a job again only once, whatever the retries: conversations by content hash, analyses by engine version', async () => {
    const [file] = writeCalls(folder, 100, 1)
    const job = { source: file!, content: readFileSync(file!).toString('base64'), reps: [], organisation: 'acme' }
    const { processJob } = await import('../src/workers/queue.js')
    const first = await processJob(store, job)
    const again = await processJob(store, job)
    assert.equal(again.conversations[0]!.id, first.conversations[0]!.id)
    assert.equal(again.conversations[0]!.created, false)
    assert.equal((await counts()).conversations, 41)
  })

  it('answers 503 while the database is down and the workers carry on once it is back', { skip: restartAllowed ? false : 'stops the shared PostgreSQL for a moment; set RAPPORT_TEST_PG_RESTART=1 to run it' }, async () => {
    const calls = writeCalls(folder, 200, 20)
    for (const file of calls) await enqueue(boss, file, readFileSync(file), { organisation: 'acme' })
    const app = createApp({ store })
    const cluster = readdirSync('/etc/postgresql')[0]!
    const ctl = (action: string) => spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { encoding: 'utf8' })
    const stopped = ctl('stop')
    assert.equal(stopped.status, 0, stopped.stderr)
    let response: Response
    let waited: number
    try {
      const asked = Date.now()
      response = await app.request('/api/conversations', { headers: { authorization: 'Bearer rk_test_whatever' } })
      waited = Date.now() - asked
    } finally {
      const started = ctl('start')
      assert.equal(started.status, 0, started.stderr)
    }
    assert.ok(waited < 5000, `the server took ${waited} ms instead of answering at once`)
    assert.equal(response.status, 503)
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /database is unavailable/)

    await until('the database to accept connections', () => admin(async () => true).catch(() => false), 30)
    await db.end().catch(() => undefined)
    db = new pg.Client({ connectionString: databaseUrl })
    db.on('error', () => undefined)
    await db.connect()
    await until('the queued jobs to complete after the outage', () => settled(61))
    assert.deepEqual(await states(), { completed: 60, failed: 1 })
    assert.deepEqual(await counts(), { conversations: 61, hashes: 61, analyses: 61 })
  })
})
