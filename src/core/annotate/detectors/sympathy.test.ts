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
  ],
  passes: [
    `Sam: My dog died yesterday. {hardship}
     Dana: Oh no, losing him right before the move must make the house feel empty. {reaction,interpretation}`,
    `Dana: That's a poor result for the quarter.`,
    `Dana: Bless is the name of our new module.`,
    `Sam: Thursday doesn't work for me, sorry.
     Dana: Ah, that's a shame. Friday at ten?`,
  ],
})
