import { createHash, randomBytes } from 'node:crypto'
import type { Analysis, Channel } from '../core/index.js'
import type { Db } from './db.js'
import type {
  Access,
  AccessRole,
  ConversationFilter,
  ConversationSummary,
  HistoryFilter,
  KeyInfo,
  NewConversation,
  Person,
  PersonConversation,
  Principal,
  SearchHit,
  Store,
  StoredAnalysis,
  StoredConversation,
  Team,
} from './store.js'

/** sha256 in hex: how tokens are kept, so a leaked database leaks no usable key. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Collects parameters: every value goes through `$n`, never into the SQL text. */
class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

type Row = Record<string, unknown>
const json = (value: unknown) => JSON.stringify(value)
// LIKE treats % and _ as wildcards; the user's text is matched literally.
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

/**
 * The conversations a principal may see, as a condition on `c`: admins the organisation,
 * managers what they uploaded or what their teams' people (or they) spoke in, reps their own.
 */
function scopeCondition(principal: Principal, params: Params): string {
  const org = `c.org_id = ${params.add(principal.orgId)}`
  if (principal.role === 'admin') return org
  if (principal.personId === null) return 'false'
  const person = params.add(principal.personId)
  const own = `(c.uploader_person_id = ${person} or exists (select 1 from conversation_people cp where cp.conversation_id = c.id and cp.person_id = ${person}))`
  if (principal.role === 'rep') return `${org} and ${own}`
  const teams = `exists (select 1 from conversation_people cp join people pp on pp.id = cp.person_id join team_managers tm on tm.team_id = pp.team_id where cp.conversation_id = c.id and tm.person_id = ${person})`
  return `${org} and (${own} or ${teams})`
}

const latestAnalysisJoin = 'left join lateral (select * from analyses a where a.conversation_id = c.id order by a.id desc limit 1) la on true'

/** The Store on SQL: one implementation for PGlite and PostgreSQL. */
export class SqlStore implements Store {
  constructor(private readonly db: Db) {}

  transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new SqlStore(tx)))
  }

  close(): Promise<void> {
    return this.db.close()
  }

  async ensureOrganisation(name: string): Promise<number> {
    const rows = await this.db.query<{ id: number }>(
      'insert into organisations (name) values ($1) on conflict (name) do update set name = excluded.name returning id',
      [name]
    )
    return rows[0]!.id
  }

  async createTeam(orgId: number, name: string): Promise<Team> {
    const rows = await this.db.query<{ id: number }>('insert into teams (org_id, name) values ($1, $2) returning id', [orgId, name])
    return (await this.getTeam(orgId, rows[0]!.id))!
  }

  async updateTeam(orgId: number, id: number, change: { name?: string; managerIds?: number[] }): Promise<Team | null> {
    return this.transaction(async (store) => {
      const tx = (store as SqlStore).db
      const found = await tx.query('select id from teams where org_id = $1 and id = $2', [orgId, id])
      if (!found.length) return null
      if (change.name !== undefined) await tx.query('update teams set name = $1 where id = $2', [change.name, id])
      if (change.managerIds) {
        await tx.query('delete from team_managers where team_id = $1', [id])
        for (const personId of change.managerIds) {
          await tx.query('insert into team_managers (team_id, person_id) select $1, id from people where id = $2 and org_id = $3', [id, personId, orgId])
        }
      }
      return store.getTeam(orgId, id)
    })
  }

  async getTeam(orgId: number, id: number): Promise<Team | null> {
    return (await this.teams(orgId, id))[0] ?? null
  }

  listTeams(orgId: number): Promise<Team[]> {
    return this.teams(orgId)
  }

  private async teams(orgId: number, id?: number): Promise<Team[]> {
    const params = new Params()
    const where = [`t.org_id = ${params.add(orgId)}`]
    if (id !== undefined) where.push(`t.id = ${params.add(id)}`)
    const rows = await this.db.query<{ id: number; name: string; managers: number[] | null; members: number[] | null }>(
      `select t.id, t.name,
        (select array_agg(tm.person_id order by tm.person_id) from team_managers tm where tm.team_id = t.id) as managers,
        (select array_agg(p.id order by p.id) from people p where p.team_id = t.id) as members
       from teams t where ${where.join(' and ')} order by t.name`,
      params.values
    )
    return rows.map((row) => ({ id: row.id, name: row.name, managerIds: row.managers ?? [], memberIds: row.members ?? [] }))
  }

  async createPerson(orgId: number, person: { name: string; teamId?: number | null; identities?: string[] }): Promise<Person> {
    return this.transaction(async (store) => {
      const tx = (store as SqlStore).db
      const teamId = await checkTeam(tx, orgId, person.teamId ?? null)
      const rows = await tx.query<{ id: number }>('insert into people (org_id, name, team_id) values ($1, $2, $3) returning id', [orgId, person.name, teamId])
      const id = rows[0]!.id
      await setIdentities(tx, orgId, id, [person.name, ...(person.identities ?? [])])
      return (await store.getPerson(orgId, id))!
    })
  }

  async updatePerson(orgId: number, id: number, change: { name?: string; teamId?: number | null; identities?: string[] }): Promise<Person | null> {
    return this.transaction(async (store) => {
      const tx = (store as SqlStore).db
      const current = await store.getPerson(orgId, id)
      if (!current) return null
      if (change.name !== undefined) await tx.query('update people set name = $1 where id = $2', [change.name, id])
      if (change.teamId !== undefined) await tx.query('update people set team_id = $1 where id = $2', [await checkTeam(tx, orgId, change.teamId), id])
      if (change.identities !== undefined || change.name !== undefined) {
        await setIdentities(tx, orgId, id, [change.name ?? current.name, ...(change.identities ?? current.identities)])
      }
      return store.getPerson(orgId, id)
    })
  }

  async getPerson(orgId: number, id: number): Promise<Person | null> {
    return (await this.people(orgId, id))[0] ?? null
  }

  listPeople(orgId: number): Promise<Person[]> {
    return this.people(orgId)
  }

  async findPersonByName(orgId: number, name: string): Promise<Person | null> {
    const rows = await this.db.query<{ id: number }>('select id from people where org_id = $1 and lower(name) = lower($2)', [orgId, name.trim()])
    return rows[0] ? this.getPerson(orgId, rows[0].id) : null
  }

  private async people(orgId: number, id?: number): Promise<Person[]> {
    const params = new Params()
    const where = [`p.org_id = ${params.add(orgId)}`]
    if (id !== undefined) where.push(`p.id = ${params.add(id)}`)
    const rows = await this.db.query<{ id: number; name: string; team_id: number | null; identities: string[] | null }>(
      `select p.id, p.name, p.team_id,
        (select array_agg(i.value order by i.value) from person_identities i where i.person_id = p.id) as identities
       from people p where ${where.join(' and ')} order by p.name`,
      params.values
    )
    return rows.map((row) => ({ id: row.id, name: row.name, teamId: row.team_id, identities: row.identities ?? [] }))
  }

  async visiblePeople(principal: Principal): Promise<number[]> {
    const params = new Params()
    let sql = `select p.id from people p where p.org_id = ${params.add(principal.orgId)}`
    if (principal.role !== 'admin') {
      if (principal.personId === null) return []
      const person = params.add(principal.personId)
      sql +=
        principal.role === 'rep'
          ? ` and p.id = ${person}`
          : ` and (p.id = ${person} or p.team_id in (select team_id from team_managers where person_id = ${person}))`
    }
    const rows = await this.db.query<{ id: number }>(`${sql} order by p.id`, params.values)
    return rows.map((row) => row.id)
  }

  async createKey(orgId: number, key: { role: AccessRole; personId?: number | null; label?: string | null }): Promise<{ token: string; key: KeyInfo }> {
    const token = `rk_${randomBytes(24).toString('base64url')}`
    const rows = await this.db.query<Row>(
      'insert into api_keys (org_id, hash, prefix, role, person_id, label) values ($1, $2, $3, $4, $5, $6) returning *',
      [orgId, sha256(token), token.slice(0, 9), key.role, key.personId ?? null, key.label ?? null]
    )
    return { token, key: keyInfo(rows[0]!) }
  }

  async listKeys(orgId: number): Promise<KeyInfo[]> {
    return (await this.db.query<Row>('select * from api_keys where org_id = $1 order by id', [orgId])).map(keyInfo)
  }

  async revokeKey(orgId: number, id: number): Promise<boolean> {
    const rows = await this.db.query('update api_keys set revoked_at = now() where org_id = $1 and id = $2 and revoked_at is null returning id', [orgId, id])
    if (rows.length) await this.db.query('delete from sessions where key_id = $1', [id])
    return rows.length > 0
  }

  async authenticate(token: string): Promise<Principal | null> {
    const rows = await this.db.query<Row>('select * from api_keys where hash = $1 and revoked_at is null', [sha256(token)])
    const row = rows[0]
    if (!row) return null
    await this.db.query("update api_keys set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')", [row.id])
    return principalOf(row)
  }

  async createSession(keyId: number, seconds: number): Promise<{ token: string; csrf: string }> {
    const token = randomBytes(32).toString('base64url')
    const csrf = randomBytes(24).toString('base64url')
    await this.db.query("delete from sessions where expires_at < now()")
    await this.db.query("insert into sessions (hash, key_id, csrf, expires_at) values ($1, $2, $3, now() + make_interval(secs => $4))", [sha256(token), keyId, csrf, seconds])
    return { token, csrf }
  }

  async session(token: string): Promise<{ principal: Principal; csrf: string } | null> {
    const rows = await this.db.query<Row>(
      'select k.*, s.csrf from sessions s join api_keys k on k.id = s.key_id where s.hash = $1 and s.expires_at > now() and k.revoked_at is null',
      [sha256(token)]
    )
    const row = rows[0]
    return row ? { principal: principalOf(row), csrf: String(row.csrf) } : null
  }

  async deleteSession(token: string): Promise<void> {
    await this.db.query('delete from sessions where hash = $1', [sha256(token)])
  }

  async findByHash(orgId: number, hash: string): Promise<{ id: number } | null> {
    const rows = await this.db.query<{ id: number }>('select id from conversations where org_id = $1 and content_hash = $2', [orgId, hash])
    return rows[0] ?? null
  }

  async saveConversation(orgId: number, conversation: NewConversation): Promise<number> {
    return this.transaction(async (store) => {
      const tx = (store as SqlStore).db
      const body = conversation.utterances.map((utterance) => `${utterance.speaker}: ${utterance.text}`).join('\n')
      const rows = await tx.query<{ id: number }>(
        `insert into conversations (org_id, source, channel, occurred_at, content_hash, participants, utterances, body, uploaded_by, uploader_person_id)
         values ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, $9, $10) returning id`,
        [
          orgId,
          conversation.source,
          conversation.channel,
          conversation.occurredAt,
          conversation.hash,
          json(conversation.participants),
          json(conversation.utterances),
          body,
          conversation.uploadedBy ?? null,
          conversation.uploaderPersonId ?? null,
        ]
      )
      const id = rows[0]!.id
      for (const { personId, speaker } of conversation.people) {
        await tx.query(
          'insert into conversation_people (conversation_id, person_id, speaker) select $1, id, $3 from people where id = $2 and org_id = $4 on conflict do nothing',
          [id, personId, speaker, orgId]
        )
      }
      return id
    })
  }

  async saveAnalysis(conversationId: number, analysis: Analysis): Promise<{ id: number; created: boolean }> {
    return this.transaction(async (store) => {
      const tx = (store as SqlStore).db
      const existing = await tx.query<{ id: number }>('select id from analyses where conversation_id = $1 and engine_version = $2', [conversationId, analysis.engine])
      if (existing[0]) return { id: existing[0].id, created: false }
      const labels = [...new Set(analysis.utterances.flatMap((utterance) => utterance.labels))].sort()
      const rows = await tx.query<{ id: number }>(
        `insert into analyses (conversation_id, engine_version, labels, empathy, assertiveness, result)
         values ($1, $2, array(select jsonb_array_elements_text($3::text::jsonb)), $4, $5, $6::text::jsonb) returning id`,
        [conversationId, analysis.engine, json(labels), analysis.scores.empathy, analysis.scores.assertiveness, json(analysis)]
      )
      const id = rows[0]!.id
      for (const finding of analysis.findings) {
        await tx.query(
          `insert into findings (analysis_id, conversation_id, person_id, rule, severity, utterance, speaker, evidence, message, suggestion)
           values ($1, $2, (select person_id from conversation_people where conversation_id = $2 and lower(speaker) = lower($3) limit 1), $4, $5, $6, $3, $7, $8, $9)`,
          [id, conversationId, finding.speaker, finding.rule, finding.severity, finding.utterance, finding.evidence, finding.message, finding.suggestion]
        )
      }
      return { id, created: true }
    })
  }

  async getConversation(orgId: number, id: number): Promise<StoredConversation | null> {
    const rows = await this.db.query<Row>(
      `select c.*, coalesce((select json_agg(json_build_object('id', p.id, 'name', p.name, 'speaker', cp.speaker) order by p.name)
         from conversation_people cp join people p on p.id = cp.person_id where cp.conversation_id = c.id), '[]'::json) as people
       from conversations c where c.org_id = $1 and c.id = $2`,
      [orgId, id]
    )
    const row = rows[0]
    if (!row) return null
    return {
      id: Number(row.id),
      orgId: Number(row.org_id),
      source: String(row.source),
      channel: row.channel as Channel,
      occurredAt: row.occurred_at as Date,
      uploadedAt: row.uploaded_at as Date,
      hash: String(row.content_hash),
      participants: row.participants as StoredConversation['participants'],
      utterances: row.utterances as StoredConversation['utterances'],
      people: row.people as StoredConversation['people'],
      uploaderPersonId: (row.uploader_person_id as number | null) ?? null,
    }
  }

  async access(principal: Principal, conversationId: number): Promise<Access> {
    const params = new Params()
    const id = params.add(conversationId)
    const scope = scopeCondition(principal, params)
    const rows = await this.db.query<{ allowed: boolean }>(
      `select (${scope}) as allowed from conversations c where c.id = ${id} and c.org_id = ${params.add(principal.orgId)}`,
      params.values
    )
    if (!rows[0]) return 'missing'
    return rows[0].allowed ? 'allowed' : 'forbidden'
  }

  async listConversations(principal: Principal, filter: ConversationFilter = {}): Promise<{ total: number; items: ConversationSummary[] }> {
    const params = new Params()
    const where = [scopeCondition(principal, params)]
    if (filter.personId !== undefined) where.push(`exists (select 1 from conversation_people cp where cp.conversation_id = c.id and cp.person_id = ${params.add(filter.personId)})`)
    if (filter.teamId !== undefined) {
      where.push(`exists (select 1 from conversation_people cp join people p on p.id = cp.person_id where cp.conversation_id = c.id and p.team_id = ${params.add(filter.teamId)})`)
    }
    if (filter.from) where.push(`c.occurred_at >= ${params.add(filter.from)}`)
    if (filter.to) where.push(`c.occurred_at <= ${params.add(filter.to)}`)
    if (filter.channel) where.push(`c.channel = ${params.add(filter.channel)}`)
    if (filter.label) where.push(`${params.add(filter.label)} = any(la.labels)`)
    if (filter.text) where.push(`c.body ilike ${params.add(`%${likeEscape(filter.text)}%`)}`)
    const limit = params.add(Math.min(Math.max(filter.limit ?? 50, 1), 500))
    const offset = params.add(Math.max(filter.offset ?? 0, 0))
    const rows = await this.db.query<Row>(
      `select c.id, c.source, c.channel, c.occurred_at, c.uploaded_at, la.id as analysis_id, la.engine_version, la.empathy, la.assertiveness, la.labels,
        (select count(*)::int from findings f where f.analysis_id = la.id) as findings,
        coalesce((select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.name)
          from conversation_people cp join people p on p.id = cp.person_id where cp.conversation_id = c.id), '[]'::json) as people,
        count(*) over ()::int as total
       from conversations c ${latestAnalysisJoin}
       where ${where.join(' and ')}
       order by c.occurred_at desc, c.id desc limit ${limit} offset ${offset}`,
      params.values
    )
    return {
      total: rows[0] ? Number(rows[0].total) : 0,
      items: rows.map((row) => ({
        id: Number(row.id),
        source: String(row.source),
        channel: row.channel as Channel,
        occurredAt: row.occurred_at as Date,
        uploadedAt: row.uploaded_at as Date,
        people: row.people as { id: number; name: string }[],
        analysisId: (row.analysis_id as number | null) ?? null,
        engineVersion: (row.engine_version as string | null) ?? null,
        empathy: (row.empathy as number | null) ?? null,
        assertiveness: (row.assertiveness as number | null) ?? null,
        labels: (row.labels as string[] | null) ?? [],
        findings: Number(row.findings ?? 0),
      })),
    }
  }

  async search(principal: Principal, text: string, limit = 50): Promise<SearchHit[]> {
    const params = new Params()
    const scope = scopeCondition(principal, params)
    const pattern = params.add(`%${likeEscape(text)}%`)
    const rows = await this.db.query<Row>(
      `select c.id, c.source, c.occurred_at, (u.value->>'index')::int as utterance, u.value->>'speaker' as speaker, u.value->>'text' as text
       from conversations c cross join lateral jsonb_array_elements(c.utterances) as u(value)
       where ${scope} and c.body ilike ${pattern} and u.value->>'text' ilike ${pattern}
       order by c.occurred_at desc, c.id desc, utterance limit ${params.add(Math.min(Math.max(limit, 1), 200))}`,
      params.values
    )
    return rows.map((row) => ({
      conversationId: Number(row.id),
      source: String(row.source),
      occurredAt: row.occurred_at as Date,
      utterance: Number(row.utterance),
      speaker: String(row.speaker),
      text: String(row.text),
    }))
  }

  async latestAnalysis(conversationId: number): Promise<StoredAnalysis | null> {
    const rows = await this.db.query<Row>('select * from analyses where conversation_id = $1 order by id desc limit 1', [conversationId])
    return rows[0] ? storedAnalysis(rows[0]) : null
  }

  async listAnalyses(conversationId: number): Promise<Omit<StoredAnalysis, 'analysis'>[]> {
    const rows = await this.db.query<Row>('select id, conversation_id, engine_version, created_at from analyses where conversation_id = $1 order by id desc', [conversationId])
    return rows.map((row) => ({ id: Number(row.id), conversationId: Number(row.conversation_id), engineVersion: String(row.engine_version), createdAt: row.created_at as Date }))
  }

  async getAnalysis(orgId: number, id: number): Promise<StoredAnalysis | null> {
    const rows = await this.db.query<Row>('select a.* from analyses a join conversations c on c.id = a.conversation_id where c.org_id = $1 and a.id = $2', [orgId, id])
    return rows[0] ? storedAnalysis(rows[0]) : null
  }

  async personHistory(orgId: number, personId: number, filter: HistoryFilter = {}): Promise<PersonConversation[]> {
    const params = new Params()
    const person = params.add(personId)
    const where = [`c.org_id = ${params.add(orgId)}`]
    if (filter.from) where.push(`c.occurred_at >= ${params.add(filter.from)}`)
    if (filter.to) where.push(`c.occurred_at <= ${params.add(filter.to)}`)
    if (filter.channel) where.push(`c.channel = ${params.add(filter.channel)}`)
    const rows = await this.db.query<Row>(
      `select c.id, c.source, c.channel, c.occurred_at, la.id as analysis_id, la.engine_version, la.result->'scores' as scores, la.result->'metrics' as metrics,
        coalesce((select json_agg(json_build_object('rule', f.rule, 'severity', f.severity, 'utterance', f.utterance, 'speaker', f.speaker,
            'evidence', f.evidence, 'message', f.message, 'suggestion', f.suggestion) order by f.id)
          from findings f where f.analysis_id = la.id and f.person_id = ${person}), '[]'::json) as findings
       from conversations c
       join conversation_people cp on cp.conversation_id = c.id and cp.person_id = ${person}
       join lateral (select * from analyses a where a.conversation_id = c.id order by a.id desc limit 1) la on true
       where ${where.join(' and ')}
       order by c.occurred_at desc, c.id desc limit ${params.add(Math.min(Math.max(filter.limit ?? 50, 1), 500))}`,
      params.values
    )
    return rows.map((row) => ({
      conversationId: Number(row.id),
      source: String(row.source),
      channel: row.channel as Channel,
      occurredAt: row.occurred_at as Date,
      analysisId: Number(row.analysis_id),
      engineVersion: String(row.engine_version),
      scores: (row.scores as PersonConversation['scores'] | null) ?? { empathy: null, assertiveness: null, skills: {} },
      metrics: (row.metrics as PersonConversation['metrics'] | null) ?? {},
      findings: row.findings as PersonConversation['findings'],
    }))
  }
}

