import { z } from 'zod'
import type { Channel, RawConversation, RawUtterance } from '../conversation.js'
import { InputError } from '../errors.js'

const seconds = z.number().finite().nonnegative().nullable().optional()
const utteranceSchema = z.object({
  speaker: z.string().trim().min(1, 'speaker must not be empty'),
  text: z.string(),
  role: z.enum(['team', 'customer']).optional(),
  start: seconds,
  end: seconds,
  address: z.string().optional(),
})
const conversationSchema = z.object({
  source: z.string().optional(),
  channel: z.enum(['call', 'chat', 'email']).optional(),
  utterances: z.array(utteranceSchema).min(1, 'utterances must hold at least one utterance'),
})

/** Reads a conversation in the shape of the contract's `conversation` part (also a whole analysis, or a bare utterance list). */
export function readJson(text: string, source: string): RawConversation {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined
    throw new InputError(
      `not valid JSON (${message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '').replace(/, \.\.\..*$/s, '').replace(/, ".*$/s, '')})`,
      line === undefined ? { file: source } : { file: source, line },
      'fix the JSON, or export the conversation again'
    )
  }
  if (Array.isArray(data)) data = { utterances: data }
  if (data && typeof data === 'object' && 'conversation' in data) data = (data as { conversation: unknown }).conversation
  const parsed = conversationSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const path = issue.path.length ? issue.path.join('.') : 'the document'
    throw new InputError(
      `${path}: ${issue.message}`,
      { file: source },
      'a conversation is {"utterances": [{"speaker": "Dana", "text": "Hello"}]}, with optional role, start and end'
    )
  }
  const utterances: RawUtterance[] = parsed.data.utterances
    .filter((utterance) => utterance.text.trim() !== '')
    .map((utterance) => {
      const raw: RawUtterance = {
        speaker: utterance.speaker,
        text: utterance.text.trim(),
        start: utterance.start ?? null,
        end: utterance.end ?? null,
      }
      if (utterance.role) raw.role = utterance.role
      if (utterance.address) raw.address = utterance.address
      return raw
    })
  if (utterances.length === 0) throw new InputError('every utterance is empty', { file: source }, 'give utterances some text')
  const channel: Channel = parsed.data.channel ?? 'call'
  return { source, channel, utterances }
}
