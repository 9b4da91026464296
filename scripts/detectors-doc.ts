// Writes docs/detectors.md from the registry, so the list cannot go stale (test/docs.test.ts checks it).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { detectors } from '../src/core/annotate/detectors/index.js'
import { behaviourLabels, cueLabels } from '../src/core/labels.js'

/** The Markdown table of every detector, in run order. */
export function detectorsDoc(): string {
  const phase = (id: string) => ((cueLabels as readonly string[]).includes(id) ? 'cue' : (behaviourLabels as readonly string[]).includes(id) ? 'behaviour' : 'failure')
  const rows = detectors.map((d) => `| \`${d.id}\` | ${phase(d.id)} | ${d.role} | ${d.description} | [source](../src/core/annotate/detectors/${d.id}.ts) |`)
  return [
    '# Detectors',
    '',
    'Generated from the registry by `npx tsx scripts/detectors-doc.ts`; definitions are in [labels.md](labels.md).',
    'Detectors run in this order: customer cues first, then team behaviours, then team failures, which read the labels before them.',
    '',
    '| id | phase | role | what it finds | code |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('../docs/detectors.md', import.meta.url), detectorsDoc())
}
