import type { Conversation } from './conversation.js'
import { readConversations, type ReadOptions } from './ingest/index.js'
import { assignRoles, type RoleDecision, type RoleOptions } from './ingest/roles.js'

/** A conversation read from a file, with how its roles were decided. */
export interface ReadResult {
  conversation: Conversation
  roles: RoleDecision
}

/** Reads a file's bytes into conversations with roles. Throws InputError on input a user can fix. */
export async function read(bytes: Uint8Array, file: string, options: ReadOptions & RoleOptions = {}): Promise<ReadResult[]> {
  const raws = await readConversations(bytes, file, options)
  return raws.map((raw) => {
    const { conversation, decision } = assignRoles(raw, options)
    return { conversation, roles: decision }
  })
}
