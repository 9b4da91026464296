import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'

import { rapport } from './run-cli.js'

const cli = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts')

const broken: Record<string, string> = {
  'bad-time.csv': 'rapport: test/fixtures/broken/bad-time.csv:2: time "yesterday-ish" is not a date or time (expected e.g. 2026-03-04T09:15:22Z, 09:15:22 or Unix seconds); fix the "created_at" column or remove it',
  'bad-timestamp.srt': 'rapport: test/fixtures/broken/bad-timestamp.srt:6: cue timing "00:00:05 --> 00:00:06,000" is not SubRip (expected "00:00:01,000 --> 00:00:02,000"); export the subtitles again as .srt, or save the transcript as .txt',
  'bad-timestamp.txt': 'rapport: test/fixtures/broken/bad-timestamp.txt:2: timestamp "00:7x:02" is not hh:mm:ss or mm:ss (optionally with .mmm); fix or remove the timestamp',
  'bad-timestamp.vtt': 'rapport: test/fixtures/broken/bad-timestamp.vtt:8: cue timing "00:00:0x.000 --> 00:00:06.000" is not WebVTT: must be exactly two digits (expected "00:00:01.000 --> 00:00:02.000"); export the transcript again as WebVTT, or save it as .txt',
  'bad.json': `rapport: test/fixtures/broken/bad.json: not valid JSON (Unexpected token ']'); fix the JSON, or export the conversation again`,
  'binary.txt': 'rapport: test/fixtures/broken/binary.txt: this is a binary file, not a transcript; pass a text transcript (.txt, .vtt, .srt, .csv, .json) or an email (.eml, .mbox)',
  'blank.vtt': 'rapport: test/fixtures/broken/blank.vtt: the file is empty; pass a transcript, chat export or email',
  'empty.txt': 'rapport: test/fixtures/broken/empty.txt: the file is empty; pass a transcript, chat export or email',
  'latin1.txt': 'rapport: test/fixtures/broken/latin1.txt:1: text is not valid UTF-8 (byte 0xE9 at column 21); save the file as UTF-8 (or UTF-16 with a byte-order mark) and try again',
  'no-headers.eml': 'rapport: test/fixtures/broken/no-headers.eml:1: no email headers found (expected "From:", "Date:" and "Subject:" lines before the body); save the email with its headers (as .eml), or paste the thread into a .txt transcript',
  'no-speaker-column.csv': 'rapport: test/fixtures/broken/no-speaker-column.csv:1: no speaker column in the header (found: time, message); name one column author, speaker, from or sender',
  'no-speakers.txt': 'rapport: test/fixtures/broken/no-speakers.txt: no utterances found; write one utterance per line as "Speaker: text", optionally starting with [hh:mm:ss]',
  'no-text.json': 'rapport: test/fixtures/broken/no-text.json: utterances.0.text: Invalid input: expected string, received undefined; a conversation is {"utterances": [{"speaker": "Dana", "text": "Hello"}]}, with optional role, start and end',
  'not-srt.srt': 'rapport: test/fixtures/broken/not-srt.srt:1: not SubRip subtitles: expected timestamp, but received: "Transcript"; export the subtitles again as .srt, or save the transcript as .txt',
}

describe('rapport analyze on broken input', () => {
  // One run over the whole folder: every file is reported on one line and skipped, and the status is 2.
  let run: Awaited<ReturnType<typeof rapport>>
  let lines: string[] = []
  before(async () => {
    run = await rapport('analyze', 'test/fixtures/broken', '--format', 'json', '--quiet')
    lines = run.stderr.trim().split('\n')
  })

  it('exits 2 with one line per broken file, no stack trace, nothing on stdout', () => {
    assert.equal(run.status, 2)
    assert.equal(run.stdout, '')
    assert.doesNotMatch(run.stderr, /\n\s+at /)
    assert.deepEqual(readdirSync('test/fixtures/broken').sort(), Object.keys(broken).sort())
  })
  for (const [file, message] of Object.entries(broken)) {
    it(`${file}: ${message.split(': ').slice(2).join(': ').slice(0, 50)}…`, () => {
      assert.ok(lines.includes(message), `missing line:\n${message}\nin:\n${run.stderr}`)
    })
  }
})

