import { testDetector } from '../../../../test/detector-tester.js'
import { interpretation } from './interpretation.js'

testDetector(interpretation, {
  flags: [
    {
      conversation: `
        Sam: The renewal worries me, we're not going to be the ones who sign it.
        Dana: I understand. So it's less about the technology and more that you'd be the public face of any mistake.`,
      hits: ["#1 “less about the technology and more that” i-can-see-why"],
    },
    {
      conversation: `
        Sam: Two parcels went missing and my baby's been up all night. {complaint,personal}
        Dana: That's a horrible spot, with a deadline you can't move.`,
      hits: ["#1 “That's a horrible spot” names-the-position"],
    },
    {
      conversation: `
        Sam: We took the afternoon off for the install and nobody came. {complaint}
        Dana: So you took the afternoon off for this and got nothing back.`,
      hits: ["#1 “So you” so-you"],
    },
    // labels.md: "I understand" followed by a specific interpretation is interpretation
    {
      conversation: `
        Sam: Our own clients are chasing us about the outage. {complaint}
        Dana: I understand. So on top of the outage your own clients are chasing you.`,
      hits: ["#1 “So on top” so-you"],
    },
    {
      conversation: `
        Sam: The board wants answers every month.
        Dana: Sounds like the board is breathing down your neck.`,
      hits: ["#1 “Sounds like the” sounds-like"],
    },
    {
      conversation: `
        Sam: I had to move money around to cover wages. {emotion}
        Dana: Because of our mistake you've had to scramble to cover wages.`,
      hits: ["#1 “you've had to” you-had-to"],
    },
    {
      conversation: `
        Sam: I'm not sleeping.
        Dana: You must be exhausted.`,
      hits: ["#1 “You must be” must-be"],
    },
    {
      conversation: `
        Sam: Adoption. Nobody logged in once the trainer left.
        Dana: So the worry isn't whether it works, it's that it turns into shelfware again.`,
      hits: ["#1 “the worry isn't” the-worry-is"],
    },
    {
      conversation: `
        Sam: My boss keeps asking me why the reports are late.
        Dana: That puts you in a tough spot with your boss.`,
      hits: ["#1 “puts you in a tough spot” puts-you-in"],
    },
    {
      conversation: `
        Sam: They never replied to my tickets. {complaint}
        Dana: It's not just the delay, it's feeling ignored.`,
      hits: ["#1 “It's not just the delay, it's” not-just-x"],
    },
    {
      conversation: `
        Sam: I had two hundred and thirty people on the waitlist for this sale.
        Dana: Two hundred and thirty people who were waiting for this, and they're the ones seeing the error.`,
      hits: ["#1 “they're the ones” you-are-the-one"],
    },
    // speech-to-text
    {
      conversation: `
        Sam: ok so the import failed on row eight twelve
        Dana: so youre stuck redoing the import by hand tonight`,
      hits: ["#1 “youre stuck” you-are-the-one"],
    },
    {
      conversation: `
        Sam: the clerks key every invoice by hand
        Dana: so basically your clerks are doing data entry all week`,
      hits: ["#1 “so basically your” so-you"],
    },
  ],
  passes: [
    // pity from the outside is sympathy
    `Sam: The pram hinge broke with my daughter in it. {emotion,complaint}
     Dana: Oh you poor thing, that must have been terrifying, I feel awful for you.`,
    `Sam: Three outages this month. {complaint}
     Dana: I understand.`,
    // purpose clauses and pitches are not reflections
    `Sam: Can I log in from my phone?
     Dana: Yes, so you can log in from anywhere.`,
    `Sam: What else is in the plan?
     Dana: We have SSO and audit logs, so you're totally covered.`,
    // "how distressing this must be" after "I understand" is a stock line (boilerplate)
    `Sam: My claim is stuck. {complaint}
     Dana: i understand how distressing this must be so lets get things moving`,
    `Sam: the july release, is it out
     Dana: right so thats fixed in the july release you just need to update`,
    `Sam: The rollout finished.
     Dana: How do you feel like the rollout went?`,
    // no cue before it, so the model is not asked, and no pattern names anything
    `Sam: We run payroll on the last Friday of the month.
     Dana: Payroll on the last Friday of the month, noted.`,
    // an add-on price, not their burden
    `Sam: Last year we wrote more preorders, which is great, except now I forecast them.
     Dana: It's fourteen thousand a year on top of the thirty-eight you pay now, and it covers the preorders.`,
    // a reflection about nothing the customer said
    `Sam: Hi, I'm calling about my account.
     Dana: So the new pricing starts in June.`,
  ],
})
