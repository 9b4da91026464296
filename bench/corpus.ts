import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { read, type Role } from '../src/core/index.js'

/** One utterance of the pool the corpus is resampled from. */
interface Line {
  role: Role
  text: string
}

/** What the corpus is resampled from: real lines by role, and real conversation lengths. */
export interface Pool {
  team: string[]
  customer: string[]
  lengths: number[]
  sources: number
}

/** A generated conversation: its file, and its utterance texts for the sentiment scorers. */
export interface Generated {
  file: string
  texts: string[]
}

const root = new URL('../', import.meta.url)

/**
 * Reads examples/ and the gold conversations (dev and test) with the real readers. Gold files carry
 * their labels inline as `{label,…}` and the rep in a `# rep:` header; both are taken off first.
 */
export async function loadPool(): Promise<Pool> {
  const pool: Pool = { team: [], customer: [], lengths: [], sources: 0 }
  const add = (lines: readonly Line[]) => {
    if (lines.length === 0) return
    pool.sources++
    pool.lengths.push(lines.length)
    for (const line of lines) (line.role === 'team' ? pool.team : pool.customer).push(line.text)
  }
  const examples = join(root.pathname, 'examples')
  for (const name of readdirSync(examples).filter((name) => !name.endsWith('.md')).sort()) {
    for (const { conversation } of await read(readFileSync(join(examples, name)), name)) add(conversation.utterances)
  }
  for (const split of ['dev', 'test']) {
    const folder = join(root.pathname, 'gold', split)
    let names: string[] = []
    try {
      names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
    } catch {
      continue
    }
    for (const name of names) {
      const text = readFileSync(join(folder, name), 'utf8')
      const rep = /^# rep:\s*(.+)$/m.exec(text)?.[1]?.trim()
      const plain = text.replace(/\s*\{[a-z,\s-]*\}\s*$/gm, '')
      for (const { conversation } of await read(Buffer.from(plain), name, rep ? { reps: [rep] } : {})) add(conversation.utterances)
    }
  }
  if (pool.team.length === 0 || pool.customer.length === 0) throw new Error('the bench found no conversations in examples/ and gold/')
  return pool
}

/** A small deterministic generator (mulberry32), so every run benchmarks the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The team speaker names the corpus uses; the bench passes them as `--rep`. */
export const reps = ['Dana Reyes', 'Sam Okafor', 'Priya Shah', 'Leo Martin']
const customers = ['Jordan Blake', 'Maria Lopez', 'Tomás Ruiz', 'Aisha Khan', 'Chen Wei', 'Olga Petrova', 'Ben Carter']

const clock = (seconds: number) => {
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0')
  return `${two(seconds / 3600)}:${two((seconds / 60) % 60)}:${two(seconds % 60)}`
}

/**
 * One conversation in the `.txt` transcript format: team and customer take turns (sometimes one
 * speaks twice), each line drawn from the real lines of that role, timed about six seconds apart.
 */
export function conversationText(pool: Pool, length: number, next: () => number): { body: string; texts: string[] } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const rep = pick(reps)
  const customer = pick(customers)
  let role: Role = next() < 0.7 ? 'team' : 'customer'
  let seconds = 0
  const lines: string[] = []
  const texts: string[] = []
  for (let i = 0; i < length; i++) {
    const text = pick(role === 'team' ? pool.team : pool.customer)
    texts.push(text)
    lines.push(`[${clock(seconds)}] ${role === 'team' ? rep : customer}: ${text}`)
    seconds += 2 + Math.floor(next() * 9)
    if (next() < 0.8) role = role === 'team' ? 'customer' : 'team'
  }
  return { body: lines.join('\n') + '\n', texts }
}

/** Writes `count` conversations into `folder`, their lengths resampled from the real ones. */
export function writeCorpus(pool: Pool, folder: string, count: number, seed = 6): Generated[] {
  const next = random(seed)
  const out: Generated[] = []
  for (let i = 0; i < count; i++) {
    const length = pool.lengths[Math.floor(next() * pool.lengths.length)]!
    const { body, texts } = conversationText(pool, length, next)
    const file = join(folder, `conversation-${String(i).padStart(5, '0')}.txt`)
    writeFileSync(file, body)
    out.push({ file, texts })
  }
  return out
}
