import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { InputError } from '../errors.js'
import { readJson } from './json.js'

describe('readJson', () => {
  it('reads the contract conversation shape with roles and times', () => {
    const conversation = readJson(JSON.stringify({ channel: 'chat', utterances: [{ speaker: 'Nina', role: 'team', text: 'Hi', start: 1.5, end: 2 }, { speaker: 'Oli', text: 'Hey' }] }), 'x.json')
    assert.equal(conversation.channel, 'chat')
    assert.deepEqual(conversation.utterances.map((u) => `${u.role ?? '?'} ${u.speaker} ${u.start}-${u.end}: ${u.text}`), ['team Nina 1.5-2: Hi', '? Oli null-null: Hey'])
  })

  it('reads a whole analysis and a bare utterance list', () => {
    assert.equal(readJson('{"schema":"rapport.analysis/v1","utterances":[{"speaker":"A","text":"x"}]}', 'x.json').utterances.length, 1)
    assert.equal(readJson('[{"speaker":"A","text":"x"},{"speaker":"B","text":"y"}]', 'x.json').utterances.length, 2)
  })

  it('names the first field that is wrong', () => {
    assert.throws(() => readJson('{"utterances":[{"speaker":"A"}]}', 'x.json'), (error: unknown) => error instanceof InputError && error.message.startsWith('utterances.0.text:'))
  })

  it('gives the line of a syntax error where Node reports a position', () => {
    assert.throws(() => readJson('{\n"utterances": [\n}', 'x.json'), (error: unknown) => error instanceof InputError && /^not valid JSON/.test(error.message))
  })
})
