import type { PersonConversation } from '../storage/index.js'

/** A coachable skill of framework.md §8, the failure labels that count against it, and its coaching text. */
export interface Skill {
  id: string
  name: string
  rules: readonly string[]
  why: string
  practice: string
}

// framework.md §8: each skill with the failures of labels.md that are evidence against it.
export const skills: readonly Skill[] = [
  {
    id: 'empathy',
    name: 'Empathy',
    rules: ['missed-cue', 'boilerplate', 'sympathy', 'agenda-push'],
    why: 'A customer who does not feel heard cannot take in the fix, and quietly trusts the company less.',
    practice: 'On your next three calls, answer every feeling or personal remark in your first sentence, in the customer\'s own words, before any next step.',
  },
  {
    id: 'curiosity',
    name: 'Curiosity',
    rules: ['generic-question'],
    why: 'Specific follow-ups show you listened and uncover the real problem; script questions could be asked of anyone.',
    practice: 'Before each question, take one word the customer just used and build the question on it ("You said the export failed Friday: what did your team do instead?").',
  },
  {
    id: 'emotion-management',
    name: 'Emotion management',
    rules: [],
    why: 'Calm, non-defensive replies keep an upset customer talking instead of escalating.',
    practice: 'When a customer is angry, slow down: name what happened to them, then ask what would help most right now.',
  },
  {
    id: 'assertiveness',
    name: 'Assertiveness',
    rules: ['capitulation', 'servile', 'needy'],
    why: 'Empathy that only agrees lets the customer\'s problem and the deal die; equals can hold up the cost of doing nothing.',
    practice: 'When a customer hesitates, remind them of one frustration they told you about and ask whether they are happy to keep living with it.',
  },
  {
    id: 'impulse-control',
    name: 'Impulse control',
    rules: ['advice-first', 'feature-dump'],
    why: 'Advice before understanding and feature lists tied to nothing make the customer feel processed rather than helped.',
    practice: 'Hold the fix back one turn: acknowledge, check you understood, then offer the one thing that answers what they said.',
  },
  {
    id: 'self-awareness',
    name: 'Self-awareness',
    rules: [],
    why: 'Checking your understanding and sharing a little of yourself make the conversation human.',
    practice: 'End each summary with a check ("Did I get that right?") and wait for the answer.',
  },
  {
    id: 'adapting-styles',
    name: 'Adapting to styles',
    rules: [],
    why: 'Customers open up when the pace and tone match theirs: direct, analytical, warm or expressive.',
    practice: 'Notice in the first minute whether the customer wants detail or the headline, and answer in that shape.',
  },
  {
    id: 'business-competence',
    name: 'Business competence',
    rules: [],
    why: 'Customers buy outcomes for their business, not product features.',
    practice: 'For every feature you mention, say which of the customer\'s outcomes it changes, in their numbers.',
  },
]

/** Fewer recent conversations than this and no verdict is given. */
export const minimumConversations = 3
/** How many recent conversations a plan or profile looks at. */
export const recentConversations = 20

const normalise = (id: string) => id.toLowerCase().replace(/[^a-z]/g, '')

/** A skill's score in one analysis, whatever spelling the scorer uses for its id (`impulse-control`, `impulseControl`). */
export function skillScore(scores: PersonConversation['scores'], skill: Skill): number | null {
  const wanted = normalise(skill.id)
  if (wanted === 'empathy' && typeof scores.empathy === 'number') return scores.empathy
  if (wanted === 'assertiveness' && typeof scores.assertiveness === 'number') return scores.assertiveness
  for (const [id, value] of Object.entries(scores.skills ?? {})) if (normalise(id) === wanted && typeof value === 'number') return value
  return null
}

export const mean = (values: readonly number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null)

export interface SkillGap {
  skill: Skill
  gap: number
  basis: 'scores' | 'findings'
  conversations: number
  findings: number
}

/**
 * How far each skill is from where it should be: 100 minus the mean score where at least
 * `minimumConversations` analyses scored it, otherwise the share (in %) of conversations with a
 * failure that counts against it. Skills without enough evidence are left out.
 */
export function skillGaps(history: readonly PersonConversation[]): SkillGap[] {
  const gaps: SkillGap[] = []
  for (const skill of skills) {
    const findings = history.flatMap((item) => item.findings.filter((finding) => skill.rules.includes(finding.rule)))
    const scored = history.map((item) => skillScore(item.scores, skill)).filter((value): value is number => value !== null)
    if (scored.length >= minimumConversations) {
      gaps.push({ skill, gap: Math.round((100 - mean(scored)!) * 10) / 10, basis: 'scores', conversations: scored.length, findings: findings.length })
    } else if (skill.rules.length && history.length >= minimumConversations) {
      const failing = history.filter((item) => item.findings.some((finding) => skill.rules.includes(finding.rule))).length
      gaps.push({ skill, gap: Math.round((100 * failing) / history.length), basis: 'findings', conversations: history.length, findings: findings.length })
    }
  }
  return gaps.sort((a, b) => b.gap - a.gap || b.findings - a.findings)
}

