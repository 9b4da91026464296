import type { Detector } from '../detector.js'
import { firstIn, phraseSet } from '../lexicon/behaviours.js'
import { textOf } from '../text.js'

const family = '(?:mum and dad|mom and dad|mum|mom|mother|dad|father|old man|wife|husband|partner|son|daughter|kid|kids|sister|brother|grandmother|grandfather|grandma|grandpa|grandad|granddad|gran|nan|family|parents|folks|in-laws|boy|girl|little one|toddler|baby|aunt|uncle|cousin|nephew|niece|best friend)'

const phrases = phraseSet([
  // "I had a quarter like that last year." "I've had exactly this fight with my own finance team."
  { match: /\bi(?:'?ve| have)? (?:had|went through|dealt with|lived through|faced|been through|did) (?:a|an|one|the same|the exact same|something|exactly|my own|one of those|that|this|a very similar|a similar|similar|much the same|weeks|months|days|years|quarters|customers|clients|bosses)\b[^.?!]{0,60}?(?:like (?:that|this|it|yours)|last (?:year|winter|summer|spring|autumn|fall)|years ago|once|myself|too|as well)\b/, reason: 'same-experience', words: 'had went dealt lived faced been did' },
  // "I did that once during a quarter end and swore never again."
  { match: /\bi (?:did|tried|had|went through|made) (?:that|this|it|the same)(?: \w+)? once\b|\bi once\b|\bswore never again\b|\bi did (?:the same|exactly that|that too|the exact same)\b/, reason: 'did-that-once', words: 'once swore did' },
  // "I've been there." "been there myself" "I know that feeling"
  { match: /\b(?:i'?ve been there|been there (?:myself|too|before)|i know (?:that|the|this) feeling|i know (?:that one|exactly how (?:that|it|you) feel)|same (?:thing )?happened to (?:me|us)|happened to me|that was me|same here|me too|so did i|i'?m the same|been there,? done that|i'?m an? (?:parent|mum|mom|dad|new parent|carer|caregiver|small business owner) (?:too|myself)|as an? (?:parent|mum|mom|dad|former [a-z]+) myself|i struggle with (?:that|this|it)|i find (?:that|this|it) (?:hard|tough|difficult) (?:myself|too))\b/, reason: 'been-there', words: 'been know happened same me did im parent mum mom dad struggle find' },
  // "I was a bit nervous about it too."
  { match: /\bi (?:was|felt|got|get|am|'?m|'?ve been) (?:a bit |a little |pretty |really |so |just as |just )?(?:nervous|worried|scared|anxious|skeptical|sceptical|stressed|frustrated|wary|burned|burnt|the same)\b[^.?!]{0,25}?\b(?:too|as well|myself|once)\b/, reason: 'felt-it-too', words: 'was felt got get am im ive' },
  // "My own line was down for ten days last winter." "I had exactly this fight with my own finance team"
  { match: /\bmy own [a-z]+(?: [a-z]+)? (?:was|were|had|went|did|got|broke|is|has|died|left|crashed|failed)\b|\bwith my own\b/, reason: 'own-experience', words: 'own' },
  // "My mum went through the same last spring." "My dad ran a bakery van" "my brother's a builder" "My parents split when I was fourteen"
  { match: new RegExp(`\\b(?:when )?my ${family}(?:'?s (?:an?|been|got|had|in|house|home|place|[a-z]+ (?:flooded|burned|went|was|were|broke))| (?:went|had|has|was|is|did|got|just|also|spent|broke|passed|died|had to|was in|is in|ran|runs|graduated|split|lost|worked|retired|flooded|'?s (?:been|got|had|in|an?|house|home)))\\b`), reason: 'family-experience', words: 'my' },
  // "When I did payroll at a nursery years ago…" "when I was running support at my last job"
  { match: /\bwhen i (?:was|did|worked|ran|had|started|used to|managed|joined|moved)\b[^.?!]{0,60}?(?:years ago|last (?:year|winter|summer|spring|autumn|fall)|at (?:a|my|an|our)|in my|before|we had|i had)/, reason: 'when-i', words: 'when' },
  // "I still remember the knot in my stomach." "I remember exactly that conversation"
  { match: /\bi (?:still |can still |clearly )?remember (?:the|that|exactly|how|when|being|my|what it|feeling)\b/, reason: 'i-remember', words: 'remember' },
  // "I used to run close at a logistics company." "before I joined Ledgerly I ran support"
  { match: /\bi used to (?:run|work|do|be|manage|have|deal|live|lead)\b|\b(?:in|at) my (?:last|old|previous|first) (?:job|role|company|team|place|employer|office|firm|agency|school|workplace|practice)\b|\bbefore (?:i joined|joining|moving into|i moved into|this job|i came here|coming here)\b|\bi (?:worked|spent (?:\w+ )?(?:years|months)) (?:as|at|in a|in an|in the|the|for a|through)\b|\bi moved (?:house|home|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer))\b|\bi (?:lost|buried) my\b|\bi actually (?:ran|did|worked|had|went|used|was)\b/, reason: 'own-experience', words: 'used last old previous first before joining actually worked spent moved lost buried' },
  // A past of their own, placed in time: "I ran accounts at an agency for four years" "I sat in crew control
  // for four years" "I was made redundant a couple of years back" "I did my first busy-season handover in 2019"
  { match: /\bi (?:ran|managed|sat|spent|did|volunteered|worked|was an?|trained|taught|lived|served|studied|went through|nursed|cared for|looked after)\b[^.?!]{0,70}?(?:\bfor (?:a |an |\w+ )?(?:years?|months|decades?)\b|\b(?:a |\w+ )?(?:couple of |few )?years? (?:ago|back)\b|\bonce\b|\bin (?:19|20)\d\d\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|a few|many|a couple of) (?:years|months|weeks) (?:on|at|in|behind|as|of)\b)/, reason: 'own-past', words: 'ran managed sat spent did volunteered worked was trained taught lived served studied went nursed cared looked' },
  // "I grew up on a dairy farm" "I was on the other side of this once" "I sat on your side of that table"
  // "In my first week here I enrolled a cohort into the wrong year" "When I ran a café I hated the till"
  // "I've been the one refreshing an inbox" "I'm type 1 too" "I was rubbish at maths at his age too"
  // "I went through a restructure at a previous vendor" "When my last employer was bought out" "I sat through one
  // as a junior adviser"
  { match: /\bi grew up\b|\bi was (?:made redundant|laid off|let go|on the other side)\b|\bi sat (?:on|in) (?:your|the other) side\b|\bin my first (?:week|month|year|job|role)\b|\bwhen i (?:started (?:in|at|out)|ran|helped my|worked (?:in|at|as)|was (?:at|in) (?:school|uni|university|college)|was (?:his|her|their|your) age)\b|\bi'?ve been the one\b|\bi'?m (?:type (?:1|one|2|two)|diabetic|asthmatic|a parent|a mum|a mom|a dad|a carer|a twin) (?:too|myself)\b|\bat (?:his|her|their|your) age too\b|\bi (?:[a-z]+ ){0,3}(?:took|had|made|got) (?:that|this|the|a) (?:exact|same|very same|call like yours)\b|\bwe had (?:the exact same|exactly the same|the same thing|a [a-z]+ go in our)\b|\bwhen we moved our own\b|\bat a (?:previous|former|past) (?:vendor|job|company|employer|firm|agency)\b|\bwhen my (?:last|old|previous|first) (?:employer|company|job|boss|team|firm)\b|\bi [a-z]+ [^.?!]{0,30}\bas an? (?:junior|trainee|young|new|graduate|former)\b/, reason: 'own-past', words: 'grew was sat first when ive im age took had made got we previous former past i' },
])

/** A brief, relevant experience or difficulty of the team member's own. */
export const selfDisclosure: Detector = {
  id: 'self-disclosure',
  role: 'team',
  description: 'Shares a brief, relevant experience of their own to connect',
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const found = firstIn(phrases, utterance.text, textOf(utterance.text).lower)
      if (found) report({ utterance: utterance.index, span: found.span, reason: found.reason })
    }
  },
}
