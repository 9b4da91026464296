import { testDetector } from '../../../../test/detector-tester.js'
import { boilerplate } from './boilerplate.js'

testDetector(boilerplate, {
  flags: [
    {
      conversation: `
        Sam: The delivery is late again and I'm furious. {emotion,complaint}
        Dana: I completely understand your frustration. We value your business.`,
      hits: ['#1 “We value your business” value-business (cue #0)'],
    },
    {
      // speech-to-text, American spelling
      conversation: `
        Sam: you charged me twice {complaint}
        Dana: we apologize for any inconvenience this may have caused`,
      hits: ['#1 “we apologize for any inconvenience this may have caused” apologise-inconvenience (cue #0)'],
    },
    {
      // "I understand" as the whole acknowledgement, then straight on
      conversation: `
        Sam: The app crashed during my demo, I was mortified. {emotion,complaint}
        Dana: I understand. Can you tell me which version you were on?`,
      hits: ['#1 “I understand” i-understand (cue #0)'],
    },
    {
      conversation: `
        Sam: It's fine as is, we'll pass for now. {hesitation}
        Dana: I hear you. I'll check back next quarter.`,
      hits: ['#1 “I hear you” i-hear-you'],
    },
    {
      // scripted wherever it appears
      conversation: `
        Sam: fine
        Dana: thank you for your patience maam is there anything else i can help with today`,
      hits: ['#1 “thank you for your patience” thanks-patience'],
    },
    {
      conversation: `
        Sam: the portal ate my form again {complaint}
        Dana: apologies for the inconvenience please try again later`,
      hits: ['#1 “apologies for the inconvenience” apologies-inconvenience (cue #0)'],
    },
    {
      conversation: `
        Sam: I'm so stressed about the launch. {emotion}
        Dana: I can only imagine how stressful this must be. Let's get you sorted.`,
      hits: ['#1 “I can only imagine how stressful this must be” understand-how-frustrating (cue #0)'],
    },
    {
      conversation: `
        Sam: My mum's in hospital. {hardship}
        Dana: I'm so sorry to hear that. Take all the time you need.`,
      hits: ["#1 “I'm so sorry to hear that” sorry-to-hear (cue #0)"],
    },
    {
      conversation: `Dana: Dear Jolene, thank you for your email. We take the security of your data very seriously.`,
      hits: ['#0 “thank you for your email” thanks-feedback'],
    },
    {
      conversation: `
        Sam: Honestly we're not ready to move this year. {hesitation}
        Dana: Totally hear you, no worries at all!`,
      hits: ['#1 “Totally hear you” i-hear-you'],
    },
    {
      conversation: `
        Sam: The reminder letters keep coming after my dad died. {emotion,complaint,hardship}
        Dana: We apologise for any distress caused. Please be assured we take bereavement very seriously.`,
      hits: ['#1 “We apologise for any distress” apologise-inconvenience (cue #0)'],
    },
  ],
  passes: [
    // pity is sympathy's business, not a stock line
    `Sam: The engineer never came and I took the day off. {emotion,complaint}
     Dana: Oh bless you, that must be so hard for you, poor thing. Shall we rebook for Friday?`,
    // a heap of apologies with no stock phrase is servile's
    `Sam: Half the bookings vanished. {complaint}
     Dana: Oh no, I'm so sorry! So sorry for the trouble, really really sorry about this.`,
    // one plain apology with the fix done is not a script
    `Sam: The invoice has the wrong VAT number. {complaint}
     Dana: Got it, that's on us. I've corrected it and sent a new copy.`,
    // labels.md: "I understand" followed by a specific interpretation is interpretation
    `Sam: The app crashed during my demo, I was so embarrassed. {emotion,complaint}
     Dana: I understand, so it died in front of your own client, right when you needed it to work. {interpretation}`,
    // agreement after a hesitation is capitulation's business, not a stock empathy line
    `Sam: It's fine as is, we'll pass for now. {hesitation}
     Dana: Totally understand, no pressure.`,
    // a short stock line beside a genuine reaction is fine
    `Sam: My mum's in hospital. {hardship}
     Dana: Oh no, I'm sorry to hear that, that's a lot to carry on top of the move. {reaction,interpretation}`,
    // "I understand" with no cue before it is just agreement
    `Sam: I need to update my card.
     Dana: Sure, I understand, let me pull that up.`,
    `Dana: Good morning, thanks for calling, how can I help?`,
    // a heap of apologies is servile, not a stock line
    `Sam: The terminal is broken again. {complaint}
     Dana: So sorry, I'm so sorry, really sorry about that, sorry.`,
  ],
})
