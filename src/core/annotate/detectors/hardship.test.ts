import { testDetector } from '../../../../test/detector-tester.js'
import { hardship } from './hardship.js'

testDetector(hardship, {
  flags: [
    // labels.md's example
    { conversation: `Sam: My manager's husband is in hospital, so everything is paused.`, hits: ['#0 “in hospital” hospital'] },
    { conversation: `Sam: I'm at the hospital with my mum, they think she's had a small stroke.`, hits: ['#0 “at the hospital with” hospital'] },
    { conversation: `Sam: My husband was diagnosed with bowel cancer and starts chemo on Monday.`, hits: ['#0 “diagnosed with” illness'] },
    { conversation: `Sam: my mum passed away on friday`, hits: ['#0 “passed away” bereavement'] },
    { conversation: `Sam: I'm doing all this while my father's funeral is on Thursday.`, hits: ['#0 “funeral” bereavement'] },
    { conversation: `Sam: We had layoffs last Tuesday, a third of the company.`, hits: ['#0 “layoffs” layoffs'] },
    { conversation: `Sam: they made half the team redundant and we had to let twenty people go`, hits: ['#0 “made half the team redundant” layoffs'] },
    { conversation: `Sam: and honestly our budget got cut eleven percent this year`, hits: ['#0 “budget got cut” layoffs'] },
    { conversation: `Sam: To be honest the company might not survive the year.`, hits: ['#0 “not survive” company-in-trouble'] },
    { conversation: `Sam: We lost our biggest commercial account in May.`, hits: ['#0 “lost our biggest commercial account” company-in-trouble'] },
    { conversation: `Sam: we had a kitchen fire at our harbour street site in march`, hits: ['#0 “a kitchen fire” crisis'] },
    { conversation: `Sam: I'm going through a divorce at the moment.`, hits: ['#0 “divorce” crisis'] },
    { conversation: `Sam: And I'm off for two weeks from Monday, my husband's having heart surgery.`, hits: ['#0 “heart surgery” illness'] },
    { conversation: `Sam: The feed-in tariff change hit us hard. We let eight of the twelve go last Friday.`, hits: ['#0 “let eight of the twelve go” layoffs'] },
    { conversation: `Sam: look the cafes hanging by a thread footfall halved`, hits: ['#0 “hanging by a thread” company-in-trouble'] },
  ],
  passes: [
    `Sam: I've just told you I've been made redundant and you're flogging me a mini box.`,
    `Sam: Let it go through on Friday.`,
    // labels.md's near miss: ordinary busyness
    `Sam: Budget season is busy.`,
    `Sam: We diagnosed the issue on our side.`,
    `Sam: The server died overnight and we restarted it.`,
    `Sam: Let me go ahead and share my screen.`,
    `Sam: The app keeps shutting down when I open reports.`,
    `Sam: We had a flood of tickets after the release.`,
    `Sam: Can you send the terminal logs?`,
    `Sam: It gave me grief all morning.`,
    `Sam: We're restructuring the spreadsheet columns.`,
    `Dana: My father passed away last year.`,
  ],
})
