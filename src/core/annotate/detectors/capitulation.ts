import type { Conversation } from '../../conversation.js'
import type { LabelId } from '../../labels.js'
import type { Detector } from '../detector.js'
import { compile, gist, quote, repliesToCues } from '../lexicon/failures.js'

// Retreat: giving up the conversation, handing over control with nothing asked or held up.
const retreat = compile([
  // "No pressure at all."
  { match: 'no (?:problem|problems|worries|worry|pressure|rush|hurry|stress|obligation)(?: at all)?', reason: 'no-pressure' },
  // "Reach out whenever you're ready."
  { match: "(?:reach out|get in touch|let me know|give (?:me|us) a (?:call|shout|ring)|ping me|call me|drop me a line|come back to (?:me|us)|just holler)(?: (?:to me|with us|again))? (?:whenever|when(?:ever)? you'?re ready|if (?:anything|things|that) changes?|if you change|when the time|any ?time|in the future|down the (?:road|line)|when(?:ever)? (?:it|that) (?:suits|works|makes sense))", reason: 'reach-out-whenever' },
  // "Whenever you're ready."
  { match: "whenever (?:you'?re|you are|you feel) ready|whenever (?:suits|works|you like|you want)|in your own time|(?:you )?reach out whenever|take (?:all )?(?:the|your) time(?: you need)?", reason: 'whenever-ready' },
  // "I'll send some info over."
  { match: "(?:i'?ll|i will|let me|i can) (?:just )?(?:send|email|drop|shoot|forward|leave) (?:you |over |across )?(?:some|a few|the|an?|our|my) ?(?:more )?(?:info|information|materials?|brochures?|decks?|details|one-?pagers?|case stud(?:y|ies)|links?|pdfs?|overview|literature|resources)", reason: 'send-info' },
  // "I'll check back in next quarter."
  { match: "(?:i'?ll|i will|we'?ll|we will|we can|let'?s|i can) (?:just )?(?:check|circle|follow|touch) (?:back|base|in|up)(?: with you)? (?:in|next|after|later|down the|sometime|another|at some)|circle back (?:later|next|in|another)|(?:maybe|perhaps) (?:next|in a few|later|down the|another)|another time|(?:we can|let'?s) (?:revisit|pick this up|talk|reconnect|look at (?:it|this) again|park (?:it|this)) (?:later|next|in|another|down|when|whenever|after|some)", reason: 'check-back-later' },
  // "Happy to wait until you're ready." "I'll give you a call in Q3."
  { match: "(?:happy to|i can|we can|i'?ll) wait|(?:i'?ll|i will|we'?ll) (?:give you a (?:call|ring|shout)|call you|reach out|ping you|be in touch|get in touch|email you) (?:again )?(?:in|next|after|later|around|sometime|towards|once)", reason: 'check-back-later' },
  // "I'll put a note to call you in Q3.": accepting the stall by moving the date out.
  { match: "(?:call|contact|ping|email|reach out to|follow up with|touch base with) you (?:again )?(?:in|after|around|towards|come) (?:q[1-4]|the new year|the spring|the autumn|the fall|the summer|a (?:few|couple of) (?:weeks|months)|\\w+ months|next (?:year|quarter|month|term)|january|february|march|april|may|june|july|august|september|october|november|december)", reason: 'check-back-later' },
  // "Thanks anyway, maybe another time."
  // "That's your call." "I'll just pop you in for a follow-up in September."
  { match: "(?:that'?s|it'?s|thats|its) (?:entirely |completely |totally |absolutely )?your (?:call|choice|decision)(?= *(?:[.,!;]|$| and| if))|(?:pop|put|pencil|stick) you (?:in|down) for (?:a )?(?:follow[- ]up|call|chat|catch[- ]up|check[- ]in)", reason: 'your-call' },
  // "Thanks anyway."
  { match: "thanks anyway|thank you anyway|no harm in asking|worth a shot|(?:maybe |perhaps )?(?:another|some other) time", reason: 'thanks-anyway' },
  // "I won't push."
  { match: "i won'?t (?:push|pressure|bother|keep|hold|chase)|(?:i )?don'?t want to (?:push|pressure|rush|be pushy)|i'?ll leave (?:it|you|that) (?:with you|to it|there)|the ball(?:'?s| is) in your court|i'?ll (?:let you go|get out of your hair)", reason: 'wont-push' },
  // "Whatever you think is best." "Whatever budget you have, we'll make it work."
  { match: "whatever (?:you (?:think|want|prefer|decide|feel)|budget|price|works for you|suits you)|(?:we'?ll|we will|we can|i'?ll|i will|i can) (?:always )?make it work|if it works,? it works|if it ain'?t broke|(?:we|i) can (?:do|match|drop|lower|knock|give you|throw in|waive|take) (?:a |the |it |any |some )?(?:discount|lower|cheaper|\\d+|percent|free|off)", reason: 'give-in' },
  // "Thanks for your time, have a great day."
  { match: '(?:thanks|thank you) (?:so much )?for your time|have a (?:great|good|lovely|nice|wonderful) (?:day|one|weekend|week|afternoon|evening)|talk (?:to you )?(?:soon|later)', reason: 'goodbye' },
])
// Agreement alone: a retreat only when it is the whole reply.
const agree = compile([
  { match: "(?:totally|completely|i|i totally|i completely|i fully|fully)? ?(?:understand|understood|get it|get that)|makes (?:total |complete |perfect )?sense|(?:totally |completely |very |that'?s )?fair(?: enough| point)?|that'?s (?:fine|fair|okay|ok|totally fine|understandable|no problem)|of course|sure thing|absolutely|no worries|sounds good|all good|(?:perfectly|completely|totally) fine", reason: 'agree' },
])

const firmness = ['exploration', 'challenge', 'mutual-qualification', 'check'] as const

/** Hesitation answered by retreating, with no exploration or challenge ("bad empathy"). */
export const capitulation: Detector = {
  id: 'capitulation',
  role: 'team',
  description: 'Gives in to hesitation without exploring or challenging it',
  detect({ conversation, has, report }) {
    for (const [reply, cue] of repliesToCues(conversation, has, ['hesitation'])) {
      // labels.md: exploring or challenging the hesitation is the opposite of giving in.
      if (firmness.some((label) => has(reply.index, label))) continue
      let found = retreat.first(reply.text)
      // "Totally fair! And what are your biggest pain points?": agreeing, then changing the subject, still gives in.
      if (!found) {
        const agreed = agree.first(reply.text)
        if (agreed && (agreed.span[0] <= 24 || reply.text.split(/\s+/).length <= 10)) found = agreed
      }
      if (!found) continue
      const pain = earlierPain(conversation, has, cue.index)
      report({
        utterance: reply.index,
        cue: cue.index,
        span: found.span,
        reason: found.reason,
        message: `${quote(cue.text)} got “${found.text}”: the reply gives in without asking why or holding up what it costs them.`,
        suggestion: pain
          ? `Hold up what they told you: “That makes sense. You did mention ${gist(pain.text)}; is that something you're happy to keep living with?”`
          : `Explore the hesitation before retreating: “When you say ${gist(cue.text)}, what's behind that?”`,
      })
    }
  },
}

/** The latest earlier emotion or complaint cue: the cost a challenge can hold up. */
function earlierPain(conversation: Conversation, has: (utterance: number, label: LabelId) => boolean, before: number) {
  for (let i = before - 1; i >= 0; i--) if (has(i, 'emotion') || has(i, 'complaint')) return conversation.utterances[i]
  return undefined
}
