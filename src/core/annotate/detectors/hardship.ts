import type { Detector } from '../detector.js'
import { compileCues, type CuePattern, reportFirstCue } from '../lexicon/cues.js'

// labels.md: a serious personal or professional hardship (illness, death, family crisis, layoffs,
// the company in trouble). Ordinary busyness is not hardship ("Budget season is busy").
const patterns: readonly CuePattern[] = [
  // "My manager's husband is in hospital." "Dad's in the ICU."
  { match: "(?:in (?:the )?hospital|at the hospital with|hospitali[sz]ed|(?:the )?icu|intensive care|a&e|emergency room|hospice|rushed to|ambulance)", reason: 'hospital' },
  // "My dad had a stroke on Saturday." "She was diagnosed with cancer." "He needs surgery."
  { match: "(?:(?:a|had a|having a)(?: small| mild| major| massive| minor| bad| second)? (?:stroke|heart attack|seizure|breakdown|nervous breakdown|miscarriage)|cancer|chemo(?:therapy)?|tumou?r|diagnosed with|(?:the |a )?diagnosis|terminally ill|terminal (?:cancer|illness|diagnosis)|(?:had|having|needs|need|going in for|recovering from) (?:an? )?(?:surgery|operation|emergency surgery)|(?:seriously|really|very|gravely|critically|chronically) (?:ill|sick|unwell)|(?:long|serious|mystery) illness|dementia|alzheimer'?s|broke my (?:leg|arm|hip|back|neck|wrist|ankle)|long covid|mental health (?:crisis|issues|struggles)|on (?:medical|sick|compassionate|bereavement) leave|signed off (?:sick|work))", reason: 'illness' },
  // "My mother passed away last week." "We lost our founder in March." "The funeral is Friday."
  { match: "(?:passed away|passed on|(?:has|had|just|recently) passed|(?:my|our|his|her|their) (?:\\w+ ){1,2}died|died (?:last|on|in|suddenly|unexpectedly|over|this)|(?:who|she|he) died|death in the family|(?:a |the )?death of|funeral|bereave(?:d|ment)|grieving|memorial service|(?:lost|losing) (?:my|our|his|her|their) (?:\\w+ )?(?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|baby|brother|sister|grandmother|grandfather|grandma|grandpa|friend|colleague|founder|ceo|boss|uncle|aunt|parent|dog|cat))", reason: 'bereavement' },
  // "We had layoffs last week." "Half the team was let go." "They're making redundancies."
  { match: "(?:lay ?offs?|laid off|laying (?:off|people off)|lay(?:ing)? (?:off )?(?:people|staff|half|a third|\\d+|some of) ?(?:\\w+ )?off|(?:were|was|been|being|got|get|getting) let go|let (?:\\d+|half|a third|some|most|many|two|three|four|five|six|ten|twenty|people|staff|(?:\\w+ )?(?:people|staff|employees|engineers|reps|drivers|nurses)) (?:\\w+ )?go|redundanc(?:y|ies)|made redundant|(?:lost|losing) (?:my|his|her|their|our) jobs?|(?:losing|lose|lost|cutting|cut) (?:\\w+ ){0,2}(?:staff|people|employees|jobs|positions|roles|posts|heads|assistants|teachers|nurses|drivers|engineers)|(?:budget|funding|grant)s? (?:got |was |were |has been |have been |been |being )?(?:cut|slashed|halved|pulled)|(?:investor|funding|backer)s? (?:\\w+ )?pulled out|job cuts|(?:staff|head ?count|workforce) (?:cuts|reductions?)|cut (?:our|the) (?:team|staff|headcount|workforce)|downsiz(?:e|ed|ing)|(?:a|the|big|major|company|huge|another) restructur(?:e|ing)|restructur(?:e|ed|ing) (?:of )?(?:the |our )?(?:company|business|team|department|organi[sz]ation|org|group)|(?:being|been|getting|got) restructured|furlough(?:s|ed)?|pay cuts?|(?:salary|hiring|spending) freeze)", reason: 'layoffs' },
  // "We might go under." "The company filed for bankruptcy." "Cash flow is a crisis."
  { match: "(?:bankrupt(?:cy)?|chapter (?:7|11|seven|eleven)|insolven(?:t|cy)|receivership|(?:went|go|going|gone) (?:into )?administration|(?:go|going|went) under|(?:go|going|went) bust|(?:shut(?:ting)?|clos(?:e|ed|ing)) (?:down )?(?:our doors|the (?:business|company|shop|store|plant|factory)|(?:the|our|a) (?:\\w+ )?(?:site|office|location|branch|store) for good)|out of business|(?:may|might|won'?t|will not|not) survive|fighting for survival|stay afloat|(?:lost|losing) (?:our|the|their) (?:biggest|largest|main|anchor|top|key|best) (?:\\w+ )?(?:client|customer|account|contract)|cash ?flow (?:crisis|problems?|issues?|is tight|is a nightmare)|(?:can'?t|couldn'?t|cannot|might not|may not|won'?t|not) (?:be able to )?(?:make|cover|meet|run) payroll|cash (?:is|has been|'?s) (?:really |very |extremely |so )?tight|(?:close|closing|closed|shut|shutting) (?:down )?(?:\\w+ ){0,2}(?:stores|shops|sites|offices|branches|locations|restaurants|clinics|plants|factories)|(?:can'?t|couldn'?t|cannot) pay (?:our|my) (?:staff|people|drivers|employees|team|rent|bills)|in (?:serious |real |big )?(?:financial )?trouble|(?:financial|serious) difficult(?:y|ies)|struggling to pay|(?:were|was|got) (?:acquired|bought out) and)", reason: 'company-in-trouble' },
  // "I'm going through a divorce." "My son was in a car accident." "Our warehouse flooded."
  { match: "(?:divorc(?:e|ed|ing)|separat(?:ed|ing) from|custody|(?:car|bad|serious|terrible|horrible) (?:accident|crash)|(?:was|were|got) in an accident|(?:a |the )?(?:house|office|warehouse|building|kitchen) fire|burn(?:ed|t) down|flooded|flooding (?:in|at)|(?:the|a) flood(?! of)|hurricane|tornado|earthquake|wildfire|evacuat(?:ed|ion)|(?:break-?in|burglary|burgled|robbed)|evict(?:ed|ion)|homeless|family (?:emergency|crisis|situation|tragedy)|personal (?:emergency|crisis|tragedy)|(?:no|without) (?:heat|heating|power|water) (?:since|for))", reason: 'crisis' },
]

const matcher = compileCues(patterns)

/** A customer reports a serious personal or professional hardship. */
export const hardship: Detector = {
  id: 'hardship',
  role: 'customer',
  description: 'Customer reports a serious hardship: illness, death, family crisis, layoffs, company in trouble',
  detect({ conversation, report }) {
    reportFirstCue(conversation, matcher, report)
  },
}
