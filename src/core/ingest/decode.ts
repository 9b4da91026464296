import { InputError } from '../errors.js'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an InputError. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), file)
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), file)
  }
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes
  if (looksBinary(body)) {
    throw new InputError(
      'this is a binary file, not a transcript',
      { file },
      'pass a text transcript (.txt, .vtt, .srt, .csv, .json) or an email (.eml, .mbox)'
    )
  }
  try {
    return checkText(utf8.decode(body), file)
  } catch (error) {
    if (error instanceof InputError) throw error
    const bad = firstInvalidUtf8(body)
    throw new InputError(
      `text is not valid UTF-8 (byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} at column ${bad.column})`,
      { file, line: bad.line },
      'save the file as UTF-8 (or UTF-16 with a byte-order mark) and try again'
    )
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

/** NUL bytes never occur in UTF-8 text; many other control bytes mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 9 || (byte > 13 && byte < 32)) control++
  }
  return sample.length > 0 && control / sample.length > 0.1
}

function checkText(text: string, file: string): string {
  if (text.includes('\u0000')) {
    throw new InputError('this is a binary file, not a transcript', { file }, 'pass a text transcript or an email file')
  }
  return text
}

/** The line, column and value of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1
  let lineStart = 0
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (length === 0) return { line, column: i - lineStart + 1, byte }
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return { line, column: i - lineStart + 1, byte }
    }
    if (length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length))
      } catch {
        return { line, column: i - lineStart + 1, byte }
      }
    }
    if (byte === 0x0a) {
      line++
      lineStart = i + 1
    }
    i += length
  }
  return { line, column: i - lineStart + 1, byte: 0 }
}

/** Splits text into lines, accepting LF, CRLF and CR line ends. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}
