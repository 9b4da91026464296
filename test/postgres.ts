// A database of its own on the machine's PostgreSQL for a test file (RAPPORT_TEST_DATABASE_URL, or
// the local server's `test` database), created fresh and dropped after.
import pg from 'pg'

export const base = process.env.RAPPORT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Runs `work` on a connection to the base database. */
export async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 2000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Why PostgreSQL cannot be used, or null when it can. */
export const unreachable: string | null = await admin(async () => null).catch((error: Error) => error.message)

/** The URL of a database named `name` on the same server. */
export function databaseUrlOf(name: string): string {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** Drops and creates the database `name`. */
export async function freshDatabase(name: string): Promise<void> {
  await admin(async (client) => {
    await client.query(`drop database if exists ${name} with (force)`)
    await client.query(`create database ${name}`)
  })
}

/** Drops the database `name`, ignoring a server that went away. */
export async function dropDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`drop database if exists ${name} with (force)`)).catch(() => undefined)
}
