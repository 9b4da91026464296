import type { RawUtterance } from '../conversation.js'

/** A timed piece of subtitle text with its speaker, before merging. */
export interface TimedCue {
  speaker: string | undefined
  text: string
  start: number
  end: number
  line: number
}

// Zoom and Meet write "Speaker Name: words"; at most five words before the colon.
const prefix = /^([\p{L}\p{N}_][\p{L}\p{N}_ .'’()&@-]{0,59}?)\s*:\s+(.*)$/su

/** Splits a `Speaker: text` prefix off a cue's text. */
export function splitSpeakerPrefix(text: string): { speaker: string | undefined; text: string } {
  const found = prefix.exec(text)
  if (!found || found[1]!.trim().split(/\s+/).length > 5) return { speaker: undefined, text }
  return { speaker: found[1]!.trim(), text: found[2]!.trim() }
}

/** Merges consecutive cues of one speaker into one utterance; a cue without a speaker continues the previous one. */
export function mergeCues(cues: readonly TimedCue[], unknownSpeaker = 'Unknown'): RawUtterance[] {
  const utterances: RawUtterance[] = []
  let current: RawUtterance | undefined
  for (const cue of cues) {
    const text = cue.text.replace(/\s+/g, ' ').trim()
    if (text === '') continue
    const speaker = cue.speaker ?? current?.speaker ?? unknownSpeaker
    if (current && current.speaker === speaker) {
      current.text = `${current.text} ${text}`
      current.end = Math.max(current.end ?? cue.end, cue.end)
      continue
    }
    current = { speaker, text, start: cue.start, end: cue.end, line: cue.line }
    utterances.push(current)
  }
  return utterances
}