export interface CoachingPlan {
  personId: number
  status: 'ready' | 'insufficient-evidence' | 'no-gap'
  message: string
  conversations: number
  minimumConversations: number
  focus: {
    skill: string
    name: string
    gap: number
    basis: 'scores' | 'findings'
    evidence: { conversations: number; findings: number }
    why: string
    practice: string
    moments: { conversationId: number; source: string; occurredAt: string; utterance: number; rule: string; quote: string; message: string; better: string }[]
  }[]
}

/** The coaching plan: the one or two skills with the largest gap, each with the person's own moments and one thing to practise. */
export function coachingPlan(personId: number, name: string, history: readonly PersonConversation[]): CoachingPlan {
  const recent = history.slice(0, recentConversations)
  const base = { personId, conversations: recent.length, minimumConversations }
  if (recent.length < minimumConversations) {
    return {
      ...base,
      status: 'insufficient-evidence',
      message: `${name} has ${recent.length} analysed conversation${recent.length === 1 ? '' : 's'}; a plan needs at least ${minimumConversations}.`,
      focus: [],
    }
  }
  const gaps = skillGaps(recent).filter((gap) => gap.gap > 0)
  const first = gaps[0]
  if (!first) return { ...base, status: 'no-gap', message: `No skill of ${name} shows a gap over the last ${recent.length} conversations.`, focus: [] }
  // A second skill only when its gap is comparable (at least half the first): one clear focus beats two weak ones.
  const chosen = gaps.slice(0, 2).filter((gap, index) => index === 0 || gap.gap >= first.gap / 2)
  const focus = chosen.map((gap) => ({
    skill: gap.skill.id,
    name: gap.skill.name,
    gap: gap.gap,
    basis: gap.basis,
    evidence: { conversations: gap.conversations, findings: gap.findings },
    why: gap.skill.why,
    practice: gap.skill.practice,
    moments: recent
      .flatMap((item) =>
        item.findings
          .filter((finding) => gap.skill.rules.includes(finding.rule))
          .map((finding) => ({
            conversationId: item.conversationId,
            source: item.source,
            occurredAt: item.occurredAt.toISOString(),
            utterance: finding.utterance,
            rule: finding.rule,
            quote: finding.evidence,
            message: finding.message,
            better: finding.suggestion,
          }))
      )
      .slice(0, 3),
  }))
  return { ...base, status: 'ready', message: `Focus for ${name}: ${focus.map((item) => item.name.toLowerCase()).join(' and ')}.`, focus }
}

/** Mean empathy and assertiveness per calendar month, oldest first. */
export function monthly(history: readonly PersonConversation[]) {
  const months = new Map<string, PersonConversation[]>()
  for (const item of history) {
    const month = item.occurredAt.toISOString().slice(0, 7)
    months.set(month, [...(months.get(month) ?? []), item])
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, items]) => ({
      month,
      conversations: items.length,
      empathy: mean(items.map((item) => item.scores.empathy).filter((value): value is number => typeof value === 'number')),
      assertiveness: mean(items.map((item) => item.scores.assertiveness).filter((value): value is number => typeof value === 'number')),
    }))
}

/** Mean skill scores, metric means, finding counts and quadrants over a person's history. */
export function summarise(history: readonly PersonConversation[]) {
  const skillStats = skills.map((skill) => {
    const values = history.map((item) => skillScore(item.scores, skill)).filter((value): value is number => value !== null)
    return { id: skill.id, name: skill.name, mean: mean(values), conversations: values.length }
  })
  const metricValues = new Map<string, number[]>()
  for (const item of history) {
    for (const [id, value] of Object.entries(item.metrics)) if (typeof value === 'number') metricValues.set(id, [...(metricValues.get(id) ?? []), value])
  }
  const metrics: Record<string, number | null> = {}
  for (const [id, values] of metricValues) metrics[id] = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000
  const rules: Record<string, number> = {}
  for (const item of history) for (const finding of item.findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1
  const quadrants: Record<string, number> = {}
  for (const item of history) {
    const quadrant = item.scores.quadrant
    if (quadrant) quadrants[quadrant.name] = (quadrants[quadrant.name] ?? 0) + 1
  }
  const numbers = (pick: (item: PersonConversation) => unknown) => history.map(pick).filter((value): value is number => typeof value === 'number')
  return {
    empathy: mean(numbers((item) => item.scores.empathy)),
    assertiveness: mean(numbers((item) => item.scores.assertiveness)),
    skills: skillStats,
    metrics,
    rules,
    quadrants,
  }
}
