import { z } from '@hono/zod-openapi'

export const ErrorSchema = z
  .object({
    error: z.object({
      message: z.string().openapi({ example: 'calls/acme.vtt:14: cue timing is not WebVTT' }),
      file: z.string().optional(),
      line: z.number().int().optional(),
      hint: z.string().optional(),
    }),
  })
  .openapi('Error')

export const RoleSchema = z.enum(['admin', 'manager', 'rep']).openapi('Role')
export const ChannelSchema = z.enum(['call', 'chat', 'email']).openapi('Channel')
export const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) })

const date = z.string().openapi({ format: 'date-time', example: '2026-03-11T14:00:00.000Z' })
const nullableScore = z.number().nullable()

export const MeSchema = z
  .object({
    role: RoleSchema,
    person: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    csrf: z.string().nullable().openapi({ description: 'Send as X-CSRF-Token on state-changing requests made with the session cookie' }),
  })
  .openapi('Me')

export const LoginSchema = z.object({ key: z.string().min(1).openapi({ example: 'rk_...' }) }).openapi('Login')

export const PersonSchema = z
  .object({ id: z.number().int(), name: z.string(), teamId: z.number().int().nullable(), identities: z.array(z.string()) })
  .openapi('Person')
export const NewPersonSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    teamId: z.number().int().positive().nullable().optional(),
    identities: z.array(z.string().trim().min(1).max(320)).max(50).optional().openapi({ description: 'Speaker names, email addresses or @domains that identify this person' }),
  })
  .openapi('NewPerson')
export const PersonChangeSchema = NewPersonSchema.partial().openapi('PersonChange')

export const TeamSchema = z
  .object({ id: z.number().int(), name: z.string(), managerIds: z.array(z.number().int()), memberIds: z.array(z.number().int()) })
  .openapi('Team')
export const NewTeamSchema = z.object({ name: z.string().trim().min(1).max(200) }).openapi('NewTeam')
export const TeamChangeSchema = z
  .object({ name: z.string().trim().min(1).max(200).optional(), managerIds: z.array(z.number().int().positive()).max(100).optional() })
  .openapi('TeamChange')

export const KeySchema = z
  .object({
    id: z.number().int(),
    prefix: z.string(),
    role: RoleSchema,
    personId: z.number().int().nullable(),
    label: z.string().nullable(),
    createdAt: date,
    lastUsedAt: date.nullable(),
    revokedAt: date.nullable(),
  })
  .openapi('Key')
export const NewKeySchema = z
  .object({ role: RoleSchema, personId: z.number().int().positive().nullable().optional(), label: z.string().max(200).nullable().optional() })
  .openapi('NewKey')
export const CreatedKeySchema = z.object({ token: z.string().openapi({ description: 'Shown once; only its hash is stored' }), key: KeySchema }).openapi('CreatedKey')

const FindingSchema = z
  .looseObject({
    rule: z.string(),
    utterance: z.number().int(),
    cue: z.number().int().optional(),
    severity: z.string(),
    message: z.string(),
    suggestion: z.string(),
    evidence: z.string(),
    speaker: z.string(),
  })
  .openapi('Finding')

export const AnalysisSchema = z
  .looseObject({
    schema: z.string(),
    source: z.string(),
    channel: ChannelSchema,
    participants: z.array(z.looseObject({ name: z.string(), role: z.string(), words: z.number() })),
    utterances: z.array(
      z.looseObject({ index: z.number().int(), speaker: z.string(), role: z.string(), start: z.number().nullable(), end: z.number().nullable(), text: z.string(), labels: z.array(z.string()) })
    ),
    findings: z.array(FindingSchema),
    metrics: z.record(z.string(), z.number().nullable()),
    scores: z.looseObject({ empathy: nullableScore, assertiveness: nullableScore, skills: z.record(z.string(), nullableScore) }),
    engine: z.string(),
  })
  .openapi('Analysis', { description: 'The rapport.analysis/v1 contract object' })

export const StoredAnalysisSchema = z
  .object({ id: z.number().int(), conversationId: z.number().int(), engineVersion: z.string(), createdAt: date, analysis: AnalysisSchema })
  .openapi('StoredAnalysis')

const PersonRef = z.object({ id: z.number().int(), name: z.string() })

export const ConversationSummarySchema = z
  .object({
    id: z.number().int(),
    source: z.string(),
    channel: ChannelSchema,
    occurredAt: date,
    uploadedAt: date,
    people: z.array(PersonRef),
    analysisId: z.number().int().nullable(),
    engineVersion: z.string().nullable(),
    empathy: nullableScore,
    assertiveness: nullableScore,
    labels: z.array(z.string()),
    findings: z.number().int(),
  })
  .openapi('ConversationSummary')

export const ConversationListSchema = z.object({ total: z.number().int(), items: z.array(ConversationSummarySchema) }).openapi('ConversationList')

export const ConversationSchema = z
  .object({
    id: z.number().int(),
    source: z.string(),
    channel: ChannelSchema,
    occurredAt: date,
    uploadedAt: date,
    people: z.array(PersonRef.extend({ speaker: z.string() })),
    analysis: StoredAnalysisSchema.nullable(),
    history: z.array(z.object({ id: z.number().int(), engineVersion: z.string(), createdAt: date })),
  })
  .openapi('Conversation')

