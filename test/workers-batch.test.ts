import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { before, describe, it } from 'node:test'
import { pickJobs, smallBatch } from '../src/cli/batch.js'
import { rapport, type CliRun } from './run-cli.js'

// A folder of good calls plus one broken file, sorted so the bad one sits in the middle.
const folder = mkdtempSync(join(tmpdir(), 'rapport-batch-'))
const examples = ['examples/renewal-stall.txt', 'examples/support-escalation.srt', 'examples/onboarding-chat.csv']
const good = Array.from({ length: 9 }, (_, i) => join(folder, `call-${i}${extname(examples[i % 3]!)}`))
good.forEach((file, i) => copyFileSync(examples[i % 3]!, file))
const bad = join(folder, 'call-4-bad.txt')
writeFileSync(bad, 'no speaker on this line\n')

const bySource = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { source: string })
    .sort((a, b) => (a.source < b.source ? -1 : 1))

describe('rapport analyze --jobs', () => {
  // Starting threads loads the language model in each: one threaded run serves every check.
  let threaded: CliRun
  let single: CliRun
  before(async () => {
    threaded = await rapport('analyze', folder, '--jobs', '2', '--format', 'ndjson')
    single = await rapport('analyze', folder, '--jobs', '1', '--format', 'ndjson')
  })

  it('streams one ndjson line per conversation, each naming its source', () => {
    assert.equal(threaded.status, 2)
    assert.deepEqual(bySource(threaded.stdout).map((analysis) => analysis.source), [...good].sort())
  })

  it('gives the same analyses as one thread', () => {
    assert.deepEqual(bySource(threaded.stdout), bySource(single.stdout))
  })

  it('reports the bad file once, at the end, and goes on with the rest', () => {
    const lines = threaded.stderr.trim().split('\n')
    assert.match(lines.at(-1)!, new RegExp(`^rapport: ${bad}(:1)?: `))
    assert.equal(lines.filter((line) => line.includes(bad)).length, 1)
    assert.equal(lines.length, 10, threaded.stderr)
    assert.ok(lines.slice(0, -1).every((line) => line.includes('team inferred')), threaded.stderr)
    assert.equal(lines.at(-1), single.stderr.trim().split('\n').find((line) => line.includes(bad)))
  })

  it('refuses a --jobs that is not a positive whole number', async () => {
    const run = await rapport('analyze', folder, '--jobs', '0')
    assert.equal(run.status, 2)
    assert.equal(run.stderr, `rapport: --jobs "0" is not a positive whole number; pass e.g. --jobs ${availableParallelism()} (the number of cores here)\n`)
  })

  it('analyses small batches in process unless --jobs is given', () => {
    assert.equal(pickJobs(undefined, smallBatch - 1), 1)
    assert.equal(pickJobs(undefined, 1000), Math.min(availableParallelism(), 1000))
    assert.equal(pickJobs('8', 3), 3)
    assert.equal(pickJobs('1', 100), 1)
  })
})
