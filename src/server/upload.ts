import { createHash } from 'node:crypto'
import { analyze, engineVersion, InputError, read, type Analysis, type Conversation, type RoleDecision } from '../core/index.js'
import type { NewConversation, Person, Principal, Store } from '../storage/index.js'

/** One uploaded file. */
export interface UploadFile {
  name: string
  bytes: Uint8Array
  /** The conversation's source when it is not the file name (JSON uploads). */
  source?: string
}

export interface UploadOptions {
  /** Extra team speakers, as `--rep`. */
  reps?: string[]
  occurredAt?: Date
  maxBytes?: number
}

export interface UploadedConversation {
  id: number
  file: string
  source: string
  duplicate: boolean
  analysisId: number
  findings: number
  people: { id: number; name: string }[]
}

/** The content hash that makes re-uploading idempotent: channel and utterances, not the file name. */
export function contentHash(conversation: Conversation): string {
  const content = conversation.utterances.map((u) => [u.speaker, u.role, u.start, u.end, u.text])
  return createHash('sha256').update(JSON.stringify([conversation.channel, content])).digest('hex')
}

/** Which known people spoke for the company, by exact speaker name or email address. */
export function matchPeople(conversation: Conversation, people: readonly Person[]): NewConversation['people'] {
  const byIdentity = new Map<string, Person>()
  for (const person of people) for (const identity of person.identities) if (!identity.startsWith('@')) byIdentity.set(identity, person)
  const found = new Map<number, string>()
  for (const utterance of conversation.utterances) {
    if (utterance.role !== 'team') continue
    const person = byIdentity.get(utterance.speaker.trim().toLowerCase()) ?? (utterance.address ? byIdentity.get(utterance.address.toLowerCase()) : undefined)
    if (person && !found.has(person.id)) found.set(person.id, utterance.speaker)
  }
  return [...found].map(([personId, speaker]) => ({ personId, speaker }))
}

/** Who uploaded a file: travels with it to whichever process stores it (the request, or a queue worker). */
export interface Uploader {
  orgId: number
  /** The API key that uploaded it. */
  keyId: number | null
  /** The key's person, if any. */
  personId: number | null
  /** A rep's own upload: a conversation with one unrecognised team speaker is theirs. */
  rep: boolean
}

/** The uploader behind an authenticated request. */
export function uploaderOf(principal: Principal): Uploader {
  return { orgId: principal.orgId, keyId: principal.keyId, personId: principal.personId, rep: principal.role === 'rep' }
}

/** What a queued file carries besides its bytes, for the worker to store it as the request would. */
export interface QueuedJob {
  uploader: Uploader
  reps: string[]
  /** When the conversation happened (ISO), if the upload said. */
  occurredAt?: string
  /** The conversation's source when it is not the file name (JSON uploads). */
  title?: string
}

/** The known people who spoke for the company; for a rep's own upload with one unknown team speaker, the rep. */
export function peopleIn(conversation: Conversation, roles: RoleDecision, people: readonly Person[], uploader: Uploader): NewConversation['people'] {
  const matched = matchPeople(conversation, people)
  if (matched.length || !uploader.rep || roles.team.length !== 1 || !people.some((person) => person.id === uploader.personId)) return matched
  return [{ personId: uploader.personId!, speaker: roles.team[0]! }]
}

/** One analysed conversation as it is stored. */
export interface StoredUpload {
  id: number
  analysisId: number
  /** The analysis is new (not one this engine version had stored already). */
  created: boolean
  /** The conversation was already stored (same content hash). */
  duplicate: boolean
}

/**
 * Stores an analysed conversation, idempotently: a conversation is found by its content hash and an
 * analysis by its engine version, so storing it again (a re-upload, a retried job) adds nothing.
 */
export async function storeAnalysed(
  store: Store,
  uploader: Uploader,
  item: { conversation: Conversation; analysis: Analysis; people: NewConversation['people'] },
  occurredAt: Date = new Date()
): Promise<StoredUpload> {
  const hash = contentHash(item.conversation)
  const existing = await store.findByHash(uploader.orgId, hash)
  const id =
    existing?.id ??
    (await store.saveConversation(uploader.orgId, {
      source: item.conversation.source,
      channel: item.conversation.channel,
      occurredAt,
      participants: item.analysis.participants,
      utterances: item.analysis.utterances.map(({ labels: _labels, ...utterance }) => utterance),
      hash,
      uploadedBy: uploader.keyId,
      uploaderPersonId: uploader.personId,
      people: item.people,
    }))
  // Same engine: the stored analysis stands. A newer engine adds one and keeps the old.
  const analysis = await store.saveAnalysis(id, item.analysis)
  return { id, analysisId: analysis.id, created: analysis.created, duplicate: existing !== null }
}

