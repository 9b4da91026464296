import { serve as listen, type ServerType } from '@hono/node-server'
import { openStore, type Store } from '../storage/index.js'
import { createApp, type AppOptions } from './app.js'
import { claimFolder, releaseFolder, writeLock } from './local.js'

export { createApp, type AppOptions } from './app.js'

export interface ServeOptions extends Omit<AppOptions, 'store'> {
  port: number
  hostname?: string
  /** PGlite data folder, used when no `databaseUrl`. */
  dataDir: string
  databaseUrl?: string | undefined
}

/** Opens the store (migrating it), builds the app and listens; resolves with the address once listening. */
export async function startServer(options: ServeOptions): Promise<{ url: string; store: Store; server: ServerType; close: () => Promise<void> }> {
  const { port, hostname = '127.0.0.1', dataDir, databaseUrl, ...appOptions } = options
  // PGlite: one process per folder, so this server holds it and `rapport keys` goes through it.
  const secret = databaseUrl ? undefined : claimFolder(dataDir)
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir })
  const app = createApp({ store, ...appOptions, ...(secret ? { localSecret: secret } : {}) })
  return new Promise((resolve, reject) => {
    const server = listen({ fetch: app.fetch, port, hostname }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address
      const url = `http://${host}:${info.port}/`
      if (secret) writeLock(dataDir, { pid: process.pid, url, secret })
      resolve({
        url,
        store,
        server,
        close: () =>
          new Promise<void>((done) => {
            if (secret) releaseFolder(dataDir, secret)
            server.close(() => void store.close().then(done, done))
          }),
      })
    })
    server.once('error', (error) => void store.close().finally(() => reject(error)))
  })
}
