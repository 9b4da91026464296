import { testDetector } from '../../../../test/detector-tester.js'
import { check } from './check.js'

testDetector(check, {
  flags: [
    {
      conversation: `
        Sam: I keep phoning people who took a day off for an install.
        Dana: So you end up as the public face of somebody else's slip. Is that how it lands for you?`,
      hits: ["#1 “Is that how it lands for you” is-that-right"],
    },
    {
      conversation: `
        Sam: The crashes eat the whole afternoon.
        Dana: So it's the time you don't have this week. Fair?`,
      hits: ["#1 “. Fair?” fair-tag"],
    },
    {
      conversation: `
        Sam: The export breaks every Monday.
        Dana: So it breaks every Monday and Ravi rebuilds it. Did I get that right?`,
      hits: ["#1 “Did I get that right” did-i-get-that-right"],
    },
    {
      conversation: `
        Sam: We are behind on close.
        Dana: Correct me if I'm wrong, but the close is what's hurting most.`,
      hits: ["#1 “Correct me if I'm” correct-me"],
    },
    {
      conversation: `
        Sam: We need it by Friday.
        Dana: Am I reading that right, Friday is the hard stop?`,
      hits: ["#1 “Am I reading that right” am-i-reading-that-right"],
    },
    {
      conversation: `
        Sam: I've had four outages and the same advice three times.
        Dana: Four outages and the same advice. Have I got that right?`,
      hits: ["#1 “Have I got that right” did-i-get-that-right"],
    },
    {
      conversation: `
        Sam: Our team is doing it by hand until Monday.
        Dana: So your team is doing it by hand until Monday?`,
      hits: ["#1 “So your team is doing it by hand until Monday?” reflective-question"],
    },
    {
      conversation: `
        Sam: Close takes nine days.
        Dana: That's the stretch where everything else stops for you, right?`,
      hits: ["#1 “That's the stretch where everything else stops for you, right?” tag-question"],
    },
    {
      conversation: `
        Sam: We need it by Friday.
        Dana: Just so I'm clear, you need it by Friday?`,
      hits: ["#1 “Just so I'm clear” so-im-clear"],
    },
    // speech-to-text
    {
      conversation: `
        Sam: the clerks key every invoice
        Dana: so youre keying every invoice by hand right`,
      hits: ["#1 “so youre keying every invoice by hand right” tag-question"],
    },
    {
      conversation: `
        Sam: i lost a sunday to it
        Dana: is that about where youre at`,
      hits: ["#1 “is that about where youre at” is-that-right"],
    },
  ],
  passes: [
    // a factual confirmation, not a check of understanding
    `Sam: Can you send it over?
     Dana: Just to confirm, your address is 4 Quay Street?`,
    // "is that it" about the order, not a reflection
    `Sam: Two boxes of gloves please.
     Dana: Is that it for today, or anything else?`,
    // checks the customer's understanding, not the team member's
    `Sam: Here's the config.
     Dana: Does that make sense?`,
    `Sam: Can you send it?
     Dana: Is that OK with you?`,
    `Sam: Yes that's the one.
     Dana: Yeah, that's right?`,
    `Sam: Is Tuesday ok?
     Dana: Would that be Tuesday at ten?`,
    `Sam: so what happens next
     Dana: so you can log in now right`,
  ],
})
