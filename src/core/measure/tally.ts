import { countWords } from '../analysis.js'
import type { Annotation } from '../annotate/run.js'
import { firstTeamReply, isBackchannel, normalise, textOf, type Sentence } from '../annotate/text.js'
import type { Conversation, Utterance } from '../conversation.js'
import { acknowledgedCues, acknowledgements, labelIds, type LabelId } from '../labels.js'
import { Memo } from '../memo.js'

/** A team question, classified by its opening words. */
export interface Question {
  utterance: number
  text: string
  open: boolean
  generic: boolean
}

/** Every count the metrics and scores are built from, computed once per conversation. */
export interface Tally {
  channel: Conversation['channel']
  /** Team utterances carrying each label (customer utterances for cue labels). */
  labels: Record<LabelId, number>
  teamWords: number
  customerWords: number
  /** Substantive turns (backchannels left out). */
  teamTurns: number
  customerTurns: number
  questions: Question[]
  /** `emotion`/`personal`/`hardship`/`complaint` cues that a team reply followed. */
  cuesAnswered: number
  /** Of those, cues whose first team reply acknowledges them (`reaction`, `interpretation`, `exploration`, `check`). */
  cuesAcknowledged: number
  /** `emotion`/`complaint` cues that a team reply followed. */
  upsetCuesAnswered: number
  /** Of those, replies that acknowledge and do not advise first. */
  empathyFirst: number
  /** `hesitation` cues that a team reply followed, and of those the replies that are not `capitulation`. */
  hesitationsAnswered: number
  hesitationsHeld: number
  /** Calls with start and end times: team turns that start before a substantive customer turn ended. */
  interruptions: number | null
  /** Calls with times: substantive customer turns the team let finish. */
  turnsLetFinish: number | null
  /** Longest team run: words always, seconds where every utterance of the run has times. */
  longestRunWords: number
  longestRunSeconds: number | null
  /** Pauses (seconds, overlap counted as 0) before a team turn that follows a customer turn. */
  pauses: number[]
  /** Speaker switches between substantive turns, and the timed length of the conversation in seconds. */
  switches: number
  durationSeconds: number | null
  /** Seconds each side spoke, where times exist. */
  teamSeconds: number | null
  customerSeconds: number | null
}

// "What usually breaks?", "How did that land with your CFO?": the answer is the customer's to shape.
const openOpeners = new Set(['what', 'why', 'how'])
// "Tell me about Monday mornings." "Walk me through the close." MI codes these prompts as open questions.
const openPrompts = /^(?:(?:so|and|but|okay|ok|well|now|then|um|uh)[,\s]+)*(?:can you |could you |would you )?(?:please )?(?:tell me(?: more)?(?: about)?|walk me through|talk me through|take me through|describe|explain|help me understand)\b/
// "How many entities?", "How long has it been down?": a number is asked for, so the question is closed.
const closedHow = new Set(['many', 'much', 'long', 'often', 'old', 'far', 'soon', 'big', 'large'])
const fillers = new Set(['so', 'and', 'but', 'um', 'uh', 'well', 'okay', 'ok', 'oh', 'now', 'right', 'like', 'just', 'hey', 'also', 'then', 'and', 'honestly', 'actually', 'great', 'perfect', 'cool', 'sure'])

