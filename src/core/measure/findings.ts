import type { Finding } from '../analysis.js'
import type { LabelledHit } from '../annotate/detector.js'
import type { Annotation } from '../annotate/run.js'
import { previousCustomerUtterance, textOf } from '../annotate/text.js'
import type { Conversation, Utterance } from '../conversation.js'
import { formatClock } from '../ingest/clock.js'
import { cueLabels, failureLabels, type LabelId } from '../labels.js'
import { customerWords, lowerFirst, reflect, reusesWords, upperFirst } from './rewrite.js'

type Failure = (typeof failureLabels)[number]
/** Behaviours worth pointing out as strengths (labels.md: the strong forms of empathy and assertiveness). */
export const strengthLabels = ['interpretation', 'challenge', 'mutual-qualification'] as const
type Strength = (typeof strengthLabels)[number]

/** The principle behind each finding, in one plain sentence (framework.md). */
export const principles: Record<Failure | Strength, string> = {
  'missed-cue': 'When a customer drops a cue, answer it before moving on; stepping over it makes everything after sound scripted.',
  boilerplate: 'A stock phrase tells the customer nothing was heard; say back the specific thing they said.',
  'advice-first': 'An upset customer cannot hear a fix until they feel understood: acknowledge first, advise second.',
  'agenda-push': 'Serious personal news changes the agenda: acknowledge it as a person and hand the timing back to them.',
  capitulation: 'Agreeing with a stall lets the customer’s problem quietly live on; tactfully hold up the cost they told you about.',
  sympathy: 'Pity comes from the outside; empathy names their situation from the inside.',
  'generic-question': 'Good questions build on what this customer just said; a script question could be asked of anyone.',
  'feature-dump': 'Features land only when tied to something the customer said.',
  needy: 'Chasing for your own sake shows you need the deal more than they need the help.',
  servile: 'One sincere apology and a plan beat a string of apologies; you are equals.',
  interpretation: 'Naming what the customer is probably facing, specifically, shows understanding from the inside.',
  challenge: 'Holding up the costs the customer shared, tactfully, is empathy that helps instead of just agreeing.',
  'mutual-qualification': 'Checking the customer’s side of the deal as an equal keeps both sides honest.',
}

// Impact order within a severity: the failures that cost the relationship most come first.
const impact: readonly LabelId[] = ['agenda-push', 'missed-cue', 'advice-first', 'capitulation', 'boilerplate', 'sympathy', 'servile', 'needy', 'feature-dump', 'generic-question', 'challenge', 'interpretation', 'mutual-qualification']
const severityRank: Record<Finding['severity'], number> = { critical: 0, warning: 1, info: 2, strength: 3 }

const isFailure = (label: LabelId): label is Failure => (failureLabels as readonly string[]).includes(label)
const isStrength = (label: LabelId): label is Strength => (strengthLabels as readonly string[]).includes(label)
const isCueLabel = (label: LabelId) => (cueLabels as readonly string[]).includes(label)

/** What the finding answers: the cue utterance and the customer's words from it. */
interface Context {
  cue: Utterance | undefined
  words: string
}

function severityOf(rule: Failure | Strength, cueLabelsOf: readonly LabelId[]): Finding['severity'] {
  if (isStrength(rule)) return 'strength'
  if (rule === 'agenda-push' || rule === 'capitulation') return 'critical'
  if (rule === 'missed-cue' && (cueLabelsOf.includes('hardship') || cueLabelsOf.includes('emotion'))) return 'critical'
  if (rule === 'generic-question') return 'info'
  return 'warning'
}

