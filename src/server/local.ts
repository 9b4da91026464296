import { randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../core/index.js'
import { StoreError, type AccessRole, type KeyInfo, type Store } from '../storage/index.js'

/**
 * PGlite allows one process per data folder. While `rapport serve` runs, it writes
 * DIR/server.json (readable by the owner only) with its address and a secret, and
 * `rapport keys` sends its work there instead of opening the folder a second time.
 */
export interface LocalLock {
  pid: number
  url: string
  secret: string
}

export const lockPath = (dataDir: string) => join(dataDir, 'server.json')

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The lock of a server that is running on this folder, or null. */
export function liveLock(dataDir: string): LocalLock | null {
  const file = lockPath(dataDir)
  if (!existsSync(file)) return null
  try {
    const lock = JSON.parse(readFileSync(file, 'utf8')) as LocalLock
    return typeof lock.pid === 'number' && lock.pid !== process.pid && alive(lock.pid) ? lock : null
  } catch {
    return null
  }
}

/** Claims the folder for this server; refuses when another live server holds it. */
export function claimFolder(dataDir: string): string {
  const other = liveLock(dataDir)
  if (other) throw new InputError(`another Rapport server (pid ${other.pid}, ${other.url}) already uses ${dataDir}`, {}, 'stop it first, or give this one another --data folder')
  return randomBytes(24).toString('base64url')
}

export function writeLock(dataDir: string, lock: LocalLock): void {
  writeFileSync(lockPath(dataDir), JSON.stringify(lock), { mode: 0o600 })
}

export function releaseFolder(dataDir: string, secret: string): void {
  try {
    const lock = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LocalLock
    if (lock.secret === secret) rmSync(lockPath(dataDir))
  } catch {
    // Already gone.
  }
}

export const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** What `rapport keys` asks for: the same work whether it opens the store or goes through a running server. */
export type KeyRequest =
  | { action: 'create'; role: AccessRole; person?: string | undefined; label?: string | undefined }
  | { action: 'list' }
  | { action: 'revoke'; id: number }

export type KeyAnswer =
  | { action: 'create'; token: string; key: KeyInfo }
  | { action: 'list'; keys: (KeyInfo & { person: string | null })[] }
  | { action: 'revoke'; revoked: true }

/** Runs a key request on a store, in the given organisation. */
export async function keyWork(store: Store, org: number, request: KeyRequest): Promise<KeyAnswer> {
  if (request.action === 'create') {
    if (request.role !== 'admin' && !request.person?.trim()) throw new InputError(`a ${request.role} key needs --person NAME`, {}, 'the person is who the key sees conversations for')
    let personId: number | null = null
    const name = request.person?.trim()
    if (name) personId = ((await store.findPersonByName(org, name)) ?? (await store.createPerson(org, { name }))).id
    const { token, key } = await store.createKey(org, { role: request.role, personId, label: request.label ?? null })
    return { action: 'create', token, key }
  }
  if (request.action === 'list') {
    const people = new Map((await store.listPeople(org)).map((person) => [person.id, person.name]))
    return { action: 'list', keys: (await store.listKeys(org)).map((key) => ({ ...key, person: key.personId === null ? null : (people.get(key.personId) ?? null) })) }
  }
  if (!(await store.revokeKey(org, request.id))) throw new StoreError(`key ${request.id} does not exist or is already revoked`)
  return { action: 'revoke', revoked: true }
}
