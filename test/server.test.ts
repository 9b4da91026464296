import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { createApp } from '../src/server/app.js'
import { openStore, type Store } from '../src/storage/index.js'
import { sampleConversation } from '../src/storage/sample.js'

// One in-memory PGlite for the whole file: starting one takes seconds.
let store: Store
let app: ReturnType<typeof createApp>
let org: number
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}

const bearer = (who: string) => ({ authorization: `Bearer ${tokens[who]}` })
const example = (name: string) => new File([readFileSync(new URL(`../examples/${name}`, import.meta.url))], name)
async function call(path: string, init: RequestInit & { who?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers)
  if (init.who) headers.set('authorization', `Bearer ${tokens[init.who]}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const response = await app.request(path, { ...init, headers, body: body ?? null })
  const text = await response.text()
  let data: any = text
  try {
    data = JSON.parse(text)
  } catch {}
  return { status: response.status, data, headers: response.headers }
}
const conversation = (source: string, speaker: string, lines: [string, string][]) => ({
  source,
  utterances: lines.map(([who, text]) => ({ speaker: who === 'rep' ? speaker : 'Customer', role: who === 'rep' ? 'team' : 'customer', text })),
})

before(async () => {
  store = await openStore()
  app = createApp({ store })
  org = await store.ensureOrganisation('default')
  const sales = await store.createTeam(org, 'Sales')
  const support = await store.createTeam(org, 'Support')
  ids.sales = sales.id
  ids.support = support.id
  ids.dana = (await store.createPerson(org, { name: 'Dana', teamId: sales.id })).id
  ids.lee = (await store.createPerson(org, { name: 'Lee', teamId: support.id })).id
  ids.mia = (await store.createPerson(org, { name: 'Mia' })).id
  await store.updateTeam(org, sales.id, { managerIds: [ids.mia] })
  tokens.admin = (await store.createKey(org, { role: 'admin' })).token
  tokens.dana = (await store.createKey(org, { role: 'rep', personId: ids.dana })).token
  tokens.lee = (await store.createKey(org, { role: 'rep', personId: ids.lee })).token
  tokens.mia = (await store.createKey(org, { role: 'manager', personId: ids.mia })).token
})
after(() => store?.close())

describe('authentication', () => {
  test('every /api/ operation of /openapi.json refuses a request without credentials, or with a bad key', async () => {
    const { status, data: doc } = await call('/openapi.json')
    assert.equal(status, 200)
    assert.match(doc.openapi, /^3\./)
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => [method.toUpperCase(), path] as const)
    )
    const api = operations.filter(([, path]) => path.startsWith('/api/'))
    assert.ok(api.length >= 20, `only ${api.length} /api/ operations documented`)
    for (const [method, path] of api) {
      const url = path.replace(/\{[^}]+\}/g, '1')
      const body = method === 'GET' ? undefined : '{}'
      assert.equal((await call(url, { method, ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}) })).status, 401, `${method} ${path}`)
      assert.equal((await call(url, { method, headers: { authorization: 'Bearer rk_guess' } })).status, 401, `${method} ${path} with a bad key`)
    }
    const refused = await call('/api/conversations')
    assert.ok(refused.data.error.message.length > 10, 'the 401 says what to do')
  })

  test('security headers: a CSP without external sources, nosniff, no framing', async () => {
    for (const path of ['/', '/api/me']) {
      const { headers } = await call(path)
      const csp = headers.get('content-security-policy') ?? ''
      assert.match(csp, /default-src 'self'/)
      assert.match(csp, /frame-ancestors 'none'/)
      assert.doesNotMatch(csp, /https?:/)
      assert.equal(headers.get('x-content-type-options'), 'nosniff')
    }
  })

  test('login sets an httpOnly SameSite=Strict cookie; state changes with it need the CSRF token', async () => {
    assert.equal((await call('/auth/login', { method: 'POST', json: { key: 'rk_wrong' } })).status, 401)
    assert.equal((await call('/auth/login', { method: 'POST', json: { key: tokens.admin }, headers: { origin: 'https://evil.example' } })).status, 403)
    const login = await call('/auth/login', { method: 'POST', json: { key: tokens.admin } })
    assert.equal(login.status, 200)
    const cookie = login.headers.get('set-cookie') ?? ''
    assert.match(cookie, /HttpOnly/)
    assert.match(cookie, /SameSite=Strict/)
    const session = { cookie: cookie.split(';')[0]! }
    const me = await call('/api/me', { headers: session })
    assert.equal(me.data.role, 'admin')
    assert.equal(me.data.csrf, login.data.csrf)
    const withoutToken = await call('/api/teams', { method: 'POST', headers: session, json: { name: 'Nope' } })
    assert.equal(withoutToken.status, 403)
    assert.match(withoutToken.data.error.message, /CSRF/)
    const withToken = await call('/api/teams', { method: 'POST', headers: { ...session, 'x-csrf-token': me.data.csrf }, json: { name: 'Renewals' } })
    assert.equal(withToken.status, 201)
    assert.equal((await call('/auth/logout', { method: 'POST', headers: { ...session, 'x-csrf-token': me.data.csrf } })).status, 200)
    assert.equal((await call('/api/me', { headers: session })).status, 401, 'the session is gone')
  })

  test('rate limits per key answer 429', async () => {
    const limited = createApp({ store, rateLimit: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await limited.request('/api/me', { headers: bearer('lee') })).status)
    assert.deepEqual(statuses, [200, 200, 429])
    assert.equal((await limited.request('/api/me', { headers: bearer('dana') })).status, 200, 'another key has its own budget')
  })
})

describe('rapport keys through a running server', () => {
  test('/internal/keys needs the secret of DATA/server.json, then creates, lists and revokes keys', async () => {
    const local = createApp({ store, localSecret: 'local-secret-for-tests' })
    const post = (body: unknown, secret?: string) =>
      local.request('/internal/keys', { method: 'POST', headers: { 'content-type': 'application/json', ...(secret ? { 'x-rapport-local': secret } : {}) }, body: JSON.stringify(body) })
    assert.equal((await post({ action: 'list' })).status, 401)
    assert.equal((await post({ action: 'list' }, 'wrong-secret-of-same-length!!')).status, 401)
    assert.equal((await app.request('/internal/keys', { method: 'POST', headers: { 'x-rapport-local': 'anything' } })).status, 401, 'without a configured secret it is closed')
    const created = (await (await post({ action: 'create', role: 'rep', person: 'Pat Local' }, 'local-secret-for-tests')).json()) as any
    assert.match(created.token, /^rk_/)
    assert.equal((await app.request('/api/me', { headers: { authorization: `Bearer ${created.token}` } })).status, 200)
    const listed = (await (await post({ action: 'list' }, 'local-secret-for-tests')).json()) as any
    assert.equal(listed.keys.find((key: any) => key.id === created.key.id).person, 'Pat Local')
    assert.equal((await post({ action: 'revoke', id: created.key.id }, 'local-secret-for-tests')).status, 200)
    assert.equal((await post({ action: 'revoke', id: created.key.id }, 'local-secret-for-tests')).status, 400)
    assert.equal((await post({ action: 'create', role: 'manager' }, 'local-secret-for-tests')).status, 400, 'a manager key needs a person')
  })
})

describe('uploads', () => {
  test('multipart files in several formats are read, analysed and stored; re-uploading is idempotent', async () => {
    const form = new FormData()
    form.append('files', example('renewal-stall.txt'))
    form.append('files', example('support-escalation.srt'))
    form.append('rep', 'Jordan Blake,Sam Carter')
    const first = await call('/api/conversations', { method: 'POST', who: 'admin', body: form })
    assert.equal(first.status, 201, JSON.stringify(first.data))
    assert.deepEqual(first.data.conversations.map((c: any) => [c.source, c.duplicate]), [['renewal-stall.txt', false], ['support-escalation.srt', false]])
    const again = new FormData()
    again.append('files', example('renewal-stall.txt'))
    again.append('rep', 'Jordan Blake')
    const second = await call('/api/conversations', { method: 'POST', who: 'admin', body: again })
    assert.equal(second.data.conversations[0].id, first.data.conversations[0].id)
    assert.equal(second.data.conversations[0].duplicate, true)
    const stored = await call(`/api/conversations/${first.data.conversations[0].id}`, { who: 'admin' })
    assert.equal(stored.data.analysis.analysis.schema, 'rapport.analysis/v1')
    assert.equal(stored.data.history.length, 1)
  })

  test('an upload with one bad file stores nothing and names the file', async () => {
    const before = (await call('/api/conversations', { who: 'admin' })).data.total
    const form = new FormData()
    form.append('files', example('personal-news.json'))
    form.append('files', new File(['{"utterances": '], 'broken.json'))
    const response = await call('/api/conversations', { method: 'POST', who: 'admin', body: form })
    assert.equal(response.status, 400)
    assert.equal(response.data.error.file, 'broken.json')
    assert.ok(response.data.error.message)
    assert.equal((await call('/api/conversations', { who: 'admin' })).data.total, before)
  })

  test('uploads over the size limit answer 413', async () => {
    const small = createApp({ store, maxUploadBytes: 1000 })
    const form = new FormData()
    form.append('files', new File(['Dana: hello\n'.repeat(200)], 'big.txt'))
    const response = await small.request('/api/conversations', { method: 'POST', headers: bearer('admin'), body: form })
    assert.equal(response.status, 413)
    assert.ok(((await response.json()) as any).error.message)
  })

  test('bad query parameters answer 400 in the one error shape', async () => {
    const response = await call('/api/conversations?from=yesterday-ish', { who: 'admin' })
    assert.equal(response.status, 400)
    assert.deepEqual(Object.keys(response.data), ['error'])
    assert.equal((await call('/api/nothing-here', { who: 'admin' })).data.error.message, 'no route GET /api/nothing-here')
  })
})

describe('role scoping', () => {
  const uploaded: Record<string, number> = {}
  before(async () => {
    for (const [who, speaker] of [['dana', 'Dana'], ['lee', 'Lee']] as const) {
      const response = await call('/api/conversations', {
        method: 'POST',
        who,
        json: {
          conversations: [
            conversation(`${who}-call.json`, speaker, [
              ['customer', `This is ${speaker}'s customer. I'm really stressed about the outage.`],
              ['rep', 'Sorry to hear that. Let me look at your account.'],
            ]),
          ],
        },
      })
      assert.equal(response.status, 201, JSON.stringify(response.data))
      uploaded[who] = response.data.conversations[0].id
    }
  })

  test("a rep cannot read a colleague's conversation by guessing its id (403), nor an analysis of it", async () => {
    assert.equal((await call(`/api/conversations/${uploaded.dana}`, { who: 'dana' })).status, 200)
    const guess = await call(`/api/conversations/${uploaded.lee}`, { who: 'dana' })
    assert.equal(guess.status, 403)
    assert.doesNotMatch(JSON.stringify(guess.data), /stressed/)
    const analysisId = (await call(`/api/conversations/${uploaded.lee}`, { who: 'lee' })).data.analysis.id
    assert.equal((await call(`/api/analyses/${analysisId}`, { who: 'dana' })).status, 403)
    assert.equal((await call('/api/conversations/987654', { who: 'dana' })).status, 404)
  })

  test('lists and search are scoped: rep own, manager their team, admin all', async () => {
    const sources = async (who: string, query = '') => (await call(`/api/conversations${query}`, { who })).data.items.map((item: any) => item.source).filter((s: string) => s.endsWith('-call.json'))
    assert.deepEqual(await sources('dana'), ['dana-call.json'])
    assert.equal((await call(`/api/conversations?person=${ids.lee}`, { who: 'dana' })).status, 403)
    assert.equal((await call(`/api/conversations?team=${ids.support}`, { who: 'mia' })).status, 403)
    assert.deepEqual(await sources('mia', `?team=${ids.sales}`), ['dana-call.json'])
    assert.deepEqual(await sources('mia'), ['dana-call.json'])
    assert.deepEqual((await sources('admin')).sort(), ['dana-call.json', 'lee-call.json'])
    const hits = (await call('/api/search?q=stressed', { who: 'dana' })).data.hits
    assert.deepEqual(hits.map((hit: any) => hit.source), ['dana-call.json'])
  })

  test('people, profiles, dashboards and admin operations respect roles', async () => {
    assert.deepEqual((await call('/api/people', { who: 'dana' })).data.people.map((p: any) => p.name), ['Dana'])
    assert.deepEqual((await call('/api/people', { who: 'mia' })).data.people.map((p: any) => p.name), ['Dana', 'Mia'])
    assert.equal((await call(`/api/people/${ids.lee}/profile`, { who: 'dana' })).status, 403)
    assert.equal((await call(`/api/people/${ids.lee}/coaching`, { who: 'mia' })).status, 403)
    assert.equal((await call(`/api/people/${ids.dana}/profile`, { who: 'mia' })).status, 200)
    assert.equal((await call(`/api/teams/${ids.sales}/dashboard`, { who: 'mia' })).status, 200)
    assert.equal((await call(`/api/teams/${ids.support}/dashboard`, { who: 'mia' })).status, 403)
    assert.equal((await call(`/api/teams/${ids.sales}/dashboard`, { who: 'dana' })).status, 403)
    assert.equal((await call('/api/people', { method: 'POST', who: 'mia', json: { name: 'Eve' } })).status, 403)
    assert.equal((await call('/api/keys', { who: 'dana' })).status, 403)
    assert.equal((await call(`/api/conversations/${uploaded.dana}/reanalyze`, { method: 'POST', who: 'dana' })).status, 403)
  })

  test('admins manage people, teams and keys; a revoked key stops working', async () => {
    const person = await call('/api/people', { method: 'POST', who: 'admin', json: { name: 'Noor', teamId: ids.support, identities: ['noor@acme.example'] } })
    assert.equal(person.status, 201)
    assert.deepEqual(person.data.identities, ['noor', 'noor@acme.example'])
    assert.equal((await call('/api/people', { method: 'POST', who: 'admin', json: { name: 'Noor' } })).status, 409)
    const moved = await call(`/api/people/${person.data.id}`, { method: 'PATCH', who: 'admin', json: { teamId: ids.sales } })
    assert.equal(moved.data.teamId, ids.sales)
    const team = await call(`/api/teams/${ids.support}`, { method: 'PATCH', who: 'admin', json: { managerIds: [ids.mia] } })
    assert.deepEqual(team.data.managerIds, [ids.mia])
    const key = await call('/api/keys', { method: 'POST', who: 'admin', json: { role: 'rep', personId: person.data.id } })
    assert.equal(key.status, 201)
    assert.match(key.data.token, /^rk_/)
    assert.ok(!JSON.stringify((await call('/api/keys', { who: 'admin' })).data).includes(key.data.token), 'tokens are never listed')
    assert.equal((await app.request('/api/me', { headers: { authorization: `Bearer ${key.data.token}` } })).status, 200)
    assert.equal((await call(`/api/keys/${key.data.key.id}`, { method: 'DELETE', who: 'admin' })).status, 200)
    assert.equal((await app.request('/api/me', { headers: { authorization: `Bearer ${key.data.token}` } })).status, 401)
    assert.equal((await call('/api/keys', { method: 'POST', who: 'admin', json: { role: 'rep' } })).status, 400)
    await call(`/api/teams/${ids.support}`, { method: 'PATCH', who: 'admin', json: { managerIds: [] } })
  })

  test('re-analysis with the current engine adds an analysis and keeps the older one', async () => {
    const { conversation, analysis } = sampleConversation(
      [
        { speaker: 'Customer', role: 'customer', text: 'I am fed up with the outages.' },
        { speaker: 'Dana', role: 'team', text: 'Please clear your cache.' },
      ],
      { source: 'old-engine.txt', engine: '0.0.0-old', people: [{ personId: ids.dana!, speaker: 'Dana' }] }
    )
    const id = await store.saveConversation(org, conversation)
    await store.saveAnalysis(id, analysis)
    const response = await call(`/api/conversations/${id}/reanalyze`, { method: 'POST', who: 'mia' })
    assert.equal(response.status, 200)
    assert.equal(response.data.created, true)
    const again = await call(`/api/conversations/${id}/reanalyze`, { method: 'POST', who: 'admin' })
    assert.deepEqual([again.data.created, again.data.analysisId], [false, response.data.analysisId], 'the same engine twice is idempotent')
    const stored = (await call(`/api/conversations/${id}`, { who: 'dana' })).data
    assert.deepEqual(stored.history.map((item: any) => item.engineVersion), [response.data.engineVersion, '0.0.0-old'])
    assert.equal(stored.analysis.id, response.data.analysisId)
  })
})

describe('coaching plans', () => {
  // Stored analyses built by hand, so the plans do not depend on what the detectors find today.
  const weakEmpathy = (i: number, name = 'Ravi') =>
    sampleConversation(
      [
        { speaker: 'Client', role: 'customer', text: `My father is in hospital, week ${i}.`, labels: ['hardship'] },
        { speaker: name, role: 'team', text: `Understood. Do you have a timeline for the rollout, ${i}?`, labels: ['agenda-push'] },
      ],
      {
        source: `${name.toLowerCase()}-${i}.txt`,
        occurredAt: new Date(Date.UTC(2026, 1, i + 1)),
        findings: [{ rule: 'agenda-push', utterance: 1, cue: 0, severity: 'warning', message: 'Pushed the rollout after serious news.', suggestion: 'I am so sorry; take the time you need, and tell me when you want to pick this up.' }],
        skills: { empathy: 30 + i, assertiveness: 75 },
      }
    )
  const weakAssertiveness = (i: number, name = 'Kim') =>
    sampleConversation(
      [
        { speaker: 'Client', role: 'customer', text: `We are happy with what we have, call ${i}.`, labels: ['hesitation'] },
        { speaker: name, role: 'team', text: `Totally get it, no pressure at all, reach out whenever (${i}).`, labels: ['capitulation'] },
      ],
      {
        source: `${name.toLowerCase()}-${i}.txt`,
        occurredAt: new Date(Date.UTC(2026, 1, i + 1)),
        findings: [{ rule: 'capitulation', utterance: 1, cue: 0, severity: 'warning', message: 'Gave in at the first hesitation.', suggestion: 'You mentioned the month-end close takes four days; is that something you want to keep living with?' }],
        skills: { empathy: 80, assertiveness: 25 + i },
      }
    )
  const seed = async (name: string, make: (i: number, name: string) => ReturnType<typeof sampleConversation>, count: number) => {
    const person = await store.createPerson(org, { name })
    for (let i = 0; i < count; i++) {
      const { conversation, analysis } = make(i, name)
      await store.transaction(async (tx) => {
        const id = await tx.saveConversation(org, { ...conversation, people: [{ personId: person.id, speaker: name }] })
        await tx.saveAnalysis(id, analysis)
      })
    }
    return person.id
  }

  test('two people with different weaknesses get different plans, quoting their own conversations', async () => {
    const ravi = await seed('Ravi', weakEmpathy, 4)
    const kim = await seed('Kim', weakAssertiveness, 4)
    const plan = async (id: number) => (await call(`/api/people/${id}/coaching`, { who: 'admin' })).data
    const forRavi = await plan(ravi)
    const forKim = await plan(kim)
    assert.equal(forRavi.status, 'ready')
    assert.equal(forRavi.focus[0].skill, 'empathy')
    assert.equal(forKim.focus[0].skill, 'assertiveness')
    assert.ok(forRavi.focus.every((f: any) => f.skill !== 'assertiveness'))
    assert.ok(forKim.focus.every((f: any) => f.skill !== 'empathy'))
    for (const [result, prefix] of [[forRavi, 'ravi-'], [forKim, 'kim-']] as const) {
      const moments = result.focus[0].moments
      assert.ok(moments.length >= 2 && moments.length <= 3, `${moments.length} moments`)
      assert.ok(moments.every((m: any) => m.source.startsWith(prefix) && m.quote && m.better))
      assert.ok(result.focus[0].why.length > 20 && result.focus[0].practice.length > 20)
      assert.equal(result.focus[0].basis, 'scores')
    }
    assert.notEqual(forRavi.focus[0].practice, forKim.focus[0].practice)
  })

  test('no verdict before the minimum evidence', async () => {
    const few = await seed('Tess', weakEmpathy, 2)
    const plan = (await call(`/api/people/${few}/coaching`, { who: 'admin' })).data
    assert.equal(plan.status, 'insufficient-evidence')
    assert.deepEqual(plan.focus, [])
    assert.match(plan.message, /at least 3/)
  })

  test('the profile shows skills over time and the dashboard a people × skills table', async () => {
    const ravi = (await store.findPersonByName(org, 'Ravi'))!
    const profile = (await call(`/api/people/${ravi.id}/profile`, { who: 'admin' })).data
    assert.equal(profile.conversations, 4)
    assert.equal(profile.skills.find((s: any) => s.id === 'empathy').mean, 31.5)
    assert.deepEqual(profile.months.map((m: any) => m.month), ['2026-02'])
    assert.equal(profile.rules['agenda-push'], 4)
    await store.updatePerson(org, ravi.id, { teamId: ids.sales! })
    const dashboard = (await call(`/api/teams/${ids.sales}/dashboard?channel=call`, { who: 'mia' })).data
    const row = dashboard.people.find((p: any) => p.name === 'Ravi')
    assert.equal(row.skills.empathy, 31.5)
    assert.equal(row.topRule, 'agenda-push')
  })
})
