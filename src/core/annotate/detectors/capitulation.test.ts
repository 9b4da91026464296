import { testDetector } from '../../../../test/detector-tester.js'
import { capitulation } from './capitulation.js'

testDetector(capitulation, {
  flags: [
    {
      conversation: `
        Sam: Honestly, what we have works well enough for now. {hesitation}
        Dana: Totally get it, no pressure at all, reach out whenever you're ready.`,
      hits: ['#1 “no pressure at all” no-pressure (cue #0)'],
    },
    {
      conversation: `
        Sam: it's a bit pricey for us this year {hesitation}
        Dana: no worries ill just send you some info and check back in the new year`,
      hits: ['#1 “no worries” no-pressure (cue #0)'],
    },
    {
      // caving on price is giving in too
      conversation: `
        Sam: Let's leave it till after the summer. {hesitation}
        Dana: Sure, I can knock 15% off if that helps.`,
      hits: ['#1 “I can knock 15” give-in (cue #0)'],
    },
    {
      conversation: `
        Sam: budgets frozen so not this year {hesitation}
        Dana: understood ill put a note to call you in q3`,
      hits: ['#1 “call you in q3” check-back-later (cue #0)'],
    },
    {
      conversation: `
        Sam: Let's leave it till after the summer. {hesitation}
        Dana: Okay, fair enough.`,
      hits: ['#1 “fair enough” agree (cue #0)'],
    },
    {
      conversation: `
        Sam: We'll probably just move agencies. {hesitation}
        Dana: That's your call. If you decide to, we'll send the handover docs.`,
      hits: ["#1 “That's your call” your-call (cue #0)"],
    },
    {
      conversation: `
        Sam: not this year mate budget's gone {hesitation}
        Dana: no no totally ill just pop you in for a follow up in september`,
      hits: ['#1 “pop you in for a follow up” your-call (cue #0)'],
    },
  ],
  passes: [
    // "your call" that goes on to explore is not a retreat
    `Sam: We might just stay put. {hesitation}
     Dana: That's your call, and a fair one. When you moved over, what made the old portal so hard? {exploration}`,
    // agreeing with a fact that is not a hesitation
    `Sam: We're based in Leeds.
     Dana: Sounds good, I'll call you in March.`,
    `Sam: We need to think about it. {hesitation}
     Dana: Of course. What would you need to see to feel sure? {exploration}`,
    `Sam: We're happy with our current vendor. {hesitation}
     Dana: Makes sense. You did mention their support takes three days to answer; is that still okay for you? {challenge}`,
    // not a hesitation: declining a slot is logistics (labels.md)
    `Sam: Can you send the contract Tuesday?
     Dana: No problem at all.`,
    // arguing back is not retreating (it may be a feature-dump)
    `Sam: It's too expensive right now. {hesitation}
     Dana: Our pricing includes onboarding and support, which most vendors charge extra for.`,
  ],
})
