/** The little a store needs from a Postgres driver: PGlite and node-postgres both fit. */
export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
  /** Runs `work` in one transaction; inside a transaction it simply runs `work`. */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
}
