// Linear models over the hashed features: the compact weight format written by train/ and the
// scoring loop used at runtime. Weights are stored sparse (varint bucket deltas + int16 values, both
// base64) and expanded once at load into a dense Float32Array of DIM × classes.
import { BITS, DIM, type ExtractorOptions, type Features } from './features.js'

/** How the scores of a model turn into probabilities. */
export type LinkKind = 'softmax' | 'sigmoid'

/** The JSON file train/run.ts writes for one model. */
export interface WeightsFile {
  readonly name: string
  readonly kind: LinkKind
  readonly classes: readonly string[]
  readonly bits: number
  /** The largest weight: a stored int8 q stands for sign(q) × (q/127)² × scale (square-law, finer near 0). */
  readonly scale: number
  /** Per-class intercept, including any offset tuned for macro-F1. */
  readonly bias: readonly number[]
  /** Per-class decision thresholds for sigmoid models (tuned on held-out data). */
  readonly thresholds?: readonly number[]
  /** base64 of varint-encoded gaps between the stored bucket indices. */
  readonly index: string
  /** base64 of int8 weights, `classes.length` per stored bucket. */
  readonly weights: string
  readonly precision: 8
  /** The feature sets the model was trained on (an Extractor built with these options reads its input); absent: the default set. */
  readonly features?: ExtractorOptions
  /** Provenance: data, split, hyper-parameters, held-out scores. */
  readonly about?: Record<string, unknown>
}

/**
 * The three EPITOME mechanisms in one file, so one memory access per feature serves all of them:
 * two sigmoid columns per mechanism, `mechanism:present` (level ≥ 1) and `mechanism:strong` (level 2
 * given level ≥ 1), so the levels are p0 = 1 − σ(present), p1 = σ(present)(1 − σ(strong)) and
 * p2 = σ(present)σ(strong). A whole-reply model plus a sentence model trained on the rationale spans.
 */
export interface MechanismFile extends WeightsFile {
  readonly sentence: WeightsFile
  /**
   * Per mechanism, the stacker that combines the reply and pooled-sentence models: 3 × 15 weights
   * (per level, 14 inputs then an intercept) of a softmax over log probabilities of the reply and
   * pooled sentence models of all three mechanisms (index.ts stackInputsInto gives the input order).
   */
  readonly stack: readonly (readonly number[])[]
  /** Log-offsets per level (3 per mechanism) added to the stacked scores (tuned for macro-F1 on held-out folds). */
  readonly offsets: readonly number[]
  /** Per level (3 per mechanism): the F1-best cut of the combined probability (the strong level's is used). */
  readonly thresholds: readonly number[]
}

