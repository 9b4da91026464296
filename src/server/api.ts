import { createRoute, OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { InputError } from '../core/index.js'
import type { KeyInfo, Person, Principal, Store, StoredAnalysis } from '../storage/index.js'
import { requireRole, type AuthVariables } from './auth.js'
import { coachingPlan, monthly, recentConversations, skills, summarise } from './coaching.js'
import { errorBody, fail } from './errors.js'
import * as s from './schemas.js'
import { ingest, queueUpload, reanalyse, type UploadFile, type UploadQueue } from './upload.js'

type Env = { Variables: AuthVariables }
type Ctx = Context<Env>

const security = [{ apiKey: [] }, { session: [] }]
const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description })
const problems = {
  400: json(s.ErrorSchema, 'The request or an uploaded file is not usable; the message says what to fix'),
  401: json(s.ErrorSchema, 'No credentials, or an unknown or revoked key'),
  403: json(s.ErrorSchema, 'Outside the caller\'s role or scope, or a missing CSRF token'),
  404: json(s.ErrorSchema, 'No such object in the caller\'s organisation'),
  429: json(s.ErrorSchema, 'Too many requests for this key'),
}

function secured<R extends RouteConfig>(config: R) {
  return createRoute({ ...config, security, responses: { ...problems, ...config.responses } })
}

const iso = (date: Date) => new Date(date).toISOString()
const keyOut = (key: KeyInfo) => ({
  ...key,
  createdAt: iso(key.createdAt),
  lastUsedAt: key.lastUsedAt ? iso(key.lastUsedAt) : null,
  revokedAt: key.revokedAt ? iso(key.revokedAt) : null,
})
// The stored object is the core's Analysis; the schema documents it for OpenAPI.
const analysisOut = (stored: StoredAnalysis) => ({ ...stored, createdAt: iso(stored.createdAt), analysis: stored.analysis as unknown as z.output<typeof s.AnalysisSchema> })

/** Loads a conversation the caller may see: 404 when it is not in their organisation, 403 when outside their scope. */
async function visibleConversation(store: Store, principal: Principal, id: number) {
  const access = await store.access(principal, id)
  if (access === 'missing') fail(404, `conversation ${id} does not exist`)
  if (access === 'forbidden') fail(403, `conversation ${id} is outside what your ${principal.role} key may see`)
  return (await store.getConversation(principal.orgId, id))!
}

/** Loads a person the caller may see, with the same 404/403 rule. */
async function visiblePerson(store: Store, principal: Principal, id: number): Promise<Person> {
  const person = await store.getPerson(principal.orgId, id)
  if (!person) fail(404, `person ${id} does not exist`)
  if (!(await store.visiblePeople(principal)).includes(id)) fail(403, `person ${id} is outside what your ${principal.role} key may see`)
  return person
}

/** The /api routes; the caller is already authenticated (see auth.ts). */
/** A PATCH body without its absent fields, as the store's exact optional properties want. */
function defined<T extends object>(body: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> }
}

