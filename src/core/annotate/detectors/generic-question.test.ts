import { testDetector } from '../../../../test/detector-tester.js'
import { genericQuestion } from './generic-question.js'

testDetector(genericQuestion, {
  flags: [
    {
      conversation: `Dana: So, what are your biggest challenges right now?`,
      hits: ['#0 “So, what are your biggest challenges right now?” what-are-your-challenges'],
    },
    {
      conversation: `Dana: tell me a bit about your business`,
      hits: ['#0 “tell me a bit about your business” tell-me-about-your-business'],
    },
    {
      // the customer spoke, but the question builds on none of it
      conversation: `
        Sam: We're a 40-person logistics firm.
        Dana: Got it. And what are your top priorities for next year?`,
      hits: ['#1 “And what are your top priorities for next year?” what-are-your-challenges'],
    },
    {
      conversation: `
        Sam: The no-shows are killing us.
        Dana: Right. Where do you see the practice in five years?`,
      hits: ['#1 “Where do you see the practice in five years?” where-in-five-years'],
    },
    {
      conversation: `Dana: And what are your plans for next year?`,
      hits: ['#0 “And what are your plans for next year?” what-are-your-challenges'],
    },
    {
      conversation: `Dana: um whats your biggest pain point with your current system`,
      hits: ['#0 “um whats your biggest pain point with your current system” what-are-your-challenges'],
    },
    {
      // speech-to-text drops the apostrophe
      conversation: `Dana: um whats most important to you in a software partner going forward`,
      hits: ['#0 “um whats most important to you in a software partner going forward” important-to-you'],
    },
    {
      conversation: `Dana: No worries! What's the biggest challenge for you as a GM right now?`,
      hits: ["#0 “What's the biggest challenge for you as a GM right now?” what-are-your-challenges"],
    },
    {
      conversation: `Dana: Before you go, what could we have done better?`,
      hits: ['#0 “Before you go, what could we have done better?” survey-question'],
    },
    {
      // a word of their world said long ago is not building on what they just said
      conversation: `
        Sam: We run forty brokers across three offices.
        Dana: Great.
        Sam: Honestly the price is the problem.
        Dana: What would success look like for your brokers this year?`,
      hits: ['#3 “What would success look like for your brokers this year?” success-look-like'],
    },
  ],
  passes: [
    // building on the customer's latest words
    `Sam: The rota is chaos since the new site opened.
     Dana: What's the biggest challenge with the rota at the new site?`,
    // builds on their words
    `Sam: Our onboarding takes six weeks and new hires hate it.
     Dana: What's the biggest challenge with the onboarding for new hires?`,
    `Sam: The no-shows are killing us.
     Dana: You mentioned the no-shows; what are the main challenges there?`,
    `Sam: The reports keep timing out.
     Dana: When the reports time out, who has to chase the numbers?`,
    // support asking about the problem at hand is not script
    `Sam: Hi, I have a problem with my order.
     Dana: Sure, what's the problem?`,
    `Sam: The sync is broken.
     Dana: What issues are you seeing?`,
    `Dana: What are your plans for the weekend?`,
    // small talk and closings are not discovery script
    `Dana: How are you today?`,
    `Dana: Is there anything else I can help you with?`,
  ],
})
