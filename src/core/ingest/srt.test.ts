import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { InputError } from '../errors.js'
import { readSrt } from './srt.js'

describe('readSrt', () => {
  it('reads Speaker: prefixes and merges blocks of one speaker', () => {
    const input = '1\n00:00:01,000 --> 00:00:04,200\nRachel: Third call\nthis week.\n\n2\n00:00:04,300 --> 00:00:06,000\nRachel: Still broken.\n\n3\n00:00:07,000 --> 00:00:09,000\nSam: Let me look.\n'
    const got = readSrt(input, 'x.srt').utterances.map((u) => `${u.start}-${u.end} ${u.speaker}: ${u.text}`)
    assert.deepEqual(got, ['1-6 Rachel: Third call this week. Still broken.', '7-9 Sam: Let me look.'])
  })

  it('rejects a broken timing line instead of folding it into the text', () => {
    const input = '1\n00:00:01,000 --> 00:00:02,000\nSam: Hi\n\n2\n00:00:0x,000 --> 00:00:03,000\nDana: Hi\n'
    assert.throws(() => readSrt(input, 'x.srt'), (error: unknown) => error instanceof InputError && error.where.line === 6)
  })
})
