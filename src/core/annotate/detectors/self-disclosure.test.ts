import { testDetector } from '../../../../test/detector-tester.js'
import { selfDisclosure } from './self-disclosure.js'

testDetector(selfDisclosure, {
  flags: [
    {
      conversation: `
        Sam: Month-end is dread for the whole team. {emotion}
        Dana: I ran accounts at an agency for four years, so I know that first-of-the-month dread.`,
      hits: ["#1 “I ran accounts at an agency for four years” own-past"],
    },
    {
      conversation: `
        Sam: The sensor keeps waking me at 3am. {emotion}
        Dana: I'm type 1 too, and those alarms are grim.`,
      hits: ["#1 “I'm type 1 too” own-past"],
    },
    {
      conversation: `
        Sam: The warden's been round twice. {emotion}
        Dana: My brother's a builder, so I know a second lap means a fine.`,
      hits: ["#1 “My brother's a” family-experience"],
    },
    {
      conversation: `
        Sam: Q4 was brutal. {emotion}
        Dana: I had a quarter like that last year, it's brutal.`,
      hits: ["#1 “I had a quarter like that” same-experience"],
    },
    {
      conversation: `
        Sam: My mum is in hospital. {hardship}
        Dana: My mum went through the same last spring.`,
      hits: ["#1 “My mum went” family-experience"],
    },
    {
      conversation: `
        Sam: We moved house and office the same fortnight. {personal}
        Dana: I did that once during a quarter end and swore never again.`,
      hits: ["#1 “I did that once” same-experience"],
    },
    {
      conversation: `
        Sam: I'm worn out. {emotion}
        Dana: I've been there.`,
      hits: ["#1 “I've been there” been-there"],
    },
    {
      conversation: `
        Sam: We've had weeks like this all quarter. {emotion}
        Dana: Honestly, I've had weeks like that too.`,
      hits: ["#1 “I've had weeks like that” same-experience"],
    },
    // speech-to-text
    {
      conversation: `
        Sam: the payroll glitch scared me {emotion}
        Dana: when i did payroll at a nursery years ago we had the same glitch`,
      hits: ["#1 “when i did payroll at a” when-i"],
    },
    {
      conversation: `
        Sam: losing two teaching assistants is awful
        Dana: i actually worked in a school office before this so i know what a cut like that does`,
      hits: ["#1 “i actually worked” own-experience"],
    },
  ],
  passes: [
    // the rep's own action today, not an experience
    `Sam: Did you get my email?
     Dana: I was on the phone to dispatch for an hour, they'll be there at nine.`,
    // the team member's own work on the case is not a disclosure
    `Sam: The invoice is wrong. {complaint}
     Dana: I had a look at your account and fixed it.`,
    `Sam: Can you call me?
     Dana: I remember to call on Tuesdays.`,
    `Sam: Why did it fail?
     Dana: When I was checking the logs I saw a timeout.`,
  ],
})
