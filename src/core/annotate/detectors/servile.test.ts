import { testDetector } from '../../../../test/detector-tester.js'
import { servile } from './servile.js'

testDetector(servile, {
  flags: [
    {
      conversation: `Dana: So sorry to bother you, sorry, whatever works for you is fine, sorry again.`,
      hits: ['#0 “So sorry to bother” sorry-to-bother'],
    },
    {
      conversation: `Dana: I'm sorry, I apologise, that was my fault entirely.`,
      hits: ['#0 “sorry, I apologise” repeated-apology'],
    },
    {
      conversation: `Dana: I know you're so busy, I won't take much of your time.`,
      hits: ["#0 “I know you're so busy” dont-want-to-bother"],
    },
    {
      conversation: `Dana: whatever you prefer youre the boss`,
      hits: ['#0 “whatever you prefer” whatever-you-want'],
    },
    {
      conversation: `Dana: Sure, no pressure, whatever's easiest for you.`,
      hits: ["#0 “whatever's easiest for you” whatever-you-want"],
    },
  ],
  passes: [
    `Dana: Sorry, could you repeat the last part?`,
    // one apology for a real mistake, then the fix, is what an equal does
    `Dana: I'm sorry the delivery was late; I've refunded the fee.`,
    `Dana: Whatever the outcome, I'll send the notes by Friday.`,
  ],
})
