import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { analyze, formats, InputError, read, render } from '../src/core/index.js'

const extensions = ['txt', 'vtt', 'srt', 'json', 'csv', 'eml', 'mbox', 'bin']

/** Reads bytes as a file of each format; only InputError may come out. */
async function readsOrRefuses(bytes: Uint8Array, extension: string) {
  try {
    return await read(bytes, `fuzz.${extension}`)
  } catch (error) {
    if (error instanceof InputError) return []
    throw error
  }
}

// Text that looks a little like each format, so the fuzzer gets past the first checks.
const lineish = fc.oneof(
  fc.string(),
  fc.constantFrom('WEBVTT', '00:00:01.000 --> 00:00:02.000', '1', '00:00:01,000 --> 00:00:02,000', '<v Dana>', 'From a@b.c Mon', 'From: Dana <d@x.io>', 'Date: nonsense', '', '{', '"utterances":[', 'author,text,time', '[00:01] Dana: hi', '> quoted', '-- ', 'constructor: toString', '__proto__: 🙂')
)
const textish = fc.array(lineish, { maxLength: 30 }).map((lines) => lines.join('\n'))

describe('readers never throw anything but InputError', () => {
  it('on random bytes, for every format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...extensions), async (bytes, extension) => {
        await readsOrRefuses(bytes, extension)
      }),
      { numRuns: 300 }
    )
  })

  it('on format-shaped text, and whatever they read analyses and renders without NaN', async () => {
    await fc.assert(
      fc.asyncProperty(textish, fc.constantFrom(...extensions), async (text, extension) => {
        for (const { conversation, roles } of await readsOrRefuses(new TextEncoder().encode(text), extension)) {
          const analysis = analyze(conversation, { roles, explain: true })
          for (const format of formats) assert.doesNotMatch(render([analysis], format), /\bNaN\b/)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('the whole pipeline on junk', () => {
  const junk = [
    '',
    '🙂🙂🙂 🎉',
    'x'.repeat(10_000),
    'constructor',
    'toString valueOf hasOwnProperty',
    '?'.repeat(50),
    "I'm not not not upset?!",
    '\u0007 bell \u001b[31m escape',
    'um uh you know like yeah mm-hmm',
  ]
  it('reads, annotates, measures and renders every format without throwing or printing NaN', async () => {
    const lines = junk.flatMap((text, i) => [`__proto__: ${text}`, `Dana: ${junk[(i + 3) % junk.length]}`, `constructor: ${text}`])
    const [result] = await read(new TextEncoder().encode(lines.filter((line) => !line.endsWith(': ')).join('\n')), 'junk.txt', { reps: ['Dana'] })
    assert.ok(result)
    const analysis = analyze(result.conversation, { roles: result.roles, explain: true })
    assert.equal(analysis.participants.some((p) => p.name === '__proto__'), true)
    for (const format of formats) assert.doesNotMatch(render([analysis], format), /\bNaN\b/)
  })
})
