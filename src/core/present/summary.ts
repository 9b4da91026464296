import type { Analysis, Finding, Score } from '../analysis.js'
import { formatClock } from '../ingest/clock.js'
import { references, type Reference } from '../measure/metrics.js'
import { quadrantOf, skillIds, skillNames, type SkillId } from '../measure/scores.js'

/** How a metric is shown: its name, how to format a value, and why it may be missing. */
export interface MetricView {
  id: string
  name: string
  format: (value: number) => string
  /** Why the value is null, in plain words. */
  missing: string
  reference?: Reference
}

const percent = (value: number) => `${Math.round(value * 100)}%`
const seconds = (value: number) => (value >= 60 ? `${Math.floor(value / 60)} min ${Math.round(value % 60)} s` : `${value.toFixed(value < 10 ? 1 : 0)} s`)
const plainNumber = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2))

/** The metrics presenters show, in reading order (ids of labels.md plus the talk/listen standards). */
export const metricViews: readonly MetricView[] = [
  { id: 'talkRatio', name: 'Talk ratio (team share of words)', format: percent, missing: 'calls only (words spoken)' },
  { id: 'listenRatio', name: 'Listen ratio', format: percent, missing: 'calls only' },
  { id: 'questions', name: 'Team questions', format: plainNumber, missing: 'no team utterances' },
  { id: 'openQuestionShare', name: 'Open questions', format: percent, missing: 'no team questions' },
  { id: 'genericQuestionShare', name: 'Generic questions', format: percent, missing: 'no team questions' },
  { id: 'reflectionToQuestion', name: 'Reflections per question', format: plainNumber, missing: 'no team questions' },
  { id: 'cueResponseRate', name: 'Cues acknowledged', format: percent, missing: 'no customer cue with a team reply' },
  { id: 'empathyFirstRate', name: 'Empathy before advice', format: percent, missing: 'no emotion or complaint with a team reply' },
  { id: 'longestMonologueSeconds', name: 'Longest monologue', format: seconds, missing: 'calls with timestamps only' },
  { id: 'longestMonologueWords', name: 'Longest monologue (words)', format: (v: number) => `${v} words`, missing: 'calls only' },
  { id: 'patience', name: 'Patience (pause before replying)', format: seconds, missing: 'calls with start and end times only' },
  { id: 'interactivity', name: 'Interactivity (speaker switches a minute)', format: plainNumber, missing: 'calls with timestamps only' },
  { id: 'interruptions', name: 'Interruptions by the team', format: plainNumber, missing: 'calls with start and end times only' },
].map((view) => {
  const reference = references[view.id]
  return reference ? { ...view, reference } : view
})

/** Where a value sits against its published reference: below fair, fair, good, or inside/outside a range. */
export function standing(view: MetricView, value: number | null | undefined): 'good' | 'fair' | 'low' | 'high' | undefined {
  const reference = view.reference
  if (value === null || value === undefined || !reference || reference.low === undefined || reference.high === undefined) return undefined
  // Gong's 11–14 questions is a range: more is not better.
  if (view.id === 'questions') return value < reference.low ? 'low' : value > reference.high ? 'high' : 'good'
  return value >= reference.high ? 'good' : value >= reference.low ? 'fair' : 'low'
}

/** A metric's value for display, or "n/a". */
export function showMetric(view: MetricView, value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : view.format(value)
}

const shortNames: Record<SkillId, string> = {
  empathy: 'Empathy',
  curiosity: 'Curiosity',
  emotionManagement: 'Emotions',
  assertiveness: 'Assertive',
  impulseControl: 'Impulse',
  selfAwareness: 'Self-aware',
  adaptingStyles: 'Adapting',
  businessCompetence: 'Business',
}

/** The skill ids with their plain names and short column names. */
export const skills: readonly { id: SkillId; name: string; short: string }[] = skillIds.map((id) => ({ id, name: skillNames[id], short: shortNames[id] }))

/** One team member across the analysed conversations. */
export interface Person {
  name: string
  conversations: number
  empathy: Score
  assertiveness: Score
  skills: Record<string, Score>
  talkRatio: number | null
  failures: number
  strengths: number
  quadrant: string | null
}

const mean = (values: readonly (number | null | undefined)[]): number | null => {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null
}

/**
 * Team members across conversations. A conversation's scores are its team's, so each team member
 * of it gets them; findings are counted for the person who said the words. Scores average the
 * conversations that have one (nulls are left out, not counted as 0).
 */
export function peopleOf(analyses: readonly Analysis[]): Person[] {
  const byKey = new Map<string, { name: string; analyses: Analysis[] }>()
  for (const analysis of analyses) {
    for (const participant of analysis.participants) {
      if (participant.role !== 'team') continue
      const key = participant.name.trim().toLowerCase()
      const entry = byKey.get(key) ?? { name: participant.name, analyses: [] }
      entry.analyses.push(analysis)
      byKey.set(key, entry)
    }
  }
  return [...byKey.entries()].map(([key, { name, analyses: own }]) => {
    const round = (value: number | null) => (value === null ? null : Math.round(value))
    const empathy = round(mean(own.map((a) => a.scores.empathy)))
    const assertiveness = round(mean(own.map((a) => a.scores.assertiveness)))
    const findings: Finding[] = own.flatMap((a) => a.findings.filter((f) => f.speaker.trim().toLowerCase() === key))
    return {
      name,
      conversations: own.length,
      empathy,
      assertiveness,
      skills: Object.fromEntries(skillIds.map((id) => [id, round(mean(own.map((a) => a.scores.skills[id])))])),
      talkRatio: mean(own.map((a) => a.metrics.talkRatio)),
      failures: findings.filter((f) => f.severity !== 'strength').length,
      strengths: findings.filter((f) => f.severity === 'strength').length,
      quadrant: quadrantOf(empathy, assertiveness, { empathy: [], assertiveness: [] })?.name ?? null,
    }
  })
}

/** Display names of labels and rules. */
export function ruleName(rule: string): string {
  return rule.replace(/-/g, ' ')
}

/** A finding's message without the "Speaker at mm:ss: " lead, for layouts that already show who and when. */
export function messageBody(finding: Finding): string {
  const prefix = `${finding.speaker}${finding.start === null ? '' : ` at ${formatClock(finding.start)}`}: `
  return finding.message.startsWith(prefix) ? finding.message.slice(prefix.length) : finding.message
}
