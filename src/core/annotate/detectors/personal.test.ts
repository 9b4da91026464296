import { testDetector } from '../../../../test/detector-tester.js'
import { personal } from './personal.js'

testDetector(personal, {
  flags: [
    // labels.md's example
    { conversation: `Sam: Rough weekend, my kid had the flu.`, hits: ['#0 “Rough weekend” time-off'] },
    { conversation: `Sam: My daughter gets married on Saturday.`, hits: ['#0 “My daughter” family'] },
    { conversation: `Sam: sorry my dog has decided the postman is an intruder`, hits: ['#0 “my dog” family'] },
    // speech-to-text: no apostrophe in "sister's"
    { conversation: `Sam: were living in my sisters spare room`, hits: ['#0 “my sisters” family'] },
    { conversation: `Sam: I'm moving house on Saturday and the solicitor keeps ringing.`, hits: ['#0 “moving house” home'] },
    { conversation: `Sam: im meant to be on leave from tomorrow`, hits: ['#0 “im meant to be on leave” time-off'] },
    { conversation: `Sam: It's been snowing here since Tuesday.`, hits: ['#0 “been snowing” weather'] },
    { conversation: `Sam: I've had a cold all week, sorry about my voice.`, hits: ['#0 “a cold” health'] },
    { conversation: `Sam: Me, I'm not sleeping brilliantly.`, hits: ['#0 “not sleeping” health'] },
    { conversation: `Sam: I walked forty thousand steps on the first day.`, hits: ['#0 “forty thousand steps” leisure'] },
    { conversation: `Sam: Look, I'm knackered anyway, the missus and I just had our third.`, hits: ['#0 “the missus” family'] },
    { conversation: `Sam: yes thats it exactly ive hardly slept`, hits: ['#0 “hardly slept” health'] },
    { conversation: `Sam: Hi, want to cancel my box. Lost my job on Friday.`, hits: ['#0 “Lost my job” health'] },
  ],
  passes: [
    `Sam: I'll be in touch when I'm back on my feet, maybe spring.`,
    `Sam: I've just told you I've been made redundant and you're flogging me a mini box.`,
    // labels.md's near miss: a job title is business, not personal
    `Sam: I'm the IT director.`,
    `Sam: Dr. Okafor, our senior partner, signs off on purchases.`,
    `Sam: We have three hundred families on the school roll.`,
    // a weekend that is only a time, a holiday that is only a condition, someone else's leave
    `Sam: Over the weekend the sync failed twice.`,
    `Sam: If I'm on holiday, it mostly doesn't happen.`,
    `Sam: One of them is on maternity leave until June.`,
    // a software bug and a cold start are not illness
    `Sam: We found a bug in the export.`,
    `Sam: The family plan is what we're on.`,
    `Sam: It's the first day of my anniversary sale.`,
    `Sam: Our daughter company in Germany handles that.`,
    `Sam: I'm sick of chasing this ticket.`,
    `Sam: The back office team handles invoices.`,
    `Dana: My kids had the flu all weekend.`,
  ],
})
