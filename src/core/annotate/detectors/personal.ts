import type { Detector } from '../detector.js'
import { compileCues, type CuePattern, INTENSE, SELF, reportFirstCue } from '../lexicon/cues.js'

// labels.md: something about their personal life or state beyond the business at hand. Job titles,
// team size and business facts are not personal ("I'm the IT director").
const family = "(?:wife|husband|spouse|kids?|kiddos?|children|sons?|daughters?|bab(?:y|ies)|toddlers?|newborn|twins|mum|mom|mommy|mummy|mother|dad|daddy|father|parents|folks|brothers?|sisters?|siblings|family|grandma|grandmother|granny|grandpa|grandfather|grandparents|grandkids|grandchildren|grandson|granddaughter|in-laws|mother-in-law|father-in-law|fianc[eé]e?|boyfriend|girlfriend|dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|little ones?|youngest|oldest|eldest|(?:\\w+[- ])?year[- ]olds?|nephews?|nieces?|aunt|uncle|cousins?|best friend)"
// "my little girl", "our youngest son": a few words that may sit between the possessive and the relative.
const kin = "(?:(?:little|youngest|oldest|eldest|older|younger|two|three|four|baby|teenage|new|late|elderly|old|grown-up|twin|step|little) )?"

const patterns: readonly CuePattern[] = [
  // "Rough weekend, my kid had the flu." "My daughter's recital was last night."
  { match: `(?:(?:my|our) ${kin}${family}|(?:my|our) (?:partner|other half)(?! (?:company|firm|agency|at|in))|the (?:two |three |four )?(?:kids|baby|dog|cat|family|little ones?))(?:'?s)?(?! (?:plan|business|company|companies|firm|account|office|tier|package|brand|entity|owned|run|member|members|name|size))`, reason: 'family' },
  // "Rough weekend." "How was your weekend? Good, we went camping." "I'm off next week on holiday."
  { match: "(?:(?:my|our|long|rough|lovely|great|good|nice|quiet|busy|crazy|relaxing|lazy|fun|awful|terrible) (?:\\w+ )?(?:weekend|holidays?|vacation|honeymoon|bank holiday|time off|days? off|week off)|(?:this|last|the|over the) weekend (?:i|we) (?:went|took|spent|were at|visited|drove|flew|had (?:the|my|our) (?:family|kids|parents))|(?<!(?:if|when|whenever|once) )(?:i'?m|i am|i was|i'?ll be|i will be|we'?re|we are) (?:\\w+ ){0,3}(?:on|away on|off on|going on|back from|just back from) (?:my |our |a |the )?(?:holiday|vacation|honeymoon|leave|sabbatical|paternity leave|maternity leave|parental leave)|i'?m (?:off|away|out) (?:on|next|tomorrow|from|this|for the)|(?:got |just |only )?back from (?:my |our |a |the )?(?:\\w+ )?(?:holiday|vacation|honeymoon|leave|sabbatical|trip)|(?:i'?ve been|i'?m|i am|i was) off (?:sick|ill|with))", reason: 'time-off' },
  // "We got married in June." "It's my birthday on Friday." "Christmas with the in-laws."
  { match: "(?:(?:my|our|his|her) (?:\\w+ )?(?:wedding|birthday|anniversary|graduation|recital|baby shower|christening|bar mitzvah)(?! (?:sale|event|promo\\w*|edition|campaign|offer|discount|party for (?:the|our) (?:company|customers)))|(?:get|gets|getting|got) (?:married|engaged)|(?:are|is|were) expecting|pregnan(?:t|cy)|expecting (?:a|our|my|their) (?:\\w+ )?(?:baby|child|kid|little one)|new baby|had a baby|baby (?:is|was) due|(?:over|for) (?:christmas|thanksgiving|the holidays|diwali|hanukkah) (?:with|we|i))", reason: 'life-event' },
  // "We're moving house next month." "We just bought a place."
  { match: "(?:moving (?:house|home|apartments?|flats?|to a new)|(?:just |recently )?moved (?:house|home|in|into)|(?:new|our|my) (?:house|home|flat|apartment|place)|house[- ]hunting|renovat(?:ing|ion)|(?:bought|buying) a (?:house|home|place|flat))", reason: 'home' },
  // "I've had a cold all week." "I'm getting over the flu." "My back is killing me."
  { match: `(?:${SELF} ${INTENSE}(?:sick(?! (?:of|and tired))|ill|unwell|under the weather|getting over (?:a|the|my) (?:cold|flu|bug|cough|virus|covid)|recovering from (?:a|the|my|surgery|covid|flu))|(?:a|the|this|my|bad) (?:cold|flu|stomach bug|migraine|headache|fever|covid|cough)|(?:not|haven'?t been|hasn'?t been|hardly|barely|never) sleeping|(?:haven'?t|hasn'?t|hadn'?t|have not|has not) slept|my (?:back|knee|neck|shoulder|hip|foot|leg|arm|throat|voice) (?:is|has been|went|hurts|was|gave)|(?:doctor|dentist|physio|vet)'?s? (?:appointment|visit)|haven'?t slept|no sleep|barely slept|jet ?lag(?:ged)?)`, reason: 'health' },
  // "Long week, I'm running on coffee." "I'm living out of boxes." Tiredness alone is `emotion`, not personal.
  { match: `(?:running on (?:coffee|caffeine|no sleep)|living out of (?:boxes|a suitcase)|(?:it'?s been|been|what|had) (?:such )?a (?:long|rough|crazy|hectic|lovely|great) (?:day|week|night|morning|weekend)|rough (?:night|morning|weekend)|(?:exhausting|tiring),? but)`, reason: 'personal-state' },
  // "It's pouring here." "We had two feet of snow." "Denver in February, you know."
  { match: "(?:the weather(?! window)|(?:it'?s|it is|been) (?:pouring|snowing|raining|freezing|boiling|so hot|roasting|sweltering|gorgeous out)|heat ?wave|snow ?storm|(?:feet|inches) of snow|snowed in|power (?:is )?out at (?:home|my place|the house))", reason: 'weather' },
  // "I walked forty thousand steps." "I ran a marathon on Sunday." "Off to my kid's football game."
  { match: "(?:marathon|half marathon|(?:the )?gym|yoga|golf|fishing|camping|hiking|a hike|skiing|surfing|(?:football|soccer|baseball|basketball|hockey|rugby|cricket) (?:game|match|practice|season)|concert|my garden|gardening|road trip|(?:a|my|our) trip to|\\w+ thousand steps|(?:sore|aching) feet)", reason: 'leisure' },
  // "I'm originally from Lisbon." "I just got back from my cousin's."
  { match: "(?:i'?m originally from|(?:i|we) grew up in|my hometown|back home in|(?:i|we) live (?:in|near|out)|my commute)", reason: 'personal-background' },
  // "We had twins in February." "The missus and I just had our third." "Our second arrived in April." "My 3-week-old on my shoulder."
  { match: "(?:(?:we|i|wife|she) (?:just |only )?had (?:twins|triplets|our (?:first|second|third|fourth|fifth)|a (?:little )?(?:boy|girl|baby))|our (?:first|second|third|fourth) (?:arrived|was born|came along)|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:week|month|day)-old|(?:the|my) missus|my (?:lad|lads|boy|girl|old man|old dear|nan|nana|gran|grandad|own kids|other half)(?:'?s)?|(?:his|her|their) (?:nan|gran|grandad)(?:'?s| passed| died)|been signed off|(?:he|she) died (?:on|last|this|yesterday)|(?:from|at) my kitchen(?: table)?)", reason: 'family' },
  // "I've hardly slept." "I'm off for surgery from the 20th." "I live on my own." "I came off a ladder." "Lost my job on Friday."
  { match: "(?:(?:hardly|barely|not|never) slept|not slept properly|(?:\\d+|two|three|four|five|six) hours'? sleep|(?:i'?m|i am|i'?ll be) off (?:for|with) (?:surgery|an? \\w+)|(?:hip|knee) replacement|i live (?:on my own|alone|by myself)|(?:i|i'?ve) (?:came|fell) off (?:a|the|my)|(?:in|wearing) a (?:back |neck )?brace|(?:i'?m|i am) type (?:1|one|2|two)|(?:lost|losing) my job|(?:i was|i'?ve been|i got|i'?m being|i am being|i'?ve just been) (?:made redundant|let go|laid off)|me included|i'?m finishing at|remortgag\\w+|going through a divorce|(?:i'?ve|i have|just) moved out|the hospital'?s (?:just )?(?:rung|called|calling))", reason: 'health' },
]

const matcher = compileCues(patterns)
// "I've just told you I've been made redundant": restating news already given is a reproach, not a new personal cue (gold/README rule 23).
const restated = compileCues([{ match: "(?:(?:i'?ve|ive|i have|we'?ve|we have) just told you|as i (?:said|told you)|like i said)", reason: 'restated' }])

/** A customer shares something about their personal life or state beyond the business. */
export const personal: Detector = {
  id: 'personal',
  role: 'customer',
  description: 'Customer shares personal life or state beyond the business at hand',
  detect({ conversation, report }) {
    reportFirstCue(conversation, matcher, report, restated)
  },
}
