import { testDetector } from '../../../../test/detector-tester.js'
import { hesitation } from './hesitation.js'

testDetector(hesitation, {
  flags: [
    // labels.md's example
    { conversation: `Sam: Honestly, what we have works well enough for now.`, hits: ['#0 “works well enough” status-quo'] },
    { conversation: `Sam: It's just not a priority this quarter.`, hits: ['#0 “not a priority” not-now'] },
    { conversation: `Sam: lets circle back next quarter`, hits: ['#0 “circle back next quarter” not-now'] },
    { conversation: `Sam: that's too expensive for us`, hits: ['#0 “too expensive” price'] },
    { conversation: `Sam: Our budget is frozen until April.`, hits: ['#0 “budget is frozen” price'] },
    { conversation: `Sam: I need to think about it.`, hits: ['#0 “need to think about it” stalling'] },
    { conversation: `Sam: We're happy with our current vendor, to be honest.`, hits: ['#0 “happy with our current” status-quo'] },
    // labels.md: email plus putting off the decision is hesitation
    { conversation: `Sam: Email me something and we'll see next year.`, hits: ["#0 “Email me something and we'll see” stalling"] },
    { conversation: `Sam: I can't sign anything today.`, hits: ["#0 “can't sign” will-not-decide"] },
    { conversation: `Sam: were probably going to drop you and go back to the councils free system`, hits: ['#0 “going to drop you” will-not-decide'] },
    { conversation: `Sam: Maybe we just keep them on texts for now.`, hits: ['#0 “Maybe we just keep” putting-off'] },
    { conversation: `Sam: part of me wants to leave all this until after peak season`, hits: ['#0 “leave all this until after” putting-off'] },
    { conversation: `Sam: we're going to stick with excel for now`, hits: ['#0 “stick with excel for now” status-quo'] },
    { conversation: `Sam: We've decided to go with another vendor.`, hits: ['#0 “decided to go with another” stalling'] },
    { conversation: `Sam: Honestly, after this I'm thinking of moving all my freight to another courier.`, hits: ['#0 “thinking of moving” looking-elsewhere'] },
    { conversation: `Sam: A new system is the last thing on my mind.`, hits: ['#0 “the last thing on my mind” putting-off'] },
    { conversation: `Sam: im not signing anything this month`, hits: ['#0 “im not signing anything” will-not-decide'] },
    { conversation: `Sam: Switching feels like more hassle than it's worth.`, hits: ["#0 “more hassle than it's worth” price"] },
    { conversation: `Sam: one of the partners is saying we should just roll back to the old system`, hits: ['#0 “we should just roll back” status-quo'] },
    { conversation: `Sam: Ok thanks. Still think clinical stays on the spreadsheet for now.`, hits: ['#0 “stays on the spreadsheet” status-quo'] },
  ],
  passes: [
    `Sam: Can you keep the spreadsheet up to date until Friday?`,
    `Sam: I'll check with the team and confirm the date.`,
    `Sam: I took an unpaid day off to wait in for your technician.`,
    // labels.md's near misses: logistics, not the decision
    `Sam: Can you send the contract Tuesday?`,
    `Sam: send the deck thursday works`,
    `Sam: Email me the deck, Thursday works.`,
    `Sam: I'll let you know.`,
    `Sam: Pretty much. Three hours a week, I'd say.`,
    `Sam: I genuinely don't have time to keep going round in circles.`,
    `Sam: I'd be happy to walk you through it.`,
    `Sam: Maybe next week works better for the demo.`,
    `Dana: No pressure, it's not a priority for us either.`,
    `Sam: I'll see what I can do.`,
    `Sam: Done, it's staying put.`,
    `Sam: This is the last thing I need this morning.`,
  ],
})
