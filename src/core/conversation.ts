/** Who an utterance speaks for: the company, or everyone else. */
export type Role = 'team' | 'customer'

/** Where a conversation happened. */
export type Channel = 'call' | 'chat' | 'email'

/** One turn of one speaker. */
export interface Utterance {
  readonly index: number
  readonly speaker: string
  readonly role: Role
  /** Seconds from the start of the conversation, or null when the source has no times. */
  readonly start: number | null
  readonly end: number | null
  readonly text: string
  /** The speaker's email address, for email threads. */
  readonly address?: string
  /** The line of the source file the utterance starts on, where known. */
  readonly line?: number
}

/** A conversation read from one source, with roles assigned. */
export interface Conversation {
  readonly source: string
  readonly channel: Channel
  readonly utterances: readonly Utterance[]
}

/** An utterance as a reader finds it, before roles are known. */
export interface RawUtterance {
  speaker: string
  text: string
  start: number | null
  end: number | null
  address?: string
  line?: number
  /** A role stated by the source itself (a CSV author_type column, a JSON role field). */
  role?: Role
  /** Labels written inline in gold and test transcripts (`{emotion,complaint}`). */
  labels?: string[]
  /** Email date, used to order messages. */
  date?: number
}

/** What a reader returns for one conversation. */
export interface RawConversation {
  source: string
  channel: Channel
  utterances: RawUtterance[]
  /** Team speakers declared by the file itself (a `# rep:` line in a transcript). */
  reps?: string[]
}
