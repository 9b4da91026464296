// Gold-trained classifiers: one binary logistic model per label, learned from the team's gold
// conversations (gold/dev and gold/train, never gold/test) by `npm run train:gold` (train/gold.ts,
// docs/models.md "Gold-trained classifiers"). They run after each phase of rule detectors
// (run.ts) and add the label where the probability reaches the label's threshold, or take a rule's
// hit off where it falls under the label's veto; both are tuned by leave-one-annotator-out
// cross-validation, and a label whose model did not help there is left to the rules. Features: hashed word uni/bi-grams of the utterance
// (negation-marked, one wink reading shared with the detectors), words of question sentences, the
// previous customer (and team) utterance's words and labels, whether this is the first reply to a
// cue, content-word overlap with the customer's words, and which rules fired.
// Pure and synchronous; weights are bundled JSON expanded on first use.
import goldWeights from './weights/gold.json' with { type: 'json' }
import type { Conversation } from '../../conversation.js'
import { acknowledgedCues, acknowledgements, behaviourLabels, cueLabels, failureLabels, labelIds, type LabelId } from '../../labels.js'
import type { Detector, Hit } from '../detector.js'
import { acknowledgement, cueKind, quote } from '../lexicon/failures.js'
import { isBackchannel, textOf, type TextInfo } from '../text.js'
import { addFeature, combine, hashWord, spread, type Features } from './features.js'
import { base64Of, bucketsOf, decode, pushGap } from './linear.js'

export type Phase = 'cue' | 'behaviour' | 'failure'
export const phases: readonly Phase[] = ['cue', 'behaviour', 'failure']
export const phaseLabels: Record<Phase, readonly LabelId[]> = { cue: cueLabels, behaviour: behaviourLabels, failure: failureLabels }

const phaseByLabel = new Map<LabelId, Phase>(phases.flatMap((phase) => phaseLabels[phase].map((label) => [label, phase] as const)))

/** The phase a label belongs to. */
export function phaseOf(label: LabelId): Phase {
  return phaseByLabel.get(label)!
}

/** Hash space of the gold models: 2^16 buckets. */
export const GOLD_BITS = 16
export const GOLD_DIM = 1 << GOLD_BITS
const MASK = GOLD_DIM - 1
/**
 * Character n-grams of the utterance's words ("^frus", "stra", "ted$"), one block of their own with
 * weight GOLD_CHAR_WEIGHT/√count: they catch spellings, inflections and speech-to-text run-ons that
 * whole words and five-letter stems miss (held-out micro-F1 on the fresh annotators 0.816 → 0.823,
 * docs/models.md).
 */
export const GOLD_CHAR_GRAMS = 4
const GOLD_CHAR_WEIGHT = 1
const MAX_FEATURES = 4096

/** What the run loop hands a model layer after a phase's rule detectors. */
export interface PhaseContext {
  readonly conversation: Conversation
  /** The detectors of this run, by label: the layer only adds labels whose detector runs. */
  readonly detectors: ReadonlyMap<LabelId, Detector>
  readonly has: (utterance: number, label: LabelId) => boolean
  readonly add: (label: LabelId, hit: Hit) => void
  /** Takes a label (and its hits) off an utterance. */
  readonly remove: (label: LabelId, utterance: number) => void
}

/** Something that refines labels after each phase of rule detectors. */
export interface ModelLayer {
  afterPhase(phase: Phase, context: PhaseContext): void
}

/** One phase's models in the bundled file: labels, intercepts, thresholds and sparse weights. */
export interface GoldPhaseFile {
  readonly labels: readonly LabelId[]
  readonly bias: readonly number[]
  /** Decision threshold per label; null where the model did not beat the rules in cross-validation. */
  readonly thresholds: readonly (number | null)[]
  /** Per label: a rule hit whose probability is under this is taken off; null: rule hits stay. */
  readonly vetoes?: readonly (number | null)[]
  /** Per label: sparse int8 weights (see encodeWeights). */
  readonly weights: readonly PackedWeights[]
}

/** Sparse weights: base64 of varint gaps between buckets, base64 of int8 values; weight = value × scale. */
export interface PackedWeights {
  readonly scale: number
  readonly index: string
  readonly values: string
}

