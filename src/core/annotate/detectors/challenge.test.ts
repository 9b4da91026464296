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
    // the pain came from an earlier meeting and no hesitation was labelled: a look back plus a cost
    {
      conversation: `
        Sam: Your quote's eighty a month more per van than I'm paying now.
        Dana: In May you told me two vans were off the road for nine days over Valentine's. What did those nine days cost you?`,
      hits: ["#1 “you told me” holds-up-what-they-said"],
    },
    {
      conversation: `
        Sam: We'll probably just extend with the current supplier. {hesitation}
        Dana: Fair. Can I gently hold up the Cardiff trip, though? Eleven days and the booking walked. Is muddling through actually the cheaper option?`,
      hits: ["#1 “Can I gently hold up” holds-up-what-they-said"],
    },
  ],
  passes: [
    // a discovery question after a fact from a form: no cost of staying put
    `Sam: We run fourteen planes out of two bases.
     Dana: You said on the form you run fourteen planes. When a first officer calls in sick at 5am, what happens today?`,
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
