import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { InputError } from '../errors.js'
import { readVtt } from './vtt.js'

const show = (text: string) => readVtt(text, 'x.vtt').utterances.map((u) => `${u.start}-${u.end} ${u.speaker}: ${u.text}`)

describe('readVtt', () => {
  it('reads voice tags and merges consecutive cues of one speaker', () => {
    const input = [
      'WEBVTT', '',
      '1', '00:00:01.000 --> 00:00:03.000', '<v Priya Natarajan>Hi Tom,</v>', '',
      '2', '00:00:03.000 --> 00:00:05.500', '<v Priya Natarajan>how was the close?</v>', '',
      '3', '00:00:06.000 --> 00:00:08.000', '<v.loud Tom Becker>Brutal, <i>honestly</i>.</v>', '',
    ].join('\n')
    assert.deepEqual(show(input), ['1-5.5 Priya Natarajan: Hi Tom, how was the close?', '6-8 Tom Becker: Brutal, honestly.'])
  })

  it('reads Teams-style Speaker: prefixes with GUID cue ids and mm:ss timings', () => {
    const input = [
      'WEBVTT', '',
      '3f2a1c9e-7b1d-4c55-9e0a-1b2c3d4e5f60/12-0', '00:01.000 --> 00:02.000', 'Marcus Lee: Can you see my screen?', '',
      '3f2a1c9e-7b1d-4c55-9e0a-1b2c3d4e5f60/13-0', '00:02.500 --> 00:04.000', 'Elena Ruiz: Yes.', '',
      '3f2a1c9e-7b1d-4c55-9e0a-1b2c3d4e5f60/13-1', '00:04.000 --> 00:05.000', 'Elena Ruiz: All good.', '',
    ].join('\n')
    assert.deepEqual(show(input), ['1-2 Marcus Lee: Can you see my screen?', '2.5-5 Elena Ruiz: Yes. All good.'])
  })

  it('keeps a cue with no speaker with the previous speaker', () => {
    const input = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Hello\n\n00:00:02.000 --> 00:00:03.000\nand welcome\n'
    assert.deepEqual(show(input), ['1-3 Dana: Hello and welcome'])
  })

  it('rejects a file without the WEBVTT signature', () => {
    assert.throws(() => readVtt('00:00:01.000 --> 00:00:02.000\nHi', 'x.vtt'), (error: unknown) => error instanceof InputError && error.where.line === 1)
  })

  it('rejects a broken cue timing with its line', () => {
    const input = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Hi\n\n00:00:0x.000 --> 00:00:03.000\nSam: Hi\n'
    assert.throws(() => readVtt(input, 'x.vtt'), (error: unknown) => error instanceof InputError && error.where.line === 6)
  })
})