/** A loaded model: dense weights ready for scoring. */
export interface LinearModel {
  readonly name: string
  readonly kind: LinkKind
  readonly classes: readonly string[]
  readonly k: number
  /** Dense int8 codes, DIM × k; the real weight is `table[code + 128]`. */
  readonly w: Int8Array
  readonly table: Float64Array
  readonly bias: Float64Array
  readonly thresholds: readonly number[]
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const sextets = new Uint8Array(128)
for (let i = 0; i < alphabet.length; i++) sextets[alphabet.charCodeAt(i)] = i

// Node's Buffer decodes natively; elsewhere this loop does. (Node 20's atob is slow on megabyte strings.)
declare const Buffer: { from(text: string, encoding: 'base64'): Uint8Array } | undefined

/** Base64 to bytes (the weights files store their arrays this way). */
export function decode(base64: string): Uint8Array {
  return typeof Buffer === 'undefined' ? bytesOf(base64) : Buffer.from(base64, 'base64')
}

// Node 20's atob validates character by character and is slow on megabyte strings; this is not.
function bytesOf(base64: string): Uint8Array {
  let length = base64.length
  while (length > 0 && base64.charCodeAt(length - 1) === 61) length--
  const out = new Uint8Array((length * 3) >> 2)
  let o = 0
  let i = 0
  for (; i + 4 <= length; i += 4) {
    const n = (sextets[base64.charCodeAt(i)]! << 18) | (sextets[base64.charCodeAt(i + 1)]! << 12) | (sextets[base64.charCodeAt(i + 2)]! << 6) | sextets[base64.charCodeAt(i + 3)]!
    out[o++] = n >> 16
    out[o++] = (n >> 8) & 255
    out[o++] = n & 255
  }
  const rest = length - i
  if (rest >= 2) {
    const n = (sextets[base64.charCodeAt(i)]! << 18) | (sextets[base64.charCodeAt(i + 1)]! << 12) | (rest === 3 ? sextets[base64.charCodeAt(i + 2)]! << 6 : 0)
    out[o++] = n >> 16
    if (rest === 3) out[o++] = (n >> 8) & 255
  }
  return out
}

/** Base64 of bytes (the weights files' encoding; `decode` reads it back). */
export function base64Of(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

/** Appends the gap between two stored bucket indices as a varint (7 bits a byte, low first; `bucketsOf` reads it back). */
export function pushGap(gaps: number[], gap: number): void {
  let rest = gap
  while (rest >= 0x80) {
    gaps.push((rest & 0x7f) | 0x80)
    rest >>>= 7
  }
  gaps.push(rest)
}

function tableOf(scale: number): Float64Array {
  const table = new Float64Array(256)
  for (let q = -128; q < 128; q++) table[q + 128] = Math.sign(q) * (q / 127) ** 2 * scale
  return table
}

/** The int8 code of a weight under square-law quantisation with the given largest weight. */
function codeOf(weight: number, scale: number): number {
  return Math.max(-127, Math.min(127, Math.round(Math.sign(weight) * 127 * Math.sqrt(Math.abs(weight) / scale))))
}

/** The bucket numbers of a sparse weight list, stored as varint gaps from the previous bucket. */
export function bucketsOf(gaps: Uint8Array): number[] {
  const buckets: number[] = []
  let bucket = -1
  let at = 0
  while (at < gaps.length) {
    let gap = 0
    let shift = 0
    for (;;) {
      const byte = gaps[at++]!
      gap |= (byte & 0x7f) << shift
      if (byte < 0x80) break
      shift += 7
    }
    bucket += gap
    buckets.push(bucket)
  }
  return buckets
}

/** Expands a weights file into a dense model. */
export function loadModel(file: WeightsFile): LinearModel {
  if (file.precision !== 8) throw new Error(`model ${file.name} has weight precision ${String(file.precision)}, runtime reads 8`)
  if (file.bits !== BITS) throw new Error(`model ${file.name} was trained with ${file.bits} hash bits, runtime has ${BITS}`)
  const k = file.classes.length
  const w = new Int8Array(DIM * k)
  const raw = decode(file.weights)
  const signed = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  let row = 0
  for (const index of bucketsOf(decode(file.index))) {
    const to = index * k
    const from = row * k
    for (let c = 0; c < k; c++) w[to + c] = signed[from + c]!
    row++
  }
  return {
    name: file.name,
    kind: file.kind,
    classes: file.classes,
    k,
    w,
    table: tableOf(file.scale),
    bias: Float64Array.from(file.bias),
    thresholds: file.thresholds ?? file.classes.map(() => 0.5),
  }
}

/**
 * Packs dense weights (DIM × k) into the file format: keeps at most `maxBuckets` buckets (largest
 * weight first), quantises to square-law int8 and drops buckets whose weights all round to zero.
 */
export function packWeights(w: Float64Array | Float32Array, k: number, maxBuckets: number = DIM): { scale: number; index: string; weights: string; stored: number; precision: 8 } {
  let max = 0
  const strength = new Float64Array(DIM)
  for (let index = 0; index < DIM; index++) {
    for (let c = 0; c < k; c++) strength[index] = Math.max(strength[index]!, Math.abs(w[index * k + c]!))
    max = Math.max(max, strength[index]!)
  }
  const cut = maxBuckets >= DIM ? 0 : Float64Array.from(strength).sort().reverse()[maxBuckets]!
  const scale = max > 0 ? max : 1
  const gaps: number[] = []
  const values: number[] = []
  let last = -1
  for (let index = 0; index < DIM; index++) {
    if (strength[index]! <= cut) continue
    let keep = false
    for (let c = 0; c < k; c++) if (codeOf(w[index * k + c]!, scale) !== 0) keep = true
    if (!keep) continue
    pushGap(gaps, index - last)
    last = index
    for (let c = 0; c < k; c++) values.push(codeOf(w[index * k + c]!, scale))
  }
  const raw = new Uint8Array(Int8Array.from(values).buffer)
  return { scale, index: base64Of(Uint8Array.from(gaps)), weights: base64Of(raw), stored: values.length / k, precision: 8 }
}

/** Raw class scores of `features` into `out` (length k). */
export function scoreInto(model: LinearModel, features: Features, out: Float64Array): void {
  const { k, w, bias, table } = model
  for (let c = 0; c < k; c++) out[c] = bias[c]!
  const { idx, val, n } = features
  for (let i = 0; i < n; i++) {
    const base = idx[i]! * k
    const v = val[i]!
    for (let c = 0; c < k; c++) out[c] = out[c]! + table[w[base + c]! + 128]! * v
  }
}

/** Turns scores into probabilities in place: softmax over classes, or one sigmoid per class. */
export function link(kind: LinkKind, scores: Float64Array, k: number): void {
  if (kind === 'sigmoid') {
    for (let c = 0; c < k; c++) scores[c] = 1 / (1 + Math.exp(-scores[c]!))
    return
  }
  let max = -Infinity
  for (let c = 0; c < k; c++) max = Math.max(max, scores[c]!)
  let sum = 0
  for (let c = 0; c < k; c++) {
    const e = Math.exp(scores[c]! - max)
    scores[c] = e
    sum += e
  }
  for (let c = 0; c < k; c++) scores[c] = scores[c]! / sum
}