describe('rapport analyze', () => {
  it('analyses every example with the v1 contract', async () => {
    const run = await rapport('analyze', 'examples', '--format', 'ndjson')
    assert.equal(run.status, 0, run.stderr)
    const analyses = run.stdout.trim().split('\n').map((line) => JSON.parse(line))
    const files = readdirSync('examples').filter((name) => !name.endsWith('.md'))
    assert.equal(analyses.length, files.length)
    for (const analysis of analyses) {
      assert.equal(analysis.schema, 'rapport.analysis/v1')
      assert.ok(analysis.utterances.length > 0)
      assert.ok(analysis.participants.some((p: { role: string }) => p.role === 'team') || analysis.channel === 'email')
      for (const utterance of analysis.utterances) {
        assert.ok(Array.isArray(utterance.labels))
        assert.ok(utterance.start === null || typeof utterance.start === 'number')
      }
      for (const value of Object.values(analysis.metrics)) assert.ok(value === null || Number.isFinite(value))
    }
  })

  it('says on stderr what it inferred and how to override it', async () => {
    const run = await rapport('analyze', 'examples/renewal-stall.txt', '--format', 'json')
    assert.match(run.stderr, /team inferred as "Jordan Blake" \(.+\); pass --rep NAME to set it/)
  })

  it('--rep sets the team, by name or @domain', async () => {
    const byName = JSON.parse((await rapport('analyze', 'examples/renewal-stall.txt', '--rep', 'sofia brandt', '--format', 'json')).stdout)
    assert.deepEqual(byName.participants.map((p: { name: string; role: string }) => `${p.name}=${p.role}`), ['Jordan Blake=customer', 'Sofia Brandt=team'])
    const byDomain = JSON.parse((await rapport('analyze', 'examples/billing-thread.mbox', '--rep', '@payroll.io', '--format', 'json')).stdout)
    assert.deepEqual(byDomain.roles.team, ['Grace Liu'])
  })

  it('reads UTF-16 with a byte-order mark', async () => {
    const run = await rapport('analyze', 'test/fixtures/good/utf16.txt', '--format', 'json', '--rep', 'Dana')
    assert.equal(run.status, 0, run.stderr)
    assert.equal(JSON.parse(run.stdout).utterances[0].text, 'Héllo Sam')
  })

  it('analyses the good files of a folder with one bad file and exits 2', async () => {
    const run = await rapport('analyze', 'test/fixtures/mixed', '--format', 'ndjson', '--quiet')
    assert.equal(run.status, 2)
    assert.equal(run.stdout.trim().split('\n').length, 2)
    assert.equal(run.stderr.trim().split('\n').length, 1)
    assert.match(run.stderr, /^rapport: test\/fixtures\/mixed\/bad\.vtt:8: /)
  })

  it('rejects a 50 MB file with the limit and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-'))
    const big = join(dir, 'big.txt')
    writeFileSync(big, '')
    truncateSync(big, 50 * 1024 * 1024)
    const run = await rapport('analyze', big)
    assert.equal(run.status, 2)
    assert.equal(run.stderr, `rapport: ${big}: the file is 50.0 MB, over the 25.0 MB limit; split it into smaller files, or raise the limit with --max-size\n`)
  })

  it('writes --out and exits 2 on a missing file or a bad option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-'))
    const out = join(dir, 'a.md')
    assert.equal((await rapport('analyze', 'examples/renewal-stall.txt', '--format', 'md', '--out', out, '--quiet')).status, 0)
    assert.match(readFileSync(out, 'utf8'), /Jordan Blake/)
    const missing = await rapport('analyze', 'nope.vtt')
    assert.equal(missing.status, 2)
    assert.equal(missing.stderr, 'rapport: nope.vtt: no such file or directory; check the path\n')
    const badFormat = await rapport('analyze', 'examples/renewal-stall.txt', '--format', 'pdf')
    assert.equal(badFormat.status, 2)
    assert.match(badFormat.stderr, /^rapport: option '--format <format>' argument 'pdf' is invalid/)
  })

  it('has complete help, from the real entry point', () => {
    const spawn = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' })
    const help = spawn('analyze', '--help')
    assert.equal(help.status, 0)
    for (const option of ['--rep', '--format', '--out', '--explain', '--max-size', 'Exit status']) assert.ok(help.stdout.includes(option), option)
    assert.match(spawn('--help').stdout, /analyze/)
  })
})
