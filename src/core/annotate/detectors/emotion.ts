import type { Detector } from '../detector.js'
import { compileCues, type CuePattern, INTENSE, SELF, reportFirstCue } from '../lexicon/cues.js'

// labels.md: a feeling about their situation (frustration, anger, worry, stress, overwhelm,
// disappointment, sadness, also strong relief or excitement). `detail` is the Ekman emotion the
// matched words name. The trained model (model/index.ts, GoEmotions) is not combined: on gold/dev,
// adding its hits at any threshold brought only false positives, and its emotion names were often
// "neutral" or "joy" for plainly upset customers, so the label and its detail stay lexical.
const patterns: readonly CuePattern[] = [
  // "That was not a fun afternoon." "We're not happy with how this went."
  { match: "(?:not|isn't|wasn't|aren't|weren't|never) (?:very |too |at all |exactly |particularly )*(?:happy|pleased|impressed|thrilled|amused|a fun \\w+|fun|funny|a good look|ok with this|okay with this)|not (?:my|our) (?:proudest|finest|best|favou?rite) (?:moment|month|day|week|hour|year|afternoon)", reason: 'negated-positive', detail: 'sadness' },
  // "I'm at my wits' end." "I'm at the end of my tether."
  { match: "(?:at (?:my|our) wits'? ends?|(?:at )?the end of (?:my|our) (?:tether|rope)|beside myself|losing my mind|lose my mind|pulling my hair out|tearing my hair out|at breaking point|my blood boil\\w*|had it up to here)", reason: 'idiom-distress', detail: 'anger' },
  // "I can't take it anymore." "I can't do this anymore."
  { match: "(?:can'?t|cannot) (?:take|do|deal with|handle|cope with|keep doing) (?:it|this|that|them)(?: any ?more| much longer)", reason: 'cannot-take-it', detail: 'anger' },
  // "I'm fed up." "Sick and tired of chasing this." "We've had enough."
  { match: "(?:fed up|sick (?:and tired )?of|tired of|had enough|had it with|the last straw|enough is enough|done with (?:this|you|it|all this))", reason: 'fed-up', detail: 'anger' },
  // "It drives me crazy." "This is driving us nuts."
  { match: "(?:driv(?:es|ing|en) (?:me|us) (?:crazy|nuts|mad|insane|up the wall|round the bend|bananas)|makes? (?:me|us) (?:so )?(?:mad|angry|furious|crazy|sick))", reason: 'drives-me-crazy', detail: 'anger' },
  // "I'm over the moon." "That's a huge weight off." "Thank God."
  { match: "(?:over the moon|on cloud nine|(?:a )?(?:huge |big |massive |real )?weight off|thank (?:god|goodness|heavens)|phew|made my (?:day|week)|(?:a |an absolute |such a )?life ?saver|music to my ears)", reason: 'idiom-relief', detail: 'joy' },
  // "Honestly I'm drowning here." "We're completely swamped."
  { match: `(?:${SELF} ${INTENSE}(?:drowning|swamped|buried|slammed|snowed under|stretched (?:so |too |really )?thin|burn(?:ed|t) out|exhausted|knackered|shattered|wiped out|worn out|running on empty|at the end of (?:my|our) rope|in over (?:my|our) heads?|scrambling|panicking|freaking out|losing it|at a loss|on edge|in tears|in a panic|tired(?! of)|(?:a bit |completely |totally |so |really )?lost(?! (?:the|my|our|a|an|two|three|\\w+ (?:days|weeks|hours))))|burn(?:ed|t) out|burnout|going (?:crazy|insane|mad|nuts|out of my mind)|drowning in|keeps? me (?:up|awake) at night|losing sleep|(?:can'?t|couldn'?t) sleep|sleepless nights?|(?:not|haven'?t been|hasn'?t been|hardly|barely|never) sleeping|(?:haven'?t|hasn'?t|hadn'?t|have not|has not) slept|under (?:real |a lot of |so much |huge |massive |serious |enormous |intense |a ton of |constant )?pressure|(?:just )?(?:about )?(?:getting through (?:it|the day|the week)|hanging in there|keeping (?:my|our) heads? above water))`, reason: 'overwhelm', detail: 'fear' },
  // "I'm worried the invites go out early." "That's stressing me out." "We're anxious about go-live."
  { match: "(?:worr(?:ied|ying|ies|y)|anxious|anxiety|nervous|scared|afraid of|terrified|frightened|panic(?:ked|king)?|uneasy|dread(?:ing|ed)?|nerve-?wracking|stress(?:ed|ful|ing)?(?! test)|overwhelm(?:ed|ing)?|freak(?:s|ed|ing)? (?:me|us) out)", reason: 'worry-word', detail: 'fear', negatable: true },
  // "I'm so frustrated." "Frankly I'm furious." "It's really annoying."
  { match: "(?:frustrat(?:ed|ing|ion|es)|annoy(?:ed|ing|s)|irritat(?:ed|ing)|angry|furious|livid|fuming|outraged|infuriat(?:ed|ing)|pissed(?: off)?|exasperat(?:ed|ing)|aggravat(?:ed|ing)|mad (?:at|about)|resent(?:ful)?|(?:i|we) hate(?! to)|(?:i|we) hated)", reason: 'anger-word', detail: 'anger', negatable: true },
  // "This is ridiculous." "It's completely unacceptable."
  { match: "(?:ridiculous|unacceptable|(?:that'?s|thats|this is|it'?s|its) not how you treat|how dare|(?:losing|lost|running out of) (?:my |our )?patience|patience is (?:wearing|running) thin|outrageous|absurd|a joke|a disgrace|disgraceful|appall(?:ed|ing)|disgust(?:ed|ing)|shameful|insulting|infuriating)", reason: 'outrage-word', detail: 'anger', negatable: true },
  // "I'm really disappointed." "I'm gutted." "It was so embarrassing in front of the board."
  { match: "(?:disappoint(?:ed|ing|ment)|sad|saddened|upset|gutted|heartbroken|heartbreaking|devastat(?:ed|ing)|crushed|miserable|depress(?:ed|ing)|let down|(?:felt|feel|feeling) hurt|discouraged|demoraliz(?:ed|ing)|demoralis(?:ed|ing)|hopeless|helpless|embarrass(?:ed|ing)|humiliat(?:ed|ing)|ashamed|lonely|crying|cried|in tears|broke my heart|heart ?sink|soul[- ]destroying|mortified|close to tears|on the verge of tears|stings|stung|still hurts)", reason: 'sadness-word', detail: 'sadness', negatable: true },
  // "It's been a nightmare." "Honestly the whole month was a disaster."
  { match: "(?:nightmare|(?:a|an absolute|total|complete) (?:disaster|mess|shambles|circus)|horrible|horrendous|terrible|awful|dreadful|miserable|brutal|hellish|a living hell|chaos)", reason: 'distress-word', detail: 'sadness', negatable: true },
  // "I'm so relieved." "We're thrilled." "I'm really excited about this."
  { match: "(?:relieved|what a relief|such a relief|a relief|thrilled|delighted|ecstatic|overjoyed|excited|so exciting|really exciting|(?:so|really|very|super|incredibly|genuinely) (?:happy|glad|grateful|pleased)|can'?t wait (?:to|for|until)|(?:i|we) love (?:it|this|that)|amazing news|great news)", reason: 'joy-word', detail: 'joy', negatable: true },
  // "I was shocked." "I can't believe nobody called."
  { match: "(?:shocked|stunned|speechless|blown away|flabbergasted|gobsmacked|astonished|(?:can'?t|cannot|couldn'?t) believe|unbelievable)", reason: 'surprise-word', detail: 'surprise' },
  // "It's been really hard." "Did anyone actually read my email?" "Your importer can't even tell me which row."
  { match: "(?:(?:it'?s|its|it has|this has|that'?s|thats|it was|things have) been (?:really |so |very |incredibly |pretty |quite )?(?:hard|tough|difficult|rough|a struggle|a nightmare|a lot)|did (?:anyone|anybody|you|they) (?:\\w+ )?(?:actually|even) read|(?:can'?t|cannot|couldn'?t) even (?:tell|find|get|answer|give|be bothered|do)|(?:great|brilliant|perfect|fantastic|wonderful|lovely),? just (?:great|brilliant|perfect|fantastic|wonderful|lovely)|thanks for nothing)", reason: 'implied-distress', detail: 'anger' },
  // "Ugh." "Oh my god, again?" "For God's sake."
  { match: "(?:are you (?:serious|kidding(?: me)?|joking)|you'?(?:ve|re) got to be kidding|ugh+|argh+|gah|jeez|geez|for (?:god'?s|goodness|heaven'?s|pete'?s) sake|for crying out loud|oh my god|omg|dammit|damn it|what the hell|what the heck|bloody hell)", reason: 'exclamation', detail: 'anger' },
  // "I was sick to my stomach." "I get a knot in my stomach." "My heart's been going since I spotted it." "I felt about two inches tall."
  { match: "(?:sick to (?:my|the pit of my) stomach|(?:felt|feel|feeling|i was|made me) (?:physically |a bit |so |really )?sick|knot in my stomach|(?:my )?heart'?s? (?:been |was |is )?(?:going|racing|pounding|in my mouth|sank)|(?:i was |i'?m |still )?shaking|(?:two|three|an?) inch(?:es)? tall|(?:still )?cringe|cringing|mortifying|(?:a )?kick in the teeth|doing my head in|(?:i'?m|im|i am|pretty|so|really|bit|a bit) (?:\\w+ )?wound up|raging|(?:absolutely |so |proper )?buzzing|(?:kind of |bit |a bit |so |totally )?(?:fried|frazzled|wrung out|numb|rattled|shaken|gutted|gutting)|running on fumes|treading water|(?:a bit |bit |so |completely )?all over the place|(?:my )?head (?:is not|isn'?t|'?s not) (?:there|in it|in the game)|about to lose it|eating (?:us|me) alive|out of patience|(?:i'?ve|i have|we'?ve) been had|(?:not|isn'?t|wasn'?t) in (?:a|the) (?:great|good|best) mood|(?:massive|huge|such a|real|big|an enormous) relief|(?:can|could) (?:finally )?breathe|saved my (?:week|day|life|bacon|skin)|(?:one |so |really )?proud|scares (?:me|us)|(?:it|that) scared me|(?:a|it'?s been a|been a) (?:grim|rough|horrible|hard|tough|bad|brutal) (?:few )?(?:week|weeks|month|months|stretch|year|time|patch|morning|day|night)s?|(?:the )?(?:worst|longest|hardest) (?:\\w+ )?(?:day|morning|week|month|year|night|afternoon) (?:i'?ve|ive|i have|we'?ve) (?:ever )?had|(?:pretend|say) (?:it'?s|its) been (?:fun|easy|great)|(?:it'?s|its) (?:just |all )?(?:been )?a lot|a lot at home|(?:some days|honestly) (?:it'?s|its) a lot|up and down|had better (?:years|days|weeks|months)|(?:that|it) (?:one )?(?:really )?hurt|keep(?:s|ing)? me up at night|(?:hardly|barely|not|never|haven'?t|not properly) slept|(?:three|two|four|\\d) hours'? sleep|(?:can'?t|cannot|couldn'?t) cope|(?:don'?t|do not) know (?:where to (?:start|turn)|how (?:i'?m|im|we'?re) (?:supposed|going|meant) to|what (?:i|we) (?:will|am going to|'?ll) (?:tell|do))|(?:very |really |so )?uncomfortable (?:week|day|month|time|for me)|bit rich|landed badly|(?:still )?not over it|(?:kind of|sort of|bit|so|i'?m|im) over it|(?:weren'?t|wasn'?t|not) best pleased|(?:can'?t|cannot) say i enjoyed|(?:can'?t|cannot) do another (?:night|day|week|weekend)|the not knowing|fist through|at the end of (?:my|our) rope|chuffed|(?:well |so |really )?made up (?:for|about|with)|(?:sick with worry|worried sick|scared stiff|on tenterhooks)|(?:can'?t|couldn'?t) stop (?:crying|shaking|thinking about)|(?:i'?m|im|i am|i was|i'?ve been) (?:\\w+ )?(?:in bits|in pieces|a wreck|a mess|tearing up)|(?:swear|swearing) at (?:my|the))", reason: 'felt-state', detail: 'sadness' },
  // "Seriously?" "You are joking." "Are you having a laugh?" "And I'm the one who has to sort it out?" "Are you even listening?"
  { match: "(?:seriously\\?|(?:you are|you'?re|youre) (?:joking|kidding|having a laugh)|are you (?:having a laugh|even listening|for real)|(?:and )?(?:i'?m|im|i am) the one (?:who|that) (?:has to|have to|fixes|looks|pays|gets|ends up|had to)|(?:you|they)'?re not even going to try|i (?:feel|felt) like (?:i'?ve|i have|i'?d) been)", reason: 'disbelief', detail: 'anger' },
  // "So it's your release. Great." "oh brilliant thats really reassuring" "Brilliant. Thanks for that."
  { match: "(?:(?<=[a-z0-9][.?!] )(?:great|brilliant|fantastic|wonderful|lovely|marvell?ous|perfect)[.!]|oh (?:brilliant|great|fantastic|wonderful|lovely|perfect)|(?:brilliant|great|fantastic|wonderful)\\.? (?:thanks for that|thats really|that'?s really|and (?:i'?m|im) meant)|(?<=\\d[.!] )(?:brilliant|great)|thanks ever so much\\.?$)", reason: 'sarcasm', detail: 'anger' },
]

const matcher = compileCues(patterns)

/** A customer expresses or clearly implies a feeling about their situation. */
export const emotion: Detector = {
  id: 'emotion',
  role: 'customer',
  description: 'Customer expresses or implies a feeling: frustration, worry, stress, disappointment, relief',
  detect({ conversation, report }) {
    reportFirstCue(conversation, matcher, report)
  },
}
