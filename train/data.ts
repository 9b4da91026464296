// Loaders for the public labelled data in ../shared/data (never copied into this repository).
// Each loader returns rows tagged with the split from the data README's own split files.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

export type Split = 'train' | 'dev' | 'test'

/** The data folder: first CLI argument that is not a flag, else RAPPORT_DATA, else ../shared/data from the repo root. */
export function dataDirectory(argument?: string): string {
  const root = fileURLToPath(new URL('..', import.meta.url))
  return resolve(root, argument ?? process.env.RAPPORT_DATA ?? '../shared/data')
}

function csv(path: string, options: Record<string, unknown> = {}): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, ...options }) as Record<string, string>[]
}

function splitsOf(path: string, key: string): Map<string, Split> {
  const out = new Map<string, Split>()
  for (const row of csv(path)) out.set(row[key]!, row.split as Split)
  return out
}

/** One EPITOME pair with its level on each of the three mechanisms. */
export interface EpitomeRow {
  readonly spId: string
  readonly seeker: string
  readonly response: string
  readonly reaction: number
  readonly interpretation: number
  readonly exploration: number
  /** Rationale spans per mechanism (the words of the response that justify the level). */
  readonly rationales: Record<Mechanism, readonly string[]>
  readonly split: Split
}

export const mechanisms = ['reaction', 'interpretation', 'exploration'] as const
export type Mechanism = (typeof mechanisms)[number]

const epitomeFiles: Record<Mechanism, string> = {
  reaction: 'emotional-reactions-reddit.csv',
  interpretation: 'interpretations-reddit.csv',
  exploration: 'explorations-reddit.csv',
}

function spansOf(field: string | undefined): string[] {
  return (field ?? '').split('|').map((span) => span.trim()).filter((span) => span.length > 0)
}

/** EPITOME Reddit: the three files hold the same rows in the same order, so they are zipped by position. */
export function loadEpitome(directory: string): EpitomeRow[] {
  const folder = join(directory, 'epitome-reddit')
  const splits = splitsOf(join(folder, 'splits.csv'), 'sp_id')
  const [er, ip, ex] = mechanisms.map((m) => csv(join(folder, epitomeFiles[m])))
  if (!er || !ip || !ex || er.length !== ip.length || er.length !== ex.length) throw new Error('EPITOME files differ in length')
  return er.map((row, i) => {
    const split = splits.get(row.sp_id!)
    if (!split) throw new Error(`EPITOME seeker post ${row.sp_id} has no split`)
    if (ip[i]!.rp_id !== row.rp_id || ex[i]!.rp_id !== row.rp_id) throw new Error(`EPITOME row ${i} differs between files`)
    return {
      spId: row.sp_id!,
      seeker: row.seeker_post!,
      response: row.response_post!,
      reaction: Number(row.level),
      interpretation: Number(ip[i]!.level),
      exploration: Number(ex[i]!.level),
      rationales: {
        reaction: spansOf(row.rationales),
        interpretation: spansOf(ip[i]!.rationales),
        exploration: spansOf(ex[i]!.rationales),
      },
      split,
    }
  })
}

export const ekman = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'] as const
export type Ekman = (typeof ekman)[number]

/** The customer-emotion cue of the data README: these GoEmotions labels count, gratitude and approval do not. */
export const cueEmotions = new Set([
  'anger', 'annoyance', 'disapproval', 'disappointment', 'disgust', 'embarrassment', 'fear', 'nervousness',
  'grief', 'remorse', 'sadness', 'relief', 'excitement',
])

/** One GoEmotions comment: its 28-way labels, the Ekman(+neutral) labels they map to, and the cue flag. */
export interface EmotionRow {
  readonly text: string
  readonly labels: readonly string[]
  readonly ekman: readonly Ekman[]
  readonly cue: boolean
  readonly split: Split
}

export function loadGoEmotions(directory: string): EmotionRow[] {
  const folder = join(directory, 'goemotions')
  const names = readFileSync(join(folder, 'emotions.txt'), 'utf8').trim().split('\n').map((s) => s.trim())
  const mapping = JSON.parse(readFileSync(join(folder, 'ekman_mapping.json'), 'utf8')) as Record<string, string[]>
  const toEkman = new Map<string, Ekman>([['neutral', 'neutral']])
  for (const [group, members] of Object.entries(mapping)) for (const member of members) toEkman.set(member, group as Ekman)
  const rows: EmotionRow[] = []
  for (const split of ['train', 'dev', 'test'] as const) {
    const records = parse(readFileSync(join(folder, `${split}.tsv`), 'utf8'), { delimiter: '\t', relax_quotes: true, skip_empty_lines: true }) as string[][]
    for (const record of records) {
      const labels = record[1]!.split(',').map((id) => names[Number(id)]!)
      const groups = [...new Set(labels.map((label) => toEkman.get(label)!))]
      rows.push({ text: record[0]!, labels, ekman: groups, cue: labels.some((label) => cueEmotions.has(label)), split })
    }
  }
  return rows
}

/** One AnnoMI utterance with the previous utterance of the other speaker as context. */
export interface AnnoMiRow {
  readonly transcript: string
  readonly interlocutor: 'therapist' | 'client'
  readonly text: string
  readonly previous: string
  readonly behaviour: string
  readonly talk: string
  readonly split: Split
}

export function loadAnnoMi(directory: string): AnnoMiRow[] {
  const folder = join(directory, 'annomi')
  const splits = splitsOf(join(folder, 'splits.csv'), 'transcript_id')
  const rows = csv(join(folder, 'AnnoMI-simple.csv'))
  rows.sort((a, b) => Number(a.transcript_id) - Number(b.transcript_id) || Number(a.utterance_id) - Number(b.utterance_id))
  const out: AnnoMiRow[] = []
  let lastOther = { transcript: '', therapist: '', client: '' }
  for (const row of rows) {
    const transcript = row.transcript_id!
    if (lastOther.transcript !== transcript) lastOther = { transcript, therapist: '', client: '' }
    const interlocutor = row.interlocutor as 'therapist' | 'client'
    const split = splits.get(transcript)
    if (!split) throw new Error(`AnnoMI transcript ${transcript} has no split`)
    out.push({
      transcript,
      interlocutor,
      text: row.utterance_text!,
      previous: interlocutor === 'therapist' ? lastOther.client : lastOther.therapist,
      behaviour: row.main_therapist_behaviour!,
      talk: row.client_talk_type!,
      split,
    })
    lastOther[interlocutor] = row.utterance_text!
  }
  return out
}
