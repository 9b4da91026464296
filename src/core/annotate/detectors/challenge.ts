import type { Conversation } from '../../conversation.js'
import type { Detector } from '../detector.js'
import { contentWords, recentCustomer, sharedWords } from '../lexicon/behaviours.js'
import { textOf } from '../text.js'

// The reply points back at what the customer told earlier: "You also told me the coordinators lose
// every morning to eleven portals." "by your own count, forty claims slipped" "You did say it's you
// at seven a.m." "When we spoke you said the AV failed" "Can I gently hold up the Cardiff trip, though?"
// "Just bear in mind the ads go live on the 1st" "Set it against the Saturdays, though"
const lookBack =
  /\byou(?:'?ve|'?d| have| had)? (?:also |did |yourself |just |already |even )*(?:mentioned|mention|said|told me|told us|were saying|described|shared|brought up|called it)\b|\bearlier you\b|\ba (?:few|couple of) minutes ago\b|\bby your own (?:count|numbers|account|estimate|reckoning)\b|\blast time (?:we spoke|you)\b|\bfrom what you(?:'ve)? (?:said|told|described)\b|\byour (?:own )?words\b|\byou did (?:say|tell|mention|describe)\b|\byou raised (?:it|that|this)\b|\btold (?:me|us) (?:about|last|that|in|when|how|their|your|they|the|you)\b|\b(?:when we (?:spoke|talked|met)|at (?:the )?(?:kickoff|kick-off|qbr|review|demo|onboarding)|in (?:the )?(?:kickoff|kick-off)|on the (?:demo|call)|from our (?:call|last [a-z]+))\b|\b(?:just )?bear in mind\b|\bset (?:it|that|this) against\b|\b(?:can|could|may) i (?:gently |just )?(?:hold|push) (?:up|on|back|one thing|something)\b|\bi'?ll hold up\b/
// The reply holds up what staying put costs: "Is that something you're okay living with?" "Is waiting
// really the lower-risk play?" "can the business afford another eleven-week queue?" "would another year of
// that be the safer choice?" "What did those nine days cost you?" "Is easy worth that risk?" "Which of
// those feels riskier?" "more of those nights or fewer?" "if that happens again in four weeks"
const costFrame =
  /\bis (?:that|this) something you'?re (?:ok|okay|happy|comfortable|fine|prepared|willing)\b|\b(?:ok|okay|happy|comfortable|fine|prepared) (?:living|to live|to keep living|to keep going) with\b|\bwhat (?:happens|does that cost|would that cost|will that cost|would it cost|does manual look like|does that look like) (?:if|you|when|next)?|\bcost of (?:waiting|doing nothing|staying|not|inaction|leaving|keeping|sticking|delaying|holding off)\b|\bif nothing changes\b|\bif things stay\b|\bwhat'?s (?:that|it|this) costing\b|\bstays? as (?:it is|they are)\b|\bif (?:we|you) (?:wait|renew|stay|keep|do nothing|hold off|leave it|put it off|push it|let it|go back)\b|\bif (?:it|this|that|they|the \w+) (?:lapses|stops|goes|looks like|stays?|remains?|keeps?|carry on|carries on|continues?|waits?)\b|\b(?:would|will|is) (?:it|that|this) (?:really )?(?:be )?worth\b|\b(?:aren'?t|isn'?t|is not|are not|not) free either\b|\banother (?:twelve|six|three|\d+) months\b|\bfor another (?:year|quarter|season|cycle)\b|\bcan i (?:push back|hold (?:something|that|this) up|challenge)\b|\bpush back (?:a little|a bit|for a second|gently)\b|\bis (?:waiting|that|it|staying|the status quo) (?:really )?worth\b|\bwould you rather\b|\bdo you (?:want|really want) to (?:go into|keep|carry on|stay)\b|\bhow long can\b|\bif (?:that'?s|that is|this is) still (?:true|the case)\b|\bwhat'?s changed\b|\b(?:really|actually|still) (?:the )?(?:cheaper|safer|safe|cheap|lower[- ]risk|less risky|riskier|easier)\b|\bthe (?:cheaper|safer|safe|lower[- ]risk|less risky) (?:option|choice|path|route|play|bet|one)\b|\bcan (?:you|the business|your team|the team|you really|they|we) afford\b|\b(?:another|more|two more|three more|four more|five more|six more) (?:year|quarter|season|month|week|night|morning|weekend|round)s? of\b|\bmore of (?:those|that|these|the same)\b|\bwhat (?:does|did|would|will|could|might) (?:that|it|this|those [a-z ]{1,20}?|the [a-z ]{1,20}?) cost (?:you|the business|your|us|them)\b|\bend up costing\b|\b(?:risking|risk) (?:that|it|this) again\b|\bworth (?:that|the|this) (?:risk|again)\b|\bworth (?:that|it) again\b|\bthat risk (?:still )?(?:running|sitting|there)\b|\bwant (?:that|this) risk\b|\bwhich (?:of those |of these |one )?(?:feels|is|seems|looks) (?:riskier|safer|cheaper|more expensive|worse)\b|\beasy to defend\b|\beasier or harder\b|\bor fewer\b|\bhappens? again\b|\bputs? you (?:right )?back\b|\bback in that\b|\bdoes (?:that|this|the) (?:number|problem|risk|cost|pain) (?:move|go away|change|stop)\b|\bdoes (?:that|this) stop\b|\b(?:a gap|something|a risk) you'?d be (?:comfortable|happy|okay|ok) with\b|\bcomfortable risking\b|\bstill (?:land|fall)s? on\b/

/** Customer words from before the hesitation: the pain the reply can hold up. */
function earlierPain(conversation: Conversation, before: number, isHesitation: (index: number) => boolean) {
  const pain = []
  for (let i = before - 1; i >= 0; i--) {
    const utterance = conversation.utterances[i]!
    if (utterance.role === 'customer' && !isHesitation(i)) pain.push(utterance)
  }
  return pain
}

/** Answers hesitation by tactfully holding up the costs or frustrations the customer shared. */
export const challenge: Detector = {
  id: 'challenge',
  role: 'team',
  description: 'Answers hesitation by holding up the costs the customer shared',
  detect({ conversation, has, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const { lower } = textOf(utterance.text)
      const recent = recentCustomer(conversation, utterance.index, 2)
      const hesitant = recent.find((customer) => has(customer.index, 'hesitation'))
      // Without hesitation only the full move counts, and it needs a look back: test the cheaper pattern first.
      const back = lookBack.exec(lower)
      if (!back && !hesitant) continue
      const cost = costFrame.exec(lower)
      if (!back && !cost) continue
      const first = recent[recent.length - 1]
      if (first === undefined) continue
      // labels.md: the costs are ones the customer shared earlier, so look before the hesitation.
      const pain = earlierPain(conversation, (hesitant ?? first).index, (i) => has(i, 'hesitation'))
      const shared = sharedWords(contentWords(lower), pain).length
      // "Before I park it, can I play back what you told me in March?": the pain came from an earlier
      // meeting, so with nothing said before the hesitation the look-back itself is the evidence.
      const answersHesitation =
        hesitant !== undefined && ((back !== null && (shared >= 1 || (pain.length === 0 && cost !== null))) || (cost !== null && shared >= 2))
      // Without a hesitation label, only the full move counts: a look back plus the cost of staying put.
      // The pain may come from an earlier meeting ("In May you told me two vans were off the road for
      // nine days. What did those nine days cost you?"), so words shared with this call are not needed,
      // except for an open "what happens when…", which is also how a discovery question starts.
      const fullMove = back !== null && cost !== null && (shared >= 2 || !cost[0].startsWith('what happens'))
      if (!answersHesitation && !fullMove) continue
      const evidence = (back ?? cost)!
      report({ utterance: utterance.index, span: [evidence.index, evidence.index + evidence[0].length], reason: back ? 'holds-up-what-they-said' : 'cost-of-staying' })
    }
  },
}
