import type { Detector } from '../detector.js'
import { contentWords, core, firstIn, qualifying, recentCustomer, sharedWords, withoutFillers } from '../lexicon/behaviours.js'
import { textOf } from '../text.js'
import { acknowledgedCues } from '../../labels.js'

// "What happened after that?" "How did storm season treat the claims team?" "Tell me about Monday mornings."
const open =
  /^(?:(?:can|could|would) you (?:please )?(?:tell me (?:more|a bit more|a little more|about|what|how|why|who|where)|walk me|talk me|take me|describe|explain|share (?:more|what|how)|say more|help me understand)\b|what|how|why|when|where|who|which|tell me|talk me through|walk me through|take me through|help me understand|say more|i'?m curious|i'?d love to (?:hear|know|understand)|i wonder|what'?s|how'?s|how'?d|what'?d)\b/
// "Did you have to take time off work for this?" "Are you at least sleeping in a proper bed yet?"
const closed = /^(?:did|have|has|had|are|were|was|is|does|do) (?:you|it|they|she|he|the|your|things|everyone|anyone|that|those)\b/
// Invitations that do not end in "?": "Tell me about Monday mornings."
const invitation = /^(?:tell me (?:more )?about|talk me through|walk me through|take me through|help me understand|say more about|i'?d love to hear)\b/

const invitationWords = /\b(?:tell|talk|walk|take|help|say|love) me\b|\bsay more\b|\blove to hear\b/
// Script questions that build on nothing (`generic-question` flags them): "What keeps you up at night?"
const generic =
  /\b(?:keeps? you up at night|biggest challenges?|top (?:three )?priorities|main priorities|strategic (?:goals|priorities|initiatives)|what does success look like|success look like|where do you see|in (?:five|5|ten|10) years|pain points?|your needs|your (?:[a-z]+ )?goals|(?:a |the )?great year for you|how'?s the (?:month|week|year|term|day|quarter) (?:treating|going)|your initiatives|top (?:[a-z]+ )?(?:priorities|goals|initiatives|objectives|challenges)|(?:biggest|main|key) (?:[a-z]+ )?(?:goals|initiatives|objectives)|what would you say (?:are|is)|anything else|any other questions|any questions|how can i help|what can i do for you|what brings you|how are you (?:today|doing today)|how'?s it going|how are things|how'?s business|about your (?:business|company|role|initiatives))\b/
// labels.md rule 31: factual set-up and technical diagnostics are not exploration: "Have you tried restarting it?"
// "What does the error say?" "Which bank is the client with?" "What's the new address?" "Did you know we also do…?"
const diagnostic =
  /\bhave you tried\b|\berror (?:say|message|code)\b|\b(?:invoice|order|account|reference|ticket|device|serial|policy|booking|tracking|po) (?:number|id|no)\b|\baddress\b|\bwhich (?:bank|invoice|browser|version|device|model|labels?|plan|account|printer|phone|app)\b|\bdid you know\b|\bdo you want it (?:addressed|sent|posted|emailed)\b|\bthe earliest\b|\b(?:is|are) the [a-z]+ (?:yours|theirs)\b/
// Holding up a cost the customer told earlier is `challenge`, not exploration: "You said you were in until 2am
// most of April. What did those late nights cost you?" "you told me… Do you want that risk running?"
const costQuestion = /\bcosts? (?:you|your|the business|us)\b|\bthat risk\b|\briskier\b|\bcheaper\b|\bwhat happens (?:to|if|when)\b/
// Weighing options the rep set out is `challenge` or a pitch: "Which of those feels riskier?" "Which of those interests you?"
const weighing = /\b(?:riskier|cheaper|safer)\b|\bwhich of (?:those|these) (?:interests?|appeals?)\b/

// Requests, business chasing and the close are not exploration (`agenda-push`, `needy`): "When do you expect the freeze to lift?"
const business =
  /\b(?:expect|expected|timeline|timeframe|time frame|proposal|contract|paperwork|demo|quote|discount|sign|signed|signing|purchase|go ahead|move forward|next steps?|pencil|slot|diary|calendar|any (?:news|update)|how (?:does|do|is|about) (?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|week|weekend|morning|afternoon|time)|(?:works?|suits?) for you|get a chance|have a chance|our (?:new )?(?:release|product|platform|tool|app|feature)s?|confirm|verify)\b/
// Questions that hold up a cost or ask for a commitment (`challenge`): "Do you want to go into peak with the spreadsheet as it is?"
const pressing = /^(?!(?:can|could|would) you (?:please )?(?:tell me (?:more|a bit more|a little more|about|what|how|why|who|where)|walk me|talk me|take me|describe|explain|share (?:more|what|how)|say more|help me understand)\b)(?:if\b|would you rather|do you want (?:me )?to|would you like me to|want me to|is (?:waiting|that|this|it) (?:really )?worth|are you (?:ok|okay|happy|comfortable|fine|willing|able|ready|free|available)\b|can (?:you|i|we)|could (?:you|i|we)|would you|will you|shall|should (?:i|we)|may i|do you need|do you have (?:time|a minute)|did you (?:get|see|receive|read|look|manage|try))/
// The question refers back to what they said: "How did that conversation with her go?"
const anaphora = /\b(?:that|it|this|those|these|they|them|her|him|she|he|there)\b/
// The question asks how they are: "How are you holding up?" "how's the team taking it" "how is your dad getting on?"
// "are you and everyone in the house okay?"
const feelings = /\b(?:holding up|coping|taking it|feel|feeling|felt|like for you|been like|was (?:that|it) like|on you|treat(?:ed|ing)?|getting on|bearing up|going (?:yourself|for you)|doing (?:with|yourself)|(?:you|everyone|everybody)(?: [a-z]+){0,5} (?:ok|okay|alright|safe))\b/
// The utterance itself builds on something said before: "Last time you said you were moving, did it happen?"
const callback = /\b(?:you (?:said|mentioned|told me|were saying)|your (?:email|message|note|last email) (?:said|mentioned)|last time (?:we spoke|you)|you'?d mentioned)\b/

// "What I need you to do is log out": a wh-word that opens a statement, not a question.
const statement = /^(?:what|how|when|where|why) (?:i|we|i'?m|i'?ll|we'?ll|i'?d|we'?d|i'?ve|we'?ve|you need to|you'?ll)\b|^how (?:many|much)\b|^(?:is|was|does) (?:that|this|it)\b/
// "Are you sending it to an accountant or importing it yourself?": a choice question opens up like an open one.
const choice = /\bor\b/

/** The clauses of a sentence, split at commas, colons and semicolons. */
function clauses(text: string): string[] {
  const parts = text.split(/[,:;]\s*/).map((part) => withoutFillers(part.trim())).filter(Boolean)
  return parts.length > 1 ? [text, ...parts] : [text]
}

/** A specific, open follow-up about the customer's situation, feelings or world. */
export const exploration: Detector = {
  id: 'exploration',
  role: 'team',
  description: 'Specific open follow-up that builds on what the customer said',
  detect({ conversation, has, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const info = textOf(utterance.text)
      const invites = invitationWords.test(info.lower)
      if (!invites && !info.sentences.some((sentence) => sentence.isQuestion)) continue
      // A question that also qualifies the deal is `mutual-qualification`: "So does that change who signs off? Is your VP still there?"
      if (firstIn(qualifying, utterance.text, info.lower)) continue
      const called = callback.test(info.lower)
      for (const sentence of info.sentences) {
        if (!sentence.isQuestion && !invites) continue
        const lower = info.lower.slice(sentence.start, sentence.end)
        // "Last time you said you were moving, did it happen in the end?": the question may sit in the last clause.
        const asked = clauses(core(info.lower, sentence)).find((clause) => invitation.test(clause) || (sentence.isQuestion && (open.test(clause) || closed.test(clause))))
        if (asked === undefined) continue
        const isInvitation = invitation.test(asked)
        const isOpen = isInvitation || open.test(asked) || (closed.test(asked) && choice.test(asked))
        // "If next spring looks like this one, what does manual look like?" holds up a cost (`challenge`).
        if (pressing.test(core(info.lower, sentence)) || pressing.test(asked) || statement.test(asked) || generic.test(lower) || business.test(lower) || diagnostic.test(lower)) continue
        if ((called && costQuestion.test(lower)) || weighing.test(lower)) continue
        const customer = recentCustomer(conversation, utterance.index, 3)
        const answered = customer[0]
        const echo = sharedWords(contentWords(lower), customer).length > 0
        // labels.md: a follow-up on a cue is about their world even when it brings new words.
        const afterCue = answered !== undefined && acknowledgedCues.some((cue) => has(answered.index, cue))
        const specific = echo || called || afterCue || feelings.test(asked) || (isOpen && anaphora.test(asked))
        if (!specific) continue
        const reason = feelings.test(asked) ? 'feelings-question' : isOpen ? 'open-follow-up' : 'specific-follow-up'
        report({ utterance: utterance.index, span: [sentence.start, sentence.end], reason })
        break
      }
    }
  },
}