/** Packs dense weights (GOLD_DIM) into int8 with one scale; weights that round to 0 are dropped. */
export function encodeWeights(w: Float64Array | Float32Array): PackedWeights {
  let max = 0
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!))
  const scale = max > 0 ? max / 127 : 1
  const gaps: number[] = []
  const values: number[] = []
  let last = -1
  for (let k = 0; k < w.length; k++) {
    const q = Math.round(w[k]! / scale)
    if (q === 0) continue
    pushGap(gaps, k - last)
    last = k
    values.push(q)
  }
  return { scale, index: base64Of(Uint8Array.from(gaps)), values: base64Of(new Uint8Array(Int8Array.from(values).buffer)) }
}

/** Expands packed weights into column `c` of a bucket-major matrix with `k` columns. */
function decodeWeights(packed: PackedWeights, into: Int8Array, k: number, c: number): void {
  const raw = decode(packed.values)
  const values = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  const buckets = bucketsOf(decode(packed.index))
  for (let v = 0; v < values.length && v < buckets.length; v++) into[buckets[v]! * k + c] = values[v]!
}

export interface GoldModelFile {
  readonly name: 'gold'
  readonly bits: number
  /** Length of the character n-grams the models were trained with (see GOLD_CHAR_GRAMS). */
  readonly charGrams: number
  readonly phases: Record<Phase, GoldPhaseFile>
  readonly about?: Record<string, unknown>
}

/**
 * A loaded phase: dense int8 weights, bucket-major (GOLD_DIM × k), real weight = w × scales[label].
 * Int8 keeps a phase at k × 64 KiB, so the random reads of a dot product mostly hit the cache.
 */
export interface GoldPhaseModel {
  readonly labels: readonly LabelId[]
  readonly k: number
  readonly w: Int8Array
  readonly scales: Float64Array
  readonly bias: Float64Array
  readonly thresholds: readonly (number | null)[]
  readonly vetoes: readonly (number | null)[]
}

export function loadPhase(file: GoldPhaseFile): GoldPhaseModel {
  const k = file.labels.length
  const w = new Int8Array(GOLD_DIM * k)
  file.weights.forEach((packed, c) => decodeWeights(packed, w, k, c))
  return { labels: file.labels, k, w, scales: Float64Array.from(file.weights, (packed) => packed.scale), bias: Float64Array.from(file.bias), thresholds: file.thresholds, vetoes: file.vetoes ?? file.labels.map(() => null) }
}

// ---------------------------------------------------------------------------------------------
// Features

/** The features of one utterance, in reused buffers. */
/** Sparse features of one utterance: the same buffers as the public-data models use. */
export type GoldFeatures = Features

function mix(h: number): number {
  return spread(h) & MASK
}

const ns = (name: string): number => hashWord(`gold:${name}`)
const NS = {
  uni: ns('uni'), bi: ns('bi'), q: ns('q'), first: ns('first'), meta: ns('meta'), has: ns('has'),
  ctxUni: ns('ctx-uni'), ctxHas: ns('ctx-has'), replyTo: ns('reply-to'), teamUni: ns('team-uni'), teamQ: ns('team-q'),
  prevHas: ns('prev-has'), bias: ns('bias'), stem: ns('stem'), char: ns('char'),
}
const BOS = hashWord('<s>')
const NEG = hashWord('<not>')
const labelHash = new Map<LabelId, number>(labelIds.map((label) => [label, hashWord(label)]))
const channelHash = { call: hashWord('call'), chat: hashWord('chat'), email: hashWord('email') }

/** The feature that says the rules gave this utterance `label` (training drops it at times, see train/gold.ts). */
export function ruleFeature(label: LabelId): number {
  return mix(combine(NS.has, labelHash.get(label)!))
}

