import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { it } from 'node:test'
import { detectorsDoc } from '../scripts/detectors-doc.js'

it('docs/detectors.md matches the registry (regenerate with npx tsx scripts/detectors-doc.ts)', () => {
  assert.equal(readFileSync(new URL('../docs/detectors.md', import.meta.url), 'utf8'), detectorsDoc())
})
