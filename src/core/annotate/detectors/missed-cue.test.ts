import { testDetector } from '../../../../test/detector-tester.js'
import { missedCue } from './missed-cue.js'

testDetector(missedCue, {
  flags: [
    {
      conversation: `
        Sam: Rough weekend, my kid had the flu. {personal}
        Dana: Great! So, the agenda for today.`,
      hits: ['#1 “Great! So, the agenda for today.” no-acknowledgement (cue #0)'],
    },
    {
      // speech-to-text: the backchannel is skipped, the next team turn is judged
      conversation: `
        Sam: honestly im so fed up we have been down since monday and nobody calls back {emotion,complaint}
        Dana: mm-hmm
        Dana: okay can i get your account number`,
      hits: ['#2 “okay can i get your account number” no-acknowledgement (cue #0)'],
    },
    {
      // labels.md: a stock line alone is no acknowledgement
      conversation: `
        Sam: Your technician never showed up and I took the afternoon off for it. {complaint}
        Dana: I'm sorry for any inconvenience. Let me check the schedule. {boilerplate}`,
      hits: ["#1 “I'm sorry for any inconvenience. Let me check the schedule.” boilerplate-only (cue #0)"],
    },
    {
      // later replies do not repair a missed cue; the second cue is judged on its own reply
      conversation: `
        Sam: We had layoffs on Monday. {hardship}
        Dana: Okay. Do you have the PO number?
        Sam: Here it is.
        Dana: I'm so sorry about the layoffs, how are you holding up? {reaction,exploration}
        Sam: Honestly I'm shattered. {emotion}
        Dana: Right, and the renewal date is the 30th.`,
      hits: ['#1 “Okay. Do you have the PO number?” no-acknowledgement (cue #0)', '#5 “Right, and the renewal date is the 30th.” no-acknowledgement (cue #4)'],
    },
  ],
  passes: [
    `Sam: Rough weekend, my kid had the flu. {personal}
     Dana: Oh no, is everyone on the mend? {reaction,exploration}`,
    `Sam: I'm fed up with the outages. {emotion}
     Dana: Three this month, that would wear anyone down. {interpretation}
     Dana: Let's look at the logs.`,
    // pity notices the cue, badly: sympathy, not missed-cue (labels.md)
    `Sam: My dad passed away last week. {hardship}
     Dana: Oh you poor thing. {sympathy}`,
    // hesitation and reassurance are not cues a reply must acknowledge
    `Sam: Honestly it works well enough for now. {hesitation}
     Dana: Sure, let's talk pricing.`,
    `Sam: The invoice number is 4471.
     Dana: Thanks, pulling it up now.`,
    // a cue at the very end has no reply to judge
    `Dana: Anything else before we wrap up?
     Sam: Just that I'm exhausted, that's all. {emotion}`,
    // a relevant story of one's own shows the cue landed
    `Sam: I'm moving house on Friday, it's chaos. {personal,emotion}
     Dana: I moved in March and the last week was relentless. We can keep this short. {self-disclosure}`,
    // the check counts as an acknowledgement
    `Sam: We lost two days of orders. {complaint}
     Dana: Two full days, so your team is re-keying everything by hand? {check}`,
  ],
})