/** A line the rep could have said, built on the customer's own words. */
function rewriteFor(rule: Failure | Strength, context: Context, cueKinds: readonly LabelId[], earlierCost: (before: number) => string | undefined, at: number): string {
  const said = context.words ? reflect(context.words) : ''
  const R = upperFirst(said)
  const r = lowerFirst(said)
  if (!said) {
    if (rule === 'capitulation') return 'Ask what would have to change for this to become a priority, instead of retreating.'
    return 'Ask about what they just told you before moving on.'
  }
  switch (rule) {
    case 'missed-cue':
    case 'boilerplate':
    case 'sympathy':
      if (cueKinds.includes('hardship')) return `“${R}. I’m so sorry. That matters more than anything on my list today; how are you holding up?”`
      if (cueKinds.includes('complaint')) return `“${R}; that should not have happened, and it landed on you. What has it cost you so far?”`
      if (cueKinds.includes('personal')) return `“${R}? How are you doing with all that?”`
      return `“${R}, that sounds exhausting. What’s been the hardest part?”`
    case 'advice-first':
      if (cueKinds.includes('complaint')) return `“${R}; that should not have happened, and I’m sorry it landed on you.” Say that first, then give the fix.`
      return `“${R}; that makes sense, and it’s a lot to carry.” Say that first, then give the fix.`
    case 'agenda-push':
      return `“${R}. I’m so sorry. Please don’t think about the project for now; you tell me when you want to talk timing.”`
    case 'capitulation': {
      const cost = earlierCost(at)
      if (cost) return `“Makes sense. You did mention ${lowerFirst(reflect(cost))}; is that something you’re happy to keep living with?”`
      return `“Fair enough. When you say ${r}, what would have to change for this to become a priority?”`
    }
    case 'generic-question':
      return `“You mentioned ${r}. What does that look like day to day for you?”`
    case 'feature-dump':
      return `“You said ${r}. Before I show you anything, what would have to be true for this to fix that?”`
    case 'needy':
      return `“Last time you said ${r}. Is that still where things are, or has something changed?”`
    case 'servile':
      return `“${R}. I’m sorry, that’s on us. Here is what I’m doing next, and when you’ll hear from me.”`
    case 'interpretation':
      return `Keep naming the specific cost in their words (“${r}”), then check it: “Is that about where you are?”`
    case 'challenge':
      return 'Keep holding up the customer’s own words when they stall, then ask what would make the timing work.'
    case 'mutual-qualification':
      return 'Keep asking about decision, budget and timing as an equal, and keep offering them an easy way to say no.'
  }
}

function defaultMessage(rule: Failure | Strength, speaker: string, customer: string, words: string): string {
  const said = words ? ` (“${words}”)` : ''
  switch (rule) {
    case 'missed-cue':
      return `${customer} shared something${said}; ${speaker}’s reply moved on without acknowledging it.`
    case 'boilerplate':
      return `${speaker} used a stock empathy line instead of saying back what ${customer} said${said}.`
    case 'advice-first':
      return `${customer} was upset${said}; ${speaker} went straight to the fix.`
    case 'agenda-push':
      return `${customer} shared serious news${said}; ${speaker} answered with the business agenda.`
    case 'capitulation':
      return `${customer} hesitated${said}; ${speaker} retreated without exploring or challenging.`
    case 'sympathy':
      return `${speaker} answered ${customer}${said} with pity from the outside.`
    case 'generic-question':
      return `${speaker} asked a script question that builds on nothing ${customer} said.`
    case 'feature-dump':
      return `${speaker} listed features without tying them to what ${customer} said.`
    case 'needy':
      return `${speaker} chased for their own sake.`
    case 'servile':
      return `${speaker} apologised over and over instead of acting as an equal.`
    case 'interpretation':
      return `${speaker} named what ${customer} was facing${said}, specifically.`
    case 'challenge':
      return `${speaker} held up the costs ${customer} had shared instead of giving in to the hesitation.`
    case 'mutual-qualification':
      return `${speaker} checked ${customer}’s side of the deal (decision, budget, timing) as an equal.`
  }
}

/**
 * Findings: one per failure (hits of one rule on one utterance merged) and one per notable
 * strength, each quoting the moment, naming the principle and suggesting a rewrite in the
 * customer's own words; ordered by impact (severity, then rule, then time).
 */
