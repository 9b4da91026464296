import { readFile, stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { defaultMaxBytes, InputError } from '../core/index.js'
import type { QueueSettings } from '../workers/queue.js'
import { reportInputError, type CommandOutcome } from './analyze.js'
import { collectFiles } from './files.js'
import { io } from './io.js'

const collect = (value: string, previous: string[] = []) => [...previous, value]

interface SettingsOptions {
  retryLimit?: string
  retryDelay?: string
  expireSeconds?: string
  maintenanceSeconds?: string
}

export interface EnqueueCommandOptions extends SettingsOptions {
  rep?: string[]
  org: string
  maxSize?: string
}

export interface WorkerCommandOptions extends SettingsOptions {
  pollSeconds?: string
  /** Stop once the queue has been empty this many seconds (default: run until stopped). */
  idleExit?: string
}

/** Adds `enqueue` and `worker`; pg-boss and the store load only when one of them runs. */
export function registerQueueCommands(program: Command): void {
  const settings = (command: Command) =>
    command
      .option('--retry-limit <n>', 'retries before a job is marked failed with its error', '3')
      .option('--retry-delay <seconds>', 'first retry delay; doubles on each retry', '5')
      .option('--expire-seconds <seconds>', 'a job running this long (its worker died) is retried', '120')
  settings(
    program
      .command('enqueue')
      .description('Queue conversations on PostgreSQL (DATABASE_URL) for "rapport worker" processes to analyse and store')
      .argument('<paths...>', 'files or directories (walked recursively for known extensions)')
      .option('--rep <name>', 'a team speaker: a name, an email address or @domain; repeatable', collect)
      .option('--org <name>', 'the organisation the conversations belong to', 'default')
      .option('--max-size <megabytes>', 'refuse files larger than this', '25')
  ).action(async (paths: string[], options: EnqueueCommandOptions) => {
    process.exitCode = (await runEnqueue(paths, options)).status
  })
  settings(
    program
      .command('worker')
      .description('Take analysis jobs from PostgreSQL (DATABASE_URL), analyse them and store the results; run as many as you like')
      .option('--poll-seconds <seconds>', 'how often an idle worker looks for jobs', '1')
      .option('--maintenance-seconds <seconds>', 'how often expired jobs are looked for', '30')
      .option('--idle-exit <seconds>', 'exit once no job has come for this long (default: run until stopped)')
  ).action(async (options: WorkerCommandOptions) => {
    process.exitCode = (await runWorker(options)).status
  })
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new InputError('DATABASE_URL is not set', {}, 'set DATABASE_URL=postgres://user@host/db; the workers and the server use the same database')
  return url
}

function number(name: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < minimum) throw new InputError(`--${name} "${value}" is not a number of at least ${minimum}`, {}, `pass e.g. --${name} ${Math.max(minimum, 1)}`)
  return parsed
}

function settingsOf(options: SettingsOptions): Partial<QueueSettings> {
  const settings: Partial<QueueSettings> = {}
  const retryLimit = number('retry-limit', options.retryLimit, 0)
  const retryDelay = number('retry-delay', options.retryDelay, 0)
  const expireInSeconds = number('expire-seconds', options.expireSeconds, 1)
  const maintenanceIntervalSeconds = number('maintenance-seconds', options.maintenanceSeconds, 1)
  if (retryLimit !== undefined) settings.retryLimit = Math.round(retryLimit)
  if (retryDelay !== undefined) settings.retryDelay = Math.round(retryDelay)
  if (expireInSeconds !== undefined) settings.expireInSeconds = Math.round(expireInSeconds)
  if (maintenanceIntervalSeconds !== undefined) settings.maintenanceIntervalSeconds = Math.round(maintenanceIntervalSeconds)
  return settings
}

/** `rapport enqueue <paths...>`: one job per file, keyed by content and engine version. */
export async function runEnqueue(paths: readonly string[], options: EnqueueCommandOptions): Promise<CommandOutcome> {
  const url = databaseUrl()
  const maxBytes = options.maxSize === undefined ? defaultMaxBytes : Math.round((number('max-size', options.maxSize, 0) ?? 25) * 1048576)
  const settings = settingsOf(options)
  const { files, errors } = await collectFiles(paths)
  let status: 0 | 2 = 0
  for (const error of errors) {
    reportInputError(error)
    status = 2
  }
  if (files.length === 0) return { status: 2 }
  const { openQueue, enqueue } = await import('../workers/queue.js')
  const boss = await openQueue(url, settings)
  let queued = 0
  let waiting = 0
  try {
    for (const file of files) {
      const size = (await stat(file)).size
      if (size > maxBytes) {
        reportInputError(new InputError(`the file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit`, { file }, 'split it into smaller files, or raise the limit with --max-size'))
        status = 2
        continue
      }
      const id = await enqueue(boss, file, await readFile(file), { reps: options.rep ?? [], organisation: options.org })
      if (id) queued++
      else waiting++
    }
  } finally {
    await boss.stop({ graceful: false, wait: true })
  }
  io.out(`queued ${queued} file${queued === 1 ? '' : 's'}${waiting ? `; ${waiting} already queued or running` : ''}\n`)
  return { status }
}

/** `rapport worker`: takes jobs until stopped (SIGINT/SIGTERM), letting the job in hand finish. */
export async function runWorker(options: WorkerCommandOptions): Promise<CommandOutcome> {
  const url = databaseUrl()
  const settings = settingsOf(options)
  const pollSeconds = number('poll-seconds', options.pollSeconds, 0.5) ?? 1
  const idleExit = number('idle-exit', options.idleExit, 1)
  const { openQueue, startWorker } = await import('../workers/queue.js')
  const { openStore } = await import('../storage/index.js')
  const { isDatabaseUnavailable } = await import('../storage/unavailable.js')
  const store = await openStore({ databaseUrl: url })
  let down = false
  const trouble = (error: Error) => {
    // One line per outage, not one per poll.
    if (isDatabaseUnavailable(error)) {
      if (!down) io.err(`rapport worker: database unavailable (${error.message}); retrying\n`)
      down = true
    } else io.err(`rapport worker: ${error.message}\n`)
  }
  const boss = await openQueue(url, settings, trouble)
  let last = Date.now()
  const worker = startWorker(
    boss,
    store,
    {
      done(job, outcome) {
        if (down) io.err('rapport worker: database back; carrying on\n')
        down = false
        last = Date.now()
        for (const item of outcome.conversations) {
          io.err(`rapport worker: ${job.source}: conversation ${item.id}, analysis ${item.analysisId}${item.created ? '' : ' (already stored)'}\n`)
        }
      },
      failed(job, error) {
        last = Date.now()
        io.err(`rapport worker: ${job.source}: ${error.message.replace(/\s+/g, ' ')} (will retry until the retry limit)\n`)
      },
      trouble,
    },
    pollSeconds
  )
  io.err(`rapport worker: waiting for jobs (pid ${process.pid})\n`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    if (idleExit !== undefined) {
      const timer = setInterval(() => {
        if (Date.now() - last > idleExit * 1000) {
          clearInterval(timer)
          resolve()
        }
      }, 250)
    }
  })
  await worker.stop()
  await store.close()
  return { status: 0 }
}
