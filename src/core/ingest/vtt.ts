import webvtt from 'webvtt-parser'
import type { RawConversation } from '../conversation.js'
import { InputError } from '../errors.js'
import { mergeCues, splitSpeakerPrefix, type TimedCue } from './cues.js'
import { splitLines } from './decode.js'

interface VttNode {
  type: 'text' | 'object'
  name?: string
  value?: string
  children?: VttNode[]
}

interface VttCue {
  startTime: number
  endTime: number
  text: string
  tree: { children: VttNode[] }
}

interface VttResult {
  cues: VttCue[]
  errors: { message: string; line: number; col: number }[]
}

const parser = new webvtt.WebVTTParser()

/** Reads WebVTT as Zoom, Teams and Meet export it: `<v Speaker>` voice tags or `Speaker:` prefixes. */
export function readVtt(text: string, source: string): RawConversation {
  const lines = splitLines(text)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0]?.replace(/^\uFEFF/, '') ?? '')) {
    throw new InputError(
      `the first line is "${clip(lines[0] ?? '')}", not "WEBVTT"`,
      { file: source, line: 1 },
      'export the transcript again as WebVTT, or save it as .txt'
    )
  }
  const result = parser.parse(text.replace(/^\uFEFF/, ''), 'metadata') as VttResult
  for (const error of result.errors) {
    const offending = lines[error.line - 1] ?? ''
    // Spec errors in styling are harmless; a broken cue timing loses words, so it stops the read.
    if (offending.includes('-->') || /timestamp|digits/i.test(error.message)) {
      throw new InputError(
        `cue timing "${clip(offending)}" is not WebVTT: ${error.message.replace(/\.$/, '').toLowerCase()} (expected "00:00:01.000 --> 00:00:02.000")`,
        { file: source, line: error.line },
        'export the transcript again as WebVTT, or save it as .txt'
      )
    }
  }
  const cueLines = timingLines(lines)
  const cues: TimedCue[] = result.cues.map((cue, i) => {
    const voice = findVoice(cue.tree.children)
    const plain = flatten(cue.tree.children)
    const prefixed = voice === undefined ? splitSpeakerPrefix(plain) : { speaker: voice, text: plain }
    return { speaker: prefixed.speaker, text: prefixed.text, start: cue.startTime, end: cue.endTime, line: cueLines[i] ?? 0 }
  })
  const utterances = mergeCues(cues)
  if (utterances.length === 0) {
    throw new InputError('no cues with text found', { file: source }, 'check that the file holds the transcript, not only the header')
  }
  return { source, channel: 'call', utterances }
}

function findVoice(nodes: readonly VttNode[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'object' && node.name === 'v' && node.value) return node.value.trim()
  }
  return undefined
}

function flatten(nodes: readonly VttNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? (node.value ?? '') : flatten(node.children ?? []))).join('')
}

/** The line number of each cue's timing line, in order, for error messages and traceability. */
function timingLines(lines: readonly string[]): number[] {
  const found: number[] = []
  lines.forEach((line, i) => {
    if (line.includes('-->')) found.push(i + 1)
  })
  return found
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value
}