export function findingsOf(conversation: Conversation, annotation: Annotation): Finding[] {
  const utterances = conversation.utterances
  const has = (index: number, label: LabelId) => annotation.labels[index]?.includes(label) ?? false
  const cueHits = new Map<number, LabelledHit[]>()
  for (const hit of annotation.hits) if (isCueLabel(hit.label)) cueHits.set(hit.utterance, [...(cueHits.get(hit.utterance) ?? []), hit])

  const wordsOf = (utterance: Utterance, preferred?: readonly LabelId[]) => {
    const hits = cueHits.get(utterance.index) ?? []
    const hit = hits.find((h) => preferred?.includes(h.label)) ?? hits[0]
    return customerWords(utterance.text, hit?.span)
  }
  // The customer's words about a cost or frustration before a hesitation (labels.md, `challenge`).
  const earlierCost = (before: number) => {
    for (let i = before - 1; i >= 0; i--) {
      const u = utterances[i]!
      if (u.role !== 'customer') continue
      if (['emotion', 'complaint', 'hardship'].some((label) => has(i, label as LabelId))) return wordsOf(u, ['complaint', 'emotion', 'hardship'])
    }
    return undefined
  }

  // Group hits (or bare labels from gold files) by rule and utterance.
  const groups = new Map<string, { rule: Failure | Strength; utterance: number; hits: LabelledHit[] }>()
  for (const hit of annotation.hits) {
    if (!isFailure(hit.label) && !isStrength(hit.label)) continue
    const key = `${hit.label}#${hit.utterance}#${hit.cue ?? ''}`
    const group = groups.get(key) ?? { rule: hit.label, utterance: hit.utterance, hits: [] }
    group.hits.push(hit)
    groups.set(key, group)
  }
  const grouped = new Set([...groups.values()].map((g) => `${g.rule}#${g.utterance}`))
  annotation.labels.forEach((labels, index) => {
    for (const label of labels) {
      if (!isFailure(label) && !isStrength(label)) continue
      if (grouped.has(`${label}#${index}`)) continue
      groups.set(`${label}#${index}#`, { rule: label, utterance: index, hits: [] })
    }
  })

  const findings: Finding[] = []
  for (const { rule, utterance: index, hits } of groups.values()) {
    const utterance = utterances[index]
    if (!utterance || utterance.role !== 'team') continue
    const cueIndex = hits.find((h) => h.cue !== undefined)?.cue
    const cue = cueIndex !== undefined ? utterances[cueIndex] : previousCustomerUtterance(conversation, index)
    const cueKinds = cue ? (annotation.labels[cue.index] ?? []).filter(isCueLabel) : []
    const preferred: LabelId[] = rule === 'capitulation' ? ['hesitation'] : rule === 'agenda-push' ? ['hardship', 'personal'] : ['hardship', 'emotion', 'complaint', 'personal']
    const context: Context = { cue, words: cue ? wordsOf(cue, preferred) : '' }
    const spans = hits.map((h) => h.span).sort((a, b) => a[0] - b[0])
    const span: [number, number] = spans.length ? [spans[0]![0], Math.max(...spans.map((s) => s[1]))] : [0, utterance.text.length]
    const evidence = spans.length ? [...new Set(spans.map((s) => utterance.text.slice(s[0], s[1])))].join(' … ') : utterance.text
    const when = utterance.start === null ? '' : ` at ${formatClock(utterance.start)}`
    const customer = cue?.speaker ?? 'The customer'

    let message = hits.find((h) => h.message)?.message ?? defaultMessage(rule, utterance.speaker, customer, context.words)
    // The contract: a finding's message quotes the moment.
    if (!message.includes(evidence.slice(0, 40))) message = `${utterance.speaker}${when}: “${clip(sentencesAround(utterance.text, span))}” ${message}`

    const rewrite = rewriteFor(rule, context, cueKinds, earlierCost, index)
    const given = hits.find((h) => h.suggestion)?.suggestion
    let suggestion = given ?? rewrite
    // A detector's suggestion is kept; when it quotes nothing and does not reuse the customer's words, a rewrite in their words is added.
    if (given && !isStrength(rule) && context.words && cue && !/[“"]/.test(given) && !reusesWords(given, cue.text)) suggestion = `${given.replace(/\s*$/, '')} For example: ${rewrite}`
    if (isStrength(rule) && !given) suggestion = rewrite

    const finding: Finding = {
      rule,
      utterance: index,
      severity: severityOf(rule, cueKinds),
      message,
      suggestion,
      evidence,
      reason: hits[0]?.reason ?? 'labelled',
      speaker: utterance.speaker,
      start: utterance.start,
      span,
      principle: principles[rule],
    }
    if (cueIndex !== undefined) finding.cue = cueIndex
    if (cue && context.words) {
      finding.cueText = context.words
      finding.cueSpeaker = cue.speaker
    }
    findings.push(finding)
  }
  return findings.sort(
    (a, b) => severityRank[a.severity] - severityRank[b.severity] || impact.indexOf(a.rule) - impact.indexOf(b.rule) || a.utterance - b.utterance
  )
}

/** The whole sentences that hold a span, so a quote reads as what was said. */
function sentencesAround(text: string, span: readonly [number, number]): string {
  const sentences = textOf(text).sentences
  const start = sentences.find((s) => s.end > span[0])?.start ?? span[0]
  const end = [...sentences].reverse().find((s) => s.start < span[1])?.end ?? span[1]
  return text.slice(Math.min(start, span[0]), Math.max(end, span[1])).trim()
}

function clip(text: string, max = 110): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text
}
