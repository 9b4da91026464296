import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Extractor } from './features.js'
import { emotionNames, emotionOf, emotions, level, levels, loadAll, probability } from './index.js'
import mechanismWeights from './weights/mechanisms.json' with { type: 'json' }
import emotionWeights from './weights/emotion.json' with { type: 'json' }
import type { ExtractorOptions } from './features.js'

test('every model loads and returns probabilities in [0, 1]', () => {
  loadAll()
  for (const name of ['reaction', 'interpretation', 'exploration', 'emotion'] as const) {
    const p = probability(name, 'I am so sorry to hear that, it must be a hard week.', 'My week has been awful.')
    assert.ok(p >= 0 && p <= 1, `${name}: ${p}`)
  }
})

test('levels are a distribution over 0, 1, 2 and level is its argmax', () => {
  const ps = levels('exploration', 'How are you feeling about it now?', 'I lost my job.')
  assert.equal(ps.length, 3)
  assert.ok(Math.abs(ps[0] + ps[1] + ps[2] - 1) < 1e-9)
  const best = ps.indexOf(Math.max(...ps))
  assert.equal(level('exploration', 'How are you feeling about it now?', 'I lost my job.'), best)
})

test('a warm reaction scores above a bare fact', () => {
  assert.ok(probability('reaction', "That sounds exhausting, I'm so sorry") > probability('reaction', 'The invoice number is 4471'))
})

test('a specific question explores more than a statement', () => {
  const context = 'I have been fighting with my manager all week.'
  assert.ok(probability('exploration', 'How are you feeling about going back on Monday?', context) > probability('exploration', 'Thanks, the ticket is closed.', context))
})

test('an upset message is more of an emotion cue than a neutral one', () => {
  assert.ok(probability('emotion', "I'm furious, this is the third time it broke and I'm so stressed") > probability('emotion', 'The meeting is at 3pm on Tuesday.'))
  assert.equal(emotionOf('I am so scared and terrified of what happens next').label, 'fear')
  const all = emotions('Thank you so much, this made my day!')
  assert.deepEqual(Object.keys(all).sort(), [...emotionNames].sort())
  assert.equal(emotionOf('Thank you so much, this made my day!').label, 'joy')
})

test('odd input never throws', () => {
  for (const text of ['', '   ', '???', '😀😀', 'a'.repeat(20000), 'word '.repeat(5000)]) {
    for (const name of ['reaction', 'interpretation', 'exploration', 'emotion'] as const) {
      const p = probability(name, text, text)
      assert.ok(Number.isFinite(p))
    }
    assert.ok(emotionNames.includes(emotionOf(text).label))
  }
})

test('the same text gives the same answer with and without the feature cache', () => {
  const a = probability('interpretation', 'You must be worn out.', 'I work two jobs.')
  probability('interpretation', 'Something else entirely.', 'Another post.')
  assert.equal(probability('interpretation', 'You must be worn out.', 'I work two jobs.'), a)
})

test('the counselling heads separate a reflection and sustain talk from their opposites', () => {
  const said = "I've tried cutting down so many times and nothing works."
  assert.ok(probability('reflection', "So you're feeling stuck, like every attempt just ends in the same place.", said) > probability('reflection', 'How many drinks do you have in a week?', said))
  const asked = 'How do you feel about cutting down?'
  assert.ok(probability('hesitation', "I don't really see the point, I'm not going to stop.", asked) > probability('hesitation', 'I want to stop, I really do, starting this week.', asked))
})

test('the default feature set is unchanged (the AnnoMI weights were trained on it)', () => {
  const f = new Extractor().extract("I'm sooo sorry 😭, that must be exhausting! How are you holding up?", 'My week has been awful and I am exhausted.')
  let checksum = 0
  for (let i = 0; i < f.n; i++) checksum = (Math.imul(checksum, 31) + f.idx[i]! + Math.round(f.val[i]! * 1e6)) | 0
  assert.deepEqual([f.n, checksum], [74, 1308502834])
})

test('the mechanism and emotion files carry the feature set they were trained on, with character 4-grams', () => {
  for (const file of [mechanismWeights, mechanismWeights.sentence, emotionWeights]) {
    const options = file.features as ExtractorOptions
    assert.deepEqual(options.charGrams, [4])
    const text = 'Frustrating, honestly exhausting.'
    assert.ok(new Extractor(options).extract(text).n > new Extractor().extract(text).n)
  }
})

test('probability() of a mechanism is its strong level moved so that the tuned threshold sits at 0.5', () => {
  const thresholds = mechanismWeights.thresholds
  const replies = ["I'm so sorry, that sounds awful.", 'I went through the same thing last year and felt so alone.', 'What happened after that?', 'ok']
  ;(['reaction', 'interpretation', 'exploration'] as const).forEach((name, m) => {
    for (const reply of replies) {
      const strong = levels(name, reply, 'I lost my job and my partner left.')[2]
      assert.equal(probability(name, reply, 'I lost my job and my partner left.') >= 0.5, strong >= thresholds[3 * m + 2]!, `${name}: ${reply}`)
    }
  })
})
