import { resolve } from 'node:path'
import { InputError } from '../core/index.js'
import { keyWork, liveLock, type KeyAnswer, type KeyRequest } from '../server/local.js'
import { accessRoles, defaultOrganisation, openStore, StoreError, type AccessRole } from '../storage/index.js'
import { io } from './io.js'

export interface KeysCommandOptions {
  data: string
}

/** Runs a key request on the store, or through the server that holds the PGlite folder right now. */
async function run(options: KeysCommandOptions, request: KeyRequest): Promise<KeyAnswer> {
  const databaseUrl = process.env.DATABASE_URL || undefined
  const dataDir = resolve(options.data)
  const lock = databaseUrl ? null : liveLock(dataDir)
  // A lock whose pid was reused by another program answers no connection: the folder is free.
  const response = lock
    ? await fetch(new URL('internal/keys', lock.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rapport-local': lock.secret },
        body: JSON.stringify(request),
      }).catch(() => null)
    : null
  if (lock && response) {
    const body = (await response.json()) as KeyAnswer & { error?: { message: string; hint?: string } }
    if (!response.ok) throw new InputError(body.error?.message ?? `the server at ${lock.url} answered ${response.status}`, {}, body.error?.hint)
    return body
  }
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir })
  try {
    return await keyWork(store, await store.ensureOrganisation(defaultOrganisation), request)
  } catch (error) {
    if (error instanceof StoreError) throw new InputError(error.message, {}, 'see the ids with "rapport keys list"')
    throw error
  } finally {
    await store.close()
  }
}

/** `rapport keys create`: prints the token once; a manager or rep key belongs to a person, created if new. */
export async function runKeysCreate(options: KeysCommandOptions & { role: string; person?: string; label?: string }): Promise<void> {
  if (!(accessRoles as readonly string[]).includes(options.role)) throw new InputError(`--role ${options.role} is not a role`, {}, `use one of ${accessRoles.join(', ')}`)
  const role = options.role as AccessRole
  if (role !== 'admin' && !options.person?.trim()) throw new InputError(`a ${role} key needs --person NAME`, {}, 'the person is who the key sees conversations for')
  const answer = await run(options, { action: 'create', role, person: options.person, label: options.label })
  if (answer.action !== 'create') return
  io.err(`rapport: created ${role} key ${answer.key.id}${options.person ? ` for ${options.person.trim()}` : ''}; this is the only time the token is shown:\n`)
  io.out(`${answer.token}\n`)
}

/** `rapport keys list`: ids, prefixes and roles, never tokens. */
export async function runKeysList(options: KeysCommandOptions): Promise<void> {
  const answer = await run(options, { action: 'list' })
  if (answer.action !== 'list') return
  if (!answer.keys.length) io.err('rapport: no keys yet; create one with "rapport keys create --role admin"\n')
  for (const key of answer.keys) {
    const state = key.revokedAt ? `revoked ${new Date(key.revokedAt).toISOString()}` : 'active'
    io.out(`${String(key.id).padEnd(5)} ${`${key.prefix}…`.padEnd(13)} ${key.role.padEnd(8)} ${(key.person ?? '-').padEnd(20)} ${state}${key.label ? `  ${key.label}` : ''}\n`)
  }
}

/** `rapport keys revoke ID`: the key and its browser sessions stop working at once. */
export async function runKeysRevoke(id: string, options: KeysCommandOptions): Promise<void> {
  const number = Number(id)
  if (!/^\d+$/.test(id) || number <= 0) throw new InputError(`"${id}" is not a key id`, {}, 'see the ids with "rapport keys list"')
  await run(options, { action: 'revoke', id: number })
  io.err(`rapport: key ${number} revoked\n`)
}
