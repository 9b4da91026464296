import type { Conversation } from '../conversation.js'
import { labelIds, type LabelId } from '../labels.js'
import type { Detector, LabelledHit } from './detector.js'
import { goldLayer, phaseOf, type ModelLayer, type Phase } from './model/gold.js'

/** Labels per utterance plus every hit that produced them. */
export interface Annotation {
  /** `labels[i]` are the labels of utterance i, in labels.md order. */
  readonly labels: readonly (readonly LabelId[])[]
  readonly hits: readonly LabelledHit[]
}

const order = new Map<LabelId, number>(labelIds.map((id, i) => [id, i]))

/**
 * Runs detectors in registry order (cues, behaviours, failures); later ones read earlier labels.
 * After each phase's rules, `layer` (by default the gold-trained classifiers, model/gold.ts) may add
 * or take off labels of that phase before the next phase reads them; pass null for the rules alone.
 */
export function runDetectors(conversation: Conversation, detectors: readonly Detector[], layer: ModelLayer | null = goldLayer): Annotation {
  const sets = conversation.utterances.map(() => new Set<LabelId>())
  const hits: LabelledHit[] = []
  const has = (utterance: number, label: LabelId) => sets[utterance]?.has(label) ?? false
  const byLabel = new Map<LabelId, Detector>(detectors.map((detector) => [detector.id, detector]))
  const add = (label: LabelId, hit: Omit<LabelledHit, 'label'>) => {
    const utterance = conversation.utterances[hit.utterance]
    // A detector that labels the wrong role or a missing utterance has a bug; drop the hit rather than mislabel.
    if (!utterance || utterance.role !== byLabel.get(label)?.role) return
    hits.push({ ...hit, label })
    sets[hit.utterance]!.add(label)
  }
  const remove = (label: LabelId, utterance: number) => {
    if (!sets[utterance]?.delete(label)) return
    for (let h = hits.length - 1; h >= 0; h--) if (hits[h]!.label === label && hits[h]!.utterance === utterance) hits.splice(h, 1)
  }
  const context = { conversation, detectors: byLabel, has, add, remove }
  detectors.forEach((detector, i) => {
    detector.detect({ conversation, has, report: (hit) => add(detector.id, hit) })
    const phase: Phase = phaseOf(detector.id)
    const next = detectors[i + 1]
    if (layer && (!next || phaseOf(next.id) !== phase)) layer.afterPhase(phase, context)
  })
  const labels = sets.map((set) => [...set].sort((a, b) => order.get(a)! - order.get(b)!))
  return { labels, hits }
}
