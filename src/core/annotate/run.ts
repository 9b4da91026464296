import type { Conversation } from '../conversation.js'
import { labelIds, type LabelId } from '../labels.js'
import type { Detector, LabelledHit } from './detector.js'

/** Labels per utterance plus every hit that produced them. */
export interface Annotation {
  /** `labels[i]` are the labels of utterance i, in labels.md order. */
  readonly labels: readonly (readonly LabelId[])[]
  readonly hits: readonly LabelledHit[]
}

const order = new Map<LabelId, number>(labelIds.map((id, i) => [id, i]))

/** Runs detectors in registry order (cues, behaviours, failures); later ones read earlier labels. */
export function runDetectors(conversation: Conversation, detectors: readonly Detector[]): Annotation {
  const sets = conversation.utterances.map(() => new Set<LabelId>())
  const hits: LabelledHit[] = []
  const has = (utterance: number, label: LabelId) => sets[utterance]?.has(label) ?? false
  for (const detector of detectors) {
    const report = (hit: Omit<LabelledHit, 'label'>) => {
      const utterance = conversation.utterances[hit.utterance]
      // A detector that labels the wrong role or a missing utterance has a bug; drop the hit rather than mislabel.
      if (!utterance || utterance.role !== detector.role) return
      const set = sets[hit.utterance]!
      hits.push({ ...hit, label: detector.id })
      set.add(detector.id)
    }
    detector.detect({ conversation, has, report })
  }
  const labels = sets.map((set) => [...set].sort((a, b) => order.get(a)! - order.get(b)!))
  return { labels, hits }
}
