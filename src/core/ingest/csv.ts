import { parse } from 'csv-parse/sync'
import type { RawConversation, RawUtterance, Role } from '../conversation.js'
import { InputError } from '../errors.js'
import { parseClock } from './clock.js'

// Header names seen in Zendesk, Intercom, Front, Help Scout, Slack and generic chat exports.
const columns = {
  speaker: ['author', 'speaker', 'from', 'sender', 'author_name', 'sender_name', 'from_name', 'user', 'user_name', 'username', 'name', 'display_name', 'participant', 'agent_or_customer_name'],
  text: ['text', 'message', 'body', 'content', 'comment', 'message_text', 'message_body', 'plain_body', 'utterance', 'transcript'],
  time: ['time', 'timestamp', 'created_at', 'created', 'date', 'datetime', 'sent_at', 'ts', 'time_stamp', 'posted_at'],
  role: ['author_type', 'role', 'sender_type', 'author_role', 'user_type', 'participant_type', 'from_type', 'is_agent'],
  conversation: ['conversation_id', 'ticket_id', 'thread_id', 'chat_id', 'conversation', 'ticket'],
  address: ['email', 'author_email', 'from_email', 'sender_email', 'from_address'],
} as const

const teamRoles = new Set(['admin', 'agent', 'staff', 'team', 'operator', 'support', 'rep', 'employee', 'bot', 'teammate', 'true', 'yes', '1'])
const customerRoles = new Set(['user', 'customer', 'end-user', 'end_user', 'enduser', 'lead', 'contact', 'visitor', 'requester', 'client', 'false', 'no', '0'])

/** Reads a chat or ticket export with a header naming speaker and text columns, optionally time, role and conversation id. */
export function readCsv(text: string, source: string): RawConversation[] {
  const body = text.replace(/^\uFEFF/, '')
  const firstLine = body.slice(0, body.search(/\r?\n|$/))
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best
  )
  let rows: { record: string[]; info: { lines: number } }[]
  try {
    rows = parse(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof rows
  } catch (error) {
    const lines = (error as { lines?: number }).lines
    throw new InputError(
      `not valid CSV: ${String((error as Error).message).replace(/^Invalid [^:]+: /, '').replace(/\s*at line \d+.*$/s, '')}`,
      lines ? { file: source, line: lines } : { file: source },
      'check the quoting on that line, or export the chat again'
    )
  }
  const header = rows[0]?.record.map(normalise) ?? []
  if (rows.length === 0 || header.every((name) => name === '')) {
    throw new InputError('the file is empty', { file: source }, 'export the chat again with a header row')
  }
  const find = (names: readonly string[]) => {
    for (const name of names) {
      const index = header.indexOf(name)
      if (index >= 0) return index
    }
    return -1
  }
  const speakerAt = find(columns.speaker)
  const textAt = find(columns.text)
  const found = `found: ${header.map((name) => name || '(blank)').join(', ')}`
  if (speakerAt < 0) {
    throw new InputError(`no speaker column in the header (${found})`, { file: source, line: 1 }, 'name one column author, speaker, from or sender')
  }
  if (textAt < 0) {
    throw new InputError(`no text column in the header (${found})`, { file: source, line: 1 }, 'name one column text, message, body or content')
  }
  const timeAt = find(columns.time)
  const roleAt = find(columns.role)
  const conversationAt = find(columns.conversation)
  const addressAt = find(columns.address)

  const groups = new Map<string, RawUtterance[]>()
  let firstTime: number | undefined
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines
    const words = (record[textAt] ?? '').replace(/\s+/g, ' ').trim()
    const speaker = (record[speakerAt] ?? '').trim()
    if (words === '') continue
    if (speaker === '') {
      throw new InputError('the speaker cell is empty', { file: source, line }, `fill in the "${header[speakerAt]}" column`)
    }
    const utterance: RawUtterance = { speaker, text: words, start: null, end: null, line }
    if (timeAt >= 0 && (record[timeAt] ?? '').trim() !== '') {
      const value = record[timeAt]!.trim()
      const seconds = parseTime(value)
      if (seconds === null) {
        throw new InputError(
          `time "${value}" is not a date or time (expected e.g. 2026-03-04T09:15:22Z, 09:15:22 or Unix seconds)`,
          { file: source, line },
          `fix the "${header[timeAt]}" column or remove it`
        )
      }
      firstTime ??= seconds
      utterance.start = seconds
      utterance.date = seconds
    }
    if (roleAt >= 0) {
      const role = roleOf(record[roleAt] ?? '')
      if (role) utterance.role = role
    }
    if (addressAt >= 0 && record[addressAt]?.includes('@')) utterance.address = record[addressAt]!.trim()
    const key = conversationAt >= 0 ? (record[conversationAt] ?? '').trim() : ''
    const group = groups.get(key) ?? []
    group.push(utterance)
    groups.set(key, group)
  }
  if (groups.size === 0) {
    throw new InputError('no messages with text found', { file: source }, 'check that the text column is filled in')
  }
  return [...groups].map(([key, utterances]) => {
    const origin = Math.min(...utterances.map((utterance) => utterance.start ?? Infinity))
    if (Number.isFinite(origin)) {
      for (const utterance of utterances) if (utterance.start !== null) utterance.start = Math.round((utterance.start - origin) * 1000) / 1000
    }
    return { source: groups.size > 1 ? `${source}#${key}` : source, channel: 'chat', utterances }
  })
}

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_')
}

function roleOf(value: string): Role | undefined {
  const key = value.trim().toLowerCase()
  if (teamRoles.has(key)) return 'team'
  if (customerRoles.has(key)) return 'customer'
  return undefined
}

/** Seconds since an epoch for ISO dates, Unix times (Slack's `ts`) and clock times. */
function parseTime(value: string): number | null {
  if (/^\d{9,11}(?:\.\d+)?$/.test(value)) return Number(value)
  if (/^\d{12,14}$/.test(value)) return Number(value) / 1000
  const clock = parseClock(value)
  if (clock !== null) return clock
  if (!/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms / 1000
}
