import assert from 'node:assert/strict'
import { it } from 'node:test'
import { testDetector } from '../../../../test/detector-tester.js'
import { emotion } from './emotion.js'

testDetector(emotion, {
  flags: [
    {
      // labels.md's example
      conversation: `Sam: I've been on hold three times this week and I'm fed up.`,
      hits: ['#0 “fed up” fed-up'],
    },
    {
      // labels.md: idioms count as feelings; speech-to-text drops the apostrophe
      conversation: `Sam: honestly im at my wits end with this`,
      hits: ['#0 “at my wits end” idiom-distress'],
    },
    { conversation: `Sam: I'm at the end of my tether.`, hits: ['#0 “at the end of my tether” idiom-distress'] },
    { conversation: `Sam: We're over the moon about the new site.`, hits: ['#0 “over the moon” idiom-relief'] },
    { conversation: `Sam: um honestly we're drowning in tickets`, hits: ["#0 “we're drowning” overwhelm"] },
    { conversation: `Sam: I'm worried the invites go out early.`, hits: ['#0 “worried” worry-word'] },
    { conversation: `Sam: Frankly I'm furious.`, hits: ['#0 “furious” anger-word'] },
    {
      // a positive feeling negated is a feeling too
      conversation: `Sam: that was not a fun afternoon`,
      hits: ['#0 “not a fun afternoon” negated-positive'],
    },
    { conversation: `Sam: i am not happy with how this went`, hits: ['#0 “not happy” negated-positive'] },
    { conversation: `Sam: That's a huge weight off.`, hits: ['#0 “a huge weight off” idiom-relief'] },
    { conversation: `Sam: great just great`, hits: ['#0 “great just great” implied-distress'] },
    { conversation: `Sam: seventy two hours im sick to my stomach here`, hits: ['#0 “sick to my stomach” felt-state'] },
    { conversation: `Sam: Honestly, I'm running on fumes.`, hits: ['#0 “running on fumes” felt-state'] },
    { conversation: `Sam: That's a massive relief, thank you.`, hits: ['#0 “massive relief” felt-state'] },
    { conversation: `Sam: You took it twice and I'm the one who has to sort it out?`, hits: ["#0 “and I'm the one who has to” disbelief"] },
    { conversation: `Sam: So it's your release. Great.`, hits: ['#0 “Great.” sarcasm'] },
    { conversation: `Sam: Honestly I'm in bits about it.`, hits: ["#0 “I'm in bits” felt-state"] },
    { conversation: `Sam: Did anyone actually read my email?`, hits: ['#0 “Did anyone actually read” implied-distress'] },
    {
      // the first feeling is reported once per utterance; only customers carry cues
      conversation: `
        Dana: I'm so frustrated for you.
        Sam: It's ridiculous, I'm so angry.`,
      hits: ['#1 “ridiculous” outrage-word'],
    },
    { conversation: `Sam: Clear my cache. Are you serious?`, hits: ['#0 “Are you serious” exclamation'] },
    { conversation: `Sam: I'm trying to set it up and I'm honestly a bit lost.`, hits: ["#0 “I'm honestly a bit lost” overwhelm"] },
  ],
  passes: [
    `Sam: the kids are in bits and the claim got declined`,
    `Sam: Great. Thursday works for the install.`,
    `Sam: We lost two weeks of data in the last migration.`,
    // labels.md's near miss
    `Sam: The invoice number is 4471.`,
    // negation: "not worried" is not a feeling
    `Sam: I'm not worried about the migration at all.`,
    `Sam: no worries, Thursday is fine`,
    `Sam: i dont feel frustrated just curious how it works`,
    `Sam: Don't worry about it.`,
    // a stress test is load testing, "happy to" is an offer, "I'm afraid" is politeness
    `Sam: We ran a stress test last night.`,
    `Sam: I'd be happy to send you the export.`,
    `Sam: I'm afraid Thursday doesn't work for me.`,
    `Sam: Can you send me the contract by Friday?`,
    // team utterances never carry customer cues
    `Dana: I'm fed up with this printer.`,
  ],
})

it('names the Ekman emotion in detail', () => {
  const details: (string | undefined)[] = []
  const text = "I'm worried. I'm furious. I'm so relieved."
  const conversation = { source: 'case', channel: 'call' as const, utterances: text.split(' I').map((part, index) => ({ index, speaker: 'Sam', role: 'customer' as const, start: null, end: null, text: index ? `I${part}` : part })) }
  emotion.detect({ conversation, has: () => false, report: (hit) => details.push(hit.detail) })
  assert.deepEqual(details, ['fear', 'anger', 'joy'])
})
