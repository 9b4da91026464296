import { serve as listen, type ServerType } from '@hono/node-server'
import { openStore, type Store } from '../storage/index.js'
import { createApp, type AppOptions } from './app.js'

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
  const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir })
  const { port, hostname = '127.0.0.1', dataDir: _dataDir, databaseUrl: _databaseUrl, ...appOptions } = options
  const app = createApp({ store, ...appOptions })
  return new Promise((resolve, reject) => {
    const server = listen({ fetch: app.fetch, port, hostname }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}/`,
        store,
        server,
        close: () => new Promise<void>((done) => server.close(() => void store.close().then(done, done))),
      })
    })
    server.once('error', reject)
  })
}