/** Whether a question is open (what, why, how, tell me, describe…) rather than closed (do, is, can, when, who, how many…). */
export function isOpenQuestion(sentence: string): boolean {
  const lower = normalise(sentence).trim()
  if (openPrompts.test(lower)) return true
  const words: string[] = lower.match(/[a-z]+(?:'[a-z]+)?/g) ?? []
  let i = 0
  while (i < words.length && fillers.has(words[i]!)) i++
  let first: string = words[i] ?? ''
  // "Makes sense, but how did that go?": a short lead-in clause before the question word.
  if (!openOpeners.has(first)) {
    const clause = /,\s*(?:(?:so|and|but|then)\s+)?(what|why|how)\b/.exec(lower)
    if (!clause) return false
    first = clause[1] ?? ''
    i = words.indexOf(first, i)
  }
  return !(first === 'how' && closedHow.has(words[i + 1] ?? ''))
}

function isPromptSentence(sentence: Sentence): boolean {
  return openPrompts.test(normalise(sentence.text).trim())
}

/** The team's questions: sentences that ask (textOf's isQuestion, which also catches unpunctuated speech) plus open prompts. */
function questionsOf(conversation: Conversation, annotation: Annotation): Question[] {
  const questions: Question[] = []
  const genericSpans = new Map<number, (readonly [number, number])[]>()
  for (const hit of annotation.hits) {
    if (hit.label !== 'generic-question') continue
    genericSpans.set(hit.utterance, [...(genericSpans.get(hit.utterance) ?? []), hit.span])
  }
  for (const utterance of conversation.utterances) {
    if (utterance.role !== 'team') continue
    const asked = textOf(utterance.text).sentences.filter((s) => (s.isQuestion || isPromptSentence(s)) && countWords(s.text) >= 2)
    const spans = genericSpans.get(utterance.index) ?? []
    const first = questions.length
    let genericLeft = spans.length
    for (const sentence of asked) {
      const generic = genericLeft > 0 && spans.some(([start, end]) => start < sentence.end && end > sentence.start)
      if (generic) genericLeft--
      questions.push({ utterance: utterance.index, text: sentence.text, open: isOpenQuestion(sentence.text), generic })
    }
    // A generic-question hit whose span matches no sentence still marks one of this utterance's questions.
    for (const question of questions.slice(first)) {
      if (genericLeft <= 0) break
      if (!question.generic) {
        question.generic = true
        genericLeft--
      }
    }
  }
  return questions
}

// "[cough]", "(laughs)", "*sighs*", "ahem": sounds, not speech.
const bracketed = /\[[^\]]*\]|\([^)]*\)|\*[^*]*\*|<[^>]*>/g
const noises = new Set(['cough', 'coughs', 'coughing', 'ahem', 'laugh', 'laughs', 'laughter', 'sigh', 'sighs', 'sniff', 'inaudible', 'crosstalk', 'noise', 'silence', 'pause', 'hm', 'hmm', 'er', 'erm', 'ah'])

const listening = new Memo<string, boolean>(4096)

/** An utterance that does not take the floor: a backchannel ("mm-hmm", "right") or a sound ("[cough]"). */
export function isListening(text: string): boolean {
  // Remembered per text: a tally asks three times about each utterance.
  const cached = listening.get(text)
  if (cached !== undefined) return cached
  const quiet = isBackchannel(text) || (text.replace(bracketed, ' ').toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).every((word) => noises.has(word))
  listening.set(text, quiet)
  return quiet
}

/** When an utterance ends: its own end, else the next utterance's start (timed transcripts without end times). */
function endOf(conversation: Conversation, utterance: Utterance): number | null {
  if (utterance.end !== null) return utterance.end
  return conversation.utterances[utterance.index + 1]?.start ?? null
}

