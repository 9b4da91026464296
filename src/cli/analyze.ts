import { readFile, stat, writeFile } from 'node:fs/promises'
import pc from 'picocolors'
import { analyze, defaultMaxBytes, formats, InputError, read, render, type Analysis, type Format, type Paint } from '../core/index.js'
import { pickJobs, runBatch } from './batch.js'
import { collectFiles } from './files.js'
import { io } from './io.js'

/** Options of `rapport analyze`. */
export interface AnalyzeCommandOptions {
  rep?: string[]
  format?: string
  out?: string
  explain?: boolean
  maxSize?: string
  quiet?: boolean
  /** Worker threads for a batch (default: one per core for 16 files or more; 1 analyses in process). */
  jobs?: string
}

/** What the command did, for the exit status. */
export interface CommandOutcome {
  status: 0 | 1 | 2
}

const colours: Paint = { bold: pc.bold, dim: pc.dim, red: pc.red, green: pc.green, yellow: pc.yellow, cyan: pc.cyan }

/** Prints one user-facing problem as the contract's single stderr line. */
export function reportInputError(error: InputError): void {
  io.err(`rapport: ${error.format()}\n`)
}

/** `rapport analyze <file|dir>...`: reads, analyses and prints; bad files are reported and skipped. */
export async function runAnalyze(paths: readonly string[], options: AnalyzeCommandOptions): Promise<CommandOutcome> {
  const format = pickFormat(options)
  const maxBytes = parseMaxSize(options.maxSize)
  const reps = options.rep ?? []
  const { files, errors } = await collectFiles(paths)
  let status: 0 | 2 = 0
  for (const error of errors) {
    reportInputError(error)
    status = 2
  }
  const jobs = pickJobs(options.jobs, files.length)
  if (jobs > 1) {
    const batch = await runBatch(files, { jobs, format, reps, maxBytes, explain: options.explain ?? format === 'html', quiet: options.quiet ?? false, out: options.out })
    return { status: batch === 2 ? 2 : status }
  }
  const analyses: Analysis[] = []
  const stream = format === 'ndjson' && !options.out
  for (const file of files) {
    try {
      const size = (await stat(file)).size
      if (size > maxBytes) {
        throw new InputError(`the file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit`, { file }, 'split it into smaller files, or raise the limit with --max-size')
      }
      const bytes = await readFile(file)
      for (const { conversation, roles } of await read(bytes, file, { reps, maxBytes })) {
        if (!options.quiet) describeRoles(conversation.source, roles, reps.length > 0)
        const analysis = analyze(conversation, { roles, explain: options.explain ?? format === 'html' })
        if (stream) io.out(render([analysis], 'ndjson'))
        else analyses.push(analysis)
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      if (error.where.file === undefined) error.where.file = file
      reportInputError(error)
      status = 2
    }
  }
  if (!stream && analyses.length > 0) {
    const output = renderFor(analyses, format, !options.out && io.isTTY())
    if (options.out) await writeFile(options.out, output)
    else io.out(output)
  }
  if (files.length === 0 && errors.length === 0) {
    reportInputError(new InputError('no input files given', {}, 'run "rapport analyze FILE|DIR..."'))
    status = 2
  }
  return { status }
}

/** Renders analyses for stdout or --out; colour only on a terminal. */
export function renderFor(analyses: Analysis[], format: Format, colour: boolean): string {
  // Contract: with several files, json prints one object a line.
  if (format === 'json' && analyses.length > 1) return render(analyses, 'ndjson')
  return render(analyses, format, colour ? { paint: colours } : {})
}

function pickFormat(options: AnalyzeCommandOptions): Format {
  if (options.format === undefined) return io.isTTY() && !options.out ? 'text' : 'json'
  if (!(formats as readonly string[]).includes(options.format)) {
    throw new InputError(`--format "${options.format}" is not one of ${formats.join(', ')}`, {}, 'pick one of those')
  }
  return options.format as Format
}

function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return defaultMaxBytes
  const megabytes = Number(value)
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new InputError(`--max-size "${value}" is not a positive number of megabytes`, {}, 'pass e.g. --max-size 100')
  }
  return Math.round(megabytes * 1048576)
}

/** Says on stderr (or through `write`) what was inferred about roles. */
export function describeRoles(source: string, roles: { team: string[]; inferred?: string; unmatched?: string[] }, hadReps: boolean, write = io.err): void {
  const team = roles.team.length ? roles.team.map((name) => `"${name}"`).join(', ') : 'nobody'
  if (roles.unmatched?.length && hadReps) {
    write(`rapport: ${source}: --rep ${roles.unmatched.map((name) => `"${name}"`).join(', ')} matched no speaker here\n`)
  }
  if (roles.inferred) {
    write(`rapport: ${source}: team inferred as ${team} (${roles.inferred}); pass --rep NAME to set it\n`)
  }
}
