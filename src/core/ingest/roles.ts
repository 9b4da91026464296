import type { Conversation, RawConversation, Role, Utterance } from '../conversation.js'

/** How team speakers were chosen, for the message on standard error. */
export interface RoleDecision {
  team: string[]
  /** Present when Rapport guessed: the reason, in plain words. */
  inferred?: string
  /** `--rep` names that matched no speaker in this conversation. */
  unmatched?: string[]
}

/** Options for assigning roles. */
export interface RoleOptions {
  /** Names, addresses or `@domain`s of team speakers (`--rep`). */
  reps?: readonly string[]
}

// "Thanks for calling Cartful", "this is Priya from Ledgerly", "how can I help"
const teamPhrases = /\b(thanks? (?:you )?for (?:calling|contacting|reaching out|your patience|getting in touch)|how (?:can|may) i help|this is \w+(?: \w+)? (?:from|with|at)|my name is \w+ (?:from|with|and i)|calling from|on our (?:side|end)|our (?:team|platform|product|engineers|customers|pricing|plan|roadmap)|let me (?:check|look|pull up)|i'?ll (?:send|follow up|get that)|your account|our records)\b/gi
// "your technician never showed", "I'm calling about my invoice"
const customerPhrases = /\b(your (?:product|service|technician|team|app|software|system|support|company|invoice|platform)|i'?m calling about|my (?:account|order|invoice|bill|subscription)|we(?:'re| are) (?:evaluating|looking at)|our (?:current vendor|budget))\b/gi
const freeMail = new Set(['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'proton.me', 'protonmail.com', 'live.com', 'gmx.com'])

const key = (value: string) => value.trim().toLowerCase()
const domainOf = (address: string | undefined) => address?.split('@')[1]?.toLowerCase()

/** Assigns `team` or `customer` to every utterance: from `--rep`, from the source, or by inference. */
export function assignRoles(raw: RawConversation, options: RoleOptions = {}): { conversation: Conversation; decision: RoleDecision } {
  const reps = (options.reps ?? []).flatMap((rep) => rep.split(',')).map(key).filter(Boolean)
  const fileReps = (raw.reps ?? []).map(key)
  let isTeam: (utterance: { speaker: string; address?: string }) => boolean
  let decision: RoleDecision

  const matches = (wanted: readonly string[]) => (utterance: { speaker: string; address?: string }) =>
    wanted.some((rep) =>
      rep.startsWith('@')
        ? domainOf(utterance.address) === rep.slice(1)
        : key(utterance.speaker) === rep || (utterance.address !== undefined && key(utterance.address) === rep)
    )

  const speakers = [...new Set(raw.utterances.map((utterance) => utterance.speaker))]
  const matched = reps.length ? raw.utterances.filter(matches(reps)) : []
  if (reps.length && matched.length) {
    isTeam = matches(reps)
    const unmatched = reps.filter((rep) => !raw.utterances.some(matches([rep])))
    decision = { team: uniqueSpeakers(raw, isTeam) }
    if (unmatched.length) decision.unmatched = unmatched
  } else if (fileReps.length && raw.utterances.some(matches(fileReps))) {
    isTeam = matches(fileReps)
    decision = { team: uniqueSpeakers(raw, isTeam) }
  } else if (raw.utterances.some((utterance) => utterance.role)) {
    const stated = new Map<string, Role>()
    for (const utterance of raw.utterances) if (utterance.role) stated.set(utterance.speaker, utterance.role)
    isTeam = (utterance) => stated.get(utterance.speaker) === 'team'
    decision = { team: uniqueSpeakers(raw, isTeam), inferred: 'from the roles stated in the file' }
  } else {
    const guess = inferTeam(raw, speakers)
    isTeam = guess.isTeam
    decision = { team: uniqueSpeakers(raw, isTeam), inferred: guess.reason }
    if (reps.length) decision.unmatched = reps
  }

  const utterances: Utterance[] = raw.utterances.map((utterance, index) => {
    const result: { -readonly [K in keyof Utterance]: Utterance[K] } = {
      index,
      speaker: utterance.speaker,
      role: isTeam(utterance) ? 'team' : 'customer',
      start: utterance.start,
      end: utterance.end,
      text: utterance.text,
    }
    if (utterance.address) result.address = utterance.address
    if (utterance.line !== undefined) result.line = utterance.line
    return result
  })
  return { conversation: { source: raw.source, channel: raw.channel, utterances }, decision }
}

function uniqueSpeakers(raw: RawConversation, isTeam: (utterance: { speaker: string; address?: string }) => boolean): string[] {
  return [...new Set(raw.utterances.filter(isTeam).map((utterance) => utterance.speaker))]
}

/** Guesses the team side: who opens, who asks the questions, who speaks for a company. */
function inferTeam(raw: RawConversation, speakers: readonly string[]): { isTeam: (u: { speaker: string; address?: string }) => boolean; reason: string } {
  if (speakers.length < 2) {
    return { isTeam: () => false, reason: 'only one speaker, so nobody could be told apart as team' }
  }
  const score = new Map<string, number>(speakers.map((speaker) => [speaker, 0]))
  const questions = new Map<string, number>(speakers.map((speaker) => [speaker, 0]))
  const phrases = new Map<string, number>(speakers.map((speaker) => [speaker, 0]))
  for (const utterance of raw.utterances) {
    const asked = (utterance.text.match(/\?/g) ?? []).length
    questions.set(utterance.speaker, questions.get(utterance.speaker)! + asked)
    const team = (utterance.text.match(teamPhrases) ?? []).length
    const customer = (utterance.text.match(customerPhrases) ?? []).length
    phrases.set(utterance.speaker, phrases.get(utterance.speaker)! + team - customer)
  }
  const totalQuestions = [...questions.values()].reduce((sum, n) => sum + n, 0)
  const opener = raw.utterances[0]!.speaker
  for (const speaker of speakers) {
    let value = phrases.get(speaker)! * 1.5
    if (totalQuestions > 0) value += (questions.get(speaker)! / totalQuestions) * 3
    // On calls the rep usually opens; in email and chat the customer usually writes first.
    if (speaker === opener) value += raw.channel === 'call' ? 1 : -1
    score.set(speaker, value)
  }
  const ranked = [...speakers].sort((a, b) => score.get(b)! - score.get(a)!)
  const best = ranked[0]!
  const reasons: string[] = []
  if (best === opener && raw.channel === 'call') reasons.push('opens the call')
  if (totalQuestions > 0) reasons.push(`asks ${questions.get(best)} of ${totalQuestions} questions`)
  if (phrases.get(best)! > 0) reasons.push('speaks for the company')
  const reason = reasons.join(', ') || 'scored highest on team signals'

  // Email: everyone from the team member's company domain is team too.
  const address = raw.utterances.find((utterance) => utterance.speaker === best && utterance.address)?.address
  const domain = domainOf(address)
  if (domain && !freeMail.has(domain)) {
    return {
      isTeam: (utterance) => utterance.speaker === best || domainOf(utterance.address) === domain,
      reason: `${reason}; everyone at @${domain} counts as team`,
    }
  }
  return { isTeam: (utterance) => utterance.speaker === best, reason }
}
