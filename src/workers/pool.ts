import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'

/** The number of threads `--jobs` defaults to: one per core. */
export const defaultJobs = (): number => availableParallelism()

// Under tsx (tests, `npm run bench`) this module is a .ts file and so is the worker; built, both are .js.
const underTsx = import.meta.url.endsWith('.ts')

/**
 * A pool of worker threads that each run the analysis core; the worker file sits next to this module,
 * so it works from `dist/` and, with tsx loaded into each thread, from the sources.
 */
export function createAnalyzePool(threads: number): Piscina {
  const worker = new URL(underTsx ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url)
  return new Piscina({
    filename: fileURLToPath(worker),
    minThreads: threads,
    maxThreads: threads,
    // Idle threads would be torn down and re-load the language model: keep them for the whole batch.
    idleTimeout: 60_000,
    // A thread that finishes a file would otherwise wait for the main thread to take its result and
    // post the next file; with a few files already posted it goes straight on (a thread's throughput
    // on the bench corpus went from about 80 % of the in-process figure to about the same).
    concurrentTasksPerWorker: 3,
    execArgv: underTsx ? ['--import', 'tsx'] : [],
  })
}
