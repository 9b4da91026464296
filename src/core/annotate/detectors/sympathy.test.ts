import { testDetector } from '../../../../test/detector-tester.js'
import { sympathy } from './sympathy.js'

testDetector(sympathy, {
  flags: [
    {
      conversation: `
        Sam: My dog died yesterday. {hardship}
        Dana: Aww, you poor thing, I feel so sorry for you.`,
      hits: ['#1 “you poor thing” poor-you (cue #0)'],
    },
    {
      conversation: `
        Sam: we lost the contract {emotion}
        Dana: oh thats so sad`,
      hits: ['#1 “thats so sad” so-sad (cue #0)'],
    },
    {
      conversation: `
        Sam: Our youngest is off sick today. {personal}
        Dana: I hope your poor little boy feels better, bless him.`,
      hits: ['#1 “poor little boy” poor-you (cue #0)'],
    },
    {
      conversation: `Dana: Oh man, that's just awful, I feel terrible for you guys. So could we get it signed?`,
      hits: ['#0 “I feel terrible for you” feel-sorry-for-you'],
    },
    {
      conversation: `Dana: Dear Mr Whitfield, our hearts go out to you and your family.`,
      hits: ['#0 “our hearts go out to” heart-goes-out'],
    },
    {
      // a loose line first, the pity after it, with no cue detected
      conversation: `Dana: Aww, I know, it's heartbreaking, I feel so bad for you both.`,
      hits: ['#0 “I feel so bad for you” feel-sorry-for-you'],
    },
    {
      conversation: `Dana: It's marked urgent. Hope your poor dad's ok!`,
      hits: ['#0 “your poor dad” poor-you'],
    },
  ],
  passes: [
    // poor service is a complaint word, not pity
    `Dana: You're right that the poor service on Tuesday wasn't good enough; I've credited the visit.`,
    `Sam: My dog died yesterday. {hardship}
     Dana: Oh no, losing him right before the move must make the house feel empty. {reaction,interpretation}`,
    `Dana: That's a poor result for the quarter.`,
    `Dana: Bless is the name of our new module.`,
    `Sam: Thursday doesn't work for me, sorry.
     Dana: Ah, that's a shame. Friday at ten?`,
  ],
})
