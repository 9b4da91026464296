// Hashed text features shared by training (train/) and the runtime (index.ts). One pass over the
// characters builds word hashes (FNV-1a, no substrings allocated); n-grams, question-sentence words,
// lexicon hits and reply/context overlap (and, as an option, character n-grams of the words) are
// then hashed into one space of 2^BITS buckets.
// Everything writes into preallocated typed arrays, so a call allocates nothing big.

/** Hash space: 2^18 buckets, shared by every model. */
export const BITS = 18
export const DIM = 1 << BITS
const MASK = DIM - 1
const MAX_TOKENS = 1024
const MAX_FEATURES = 8192

// Token kinds.
const WORD = 0
const QMARK = 1
const BANG = 2

/** The features of one text: `n` bucket indices with their values, in reused buffers. */
export interface Features {
  readonly idx: Int32Array
  readonly val: Float32Array
  n: number
}

/** Appends one feature; a full buffer drops the rest (the buffers are sized well past real utterances). */
export function addFeature(f: Features, index: number, value: number): void {
  if (f.n >= f.idx.length) return
  f.idx[f.n] = index
  f.val[f.n] = value
  f.n++
}

/** FNV-1a over a plain string, the same normalisation the tokenizer applies. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i)
    if (c >= 65 && c <= 90) c |= 32
    else if (c >= 48 && c <= 57) c = 48
    else if (c === 39 || c === 8217 || c === 8216) continue
    h = Math.imul(h ^ c, 16777619)
  }
  return h | 0
}

/** murmur3's finaliser: spreads a 32-bit hash before it is masked to a bucket. */
export function spread(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h
}

function mix(h: number, namespace: number): number {
  return spread(h ^ namespace) & MASK
}

/** Hashes a pair of hashes into one (n-grams, namespaced features). */
export function combine(a: number, b: number): number {
  return Math.imul(a ^ 0x9e3779b9, 16777619) ^ b
}

const ns = (name: string): number => hashWord(`ns:${name}`)
const NS_UNI = ns('uni')
const NS_STEM = ns('stem')
const NS_BI = ns('bi')
const NS_TRI = ns('tri')
const NS_Q = ns('q')
const NS_FIRST = ns('first')
const NS_META = ns('meta')
const NS_CTX = ns('ctx')
const NS_CHAR = ns('char')
const BOS = hashWord('<s>')
const QTOKEN = hashWord('?')
const BANGTOKEN = hashWord('!')

const hashSet = (words: string): Set<number> => new Set(words.trim().split(/\s+/).map(hashWord))

// Feeling words, in the reply or the seeker's text ("you must be exhausted", "I'm so sorry").
const feelings = hashSet(`
  sad sadness upset angry anger mad furious frustrated frustrating frustration annoyed annoying irritated
  scared afraid fear fears terrified terrifying frightened frightening anxious anxiety nervous worried worry worries
  worrying stress stressed stressful overwhelmed overwhelming exhausted exhausting tired drained burned burnt
  lonely alone isolated hurt hurting hurts pain painful heartbroken heartbreaking devastated devastating crushed
  miserable depressed depressing depression hopeless helpless lost confused confusing embarrassed ashamed shame
  guilty guilt jealous disappointed disappointing disappointment awful terrible horrible dreadful rough tough hard
  difficult struggle struggling suffering grief grieving mourning sorry unfair hate hating disgusted disgusting
  panic panicked desperate insecure vulnerable rejected abandoned betrayed trapped stuck numb empty
  happy glad relieved relief excited exciting proud grateful thankful hopeful love loved joy thrilled
  feel feeling feelings felt emotions emotional upsetting sucks shitty crappy bummer brutal
`)
const secondPerson = hashSet(`you your youre yours yourself u ur youve youll youd`)
const firstPerson = hashSet(`i me my im ive myself mine id ill`)
const hedges = hashSet(`maybe perhaps might may probably seems seem sounds sound guess possibly likely must`)
const sympathy = hashSet(`sorry hugs hug hugz condolences sympathy heart ugh oh aw aww wow`)
const selfExperience = hashSet(`too also same similar through experienced remember`)
const stopwords = hashSet(`
  a an the and or but if of to in on at for with from by about as into is are was were be been being am
  i me my you your he she it we they them his her its our their this that these those there here so just
  do does did have has had not no yes what how why when where who which can could would will should
  im ive dont its thats s t really very much more also too all any some get got like know think one
`)

