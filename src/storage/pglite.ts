import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Db } from './db.js'
import { migrate, migrations } from './migrate.js'

type Queryable = Pick<Transaction, 'query' | 'exec'>

function wrap(target: Queryable, inTransaction: boolean, owner?: PGlite): Db {
  const db: Db = {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<T>(sql, [...params])).rows
    },
    async exec(sql: string) {
      await target.exec(sql)
    },
    async transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
      if (inTransaction || !owner) return work(db)
      return owner.transaction((tx) => work(wrap(tx, true)))
    },
    async close() {
      if (owner && !owner.closed) await owner.close()
    },
  }
  return db
}

let template: Promise<Blob | null> | undefined

/**
 * A migrated, empty database as a tarball, kept in the temp folder: PGlite's initdb takes seconds,
 * loading a snapshot a fraction of that, which keeps test files that each need a fresh database fast.
 */
function migratedTemplate(): Promise<Blob | null> {
  template ??= (async () => {
    const key = createHash('sha256').update(JSON.stringify(migrations())).digest('hex').slice(0, 16)
    const file = join(tmpdir(), `rapport-pglite-${key}.tar`)
    if (existsSync(file)) return new Blob([readFileSync(file)])
    const pg = await PGlite.create()
    try {
      await migrate(wrap(pg, false, pg))
      const blob = await pg.dumpDataDir('none')
      const partial = `${file}.${process.pid}`
      writeFileSync(partial, new Uint8Array(await blob.arrayBuffer()))
      renameSync(partial, file)
      return blob
    } finally {
      await pg.close()
    }
  })().catch(() => null)
  return template
}

/** Embedded Postgres: persisted in `dataDir`, or in memory without one (started from a migrated snapshot). */
export async function openPglite(dataDir?: string, options: { snapshot?: boolean } = {}): Promise<Db> {
  if (dataDir) {
    const pg = await PGlite.create({ dataDir })
    return wrap(pg, false, pg)
  }
  const snapshot = options.snapshot ? await migratedTemplate() : null
  if (snapshot) {
    try {
      const pg = await PGlite.create({ loadDataDir: snapshot })
      return wrap(pg, false, pg)
    } catch {
      // A snapshot from another PGlite version: start from scratch.
    }
  }
  const pg = await PGlite.create()
  return wrap(pg, false, pg)
}
