import { testDetector } from '../../../../test/detector-tester.js'
import { needy } from './needy.js'

testDetector(needy, {
  flags: [
    {
      conversation: `Dana: Hi Sam, just circling back on my last email. Any update?`,
      hits: ['#0 “just circling back” checking-in'],
    },
    {
      conversation: `Dana: Could you sign by Friday? It would really help me hit my quota this quarter.`,
      hits: ['#0 “It would really help me” help-me'],
    },
    {
      conversation: `Dana: I've called you three times this week, please just let me know.`,
      hits: ["#0 “I've called you three times” repeated-chasing"],
    },
    {
      // speech-to-text
      conversation: `Dana: if you could let me know by friday that would be amazing were trying to hit our q2 number`,
      hits: ['#0 “hit our q2 number” own-quota'],
    },
    {
      // the rep's own period and target, no "help me"
      conversation: `Dana: shall i pencil in monday to get the paperwork over the line its the last week of my quarter`,
      hits: ['#0 “my quarter” own-quota'],
    },
    {
      conversation: `Dana: Could we get it signed before the thirtieth? My manager's been all over me.`,
      hits: ["#0 “My manager's been all over me” manager-pressure"],
    },
    {
      conversation: `Dana: And if you could rate me 5 stars that'd really help!`,
      hits: ['#0 “rate me 5” rating-plea'],
    },
    {
      conversation: `Dana: Hi Sam, me again, so sorry to keep nudging!`,
      hits: ['#0 “me again” repeated-chasing'],
    },
  ],
  passes: [
    // the rep doing the favour, and a thread that must not get buried, are not pleas
    `Dana: I can hold the discount until then as a favour.`,
    `Dana: I'll write to you separately so the news doesn't get buried under a renewal.`,
    `Dana: How did your month go?`,
    // one plain follow-up with a concrete proposal is business, not chasing
    `Dana: Hi Sam, following up on the proposal. Does Tuesday at 10 work for a call?`,
    `Dana: That would help me understand your setup, so can you walk me through it?`,
    // pushing the signature after news is agenda-push's business
    `Dana: Could we get the order form signed this week?`,
  ],
})
