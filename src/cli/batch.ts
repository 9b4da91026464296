import { createWriteStream, type WriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import cliProgress from 'cli-progress'
import { InputError, type Analysis, type Format } from '../core/index.js'
import { errorOf, type FileResult, type FileTask } from '../workers/analyze-file.js'
import { createAnalyzePool, defaultJobs } from '../workers/pool.js'
import { describeRoles, renderFor, reportInputError } from './analyze.js'
import { io } from './io.js'

/**
 * Below this many files, and without an explicit `--jobs`, the batch runs in process: each thread
 * loads the language model first (about 1.5 s of CPU, measured in docs/scaling.md), which a handful
 * of files never earns back.
 */
export const smallBatch = 16

/** How many threads to analyse `files` files on; 1 means in process, as without `--jobs`. */
export function pickJobs(value: string | undefined, files: number): number {
  if (value === undefined) return files < smallBatch ? 1 : Math.min(defaultJobs(), files)
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new InputError(`--jobs "${value}" is not a positive whole number`, {}, `pass e.g. --jobs ${defaultJobs()} (the number of cores here)`)
  }
  return Math.max(1, Math.min(jobs, files))
}

/** What `runBatch` needs, already checked by `runAnalyze`. */
export interface BatchOptions {
  jobs: number
  format: Format
  reps: string[]
  maxBytes: number
  explain: boolean
  quiet: boolean
  out?: string | undefined
  /** Draw the progress bar; by default only when standard error is a terminal. */
  progress?: boolean
}

/**
 * Analyses `files` on `jobs` worker threads. `ndjson` streams a line per conversation as soon as
 * its file is done (so lines may come out of order; each names its `source`); other formats are
 * printed once, in input order. Bad files are reported at the end; the status is then 2.
 */
export async function runBatch(files: readonly string[], options: BatchOptions): Promise<0 | 2> {
  const pool = createAnalyzePool(options.jobs)
  const streaming = options.format === 'ndjson'
  const sink: WriteStream | null = streaming && options.out ? createWriteStream(options.out) : null
  const write = (text: string) => (sink ? void sink.write(text) : io.out(text))
  const collected: Analysis[][] = []
  const problems: { index: number; error: InputError }[] = []
  const progress = (options.progress ?? process.stderr.isTTY === true) ? startProgress(files.length) : null
  const note = (text: string) => (progress ? progress.log(text) : io.err(text))

  const settle = (index: number, result: FileResult) => {
    if (!result.ok) {
      problems.push({ index, error: errorOf(result.problem) })
    } else {
      if (!options.quiet) for (const { source, roles } of result.roles) describeRoles(source, roles, options.reps.length > 0, note)
      if (streaming) write(result.ndjson)
      else collected[index] = result.analyses
    }
    progress?.advance(result.ok ? result.utterances : 0)
  }

  try {
    // A bounded window of tasks in flight keeps memory flat on a folder of a hundred thousand calls.
    const window = options.jobs * 4
    const running = new Set<Promise<void>>()
    for (const [index, file] of files.entries()) {
      const task: FileTask = { file, reps: options.reps, maxBytes: options.maxBytes, explain: options.explain, render: streaming ? 'ndjson' : null }
      const job: Promise<void> = (pool.run(task) as Promise<FileResult>).then((result) => {
        running.delete(job)
        settle(index, result)
      })
      running.add(job)
      if (running.size >= window) await Promise.race(running)
    }
    await Promise.all(running)
  } finally {
    progress?.stop()
    await pool.destroy()
    if (sink) await new Promise((resolve) => sink.end(resolve))
  }

  if (!streaming) {
    const analyses = collected.flatMap((list) => list ?? [])
    if (analyses.length > 0) {
      const output = renderFor(analyses, options.format, !options.out && io.isTTY())
      if (options.out) await writeFile(options.out, output)
      else io.out(output)
    }
  }
  problems.sort((a, b) => a.index - b.index)
  for (const { error } of problems) reportInputError(error)
  return problems.length > 0 ? 2 : 0
}

interface Progress {
  advance(utterances: number): void
  log(text: string): void
  stop(): void
}

/** A bar on standard error with files done, utterances per second and the time left. */
function startProgress(total: number): Progress {
  const bars = new cliProgress.MultiBar(
    {
      format: ' {bar} {percentage}% | {value}/{total} files | {rate} utterances/s | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic
  )
  const bar = bars.create(total, 0, { rate: '0' })
  const started = performance.now()
  let utterances = 0
  return {
    advance(count) {
      utterances += count
      const seconds = (performance.now() - started) / 1000
      bar.increment(1, { rate: seconds > 0 ? Math.round(utterances / seconds).toString() : '0' })
    },
    log: (text) => bars.log(text),
    stop: () => bars.stop(),
  }
}
