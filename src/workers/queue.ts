import { createHash } from 'node:crypto'
import PgBoss from 'pg-boss'
import { analyze, engineVersion, InputError, read } from '../core/index.js'
import { peopleIn, storeAnalysed, type Uploader } from '../server/upload.js'
import type { Store } from '../storage/index.js'

/** The pg-boss queue that holds analysis jobs. */
export const queueName = 'rapport-analyze'

/** One file to analyse; the bytes travel in the job, so a worker on any machine can take it. */
export interface AnalysisJob {
  source: string
  /** The file's bytes, base64. */
  content: string
  reps: string[]
  organisation: string
  /** Set by server uploads: who uploaded it (then `organisation` is only for people reading the queue). */
  uploader?: Uploader
  /** When the conversation happened (ISO), if the upload said. */
  occurredAt?: string
  /** The conversation's source when it is not the file name (JSON uploads). */
  title?: string
}

/** What a job did: the conversations it stored and whether each analysis is new. */
export interface JobOutcome {
  conversations: { id: number; source: string; analysisId: number; created: boolean; duplicate: boolean }[]
}

/** How jobs are retried and when a silent worker's job is handed to another. */
export interface QueueSettings {
  /** Attempts after the first; a poison file then ends as a failed job holding its error. */
  retryLimit: number
  /** Seconds before the first retry; doubled each time (`retryBackoff`). */
  retryDelay: number
  /** A job active this long (its worker died or lost the database) is retried elsewhere. */
  expireInSeconds: number
  /** How often pg-boss looks for expired jobs. */
  maintenanceIntervalSeconds: number
}

export const defaultQueueSettings: QueueSettings = { retryLimit: 3, retryDelay: 5, expireInSeconds: 120, maintenanceIntervalSeconds: 30 }

/** Connects pg-boss (its own schema, created on first start) and makes sure the queue exists. */
export async function openQueue(databaseUrl: string, settings: Partial<QueueSettings> = {}, onError: (error: Error) => void = () => undefined): Promise<PgBoss> {
  const options = { ...defaultQueueSettings, ...settings }
  const boss = new PgBoss({
    connectionString: databaseUrl,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: Math.max(options.maintenanceIntervalSeconds, 1),
  })
  // pg-boss reports database trouble as events; without a listener they would end the process.
  boss.on('error', onError)
  await boss.start()
  const queue = {
    name: queueName,
    // stately: at most one queued and one running job per key, so enqueuing a file twice queues it once.
    policy: 'stately' as const,
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelay,
    retryBackoff: true,
    expireInSeconds: options.expireInSeconds,
  }
  if (await boss.getQueue(queueName)) await boss.updateQueue(queueName, queue)
  else await boss.createQueue(queueName, queue).catch(async (error) => {
    // Another process created it between our check and our create.
    if (!(await boss.getQueue(queueName))) throw error
  })
  return boss
}

/** The job's identity: the same bytes for the same engine version and organisation are one job. */
export function jobKey(bytes: Uint8Array, organisation: string | number): string {
  return `${engineVersion}:${organisation}:${createHash('sha256').update(bytes).digest('hex')}`
}

/** What a queued file carries besides its bytes. */
export type JobOptions = Omit<AnalysisJob, 'source' | 'content' | 'reps'> & { reps?: string[] }

/** Queues one file; null when the same content is already queued or running for the organisation. */
export async function enqueue(boss: PgBoss, source: string, bytes: Uint8Array, options: JobOptions): Promise<string | null> {
  const { reps = [], ...rest } = options
  const job: AnalysisJob = { source, content: Buffer.from(bytes).toString('base64'), reps, ...rest }
  return boss.send(queueName, job, { singletonKey: jobKey(bytes, options.uploader?.orgId ?? options.organisation) })
}

/**
 * Analyses one job and stores it through the Store, idempotently: a conversation is found by its
 * content hash and an analysis by its engine version, so a job retried after a crash (even one that
 * had already committed) stores nothing twice.
 */
export async function processJob(store: Store, job: AnalysisJob): Promise<JobOutcome> {
  const uploader = job.uploader ?? { orgId: await store.ensureOrganisation(job.organisation), keyId: null, personId: null, rep: false }
  const people = await store.listPeople(uploader.orgId)
  const reps = [...people.flatMap((person) => person.identities), ...job.reps]
  const results = await read(Buffer.from(job.content, 'base64'), job.source, { reps })
  const outcome: JobOutcome = { conversations: [] }
  for (const result of results) {
    const conversation = job.title === undefined ? result.conversation : { ...result.conversation, source: job.title }
    const item = { conversation, analysis: analyze(conversation, { roles: result.roles }), people: peopleIn(conversation, result.roles, people, uploader) }
    const stored = await store.transaction((tx) => storeAnalysed(tx, uploader, item, job.occurredAt ? new Date(job.occurredAt) : undefined))
    outcome.conversations.push({ id: stored.id, source: conversation.source, analysisId: stored.analysisId, created: stored.created, duplicate: stored.duplicate })
  }
  return outcome
}

/** A running worker: `stop` lets the job in hand finish, then disconnects. */
export interface RunningWorker {
  stop(): Promise<void>
}

/** What a worker tells its caller about. */
export interface WorkerEvents {
  done?: (job: AnalysisJob, outcome: JobOutcome) => void
  failed?: (job: AnalysisJob, error: Error) => void
  /** The queue could not be reached (the database is down); the worker waits and tries again. */
  trouble?: (error: Error) => void
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000))

/**
 * Takes jobs one at a time and stores their results. It fetches the next job as soon as one is
 * done (pg-boss's own `work` loop waits a polling interval between jobs) and sleeps only when the
 * queue is empty. An error fails the job, which pg-boss retries with backoff up to the retry limit;
 * if the database is gone even for that, the job expires and is retried the same way.
 */
export function startWorker(boss: PgBoss, store: Store, events: WorkerEvents = {}, pollingIntervalSeconds = 1): RunningWorker {
  let stopping = false
  const loop = (async () => {
    while (!stopping) {
      let job: PgBoss.Job<AnalysisJob> | undefined
      try {
        ;[job] = await boss.fetch<AnalysisJob>(queueName, { batchSize: 1 })
      } catch (error) {
        events.trouble?.(error as Error)
        await sleep(pollingIntervalSeconds)
        continue
      }
      if (!job) {
        await sleep(pollingIntervalSeconds)
        continue
      }
      let outcome: JobOutcome
      try {
        outcome = await processJob(store, job.data)
      } catch (caught) {
        let error = caught as Error
        // The job keeps the message (and, for a bad file, where it is), so failed jobs explain themselves.
        if (error instanceof InputError) {
          if (error.where.file === undefined) error.where.file = job.data.source
          error = new Error(`rapport: ${error.format()}`)
        }
        events.failed?.(job.data, error)
        await boss.fail(queueName, job.id, { message: error.message, stack: error.stack }).catch((failure: Error) => events.trouble?.(failure))
        continue
      }
      try {
        await boss.complete(queueName, job.id, outcome)
        events.done?.(job.data, outcome)
      } catch (error) {
        // Stored but not marked done: the job expires and its retry finds everything already stored.
        events.trouble?.(error as Error)
      }
    }
  })()
  return {
    async stop() {
      stopping = true
      await loop
      await boss.stop({ graceful: false, wait: true })
    },
  }
}
