import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { labelled } from '../../../test/labelled.js'
import { metricsOf } from './metrics.js'
import { isOpenQuestion } from './tally.js'

const metrics = (source: string) => {
  const { conversation, annotation } = labelled(source)
  return metricsOf(conversation, annotation)
}

describe('metrics', () => {
  it('should keep a monologue going through customer backchannels and coughs and end it on substantive speech', () => {
    const m = metrics(`
      [00:00:00] Dana: Let me walk you through how the import works, step by step, from the top.
      [00:00:20] Sam: Mm-hmm.
      [00:00:21] Dana: Then the mapping screen asks for the columns and you pick them one at a time.
      [00:00:38] Sam: [cough]
      [00:00:40] Sam: Right.
      [00:00:41] Dana: And finally you press import.
      [00:00:50] Sam: Wait, which columns does it need exactly?
      [00:00:55] Dana: Name and email.
      [00:01:00] Sam: Okay thanks.`)
    // 0:00 → 0:50 (the last team utterance runs until Sam's question starts)
    assert.equal(m.longestMonologueSeconds, 50)
    assert.equal(m.longestMonologue, 50)
    assert.equal(m.longestMonologueWords, 15 + 16 + 5)
  })

  it('should measure a monologue in words and leave time-based metrics null without timestamps', () => {
    const m = metrics(`
      Dana: One two three four five.
      Sam: Uh-huh.
      Dana: Six seven.
      Sam: That makes sense to me.
      Dana: Eight.`)
    assert.equal(m.longestMonologue, 7)
    assert.equal(m.longestMonologueSeconds, null)
    assert.equal(m.patience, null)
    assert.equal(m.interactivity, null)
    assert.equal(m.interruptions, null)
    // "Uh-huh" counts as two words, as every metric counts them
    assert.equal(m.talkRatio, Math.round((8 / 15) * 1000) / 1000)
  })

  it('should be null, never 0, when there is no cue, no question or no team', () => {
    const m = metrics(`
      Dana: Here is the invoice.
      Sam: Thanks, got it.`)
    assert.equal(m.cueResponseRate, null)
    assert.equal(m.empathyFirstRate, null)
    assert.equal(m.openQuestionShare, null)
    assert.equal(m.reflectionToQuestion, null)
    assert.equal(m.questions, 0)
    const customerOnly = metrics(`Sam: Your technician never showed up. {complaint}`)
    assert.equal(customerOnly.questions, null)
    assert.equal(customerOnly.cueResponseRate, null)
  })

  it('should count cues acknowledged by the first team reply only, and empathy before advice', () => {
    const m = metrics(`
      Sam: I'm fed up, this is the third outage. {emotion}
      Dana: Please clear your cache and try again. {advice-first,missed-cue}
      Dana: Oh, that sounds awful. {reaction}
      Sam: My kid had the flu all weekend. {personal}
      Dana: Oh no, is everyone on the mend? {reaction,exploration}
      Sam: And your invoice was wrong again. {complaint}
      Dana: Wrong twice in a row, so you had to chase us again. {interpretation}`)
    assert.equal(m.cueResponseRate, 0.667)
    assert.equal(m.empathyFirstRate, 0.5)
    assert.equal(m.cuesAnswered, 3)
  })

  it('should count questions from sentences, including unpunctuated ones, and classify open and generic', () => {
    const m = metrics(`
      Dana: so what usually breaks
      Sam: Hm, good question.
      Dana: How many entities do you have? Tell me about Monday mornings.
      Sam: The spreadsheets.
      Dana: Is it receiving or pricing? What are your needs? {generic-question}
      Sam: Both.
      Dana: Six hours a week, that is a day gone. {interpretation}`)
    assert.equal(m.questions, 5)
    assert.equal(m.openQuestionShare, 0.6)
    assert.equal(m.genericQuestionShare, 0.2)
    assert.equal(m.reflectionToQuestion, 0.2)
  })

  it('should compute patience, interactivity and interruptions from start and end times, not counting backchannels', () => {
    const { conversation, annotation } = labelled(`
      Sam: We lost a whole day on this.
      Dana: Mm-hmm.
      Sam: And nobody called back.
      Dana: That is a day you will not get back.
      Sam: Exactly, and it keeps happening.
      Dana: When did it start?`)
    const times = [[0, 10], [4, 5], [10, 20], [21, 30], [30, 40], [39, 45]] as const
    const timed = { ...conversation, utterances: conversation.utterances.map((u, i) => ({ ...u, start: times[i]![0], end: times[i]![1] })) }
    const m = metricsOf(timed, annotation)
    // pauses: 21 − 20 = 1 and an overlap at 39 (counted as 0)
    assert.equal(m.patience, 0.5)
    assert.equal(m.interruptions, 1)
    // 3 switches between substantive turns (Sam, Sam, Dana, Sam, Dana) in 45 s
    assert.equal(m.interactivity, 4)
  })

  it('should leave talk ratio and speech metrics null for email and chat', () => {
    const m = metrics(`
      # channel: email
      Sam: The invoice is wrong.
      Dana: Sorry, fixing it now.`)
    assert.equal(m.talkRatio, null)
    assert.equal(m.longestMonologue, null)
  })
})

describe('isOpenQuestion', () => {
  for (const [question, open] of [
    ['What usually breaks?', true],
    ['so how did that land with your CFO', true],
    ['Makes sense, but why now?', true],
    ['Walk me through the close.', true],
    ['How many entities are you consolidating?', false],
    ['Is it receiving or pricing?', false],
    ['When does the ERP go live?', false],
    ['Do you have budget?', false],
  ] as const) {
    it(`${question} → ${open ? 'open' : 'closed'}`, () => assert.equal(isOpenQuestion(question), open))
  }
})
