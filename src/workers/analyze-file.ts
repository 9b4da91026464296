import { readFileSync, statSync } from 'node:fs'
import { analyze, InputError, read, render, type Analysis, type RoleDecision } from '../core/index.js'

/** One file to analyse, as it crosses to a worker thread (plain data only). */
export interface FileTask {
  file: string
  reps: string[]
  maxBytes: number
  explain: boolean
  /** `ndjson`: the worker renders the lines itself, so only strings cross back. */
  render: 'ndjson' | null
}

/** A user-fixable problem with one file, as plain data (an `InputError` does not survive a thread hop). */
export interface FileProblem {
  message: string
  file?: string
  line?: number
  hint?: string
}

/** What analysing one file produced: its conversations, or the one problem that stopped it. */
export type FileResult =
  | { ok: true; file: string; utterances: number; analyses: Analysis[]; ndjson: string; roles: { source: string; roles: RoleDecision }[] }
  | { ok: false; file: string; problem: FileProblem }

/**
 * Reads and analyses one file; an `InputError` becomes a `problem`, anything else (a bug) is thrown.
 * The file is read synchronously: the thread has nothing else to do meanwhile (its other posted
 * files wait for the CPU, not the disk), so an asynchronous read only left it idle (14 % of a
 * batch's wall clock in a profile of the bench corpus).
 */
export async function analyzeFile(task: FileTask): Promise<FileResult> {
  const { file } = task
  try {
    const size = statSync(file).size
    if (size > task.maxBytes) {
      throw new InputError(
        `the file is ${(size / 1048576).toFixed(1)} MB, over the ${(task.maxBytes / 1048576).toFixed(1)} MB limit`,
        { file },
        'split it into smaller files, or raise the limit with --max-size'
      )
    }
    const bytes = readFileSync(file)
    const analyses: Analysis[] = []
    const roles: { source: string; roles: RoleDecision }[] = []
    let utterances = 0
    for (const { conversation, roles: decision } of await read(bytes, file, { reps: task.reps, maxBytes: task.maxBytes })) {
      roles.push({ source: conversation.source, roles: decision })
      analyses.push(analyze(conversation, { roles: decision, explain: task.explain }))
      utterances += conversation.utterances.length
    }
    if (task.render === 'ndjson') return { ok: true, file, utterances, analyses: [], ndjson: render(analyses, 'ndjson'), roles }
    return { ok: true, file, utterances, analyses, ndjson: '', roles }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { ok: false, file, problem: problemOf(error, file) }
  }
}

/** Plain data for an `InputError`, with the file filled in when the reader did not name it. */
export function problemOf(error: InputError, file?: string): FileProblem {
  const problem: FileProblem = { message: error.message }
  const where = error.where.file ?? file
  if (where !== undefined) problem.file = where
  if (error.where.line !== undefined) problem.line = error.where.line
  if (error.hint !== undefined) problem.hint = error.hint
  return problem
}

/** The `InputError` again, on the main thread, so it prints exactly as the in-process path prints it. */
export function errorOf(problem: FileProblem): InputError {
  const where: { file?: string; line?: number } = {}
  if (problem.file !== undefined) where.file = problem.file
  if (problem.line !== undefined) where.line = problem.line
  return new InputError(problem.message, where, problem.hint)
}
