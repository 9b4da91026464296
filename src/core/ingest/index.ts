import type { RawConversation } from '../conversation.js'
import { InputError } from '../errors.js'
import { readCsv } from './csv.js'
import { decodeText } from './decode.js'
import { readEml, readMbox } from './email.js'
import { readJson } from './json.js'
import { readSrt } from './srt.js'
import { readTxt, type TxtOptions } from './txt.js'
import { readVtt } from './vtt.js'

/** File extensions Rapport reads; a directory walk picks these up. */
export const knownExtensions = ['.txt', '.vtt', '.srt', '.json', '.csv', '.tsv', '.eml', '.mbox'] as const

/** The largest file read by default (25 MiB is about 250,000 utterances). */
export const defaultMaxBytes = 25 * 1024 * 1024

/** Options for reading a file. */
export interface ReadOptions extends TxtOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes?: number
}

/** Reads the conversations in one file (a CSV export may hold several). Throws InputError on bad input. */
export async function readConversations(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<RawConversation[]> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  if (bytes.length > maxBytes) {
    throw new InputError(
      `the file is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} limit`,
      { file },
      'split it into smaller files, or raise the limit with --max-size'
    )
  }
  if (bytes.length === 0 || isBlank(bytes)) {
    throw new InputError('the file is empty', { file }, 'pass a transcript, chat export or email')
  }
  const kind = formatOf(file, bytes)
  if (kind === 'eml') return [await readEml(bytes, file)]
  if (kind === 'mbox') return [await readMbox(bytes, file)]
  const text = decodeText(bytes, file)
  switch (kind) {
    case 'vtt':
      return [readVtt(text, file)]
    case 'srt':
      return [readSrt(text, file)]
    case 'json':
      return [readJson(text, file)]
    case 'csv':
      return readCsv(text, file)
    default:
      return [readTxt(text, file, options)]
  }
}

type Format = 'txt' | 'vtt' | 'srt' | 'json' | 'csv' | 'eml' | 'mbox'

/** The format by extension, or by content for other names. */
export function formatOf(file: string, bytes: Uint8Array): Format {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase()
  switch (extension) {
    case 'txt':
    case 'vtt':
    case 'srt':
    case 'json':
    case 'csv':
    case 'eml':
    case 'mbox':
      return extension
    case 'tsv':
      return 'csv'
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '')
  if (head.startsWith('WEBVTT')) return 'vtt'
  if (/^\s*[[{]/.test(head)) return 'json'
  if (/^From \S+/.test(head)) return 'mbox'
  if (/^(?:[\w-]+:.*\r?\n)+/.test(head) && /^from:/im.test(head) && /^(date|subject|message-id):/im.test(head)) return 'eml'
  if (/^\d+\r?\n\d{1,2}:\d{2}:\d{2},\d{3} -->/.test(head)) return 'srt'
  return 'txt'
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes.subarray(0, 65536)) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false
  }
  return bytes.length <= 65536
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