const stopwordList = new Set(
  `a an the and or but so if then than that this these those there here it its i im ive id ill me my mine we were weve our ours us
  you youre youve your yours he she him her his they them their is are was be been being am do does did done doing have has had
  having will would can could should shall may might must of to in on at by for with about from into over under up down out off as
  just also too very really quite such what which who whom whose when where why how all any some no not nor only own same other
  another each every both few more most yes yeah yep ok okay oh um uh er erm like well right sure hi hello hey thanks thank please
  sorry get got go going gone make made say said tell told know think see look want need let lets thing things stuff lot bit one
  now today day time way kind sort much many still even back again ever never always maybe n't s t`
    .split(/\s+/)
    .filter(Boolean)
    .map(hashWord),
)

const teamLabels: readonly LabelId[] = [...behaviourLabels, ...failureLabels]

const isWord = (type: string): boolean => type === 'word' || type === 'number' || type === 'emoji' || type === 'emoticon'

function bucket(count: number): number {
  return count >= 4 ? 4 : count
}

/** Per-conversation facts the features read: neighbours and first replies to cues. */
export interface ConversationView {
  /** Nearest earlier customer utterance that is not a backchannel, or -1. */
  readonly prevCustomer: Int32Array
  /** Nearest earlier team utterance, or -1. */
  readonly prevTeam: Int32Array
  /** For a team utterance: the cue utterance it is the first substantive reply to, or -1. */
  readonly replyTo: Int32Array
  readonly backchannel: Uint8Array
}

// Neighbours and backchannels do not change between phases: read once per conversation.
const neighbours = new WeakMap<Conversation, Omit<ConversationView, 'replyTo'>>()

function neighboursOf(conversation: Conversation): Omit<ConversationView, 'replyTo'> {
  const cached = neighbours.get(conversation)
  if (cached) return cached
  const utterances = conversation.utterances
  const n = utterances.length
  const prevCustomer = new Int32Array(n)
  const prevTeam = new Int32Array(n)
  const backchannel = new Uint8Array(n)
  let customer = -1
  let team = -1
  for (let i = 0; i < n; i++) {
    const u = utterances[i]!
    prevCustomer[i] = customer
    prevTeam[i] = team
    const quiet = isBackchannel(u.text)
    backchannel[i] = quiet ? 1 : 0
    if (u.role === 'customer') {
      if (!quiet) customer = i
    } else team = i
  }
  const result = { prevCustomer, prevTeam, backchannel }
  neighbours.set(conversation, result)
  return result
}

/** Neighbours and first replies; `replyTo` reads the cue labels set so far. */
export function viewOf(conversation: Conversation, has: (utterance: number, label: LabelId) => boolean): ConversationView {
  const utterances = conversation.utterances
  const n = utterances.length
  const fixed = neighboursOf(conversation)
  const replyTo = new Int32Array(n).fill(-1)
  let pendingCue = -1
  for (let i = 0; i < n; i++) {
    const u = utterances[i]!
    if (u.role === 'customer') {
      // When the customer drops several cues in a row, the reply answers the latest one (as repliesToCues).
      if (cueLabels.some((label) => has(i, label))) pendingCue = i
    } else if (!fixed.backchannel[i] && pendingCue >= 0) {
      replyTo[i] = pendingCue
      pendingCue = -1
    }
  }
  return { ...fixed, replyTo }
}

// Word hashes of a text (negation-marked and plain), computed once per wink reading: an utterance is
// read as itself and as the context of the next replies, in three phases.
interface Hashed {
  /** Per sentence, [start, end) into the arrays below. */
  readonly sentences: Int32Array
  readonly questions: Uint8Array
  readonly marked: Int32Array
  readonly plain: Int32Array
  /** Hash of the first five letters of words longer than six ("frustrat-ed/-ing"), else 0. */
  readonly stems: Int32Array
}
const hashed = new WeakMap<TextInfo, Hashed>()

function stemHash(word: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < 5; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619)
  return h | 0
}

