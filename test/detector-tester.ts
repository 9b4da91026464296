import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Detector, Hit } from '../src/core/annotate/detector.js'
import { assignRoles } from '../src/core/ingest/roles.js'
import { readTxt } from '../src/core/ingest/txt.js'
import { isLabelId, type LabelId } from '../src/core/labels.js'

/** A conversation in the `.txt` format where the detector must report exactly these hits. */
export interface FlagCase {
  conversation: string
  /** Serialised hits: `#INDEX “EVIDENCE” REASON` plus ` (cue #N)` when the hit answers a cue. */
  hits: string[]
}

/** Cases for one detector: `flags` must fire as given, `passes` must not fire at all. */
export interface DetectorCases {
  flags: FlagCase[]
  passes: string[]
  /** Team speakers of every case unless the case has a `# rep:` line (default Dana). */
  team?: string[]
}

/** Reads a case: `Name: text {labels}` lines, earlier-phase labels inline. */
function load(source: string, team: string[]) {
  const text = source.split('\n').map((line) => line.trim()).join('\n')
  const raw = readTxt(text, 'case.txt', { inlineLabels: true })
  const { conversation } = assignRoles(raw, { reps: raw.reps ?? team })
  const given = raw.utterances.map((utterance) => new Set((utterance.labels ?? []).filter(isLabelId)))
  return { conversation, given, raw }
}

/** Serialises a hit the way cases write it. */
export function serialise(hit: Hit, text: string): string {
  const cue = hit.cue === undefined ? '' : ` (cue #${hit.cue})`
  return `#${hit.utterance} “${text.slice(hit.span[0], hit.span[1])}” ${hit.reason}${cue}`
}

/** Runs a detector on its own over each case, with earlier labels taken from the case (ESLint's RuleTester, small). */
export function testDetector(detector: Detector, cases: DetectorCases): void {
  const team = cases.team ?? ['Dana']
  const seen = new Set<string>()
  const run = (source: string) => {
    assert.ok(!seen.has(source), `duplicate case: ${source.trim().split('\n')[0]}`)
    seen.add(source)
    const { conversation, given } = load(source, team)
    const hits: string[] = []
    detector.detect({
      conversation,
      has: (utterance: number, label: LabelId) => label !== detector.id && (given[utterance]?.has(label) ?? false),
      report: (hit) => {
        const utterance = conversation.utterances[hit.utterance]
        assert.ok(utterance, `hit on missing utterance #${hit.utterance}`)
        assert.equal(utterance.role, detector.role, `hit on a ${utterance.role} utterance: #${hit.utterance}`)
        assert.ok(hit.span[0] >= 0 && hit.span[0] <= hit.span[1] && hit.span[1] <= utterance.text.length, `span outside the text: ${hit.span}`)
        assert.match(hit.reason, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `reason is not kebab-case: ${hit.reason}`)
        if (detector.id.match(/^(missed-cue|boilerplate|advice-first|agenda-push|capitulation|sympathy|generic-question|feature-dump|needy|servile)$/)) {
          assert.ok(hit.message && hit.suggestion, `a failure hit needs a message and a suggestion: ${hit.reason}`)
        }
        hits.push(serialise(hit, utterance.text))
      },
    })
    return hits
  }
  describe(detector.id, () => {
    for (const flag of cases.flags) {
      assert.ok(flag.hits.length > 0, `a flags case needs hits: ${flag.conversation.trim().split('\n')[0]}`)
      it(firstLine(flag.conversation), () => {
        assert.deepEqual([...new Set(run(flag.conversation))], flag.hits)
      })
    }
    for (const pass of cases.passes) {
      it(`passes: ${firstLine(pass)}`, () => {
        assert.deepEqual(run(pass), [])
      })
    }
  })
}

function firstLine(text: string): string {
  return text.trim().split('\n').find((line) => !line.trim().startsWith('#'))?.trim() ?? ''
}