// Reused buffers: a call writes over them.
const tokHash = new Int32Array(MAX_TOKENS)
// Hash of a word's first five letters (0 when shorter): "frustrated", "frustrating" share it.
const tokStem = new Int32Array(MAX_TOKENS)
const tokKind = new Uint8Array(MAX_TOKENS)
const tokSentence = new Int32Array(MAX_TOKENS)
const sentenceQuestion = new Uint8Array(MAX_TOKENS)
// The normalised characters of each word token (as hashed: lower case, digits as 0, runs cut to two),
// for character n-grams: token i's are chars[tokStart[i], tokStart[i] + tokLength[i]).
const MAX_CHARS = 16384
const tokChars = new Uint16Array(MAX_CHARS)
const tokStart = new Int32Array(MAX_TOKENS)
const tokLength = new Int32Array(MAX_TOKENS)

/** Splits text into word and ?/! tokens; returns the token count. Sentences end at . ! ? and newlines. */
function tokenise(text: string): number {
  let n = 0
  let sentence = 0
  let h = 0x811c9dc5
  let inWord = false
  let last = -1
  let run = 0
  let letters = 0
  let stem = 0
  let chars = 0
  let wordStart = 0
  sentenceQuestion[0] = 0
  const length = text.length
  for (let i = 0; i <= length && n < MAX_TOKENS; i++) {
    let c = i < length ? text.charCodeAt(i) : 32
    if (c >= 65 && c <= 90) c |= 32
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 192 && c < 8192 && c !== 215 && c !== 247)
    if (letter) {
      if (c >= 48 && c <= 57) c = 48
      if (c === last) run++
      else run = 1
      last = c
      // "sooo" and "so" share a hash: a letter repeated three or more times counts twice.
      if (run <= 2) {
        h = Math.imul(h ^ c, 16777619)
        if (letters === 0) wordStart = chars
        if (chars < MAX_CHARS) tokChars[chars++] = c
        letters++
        if (letters === 5) stem = h
      }
      inWord = true
      continue
    }
    if ((c === 39 || c === 8217 || c === 8216) && inWord) continue
    // Emoji and pictographic symbols (😭, ❤, ☹) are tokens of their own.
    const high = c >= 0xd800 && c <= 0xdbff && i + 1 < length
    const symbol = high || (c >= 0x2600 && c <= 0x27bf)
    if (inWord) {
      tokHash[n] = h | 0
      tokStem[n] = letters > 6 ? stem | 0 : 0
      tokStart[n] = wordStart
      tokLength[n] = chars - wordStart
      tokKind[n] = WORD
      tokSentence[n] = sentence
      n++
      h = 0x811c9dc5
      inWord = false
      last = -1
      run = 0
      letters = 0
    }
    if (n >= MAX_TOKENS) break
    if (symbol) {
      let e = Math.imul(0x811c9dc5 ^ c, 16777619)
      if (high) e = Math.imul(e ^ text.charCodeAt(++i), 16777619)
      tokHash[n] = e | 0
      tokStem[n] = 0
      tokLength[n] = 0
      tokKind[n] = WORD
      tokSentence[n] = sentence
      n++
      continue
    }
    if (c === 63 || c === 33) {
      tokHash[n] = c === 63 ? QTOKEN : BANGTOKEN
      tokLength[n] = 0
      tokKind[n] = c === 63 ? QMARK : BANG
      tokSentence[n] = sentence
      n++
      if (c === 63) sentenceQuestion[sentence] = 1
    }
    if (c === 63 || c === 33 || c === 46 || c === 10) {
      if (n > 0 && tokSentence[n - 1] === sentence) {
        sentence++
        if (sentence < MAX_TOKENS) sentenceQuestion[sentence] = 0
      }
    }
  }
  return n
}

function bucket(count: number): number {
  return count >= 4 ? 4 : count
}

// Feature blocks of the n-gram part (see ExtractorOptions.blocks).
const UNI = 0
const BI = 1
const TRI = 2
const STEM = 3
const QWORD = 4
const FIRST = 5
const CHAR = 6
const BLOCKS = 7

/**
 * Optional feature sets of an Extractor. Without options it extracts what the AnnoMI model was
 * trained on: word uni/bi/trigrams, stems, question-sentence words and first words, scaled together
 * to unit length, plus the lexicon and context counts.
 */
export interface ExtractorOptions {
  /**
   * Per-block weights: the word blocks are scaled together to unit length, then multiplied by
   * their weight (0 leaves a block out); the character n-grams are scaled on their own. Character
   * n-grams are only extracted with this set.
   */
  readonly blocks?: { readonly uni: number; readonly bi: number; readonly tri: number; readonly stem: number; readonly question: number; readonly first: number; readonly chars: number }
  /** Character n-gram lengths, over each word with a start and an end mark (e.g. [3, 4, 5]). */
  readonly charGrams?: readonly number[]
  /** Only words of at least this many letters give character n-grams. */
  readonly charMin?: number
}

