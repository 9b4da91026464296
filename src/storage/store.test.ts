import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import pg from 'pg'
import type { Db } from './db.js'
import { migrate } from './migrate.js'
import { openPglite } from './pglite.js'
import { openPostgres } from './postgres.js'
import { sampleConversation } from './sample.js'
import { SqlStore, StoreError, sha256 } from './sql.js'
import type { Principal } from './store.js'

const databaseUrl = process.env.RAPPORT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return null
  } catch (error) {
    return (error as Error).message
  }
}

const backends: { name: string; open: () => Promise<{ db: Db; cleanup: () => Promise<void> }>; fresh: boolean; skip?: string }[] = [
  {
    name: 'PGlite',
    // From the migrated snapshot (made by running the migrations on a fresh PGlite), so `migrate` finds nothing to do.
    fresh: false,
    open: async () => {
      const db = await openPglite(undefined, { snapshot: true })
      return { db, cleanup: () => db.close() }
    },
  },
  {
    name: 'PostgreSQL',
    fresh: true,
    open: async () => {
      const schema = `rapport_test_${process.pid}_${Date.now().toString(36)}`
      const db = await openPostgres(databaseUrl, { schema })
      return {
        db,
        cleanup: async () => {
          await db.exec(`drop schema ${schema} cascade`)
          await db.close()
        },
      }
    },
  },
]

const unreachable = await postgresReachable()
if (unreachable) {
  backends[1]!.skip = `PostgreSQL at ${databaseUrl} is unreachable (${unreachable}); set RAPPORT_TEST_DATABASE_URL`
  process.stderr.write(`NOTICE: store contract tests on PostgreSQL skipped: ${backends[1]!.skip}\n`)
}

