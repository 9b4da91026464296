import { io } from '../src/cli/io.js'
import { main } from '../src/cli/program.js'

/** What one CLI run printed and its exit status. */
export interface CliRun {
  status: number
  stdout: string
  stderr: string
}

let queue: Promise<unknown> = Promise.resolve()

/** Runs the CLI in this process (fast), capturing what it writes and the exit status. */
export function rapport(...args: string[]): Promise<CliRun> {
  const run = queue.then(async () => {
    const out: string[] = []
    const err: string[] = []
    const saved = { ...io }
    io.out = (text) => void out.push(text)
    io.err = (text) => void err.push(text)
    io.isTTY = () => false
    process.exitCode = 0
    try {
      await main(['node', 'rapport', ...args])
    } finally {
      Object.assign(io, saved)
    }
    const status = Number(process.exitCode ?? 0)
    process.exitCode = 0
    return { status, stdout: out.join(''), stderr: err.join('') }
  })
  queue = run.catch(() => undefined)
  return run
}
