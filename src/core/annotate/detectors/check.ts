import type { Detector } from '../detector.js'
import { firstIn, phraseSet } from '../lexicon/behaviours.js'
import { textOf } from '../text.js'

// The team member asks whether they understood; "does that make sense?" checks the customer's
// understanding instead and is not a check.
const phrases = phraseSet([
  // "Did I get that right?" "have I got that right" "do I have that right"
  { match: /\b(?:did i|have i|do i|i) (?:get|got|have|understand|understood|read|hear|heard|capture|captured) (?:that|this|it|you|all that|everything|all of that|the gist)(?: \w+)? (?:right|correctly|straight)\b|\b(?:have|did|do) i (?:understood|understand) (?:what|how|where|why|you|that|this|it|correctly|right)\b|\bif i'?ve got (?:this|that|it|you) right\b|\bif i understand(?: you| this| that)? (?:right|correctly)\b/, reason: 'did-i-get-that-right', words: 'right correctly straight understood understand' },
  // "Am I reading that right?" "am I hearing you correctly"
  { match: /\bam i (?:reading|hearing|understanding|getting|seeing|following) (?:that|this|you|it|things)(?: \w+)? (?:right|correctly)\b/, reason: 'am-i-reading-that-right', words: 'am' },
  // "Am I right that weekdays are the problem?" "am I close" "am I off"
  { match: /\bam i (?:right|correct|close|off|missing|wrong|on the right track|in the right ballpark|way off)\b/, reason: 'am-i-right', words: 'am' },
  // "Correct me if I'm wrong." "tell me where I'm off"
  { match: /\b(?:correct|stop) me if (?:i'?m|i am|i got|i have|i've)\b|\btell me (?:where|if|what) i'?(?:m| am|ve|ve got| have| got)? ?(?:off|wrong|missing|missed|got wrong)\b/, reason: 'correct-me', words: 'correct stop tell' },
  // "Is that roughly where you are?" "is that about right" "is that fair" "is that the real concern"
  { match: /\bis (?:that|this|it) (?:about |roughly |more or less |basically |a |kind of |pretty much |broadly |the )?(?:right|fair|correct|accurate|true|where you are|where you'?re at|still (?:the right \w+|right|true|the case|accurate|the priority|the plan)|how it feels|how you see it|how it looks from your side|what'?s going on|what you mean|what you meant|what you'?re saying|the gist|fair summary|fair read|fair description|fair way to put it|real (?:concern|worry|issue|problem|blocker|question)|(?:concern|worry|issue|problem|blocker|sticking point|crux)|close|about the size of it)\b/, reason: 'is-that-right', words: 'right fair correct accurate true where feels see looks going mean meant saying gist summary read description real concern worry issue problem blocker sticking crux close size still' },
  // A reflection closed by a short question: "Is that how it lands for you?" "Is that what's behind it?" "Is that
  // the bind you're in?" "Is that about it?" "Is that the heart of it?" "is that about where it is"
  { match: /\bis (?:that|this) (?:about |roughly |more or less |basically |kind of )?(?:it|how it (?:lands|landed|feels|felt|sits|looks)(?: for you| from your side)?|what'?s (?:behind|driving|weighing|underneath|really going on)[a-z' ]{0,25}|the (?:bind|spot|position|heart|crux|nub|core|real [a-z]+|picture|situation)[a-z' ]{0,25}|where (?:it|things|you|we) (?:is|are|sits|sit|lands|stands|stand)|about where [a-z' ]{1,20})(?=\s*(?:\?|$))/, reason: 'is-that-right', words: 'that this' },
  // "Fair?" "Correct?" "Right?" as a sentence of its own after a reflection; "Have I got the maths right?"
  // "Have I got the picture?" "Just so I've got it:" "If I've understood, what matters most is…" "Just to confirm:
  // printing broke on Monday…?" (not "just to confirm your address")
  { match: /(?:^|[.!;:]\s+)(?:fair|correct|right|true|accurate|am i close|close)\?|\bhave i got (?:the|your) (?:[a-z]+ )?(?:right|picture|gist|story|idea)\b|\b(?:just )?so i'?ve got (?:it|this|that)(?: right)?\b|\bso i'?ve got it right\b|\bif i'?ve understood\b|\bso i'?m (?:fixing|solving|looking at|chasing|working on) the right thing\b|\bjust to (?:confirm|check)[:,] (?!(?:your|the) (?:address|postcode|email|number|account|date|details|name|order|booking|reference)\b)/, reason: 'fair-tag', words: 'fair correct right true accurate close got understood thing confirm check' },
  // "Does that sound right?" "does that capture it"
  { match: /\bdoes (?:that|this) (?:sound|seem|feel|ring) (?:about |roughly )?(?:right|fair|accurate|true|familiar)\b|\bdoes (?:that|this) (?:capture|sum up|cover) (?:it|things|where you are|how you feel)\b/, reason: 'does-that-sound-right', words: 'does' },
  // "Let me make sure I've understood." "just to check I've got this"
  { match: /\b(?:let me|just to|want to|wanted to|i'?d like to) (?:make sure|check|confirm|double-check) (?:that )?(?:i|i'?ve|i'?m|i have|i am)\b/, reason: 'make-sure-i-understood', words: 'sure check confirm' },
  // "Can I play back what I'm hearing?" "let me play that back"
  { match: /\b(?:can i|could i|let me|may i|i'?ll|i'?d like to) (?:play|read|reflect|repeat|say) (?:that |this |it |what i'?m hearing |what i heard )back\b|\b(?:can i|could i|let me|may i|i'?ll|i'?d like to) (?:play|read|reflect|repeat|say) back (?:what i'?m hearing|what i heard|what i understood)\b|\b(?:can i|could i|let me|may i) (?:sum|summari[sz]e) (?:up|that|this|what|where)\b/, reason: 'play-back', words: 'back sum summarise summarize' },
  // "Would that be a fair summary?" "would you say that's fair"
  { match: /\b(?:would that be|would you say (?:that'?s|that is|that'?d be)|is it fair to say|fair to say) (?:a )?(?:fair|right|accurate|correct|about right)\b/, reason: 'fair-to-say', words: 'fair accurate correct right' },
  // "Just so I'm clear, you need it by Friday?" "let me know if I've got any of that wrong" "Fair summary?"
  { match: /\b(?:just )?so i'?m (?:clear|sure)\b|\bif i'?ve got (?:any of )?(?:that|this|it|something|anything) wrong\b|\bfair summary\?|\bdoes (?:that|this) sum (?:it|things) up\b/, reason: 'so-im-clear', words: 'clear sure wrong summary sum' },
  // "Did I miss anything?" "have I missed something"
  { match: /\b(?:did|have) i (?:miss|missed|leave|left) (?:anything|something|out)\b/, reason: 'did-i-miss-anything', words: 'miss missed leave left' },
])

// A reflection asked back as a question: "So your team is doing it by hand until Monday?"
const reflection = /^(?:(?:okay|ok|right|yeah|um|uh|oh|and|alright|mm|hmm|well)[ ,.]+)*so,? (?:you'?re|you'?ve|you|your|the|it'?s|that'?s|they'?re|they)\b(?! (?:can|could|should|will|'ll|want)\b)/
// "…that's the stretch where everything just stops, right?" (not "that's right", "all right")
const tag = /(?:,|\b(?:you|your|you'?re|you'?ve|they|it|that|them|there)\b[^,?]*,?) (?:right|correct|yeah|yes|no)\?\s*$/
// Speech-to-text: "so youre doing it all by hand right"
const spokenTag = /\s(?:right|correct)\s*$/

/** Checks whether the team member understood the customer right. */
export const check: Detector = {
  id: 'check',
  role: 'team',
  description: 'Checks whether they understood the customer right',
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const info = textOf(utterance.text)
      const found = firstIn(phrases, utterance.text, info.lower)
      if (found) {
        report({ utterance: utterance.index, span: found.span, reason: found.reason })
        continue
      }
      for (const sentence of info.sentences) {
        const lower = info.lower.slice(sentence.start, sentence.end)
        const punctuated = lower.trimEnd().endsWith('?')
        const reflective = reflection.test(lower)
        if (punctuated && (reflective || (tag.test(lower) && !/\b(?:that'?s|all|alright) right\?\s*$/.test(lower)))) {
          report({ utterance: utterance.index, span: [sentence.start, sentence.end], reason: reflective ? 'reflective-question' : 'tag-question' })
          break
        }
        if (!/[.!?]/.test(lower) && reflective && spokenTag.test(lower) && !/\b(?:that'?s|all) right\s*$/.test(lower)) {
          report({ utterance: utterance.index, span: [sentence.start, sentence.end], reason: 'tag-question' })
          break
        }
      }
    }
  },
}
