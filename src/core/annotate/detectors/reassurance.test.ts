import { testDetector } from '../../../../test/detector-tester.js'
import { reassurance } from './reassurance.js'

testDetector(reassurance, {
  flags: [
    // labels.md's example
    { conversation: `Sam: Before anything else I need to know this actually works at our scale.`, hits: ['#0 “need to know this” will-it-work'] },
    { conversation: `Sam: how do i know this will work for us`, hits: ['#0 “how do i know” how-do-i-know'] },
    { conversation: `Sam: Can you guarantee the go-live date?`, hits: ['#0 “Can you guarantee” guarantee'] },
    { conversation: `Sam: Do you have references we could call?`, hits: ['#0 “references” proof'] },
    { conversation: `Sam: what if it doesnt work`, hits: ['#0 “what if it doesnt” what-if'] },
    { conversation: `Sam: And if your system goes down on inspection day, then what?`, hits: ['#0 “if your system goes down on inspection day, then what” what-if'] },
    { conversation: `Sam: I'd want your failure rate first.`, hits: ['#0 “failure rate” proof'] },
    { conversation: `Sam: We've been burned before by a vendor like you.`, hits: ["#0 “been burned before” prove-it"] },
    { conversation: `Sam: Could we run a pilot first?`, hits: ['#0 “Could we run a pilot” prove-it'] },
    { conversation: `Sam: how do other schools find it`, hits: ['#0 “other schools find” proof'] },
    { conversation: `Sam: I'd need to see it cope with ninety engineers and three depots.`, hits: ['#0 “need to see it cope” prove-it'] },
    { conversation: `Sam: I need a written commitment on the fix time.`, hits: ['#0 “need a written” prove-it'] },
    { conversation: `Sam: That would help a lot. Is there a catch?`, hits: ['#0 “Is there a catch” prove-it'] },
  ],
  passes: [
    `Sam: Does it handle returns between the two shops?`,
    `Sam: Does it work with the thermal printer, the four-by-six ones?`,
    `Sam: How does the integration with Xero work?`,
    `Sam: The invoice number is 4471.`,
    `Sam: No. Fair point. Let's run the pilot in two weeks.`,
    `Sam: We copy numbers from eleven carrier portals every morning.`,
    `Sam: Can you send the contract Tuesday?`,
    `Sam: Sure, that works for us.`,
    `Dana: I can guarantee the date.`,
  ],
})
