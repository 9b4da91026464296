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
  ],
  passes: [
    // one plain follow-up with a concrete proposal is business, not chasing
    `Dana: Hi Sam, following up on the proposal. Does Tuesday at 10 work for a call?`,
    `Dana: That would help me understand your setup, so can you walk me through it?`,
    // pushing the signature after news is agenda-push's business
    `Dana: Could we get the order form signed this week?`,
  ],
})
