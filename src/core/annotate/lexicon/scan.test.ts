import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { readingOf } from '../text.js'
import { alternativesOf, compileScanner, firstChars, literalPrefixes } from './scan.js'

describe('firstChars', () => {
  const cases: [string, string][] = [
    ['(?:my|our) kids', 'mo'],
    ['(?:really |so )?sad', 'rss'],
    ["(?:can'?t|cannot) even", 'c'],
    ['(?:\\d+|half) people', '0123456789h'],
    ['[a-c]x', 'abc'],
    ['(?<!if )(?:i|we) left', 'iw'],
    ['(?:(?:very|so) )*tired', 'vst'],
    ['(?:\\w+ ){0,2}go', 'abcdefghijklmnopqrstuvwxyz0123456789_g'],
  ]
  for (const [source, chars] of cases) {
    it(source, () => assert.deepEqual([...firstChars(source)].sort(), [...new Set(chars)].sort()))
  }
  it('should allow every start when the pattern can match nothing', () => {
    assert.ok(firstChars('(?:a)?').has('z'))
  })
})

describe('alternativesOf', () => {
  it('should split at the top level only', () => {
    assert.deepEqual(alternativesOf('(?:a (?:b|c)|[|]d|e\\|f)'), ['a (?:b|c)', '[|]d', 'e\\|f'])
  })
  it('should keep a trailing lookahead with its group', () => {
    assert.deepEqual(alternativesOf('(?:a|b)(?! c)'), ['(?:a|b)(?! c)'])
  })
})

describe('literalPrefixes', () => {
  // Starts are cut at 8 characters: enough to pick out the few alternatives worth trying.
  const cases: [string, string[]][] = [
    ["(?:my|our) kids", ['my kids', 'our kids']],
    ["i'?m tired", ["i'm tire", 'im tired']],
    ['(?:really |so )?sad', ['sad', 'really s', 'so sad']],
    ['(?:(?:very|so) )*tired', ['tired', 'very ', 'so ']],
    ['(?:\\w+ ){0,2}go', ['go', '']],
    ["(?<!')(?:i|we) left\\b", ['i left', 'we left']],
    ['month[- ]end', ['month-en', 'month en']],
    ['any (?:updates?|news)', ['any upda', 'any news']],
    ['(?:please,? ){2,}', ['please ', 'please, ']],
  ]
  for (const [source, prefixes] of cases) {
    it(source, () => assert.deepEqual(literalPrefixes(source).sort(), prefixes.sort()))
  }
  it('should give up on a literal start rather than list too many', () => {
    const source = Array.from({ length: 9 }, (_, i) => `(?:a${i}|b${i})`).join('')
    assert.ok(literalPrefixes(source).every((prefix) => prefix.length < 18))
  })
})

describe('readingOf', () => {
  it('should start words after spaces and punctuation, not after an apostrophe or inside a word', () => {
    const { starts } = readingOf("Don't stop, café-bar “now”")
    assert.deepEqual(starts, [0, 6, 12, 17, 22])
  })
})

// The trie must find exactly what one sticky alternation finds at every word start.
const alternatives = [
  '(?:my|our) (?:little )?(?:kids?|dog)',
  "(?:i'?m|we'?re) (?:so |really )*(?:tired|fed up)",
  "i'?m (?:so )?tired",
  '(?:\\w+ ){0,2}go (?:home|away)',
  "(?:can'?t|cannot) wait(?! for)",
  '(?:\\d+|two) times',
  'go(?:ne)? home',
  '(?<!(?:not|never) )(?:got|get) buried',
  "(?:would|will|'?d) (?:really )?help me",
  'so(?: really)? tired',
]
const words = ['my', 'our', 'little', 'kid', 'kids', 'dog', "i'm", 'im', "we're", 'so', 'really', 'tired', 'fed', 'up', 'go', 'gone', 'home', 'away', "can't", 'cant', 'cannot', 'wait', 'for', 'two', '3', 'times', 'not', 'got', 'buried', 'would', "it'd", 'help', 'me', 'the', 'a', ',', 'x']

it('should answer what the whole alternation answers at every word start', () => {
  const scanner = compileScanner(alternatives)
  const reference = new RegExp(`(?:${alternatives.map((source) => `(${source})`).join('|')})(?![a-z0-9])`, 'y')
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (list) => {
      const { lower, starts } = readingOf(list.join(' '))
      for (const start of starts) {
        reference.lastIndex = start
        const match = reference.exec(lower)
        const expected = match ? `${match.slice(1).findIndex((group) => group !== undefined)}:${start + match[0].length}` : 'none'
        const hit = scanner.at(lower, start)
        assert.equal(hit ? `${hit.alternative}:${hit.end}` : 'none', expected, `${lower} at ${start}`)
      }
    }),
    { numRuns: 1000 },
  )
})
