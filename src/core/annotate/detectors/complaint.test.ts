import { testDetector } from '../../../../test/detector-tester.js'
import { complaint } from './complaint.js'

testDetector(complaint, {
  flags: [
    // labels.md's example
    { conversation: `Sam: Your technician never showed up.`, hits: ['#0 “Your technician never showed up” your-side-failed'] },
    { conversation: `Sam: the app keeps crashing every time i open it`, hits: ['#0 “keeps crashing” keeps-failing'] },
    { conversation: `Sam: we were charged twice for the annual plan`, hits: ['#0 “charged twice” billing-error'] },
    { conversation: `Sam: And your app charged me the delivery fee twice.`, hits: ['#0 “charged me the delivery fee twice” billing-error'] },
    { conversation: `Sam: nobody called back`, hits: ['#0 “nobody called” nobody-responded'] },
    { conversation: `Sam: its been three weeks and nobody has come out to assess the house`, hits: ['#0 “nobody has come” nobody-responded'] },
    { conversation: `Sam: This is the fourth time I've called about this.`, hits: ['#0 “fourth time” waiting'] },
    { conversation: `Sam: my customers are emailing me screenshots of your error page`, hits: ['#0 “your error” product-failure'] },
    { conversation: `Sam: My order arrived today with the chicken warm and the cake mix missing.`, hits: ['#0 “arrived today with the chicken warm” service-failure'] },
    { conversation: `Sam: eighteen percent up on last year without so much as a phone call`, hits: ['#0 “eighteen percent up” billing-error'] },
    { conversation: `Sam: The invoice still shows our old address, even though I changed it in March.`, hits: ['#0 “still shows our old” product-failure'] },
    { conversation: `Sam: you guys lost our order`, hits: ['#0 “you guys lost” service-failure'] },
    { conversation: `Sam: The product doesn't do what your sales guy promised.`, hits: ['#0 “your sales guy promised” broken-promise'] },
    { conversation: `Sam: And while we're at it, your app wipes the roof designs whenever the lads lose signal.`, hits: ['#0 “your app wipes” your-product-failed'] },
    { conversation: `Sam: Your website says compassionate refunds are available.`, hits: ['#0 “Your website says” your-side-failed'] },
    { conversation: `Sam: Morning, today's delivery has rapeseed oil, we ordered sunflower. Order 55120.`, hits: ['#0 “we ordered sunflower” wrong-order-or-bill'] },
    { conversation: `Sam: You've put us up from £189 to £249 a month and nobody said a word.`, hits: ['#0 “put us up from £189 to” left-uninformed'] },
    { conversation: `Sam: Mate, you're flogging me a mini box. Cancel it.`, hits: ["#0 “you're flogging” harm-or-reproach"] },
    { conversation: `Sam: Now I'm being told it's my fault on top of everything.`, hits: ["#0 “being told it's my fault” harm-or-reproach"] },
    { conversation: `Sam: Parcel DX44719 says delivered yesterday. It wasn't.`, hits: ['#0 “says delivered” harm-or-reproach'] },
    { conversation: `Sam: we dont have an it contact thats literally why we pay you`, hits: ['#0 “thats literally why we pay you” harm-or-reproach'] },
    { conversation: `Sam: You put the price up without telling anyone.`, hits: ['#0 “put the price up without telling” harm-or-reproach'] },
  ],
  passes: [
    `Sam: Honestly that one was my fault, I typed the wrong date.`,
    `Sam: Can reminders go out 48 hours before instead of 24?`,
    `Sam: Our own firewall blocked the webhook, we fixed it.`,
    `Sam: The claims team has been waiting for this since January.`,
    // labels.md's near miss: the customer's own systems
    `Sam: Our own server went down.`,
    `Sam: my laptop crashed again this morning`,
    `Sam: Honestly that one was my mistake, I typed the wrong email.`,
    // a failure that has not happened is a request for reassurance
    `Sam: What if it doesn't work at our scale?`,
    `Sam: I'm worried about launching and then being stuck when it goes wrong.`,
    // someone leaving is not a product being "gone"; a plan being "on hold" is not a support queue
    `Sam: My VP is gone too.`,
    `Sam: We've put the project on hold until spring.`,
    `Sam: im meant to be on leave from tomorrow`,
    `Sam: no god no okay lets fix the row and try again`,
    `Dana: Your order never arrived? Let me check.`,
  ],
})
