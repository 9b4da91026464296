import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Conversation, Role } from '../../conversation.js'
import { behaviourLabels, cueLabels, failureLabels, type LabelId } from '../../labels.js'
import { detectors } from '../detectors/index.js'
import { runDetectors } from '../run.js'
import { encodeWeights, GOLD_DIM, GoldLayer, goldModels, loadPhase, phaseLabels, type GoldPhaseModel, type Phase } from './gold.js'

function conversation(lines: readonly [Role, string][]): Conversation {
  return {
    source: 'test',
    channel: 'chat',
    utterances: lines.map(([role, text], index) => ({ index, speaker: role === 'team' ? 'Sam' : 'Alex', role, start: null, end: null, text })),
  }
}

/** A phase model with no weights: every label's probability is sigmoid(bias). */
function constant(phase: Phase, bias: Partial<Record<LabelId, number>>, thresholds: Partial<Record<LabelId, number>>, vetoes: Partial<Record<LabelId, number>> = {}): GoldPhaseModel {
  const labels = phaseLabels[phase]
  return loadPhase({
    labels,
    bias: labels.map((l) => bias[l] ?? -10),
    thresholds: labels.map((l) => thresholds[l] ?? null),
    vetoes: labels.map((l) => vetoes[l] ?? null),
    weights: labels.map(() => encodeWeights(new Float32Array(GOLD_DIM))),
  })
}

const talk = conversation([
  ['customer', 'We are going to hold off for now, the budget is gone this year.'],
  ['team', 'mm hmm'],
  ['team', 'Of course, reach out whenever suits.'],
  ['customer', 'Thanks, will do.'],
  ['team', 'Speak soon.'],
])

test('the bundled gold models load, one per label of each phase, with thresholds in (0, 1) or none', () => {
  const models = goldModels()
  const expected: Record<Phase, readonly LabelId[]> = { cue: cueLabels, behaviour: behaviourLabels, failure: failureLabels }
  for (const phase of ['cue', 'behaviour', 'failure'] as const) {
    const model = models[phase]
    assert.ok(model, phase)
    assert.deepEqual(model.labels, expected[phase])
    for (const t of [...model.thresholds, ...model.vetoes]) assert.ok(t === null || (t > 0 && t < 1), `${phase}: ${String(t)}`)
  }
})

test('model labels go only to the phase role, skip backchannels, and carry reason and probability', () => {
  const layer = new GoldLayer({ cue: constant('cue', { hesitation: 5 }, { hesitation: 0.5 }), behaviour: constant('behaviour', { exploration: 5 }, { exploration: 0.5 }) })
  const { labels, hits } = runDetectors(talk, detectors, layer)
  assert.ok(labels[0]!.includes('hesitation'))
  assert.ok(labels[3]!.includes('hesitation'))
  assert.ok(!labels[2]!.includes('hesitation') && !labels[4]!.includes('hesitation'))
  assert.ok(labels[2]!.includes('exploration') && labels[4]!.includes('exploration'))
  assert.ok(!labels[1]!.includes('exploration'), 'a backchannel gets no model label')
  assert.ok(!labels[0]!.includes('exploration'))
  const model = hits.filter((h) => h.reason === 'model')
  assert.equal(model.length, 3)
  for (const hit of model) assert.match(hit.detail ?? '', /^p=0\.\d\d|^p=1\.00/)
})

test('a reply-bound failure lands only on the first substantive reply to its cue, with message and suggestion', () => {
  const layer = new GoldLayer({
    cue: constant('cue', { hesitation: 5 }, { hesitation: 0.5 }),
    failure: constant('failure', { capitulation: 5 }, { capitulation: 0.5 }),
  })
  const { labels, hits } = runDetectors(talk, detectors, layer)
  assert.ok(labels[2]!.includes('capitulation'), 'first substantive reply after the hesitation')
  assert.ok(!labels[1]!.includes('capitulation'), 'backchannel')
  // Utterance 4 first replies to the hesitation the cue model added on utterance 3.
  assert.ok(labels[4]!.includes('capitulation'))
  const hit = hits.find((h) => h.label === 'capitulation' && h.utterance === 4)!
  assert.equal(hit.reason, 'model')
  assert.equal(hit.cue, 3)
  assert.ok(hit.message?.includes('Speak soon') && hit.message.includes('Thanks, will do'), hit.message)
  assert.ok(hit.suggestion?.includes('Alex'), hit.suggestion)
  const quiet = new GoldLayer({ failure: constant('failure', { capitulation: 5 }, { capitulation: 0.5 }) })
  assert.ok(!runDetectors(talk, detectors, quiet).labels[4]!.includes('capitulation'), 'no hesitation before it, no capitulation')
})

test('a veto takes a rule hit off, and a null layer leaves the rules alone', () => {
  const rules = runDetectors(talk, detectors, null)
  const cue = rules.labels[0]!.find((l) => cueLabels.includes(l as (typeof cueLabels)[number]))
  assert.ok(cue, `the rules find a cue in "${talk.utterances[0]!.text}"`)
  const layer = new GoldLayer({ cue: constant('cue', {}, {}, { [cue]: 0.5 }) })
  const vetoed = runDetectors(talk, detectors, layer)
  assert.ok(!vetoed.labels[0]!.includes(cue))
  assert.ok(!vetoed.hits.some((h) => h.label === cue && h.utterance === 0))
})
