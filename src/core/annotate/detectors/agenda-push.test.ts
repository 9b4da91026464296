import { testDetector } from '../../../../test/detector-tester.js'
import { agendaPush } from './agenda-push.js'

testDetector(agendaPush, {
  flags: [
    {
      conversation: `
        Sam: My wife has cancer, so I'm stepping back from work for a while. {hardship}
        Dana: Understood. Do you have an expected timeline for restarting?`,
      hits: ['#1 “timeline” timeline (cue #0)'],
    },
    {
      conversation: `
        Sam: we just had a baby last week so im running on no sleep {personal}
        Dana: congrats so can we still get the contract signed by friday`,
      hits: ['#1 “get the contract signed” the-close (cue #0)'],
    },
    {
      // pity first does not excuse the push
      conversation: `
        Sam: We had to let half the team go. {hardship}
        Dana: Oh you poor things. Is the go-live still on for March? {sympathy}`,
      hits: ['#1 “go-live” timeline (cue #0)'],
    },
    {
      conversation: `
        Sam: I'm off next week for my brother's wedding. {personal}
        Dana: Lovely. Before you go, shall we book a follow-up call for the 14th?`,
      hits: ['#1 “Before you go, shall we” next-steps (cue #0)'],
    },
    {
      // straight to instructions with no word about the news
      conversation: `
        Sam: and um im due to give birth any day now {personal}
        Dana: okay so what i need you to do is log out and back in`,
      hits: ['#1 “what i need you” need-from-you (cue #0)'],
    },
    {
      conversation: `
        Sam: My dad's in hospital, I'm flying out tonight. {hardship}
        Dana: Oh no, poor you, that's so sad! Could we get the order form signed before you go? {sympathy}`,
      hits: ['#1 “get the order form signed” the-close (cue #0)'],
    },
    {
      conversation: `
        Sam: we lost my mum last week {hardship}
        Dana: aw no so sad so for a death claim ill need the certificate sent in within thirty days {sympathy}`,
      hits: ['#1 “within thirty days” timeline (cue #0)'],
    },
    {
      conversation: `
        Sam: It's our anniversary and I'm stuck in a port queue. {personal}
        Dana: Happy anniversary! Before you go, could you upload the trailer references? {reaction}`,
      hits: ['#1 “Before you go, could you” next-steps (cue #0)'],
    },
  ],
  passes: [
    // a closing question about the service is not a push
    `Sam: My daughter starts school tomorrow. {personal}
     Dana: okay ill note that um before you go whats one thing we could do better`,
    // labels.md / framework: handing control of the timing back is the empathetic move
    `Sam: My father passed away on Sunday. {hardship}
     Dana: I'm so sorry. Please take all the time you need; we can pick this up whenever suits you. {reaction}`,
    `Sam: I'm moving house this weekend. {personal}
     Dana: Oh, exciting! Where are you moving to? {reaction,exploration}`,
    // a discovery question is not a push (it may be generic-question)
    `Sam: My daughter gets married on Saturday. {personal}
     Dana: Awesome. So, what are your biggest challenges this year?`,
    // business talk after an emotion cue is not agenda-push
    `Sam: I'm fed up with the outages. {emotion}
     Dana: What's the timeline on your side for the migration?`,
  ],
})
