import type { Detector } from '../detector.js'
import { compileCues, type CuePattern, type CueMatch } from '../lexicon/cues.js'

// labels.md: a problem caused by the company, its product, its people or its process. A problem
// with the customer's own systems is not a complaint ("Our own server went down").
const patterns: readonly CuePattern[] = [
  // "Your technician never showed up." "Nobody ever called me back." "I never got a reply."
  { match: "(?:never|didn'?t|did not|hasn'?t|has not|haven'?t|have not) (?:even |actually |once )?(?:showed|show(?:ed)? up|turned up|turn up|came|come|arrived|arrive|call(?:ed)? (?:me |us )?back|got back|get back|responded|respond|replied|reply|answered|answer|followed up|follow up|delivered|heard back|hear back|received|receive|got (?:a|an|any) (?:reply|response|answer|call|refund|email))", reason: 'no-show' },
  // "Nobody called back." "No one seems to know what's going on." "None of you answered."
  { match: "(?:nobody|no one|no-one|noone|none of you|not one person|not a single person) (?:\\w+ ){0,2}(?:called|calls|come|came out|turned up|shown up|contacted|rang|rung|emailed|updated|got back|gets back|responded|responds|replied|answered|answers|showed|came|told|tells|followed up|fixed|bothered|picks? up|picked up|helped|explained|knows|knew|seems to|could tell|can tell|took|takes|cared|cares|listened|listens|warned)", reason: 'nobody-responded' },
  // "The app keeps crashing." "It keeps logging me out." "The import kept failing."
  { match: "(?:keeps?|kept) (?:on )?(?:crashing|failing|breaking|freezing|hanging|logging (?:me|us) out|dropping|timing out|going down|erroring|throwing (?:an )?errors?|rejecting|bouncing|disconnecting|glitching|spinning|losing|deleting|charging|billing|sending|happening|getting worse|cancell?ing|changing|asking)", reason: 'keeps-failing' },
  // "It stopped working on Monday." "Checkout has been down since six." "The export is broken."
  { match: "(?:stopped|stops) (?:working|syncing|loading|sending|updating)|(?:is|was|went|goes|has been|have been|been|are|were|is still|still) (?:completely |totally )?(?:down|offline|broken|unusable|buggy|glitchy|not working|not loading|not syncing|wrong|missing|corrupted)|your (?:\\w+ ){0,2}(?:error|outage|bug|glitch|mistake|fault)s?|(?:it'?s|its|it is) (?:on )?(?:you|your end|your side)(?: not (?:me|us))?|(?:it'?s|its|it is) not (?:my|our) (?:browser|computer|connection|internet|wifi|network|device|phone|laptop|cache|settings)|still (?:shows|says|lists|has) (?:the |our |my |an? )?(?:old|wrong|previous|same)|(?:crashed|crashes|crashing|glitch(?:es|y)?|outages?|downtime|bugs?|(?:an?|the|this|same|another) error|error (?:message|code)s?)", reason: 'product-failure' },
  // "Your importer can't even tell me which row." "Your technician never showed up." The company's side named as failing.
  { match: "your (?:\\w+ ){1,2}(?:can'?t|cannot|couldn'?t|doesn'?t|didn'?t|won'?t|isn'?t|wasn'?t|never|still (?:shows|says|has|lists|doesn'?t|isn'?t|won'?t))(?: even)?(?: (?:showed|show|turned|came|arrived|called|work|works|load|tell|answer|sync|connect)(?: up| back)?)?", reason: 'your-side-failed' },
  // "We were charged twice." "I was double-billed." "The invoice has the wrong amount."
  { match: "(?:charged (?:\\w+ ){0,4}(?:twice|two times)|charged (?:us |me )?(?:twice|double|two times|again|for (?:something|nothing|seats|users|a)|the wrong|more|extra)|double[- ]?(?:charged|billed|charge|billing)|over[- ]?(?:charged|billed|charging|billing)|billed (?:us |me )?(?:twice|wrong(?:ly)?|incorrectly|for)|wrong (?:amount|invoice|charge|bill|price|order|item|size|address|part|plan)|duplicate (?:charge|payment|invoice|transaction)s?|(?:hidden|surprise|unexpected|extra|late|overdraft) (?:fee|charge)s?|billing (?:mistake|error|issue|problem)s?|(?:want|need|asked for|demand|requesting|still waiting for|where is|just) (?:my |our |a |the )?(?:full )?refund|refund me|(?:price|prices|fees?|bill|cost|rates?|premium) (?:\\w+ ){0,3}(?:went up|has gone up|increase|rise|hike|jumped|doubled|tripled)|\\w+ percent (?:up|more|increase|rise|higher)|without (?:so much as |even |any )?(?:a |any )?(?:phone call|call|warning|notice|heads up|explanation)|bait[- ]and[- ]switch|misleading|false advertising|a scam|rip[- ]?off|ripped off)", reason: 'billing-error' },
  // "We've been waiting three weeks." "I was on hold for forty minutes." "This is the third time I've called."
  { match: "(?:(?:still|been|keep|kept|have been|i'?ve been|we'?ve been) waiting (?:on|for) (?:a |an |the |my |our |your |some )?(?:\\w+ )?(?:call ?back|reply|response|answer|refund|fix|engineer|technician|update|delivery|install\\w*|appointment|someone|anyone|news|confirmation)|(?:still|been|keep|kept|have been|i'?ve been|we'?ve been) waiting (?:since|(?:for )?(?:\\w+ )?(?:days|weeks|hours|months|ages|forever))|waiting (?:\\w+ ){0,2}for (?:this|the|my|our|your) (?:\\w+ )?(?:install|installation|engineer|technician|refund|delivery|appointment|call ?back|reply|response|fix|assessor|visit)|(?:on hold for|been on hold|(?:kept|left|put) (?:me|us) on hold|hold music)|transferred (?:\\w+ ){0,3}(?:times|again|around)|(?:third|fourth|fifth|sixth|\\w+th|\\d+(?:st|nd|rd|th)) (?:time|call|email|ticket)|(?:called|emailed|chased|asked|contacted|written|rung|phoned|reported|told|explained) (?:\\w+ ){0,3}(?:twice|three times|four times|five times|several times|multiple times|many times|\\d+ times|again and again)|(?:start|starting|explain|explaining) (?:from scratch|all over again|everything again)|(?:earliest|next) (?:available )?(?:slot|appointment|booking) is (?:\\w+ ){0,2}(?:days|weeks) away)", reason: 'waiting' },
  // "You missed our appointment." "They lost all our data." "The order arrived damaged."
  { match: "(?:(?:missed|cancell?ed|moved|rescheduled) (?:my|our|the) (?:appointment|delivery|booking|slot|installation|install|visit|order)|(?:lost|deleted|wiped|corrupted|overwrote|overwritten|erased) (?:half |some |most |all |part |a lot |loads )?(?:of )?(?:my|our|the) (?:\\w+ )?(?:data|files?|records?|orders?|emails?|history|settings|work|contacts|invoices?|changes|photos|documents|bookings?|payments?)|(?:you|you guys|they) (?:lost|deleted|broke|cancell?ed|missed|forgot|messed up|screwed up|overcharged|double[- ]booked)|(?:was|were|is|arrived|came|turned up|showed up) (?:\\w+ ){0,2}(?:days|weeks|hours|months) late|closed (?:my|our|the) (?:ticket|case|complaint)|without (?:fixing|resolving|solving|answering|replying|telling|warning|asking|checking)|(?:arrived|came|showed up|turned up) (?:\\w+ ){0,5}(?:damaged|broken|late|wrong|incomplete|missing|warm|spoiled|spoilt|leaking|smashed|opened)|(?:order|delivery|package|parcel|box|item|shipment) (?:\\w+ ){0,6}(?:missing|damaged|broken|never (?:came|arrived))|(?:wasted|lost|burn(?:ed|t)?|took|used|spent) (?:\\w+ ){0,2}(?:day|days|afternoon|morning) (?:of (?:\\w+ )?leave|off work|off)|for nothing|wasted (?:\\w+ ){0,3}(?:time|day|hours|morning|afternoon|weekend|money|sunday|evening)|(?:late|delayed|missing|lost) (?:delivery|shipment|order|package|payment|refund|parcel))", reason: 'service-failure' },
  // "You promised it would be fixed by Friday." "We were told it would take a day."
  { match: "(?:(?:you|you guys|they|he|she|your (?:\\w+ )?\\w+) (?:promised|assured|guaranteed|swore)|(?:was|were|got|been) (?:promised|told|assured) (?:it|that|this|we|i|by)|(?:was|were|it'?s|its|it was|they were|he was|she was|you were|is) (?:supposed|meant) to (?:be|have been|get|arrive|call|come|fix|work))", reason: 'broken-promise' },
  // "Your support was useless." "The agent was rude." "All I got was a scripted email."
  { match: "(?:rude|unhelpful|useless|incompetent|unprofessional|dismissive|condescending|(?:scripted|copy-?paste|copy and paste|canned|automated|generic|form) (?:email|reply|response|answer|message|letter)|(?:hung|hangs) up on (?:me|us)|did (?:anyone|anybody|you|they) (?:\\w+ )?(?:actually |even )?read|(?:please |just )?read (?:my|the) (?:email|ticket|message|notes)|brushed (?:me|us) off|passed (?:me|us) around|runaround|run around|ignored (?:my|our|me|us))", reason: 'poor-treatment' },
  // "It's still not fixed." "Nothing has changed." "The same problem again."
  { match: "(?:still (?:broken|not (?:fixed|working|resolved|sorted|there|right)|down|happening|failing|the same|an issue|a problem)|(?:hasn'?t|has not|haven'?t|have not|wasn'?t|was not|never) (?:been |got |gotten )?(?:fixed|resolved|sorted|addressed|solved|refunded)|(?:second|another|yet another) (?:\\w+ )?(?:mistake|error|failure|outage|incident|problem|issue)|(?:same|this) (?:problem|issue|thing|error|bug) (?:again|keeps|every|over and over)|even though (?:i|we) (?:already )?(?:changed|updated|told|asked|sent|cancell?ed|paid|reported))", reason: 'unresolved' },
]