/** Feature extractor with its own output buffers. */
export class Extractor {
  readonly features: Features = { idx: new Int32Array(MAX_FEATURES), val: new Float32Array(MAX_FEATURES), n: 0 }
  // The context's content words: a stamped open-addressing set, rebuilt only when the context changes.
  private readonly contextSet = new Int32Array(2048)
  private readonly contextStamp = new Int32Array(2048)
  private stamp = 0
  private context: string | undefined = undefined
  private contextWords = 0
  private contextFeelings = 0
  // Per-block weights (undefined: one joint block) and each feature's block.
  private readonly weights: Float64Array | undefined
  private readonly blockOf = new Uint8Array(MAX_FEATURES)
  private readonly blockCount = new Int32Array(BLOCKS)
  private readonly charMask: number
  private readonly charMax: number
  private readonly charMin: number

  constructor(options: ExtractorOptions = {}) {
    const b = options.blocks
    this.weights = b ? Float64Array.from([b.uni, b.bi, b.tri, b.stem, b.question, b.first, b.chars]) : undefined
    const grams = b && b.chars > 0 ? (options.charGrams ?? []) : []
    this.charMask = grams.reduce((mask, n) => mask | (1 << n), 0)
    this.charMax = grams.length ? Math.max(...grams) : 0
    this.charMin = options.charMin ?? 1
  }

  private add(index: number, value: number): void {
    addFeature(this.features, index, value)
  }

  /** An n-gram-part feature of a block (value set when the part is scaled). */
  private gram(block: number, index: number): void {
    const weights = this.weights
    if (weights !== undefined) {
      if (weights[block] === 0) return
      this.blockOf[this.features.n] = block
    }
    addFeature(this.features, index, 1)
  }

  /** Character n-grams of word token i, with 1 and 2 as its start and end marks. */
  private chars(i: number): void {
    const start = tokStart[i]!
    const padded = tokLength[i]! + 2
    const mask = this.charMask
    const max = this.charMax
    for (let a = 0; a < padded; a++) {
      let h = 0x811c9dc5
      for (let n = 1; n <= max && a + n <= padded && n < padded; n++) {
        const at = a + n - 1
        const c = at === 0 ? 1 : at === padded - 1 ? 2 : tokChars[start + at - 1]!
        h = Math.imul(h ^ c, 16777619)
        if ((mask >> n) & 1) this.gram(CHAR, mix(h, NS_CHAR))
      }
    }
  }

  private meta(name: number, value: number): void {
    this.add(mix(combine(name, value), NS_META), 1)
  }

  private readContext(context: string | undefined): void {
    this.stamp++
    this.context = context
    this.contextWords = 0
    this.contextFeelings = 0
    if (context === undefined || context.length === 0) return
    const { contextSet, contextStamp, stamp } = this
    const m = tokenise(context)
    for (let i = 0; i < m; i++) {
      if (tokKind[i] !== WORD) continue
      const h = tokHash[i]!
      if (feelings.has(h)) this.contextFeelings++
      if (stopwords.has(h)) continue
      let slot = (h >>> 0) & 2047
      for (let probe = 0; probe < 2048; probe++) {
        if (contextStamp[slot] !== stamp) {
          contextStamp[slot] = stamp
          contextSet[slot] = h
          this.contextWords++
          break
        }
        if (contextSet[slot] === h) break
        slot = (slot + 1) & 2047
      }
    }
  }

