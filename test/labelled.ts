import type { LabelledHit } from '../src/core/annotate/detector.js'
import type { Annotation } from '../src/core/annotate/run.js'
import type { Conversation } from '../src/core/conversation.js'
import { assignRoles } from '../src/core/ingest/roles.js'
import { readTxt } from '../src/core/ingest/txt.js'
import { isLabelId, labelIds, type LabelId } from '../src/core/labels.js'

const order = new Map<LabelId, number>(labelIds.map((id, i) => [id, i]))

/** A `.txt` transcript with inline `{labels}` read into a conversation and a hand-made annotation (no detectors run). */
export function labelled(source: string, options: { team?: string[]; name?: string } = {}): { conversation: Conversation; annotation: Annotation } {
  const text = source.split('\n').map((line) => line.trim()).join('\n')
  const raw = readTxt(text, options.name ?? 'case.txt', { inlineLabels: true })
  const { conversation } = assignRoles(raw, { reps: raw.reps ?? options.team ?? ['Dana'] })
  const labels = raw.utterances.map((u) => [...new Set((u.labels ?? []).filter(isLabelId))].sort((a, b) => order.get(a)! - order.get(b)!))
  const hits: LabelledHit[] = []
  labels.forEach((list, index) => {
    const utterance = conversation.utterances[index]!
    for (const label of list) hits.push({ label, utterance: index, span: [0, utterance.text.length], reason: 'gold' })
  })
  return { conversation, annotation: { labels, hits } }
}