async function checkTeam(db: Db, orgId: number, teamId: number | null): Promise<number | null> {
  if (teamId === null) return null
  const rows = await db.query('select id from teams where org_id = $1 and id = $2', [orgId, teamId])
  if (!rows.length) throw new StoreError(`team ${teamId} does not exist`)
  return teamId
}

async function setIdentities(db: Db, orgId: number, personId: number, values: readonly string[]): Promise<void> {
  await db.query('delete from person_identities where person_id = $1', [personId])
  for (const value of new Set(values.map((item) => item.trim().toLowerCase()).filter(Boolean))) {
    const taken = await db.query<{ person_id: number }>('select person_id from person_identities where org_id = $1 and value = $2', [orgId, value])
    if (taken[0]) throw new StoreError(`"${value}" already identifies another person (id ${taken[0].person_id})`)
    await db.query('insert into person_identities (org_id, person_id, value) values ($1, $2, $3)', [orgId, personId, value])
  }
}

/** A request the data cannot satisfy (a missing team, a name already taken): the server answers 400 or 409. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StoreError'
  }
}

function keyInfo(row: Row): KeyInfo {
  return {
    id: Number(row.id),
    prefix: String(row.prefix),
    role: row.role as AccessRole,
    personId: (row.person_id as number | null) ?? null,
    label: (row.label as string | null) ?? null,
    createdAt: row.created_at as Date,
    lastUsedAt: (row.last_used_at as Date | null) ?? null,
    revokedAt: (row.revoked_at as Date | null) ?? null,
  }
}

function principalOf(row: Row): Principal {
  return { keyId: Number(row.id), orgId: Number(row.org_id), role: row.role as AccessRole, personId: (row.person_id as number | null) ?? null }
}

function storedAnalysis(row: Row): StoredAnalysis {
  return {
    id: Number(row.id),
    conversationId: Number(row.conversation_id),
    engineVersion: String(row.engine_version),
    createdAt: row.created_at as Date,
    analysis: row.result as Analysis,
  }
}