function hashesOf(info: TextInfo): Hashed {
  const cached = hashed.get(info)
  if (cached) return cached
  let count = 0
  for (const token of info.tokens) if (isWord(token.type)) count++
  const marked = new Int32Array(count)
  const plain = new Int32Array(count)
  const stems = new Int32Array(count)
  const sentences = new Int32Array(2 * info.sentences.length)
  const questions = new Uint8Array(info.sentences.length)
  let at = 0
  info.sentences.forEach((sentence, s) => {
    sentences[2 * s] = at
    questions[s] = sentence.isQuestion ? 1 : 0
    for (const token of sentence.tokens) {
      if (!isWord(token.type)) continue
      const h = hashWord(token.normal)
      plain[at] = h
      stems[at] = token.normal.length > 6 ? stemHash(token.normal) : 0
      marked[at] = token.negated ? combine(h, NEG) : h
      at++
    }
    sentences[2 * s + 1] = at
  })
  const result = { sentences, questions, marked: marked.subarray(0, at), plain: plain.subarray(0, at), stems: stems.subarray(0, at) }
  hashed.set(info, result)
  return result
}

/** A set of 32-bit hashes in a reused open-addressing table; `clear` is O(1) (a new stamp). */
class HashSet {
  private readonly keys: Int32Array
  private readonly stamps: Int32Array
  private readonly mask: number
  private stamp = 1
  private size = 0

  constructor(bits: number) {
    this.keys = new Int32Array(1 << bits)
    this.stamps = new Int32Array(1 << bits)
    this.mask = (1 << bits) - 1
  }

  clear(): void {
    this.stamp++
    this.size = 0
  }

  add(h: number): void {
    // Kept at most three quarters full; words past that are not remembered.
    if (this.size * 4 >= this.keys.length * 3) return
    let slot = mix(h)
    for (;;) {
      slot &= this.mask
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp
        this.keys[slot] = h
        this.size++
        return
      }
      if (this.keys[slot] === h) return
      slot++
    }
  }

  has(h: number): boolean {
    let slot = mix(h)
    for (;;) {
      slot &= this.mask
      if (this.stamps[slot] !== this.stamp) return false
      if (this.keys[slot] === h) return true
      slot++
    }
  }
}

const stopwords = new HashSet(10)
for (const h of stopwordList) stopwords.add(h)

/**
 * Feature buckets of a text per namespace (its words as the utterance, as context, as the team's
 * question; its character n-grams), computed once: an utterance is read as itself in two phases and
 * as the context of every reply after it.
 */
const blocks = new WeakMap<TextInfo, Map<number, Int32Array>>()

function blockOf(info: TextInfo, space: number, build: () => Int32Array): Int32Array {
  let spaces = blocks.get(info)
  if (!spaces) {
    spaces = new Map()
    blocks.set(info, spaces)
  }
  let block = spaces.get(space)
  if (!block) {
    block = build()
    spaces.set(space, block)
  }
  return block
}

/** The buckets of a text's words in namespace `space`: words (negation-marked), and for the utterance itself bigrams, sentence starts and stems; words of questions again in `questionSpace`. */
function wordBlock(info: TextInfo, space: number, questionSpace: number): Int32Array {
  const { sentences, questions, marked, stems } = hashesOf(info)
  const out: number[] = []
  for (let s = 0; s < questions.length; s++) {
    let prev = BOS
    const from = sentences[2 * s]!
    const to = sentences[2 * s + 1]!
    for (let t = from; t < to; t++) {
      const h = marked[t]!
      out.push(mix(combine(space, h)))
      if (space === NS.uni) {
        out.push(mix(combine(NS.bi, combine(prev, h))))
        if (t === from) out.push(mix(combine(NS.first, h)))
        if (stems[t] !== 0) out.push(mix(combine(NS.stem, stems[t]!)))
      }
      if (questions[s] && questionSpace !== 0) out.push(mix(combine(questionSpace, h)))
      prev = h
    }
  }
  return Int32Array.from(out)
}

/** Buckets of the character n-grams of a text's words of three letters or more, marked at both ends. */
function charBlock(info: TextInfo): Int32Array {
  const out: number[] = []
  for (const token of info.tokens) {
    if (!isWord(token.type) || token.normal.length < 3) continue
    const word = `^${token.normal}$`
    for (let i = 0; i + GOLD_CHAR_GRAMS <= word.length; i++) {
      let h = 0x811c9dc5
      for (let j = i; j < i + GOLD_CHAR_GRAMS; j++) h = Math.imul(h ^ word.charCodeAt(j), 16777619)
      out.push(mix(combine(NS.char, h | 0)))
    }
  }
  return Int32Array.from(out)
}

