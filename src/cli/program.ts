import { Command, CommanderError, Option } from 'commander'
import { detectors, engineVersion, formats, InputError } from '../core/index.js'
import { reportInputError, runAnalyze, type AnalyzeCommandOptions } from './analyze.js'
import { io } from './io.js'
import { registerQueueCommands } from './queue.js'
import { registerServerCommands } from './serve.js'

const collect = (value: string, previous: string[] = []) => [...previous, value]

/** Builds the command-line program; `main` runs it. */
export function buildProgram(): Command {
  const program = new Command()
  program
    .name('rapport')
    .description('Empathy intelligence for customer conversations: finds where empathy was shown, missed or overdone.')
    .version(engineVersion)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text) => io.err(`rapport: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(run "rapport --help" for usage)')

  program
    .command('analyze')
    .description('Analyse conversations: call transcripts (.txt, .vtt, .srt), chats (.csv, .json) and email (.eml, .mbox)')
    .argument('<paths...>', 'files or directories (walked recursively for known extensions)')
    .option('--rep <name>', 'a team speaker: a name, an email address or @domain; repeatable, or "A,B"', collect)
    .addOption(new Option('--format <format>', 'output format (default: text on a terminal, json otherwise)').choices([...formats]))
    .option('--out <file>', 'write the output to a file instead of standard output')
    .option('--explain', 'for every label, show the words and the pattern that produced it')
    .option('--max-size <megabytes>', 'refuse files larger than this', '25')
    .option('--quiet', 'do not print what was inferred about roles')
    .option('--jobs <n>', 'worker threads for a batch (default: one per core from 16 files up; 1 = in process)')
    .addHelpText(
      'after',
      `
Exit status: 0 analysed; 2 unusable input or arguments (one line per problem on stderr); 1 internal fault.

Examples:
  rapport analyze examples/renewal-stall.txt
  rapport analyze calls/ --rep "Dana" --format ndjson --out results.ndjson
  rapport analyze thread.mbox --rep @acme.com --format md`
    )
    .action(async (paths: string[], options: AnalyzeCommandOptions) => {
      const outcome = await runAnalyze(paths, options)
      process.exitCode = outcome.status
    })

  program
    .command('detectors')
    .description('List every label Rapport detects, with its role and meaning')
    .action(() => {
      for (const detector of detectors) io.out(`${detector.id.padEnd(22)} ${detector.role.padEnd(9)} ${detector.description}\n`)
    })

  registerServerCommands(program)
  registerQueueCommands(program)
  return program
}

/** Runs the program with exit codes per the contract: 0 ok, 2 user error, 1 bug. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2
      return
    }
    if (error instanceof InputError) {
      reportInputError(error)
      process.exitCode = 2
      return
    }
    io.err(`rapport: internal error, please report it: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 1
  }
}

