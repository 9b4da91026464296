import { testDetector } from '../../../../test/detector-tester.js'
import { challenge } from './challenge.js'

testDetector(challenge, {
  flags: [
    {
      conversation: `
        Sam: Ravi loses six hours every Monday to the workbook. {emotion}
        Dana: Six hours, ouch.
        Sam: Honestly, what we have works well enough for now. {hesitation}
        Dana: Makes sense. You did mention Ravi loses six hours every Monday to that workbook; is that something you're happy to keep living with?`,
      hits: ["#3 “You did mention” holds-up-what-they-said"],
    },
    {
      conversation: `
        Sam: We lost two years of X-rays in the last migration. I still think about it. {emotion}
        Dana: That stays with you.
        Sam: Maybe we just keep the server in the back room. It's worked for eight years. {hesitation}
        Dana: It has. It's also one machine, and you've just told me what losing the X-rays felt like. Is another year of that risk something you're comfortable carrying?`,
      hits: ["#3 “you've just told me” holds-up-what-they-said"],
    },
    // the pain was shared in an earlier meeting: the reply restates it and asks what changed
    {
      conversation: `
        Sam: Our process works well enough, let's reconnect in Q1. {hesitation}
        Dana: Before I park it, can I play back what you told me in March? Close takes four days of keying. If that's still true, what's changed since then?`,
      hits: ["#1 “you told me” holds-up-what-they-said"],
    },
    // speech-to-text
    {
      conversation: `
        Sam: the manual reconciliation eats two days every month {complaint}
        Dana: that sounds painful
        Sam: i think well just renew as is {hesitation}
        Dana: fair but you said the reconciliation eats two days every month what happens if nothing changes`,
      hits: ["#3 “you said” holds-up-what-they-said"],
    },
  ],
  passes: [
    // capitulation: gives in
    `Sam: Ravi loses six hours every Monday. {emotion}
     Dana: That's a lot.
     Sam: We'll renew as is. {hesitation}
     Dana: Totally get it, no pressure, reach out whenever you're ready.`,
    // a look back with no hesitation to answer and no cost held up
    `Sam: Ravi loses six hours every Monday.
     Dana: Understood.
     Sam: Can you send the contract Tuesday?
     Dana: You mentioned Ravi's Mondays, so I'll include that in the summary.`,
    // nothing earlier to hold up
    `Sam: I'm not sure about the price. {hesitation}
     Dana: You said the price matters, so let's look at a smaller tier.`,
  ],
})
