import pg from 'pg'
import type { Db } from './db.js'

type Client = Pick<pg.PoolClient, 'query'>

function wrapClient(client: Client): Db {
  const db: Db = {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(sql, [...params])).rows as T[]
    },
    async exec(sql: string) {
      await client.query(sql)
    },
    transaction: (work) => work(db),
    async close() {},
  }
  return db
}

/** PostgreSQL through a connection pool; `schema` (created if missing) isolates tests and tenants. */
export async function openPostgres(connectionString: string, options: { schema?: string } = {}): Promise<Db> {
  const config: pg.PoolConfig = { connectionString, max: 10 }
  if (options.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`invalid schema name ${options.schema}`)
    const setup = new pg.Client({ connectionString })
    await setup.connect()
    try {
      await setup.query(`create schema if not exists ${options.schema}`)
    } finally {
      await setup.end()
    }
    config.options = `-c search_path=${options.schema}`
  }
  const pool = new pg.Pool(config)
  // An idle connection dropped by a database restart is an 'error' event; unheard, it would end the process.
  // The next query gets a fresh connection, or a connection error the caller can answer (503, retry).
  pool.on('error', () => undefined)
  const pooled = wrapClient(pool)
  return {
    ...pooled,
    async transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
      const client = await pool.connect()
      try {
        await client.query('begin')
        const result = await work(wrapClient(client))
        await client.query('commit')
        return result
      } catch (error) {
        await client.query('rollback').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async close() {
      await pool.end()
    },
  }
}
