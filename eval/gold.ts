// Per-label precision, recall and F1 of the detectors on the team's gold set.
// Usage: npx tsx eval/gold.ts [--split dev|train|test] [--label ID] [--errors] [--oracle] [--rules-only] [--json]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detectors } from '../src/core/annotate/detectors/index.js'
import { runDetectors } from '../src/core/annotate/run.js'
import type { Conversation } from '../src/core/conversation.js'
import { assignRoles } from '../src/core/ingest/roles.js'
import { readTxt } from '../src/core/ingest/txt.js'
import { failureLabels, isLabelId, labelIds, type LabelId } from '../src/core/labels.js'

/** A gold conversation: the conversation plus its annotated labels per utterance. */
export interface GoldConversation {
  file: string
  conversation: Conversation
  gold: Set<LabelId>[]
}

/** Scores of one label. */
export interface LabelScore {
  label: LabelId
  tp: number
  fp: number
  fn: number
  support: number
  precision: number | null
  recall: number | null
  f1: number | null
}

/** The gold evaluation of one split. */
export interface GoldResult {
  split: string
  conversations: number
  utterances: number
  labels: LabelScore[]
  microF1: number
  macroF1: number
  errors: { file: string; utterance: number; speaker: string; text: string; label: LabelId; kind: 'false-positive' | 'false-negative' }[]
}

const root = fileURLToPath(new URL('..', import.meta.url))

/** Reads gold/<split>/*.txt. */
export function loadGold(split: string, directory = join(root, 'gold', split)): GoldConversation[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = join(directory, name)
      const raw = readTxt(readFileSync(file, 'utf8'), `gold/${split}/${name}`, { inlineLabels: true })
      const unknown = raw.utterances.flatMap((u) => (u.labels ?? []).filter((label) => !isLabelId(label)))
      if (unknown.length) throw new Error(`${file}: unknown labels ${unknown.join(', ')}`)
      const { conversation } = assignRoles(raw, {})
      return { file: `gold/${split}/${name}`, conversation, gold: raw.utterances.map((u) => new Set((u.labels ?? []) as LabelId[])) }
    })
}

const failures = new Set<LabelId>(failureLabels)

/** Runs the detectors over gold conversations and compares labels utterance by utterance. */
export function evaluateGold(split: string, options: { oracle?: boolean; rulesOnly?: boolean } = {}): GoldResult {
  const conversations = loadGold(split)
  const counts = new Map<LabelId, { tp: number; fp: number; fn: number }>(labelIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]))
  const errors: GoldResult['errors'] = []
  let utterances = 0
  for (const { file, conversation, gold } of conversations) {
    utterances += conversation.utterances.length
    const predicted = options.oracle ? oracleRun(conversation, gold) : (options.rulesOnly ? runDetectors(conversation, detectors, null) : runDetectors(conversation, detectors)).labels
    conversation.utterances.forEach((utterance, i) => {
      const want = gold[i]!
      const got = new Set(predicted[i] ?? [])
      for (const label of labelIds) {
        const count = counts.get(label)!
        if (want.has(label) && got.has(label)) count.tp++
        else if (got.has(label)) {
          count.fp++
          errors.push({ file, utterance: i, speaker: utterance.speaker, text: utterance.text, label, kind: 'false-positive' })
        } else if (want.has(label)) {
          count.fn++
          errors.push({ file, utterance: i, speaker: utterance.speaker, text: utterance.text, label, kind: 'false-negative' })
        }
      }
    })
  }
  const labels = labelIds.map((label) => {
    const { tp, fp, fn } = counts.get(label)!
    const precision = tp + fp ? tp / (tp + fp) : null
    const recall = tp + fn ? tp / (tp + fn) : null
    const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : tp + fp + fn ? 0 : null
    return { label, tp, fp, fn, support: tp + fn, precision, recall, f1 }
  })
  const total = labels.reduce((sum, s) => ({ tp: sum.tp + s.tp, fp: sum.fp + s.fp, fn: sum.fn + s.fn }), { tp: 0, fp: 0, fn: 0 })
  const microF1 = total.tp ? (2 * total.tp) / (2 * total.tp + total.fp + total.fn) : 0
  const scored = labels.filter((s) => s.support > 0)
  const macroF1 = scored.reduce((sum, s) => sum + (s.f1 ?? 0), 0) / Math.max(1, scored.length)
  return { split, conversations: conversations.length, utterances, labels, microF1, macroF1, errors }
}

/** Failure detectors fed with gold cues and behaviours, to measure them on their own. */
function oracleRun(conversation: Conversation, gold: Set<LabelId>[]): LabelId[][] {
  const predictedFailures = conversation.utterances.map(() => new Set<LabelId>())
  for (const detector of detectors) {
    if (!failures.has(detector.id)) continue
    detector.detect({
      conversation,
      has: (u, label) => (failures.has(label) ? predictedFailures[u]?.has(label) : gold[u]?.has(label)) ?? false,
      report: (hit) => {
        if (conversation.utterances[hit.utterance]?.role === detector.role) predictedFailures[hit.utterance]!.add(detector.id)
      },
    })
  }
  return gold.map((labels, i) => [...[...labels].filter((l) => !failures.has(l)), ...predictedFailures[i]!])
}

const format = (value: number | null) => (value === null ? '  -  ' : value.toFixed(2).padStart(5))

/** The table `npm run eval` prints. */
export function printGold(result: GoldResult, only?: string): void {
  console.log(`gold/${result.split}: ${result.conversations} conversations, ${result.utterances} utterances`)
  console.log(`${'label'.padEnd(22)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} support  tp  fp  fn`)
  for (const s of result.labels) {
    if (only && s.label !== only) continue
    console.log(`${s.label.padEnd(22)} ${format(s.precision)} ${format(s.recall)} ${format(s.f1)} ${String(s.support).padStart(7)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`)
  }
  console.log(`micro-F1 ${result.microF1.toFixed(3)}   macro-F1 ${result.macroF1.toFixed(3)}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const value = (flag: string) => {
    const at = args.indexOf(flag)
    return at >= 0 ? args[at + 1] : undefined
  }
  const split = value('--split') ?? 'dev'
  const label = value('--label')
  const result = evaluateGold(split, { oracle: args.includes('--oracle'), rulesOnly: args.includes('--rules-only') })
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...result, errors: undefined }, null, 2))
  } else {
    printGold(result, label)
    if (args.includes('--errors')) {
      for (const error of result.errors) {
        if (label && error.label !== label) continue
        console.log(`${error.kind === 'false-positive' ? 'FP' : 'FN'} ${error.label.padEnd(20)} ${error.file}#${error.utterance} ${error.speaker}: ${error.text}`)
      }
    }
  }
}