/** Counts labels, questions, cue replies and turn-taking of one annotated conversation. */
export function tallyOf(conversation: Conversation, annotation: Annotation): Tally {
  const labels = Object.fromEntries(labelIds.map((id) => [id, 0])) as Record<LabelId, number>
  const has = (index: number, label: LabelId) => annotation.labels[index]?.includes(label) ?? false
  for (const list of annotation.labels) for (const label of list) labels[label]++

  let teamWords = 0
  let customerWords = 0
  let teamTurns = 0
  let customerTurns = 0
  const utterances = conversation.utterances
  for (const utterance of utterances) {
    const words = countWords(utterance.text)
    if (utterance.role === 'team') teamWords += words
    else customerWords += words
    if (isListening(utterance.text)) continue
    if (utterance.role === 'team') teamTurns++
    else customerTurns++
  }

  let cuesAnswered = 0
  let cuesAcknowledged = 0
  let upsetCuesAnswered = 0
  let empathyFirst = 0
  let hesitationsAnswered = 0
  let hesitationsHeld = 0
  for (const cue of utterances) {
    if (cue.role !== 'customer') continue
    const isCue = acknowledgedCues.some((label) => has(cue.index, label))
    const isUpset = has(cue.index, 'emotion') || has(cue.index, 'complaint')
    const isHesitation = has(cue.index, 'hesitation')
    if (!isCue && !isHesitation) continue
    // labels.md: only the first team reply after a cue is judged; a cue nobody answered has no reply to judge.
    const reply = firstTeamReply(conversation, cue.index)
    if (!reply) continue
    const acknowledged = acknowledgements.some((label) => has(reply.index, label))
    if (isCue) {
      cuesAnswered++
      if (acknowledged) cuesAcknowledged++
    }
    if (isUpset) {
      upsetCuesAnswered++
      if (acknowledged && !has(reply.index, 'advice-first')) empathyFirst++
    }
    if (isHesitation) {
      hesitationsAnswered++
      if (!has(reply.index, 'capitulation')) hesitationsHeld++
    }
  }

  const timed = conversation.channel === 'call'
  const substantive = utterances.filter((u) => !isListening(u.text))

  // Monologue: a team run ends only when the customer says something substantive; their
  // "mm-hmm", "right" or a cough (an utterance with no words) does not take the floor.
  let longestRunWords = 0
  let longestRunSeconds: number | null = null
  let runWords = 0
  let runStart: number | null = null
  let runTimed = true
  let runOpen = false
  const closeRun = (last: Utterance | undefined) => {
    if (!runOpen) return
    longestRunWords = Math.max(longestRunWords, runWords)
    const end = last ? endOf(conversation, last) : null
    if (timed && runTimed && runStart !== null && end !== null) longestRunSeconds = Math.max(longestRunSeconds ?? 0, end - runStart)
    runOpen = false
  }
  let lastTeam: Utterance | undefined
  for (const utterance of utterances) {
    if (utterance.role === 'customer') {
      if (!isListening(utterance.text)) closeRun(lastTeam)
      continue
    }
    if (!runOpen) {
      runOpen = true
      runWords = 0
      runStart = utterance.start
      runTimed = utterance.start !== null
    }
    runWords += countWords(utterance.text)
    if (endOf(conversation, utterance) === null) runTimed = false
    lastTeam = utterance
  }
  closeRun(lastTeam)

  let interruptions: number | null = null
  let turnsLetFinish: number | null = null
  const pauses: number[] = []
  let switches = 0
  for (let i = 1; i < substantive.length; i++) {
    const before = substantive[i - 1]!
    const current = substantive[i]!
    if (before.speaker !== current.speaker) switches++
    if (!timed || before.role !== 'customer' || current.role !== 'team' || current.start === null) continue
    // Pause before the team takes the floor; an overlap is no pause at all (0), and is an interruption.
    const end = before.end
    if (end === null) continue
    pauses.push(Math.max(0, current.start - end))
    interruptions = (interruptions ?? 0) + (current.start < end ? 1 : 0)
    turnsLetFinish = (turnsLetFinish ?? 0) + (current.start < end ? 0 : 1)
  }

  const starts = utterances.map((u) => u.start).filter((s): s is number => s !== null)
  const ends = utterances.map((u) => endOf(conversation, u) ?? u.start).filter((s): s is number => s !== null)
  const allTimed = timed && starts.length === utterances.length && utterances.length > 1
  const durationSeconds = allTimed ? Math.max(...ends) - Math.min(...starts) : null

  let teamSeconds: number | null = allTimed ? 0 : null
  let customerSeconds: number | null = allTimed ? 0 : null
  if (allTimed) {
    for (const utterance of utterances) {
      const end = endOf(conversation, utterance)
      if (end === null || utterance.start === null) continue
      if (utterance.role === 'team') teamSeconds! += Math.max(0, end - utterance.start)
      else customerSeconds! += Math.max(0, end - utterance.start)
    }
  }

  return {
    channel: conversation.channel,
    labels,
    teamWords,
    customerWords,
    teamTurns,
    customerTurns,
    questions: questionsOf(conversation, annotation),
    cuesAnswered,
    cuesAcknowledged,
    upsetCuesAnswered,
    empathyFirst,
    hesitationsAnswered,
    hesitationsHeld,
    interruptions,
    turnsLetFinish,
    longestRunWords,
    longestRunSeconds,
    pauses,
    switches,
    durationSeconds,
    teamSeconds,
    customerSeconds,
  }
}
