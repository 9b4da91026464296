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
