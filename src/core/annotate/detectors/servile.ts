import type { Detector } from '../detector.js'
import { compile, lowerOf, mentions, quote } from '../lexicon/failures.js'

// Apologising for existing and handing over all judgement.
const posture = compile([
  // "So sorry to bother you."
  { match: "(?:(?:i'?m|i am) )?(?:so |really |very |terribly )?sorry (?:again |once more )?(?:to (?:bother|trouble|disturb|interrupt|pester|take up|keep|call|eat into|chase)|for (?:bothering|troubling|disturbing|interrupting|pestering|taking up|wasting|calling|the intrusion|being a pain|asking|chasing|existing|pushing|rambling|going on|everything|all (?:this|the|of this))|to be a (?:pain|bother|nuisance|pest))|sorry again|(?:i'?m|i am) (?:such an? |so )(?:idiot|useless|hopeless)", reason: 'sorry-to-bother' },
  // "I don't want to take up your time."
  { match: "(?:i )?(?:don'?t|do not) (?:want|mean) to (?:bother|take up|waste|trouble|disturb|keep|impose|pester|be a (?:bother|pain|nuisance))|i know (?:you'?re|you are) (?:so |very |really |super )?busy|i hope (?:i'?m|i am) not (?:bothering|disturbing|interrupting|a bother)|if (?:it'?s|that'?s) not too much (?:trouble|to ask|bother)|(?:only|just) if (?:it'?s|that'?s) (?:ok|okay|alright|all right) with you", reason: 'dont-want-to-bother' },
  // "Whatever works for you is fine."
  { match: "whatever (?:you (?:want|prefer|think|say|need|decide|like)|works (?:for|best for) you|suits you|is (?:best|easiest|simplest|most convenient|better) for you)|whatever'?s (?:best|easiest|simplest|most convenient|better) for you|(?:you'?re|you are) the boss|i'?ll do (?:whatever|anything)(?: you| it takes)?|you know best|anything you (?:want|say|need)|at your (?:complete |total )?(?:service|disposal|mercy)|your wish is my command", reason: 'whatever-you-want' },
  // "You're absolutely right, my mistake, sorry."
  { match: "(?:my (?:bad|fault|mistake|apologies)|forgive me|pardon me)[,.!]? (?:(?:so|i'?m|really|again|sorry)[ ,.!]*)*sorry", reason: 'my-fault-sorry' },
])
// Apologies counted per utterance: two or more in one turn is a posture, not politeness.
const apologyKeys = ['sorry', 'apolog', 'my bad', 'forgive']
const apology = /\b(?:sorry|apologi[sz]e|apologies|my bad|forgive me)\b/g

/** A master-servant posture: repeated apologies, "whatever you want", apologising for existing. */
export const servile: Detector = {
  id: 'servile',
  role: 'team',
  description: 'Repeated apologies or a master-servant posture',
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      let found = posture.first(utterance.text)
      if (!found) {
        const lower = lowerOf(utterance.text)
        const all = mentions(lower, apologyKeys) ? [...lower.matchAll(apology)] : []
        if (all.length >= 2) {
          const start = all[0]!.index
          const end = all[all.length - 1]!.index + all[all.length - 1]![0].length
          found = { span: [start, end], reason: 'repeated-apology', text: utterance.text.slice(start, end) }
        }
      }
      if (!found) continue
      report({
        utterance: utterance.index,
        span: found.span,
        reason: found.reason,
        message: `“${found.text}” in ${quote(utterance.text)} takes a servant's posture, not an equal's.`,
        suggestion: 'Speak as an equal: one apology when something went wrong, then a clear proposal ("Here is what I suggest; does Thursday at ten work?").',
      })
    }
  },
}
