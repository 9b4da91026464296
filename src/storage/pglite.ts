import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Db } from './db.js'

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

/** Embedded Postgres: in memory without a folder, else persisted in `dataDir`. */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = dataDir ? await PGlite.create({ dataDir }) : await PGlite.create()
  return wrap(pg, false, pg)
}
