import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Db } from './db.js'

/** One versioned schema change: `NNN-name.sql` in ./migrations. */
export interface Migration {
  version: number
  name: string
  sql: string
}

// tsc does not copy .sql files to dist/, so a built CLI reads them from the checkout's src/.
function migrationsFolder(): string {
  const here = fileURLToPath(new URL('./migrations/', import.meta.url))
  if (existsSync(here)) return here
  return fileURLToPath(new URL('../../src/storage/migrations/', import.meta.url))
}

/** The migrations shipped with Rapport, in version order. */
export function migrations(folder = migrationsFolder()): Migration[] {
  return readdirSync(folder)
    .filter((file) => /^\d+-[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.split('-')[0]), name: file.replace(/\.sql$/, ''), sql: readFileSync(folder + file, 'utf8') }))
}

/** Applies pending migrations, each in its own transaction; an advisory lock keeps two starting processes apart. */
export async function migrate(db: Db, list: readonly Migration[] = migrations()): Promise<number[]> {
  await db.exec(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`)
  const applied: number[] = []
  for (const migration of list) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(7270771)')
      const rows = await tx.query('select 1 from schema_migrations where version = $1', [migration.version])
      if (rows.length) return false
      await tx.exec(migration.sql)
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name])
      return true
    })
    if (done) applied.push(migration.version)
  }
  return applied
}