// "Our own server went down." "My laptop crashed again." The failure clause names the customer's own system.
const ownSystem = compileCues([
  { match: "(?:our|my) (?:own )?(?:\\w+ )?(?:servers?|network|wifi|wi-fi|internet|laptop|computer|pc|machine|firewall|it team|it department|power|router|printer|isp|vpn|phone|database|systems?|erp|crm) (?:\\w+ ){0,2}(?:went down|was down|is down|were down|has been down|crashed|died|broke|failed|keeps? \\w+ing|kept \\w+ing|stopped working|(?:is|was) broken|glitch\\w*)", reason: 'own-system' },
])
// "Honestly that one was my mistake." "The problem was on our end." Blame taken by the customer.
const ownFault = compileCues([
  { match: "(?:on our (?:end|side)|(?:my|our) (?:own )?(?:fault|mistake|bad|error)|user error|nothing to do with (?:you|your)|not (?:on )?your (?:fault|end|side)|(?:i|we) messed up|(?:i|we) screwed up)", reason: 'own-fault' },
])
// "What if it doesn't work?" asks for reassurance, not a complaint about something that happened.
const hypothetical = compileCues([
  { match: "(?:what if|what happens if|in case|when (?:it|the|this|something|things)|once (?:it|we)|worried that|suppose|what about if|if it|if the|if your|last vendor|previous vendor|old vendor|our last|our previous|our old|the last (?:tool|vendor|system|provider))", reason: 'hypothetical' },
])

const matcher = compileCues(patterns)

function overlaps(found: CueMatch, others: readonly CueMatch[]): boolean {
  return others.some((other) => found.span[0] < other.span[1] && other.span[0] < found.span[1])
}

/** A customer reports a problem caused by the company, its product, people or process. */
export const complaint: Detector = {
  id: 'complaint',
  role: 'customer',
  description: 'Customer reports a problem caused by the company, its product, people or process',
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'customer') continue
      const all = matcher.find(utterance.text)
      if (all.length === 0) continue
      if (ownFault.first(utterance.text)) continue
      const own = ownSystem.find(utterance.text)
      const ifs = hypothetical.find(utterance.text)
      // "Our own server went down": the failure sits inside a clause that blames the customer's side.
      // "What if it breaks?": a failure that follows a hypothetical opener has not happened.
      const found = all.find((hit) => !overlaps(hit, own) && !ifs.some((h) => h.span[1] <= hit.span[0] && hit.span[0] - h.span[1] < 40))
      if (!found) continue
      report({ utterance: utterance.index, span: found.span, reason: found.reason })
    }
  },
}
