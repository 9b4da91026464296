// The team server on the machine's PostgreSQL queues uploads for workers (issue 6): an upload is read
// and checked, answered 202 with job ids, and the server's own worker stores the analysis; a bad file
// is refused with nothing queued.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { databaseUrlOf, dropDatabase, freshDatabase, unreachable } from './postgres.js'
import { startServer } from '../src/server/main.js'
import type { Store } from '../src/storage/index.js'

const database = `rapport_server_queue_${process.pid}`
const databaseUrl = databaseUrlOf(database)

async function until(what: string, check: () => Promise<boolean>, seconds = 60): Promise<void> {
  const end = Date.now() + seconds * 1000
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('server uploads on PostgreSQL go through the queue', { skip: unreachable ? `PostgreSQL unreachable: ${unreachable}` : false }, () => {
  let server: { url: string; store: Store; close: () => Promise<void> }
  let token = ''
  const failures: string[] = []
  const upload = (name: string, bytes: Buffer) => {
    const form = new FormData()
    form.append('files', new Blob([bytes]), name)
    return fetch(new URL('/api/conversations', server.url), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
  }
  const list = async () => {
    const response = await fetch(new URL('/api/conversations', server.url), { headers: { authorization: `Bearer ${token}` } })
    return (await response.json()) as { total: number; items: { id: number; source: string }[] }
  }

  before(async () => {
    await freshDatabase(database)
    server = await startServer({ port: 0, dataDir: '/nonexistent', databaseUrl, workers: 1, log: (line) => failures.push(line) })
    const org = await server.store.ensureOrganisation('default')
    token = (await server.store.createKey(org, { role: 'admin' })).token
  })

  after(async () => {
    await server?.close().catch(() => undefined)
    await dropDatabase(database)
  })

  it('answers 202 with the job, and the server\'s worker stores the conversation with its analysis', async () => {
    const bytes = readFileSync('examples/renewal-stall.txt')
    const response = await upload('renewal-stall.txt', bytes)
    assert.equal(response.status, 202)
    const body = (await response.json()) as { queued: { file: string; job: string | null; conversations: number }[] }
    assert.equal(body.queued.length, 1)
    assert.equal(body.queued[0]!.file, 'renewal-stall.txt')
    assert.equal(body.queued[0]!.conversations, 1)
    assert.ok(body.queued[0]!.job)
    await until('the worker to store the upload', async () => (await list()).total === 1)
    const [item] = (await list()).items
    const detail = (await (await fetch(new URL(`/api/conversations/${item!.id}`, server.url), { headers: { authorization: `Bearer ${token}` } })).json()) as { analysis: { analysis: { findings: unknown[] } } | null }
    assert.ok(detail.analysis, 'the stored conversation has no analysis')
    assert.ok(detail.analysis.analysis.findings.length > 0)
    assert.deepEqual(failures, [])
  })

  it('refuses a file that does not read, naming it, and queues nothing', async () => {
    const before = (await list()).total
    const response = await upload('bad.vtt', readFileSync('test/fixtures/mixed/bad.vtt'))
    assert.equal(response.status, 400)
    const body = (await response.json()) as { error: { file?: string; message: string } }
    assert.equal(body.error.file, 'bad.vtt')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    assert.equal((await list()).total, before)
  })
})
