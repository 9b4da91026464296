import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { labelled } from '../../../test/labelled.js'
import { labelIds, type LabelId } from '../labels.js'
import { evidenceScore, minimumEvidence, scoresFromTally, scoresOf, skillIds } from './scores.js'
import type { Tally } from './tally.js'

const count = fc.nat({ max: 12 })

/** A random but consistent tally: acknowledged ≤ answered, held ≤ hesitations, and so on. */
const tallies = fc
  .record({
    labels: fc.record(Object.fromEntries(labelIds.map((id) => [id, count])) as Record<LabelId, typeof count>),
    cuesAnswered: count,
    acknowledged: count,
    upset: count,
    first: count,
    hesitations: count,
    held: count,
    interruptions: fc.option(count, { nil: null }),
    letFinish: count,
    teamTurns: count,
    customerTurns: count,
    teamWords: fc.nat({ max: 3000 }),
    customerWords: fc.nat({ max: 3000 }),
    openQuestions: count,
  })
  .map((r): Tally => ({
    channel: 'call',
    labels: r.labels,
    teamWords: r.teamWords,
    customerWords: r.customerWords,
    teamTurns: r.teamTurns,
    customerTurns: r.customerTurns,
    questions: Array.from({ length: r.openQuestions }, (_, i) => ({ utterance: i, text: 'What happened?', open: true, generic: false })),
    cuesAnswered: r.cuesAnswered,
    cuesAcknowledged: Math.min(r.acknowledged, r.cuesAnswered),
    upsetCuesAnswered: Math.min(r.upset, r.cuesAnswered),
    empathyFirst: Math.min(r.first, r.upset, r.cuesAnswered, r.acknowledged),
    hesitationsAnswered: r.hesitations,
    hesitationsHeld: Math.min(r.held, r.hesitations),
    interruptions: r.interruptions,
    turnsLetFinish: r.interruptions === null ? null : r.letFinish,
    longestRunWords: 0,
    longestRunSeconds: null,
    pauses: [],
    switches: 0,
    durationSeconds: null,
    teamSeconds: null,
    customerSeconds: null,
  }))

const plus = (tally: Tally, label: LabelId, n = 1): Tally => ({ ...tally, labels: { ...tally.labels, [label]: tally.labels[label] + n } })

/** `after` is not above `before` where both are scores. */
const notAbove = (before: number | null, after: number | null) => before === null || after === null || after <= before
const notBelow = (before: number | null, after: number | null) => before === null || after === null || after >= before

describe('scores', () => {
  it('should be integers in 0..100 or null with a reason', () => {
    fc.assert(
      fc.property(tallies, (tally) => {
        const scores = scoresFromTally(tally)
        for (const id of skillIds) {
          const score = scores.skills[id]
          if (score === null || score === undefined) assert.ok(scores.reasons?.[id], `no reason for null ${id}`)
          else assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `${id} = ${score}`)
        }
        assert.equal(scores.empathy, scores.skills.empathy)
        assert.equal(scores.assertiveness, scores.skills.assertiveness)
      })
    )
  })

  it('should never raise empathy for one more missed cue', () => {
    fc.assert(
      fc.property(tallies, (tally) => {
        // a new cue that the reply did not acknowledge, and the missed-cue label on that reply
        const missed = plus({ ...tally, cuesAnswered: tally.cuesAnswered + 1 }, 'missed-cue')
        assert.ok(notAbove(scoresFromTally(tally).empathy, scoresFromTally(missed).empathy))
      })
    )
  })

  it('should never raise empathy for one more failure, nor lower it for one more reaction or interpretation', () => {
    fc.assert(
      fc.property(tallies, fc.constantFrom<LabelId>('boilerplate', 'sympathy', 'agenda-push', 'advice-first'), fc.constantFrom<LabelId>('reaction', 'interpretation'), (tally, bad, good) => {
        const before = scoresFromTally(tally).empathy
        assert.ok(notAbove(before, scoresFromTally(plus(tally, bad)).empathy))
        assert.ok(notBelow(before, scoresFromTally(plus(tally, good)).empathy))
      })
    )
  })

  it('should never raise assertiveness for one more capitulation, even when it turns a held hesitation', () => {
    fc.assert(
      fc.property(tallies, (tally) => {
        const before = scoresFromTally(tally).assertiveness
        assert.ok(notAbove(before, scoresFromTally(plus(tally, 'capitulation')).assertiveness))
        const turned = plus({ ...tally, hesitationsHeld: Math.max(0, tally.hesitationsHeld - 1) }, 'capitulation')
        assert.ok(notAbove(before, scoresFromTally(turned).assertiveness))
        assert.ok(notBelow(before, scoresFromTally(plus(tally, 'challenge')).assertiveness))
      })
    )
  })

  it('should never raise curiosity for a generic question nor impulse control for an interruption', () => {
    fc.assert(
      fc.property(tallies, (tally) => {
        assert.ok(notAbove(scoresFromTally(tally).skills.curiosity!, scoresFromTally(plus(tally, 'generic-question')).skills.curiosity!))
        if (tally.interruptions !== null && tally.turnsLetFinish !== null && tally.turnsLetFinish > 0) {
          const interrupted = { ...tally, interruptions: tally.interruptions + 1, turnsLetFinish: tally.turnsLetFinish - 1 }
          assert.ok(notAbove(scoresFromTally(tally).skills.impulseControl!, scoresFromTally(interrupted).skills.impulseControl!))
        }
      })
    )
  })

  it('should keep the evidence score monotone and inside 0..100', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), (good, bad) => {
        const score = evidenceScore(good, bad)
        assert.ok(Number.isInteger(score) && score >= 0 && score <= 100)
        assert.ok(evidenceScore(good, bad + 1) <= score)
        assert.ok(evidenceScore(good + 1, bad) >= score)
      })
    )
  })

  it(`should give null and a reason with fewer than ${minimumEvidence} moments`, () => {
    const { conversation, annotation } = labelled(`
      Sam: Hi, I wanted to ask about the invoice.
      Dana: Sure, what about it?`)
    const scores = scoresOf(conversation, annotation)
    assert.equal(scores.empathy, null)
    assert.match(scores.reasons?.empathy ?? '', /no moment/)
    assert.equal(scores.quadrant, null)
  })

  it('should place warm but spineless and cold and pushy in their quadrants with evidence for each axis', () => {
    const spineless = labelled(`
      Sam: Honestly I'm exhausted, the close is killing me. {emotion}
      Dana: Oof, that sounds brutal, day four with the lines still open. {reaction,interpretation}
      Sam: We'll just stay with what we have. {hesitation}
      Dana: Totally get it, no pressure at all. {capitulation}
      Sam: Maybe next year. {hesitation}
      Dana: Of course, whenever you're ready. {capitulation}`)
    const a = scoresOf(spineless.conversation, spineless.annotation)
    assert.equal(a.quadrant?.id, 'warm-but-spineless')
    assert.ok(a.quadrant?.axes?.assertiveness.some((line) => line.includes('capitulations')))
    const pushy = labelled(`
      Sam: My dad had a stroke on Saturday. {hardship}
      Dana: Sorry. Are we still on for the go-live? {agenda-push,missed-cue}
      Sam: I'm not sure we can do this now. {hesitation}
      Dana: You told me the manual close costs you two days; can you live with that? {challenge}
      Dana: Who signs off on the budget? {mutual-qualification}`)
    const b = scoresOf(pushy.conversation, pushy.annotation)
    assert.equal(b.quadrant?.id, 'cold-and-pushy')
    assert.ok(b.quadrant?.axes?.empathy.some((line) => line.includes('business pushed')))
  })
})
