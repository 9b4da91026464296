import { testDetector } from '../../../../test/detector-tester.js'
import { reaction } from './reaction.js'

testDetector(reaction, {
  flags: [
    {
      conversation: `
        Sam: I barely slept the week the server died. {emotion}
        Dana: I remember you saying that, that kind of week stays with you.`,
      hits: ["#1 “stays with you” own-words"],
    },
    {
      conversation: `
        Sam: You sent me a brochure when I asked a direct question. {complaint}
        Dana: You're right, and I'm sorry, I quoted policy instead of looking.`,
      hits: ["#1 “You're right, and I'm sorry” owns-the-harm"],
    },
    {
      conversation: `
        Sam: Twelve weeks of sourcing and we lost her to a faster agency over formatting. {emotion}
        Dana: Twelve weeks and you lose her over formatting, that would gut anyone.`,
      hits: ["#1 “would gut anyone” anyone-would"],
    },
    {
      conversation: `
        Sam: Nobody came and I wasted a day of leave. {complaint}
        Dana: Oh Wendy, that's rotten. That shouldn't have happened.`,
      hits: ["#1 “that's rotten” feeling-word"],
    },
    {
      conversation: `
        Sam: Four emails and still nothing. {complaint}
        Dana: You're welcome, and I'm sorry it took four emails and a week of receipts to get here.`,
      hits: ["#1 “I'm sorry it ” sorry-specific"],
    },
    {
      conversation: `
        Sam: The migration failed again and I had to call every client myself. {complaint}
        Dana: That's maddening, after all the prep you did.`,
      hits: ["#1 “That's maddening” feeling-word"],
    },
    {
      conversation: `
        Sam: My kid had the flu all weekend. {personal}
        Dana: Oh no, what a week.`,
      hits: ["#1 “Oh no” interjection"],
    },
    {
      conversation: `
        Sam: Storm season was brutal, triple the claims.
        Dana: What a brutal month for the team.`,
      hits: ["#1 “What a brutal month” what-a"],
    },
    {
      conversation: `
        Sam: I've been on hold three times and I'm fed up. {emotion}
        Dana: I'd be fed up too. Let me look.`,
      hits: ["#1 “I'd be fed up” would-feel-too"],
    },
    {
      conversation: `
        Sam: It finally went live this morning.
        Dana: I'm really glad.`,
      hits: ["#1 “I'm really glad” glad-for-them"],
    },
    {
      conversation: `
        Sam: We signed the new office lease.
        Dana: That's wonderful news, congratulations.`,
      hits: ["#1 “That's wonderful news” joy-word"],
    },
    {
      conversation: `
        Sam: Nobody came and nobody called.
        Dana: Six hours of waiting and not even a call, that's really poor from us.`,
      hits: ["#1 “that's really poor from us” feeling-word"],
    },
    {
      conversation: `
        Sam: The system crashed and I lost the whole morning. {emotion}
        Dana: Honestly, that would drive me up the wall.`,
      hits: ["#1 “would drive me up the wall” own-words"],
    },
    {
      conversation: `
        Sam: It's working now, finally.
        Dana: That's great to hear!`,
      hits: ["#1 “great to hear” glad-for-them"],
    },
    // speech-to-text: no capitals, no apostrophes, no punctuation
    {
      conversation: `
        Sam: my mum passed away on friday {hardship}
        Dana: im so sorry about your mum take all the time you need`,
      hits: ["#1 “im so sorry about your” sorry-specific"],
    },
    {
      conversation: `
        Sam: i lost my whole sunday to the import {complaint}
        Dana: yeah losing a sunday to that is really rough`,
      hits: ["#1 “that is really rough” feeling-word"],
    },
    {
      conversation: `
        Sam: we got the funding
        Dana: oh wow thats fantastic`,
      hits: ["#1 “oh wow” interjection"],
    },
  ],
  passes: [
    // pity from the outside is sympathy
    `Sam: My dad is in hospital. {personal,hardship}
     Dana: Oh no, that's so sad, my heart goes out to you all! Quick one though: can we sign by the 15th?`,
    // a stock apology
    `Sam: The app crashed again. {complaint}
     Dana: I'm so sorry for the inconvenience. Please reinstall the app.`,
    // boilerplate, another detector's label
    `Sam: Three outages this month. {complaint}
     Dana: I understand.`,
    `Sam: Fix the invoice.
     Dana: Noted.`,
    // pity from the outside is sympathy
    `Sam: My father is in hospital. {hardship}
     Dana: Oh no, you poor thing, I feel so sorry for you.`,
    `Sam: Can you check the invoice?
     Dana: Oh no problem, one sec.`,
    // an interjection that only leads into apologies is servile
    `Sam: The order arrived broken. {complaint}
     Dana: Oh no, I'm so sorry, I do apologise, sorry!`,
    `Sam: Send it over.
     Dana: It would be wonderful if you could confirm by Friday.`,
    `Sam: Which plan is cheaper?
     Dana: That's hard to say without your usage numbers.`,
    `Sam: I'm fed up. {emotion}
     Dana: I'm sorry to hear that. Please clear your cache.`,
  ],
})
