import type { AnalysedUtterance, Analysis, Channel, Participant, Scores } from '../core/index.js'

/** What an API key may do: see everything, their teams' conversations, or their own. */
export type AccessRole = 'admin' | 'manager' | 'rep'
export const accessRoles = ['admin', 'manager', 'rep'] as const

/** Who is asking, as resolved from an API key or a session; it scopes every read. */
export interface Principal {
  keyId: number
  orgId: number
  role: AccessRole
  /** The person the key belongs to; required for managers and reps. */
  personId: number | null
}

export interface Team {
  id: number
  name: string
  managerIds: number[]
  memberIds: number[]
}

export interface Person {
  id: number
  name: string
  teamId: number | null
  /** Lower-case names and addresses that identify this person as a speaker (`@domain` allowed). */
  identities: string[]
}

export interface KeyInfo {
  id: number
  prefix: string
  role: AccessRole
  personId: number | null
  label: string | null
  createdAt: Date
  lastUsedAt: Date | null
  revokedAt: Date | null
}

/** A conversation to store; `hash` makes re-uploading the same content idempotent. */
export interface NewConversation {
  source: string
  channel: Channel
  occurredAt: Date
  participants: Participant[]
  utterances: Omit<AnalysedUtterance, 'labels'>[]
  hash: string
  uploadedBy?: number | null
  uploaderPersonId?: number | null
  /** Team speakers recognised as known people. */
  people: { personId: number; speaker: string }[]
}

export interface StoredConversation {
  id: number
  orgId: number
  source: string
  channel: Channel
  occurredAt: Date
  uploadedAt: Date
  hash: string
  participants: Participant[]
  utterances: Omit<AnalysedUtterance, 'labels'>[]
  people: { id: number; name: string; speaker: string }[]
  uploaderPersonId: number | null
}

export interface ConversationSummary {
  id: number
  source: string
  channel: Channel
  occurredAt: Date
  uploadedAt: Date
  people: { id: number; name: string }[]
  analysisId: number | null
  engineVersion: string | null
  empathy: number | null
  assertiveness: number | null
  labels: string[]
  findings: number
}

export interface StoredAnalysis {
  id: number
  conversationId: number
  engineVersion: string
  createdAt: Date
  analysis: Analysis
}

export interface ConversationFilter {
  personId?: number | undefined
  teamId?: number | undefined
  from?: Date | undefined
  to?: Date | undefined
  channel?: Channel | undefined
  label?: string | undefined
  /** Case-insensitive text anywhere in the transcript. */
  text?: string | undefined
  limit?: number | undefined
  offset?: number | undefined
}

export interface SearchHit {
  conversationId: number
  source: string
  occurredAt: Date
  utterance: number
  speaker: string
  text: string
}

export interface StoredFinding {
  rule: string
  severity: string
  utterance: number
  speaker: string
  evidence: string
  message: string
  suggestion: string
}

/** One conversation of a person with its latest analysis, for profiles and coaching plans. */
export interface PersonConversation {
  conversationId: number
  source: string
  channel: Channel
  occurredAt: Date
  analysisId: number
  engineVersion: string
  scores: Scores
  metrics: Record<string, number | null>
  /** Findings on this person's own utterances only. */
  findings: StoredFinding[]
}

export interface HistoryFilter {
  from?: Date | undefined
  to?: Date | undefined
  channel?: Channel | undefined
  limit?: number | undefined
}

/** Whether a conversation exists in the caller's organisation and lies inside their scope. */
export type Access = 'allowed' | 'forbidden' | 'missing'

/**
 * Everything Rapport keeps, behind one interface: the server and the workers use only this.
 * Every method is one statement or runs in a transaction; `transaction` groups several.
 */
export interface Store {
  /** Runs `work` in one transaction: everything it writes is kept, or nothing is. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>
  close(): Promise<void>

  ensureOrganisation(name: string): Promise<number>

  createTeam(orgId: number, name: string): Promise<Team>
  updateTeam(orgId: number, id: number, change: { name?: string; managerIds?: number[] }): Promise<Team | null>
  getTeam(orgId: number, id: number): Promise<Team | null>
  listTeams(orgId: number): Promise<Team[]>

  createPerson(orgId: number, person: { name: string; teamId?: number | null; identities?: string[] }): Promise<Person>
  updatePerson(orgId: number, id: number, change: { name?: string; teamId?: number | null; identities?: string[] }): Promise<Person | null>
  getPerson(orgId: number, id: number): Promise<Person | null>
  listPeople(orgId: number): Promise<Person[]>
  findPersonByName(orgId: number, name: string): Promise<Person | null>
  /** The people a principal may see: admins everyone, managers their teams and themselves, reps themselves. */
  visiblePeople(principal: Principal): Promise<number[]>

  /** Creates a key; the token is returned once and only its hash is kept. */
  createKey(orgId: number, key: { role: AccessRole; personId?: number | null; label?: string | null }): Promise<{ token: string; key: KeyInfo }>
  listKeys(orgId: number): Promise<KeyInfo[]>
  revokeKey(orgId: number, id: number): Promise<boolean>
  authenticate(token: string): Promise<Principal | null>
  createSession(keyId: number, seconds: number): Promise<{ token: string; csrf: string }>
  session(token: string): Promise<{ principal: Principal; csrf: string } | null>
  deleteSession(token: string): Promise<void>

  findByHash(orgId: number, hash: string): Promise<{ id: number } | null>
  saveConversation(orgId: number, conversation: NewConversation): Promise<number>
  /** Stores an analysis for its engine version; an existing one for that version is kept (created false). */
  saveAnalysis(conversationId: number, analysis: Analysis): Promise<{ id: number; created: boolean }>
  getConversation(orgId: number, id: number): Promise<StoredConversation | null>
  access(principal: Principal, conversationId: number): Promise<Access>
  listConversations(principal: Principal, filter?: ConversationFilter): Promise<{ total: number; items: ConversationSummary[] }>
  search(principal: Principal, text: string, limit?: number): Promise<SearchHit[]>
  latestAnalysis(conversationId: number): Promise<StoredAnalysis | null>
  listAnalyses(conversationId: number): Promise<Omit<StoredAnalysis, 'analysis'>[]>
  getAnalysis(orgId: number, id: number): Promise<StoredAnalysis | null>
  /** A person's conversations with their latest analyses, newest first. */
  personHistory(orgId: number, personId: number, filter?: HistoryFilter): Promise<PersonConversation[]>
}
