// Runs every *.test.ts under src/ and test/ with node's own runner (Node 20 does not expand globs).
// All files are imported by one entry file, so tsx, the language model and the trained weights load
// once instead of once per file (that alone took the suite from minutes to seconds). Pass files to
// run only those; pass --isolated to give each file its own process as `node --test` normally does.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

function find(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : find(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const args = process.argv.slice(2)
const isolated = args.includes('--isolated')
const only = args.filter((arg) => !arg.startsWith('--'))
const files = only.length ? only : ['src', 'test'].flatMap(find).sort()
let targets = files
if (!isolated && files.length > 1) {
  mkdirSync('test-output', { recursive: true })
  const entry = resolve('test-output', 'all.test.mjs')
  writeFileSync(entry, files.map((file) => `await import(${JSON.stringify(pathToFileURL(resolve(file)).href)})\n`).join(''))
  targets = [relative(process.cwd(), entry)]
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...targets], { stdio: 'inherit' })
process.exit(result.status ?? 1)
