import { testDetector } from '../../../../test/detector-tester.js'
import { mutualQualification } from './mutual-qualification.js'

testDetector(mutualQualification, {
  flags: [
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
      hits: ["#1 “want to see the pilot results herself” goes-to"],
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
    // chasing a decision is needy or agenda-push, not qualification
    `Sam: Send me the deck.
     Dana: Would it be possible to get a decision before you go?`,
    `Sam: Thursday works.
     Dana: Who will join the call?`,
    `Sam: It's expensive. {hesitation}
     Dana: We can send our budget proposal.`,
  ],
})
