import { testDetector } from '../../../../test/detector-tester.js'
import { adviceFirst } from './advice-first.js'

testDetector(adviceFirst, {
  flags: [
    {
      conversation: `
        Sam: Your app logged me out three times today, I'm losing it. {complaint,emotion}
        Dana: Please clear your cache and try again.`,
      hits: ['#1 “Please clear” instruction (cue #0)'],
    },
    {
      // speech-to-text, no apostrophes needed
      conversation: `
        Sam: the invoice is wrong again seriously {complaint,emotion}
        Dana: okay so you'll need to raise a dispute through the billing portal`,
      hits: ["#1 “you'll need to raise” you-can (cue #0)"],
    },
    {
      conversation: `
        Sam: I was charged a cancellation fee I never agreed to. {complaint}
        Dana: Unfortunately the cancellation fee is in our terms and conditions.`,
      hits: ['#1 “our terms” policy (cue #0)'],
    },
    {
      conversation: `
        Sam: I've waited two weeks for the refund! {complaint,emotion}
        Dana: Refunds are processed within 14 business days.`,
      hits: ['#1 “are processed within” policy (cue #0)'],
    },
    {
      // labels.md: a stock line is no acknowledgement, so it still goes to the fix first
      conversation: `
        Sam: The dashboard is blank. {complaint}
        Dana: I'm sorry about that, I'll reset your workspace now. {boilerplate}`,
      hits: ["#1 “I'll reset” fix-offered (cue #0)"],
    },
    {
      // a price rise justified, with an adverb and an adjective in the way
      conversation: `
        Sam: Twelve percent more this year? That's outrageous. {complaint,emotion}
        Dana: So the new price just reflects the modules we rolled out in spring.`,
      hits: ['#1 “the new price just reflects” explanation (cue #0)'],
    },
    {
      // the fix first, the acknowledgement after it (gold/README 5)
      conversation: `
        Sam: It logged me out again mid-interview, I could scream. {complaint,emotion}
        Dana: That's a browser setting: allow cookies under Privacy. Sorry, I know that's one more fiddly thing on a bad morning. {reaction}`,
      hits: ["#1 “That's a browser setting” explanation (cue #0)"],
    },
    {
      conversation: `
        Sam: You debited me twice and I'm furious. {complaint,emotion}
        Dana: I understand your frustration. To claim the fee back I'll need you to complete a declaration online.`,
      hits: ["#1 “I'll need you to” need-you-to (cue #0)"],
    },
  ],
  passes: [
    // an acknowledgement that opens the reply answers the cue, whatever follows
    `Sam: The crew never came and I took the day off. {complaint,emotion}
     Dana: Oh no, a whole day off for nothing, that's maddening. You can rebook from the app. {reaction}`,
    `Sam: My daughter graduates tomorrow and I'm so proud. {emotion,personal}
     Dana: As you should be! Take tissues.`,
    `Sam: The router keeps dropping, I'm at my wits' end. {complaint,emotion}
     Dana: Two weeks of that with you working from home sounds miserable. {interpretation}`,
    // a question to diagnose is no fix (it is still a missed cue, for missed-cue)
    `Sam: The router keeps dropping, I'm so annoyed. {complaint,emotion}
     Dana: What model is it?`,
    // only emotion and complaint cues: after personal news the push is agenda-push's
    `Sam: My kid is sick so I'm working from home. {personal}
     Dana: Please restart the router.`,
    // acknowledged first; the fix in the next turn is fine
    `Sam: The export failed again. {complaint}
     Dana: Oh no, after you rebuilt the report twice already. {reaction}
     Dana: Please clear your cache.`,
    // asking for details to find the account is not advice
    `Sam: im losing my mind here {emotion}
     Dana: i understand your frustration can you confirm the email on the account {boilerplate}`,
  ],
})