export function apiRoutes(store: Store, options: { maxUploadBytes: number; maxFileBytes: number; queue?: UploadQueue | undefined }) {
  const api = new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        const where = issue?.path.length ? `${result.target} ${issue.path.join('.')}: ` : `${result.target}: `
        return c.json(errorBody(`${where}${issue?.message ?? 'invalid'}`, { hint: 'see /openapi.json for the expected shape' }), 400)
      }
      return undefined
    },
  })

  api.openAPIRegistry.register('UploadJson', s.UploadJsonSchema)

  api.openapi(
    secured({ method: 'get', path: '/api/me', tags: ['session'], summary: 'Who the credentials belong to, and the CSRF token of a browser session', responses: { 200: json(s.MeSchema, 'The caller') } }),
    async (c) => {
      const principal = c.get('principal')
      const person = principal.personId === null ? null : await store.getPerson(principal.orgId, principal.personId)
      return c.json({ role: principal.role, person: person ? { id: person.id, name: person.name } : null, csrf: c.get('csrf') }, 200)
    }
  )

  api.openapi(
    secured({
      method: 'post',
      path: '/api/conversations',
      tags: ['conversations'],
      summary: 'Upload one or many conversations (files in any supported format, or JSON); all are stored or none',
      description:
        'Multipart: repeat the "files" field. Re-uploading the same content returns the stored conversation (duplicate: true). ' +
        'When the server runs on PostgreSQL with workers (DATABASE_URL), every file is read and checked, then queued: the answer is 202 with the job ids, and the conversations appear in the list once a worker has analysed them.',
      request: {
        body: {
          required: true,
          // The JSON schema is a reference, so the route's validator does not run on multipart bodies; the handler validates it.
          content: { 'multipart/form-data': { schema: s.UploadMultipartSchema }, 'application/json': { schema: { $ref: '#/components/schemas/UploadJson' } } },
        },
      },
      responses: {
        201: json(s.UploadResultSchema, 'The stored conversations'),
        202: json(s.UploadQueuedSchema, 'The files are read and queued for the workers'),
        413: json(s.ErrorSchema, 'The upload is over the size limit'),
      },
    }),
    async (c) => {
      const principal = c.get('principal')
      const type = c.req.header('content-type') ?? ''
      let files: UploadFile[]
      let reps: string[] = []
      let occurredAt: Date | undefined
      if (type.startsWith('multipart/form-data')) {
        const form = await c.req.parseBody({ all: true })
        const list = [form.files, form['files[]'], form.file].flat().filter((item): item is File => item instanceof File)
        files = await Promise.all(list.map(async (file) => ({ name: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()) })))
        reps = [form.rep].flat().filter((item): item is string => typeof item === 'string').flatMap((item) => item.split(','))
        if (typeof form.occurredAt === 'string' && form.occurredAt) occurredAt = parseDate(form.occurredAt)
      } else {
        const parsed = s.UploadJsonSchema.safeParse(await c.req.json().catch(() => fail(400, 'the body is not valid JSON', 'send multipart files, or JSON {"conversations": [...]}')))
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!
          fail(400, `json ${issue.path.join('.')}: ${issue.message}`, 'send {"conversations": [{"source": "call.txt", "utterances": [{"speaker": "Dana", "text": "Hello"}]}]}')
        }
        const body = parsed.data
        reps = body.rep ?? []
        files = body.conversations.map((conversation, index) => {
          const source = conversation.source ?? `upload-${index + 1}.json`
          const bytes = new TextEncoder().encode(JSON.stringify({ source, channel: conversation.channel, utterances: conversation.utterances }))
          return { name: `upload-${index + 1}.json`, source, bytes }
        })
        const when = body.conversations.find((conversation) => conversation.occurredAt)?.occurredAt
        if (when) occurredAt = parseDate(when)
      }
      const upload = { reps, maxBytes: options.maxFileBytes, ...(occurredAt ? { occurredAt } : {}) }
      if (options.queue) return c.json({ queued: await queueUpload(store, principal, files, options.queue, upload) }, 202)
      return c.json({ conversations: await ingest(store, principal, files, upload) }, 201)
    }
  )

  api.openapi(
    secured({
      method: 'get',
      path: '/api/conversations',
      tags: ['conversations'],
      summary: 'List conversations in the caller\'s scope, newest first, filtered by person, team, dates, channel, label or text',
      request: { query: s.ListQuery },
      responses: { 200: json(s.ConversationListSchema, 'A page of conversations') },
    }),
    async (c) => {
      const principal = c.get('principal')
      const query = c.req.valid('query')
      const { q, person, team, ...rest } = query
      // Filtering by someone outside the caller's scope is refused, not silently emptied.
      if (person !== undefined) await visiblePerson(store, principal, person)
      if (team !== undefined && principal.role !== 'admin') {
        const found = await store.getTeam(principal.orgId, team)
        if (!found) fail(404, `team ${team} does not exist`)
        const me = principal.personId === null ? null : await store.getPerson(principal.orgId, principal.personId)
        const own = principal.role === 'manager' ? found.managerIds.includes(principal.personId ?? -1) || me?.teamId === team : false
        if (!own) fail(403, `team ${team} is outside what your ${principal.role} key may see`)
      }
      const filter = { ...rest, ...(q ? { text: q } : {}), ...(person ? { personId: person } : {}), ...(team ? { teamId: team } : {}) }
      const result = await store.listConversations(principal, filter)
      return c.json({ total: result.total, items: result.items.map((item) => ({ ...item, occurredAt: iso(item.occurredAt), uploadedAt: iso(item.uploadedAt) })) }, 200)
    }
  )

  api.openapi(
    secured({
      method: 'get',
      path: '/api/search',
      tags: ['conversations'],
      summary: 'Utterances containing a text, in the caller\'s scope',
      request: { query: s.SearchQuery },
      responses: { 200: json(s.SearchSchema, 'Matching utterances') },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query')
      const hits = await store.search(c.get('principal'), q, limit)
      return c.json({ hits: hits.map((hit) => ({ ...hit, occurredAt: iso(hit.occurredAt) })) }, 200)
    }
  )

  api.openapi(
    secured({
      method: 'get',
      path: '/api/conversations/{id}',
      tags: ['conversations'],
      summary: 'One conversation with its latest analysis and the history of analyses',
      request: { params: s.IdParam },
      responses: { 200: json(s.ConversationSchema, 'The conversation') },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const conversation = await visibleConversation(store, c.get('principal'), id)
      const latest = await store.latestAnalysis(id)
      const history = await store.listAnalyses(id)
      return c.json(
        {
          id: conversation.id,
          source: conversation.source,
          channel: conversation.channel,
          occurredAt: iso(conversation.occurredAt),
          uploadedAt: iso(conversation.uploadedAt),
          people: conversation.people,
          analysis: latest ? analysisOut(latest) : null,
          history: history.map((item) => ({ id: item.id, engineVersion: item.engineVersion, createdAt: iso(item.createdAt) })),
        },
        200
      )
    }
  )

  api.openapi(
    secured({
      method: 'post',
      path: '/api/conversations/{id}/reanalyze',
      tags: ['conversations'],
      summary: 'Analyse a stored conversation again with the current engine (admins and managers); older analyses are kept',
      request: { params: s.IdParam },
      responses: { 200: json(z.object({ analysisId: z.number().int(), created: z.boolean(), engineVersion: z.string() }), 'The analysis for the current engine') },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin', 'manager')
      const { id } = c.req.valid('param')
      await visibleConversation(store, principal, id)
      const result = (await reanalyse(store, principal.orgId, id))!
      return c.json({ analysisId: result.id, created: result.created, engineVersion: result.engineVersion }, 200)
    }
  )

  api.openapi(
    secured({ method: 'get', path: '/api/analyses/{id}', tags: ['conversations'], summary: 'One stored analysis (any engine version)', request: { params: s.IdParam }, responses: { 200: json(s.StoredAnalysisSchema, 'The analysis') } }),
    async (c) => {
      const principal = c.get('principal')
      const { id } = c.req.valid('param')
      const stored = await store.getAnalysis(principal.orgId, id)
      if (!stored) fail(404, `analysis ${id} does not exist`)
      await visibleConversation(store, principal, stored.conversationId)
      return c.json(analysisOut(stored), 200)
    }
  )

  api.openapi(
    secured({ method: 'get', path: '/api/people', tags: ['people'], summary: 'The people the caller may see', responses: { 200: json(z.object({ people: z.array(s.PersonSchema) }), 'People') } }),
    async (c) => {
      const principal = c.get('principal')
      const visible = new Set(await store.visiblePeople(principal))
      return c.json({ people: (await store.listPeople(principal.orgId)).filter((person) => visible.has(person.id)) }, 200)
    }
  )

  api.openapi(
    secured({
      method: 'post',
      path: '/api/people',
      tags: ['people'],
      summary: 'Add a person with the names and addresses that identify them as a speaker (admins)',
      request: { body: { required: true, content: { 'application/json': { schema: s.NewPersonSchema } } } },
      responses: { 201: json(s.PersonSchema, 'The new person'), 409: json(s.ErrorSchema, 'The name or an identity is taken') },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin')
      const body = c.req.valid('json')
      const person = await store.createPerson(principal.orgId, { name: body.name, teamId: body.teamId ?? null, identities: body.identities ?? [] })
      return c.json(person, 201)
    }
  )

  api.openapi(
    secured({ method: 'get', path: '/api/people/{id}', tags: ['people'], summary: 'One person', request: { params: s.IdParam }, responses: { 200: json(s.PersonSchema, 'The person') } }),
    async (c) => c.json(await visiblePerson(store, c.get('principal'), c.req.valid('param').id), 200)
  )

  api.openapi(
    secured({
      method: 'patch',
      path: '/api/people/{id}',
      tags: ['people'],
      summary: 'Rename a person, move them to a team or change their identities (admins)',
      request: { params: s.IdParam, body: { required: true, content: { 'application/json': { schema: s.PersonChangeSchema } } } },
      responses: { 200: json(s.PersonSchema, 'The person'), 409: json(s.ErrorSchema, 'The name or an identity is taken') },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin')
      const { id } = c.req.valid('param')
      const body = c.req.valid('json')
      const person = await store.updatePerson(principal.orgId, id, defined(body))
      if (!person) fail(404, `person ${id} does not exist`)
      return c.json(person, 200)
    }
  )

  api.openapi(
    secured({
      method: 'get',
      path: '/api/people/{id}/profile',
      tags: ['people'],
      summary: 'A person\'s skills, metrics, findings and quadrants over their recent conversations, and trends by month',
      request: { params: s.IdParam, query: s.DashboardQuery },
      responses: { 200: json(s.ProfileSchema, 'The profile') },
    }),
    async (c) => {
      const principal = c.get('principal')
      const person = await visiblePerson(store, principal, c.req.valid('param').id)
      const history = await store.personHistory(principal.orgId, person.id, { ...c.req.valid('query'), limit: 500 })
      const recent = history.slice(0, recentConversations)
      return c.json(
        {
          person,
          conversations: history.length,
          ...summarise(recent),
          months: monthly(history),
          timeline: history.map((item) => ({
            conversationId: item.conversationId,
            source: item.source,
            channel: item.channel,
            occurredAt: iso(item.occurredAt),
            empathy: item.scores.empathy ?? null,
            assertiveness: item.scores.assertiveness ?? null,
            findings: item.findings.length,
          })),
        },
        200
      )
    }
  )

  api.openapi(
    secured({
      method: 'get',
      path: '/api/people/{id}/coaching',
      tags: ['people'],
      summary: 'The coaching plan: the one or two skills with the largest gap, quoted moments with better alternatives, and one thing to practise',
      request: { params: s.IdParam },
      responses: { 200: json(s.CoachingSchema, 'The plan') },
    }),
    async (c) => {
      const principal = c.get('principal')
      const person = await visiblePerson(store, principal, c.req.valid('param').id)
      return c.json(coachingPlan(person.id, person.name, await store.personHistory(principal.orgId, person.id, { limit: recentConversations })), 200)
    }
  )

  api.openapi(
    secured({ method: 'get', path: '/api/teams', tags: ['teams'], summary: 'The teams the caller may see', responses: { 200: json(z.object({ teams: z.array(s.TeamSchema) }), 'Teams') } }),
    async (c) => {
      const principal = c.get('principal')
      const teams = await store.listTeams(principal.orgId)
      if (principal.role === 'admin') return c.json({ teams }, 200)
      const me = principal.personId === null ? null : await store.getPerson(principal.orgId, principal.personId)
      return c.json({ teams: teams.filter((team) => team.id === me?.teamId || (principal.role === 'manager' && team.managerIds.includes(principal.personId!))) }, 200)
    }
  )

  api.openapi(
    secured({
      method: 'post',
      path: '/api/teams',
      tags: ['teams'],
      summary: 'Create a team (admins)',
      request: { body: { required: true, content: { 'application/json': { schema: s.NewTeamSchema } } } },
      responses: { 201: json(s.TeamSchema, 'The new team'), 409: json(s.ErrorSchema, 'The name is taken') },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin')
      return c.json(await store.createTeam(principal.orgId, c.req.valid('json').name), 201)
    }
  )

  api.openapi(
    secured({
      method: 'patch',
      path: '/api/teams/{id}',
      tags: ['teams'],
      summary: 'Rename a team or set its managers (admins)',
      request: { params: s.IdParam, body: { required: true, content: { 'application/json': { schema: s.TeamChangeSchema } } } },
      responses: { 200: json(s.TeamSchema, 'The team') },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin')
      const { id } = c.req.valid('param')
      const body = c.req.valid('json')
      const team = await store.updateTeam(principal.orgId, id, defined(body))
      if (!team) fail(404, `team ${id} does not exist`)
      return c.json(team, 200)
    }
  )

  api.openapi(
    secured({
      method: 'get',
      path: '/api/teams/{id}/dashboard',
      tags: ['teams'],
      summary: 'People × skills for a team (its managers and admins), with monthly trends',
      request: { params: s.IdParam, query: s.DashboardQuery },
      responses: { 200: json(s.DashboardSchema, 'The dashboard') },
    }),
    async (c) => {
      const principal = c.get('principal')
      const { id } = c.req.valid('param')
      const team = await store.getTeam(principal.orgId, id)
      if (!team) fail(404, `team ${id} does not exist`)
      if (principal.role === 'rep' || (principal.role === 'manager' && !team.managerIds.includes(principal.personId ?? -1))) {
        fail(403, `team ${id}'s dashboard is for its managers and admins`)
      }
      const filter = c.req.valid('query')
      const people = (await store.listPeople(principal.orgId)).filter((person) => team.memberIds.includes(person.id))
      const all = []
      const rows = []
      for (const person of people) {
        const history = await store.personHistory(principal.orgId, person.id, { ...filter, limit: 500 })
        all.push(...history)
        const summary = summarise(history.slice(0, recentConversations))
        const top = Object.entries(summary.rules).sort((a, b) => b[1] - a[1])[0]
        rows.push({
          id: person.id,
          name: person.name,
          conversations: history.length,
          empathy: summary.empathy,
          assertiveness: summary.assertiveness,
          skills: Object.fromEntries(summary.skills.map((skill) => [skill.id, skill.mean])),
          findings: history.reduce((sum, item) => sum + item.findings.length, 0),
          topRule: top ? top[0] : null,
        })
      }
      return c.json({ team, skills: skills.map(({ id, name }) => ({ id, name })), people: rows, months: monthly(all.sort((a, b) => +b.occurredAt - +a.occurredAt)) }, 200)
    }
  )

  api.openapi(
    secured({ method: 'get', path: '/api/keys', tags: ['keys'], summary: 'API keys of the organisation, without their tokens (admins)', responses: { 200: json(z.object({ keys: z.array(s.KeySchema) }), 'Keys') } }),
    async (c) => {
      const principal = requireRole(c, 'admin')
      return c.json({ keys: (await store.listKeys(principal.orgId)).map(keyOut) }, 200)
    }
  )

  api.openapi(
    secured({
      method: 'post',
      path: '/api/keys',
      tags: ['keys'],
      summary: 'Create an API key; the token is shown once (admins)',
      request: { body: { required: true, content: { 'application/json': { schema: s.NewKeySchema } } } },
      responses: { 201: json(s.CreatedKeySchema, 'The key and its token') },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin')
      const body = c.req.valid('json')
      const personId = body.personId ?? null
      if (body.role !== 'admin' && personId === null) throw new InputError(`a ${body.role} key needs a personId`, {}, 'create the person first with POST /api/people')
      if (personId !== null && !(await store.getPerson(principal.orgId, personId))) fail(404, `person ${personId} does not exist`)
      const created = await store.createKey(principal.orgId, { role: body.role, personId, label: body.label ?? null })
      return c.json({ token: created.token, key: keyOut(created.key) }, 201)
    }
  )

  api.openapi(
    secured({ method: 'delete', path: '/api/keys/{id}', tags: ['keys'], summary: 'Revoke a key and end its sessions (admins)', request: { params: s.IdParam }, responses: { 200: json(z.object({ revoked: z.boolean() }), 'Revoked') } }),
    async (c) => {
      const principal = requireRole(c, 'admin')
      const { id } = c.req.valid('param')
      if (!(await store.revokeKey(principal.orgId, id))) fail(404, `key ${id} does not exist or is already revoked`)
      return c.json({ revoked: true }, 200)
    }
  )

  return api
}

function parseDate(text: string): Date {
  const date = new Date(text)
  if (Number.isNaN(+date)) throw new InputError(`occurredAt "${text}" is not a date`, {}, 'use ISO 8601, e.g. 2026-03-11T14:00:00Z')
  return date
}

/** Used by `ctx` helpers in other modules. */
export type { Ctx }
