import type { Detector } from '../detector.js'
import { compileCues, type CuePattern, reportFirstCue } from '../lexicon/cues.js'

// labels.md: asks for proof, certainty or guarantees before committing.
const patterns: readonly CuePattern[] = [
  // "How do I know it'll actually work?" "How can we be sure the data is safe?"
  { match: "(?:how (?:do|can|would|will|could) (?:i|we) (?:know|be sure|be certain|be confident|trust|tell|verify|check|make sure|be assured)|how (?:do|can|would|will) you (?:guarantee|prove|ensure|make sure|know|be sure)|what (?:makes you|assurance|guarantee|proof|evidence)|why should (?:i|we) (?:believe|trust))", reason: 'how-do-i-know' },
  // "Can you guarantee the go-live date?" "Will you put that in writing?"
  { match: "(?:(?:can|could|will|would|do) you (?:guarantee|promise|prove|commit to|put (?:that|it|this) in writing|stand behind|back that up)|guarantee(?:d|s)?|in writing|money[- ]back|(?:an? |the |your )sla|service level|penalt(?:y|ies) (?:if|for)|(?:out|exit|break) clause|(?:contract )?exit if|get out (?:of (?:it|the contract|the deal) )?if|get out of the contract if)", reason: 'guarantee' },
  // "Do you have references?" "Any case studies from companies our size?" "Who else uses it?"
  { match: "(?:references?|reference (?:customers?|calls?|checks?)|case stud(?:y|ies)|testimonials?|(?:proof|evidence|track record) (?:that|from|of|it|you|showing|on|with|in|for)|(?:any|other) (?:\\w+ )?(?:customers|clients|companies|schools|practices|hospitals|users|businesses|teams) (?:in|like|using|who|that|find|use|say|think|rate)|(?:failure|success|error|churn) rates?|how (?:many|often) (?:of (?:these|them) |\\w+ )?(?:go wrong|fail|break|go down|roll back)|(?:actually|already) us(?:es|ing) (?:it|this|you|your)|(?:show|prove) (?:me|us|it)|proof|(?:customers?|clients?|companies|businesses|teams|schools|clinics|firms) (?:like (?:us|ours)|(?:of )?our size|our scale|in our (?:industry|space|sector|situation|position)|with (?:a )?similar)|who else (?:uses|is using|has|runs|switched)|(?:talk|speak) to (?:a |an |one of your |some of your |other )?(?:existing )?(?:customers?|clients?|users))", reason: 'proof' },
  // "I need to know this actually works at our scale." "Will it handle our volume?"
  { match: "(?:at our (?:scale|size|volume|level)|(?:will|would) (?:it|this|that|your \\w+) (?:actually |really |even )?(?:work|scale|handle|cope|hold up|keep up)|(?:does|will|would|can|could) (?:it|this|that|your \\w+) (?:actually|really|even) (?:work|scale|handle|cope|hold up|keep up|integrate|talk to|play nicely)|(?:actually|really) works?|(?:need|want|have|got|like) to (?:be sure|be certain|be confident|make (?:absolutely )?sure|know (?:it|this|that)|(?:see|watch) (?:[\\w']+ ){0,4}(?:work|working|in action|live)|see (?:some )?(?:proof|evidence|numbers|results))|know for (?:certain|sure)|(?:need|want|like) (?:it|that|this) (?:confirmed|verified|guaranteed|in writing))", reason: 'will-it-work' },
  // "What if it doesn't work?" "What happens if the migration goes wrong?"
  { match: "(?:what (?:if|happens if|happens when|do we do if|would happen if) (?:\\w+ ){0,4}(?:doesn'?t|don'?t|won'?t|fails?|breaks?|goes wrong|go wrong|isn'?t|can'?t|crashes|loses?|lose|gets? (?:lost|wrong|messed)|messes up|goes down|stops)|what'?s (?:the|my|our) (?:fallback|plan b|risk|exposure)|(?:is|are) (?:it|there) (?:any )?risk|(?:how|what) (?:risky|safe|secure)|(?:is|are) (?:it|this|my|our) (?:\\w+ )?(?:safe|secure)|(?:roll ?back|back out) if|if (?:your|the|it|this) (?:\\w+ ){0,3}(?:goes down|go down|fails|breaks|crashes|doesn'?t work|stops working|loses|gets (?:it|that) wrong)(?:[\\w ,]{0,40}) then what|then what)", reason: 'what-if' },
  // "We've been burned before." "The last vendor promised the same thing." "Can we pilot it first?"
  { match: "(?:(?:been |got |were )?burn(?:ed|t) (?:before|by|last time|in the past)|(?:last|previous|old) (?:time|vendor|provider|tool|system|implementation|rollout|migration) (?:we|promised|failed|went|said|was a|ended)|(?:everyone|every vendor|they all) (?:says?|promises?|claims?) (?:that|this|the same)|(?:(?:can|could|would|do) (?:we|you|i) (?:\\w+ ){0,2}|(?:a |an )?(?:free ))(?:trial|pilot|proof of concept|poc)|(?:trial|pilot|proof of concept|poc) (?:first|before)|(?:can|could) we (?:try|test|trial|pilot) (?:it |this )?(?:first|before|out)|before (?:we|i) (?:commit|sign|buy|decide|roll (?:it|this) out))", reason: 'prove-it' },
  // "I'd need to see it cope with ninety engineers." "I still need evidence your tool catches things." "I need a written commitment on the fix time."
  { match: "(?:(?:need|want|like) to see (?:it|them|this|that|your \\w+) (?:\\w+ )?(?:cope|handle|build|do|run|work|scale|prove|catch)|(?:need|want|'?d want|'?d need|need to see) (?:\\w+ ){0,2}(?:evidence|proof|written|a promise|a guarantee|an? (?:incident )?report|numbers (?:i|we) can (?:defend|trust))|audited (?:\\w+ )?(?:uptime|figures|numbers|accounts|results)|uptime (?:during|figures|numbers|record|history)|(?:missed[- ]\\w+|uptime|fix|failure|defect|return) rate|is there a catch|what'?s the catch|(?:will|would) (?:it|the new ones|they|this) (?:actually|definitely|really) (?:last|be|work|arrive|hold)|(?:will|would) (?:it|the price|that) (?:\\w+ )?(?:jump|go up|rise|double)|won'?t (?:jump|go up|rise)|(?:can|could) you (?:also )?(?:confirm|email me confirmation|email confirmation|send confirmation)|(?:refundable|cancel\\w*) if|what do (?:i|we) get if|until (?:i|we) know|before (?:i|we) (?:take|put|bring) (?:it|this|anything) to|(?:speak|talk) to (?:a |an |another |someone )(?:[\\w']+ ){0,3}(?:who'?s done it|who has done it|using it|who uses it|peer|with drivers)|not (?:marketing|a brochure|a demo|sales)|need to know (?:the|your) (?:\\w+ )?(?:actually|will|won'?t|can))", reason: 'prove-it' },
]

const matcher = compileCues(patterns)

/** A customer asks for proof, certainty or guarantees before committing. */
export const reassurance: Detector = {
  id: 'reassurance',
  role: 'customer',
  description: 'Customer asks for proof, certainty or guarantees before committing',
  detect({ conversation, report }) {
    reportFirstCue(conversation, matcher, report)
  },
}
