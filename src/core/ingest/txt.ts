import type { Channel, RawConversation, RawUtterance } from '../conversation.js'
import { InputError } from '../errors.js'
import { parseClock } from './clock.js'
import { splitLines } from './decode.js'

/** Options for reading a text transcript. */
export interface TxtOptions {
  /** Read `{label,label}` at the end of a line as gold labels (gold sets and detector tests). */
  inlineLabels?: boolean
}

// "[00:01:02] Dana: Hello", "(01:02.5) Dana: Hello", "00:01:02 Dana: Hello"
const stamped = /^(?:\[([^\]]*)\]|\(([^)]*)\)|(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)(?=\s))\s*(.*)$/
// A speaker name: up to five words, no sentence punctuation ("Dana", "Dr. Ruiz", "Agent (Sam)").
const speakerLine = /^([\p{L}\p{N}_][\p{L}\p{N}_ .'’()&@-]{0,59}?)\s*:\s+(.*)$|^([\p{L}\p{N}_][\p{L}\p{N}_ .'’()&@-]{0,59}?)\s*:$/u
// Otter.ai and similar: "Tom Becker  0:03" on its own line, the words on the lines below.
const otterHeader = /^([\p{L}\p{N}_][\p{L}\p{N}_ .'’()&@-]{0,59}?)\s{2,}(\d{1,2}:\d{2}(?::\d{2})?)\s*$/u
const directive = /^#\s*(channel|rep|reps)\s*:\s*(.*)$/i
const inlineLabel = /\s*\{([a-z,\s-]*)\}\s*$/
const channels = new Set<Channel>(['call', 'chat', 'email'])

/** Reads a plain-text transcript: `[TIMESTAMP] Speaker: text` lines, continuation lines, `#` comments. */
export function readTxt(text: string, source: string, options: TxtOptions = {}): RawConversation {
  const utterances: RawUtterance[] = []
  let channel: Channel = 'call'
  let reps: string[] | undefined
  let current: RawUtterance | undefined
  const lines = splitLines(text)

  lines.forEach((raw, i) => {
    const lineNumber = i + 1
    let line = raw.trim()
    if (line === '') return
    if (line.startsWith('#')) {
      const found = directive.exec(line)
      if (found) {
        const value = found[2]!.trim()
        if (found[1]!.toLowerCase() === 'channel') {
          if (!channels.has(value as Channel)) {
            throw new InputError(`channel "${value}" is not call, chat or email`, { file: source, line: lineNumber }, 'fix the "# channel:" line')
          }
          channel = value as Channel
        } else {
          reps = value.split(',').map((name) => name.trim()).filter(Boolean)
        }
      }
      return
    }
    let labels: string[] | undefined
    if (options.inlineLabels) {
      const found = inlineLabel.exec(line)
      if (found) {
        labels = found[1]!.split(',').map((label) => label.trim()).filter(Boolean)
        line = line.slice(0, found.index)
      }
    }

    const otter = otterHeader.exec(line)
    if (otter) {
      current = { speaker: otter[1]!.trim(), text: '', start: parseClock(otter[2]!), end: null, line: lineNumber }
      utterances.push(current)
      return
    }

    let start: number | null = null
    let rest = line
    const stamp = stamped.exec(line)
    if (stamp) {
      const value = stamp[1] ?? stamp[2] ?? stamp[3] ?? ''
      const seconds = parseClock(value)
      if (seconds !== null) {
        start = seconds
        rest = stamp[4] ?? ''
      } else if (/^\s*\d/.test(value) && /[:.]/.test(value)) {
        throw new InputError(
          `timestamp "${value}" is not hh:mm:ss or mm:ss (optionally with .mmm)`,
          { file: source, line: lineNumber },
          'fix or remove the timestamp'
        )
      }
    }

    const said = speakerLine.exec(rest)
    if (said && !isProbablySentence(said[1] ?? said[3] ?? '')) {
      current = { speaker: (said[1] ?? said[3] ?? '').trim(), text: (said[2] ?? '').trim(), start, end: null, line: lineNumber }
      if (labels) current.labels = labels
      utterances.push(current)
      return
    }
    if (!current) {
      // Text before the first speaker is a title or a note, as in many exports; it is not said by anyone.
      return
    }
    current.text = current.text ? `${current.text} ${rest}` : rest
    if (labels) current.labels = [...(current.labels ?? []), ...labels]
  })

  const spoken = utterances.filter((utterance) => utterance.text !== '')
  if (spoken.length === 0) {
    throw new InputError(
      'no utterances found',
      { file: source },
      'write one utterance per line as "Speaker: text", optionally starting with [hh:mm:ss]'
    )
  }
  const result: RawConversation = { source, channel, utterances: spoken }
  if (reps) result.reps = reps
  return result
}

/** "So what I mean is: ..." is a sentence with a colon, not a speaker. */
function isProbablySentence(name: string): boolean {
  return name.trim().split(/\s+/).length > 5
}
