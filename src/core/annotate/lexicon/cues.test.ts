import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { compileCues, isNegatedAt, type CuePattern } from './cues.js'

describe('isNegatedAt', () => {
  const at = (text: string, word: string) => isNegatedAt(text, text.indexOf(word))
  it('should see "not", "never" and "n\'t" shortly before', () => {
    assert.ok(at("i'm not worried", 'worried'))
    assert.ok(at('im not really that worried', 'worried'))
    assert.ok(at('i dont feel frustrated', 'frustrated'))
    assert.ok(at('no worries', 'worries'))
  })
  it('should stop at a clause break', () => {
    assert.ok(!at("it's not the price, i'm worried", 'worried'))
    assert.ok(!at('not the price but i am worried', 'worried'))
    assert.ok(!at('i am worried', 'worried'))
  })
})

// The dispatch by first letter must find exactly what one plain regex finds.
const patterns: CuePattern[] = [
  { match: "(?:my|our) (?:little )?(?:kids?|dog)", reason: 'family' },
  { match: "(?:i'?m|we'?re) (?:so |really )*(?:tired|fed up)", reason: 'state' },
  { match: "(?:\\w+ ){0,2}go (?:home|away)", reason: 'go' },
  { match: "(?:can'?t|cannot) wait(?! for)", reason: 'wait' },
  { match: "(?:\\d+|two) times", reason: 'times' },
]
const reference = new RegExp(`(?<![a-z0-9'\\u0080-\\uffff])(?:${patterns.map((p) => `(${p.match})`).join('|')})(?![a-z0-9])`, 'g')
const words = ['my', 'our', 'little', 'kid', 'kids', 'dog', "i'm", 'im', "we're", 'so', 'really', 'tired', 'fed', 'up', 'go', 'home', 'away', "can't", 'cant', 'cannot', 'wait', 'for', 'two', '3', 'times', 'the', 'a', ',', 'x']

it('should match what a single alternation matches', () => {
  const matcher = compileCues(patterns)
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (list) => {
      const text = list.join(' ')
      const expected = [...text.matchAll(reference)].map((m) => `${m.index}:${m[0]}:${patterns[m.slice(1).findIndex((g) => g !== undefined)]!.reason}`)
      const actual = matcher.find(text).map((found) => `${found.span[0]}:${text.slice(found.span[0], found.span[1])}:${found.reason}`)
      assert.deepEqual(actual, expected)
    }),
    { numRuns: 500 },
  )
})