/** Where uploads go when workers analyse them (pg-boss on PostgreSQL: src/workers/queue.ts). */
export interface UploadQueue {
  /** Queues one file; resolves to the job id, or null when the same file is already queued or running. */
  enqueue(file: UploadFile, job: QueuedJob): Promise<string | null>
}

/** One uploaded file on the queue. */
export interface QueuedUpload {
  file: string
  /** The pg-boss job id; null when the same content was already queued or being analysed. */
  job: string | null
  /** Conversations read from the file (an mbox may hold several). */
  conversations: number
}

/**
 * Checks that every file reads (a file a user must fix throws InputError naming it, and nothing is
 * queued), then queues them all for the workers, which analyse and store them.
 */
export async function queueUpload(store: Store, principal: Principal, files: readonly UploadFile[], queue: UploadQueue, options: UploadOptions = {}): Promise<QueuedUpload[]> {
  if (!files.length) throw new InputError('no files in the upload', {}, 'send one or more files in the "files" field, or JSON {"conversations": [...]}')
  const people = await store.listPeople(principal.orgId)
  const reps = [...people.flatMap((person) => person.identities), ...(options.reps ?? [])]
  const counts: number[] = []
  for (const file of files) counts.push((await readUpload(file, reps, options)).length)
  const queued: QueuedUpload[] = []
  for (const [i, file] of files.entries()) {
    const job: QueuedJob = { uploader: uploaderOf(principal), reps: options.reps ?? [] }
    if (options.occurredAt) job.occurredAt = options.occurredAt.toISOString()
    if (file.source !== undefined) job.title = file.source
    queued.push({ file: file.name, job: await queue.enqueue(file, job), conversations: counts[i]! })
  }
  return queued
}

/** Reads one uploaded file; an error that does not name a file names this one. */
async function readUpload(file: UploadFile, reps: string[], options: UploadOptions) {
  try {
    return await read(file.bytes, file.name, options.maxBytes === undefined ? { reps } : { reps, maxBytes: options.maxBytes })
  } catch (error) {
    if (error instanceof InputError && error.where.file === undefined) error.where.file = file.name
    throw error
  }
}

/**
 * Reads, analyses and stores uploaded files. Every file is read and analysed first; a file a
 * user must fix throws InputError naming it and nothing is stored. Storing is one transaction.
 */
export async function ingest(store: Store, principal: Principal, files: readonly UploadFile[], options: UploadOptions = {}): Promise<UploadedConversation[]> {
  if (!files.length) throw new InputError('no files in the upload', {}, 'send one or more files in the "files" field, or JSON {"conversations": [...]}')
  const people = await store.listPeople(principal.orgId)
  // Known people's names and addresses (and @domains) tell the reader who speaks for the company.
  const reps = [...people.flatMap((person) => person.identities), ...(options.reps ?? [])]
  const uploader = uploaderOf(principal)
  const prepared: { file: string; conversation: Conversation; analysis: Analysis; people: NewConversation['people'] }[] = []
  for (const file of files) {
    for (const result of await readUpload(file, reps, options)) {
      const conversation = file.source === undefined ? result.conversation : { ...result.conversation, source: file.source }
      prepared.push({ file: file.name, conversation, analysis: analyze(conversation, { roles: result.roles }), people: peopleIn(conversation, result.roles, people, uploader) })
    }
  }
  const names = new Map(people.map((person) => [person.id, person.name]))
  return store.transaction(async (tx) => {
    const stored: UploadedConversation[] = []
    for (const item of prepared) {
      const { id, analysisId, duplicate } = await storeAnalysed(tx, uploader, item, options.occurredAt)
      stored.push({
        id,
        file: item.file,
        source: item.conversation.source,
        duplicate,
        analysisId,
        findings: item.analysis.findings.length,
        people: item.people.map(({ personId }) => ({ id: personId, name: names.get(personId) ?? '' })),
      })
    }
    return stored
  })
}

/** Re-runs the current engine on a stored conversation; the analysis of an older engine stays in the history. */
export async function reanalyse(store: Store, orgId: number, conversationId: number): Promise<{ id: number; created: boolean; engineVersion: string } | null> {
  const stored = await store.getConversation(orgId, conversationId)
  if (!stored) return null
  const conversation: Conversation = { source: stored.source, channel: stored.channel, utterances: stored.utterances }
  const team = [...new Set(stored.utterances.filter((u) => u.role === 'team').map((u) => u.speaker))]
  const result = await store.saveAnalysis(conversationId, analyze(conversation, { roles: { team } }))
  return { ...result, engineVersion }
}