/** Builds the features of utterances into reused buffers; one per phase call. */
export class GoldExtractor {
  readonly features: GoldFeatures = { idx: new Int32Array(MAX_FEATURES), val: new Float32Array(MAX_FEATURES), n: 0 }
  /** Content words said by the customer so far in the conversation being read. */
  private readonly customerWords = new HashSet(14)
  private readonly scratch = new HashSet(12)

  private add(index: number, value: number): void {
    addFeature(this.features, index, value)
  }

  private meta(name: number, value: number): void {
    this.add(mix(combine(combine(NS.meta, name), value)), 1)
  }

  /** Forget the customer's words: call before the first utterance of a conversation. */
  reset(): void {
    this.customerWords.clear()
  }

  /** Records a customer utterance's content words (call after its features, in utterance order). */
  remember(info: TextInfo): void {
    for (const h of hashesOf(info).plain) if (!stopwords.has(h)) this.customerWords.add(h)
  }

  /** Adds the word features of a text in one namespace, each weighted 1/√count. */
  private words(info: TextInfo, space: number, questionSpace: number): void {
    this.append(blockOf(info, space, () => wordBlock(info, space, questionSpace)), 1)
  }

  /** Adds a block of buckets, each weighted `weight`/√count, as far as the buffer holds. */
  private append(block: Int32Array, weight: number): void {
    const { features } = this
    const count = Math.min(block.length, features.idx.length - features.n)
    if (count <= 0) return
    features.idx.set(count === block.length ? block : block.subarray(0, count), features.n)
    features.val.fill(weight / Math.sqrt(count), features.n, features.n + count)
    features.n += count
  }

  private labels(space: number, utterance: number, has: (utterance: number, label: LabelId) => boolean, labels: readonly LabelId[]): number {
    let count = 0
    for (const label of labels) {
      if (!has(utterance, label)) continue
      this.add(mix(combine(space, labelHash.get(label)!)), 1)
      count++
    }
    return count
  }

  /** Features of utterance `i` after phase `phase`'s rules (labels so far through `has`). */
  extract(conversation: Conversation, i: number, phase: Phase, view: ConversationView, has: (utterance: number, label: LabelId) => boolean): GoldFeatures {
    this.features.n = 0
    const utterances = conversation.utterances
    const u = utterances[i]!
    const info = textOf(u.text)
    this.words(info, NS.uni, NS.q)
    this.append(blockOf(info, NS.char, () => charBlock(info)), GOLD_CHAR_WEIGHT)
    this.add(mix(NS.bias), 1)
    let words = 0
    let questions = 0
    let overlap = 0
    let overlapContext = 0
    let content = 0
    const scratch = this.scratch
    scratch.clear()
    const c = view.prevCustomer[i]!
    if (c >= 0 && u.role === 'team') for (const h of hashesOf(textOf(utterances[c]!.text)).plain) scratch.add(h)
    for (const h of hashesOf(info).plain) {
      words++
      if (stopwords.has(h)) continue
      content++
      if (this.customerWords.has(h)) overlap++
      if (scratch.has(h)) overlapContext++
    }
    for (const sentence of info.sentences) if (sentence.isQuestion) questions++
    let length = 0
    for (let w = words; w > 0; w >>= 1) length++
    this.meta(1, length)
    this.meta(2, bucket(questions))
    this.meta(3, info.sentences[info.sentences.length - 1]?.isQuestion ? 1 : 0)
    this.meta(4, channelHash[conversation.channel])
    // Labels so far on this utterance: the rules of this phase, and earlier phases.
    const fired = this.labels(NS.has, i, has, u.role === 'customer' ? cueLabels : phase === 'behaviour' ? behaviourLabels : teamLabels)
    this.meta(5, bucket(fired))
    if (u.role === 'team') {
      if (c >= 0) {
        const context = textOf(utterances[c]!.text)
        this.words(context, NS.ctxUni, 0)
        const cues = this.labels(NS.ctxHas, c, has, cueLabels)
        this.meta(6, bucket(cues))
      } else this.meta(6, 9)
      const cue = view.replyTo[i]!
      if (cue >= 0) {
        this.meta(7, 1)
        this.labels(NS.replyTo, cue, has, cueLabels)
      } else this.meta(7, 0)
      this.meta(8, bucket(overlap))
      this.meta(9, bucket(overlapContext))
      this.meta(10, content === 0 ? 0 : 1 + Math.min(3, Math.floor((4 * overlap) / content)))
      // The first team turn of the conversation (openers) and whether the customer has spoken yet.
      this.meta(11, view.prevTeam[i]! < 0 ? 1 : 0)
    } else {
      const t = view.prevTeam[i]!
      if (t >= 0) {
        const team = textOf(utterances[t]!.text)
        this.words(team, NS.teamUni, NS.teamQ)
        this.meta(12, team.sentences[team.sentences.length - 1]?.isQuestion ? 1 : 0)
      } else this.meta(12, 9)
      if (c >= 0) this.labels(NS.prevHas, c, has, cueLabels)
      this.meta(13, bucket(overlap))
      this.meta(14, t >= 0 && t > c ? 1 : 0)
    }
    return this.features
  }
}

