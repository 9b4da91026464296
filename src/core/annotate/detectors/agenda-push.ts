import { acknowledgements } from '../../labels.js'
import type { Detector } from '../detector.js'
import { acknowledgement, advice, compile, cueKind, quote, repliesToCues } from '../lexicon/failures.js'

// Business pushed however kindly: timelines, the deal, decisions, booking the next step.
const strong = compile([
  // "Do you have an expected timeline for restarting?"
  { match: "time ?lines?|time-?frames?|time frames?|deadlines?|eta|expected date|go-?live|start date|launch date|cut-?off|roll-?outs?|roll out|implementation|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this week|the \\d+\\w*)|when (?:do you think |will |does |would |is |do you expect )?(?:the |your |a |a new |we )?(?:[a-z-]+ ){0,2}(?:reopens?|re-?open|restarts?|resumes?|starts?|begins?|returns?|comes? back|is back|are back|be back|back up and running|can (?:start|restart|resume|decide|sign))", reason: 'timeline' },
  // "…before the end of the month?"
  { match: '(?:before|by|at|for) (?:the )?end of (?:the |this |next )?(?:month|quarter|week|year|day|financial year|fiscal year)|(?:my|our|the) (?:month|quarter|year) (?:closes|ends|end)', reason: 'end-of-period' },
  // "What are the next steps on your side?"
  { match: 'next steps?|action items?|the agenda|our agenda|agenda (?:for|today)', reason: 'next-steps' },
  // "Would he be the one signing off?"
  { match: 'signs? off|sign(?:ing|ed)? (?:off|on|the|it|this)|budget (?:owner|holder|sign-?off|approval)|lock in|close (?:that|this|it|the \\w+) out|signatures?|contracts?|paperwork|purchase orders?|proposal|the deal|close (?:this|the deal|it out|things out)|decision-?makers?|sign-?off|approvals?|whoever(?:\'?s| is) taking over|who(?:\'?s| is) taking over|loop in|who else (?:needs|should|would|can)', reason: 'the-close' },
  // "Can we still get the demo booked for Thursday?"
  { match: "(?:can|could|shall|should) we (?:still |quickly |just |maybe )?(?:do|have|grab|get|hop on|jump on) (?:a|another) (?:quick |short |brief )?(?:call|meeting|chat|demo|catch-?up)|(?:can|could|shall|should) we (?:still |quickly |just |maybe )?(?:schedule|book|set up|lock in|pencil in|put something|get something|keep|move|plan|confirm|nail down|reschedule|find a time)|(?:schedule|book|set up|pencil in|lock in|find) (?:a|the|another|some) (?:call|meeting|demo|time|slot|session|follow-?up)", reason: 'book-next-step' },
  // "Is the project still on?" "What does this mean for the rollout?"
  { match: "still (?:on for|on track|happening|going ahead|a go|good for|planning to (?:go ahead|proceed|sign|buy)|want to (?:go ahead|proceed|sign|move forward))|(?:does|will|would) (?:this|that) (?:change|affect|impact|delay) (?:anything|the|our|your|things)|what does (?:this|that) mean for (?:the|our|your) (?:project|deal|timeline|order|contract|rollout|launch|renewal|purchase|proposal|plans?)", reason: 'still-on' },
  // "…so we can keep things on track."
  { match: 'move (?:this|things|it|forward)|moving forward|keep (?:this|things|it|everything) (?:moving|going|on track)|on track|get (?:this|it|things|everything) (?:done|signed|moving|over the line|across the line|wrapped up|finali[sz]ed)', reason: 'keep-moving' },
  // "Could we get the order form signed before you go?" "If we could get you signed by the first…"
  { match: "(?:get|getting|have|having) (?:[a-z-]+ ){0,4}signed|sign(?:ed|ing)? (?:up|before|by|this|today)|if you sign", reason: 'the-close' },
  // "…before the 20th." "…by the thirtieth." "…for the fifteenth for go live." "…before Tuesday."
  { match: "(?:before|by|for|until|from) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)|(?:twenty-?|thirty-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)|(?:before|from|until) (?:\\d{1,2} ?(?:am|pm) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the weekend)", reason: 'timeline' },
  // "…within thirty days." "You've got fourteen days from the invoice."
  { match: "within (?:\\d+|[a-z]+(?:-[a-z]+)?) (?:working |business |calendar )?(?:days|hours|weeks)|(?:\\d+|two|three|five|seven|ten|fourteen|fifteen|twenty(?:-one|-eight)?|thirty|sixty|ninety) (?:working |business |calendar )?days (?:from|of|after) (?:the|your|receipt)", reason: 'timeline' },
  // "Before you go, could you upload the references?" "Before you dash, could we pencil in Monday?"
  { match: "before you (?:go|leave|dash|head off|disappear|log off|hang up),? (?:(?:could|can|would|will|shall) (?:you|we|i)|i'?ll need|we'?ll need|let'?s)", reason: 'next-steps' },
  // "Shall we still aim for the 15th?" "Let's aim to have the pack complete."
  { match: "(?:let'?s|shall we|can we|could we|should we|we can|we could) (?:still |just |maybe )?aim (?:for|to)|(?:can|could|shall|should) we (?:still |just )?rebook|rebook you|when (?:would|do|can|will) you (?:want|like|be able)(?: [a-z]+){0,3} to start|(?:got|have) slots", reason: 'book-next-step' },
  // "Can I offer you our Flex plan?" "If we upgrade you this week…" "Could you pause instead?"
  { match: "(?:can|could|may|might) i offer you|upgrade you|(?:pause|downgrade|switch) instead|(?:upgrade|sign|start|land|close|go live|set (?:you )?up|onboard|commit)(?: [a-z]+){0,4} (?:this|next) (?:week|month|quarter)|(?:my|the) forecast|likely to land", reason: 'the-close' },
])
// Softer business talk that handing control back can excuse: "whenever you're back we can pick this up".
const soft = compile([
  // "So, when do you think you'll be back?"
  { match: "restart(?:ing)?|resum(?:e|ing)|pick (?:this|it|things|everything) (?:back )?up|get back to (?:business|it|work|this)|(?:back to|so,? about|now,? about|getting back to) (?:business|the (?:invoice|renewal|account|demo|pricing|project|rollout|agenda|proposal|contract|deal|numbers|plan|order|call|topic|migration|quote))|when (?:do you think |will )?(?:you'?ll|you will|you) be back|(?:so |but )?anyway\\b|moving on|in the meantime|meanwhile", reason: 'back-to-business' },
  // "What I need you to do is log out and back in."
  { match: "what (?:i|we) need (?:you|from you)|(?:i|we) (?:just )?need you to|(?:i|we) (?:just )?need (?:a|the|your) (?:decision|answer|confirmation|signature|go-?ahead)", reason: 'need-from-you' },
])
// Handing control back, which is what labels.md asks for after serious news.
const control = compile([
  { match: "no rush|no pressure|no hurry|whenever (?:you'?re|you are|you feel|things are) ready|take (?:all )?(?:the|your) time|in your own time|at your own pace|(?:it|that|this|everything|the rest|all of this|work) can wait|don'?t (?:worry|think) about (?:this|that|the|any|us|work)|family (?:comes )?first|(?:put|keep) (?:this|it|things|everything) on hold|(?:pause|park) (?:this|it|things|everything)|when(?:ever)? (?:it|the time|things) (?:suits|feels? right|settles|calms?)", reason: 'control' },
])

/** Serious or personal news answered by pushing the business: timelines, next steps, the close. */
export const agendaPush: Detector = {
  id: 'agenda-push',
  role: 'team',
  description: 'Pushes timelines or next steps after personal news',
  detect({ conversation, has, report }) {
    // labels.md: judged on the first reply after a hardship or personal cue.
    for (const [reply, cue] of repliesToCues(conversation, has, ['hardship', 'personal'])) {
      let found = strong.first(reply.text)
      // "No rush; when you're back we can pick this up" hands the timing back: not a push.
      if (!found && !control.first(reply.text)) found = soft.first(reply.text)
      // Straight to instructions with no word about the news pushes the task on them too.
      if (!found && !acknowledgements.some((label) => has(reply.index, label)) && !control.first(reply.text)) found = advice.first(reply.text)
      if (!found) continue
      report({
        utterance: reply.index,
        cue: cue.index,
        span: found.span,
        reason: found.reason,
        message: `After ${quote(cue.text)}, “${found.text}” pushes the business.`,
        suggestion: `Acknowledge it and hand them the timing: ${acknowledgement(cue, cueKind(has, cue))} We can pick the rest up whenever suits you.`,
      })
    }
  },
}
