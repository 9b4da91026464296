/** Customer cues, from labels.md. */
export const cueLabels = [
  'emotion',
  'personal',
  'hardship',
  'complaint',
  'hesitation',
  'reassurance',
] as const

/** Team behaviours that show empathy, from labels.md. */
export const behaviourLabels = [
  'reaction',
  'interpretation',
  'exploration',
  'check',
  'self-disclosure',
  'challenge',
  'mutual-qualification',
] as const

/** Team failures, from labels.md. */
export const failureLabels = [
  'missed-cue',
  'boilerplate',
  'advice-first',
  'agenda-push',
  'capitulation',
  'sympathy',
  'generic-question',
  'feature-dump',
  'needy',
  'servile',
] as const

/** Every label id of labels.md, in run order. */
export const labelIds = [...cueLabels, ...behaviourLabels, ...failureLabels] as const

/** A label id from labels.md. */
export type LabelId = (typeof labelIds)[number]

const known = new Set<string>(labelIds)

/** Whether a string is one of the label ids. */
export function isLabelId(value: string): value is LabelId {
  return known.has(value)
}

/** Cues a team reply must acknowledge (labels.md, `missed-cue`). */
export const acknowledgedCues = ['emotion', 'personal', 'hardship', 'complaint'] as const

/** Behaviours that count as acknowledging a cue. */
export const acknowledgements = ['reaction', 'interpretation', 'exploration', 'check'] as const
