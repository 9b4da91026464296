import type { Metrics, Quadrant, Score, Scores } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import type { Conversation } from '../conversation.js'
import { tallyOf, type Tally } from './tally.js'

/** The skills of framework.md §8, in its order. */
export const skillIds = ['empathy', 'curiosity', 'emotionManagement', 'assertiveness', 'impulseControl', 'selfAwareness', 'adaptingStyles', 'businessCompetence'] as const
/** A skill id. */
export type SkillId = (typeof skillIds)[number]

/** Plain names for the skills, as framework.md writes them. */
export const skillNames: Record<SkillId, string> = {
  empathy: 'Empathy',
  curiosity: 'Curiosity',
  emotionManagement: 'Emotion management',
  assertiveness: 'Assertiveness',
  impulseControl: 'Impulse control',
  selfAwareness: 'Self-awareness',
  adaptingStyles: 'Adapting to styles',
  businessCompetence: 'Business competence',
}

/** One weighted piece of evidence: how many moments, what they are, and their weight. */
interface Term {
  count: number
  weight: number
  what: string
}

/** The fewest counted moments a score needs; with fewer it is null (docs/scoring.md). */
export const minimumEvidence = 2

/**
 * The evidence score: 100 × (good + 1) / (good + bad + 2), rounded. The +1/+2 is one imagined good
 * and one imagined bad moment, so little evidence stays near 50 instead of jumping to 0 or 100.
 * More good never lowers it and more bad never raises it.
 */
export function evidenceScore(good: number, bad: number): number {
  return Math.round((100 * (good + 1)) / (good + bad + 2))
}

interface Built {
  score: Score
  reason?: string
  evidence: string[]
}

function build(good: readonly Term[], bad: readonly Term[], noun: string): Built {
  const sum = (terms: readonly Term[]) => terms.reduce((total, term) => total + term.count * term.weight, 0)
  const moments = [...good, ...bad].reduce((total, term) => total + term.count, 0)
  // "1 capitulation", "2 capitulations"; "1 servile reply", "3 servile replies"
  const named = (t: Term) => t.what.replace(/(\w*)\((\w+)\)/g, (_, stem: string, plural: string) => (t.count === 1 ? (plural === 'ies' ? `${stem}y` : stem) : `${stem}${plural}`))
  const describe = (terms: readonly Term[], sign: string) => terms.filter((t) => t.count > 0).map((t) => `${sign} ${t.count} ${named(t)} (×${t.weight})`)
  const evidence = [...describe(good, '+'), ...describe(bad, '−')]
  if (moments < minimumEvidence) {
    const seen = moments === 0 ? 'no moment' : 'only one moment'
    return { score: null, reason: `${seen} in this conversation shows ${noun}; ${minimumEvidence} are needed for a score`, evidence }
  }
  return { score: evidenceScore(sum(good), sum(bad)), evidence }
}

const term = (count: number, weight: number, what: string): Term => ({ count, weight, what })

/** Each skill's good and bad evidence from the tally: the formulas of docs/scoring.md. */
function skillsFrom(tally: Tally): Record<SkillId, Built> {
  const l = tally.labels
  const missedCues = tally.cuesAnswered - tally.cuesAcknowledged
  const upsetMissed = tally.upsetCuesAnswered - tally.empathyFirst
  const openNonGeneric = tally.questions.filter((q) => q.open && !q.generic).length
  return {
    empathy: build(
      [term(l.reaction, 1, 'emotional reaction(s)'), term(l.interpretation, 2, 'interpretation(s)'), term(tally.cuesAcknowledged, 1, 'cue(s) acknowledged')],
      [term(missedCues, 2, 'cue(s) not acknowledged'), term(l.boilerplate, 1, 'scripted empathy line(s)'), term(l.sympathy, 1, 'pity instead of understanding'), term(l['agenda-push'], 2, 'business pushed over personal news'), term(l['advice-first'], 1, 'fix(es) before acknowledgement')],
      'empathy'
    ),
    curiosity: build(
      [term(l.exploration, 2, 'specific exploration(s)'), term(openNonGeneric, 0.5, 'open question(s)')],
      [term(l['generic-question'], 2, 'generic script question(s)'), term(l['feature-dump'], 1, 'feature list(s) instead of questions')],
      'curiosity'
    ),
    emotionManagement: build(
      [term(tally.empathyFirst, 2, 'upset customer(s) acknowledged before any fix')],
      [term(upsetMissed, 2, 'upset customer(s) not acknowledged first'), term(l.servile, 1, 'servile repl(ies)')],
      'how upset customers are handled (no emotion or complaint was answered)'
    ),
    assertiveness: build(
      [term(l.challenge, 2, 'tactful challenge(s)'), term(l['mutual-qualification'], 2, 'mutual qualification'), term(tally.hesitationsHeld, 1, 'hesitation(s) met without retreat')],
      [term(l.capitulation, 2, 'capitulation(s)'), term(l.servile, 1, 'servile repl(ies)'), term(l.needy, 1, 'needy chasing')],
      'assertiveness'
    ),
    impulseControl: build(
      [term(tally.empathyFirst, 2, 'acknowledgement(s) before advice'), term(tally.turnsLetFinish ?? 0, 0.25, 'customer turn(s) let finish')],
      [term(tally.interruptions ?? 0, 1, 'interruption(s)'), term(l['advice-first'], 2, 'fix(es) before acknowledgement'), term(l['feature-dump'], 2, 'feature dump(s)')],
      'impulse control'
    ),
    selfAwareness: build(
      [term(l.check, 2, 'check(s) of understanding'), term(l['self-disclosure'], 2, 'self-disclosure(s)')],
      [term(l.boilerplate, 1, 'scripted line(s)'), term(l.sympathy, 1, 'pity from the outside')],
      'self-awareness'
    ),
    adaptingStyles: adapting(tally),
    businessCompetence: build(
      [term(l.challenge, 2, 'cost(s) of the status quo held up'), term(l['mutual-qualification'], 2, 'decision, budget or timing checked')],
      [term(l['feature-dump'], 2, 'feature dump(s)'), term(l['generic-question'], 1, 'generic question(s)')],
      'business talk'
    ),
  }
}