export const ListQuery = z.object({
  person: z.coerce.number().int().positive().optional().openapi({ description: 'Only conversations this person spoke in' }),
  team: z.coerce.number().int().positive().optional(),
  from: z.coerce.date().optional().openapi({ type: 'string', format: 'date-time' }),
  to: z.coerce.date().optional().openapi({ type: 'string', format: 'date-time' }),
  channel: ChannelSchema.optional(),
  label: z.string().max(64).optional().openapi({ description: 'A label id of labels.md' }),
  q: z.string().max(200).optional().openapi({ description: 'Text anywhere in the transcript' }),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
})

export const SearchQuery = z.object({
  q: z.string().trim().min(2).max(200),
  limit: z.coerce.number().int().min(1).max(200).optional(),
})
export const SearchSchema = z
  .object({
    hits: z.array(z.object({ conversationId: z.number().int(), source: z.string(), occurredAt: date, utterance: z.number().int(), speaker: z.string(), text: z.string() })),
  })
  .openapi('SearchResult')

export const UploadJsonSchema = z
  .object({
    conversations: z
      .array(
        z.object({
          source: z.string().max(500).optional(),
          channel: ChannelSchema.optional(),
          occurredAt: z.string().optional().openapi({ format: 'date-time' }),
          utterances: z.array(z.looseObject({ speaker: z.string(), text: z.string() })).min(1),
        })
      )
      .min(1)
      .max(200),
    rep: z.array(z.string()).max(50).optional().openapi({ description: 'Team speakers, as `--rep`' }),
  })
  .openapi('UploadJson')

export const UploadMultipartSchema = {
  type: 'object' as const,
  properties: {
    files: { type: 'array' as const, items: { type: 'string' as const, format: 'binary' } },
    rep: { type: 'string' as const, description: 'Team speakers, comma-separated, as `--rep`' },
    occurredAt: { type: 'string' as const, format: 'date-time', description: 'When the conversations took place (default: now)' },
  },
  required: ['files'],
}

export const UploadResultSchema = z
  .object({
    conversations: z.array(
      z.object({ id: z.number().int(), file: z.string(), source: z.string(), duplicate: z.boolean(), analysisId: z.number().int(), findings: z.number().int(), people: z.array(PersonRef) })
    ),
  })
  .openapi('UploadResult')

export const UploadQueuedSchema = z
  .object({
    queued: z.array(
      z.object({
        file: z.string(),
        job: z.string().nullable().openapi({ description: 'The queue job; null when the same file is already queued or being analysed' }),
        conversations: z.number().int().openapi({ description: 'Conversations read from the file' }),
      })
    ),
  })
  .openapi('UploadQueued')

const SkillStat = z.object({ id: z.string(), name: z.string(), mean: z.number().nullable(), conversations: z.number().int() })
const Month = z.object({ month: z.string(), conversations: z.number().int(), empathy: nullableScore, assertiveness: nullableScore })

export const ProfileSchema = z
  .object({
    person: PersonSchema,
    conversations: z.number().int(),
    empathy: nullableScore,
    assertiveness: nullableScore,
    skills: z.array(SkillStat),
    metrics: z.record(z.string(), z.number().nullable()),
    rules: z.record(z.string(), z.number().int()),
    quadrants: z.record(z.string(), z.number().int()),
    months: z.array(Month),
    timeline: z.array(
      z.object({ conversationId: z.number().int(), source: z.string(), channel: ChannelSchema, occurredAt: date, empathy: nullableScore, assertiveness: nullableScore, findings: z.number().int() })
    ),
  })
  .openapi('Profile')

export const CoachingSchema = z
  .object({
    personId: z.number().int(),
    status: z.enum(['ready', 'insufficient-evidence', 'no-gap']),
    message: z.string(),
    conversations: z.number().int(),
    minimumConversations: z.number().int(),
    focus: z.array(
      z.object({
        skill: z.string(),
        name: z.string(),
        gap: z.number(),
        basis: z.enum(['scores', 'findings']),
        evidence: z.object({ conversations: z.number().int(), findings: z.number().int() }),
        why: z.string(),
        practice: z.string(),
        moments: z.array(
          z.object({ conversationId: z.number().int(), source: z.string(), occurredAt: date, utterance: z.number().int(), rule: z.string(), quote: z.string(), message: z.string(), better: z.string() })
        ),
      })
    ),
  })
  .openapi('CoachingPlan')

export const DashboardQuery = z.object({
  from: z.coerce.date().optional().openapi({ type: 'string', format: 'date-time' }),
  to: z.coerce.date().optional().openapi({ type: 'string', format: 'date-time' }),
  channel: ChannelSchema.optional(),
})

export const DashboardSchema = z
  .object({
    team: TeamSchema,
    skills: z.array(z.object({ id: z.string(), name: z.string() })),
    people: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        conversations: z.number().int(),
        empathy: nullableScore,
        assertiveness: nullableScore,
        skills: z.record(z.string(), z.number().nullable()),
        findings: z.number().int(),
        topRule: z.string().nullable(),
      })
    ),
    months: z.array(Month),
  })
  .openapi('Dashboard')