// ---------------------------------------------------------------------------------------------
// Which utterances a label's model may label (labels.md), shared by training and the runtime.

const replyCues: Partial<Record<LabelId, readonly LabelId[]>> = {
  'missed-cue': acknowledgedCues,
  'advice-first': ['emotion', 'complaint'],
  'agenda-push': ['hardship', 'personal'],
  capitulation: ['hesitation'],
}

/** Whether utterance `i` may carry `label` by the model: role, first replies, acknowledgement rules. */
export function eligible(conversation: Conversation, i: number, label: LabelId, view: ConversationView, has: (utterance: number, label: LabelId) => boolean): boolean {
  const u = conversation.utterances[i]!
  if (view.backchannel[i]) return false
  if ((phaseOf(label) === 'cue') !== (u.role === 'customer')) return false
  const cues = replyCues[label]
  if (cues) {
    // labels.md: judged on the first team reply after the cue only.
    const cue = view.replyTo[i]!
    if (cue < 0 || !cues.some((l) => has(cue, l))) return false
  }
  // missed-cue and advice-first: any acknowledgement, or pity, means the cue was noticed.
  if (label === 'missed-cue' || label === 'advice-first') {
    if (acknowledgements.some((l) => has(i, l)) || has(i, 'sympathy')) return false
  }
  return true
}

// ---------------------------------------------------------------------------------------------
// Runtime layer

/** Logistic probability of the `labels` (indices) of a phase, written into `out`. */
export function scorePhase(model: GoldPhaseModel, features: GoldFeatures, out: Float64Array, labels: readonly number[]): void {
  const { k, w, bias, scales } = model
  const { idx, val, n } = features
  const m = labels.length
  for (let j = 0; j < m; j++) out[labels[j]!] = 0
  // Feature-major: the k weights of a bucket share a cache line.
  for (let f = 0; f < n; f++) {
    const base = idx[f]! * k
    const v = val[f]!
    for (let j = 0; j < m; j++) {
      const c = labels[j]!
      out[c] = out[c]! + w[base + c]! * v
    }
  }
  for (let j = 0; j < m; j++) {
    const c = labels[j]!
    out[c] = 1 / (1 + Math.exp(-(bias[c]! + out[c]! * scales[c]!)))
  }
}

function hitFor(label: LabelId, conversation: Conversation, i: number, p: number, view: ConversationView, context: PhaseContext): Hit {
  const u = conversation.utterances[i]!
  const hit: Hit = { utterance: i, span: [0, u.text.length], reason: 'model', detail: `p=${p.toFixed(2)}` }
  if (phaseOf(label) !== 'failure') return hit
  const cueIndex = view.replyTo[i]! >= 0 ? view.replyTo[i]! : view.prevCustomer[i]!
  const cue = cueIndex >= 0 ? conversation.utterances[cueIndex] : undefined
  const description = context.detectors.get(label)?.description ?? label
  hit.message = cue
    ? `${quote(cue.text)} got ${quote(u.text)} in reply: ${description.charAt(0).toLowerCase()}${description.slice(1)}.`
    : `${quote(u.text)}: ${description.charAt(0).toLowerCase()}${description.slice(1)}.`
  if (cue) hit.cue = cue.index
  hit.suggestion = cue
    ? `Start from what ${cue.speaker} said, in their words: ${acknowledgement(cue, cueKind(context.has, cue))}`
    : 'Say something that could only be said to this customer, built on what they told you.'
  return hit
}

