import { testDetector } from '../../../../test/detector-tester.js'
import { exploration } from './exploration.js'

testDetector(exploration, {
  flags: [
    {
      conversation: `
        Sam: My dad's surgery is on Friday. {personal,hardship}
        Dana: I'll put it in the contract. Sorry, I should have asked before, how is your dad getting on?`,
      hits: ["#1 “Sorry, I should have asked before, how is your dad getting on?” feelings-question"],
    },
    {
      conversation: `
        Sam: The rep spreadsheets break every Monday.
        Dana: What usually breaks in the rep spreadsheets?`,
      hits: ["#1 “What usually breaks in the rep spreadsheets?” open-follow-up"],
    },
    {
      conversation: `
        Sam: My best coordinator is thinking of leaving. {emotion}
        Dana: Oh, that would sting. How did that conversation with her go?`,
      hits: ["#1 “How did that conversation with her go?” open-follow-up"],
    },
    {
      conversation: `
        Sam: We moved offices.
        Dana: Last time you said you were moving house too, did it happen in the end?`,
      hits: ["#1 “Last time you said you were moving house too, did it happen in the end?” specific-follow-up"],
    },
    {
      conversation: `
        Sam: We're at day nine of close.
        Dana: Tell me about day nine.`,
      hits: ["#1 “Tell me about day nine.” open-follow-up"],
    },
    {
      conversation: `
        Sam: I'm not sleeping much. {emotion}
        Dana: How are you holding up?`,
      hits: ["#1 “How are you holding up?” feelings-question"],
    },
    {
      conversation: `
        Sam: Nobody came and nobody called. {complaint}
        Dana: Did you have to take time off work for this?`,
      hits: ["#1 “Did you have to take time off work for this?” specific-follow-up"],
    },
    {
      conversation: `
        Sam: The last vendor let us down badly.
        Dana: Can you tell me more about what went wrong with the last vendor?`,
      hits: ["#1 “Can you tell me more about what went wrong with the last vendor?” open-follow-up"],
    },
    // speech-to-text: no question mark
    {
      conversation: `
        Sam: so the driver never turned up and the whole warehouse waited
        Dana: what happened with the warehouse after that`,
      hits: ["#1 “what happened with the warehouse after that” open-follow-up"],
    },
  ],
  passes: [
    // technical diagnostics (rule 31)
    `Sam: The app keeps crashing on submit. {complaint}
     Dana: Okay. What does the error say when you hit submit?`,
    // holding up a cost they told earlier is challenge
    `Sam: It's a big jump in price. {hesitation}
     Dana: It is. You said you and two staff were in until 2am most of April. What did those late nights cost you in overtime?`,
    // a script goals question
    `Sam: We opened a second gym last month.
     Dana: Great. What are your big goals for the gym this year?`,
    // generic-question: builds on nothing
    `Sam: Fine thanks.
     Dana: What are your top priorities this year?`,
    `Sam: Honestly it's been a hard year. {emotion}
     Dana: What keeps you up at night?`,
    `Sam: Hi.
     Dana: Any other questions?`,
    `Sam: Hello.
     Dana: How are you today?`,
    // agenda-push and advice are not exploration
    `Sam: We had layoffs. {hardship}
     Dana: When do you expect the freeze to lift?`,
    `Sam: It failed again. {complaint}
     Dana: Can you try clearing your cache?`,
    `Sam: the whole checkout is down {complaint}
     Dana: okay so what i need you to do is log out and log back in`,
    // a request for data, not a follow-up
    `Sam: The terminal keeps failing. {complaint}
     Dana: Could you tell me the serial number on the back of the terminal?`,
    `Sam: We're fine.
     Dana: So, thinking positively, what are your top marketing initiatives for the second half?`,
    // scheduling and offers
    `Sam: Thursday afternoon should be fine.
     Dana: How does next Thursday look?`,
    `Sam: My checkout is down. {complaint}
     Dana: Do you want me to do that while we're on the phone?`,
    // mutual-qualification
    `Sam: We have a budget for this.
     Dana: Who else is part of the decision?`,
    // a check, not a new question
    `Sam: It's the close that hurts.
     Dana: So the close is the real problem. Is that fair?`,
  ],
})
