import { mkdirSync } from 'node:fs'
import type { Db } from './db.js'
import { migrate } from './migrate.js'
import { openPglite } from './pglite.js'
import { openPostgres } from './postgres.js'
import { SqlStore } from './sql.js'
import type { Store } from './store.js'

export type * from './store.js'
export { accessRoles } from './store.js'
export { SqlStore, StoreError, sha256 } from './sql.js'
export { migrate, migrations } from './migrate.js'

/** Where the data lives: PostgreSQL when `databaseUrl` is given, else PGlite in `dataDir` (in memory without one). */
export interface OpenOptions {
  databaseUrl?: string | undefined
  dataDir?: string | undefined
  /** PostgreSQL schema to use (created if missing); tests use a unique one. */
  schema?: string | undefined
}

/** Opens the store and applies pending migrations. */
export async function openStore(options: OpenOptions = {}): Promise<Store> {
  let db: Db
  if (options.databaseUrl) {
    db = await openPostgres(options.databaseUrl, options.schema ? { schema: options.schema } : {})
  } else {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
    db = await openPglite(options.dataDir, { snapshot: true })
  }
  try {
    await migrate(db)
  } catch (error) {
    await db.close()
    throw error
  }
  return new SqlStore(db)
}

/** The organisation a single-tenant install puts everything in. */
export const defaultOrganisation = 'default'
