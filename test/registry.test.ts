import assert from 'node:assert/strict'
import { it } from 'node:test'
import { detectors } from '../src/core/annotate/detectors/index.js'
import { behaviourLabels, cueLabels, failureLabels, labelIds } from '../src/core/labels.js'

const phase = (id: string) => ((cueLabels as readonly string[]).includes(id) ? 0 : (behaviourLabels as readonly string[]).includes(id) ? 1 : (failureLabels as readonly string[]).includes(id) ? 2 : -1)

it('should cover exactly the label ids of labels.ts, once each', () => {
  const ids = detectors.map((detector) => detector.id)
  assert.deepEqual([...ids].sort(), [...labelIds].sort())
  assert.equal(new Set(ids).size, ids.length)
})

it('should run cues before behaviours before failures', () => {
  const phases = detectors.map((detector) => phase(detector.id))
  assert.deepEqual(phases, [...phases].sort((a, b) => a - b))
})

it('should give cues to customers and behaviours and failures to the team', () => {
  for (const detector of detectors) assert.equal(detector.role, phase(detector.id) === 0 ? 'customer' : 'team', detector.id)
})

it('should run boilerplate and sympathy before missed-cue, which reads them', () => {
  const at = (id: string) => detectors.findIndex((detector) => detector.id === id)
  assert.ok(at('boilerplate') < at('missed-cue'))
  assert.ok(at('sympathy') < at('missed-cue'))
})

it('should describe every detector in one line', () => {
  for (const detector of detectors) assert.match(detector.description, /^[^\n]{10,100}$/, detector.id)
})
