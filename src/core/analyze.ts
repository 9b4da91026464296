import { participantsOf, schema, type Analysis, type Explanation } from './analysis.js'
import { annotate } from './annotate/index.js'
import { coreView } from './annotate/text.js'
import type { Conversation } from './conversation.js'
import type { RoleDecision } from './ingest/roles.js'
import { measure } from './measure/index.js'
import { engineVersion } from './version.js'

/** Options for analysing a conversation. */
export interface AnalyzeOptions {
  /** Add `explanations`: for each label, the evidence span and the reason. */
  explain?: boolean
  /** How roles were decided, carried into the output. */
  roles?: RoleDecision
}

/** Annotates and measures one conversation: the v1 contract object. */
export function analyze(read: Conversation, options: AnalyzeOptions = {}): Analysis {
  const conversation = coreView(read)
  const annotation = annotate(conversation)
  const { metrics, scores, findings } = measure(conversation, annotation)
  const team = options.roles?.team ?? [...new Set(conversation.utterances.filter((u) => u.role === 'team').map((u) => u.speaker))]
  const analysis: Analysis = {
    schema,
    source: conversation.source,
    channel: conversation.channel,
    participants: participantsOf(conversation),
    utterances: conversation.utterances.map((utterance, i) => ({
      index: utterance.index,
      speaker: utterance.speaker,
      role: utterance.role,
      start: utterance.start,
      end: utterance.end,
      text: utterance.text,
      labels: [...(annotation.labels[i] ?? [])],
    })),
    findings,
    metrics,
    scores,
    roles: options.roles?.inferred ? { team, inferred: options.roles.inferred } : { team },
    engine: engineVersion,
  }
  if (options.explain) {
    analysis.explanations = annotation.hits.map((hit) => {
      const explanation: Explanation = {
        label: hit.label,
        utterance: hit.utterance,
        span: [hit.span[0], hit.span[1]],
        evidence: conversation.utterances[hit.utterance]!.text.slice(hit.span[0], hit.span[1]),
        reason: hit.reason,
      }
      if (hit.cue !== undefined) explanation.cue = hit.cue
      if (hit.detail !== undefined) explanation.detail = hit.detail
      return explanation
    })
    // Conversation order reads like the transcript; hits arrive in detector order.
    analysis.explanations.sort((a, b) => a.utterance - b.utterance)
  }
  return analysis
}