for (const backend of backends) {
  describe(`Store contract on ${backend.name}`, { skip: backend.skip ?? false }, () => {
    let db: Db
    let store: SqlStore
    let cleanup: () => Promise<void>
    let org: number
    const ids: Record<string, number> = {}

    before(async () => {
      ;({ db, cleanup } = await backend.open())
      assert.deepEqual(await migrate(db), backend.fresh ? [1] : [])
      assert.deepEqual(await db.query('select version from schema_migrations'), [{ version: 1 }])
      store = new SqlStore(db)
      org = await store.ensureOrganisation('acme')
      const sales = await store.createTeam(org, 'Sales')
      const support = await store.createTeam(org, 'Support')
      ids.sales = sales.id
      ids.support = support.id
      ids.dana = (await store.createPerson(org, { name: 'Dana', teamId: sales.id, identities: ['dana@acme.com'] })).id
      ids.lee = (await store.createPerson(org, { name: 'Lee', teamId: support.id })).id
      ids.mia = (await store.createPerson(org, { name: 'Mia' })).id
      await store.updateTeam(org, sales.id, { managerIds: [ids.mia] })
    })
    after(() => cleanup?.())

    test('migrations run once', async () => {
      assert.deepEqual(await migrate(db), [])
    })

    test('people carry lower-case identities and one identity names one person', async () => {
      const dana = await store.getPerson(org, ids.dana!)
      assert.deepEqual(dana?.identities, ['dana', 'dana@acme.com'])
      await assert.rejects(store.createPerson(org, { name: 'Other', identities: ['DANA@acme.com'] }), StoreError)
      assert.equal(await store.findPersonByName(org, 'Other'), null, 'a failed create stores nothing')
      const team = await store.getTeam(org, ids.sales!)
      assert.deepEqual(team?.managerIds, [ids.mia])
      assert.deepEqual(team?.memberIds, [ids.dana])
    })

    test('keys are stored as sha256 hashes and can be revoked', async () => {
      const { token, key } = await store.createKey(org, { role: 'rep', personId: ids.dana!, label: 'laptop' })
      const rows = await db.query<{ hash: string }>('select hash from api_keys where id = $1', [key.id])
      assert.equal(rows[0]?.hash, sha256(token))
      assert.ok(!JSON.stringify(await store.listKeys(org)).includes(token))
      assert.deepEqual(await store.authenticate(token), { keyId: key.id, orgId: org, role: 'rep', personId: ids.dana })
      assert.equal(await store.authenticate(token + 'x'), null)
      const session = await store.createSession(key.id, 60)
      assert.equal((await store.session(session.token))?.csrf, session.csrf)
      assert.equal(await store.revokeKey(org, key.id), true)
      assert.equal(await store.authenticate(token), null)
      assert.equal(await store.session(session.token), null, 'revoking a key ends its sessions')
    })

    test('a conversation is found by its content hash, and a failed transaction stores nothing', async () => {
      const { conversation, analysis } = sampleConversation([{ speaker: 'Dana', role: 'team', text: 'Hello there' }], { source: 'tx.txt' })
      await assert.rejects(
        store.transaction(async (tx) => {
          const id = await tx.saveConversation(org, conversation)
          await tx.saveAnalysis(id, analysis)
          throw new Error('disk full')
        }),
        /disk full/
      )
      assert.equal(await store.findByHash(org, conversation.hash), null)
      const id = await store.saveConversation(org, conversation)
      assert.deepEqual(await store.findByHash(org, conversation.hash), { id })
      await assert.rejects(store.saveConversation(org, conversation), 'the same content twice is refused by the schema')
    })

    test('re-analysis with a new engine keeps the history; the same engine is idempotent', async () => {
      const { conversation, analysis } = sampleConversation([{ speaker: 'Dana', role: 'team', text: 'History' }], { source: 'history.txt' })
      const id = await store.saveConversation(org, conversation)
      const first = await store.saveAnalysis(id, { ...analysis, engine: '0.0.1' })
      assert.equal(first.created, true)
      assert.deepEqual(await store.saveAnalysis(id, { ...analysis, engine: '0.0.1' }), { id: first.id, created: false })
      const second = await store.saveAnalysis(id, { ...analysis, engine: '0.0.2' })
      assert.deepEqual((await store.listAnalyses(id)).map((a) => a.engineVersion), ['0.0.2', '0.0.1'])
      assert.equal((await store.latestAnalysis(id))?.id, second.id)
      assert.equal((await store.getAnalysis(org, first.id))?.analysis.engine, '0.0.1')
      assert.equal(await store.getAnalysis(org + 1000, first.id), null, 'another organisation cannot read it')
    })

    test('roles scope conversations: rep own, manager their teams, admin all', async () => {
      const make = (speaker: string, personId: number, source: string, channel: 'call' | 'chat', day: number, labels: ('emotion' | 'missed-cue')[]) => {
        const sample = sampleConversation(
          [
            { speaker: 'Customer', role: 'customer', text: `I am worried about the ${source} invoice`, labels: labels.includes('emotion') ? ['emotion'] : [] },
            { speaker, role: 'team', text: 'Let us look at the agenda', labels: labels.includes('missed-cue') ? ['missed-cue'] : [] },
          ],
          {
            source,
            channel,
            occurredAt: new Date(Date.UTC(2026, 2, day)),
            people: [{ personId, speaker }],
            findings: labels.includes('missed-cue') ? [{ rule: 'missed-cue', utterance: 1, cue: 0, severity: 'warning', message: 'missed', suggestion: 'acknowledge it' }] : [],
          }
        )
        return store.transaction(async (tx) => {
          const id = await tx.saveConversation(org, sample.conversation)
          await tx.saveAnalysis(id, sample.analysis)
          return id
        })
      }
      const danaCall = await make('Dana', ids.dana!, 'dana-call.vtt', 'call', 3, ['emotion', 'missed-cue'])
      const leeChat = await make('Lee', ids.lee!, 'lee-chat.csv', 'chat', 5, [])
      const rep: Principal = { keyId: 0, orgId: org, role: 'rep', personId: ids.dana! }
      const manager: Principal = { keyId: 0, orgId: org, role: 'manager', personId: ids.mia! }
      const admin: Principal = { keyId: 0, orgId: org, role: 'admin', personId: null }
      const sources = async (who: Principal, filter = {}) => (await store.listConversations(who, filter)).items.map((item) => item.source).filter((s) => s.includes('-'))
      assert.deepEqual(await sources(rep), ['dana-call.vtt'])
      assert.deepEqual(await sources(manager), ['dana-call.vtt'])
      assert.deepEqual(await sources(admin), ['lee-chat.csv', 'dana-call.vtt'])
      assert.equal(await store.access(rep, leeChat), 'forbidden')
      assert.equal(await store.access(rep, danaCall), 'allowed')
      assert.equal(await store.access(manager, leeChat), 'forbidden')
      assert.equal(await store.access(admin, 999999), 'missing')
      assert.equal(await store.access({ ...admin, orgId: org + 1000 }, danaCall), 'missing')
      assert.deepEqual(await store.visiblePeople(manager), [ids.dana, ids.mia].sort((a, b) => a! - b!))

      assert.deepEqual(await sources(admin, { channel: 'chat' }), ['lee-chat.csv'])
      assert.deepEqual(await sources(admin, { label: 'missed-cue' }), ['dana-call.vtt'])
      assert.deepEqual(await sources(admin, { teamId: ids.support! }), ['lee-chat.csv'])
      assert.deepEqual(await sources(admin, { personId: ids.dana! }), ['dana-call.vtt'])
      assert.deepEqual(await sources(admin, { from: new Date(Date.UTC(2026, 2, 4)), to: new Date(Date.UTC(2026, 2, 6)) }), ['lee-chat.csv'])
      assert.deepEqual(await sources(admin, { text: 'LEE-CHAT' }), ['lee-chat.csv'])
      assert.deepEqual(await sources(admin, { text: '100%' }), [], 'LIKE wildcards in the text are literal')
      const listed = (await store.listConversations(admin, { personId: ids.dana! })).items[0]!
      assert.deepEqual(listed.labels, ['emotion', 'missed-cue'])
      assert.equal(listed.findings, 1)
      assert.deepEqual(listed.people, [{ id: ids.dana, name: 'Dana' }])

      const hits = await store.search(rep, 'worried')
      assert.deepEqual(hits.map((hit) => [hit.source, hit.utterance]), [['dana-call.vtt', 0]])

      const history = await store.personHistory(org, ids.dana!)
      assert.equal(history.length, 1)
      assert.deepEqual(history[0]!.findings.map((f) => [f.rule, f.speaker]), [['missed-cue', 'Dana']])
      assert.deepEqual(await store.personHistory(org, ids.lee!).then((h) => h[0]?.findings), [])
    })
  })
}
