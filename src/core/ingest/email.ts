import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import type { RawConversation, RawUtterance } from '../conversation.js'
import { InputError } from '../errors.js'
import { splitLines } from './decode.js'

// Where quoted history starts in a reply: Gmail/Apple "On ... wrote:", Outlook's header block,
// and the French and German forms of the Gmail line.
const replyHeaders = [
  /^On\b.{0,300}\bwrote:\s*$/i,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^Begin forwarded message:\s*$/i,
  /^Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^Am\b.{0,300}\bschrieb\b.{0,120}:\s*$/i,
]
const outlookFrom = /^\*?From:\*?\s+\S/i
const outlookNext = /^\*?(Sent|Date|To|Subject):\*?\s/i
const signOff = /^(best|kind|warm|many thanks|thanks|thank you|cheers|regards|best regards|kind regards|warm regards|all the best|sincerely|talk soon|speak soon)[\s\w]{0,20}[,!.]?\s*$/i
const mobileFooter = /^(sent from my \w+|get outlook for \w+)/i

/** The words of one message without quoted history or signature. */
export function stripReply(text: string): string {
  const lines = splitLines(text)
  let end = lines.length
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    const joined = `${line} ${lines[i + 1]?.trim() ?? ''}`.trim()
    if (replyHeaders.some((pattern) => pattern.test(line) || (line.startsWith('On ') && pattern.test(joined)))) {
      end = i
      break
    }
    if (outlookFrom.test(line) && lines.slice(i + 1, i + 5).some((next) => outlookNext.test(next.trim()))) {
      end = i
      // Outlook puts a rule of underscores above its header block.
      if (i > 0 && /^_{5,}\s*$/.test(lines[i - 1]!.trim())) end = i - 1
      break
    }
    // "-- " is the standard signature separator (RFC 3676); mobile footers end the message too.
    if (lines[i] === '-- ' || line === '--' || mobileFooter.test(line)) {
      end = i
      break
    }
  }
  let kept = lines.slice(0, end).filter((line) => !line.trimStart().startsWith('>'))
  // "Best regards,\nGrace Liu\nSupport Lead" at the end: a sign-off followed by a few short lines.
  for (let i = kept.length - 1; i >= Math.max(0, kept.length - 8); i--) {
    if (signOff.test(kept[i]!.trim())) {
      const tail = kept.slice(i + 1).filter((line) => line.trim() !== '')
      if (tail.length <= 5 && tail.every((line) => line.trim().length <= 60)) {
        const before = kept.slice(0, i)
        if (before.some((line) => line.trim() !== '')) kept = before
      }
      break
    }
  }
  return kept.join('\n').replace(/\s+/g, ' ').trim()
}

function sender(mail: ParsedMail): { name: string; address?: string } | undefined {
  const from = (Array.isArray(mail.from) ? mail.from[0] : mail.from) as AddressObject | undefined
  const first = from?.value[0]
  if (!first) return undefined
  const address = first.address?.toLowerCase()
  const name = first.name?.trim() || address || ''
  if (name === '') return undefined
  return address ? { name, address } : { name }
}

async function parseMessage(bytes: Uint8Array, source: string, line?: number): Promise<RawUtterance | undefined> {
  const mail = await simpleParser(Buffer.from(bytes), { skipHtmlToText: false, skipImageLinks: true, skipTextToHtml: true })
  const from = sender(mail)
  if (!from) {
    throw new InputError(
      'message has no From: header',
      line === undefined ? { file: source } : { file: source, line },
      'save the email with its headers (as .eml), or paste the thread into a .txt transcript'
    )
  }
  const text = stripReply(mail.text ?? '')
  if (text === '') return undefined
  const utterance: RawUtterance = { speaker: from.name, text, start: null, end: null }
  if (from.address) utterance.address = from.address
  if (mail.date) utterance.date = mail.date.getTime() / 1000
  if (line !== undefined) utterance.line = line
  return utterance
}

/** Reads one .eml message; its quoted history is stripped, so it is one utterance. */
export async function readEml(bytes: Uint8Array, source: string): Promise<RawConversation> {
  requireHeaders(bytes, source)
  const utterance = await parseMessage(bytes, source, 1)
  if (!utterance) throw new InputError('the message has no text of its own', { file: source }, 'check that the email has a body')
  return { source, channel: 'email', utterances: [utterance] }
}

/** Reads an mbox: each message is one utterance, ordered by date. */
export async function readMbox(bytes: Uint8Array, source: string): Promise<RawConversation> {
  let messages = splitMbox(bytes)
  // A single message saved with an .mbox name has headers but no "From " separator line.
  if (messages.length === 0 && /^[\w-]+:/.test(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))) messages = [{ bytes, line: 1 }]
  if (messages.length === 0) {
    throw new InputError('no messages found (an mbox message starts with a "From " line)', { file: source, line: 1 }, 'export the mailbox again as mbox, or save one message as .eml')
  }
  const utterances: RawUtterance[] = []
  for (const message of messages) {
    requireHeaders(message.bytes, source, message.line)
    const utterance = await parseMessage(message.bytes, source, message.line)
    if (utterance) utterances.push(utterance)
  }
  if (utterances.length === 0) throw new InputError('no message has text of its own', { file: source }, 'check that the emails have bodies')
  // Messages in an mbox are in arrival order, which is not always the order they were written.
  const ordered = utterances
    .map((utterance, i) => ({ utterance, i }))
    .sort((a, b) => (a.utterance.date ?? 0) - (b.utterance.date ?? 0) || a.i - b.i)
    .map(({ utterance }) => utterance)
  return { source, channel: 'email', utterances: ordered }
}

/**
 * Splits mbox bytes at "From " separator lines and undoes mboxrd ">From " quoting.
 * Own code: the format is one rule, and the mbox packages on npm are stream wrappers around it.
 */
function splitMbox(bytes: Uint8Array): { bytes: Uint8Array; line: number }[] {
  // latin1 maps bytes to chars one to one, so splitting never breaks a multi-byte character.
  const text = Buffer.from(bytes).toString('latin1')
  const lines = text.split('\n')
  const messages: { bytes: Uint8Array; line: number }[] = []
  let current: string[] | undefined
  let startLine = 0
  lines.forEach((line, i) => {
    const previousBlank = i === 0 || lines[i - 1]!.replace(/\r$/, '') === ''
    if (line.startsWith('From ') && previousBlank) {
      if (current) messages.push({ bytes: Buffer.from(current.join('\n'), 'latin1'), line: startLine })
      current = []
      startLine = i + 2
      return
    }
    current?.push(line.replace(/^>(>*From )/, '$1'))
  })
  if (current) messages.push({ bytes: Buffer.from(current.join('\n'), 'latin1'), line: startLine })
  return messages.filter((message) => message.bytes.length > 0)
}

function requireHeaders(bytes: Uint8Array, source: string, line?: number): void {
  const head = Buffer.from(bytes.subarray(0, 65536)).toString('latin1')
  const headerBlock = head.split(/\r?\n\r?\n/)[0] ?? ''
  if (!/^from:/im.test(headerBlock) || !/^[\w-]+:/.test(headerBlock.trimStart())) {
    throw new InputError(
      'no email headers found (expected "From:", "Date:" and "Subject:" lines before the body)',
      line === undefined ? { file: source, line: 1 } : { file: source, line },
      'save the email with its headers (as .eml), or paste the thread into a .txt transcript'
    )
  }
}
