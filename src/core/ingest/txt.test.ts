import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readTxt } from './txt.js'

const cases: { name: string; input: string; want: string[] }[] = [
  {
    name: 'timestamps, comments and blank lines',
    input: '# Renewal call\n\n[00:00:03] Dana: Hi Sam.\n[01:02.500] Sam: Hello.\n',
    want: ['3 Dana: Hi Sam.', '62.5 Sam: Hello.'],
  },
  {
    name: 'hh:mm:ss and lines without timestamps',
    input: '[1:00:00] Dana: One hour in.\nSam: No time here.',
    want: ['3600 Dana: One hour in.', 'null Sam: No time here.'],
  },
  {
    name: 'continuation lines join the previous utterance',
    input: 'Dana: The first part\nand the second part.\nSam: Okay.',
    want: ['null Dana: The first part and the second part.', 'null Sam: Okay.'],
  },
  {
    name: 'consecutive lines of one speaker stay separate utterances',
    input: 'Dana: One.\nDana: Two.',
    want: ['null Dana: One.', 'null Dana: Two.'],
  },
  {
    name: 'bare and parenthesised timestamps',
    input: '00:00:05 Dana: Bare.\n(00:07) Sam: Round.',
    want: ['5 Dana: Bare.', '7 Sam: Round.'],
  },
  {
    name: 'Otter-style speaker and time headers',
    input: 'Tom Becker  0:03\nHi there, thanks for joining.\n\nPriya  0:10\nGlad to.\nReally.',
    want: ['3 Tom Becker: Hi there, thanks for joining.', '10 Priya: Glad to. Really.'],
  },
  {
    name: 'a title line before the first speaker is not an utterance',
    input: 'Weekly sync, 4 March\nDana: Hello.',
    want: ['null Dana: Hello.'],
  },
  {
    name: 'a sentence with a colon is a continuation, not a speaker',
    input: 'Dana: Here is the thing\nwhat we really need to know is this: the date.',
    want: ['null Dana: Here is the thing what we really need to know is this: the date.'],
  },
  {
    name: 'CRLF line ends',
    input: 'Dana: Hi.\r\nSam: Hey.\r\n',
    want: ['null Dana: Hi.', 'null Sam: Hey.'],
  },
]

describe('readTxt', () => {
  for (const { name, input, want } of cases) {
    it(name, () => {
      const got = readTxt(input, 'x.txt').utterances.map((u) => `${u.start} ${u.speaker}: ${u.text}`)
      assert.deepEqual(got, want)
    })
  }

  it('reads # rep and # channel directives', () => {
    const conversation = readTxt('# channel: chat\n# rep: Dana, Lee\nDana: Hi.\nSam: Yo.', 'x.txt')
    assert.equal(conversation.channel, 'chat')
    assert.deepEqual(conversation.reps, ['Dana', 'Lee'])
  })

  it('reads inline gold labels only when asked', () => {
    const text = 'Sam: Rough weekend. {personal,emotion}\nDana: Oh no.'
    assert.deepEqual(readTxt(text, 'x.txt', { inlineLabels: true }).utterances[0]?.labels, ['personal', 'emotion'])
    assert.equal(readTxt(text, 'x.txt').utterances[0]?.text, 'Rough weekend. {personal,emotion}')
  })

  it('rejects a malformed timestamp with its line', () => {
    assert.throws(() => readTxt('Dana: Hi\n[00:7x:02] Sam: Hi', 'x.txt'), /timestamp "00:7x:02" is not hh:mm:ss/)
  })
})