/**
 * Adapting to styles, proxied by how closely the team matches the customer's turn length (a direct
 * customer gets short answers, an expressive one room to talk) and, on timed calls, speaking pace.
 */
function adapting(tally: Tally): Built {
  const minimumTurns = 3
  if (tally.teamTurns < minimumTurns || tally.customerTurns < minimumTurns) {
    return { score: null, reason: `fewer than ${minimumTurns} substantive turns on each side to compare styles`, evidence: [] }
  }
  const teamLength = tally.teamWords / tally.teamTurns
  const customerLength = tally.customerWords / tally.customerTurns
  const match = (a: number, b: number) => (Math.max(a, b) > 0 ? Math.min(a, b) / Math.max(a, b) : 1)
  const matches = [match(teamLength, customerLength)]
  const evidence = [`team turns average ${teamLength.toFixed(0)} words, customer turns ${customerLength.toFixed(0)}`]
  if (tally.teamSeconds && tally.customerSeconds) {
    const teamPace = (tally.teamWords / tally.teamSeconds) * 60
    const customerPace = (tally.customerWords / tally.customerSeconds) * 60
    matches.push(match(teamPace, customerPace))
    evidence.push(`team speaks ${teamPace.toFixed(0)} words a minute, customer ${customerPace.toFixed(0)}`)
  }
  return { score: Math.round((100 * matches.reduce((a, b) => a + b, 0)) / matches.length), evidence }
}

/** The empathy × assertiveness quadrant (framework.md §5), or null when either is null. */
export function quadrantOf(empathy: Score, assertiveness: Score, evidence: { empathy: string[]; assertiveness: string[] }): Quadrant | null {
  if (empathy === null || assertiveness === null) return null
  const warm = empathy >= 50
  const firm = assertiveness >= 50
  const [id, name, meaning] = warm
    ? firm
      ? ['trusted-advisor', 'Trusted advisor', 'understands the customer and still holds the line for their interest']
      : ['warm-but-spineless', 'Warm but spineless', 'understands the customer but gives way when they hesitate']
    : firm
      ? ['cold-and-pushy', 'Cold and pushy', 'pushes the business without showing the customer was heard']
      : ['detached', 'Detached', 'neither shows understanding nor stands for the customer’s interest']
  return {
    id,
    name,
    meaning,
    evidence: [`empathy ${empathy}: ${evidence.empathy.join(', ') || 'no evidence'}`, `assertiveness ${assertiveness}: ${evidence.assertiveness.join(', ') || 'no evidence'}`],
    axes: { empathy: evidence.empathy, assertiveness: evidence.assertiveness },
  }
}

/** Scores from a tally: 0..100 integers or null with a reason, with the evidence behind each. */
export function scoresFromTally(tally: Tally): Scores {
  const built = skillsFrom(tally)
  const skills: Record<string, Score> = {}
  const reasons: Record<string, string> = {}
  const evidence: Record<string, string[]> = {}
  for (const id of skillIds) {
    const { score, reason, evidence: lines } = built[id]
    skills[id] = score
    evidence[id] = lines
    if (reason !== undefined) reasons[id] = reason
  }
  const empathy = built.empathy.score
  const assertiveness = built.assertiveness.score
  if (built.empathy.reason) reasons.empathy = built.empathy.reason
  if (built.assertiveness.reason) reasons.assertiveness = built.assertiveness.reason
  const scores: Scores = { empathy, assertiveness, skills, reasons, evidence, quadrant: quadrantOf(empathy, assertiveness, { empathy: built.empathy.evidence, assertiveness: built.assertiveness.evidence }) }
  if (scores.quadrant === null) reasons.quadrant = 'needs both an empathy and an assertiveness score'
  return scores
}

/** Scores of one annotated conversation (docs/scoring.md). */
export function scoresOf(conversation: Conversation, annotation: Annotation, _metrics?: Metrics): Scores {
  return scoresFromTally(tallyOf(conversation, annotation))
}
