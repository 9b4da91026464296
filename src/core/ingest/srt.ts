import { parseSync } from 'subtitle'
import type { RawConversation } from '../conversation.js'
import { InputError } from '../errors.js'
import { mergeCues, splitSpeakerPrefix, type TimedCue } from './cues.js'
import { splitLines } from './decode.js'

const timing = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/

/** Reads SubRip subtitles with the speaker as a `Speaker:` prefix. */
export function readSrt(text: string, source: string): RawConversation {
  const lines = splitLines(text)
  // subtitle folds a block with a broken timing line into the previous cue's text without a word,
  // so every line that looks like a timing is checked here first.
  lines.forEach((line, i) => {
    if (line.includes('-->') && !timing.test(line)) {
      throw new InputError(
        `cue timing "${line.trim().slice(0, 60)}" is not SubRip (expected "00:00:01,000 --> 00:00:02,000")`,
        { file: source, line: i + 1 },
        'export the subtitles again as .srt, or save the transcript as .txt'
      )
    }
  })
  let nodes: ReturnType<typeof parseSync>
  try {
    nodes = parseSync(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const row = /row (\d+)/.exec(String(error))
    const place = row ? { file: source, line: Number(row[1]) } : { file: source }
    throw new InputError(
      `not SubRip subtitles: ${String((error as Error).message ?? error).replace(/ at row \d+/, '')}`,
      place,
      'export the subtitles again as .srt, or save the transcript as .txt'
    )
  }
  const timingLineNumbers = lines.flatMap((line, i) => (timing.test(line) ? [i + 1] : []))
  const cues: TimedCue[] = []
  let k = 0
  for (const node of nodes) {
    if (node.type !== 'cue') continue
    const { speaker, text: words } = splitSpeakerPrefix(node.data.text.replace(/<[^>]+>/g, ''))
    cues.push({ speaker, text: words, start: node.data.start / 1000, end: node.data.end / 1000, line: timingLineNumbers[k++] ?? 0 })
  }
  const utterances = mergeCues(cues)
  if (utterances.length === 0) {
    throw new InputError('no subtitles with text found', { file: source }, 'check that the file holds the transcript')
  }
  return { source, channel: 'call', utterances }
}
