import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { labelled } from '../../../test/labelled.js'
import type { Annotation } from '../annotate/run.js'
import { findingsOf } from './findings.js'
import { reflect } from './rewrite.js'

describe('findings', () => {
  it('should give one finding per failure with a quote, a principle and a rewrite in the customer’s words', () => {
    const { conversation, annotation } = labelled(`
      [00:01:00] Sam: Rough weekend, my kid had the flu. {personal}
      [00:01:09] Dana: Great! So, the agenda for today. {missed-cue}`)
    const [finding, ...rest] = findingsOf(conversation, annotation)
    assert.equal(rest.length, 0)
    assert.ok(finding)
    assert.equal(finding.rule, 'missed-cue')
    assert.equal(finding.utterance, 1)
    assert.equal(finding.speaker, 'Dana')
    assert.equal(finding.start, 69)
    assert.match(finding.message, /Dana at 01:09: “Great! So, the agenda for today\.”/)
    assert.ok(finding.principle && finding.principle.length > 20)
    assert.match(finding.suggestion, /your kid had the flu/)
  })

  it('should keep a detector’s suggestion and add a rewrite when it does not reuse the customer’s words', () => {
    const { conversation } = labelled(`
      Sam: I've been on hold three times this week and I'm fed up.
      Dana: I understand your frustration. Please clear your cache.`)
    const annotation: Annotation = {
      labels: [['emotion'], ['boilerplate']],
      hits: [
        { label: 'emotion', utterance: 0, span: [48, 57], reason: 'fed-up' },
        { label: 'boilerplate', utterance: 1, span: [0, 29], reason: 'understand-frustration', message: '“I understand your frustration” is a stock line.', suggestion: 'Say back the specific thing they told you.' },
      ],
    }
    const [finding] = findingsOf(conversation, annotation)
    assert.ok(finding)
    assert.equal(finding.evidence, 'I understand your frustration')
    assert.deepEqual(finding.span, [0, 29])
    assert.match(finding.suggestion, /^Say back the specific thing they told you\. For example: “You've been on hold three times this week and you're fed up/)
    assert.equal(finding.cue, undefined)
  })

  it('should hold up an earlier cost when the rep capitulates', () => {
    const { conversation, annotation } = labelled(`
      Sam: Ravi loses six hours every Monday to that workbook and I'm sick of it. {complaint,emotion}
      Dana: Six hours, a whole day of his week. {interpretation}
      Sam: Honestly, what we have works well enough for now. {hesitation}
      Dana: Totally get it, no pressure at all. {capitulation}`)
    const findings = findingsOf(conversation, annotation)
    const capitulation = findings.find((f) => f.rule === 'capitulation')
    assert.ok(capitulation)
    assert.match(capitulation.suggestion, /You did mention ravi loses six hours every Monday/i)
    assert.equal(capitulation.severity, 'critical')
  })

  it('should order by impact: critical, warning, info, then strengths', () => {
    const { conversation, annotation } = labelled(`
      Sam: What are you selling?
      Dana: What are your needs? {generic-question}
      Sam: My dad is in hospital. {hardship}
      Dana: Sorry to hear. When can we restart? {agenda-push,missed-cue}
      Sam: The invoice was wrong again. {complaint}
      Dana: Wrong twice, so you are chasing us again. {interpretation}
      Sam: It is fine.
      Dana: Sorry, sorry, whatever you want, sorry. {servile}`)
    const order = findingsOf(conversation, annotation).map((f) => `${f.severity}:${f.rule}`)
    assert.deepEqual(order, ['critical:agenda-push', 'critical:missed-cue', 'warning:servile', 'info:generic-question', 'strength:interpretation'])
  })

  it('should never throw on odd text and always carry a suggestion', () => {
    const { conversation, annotation } = labelled(`
      __proto__: 🙂🙂🙂 {emotion}
      constructor: … {missed-cue,boilerplate}
      __proto__: {complaint}
      constructor: <script>alert(1)</script> {advice-first}`, { team: ['constructor'] })
    const findings = findingsOf(conversation, annotation)
    assert.equal(findings.length, 3)
    for (const finding of findings) assert.ok(finding.suggestion.length > 0 && finding.message.length > 0)
  })
})

describe('reflect', () => {
  for (const [said, back] of [
    ["I've been on hold and I'm fed up", "You've been on hold and you're fed up"],
    ['my kid had the flu', 'your kid had the flu'],
    ['your technician never showed up', 'our technician never showed up'],
    ['I was on hold for an hour', 'You were on hold for an hour'],
    ['we lost our best client', 'you lost your best client'],
  ] as const) {
    it(`${said} → ${back}`, () => assert.equal(reflect(said).replace(/^./, (c) => c.toUpperCase()), back.replace(/^./, (c) => c.toUpperCase())))
  }
})
