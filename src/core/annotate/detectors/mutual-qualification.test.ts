import { testDetector } from '../../../../test/detector-tester.js'
import { mutualQualification } from './mutual-qualification.js'

testDetector(mutualQualification, {
  flags: [
    {
      conversation: `
        Sam: Leeds sounds good.
        Dana: Is that your call, or does your business partner need to sign too?`,
      hits: ["#1 “Is that your call” who-decides"],
    },
    {
      conversation: `
        Sam: Send me the references.
        Dana: Will do. Would talking to them be enough for your MD, or is there anything else she'd need to see?`,
      hits: ["#1 “be enough for your MD” decision-criteria"],
    },
    {
      conversation: `
        Sam: It has to be before the rush.
        Dana: So a decision by mid-December. Is mid-December a date you and Denise can both hold to?`,
      hits: ["#1 “a decision by” decision-date"],
    },
    {
      conversation: `
        Sam: We'd like a proposal.
        Dana: Before I put a proposal together, can I ask how a decision like this gets made and funded on your side?`,
      hits: ["#1 “how a decision like this gets made” decision-process"],
    },
    {
      conversation: `
        Sam: It looks good.
        Dana: Is there budget this year, or would it wait for next year's plan?`,
      hits: ["#1 “Is there budget” budget"],
    },
    {
      conversation: `
        Sam: She'll want a one-pager.
        Dana: Would she want to see the pilot results herself, or does she go on your recommendation?`,
      hits: ["#1 “Would she want to see” decision-criteria"],
    },
    {
      conversation: `
        Sam: May could work.
        Dana: Is a May start realistic, or would we be forcing it?`,
      hits: ["#1 “Is a May start realistic” ability-to-act"],
    },
    {
      conversation: `
        Sam: Sounds useful.
        Dana: How do purchases of this size usually get approved at your company?`,
      hits: ["#1 “How do purchases of this size usually get approved” decision-process"],
    },
    {
      conversation: `
        Sam: Sounds useful.
        Dana: Is solving this a priority for you this quarter, or is it a nice-to-have?`,
      hits: ["#1 “Is solving this a priority” commitment"],
    },
    // speech-to-text
    {
      conversation: `
        Sam: ok that works
        Dana: who actually signs off on something like this is it you or the board`,
      hits: ["#1 “who actually signs” who-decides"],
    },
  ],
  passes: [
    // a deadline the rep sets, not the customer's commitment
    `Sam: My dad is in hospital.
     Dana: Oh that's awful. The old pricing ends on the first, so to lock it in you'd need to sign by Friday.`,
    // "enough for your mum" is not a decision maker
    `Sam: We had to chase you twice.
     Dana: I'm sorry. A call back by four should be enough for your mum to rest.`,
    // chasing a decision is needy or agenda-push, not qualification
    `Sam: Send me the deck.
     Dana: Would it be possible to get a decision before you go?`,
    `Sam: Thursday works.
     Dana: Who will join the call?`,
    `Sam: It's expensive. {hesitation}
     Dana: We can send our budget proposal.`,
  ],
})
