import { resolve } from 'node:path'
import type { Command } from 'commander'
import { InputError } from '../core/index.js'
import { io } from './io.js'

export interface ServeCommandOptions {
  port: string
  host: string
  data: string
  workers?: string
  /** false with --no-queue */
  queue?: boolean
}

const defaultData = './.rapport'

/** Adds `serve` and `keys create|list|revoke`; the server and storage load only when one of them runs. */
export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('Run the team server: stored conversations, the HTTP API (/openapi.json) and the web app')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', 'PGlite data folder (ignored when DATABASE_URL is set)', defaultData)
    .option('--workers <n>', 'with DATABASE_URL: worker loops in this process that analyse queued uploads (0: only `rapport worker` processes do)', '1')
    .option('--no-queue', 'with DATABASE_URL: analyse uploads in the request instead of queueing them')
    .addHelpText(
      'after',
      '\nWith DATABASE_URL=postgres://… the data goes to PostgreSQL, and uploads are queued (pg-boss) for workers:\nthis process runs --workers of them; add more anywhere with `rapport worker`.\nCreate the first key with: rapport keys create --role admin'
    )
    .action(async (options: ServeCommandOptions) => runServe(options))

  const keys = program.command('keys').description('Create, list and revoke API keys (only their hashes are stored)')
  keys
    .command('create')
    .description('Create a key and print its token once')
    .requiredOption('--role <role>', 'admin, manager or rep')
    .option('--person <name>', 'the person a manager or rep key belongs to (created if new)')
    .option('--label <text>', 'a note, e.g. the device')
    .option('--data <dir>', 'PGlite data folder', defaultData)
    .action(async (options: { role: string; person?: string; label?: string; data: string }) => (await import('./keys.js')).runKeysCreate(options))
  keys
    .command('list')
    .description('List keys: id, prefix, role, person, state')
    .option('--data <dir>', 'PGlite data folder', defaultData)
    .action(async (options: { data: string }) => (await import('./keys.js')).runKeysList(options))
  keys
    .command('revoke')
    .description('Revoke a key; its browser sessions end at once')
    .argument('<id>', 'the key id from "rapport keys list"')
    .option('--data <dir>', 'PGlite data folder', defaultData)
    .action(async (id: string, options: { data: string }) => (await import('./keys.js')).runKeysRevoke(id, options))
}

/** `rapport serve`: the team server on PGlite in `--data`, or on PostgreSQL when DATABASE_URL is set. */
export async function runServe(options: ServeCommandOptions): Promise<void> {
  const port = Number(options.port)
  if (!/^\d+$/.test(options.port) || port > 65535) throw new InputError(`--port ${options.port} is not a port number`, {}, 'use 0..65535 (0 picks a free port)')
  const databaseUrl = process.env.DATABASE_URL || undefined
  const dataDir = resolve(options.data)
  const workers = Number(options.workers ?? '1')
  if (!/^\d+$/.test(options.workers ?? '1') || workers > 64) throw new InputError(`--workers ${options.workers} is not a count`, {}, 'use 0..64 (0: only separate `rapport worker` processes analyse uploads)')
  const queue = Boolean(databaseUrl) && options.queue !== false
  const { startServer } = await import('../server/main.js')
  const { url, close } = await startServer({ port, hostname: options.host, dataDir, databaseUrl, workers: queue ? workers : null, log: (line) => io.err(`${line}\n`) })
  io.err(databaseUrl ? 'rapport: storing data in PostgreSQL (DATABASE_URL)\n' : `rapport: storing data in ${dataDir}\n`)
  if (queue) io.err(`rapport: uploads go on the queue; ${workers} worker${workers === 1 ? '' : 's'} in this process${workers === 0 ? ' (start `rapport worker` to analyse them)' : ''}\n`)
  io.out(`Rapport is listening on ${url}\n`)
  const stop = () => void close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