  /** Extracts the features of `text` (a reply, a comment) with an optional `context` (the post it answers). */
  extract(text: string, context?: string): Features {
    const f = this.features
    f.n = 0
    if (context !== this.context || this.stamp === 0) this.readContext(context)
    const stamp = this.stamp
    const contextSet = this.contextSet
    const contextStamp = this.contextStamp
    const contextWords = this.contextWords
    const contextFeelings = this.contextFeelings
    const n = tokenise(text)
    // n-grams and question-sentence words; values are scaled to unit length at the end.
    const start = f.n
    let prev = BOS
    let prev2 = BOS
    let sentence = -1
    let words = 0
    let questions = 0
    let exclaims = 0
    let feel = 0
    let feelInQuestion = 0
    let you = 0
    let me = 0
    let youInQuestion = 0
    let hedge = 0
    let sympathise = 0
    let youFeel = 0
    let meFeel = 0
    let meExperience = 0
    let overlap = 0
    let overlapInQuestion = 0
    let contentWords = 0
    let lastYou = -10
    let lastMe = -10
    for (let i = 0; i < n; i++) {
      const h = tokHash[i]!
      const s = tokSentence[i]!
      const question = sentenceQuestion[s] === 1
      if (s !== sentence) {
        sentence = s
        prev = BOS
        prev2 = BOS
        if (tokKind[i] === WORD) this.gram(FIRST, mix(h, NS_FIRST))
      }
      this.gram(UNI, mix(h, NS_UNI))
      this.gram(BI, mix(combine(prev, h), NS_BI))
      this.gram(TRI, mix(combine(combine(prev2, prev), h), NS_TRI))
      prev2 = prev
      prev = h
      const kind = tokKind[i]
      if (kind === QMARK) {
        questions++
        continue
      }
      if (kind === BANG) {
        exclaims++
        continue
      }
      words++
      const stem = tokStem[i]!
      if (stem !== 0) this.gram(STEM, mix(stem, NS_STEM))
      if (question) this.gram(QWORD, mix(h, NS_Q))
      if (this.charMask !== 0 && tokLength[i]! >= this.charMin) this.chars(i)
      const isFeeling = feelings.has(h)
      if (secondPerson.has(h)) {
        you++
        lastYou = i
        if (question) youInQuestion++
      } else if (firstPerson.has(h)) {
        me++
        lastMe = i
      }
      if (isFeeling) {
        feel++
        if (question) feelInQuestion++
        if (i - lastYou <= 4) youFeel++
        if (i - lastMe <= 4) meFeel++
      }
      if (hedges.has(h)) hedge++
      if (sympathy.has(h)) sympathise++
      if (selfExperience.has(h) && i - lastMe <= 4) meExperience++
      if (contextWords > 0 && !stopwords.has(h)) {
        contentWords++
        let slot = (h >>> 0) & 2047
        for (let probe = 0; probe < 2048; probe++) {
          if (contextStamp[slot] !== stamp) break
          if (contextSet[slot] === h) {
            overlap++
            if (question) overlapInQuestion++
            break
          }
          slot = (slot + 1) & 2047
        }
      }
    }
    const grams = f.n - start
    const weights = this.weights
    if (weights !== undefined) {
      const { blockOf, blockCount } = this
      blockCount.fill(0)
      for (let i = start; i < f.n; i++) blockCount[blockOf[i]!]!++
      let words = 0
      for (let b = 0; b < CHAR; b++) words += blockCount[b]!
      for (let b = 0; b < CHAR; b++) blockCount[b] = words
      for (let i = start; i < f.n; i++) f.val[i] = weights[blockOf[i]!]! / Math.sqrt(blockCount[blockOf[i]!]!)
    } else if (grams > 0) {
      const scale = 1 / Math.sqrt(grams)
      for (let i = start; i < f.n; i++) f.val[i] = scale
    }
    this.add(mix(hashWord('<bias>'), NS_META), 1)
    let length = 0
    for (let w = words; w > 0; w >>= 1) length++
    this.meta(1, length)
    this.meta(2, bucket(questions))
    this.meta(3, bucket(exclaims))
    this.meta(4, bucket(feel))
    this.meta(5, bucket(feelInQuestion))
    this.meta(6, bucket(you))
    this.meta(7, bucket(me))
    this.meta(8, bucket(youInQuestion))
    this.meta(9, bucket(hedge))
    this.meta(10, bucket(sympathise))
    this.meta(11, bucket(youFeel))
    this.meta(12, bucket(meFeel))
    this.meta(13, bucket(meExperience))
    this.meta(14, n > 0 && sentenceQuestion[tokSentence[n - 1]!] === 1 ? 1 : 0)
    if (context !== undefined) {
      this.meta(20, bucket(overlap))
      this.meta(21, bucket(overlapInQuestion))
      this.meta(22, contentWords === 0 ? 0 : 1 + Math.min(3, Math.floor((4 * overlap) / contentWords)))
      this.meta(23, bucket(contextFeelings))
      this.add(mix(hashWord('<context>'), NS_CTX), 1)
    }
    return f
  }
}

const sentenceBounds = new Int32Array(2 * 256)

/**
 * Splits text at . ! ? and newlines (the marks stay with their sentence) into at most 256 spans,
 * written as [start, end) pairs into a reused buffer; returns the buffer and the count.
 */
export function sentenceSpans(text: string): { bounds: Int32Array; count: number } {
  let count = 0
  let start = -1
  const length = text.length
  for (let i = 0; i < length && count < 256; i++) {
    const c = text.charCodeAt(i)
    const end = c === 46 || c === 33 || c === 63 || c === 10
    if (start < 0) {
      if (c > 32 && !end) start = i
      continue
    }
    if (end) {
      let j = i
      while (j + 1 < length && (text.charCodeAt(j + 1) === 46 || text.charCodeAt(j + 1) === 33 || text.charCodeAt(j + 1) === 63)) j++
      sentenceBounds[2 * count] = start
      sentenceBounds[2 * count + 1] = c === 10 ? i : j + 1
      count++
      start = -1
      i = j
    }
  }
  if (start >= 0 && count < 256) {
    sentenceBounds[2 * count] = start
    sentenceBounds[2 * count + 1] = length
    count++
  }
  return { bounds: sentenceBounds, count }
}
