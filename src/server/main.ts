import { serve as listen, type ServerType } from '@hono/node-server'
import { openStore, type Store } from '../storage/index.js'
import { createApp, type AppOptions } from './app.js'
import { claimFolder, releaseFolder, writeLock } from './local.js'
import type { UploadQueue } from './upload.js'

export { createApp, type AppOptions } from './app.js'

export interface ServeOptions extends Omit<AppOptions, 'store' | 'queue'> {
  port: number
  hostname?: string
  /** PGlite data folder, used when no `databaseUrl`. */
  dataDir: string
  databaseUrl?: string | undefined
  /**
   * With `databaseUrl`: worker loops this process runs beside the server (default 1). Uploads go on
   * the pg-boss queue and any worker (these, or `rapport worker` elsewhere) analyses them. `null`
   * analyses uploads in the request instead, as on PGlite.
   */
  workers?: number | null
  /** Where the in-process workers report a failed job. */
  log?: (line: string) => void
}

/** Opens the store (migrating it), builds the app and listens; resolves with the address once listening. */
export async function startServer(options: ServeOptions): Promise<{ url: string; store: Store; server: ServerType; close: () => Promise<void> }> {
  const { port, hostname = '127.0.0.1', dataDir, databaseUrl, workers = 1, log = () => undefined, ...appOptions } = options
  // PGlite: one process per folder, so this server holds it and `rapport keys` goes through it.
  const secret = databaseUrl ? undefined : claimFolder(dataDir)
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir })
  const queued = databaseUrl && workers !== null ? await startQueue(databaseUrl, store, workers, log) : undefined
  const app = createApp({ store, ...appOptions, ...(secret ? { localSecret: secret } : {}), ...(queued ? { queue: queued.queue } : {}) })
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
            server.close(() => void (queued ? queued.stop() : Promise.resolve()).then(() => store.close()).then(done, done))
          }),
      })
    })
    server.once('error', (error) => void (queued ? queued.stop() : Promise.resolve()).finally(() => store.close().finally(() => reject(error))))
  })
}

/** The pg-boss queue for uploads, and `count` worker loops in this process taking jobs from it. */
async function startQueue(databaseUrl: string, store: Store, count: number, log: (line: string) => void): Promise<{ queue: UploadQueue; stop: () => Promise<void> }> {
  const { enqueue, openQueue, startWorker } = await import('../workers/queue.js')
  const boss = await openQueue(databaseUrl, {}, (error) => log(`rapport: queue: ${error.message}`))
  const queue: UploadQueue = { enqueue: (file, job) => enqueue(boss, file.name, file.bytes, { organisation: `org-${job.uploader.orgId}`, ...job }) }
  // Each loop has its own pg-boss connection, so stopping one does not stop the queue the server sends to.
  const loops = await Promise.all(
    Array.from({ length: count }, async () => startWorker(await openQueue(databaseUrl, {}, () => undefined), store, { failed: (job, error) => log(`${error.message} (upload ${job.source})`) }))
  )
  return {
    queue,
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()))
      await boss.stop({ graceful: false, wait: true })
    },
  }
}
