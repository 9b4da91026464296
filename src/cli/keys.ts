import { resolve } from 'node:path'
import { InputError } from '../core/index.js'
import { io } from './io.js'
import { accessRoles, defaultOrganisation, openStore, type AccessRole, type Store } from '../storage/index.js'

export interface KeysCommandOptions {
  data: string
}

async function withStore<T>(options: KeysCommandOptions, work: (store: Store, org: number) => Promise<T>): Promise<T> {
  const databaseUrl = process.env.DATABASE_URL || undefined
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: resolve(options.data) })
  try {
    return await work(store, await store.ensureOrganisation(defaultOrganisation))
  } finally {
    await store.close()
  }
}

/** `rapport keys create`: prints the token once; a manager or rep key belongs to a person, created if new. */
export async function runKeysCreate(options: KeysCommandOptions & { role: string; person?: string; label?: string }): Promise<void> {
  if (!(accessRoles as readonly string[]).includes(options.role)) throw new InputError(`--role ${options.role} is not a role`, {}, `use one of ${accessRoles.join(', ')}`)
  const role = options.role as AccessRole
  if (role !== 'admin' && !options.person?.trim()) throw new InputError(`a ${role} key needs --person NAME`, {}, 'the person is who the key sees conversations for')
  await withStore(options, async (store, org) => {
    let personId: number | null = null
    if (options.person?.trim()) {
      const name = options.person.trim()
      const person = (await store.findPersonByName(org, name)) ?? (await store.createPerson(org, { name }))
      personId = person.id
    }
    const { token, key } = await store.createKey(org, { role, personId, label: options.label ?? null })
    io.err(`rapport: created ${role} key ${key.id}${options.person ? ` for ${options.person.trim()}` : ''}; this is the only time the token is shown:\n`)
    io.out(`${token}\n`)
  })
}

/** `rapport keys list`: ids, prefixes and roles, never tokens. */
export async function runKeysList(options: KeysCommandOptions): Promise<void> {
  await withStore(options, async (store, org) => {
    const people = new Map((await store.listPeople(org)).map((person) => [person.id, person.name]))
    const keys = await store.listKeys(org)
    if (!keys.length) io.err('rapport: no keys yet; create one with "rapport keys create --role admin"\n')
    for (const key of keys) {
      const person = key.personId === null ? '-' : (people.get(key.personId) ?? String(key.personId))
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active'
      io.out(`${String(key.id).padEnd(5)} ${`${key.prefix}…`.padEnd(13)} ${key.role.padEnd(8)} ${person.padEnd(20)} ${state}${key.label ? `  ${key.label}` : ''}\n`)
    }
  })
}

/** `rapport keys revoke ID`: the key and its browser sessions stop working at once. */
export async function runKeysRevoke(id: string, options: KeysCommandOptions): Promise<void> {
  const number = Number(id)
  if (!Number.isInteger(number) || number <= 0) throw new InputError(`"${id}" is not a key id`, {}, 'see the ids with "rapport keys list"')
  await withStore(options, async (store, org) => {
    if (!(await store.revokeKey(org, number))) throw new InputError(`key ${number} does not exist or is already revoked`, {}, 'see the ids with "rapport keys list"')
    io.err(`rapport: key ${number} revoked\n`)
  })
}