/** Applies trained phase models: adds a label where its probability reaches its threshold. */
export class GoldLayer implements ModelLayer {
  private readonly extractor = new GoldExtractor()
  private readonly out = new Float64Array(16)

  constructor(private readonly models: Partial<Record<Phase, GoldPhaseModel>> | (() => Partial<Record<Phase, GoldPhaseModel>>)) {}

  afterPhase(phase: Phase, context: PhaseContext): void {
    const models = typeof this.models === 'function' ? this.models() : this.models
    const model = models[phase]
    if (!model) return
    // Only labels with a threshold and a detector in this run are scored.
    const active: number[] = []
    for (let c = 0; c < model.k; c++) if ((model.thresholds[c] != null || model.vetoes[c] != null) && context.detectors.has(model.labels[c]!)) active.push(c)
    if (active.length === 0) return
    const { conversation, has } = context
    const { out } = this
    // An utterance is read when a label may be added to it or a rule hit on it may be taken off; only
    // those labels ("live") are scored. Adding a label of this phase never changes another label's
    // eligibility in the same phase, so the list holds through the visit.
    const live: number[] = []
    const wanted = (i: number, view: ConversationView) => {
      live.length = 0
      for (const c of active) {
        const label = model.labels[c]!
        if ((has(i, label) ? model.vetoes[c] != null : model.thresholds[c] != null) && eligible(conversation, i, label, view, has)) live.push(c)
      }
      return live.length > 0
    }
    forEachCandidate(phase, conversation, has, this.extractor, (i, features, view) => {
      scorePhase(model, features, out, live)
      for (const c of live) {
        const label = model.labels[c]!
        const p = out[c]!
        if (has(i, label)) {
          if (p < model.vetoes[c]!) context.remove(label, i)
        } else if (p >= model.thresholds[c]!) context.add(label, hitFor(label, conversation, i, p, view, context))
      }
    }, wanted)
  }
}

/**
 * Calls `visit` with the features of every utterance of the phase's role (backchannels skipped),
 * in order: the one loop behind both the runtime layer and training.
 */
export function forEachCandidate(
  phase: Phase,
  conversation: Conversation,
  has: (utterance: number, label: LabelId) => boolean,
  extractor: GoldExtractor,
  visit: (i: number, features: GoldFeatures, view: ConversationView) => void,
  wanted?: (i: number, view: ConversationView) => boolean,
): void {
  const view = viewOf(conversation, has)
  extractor.reset()
  const utterances = conversation.utterances
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i]!
    if ((phase === 'cue') === (u.role === 'customer') && !view.backchannel[i] && (!wanted || wanted(i, view))) visit(i, extractor.extract(conversation, i, phase, view, has), view)
    if (u.role === 'customer' && !view.backchannel[i]) extractor.remember(textOf(u.text))
  }
}

let bundled: Partial<Record<Phase, GoldPhaseModel>> | undefined

/** The bundled gold models (expanded on first use). */
export function goldModels(): Partial<Record<Phase, GoldPhaseModel>> {
  if (!bundled) {
    const file = goldWeights as unknown as GoldModelFile
    if (file.bits !== GOLD_BITS) throw new Error(`gold model was trained with ${file.bits} hash bits, runtime has ${GOLD_BITS}`)
    if (file.charGrams !== GOLD_CHAR_GRAMS) throw new Error(`gold model was trained with character ${file.charGrams}-grams, runtime has ${GOLD_CHAR_GRAMS}: run npm run train:gold`)
    bundled = {}
    for (const phase of phases) if (file.phases[phase]) bundled[phase] = loadPhase(file.phases[phase])
  }
  return bundled
}

/** The layer `runDetectors` uses by default. */
export const goldLayer: ModelLayer = new GoldLayer(goldModels)
