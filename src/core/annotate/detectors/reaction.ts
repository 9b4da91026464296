import type { Detector } from '../detector.js'
import { firstIn, phraseSet } from '../lexicon/behaviours.js'
import { textOf } from '../text.js'

// Good news words, said only of what the customer told: "That's wonderful news." "that's a relief"
const joy = '(?:a relief|such a relief|a huge relief|great news|good news|wonderful news|amazing news|fantastic news|brilliant news|huge news|wonderful|fantastic|brilliant|amazing|exciting|lovely|huge|a big deal|(?:enormous|big|huge|great|good|wonderful|amazing|fantastic|brilliant|lovely|exciting) news)'
// Words a listener uses for how something must feel: "maddening", "a gut punch", "a nightmare".
const feeling =
  "(?:maddening|infuriating|frustrating|awful|terrible|horrible|horrendous|dreadful|rough|brutal|miserable|exhausting|draining|stressful|painful|a nightmare|nightmare|a mess|a disaster|tough|hard(?! to| for)|heartbreaking|heart-breaking|devastating|scary|frightening|worrying|upsetting|unacceptable|ridiculous|outrageous|unfair|gutting|grim|harsh|gruelling|grueling|crushing|soul-destroying|demoralising|demoralizing|disheartening|discouraging|annoying|irritating|aggravating|disappointing|a letdown|a let-down|awkward|embarrassing|humiliating|alarming|a worry|exasperating|tiring|tedious|a hassle|a drag|nerve-wracking|overwhelming|a lot to (?:deal with|carry|handle|take in)|a lot on your plate|the worst|so much|a gut punch|a kick in the teeth|a blow|a shock|a real shock|a punch in the gut|a headache|a pain|a slog|a grind|an ordeal|a rollercoaster|a roller coaster|poor from us|not good enough|not ok|not okay|no way to|a horrible|a terrible|an awful|a miserable|a rough|a tough|a brutal|a hard|a stressful|an exhausting|a frustrating|a scary|a lonely|lonely|sad|so sad|gutted|a shame|such a shame|a real shame|sting|hurt|bite|suck|stink)"
const intensifiers = '(?:just |so |really |truly |absolutely |completely |genuinely |honestly |such |pretty |incredibly |super |properly |seriously |utterly |totally |beyond |quite |a really |a genuinely |an absolutely )*'

const phrases = phraseSet([
  // "Oh no, what a week." "Oof." "Ugh, that's the worst." (not "oh no problem", "no worries")
  { match: /\b(?:oh,? no|ah,? no|oh,? man|oh,? god|oh,? gosh|oh,? dear|oh,? wow|oof|ugh|ouch|yikes|yeesh|argh|good grief|oh boy|jeez|geez|blimey|goodness|good lord)\b(?![, ]*(?:problem|worries|worry|need|rush|bother|trouble)\b)/, reason: 'interjection', words: 'oh ah oof ugh ouch yikes yeesh argh grief jeez geez blimey goodness lord' },
  // "That's maddening." "that sounds exhausting" "which is a horrible position to be put in" "Oh, that would sting."
  { match: new RegExp(`\\b(?:that|this|which|it|what)(?:'?s| is| was| has been|'?s been| sounds| sounds like| must be| must have been| would| would be| will| seems| looks| feels)(?: like)? ${intensifiers}${feeling}\\b`), reason: 'feeling-word', words: 'maddening infuriating frustrating awful terrible horrible horrendous dreadful rough brutal miserable exhausting draining stressful painful nightmare mess disaster tough hard heartbreaking devastating scary frightening worrying upsetting unacceptable ridiculous outrageous unfair gutting grim harsh gruelling grueling crushing soul demoralising demoralizing disheartening discouraging annoying irritating aggravating disappointing letdown let awkward embarrassing humiliating alarming worry exasperating tiring tedious hassle drag nerve overwhelming lot worst much gut kick blow shock punch headache pain slog grind ordeal rollercoaster roller poor good ok okay way lonely sad gutted shame sting hurt bite suck stink' },
  // "That's wonderful news!" "that sounds like such a relief" (not "it would be wonderful if you could…")
  { match: new RegExp(`\\b(?:that|which)(?:'?s| is| sounds| sounds like| must be| must have been)(?: like)? ${intensifiers}${joy}\\b`), reason: 'joy-word', words: 'relief news wonderful fantastic brilliant amazing exciting lovely huge deal' },
  // "What a week." "what a nightmare"
  { match: /\bwhat an? (?:[a-z]+ )?(?:week|day|morning|month|year|weekend|start|mess|nightmare|ordeal|headache|pain|relief|rollercoaster|roller coaster|thing to|shame|journey|time|fortnight|night|saga|slog|blow)\b/, reason: 'what-a', words: 'week day morning month year weekend start mess nightmare ordeal headache pain relief rollercoaster roller thing shame journey time fortnight night saga slog blow' },
  // "How frustrating." "how exciting"
  { match: /\bhow (?:awful|frustrating|stressful|exciting|horrible|annoying|maddening|exhausting|wonderful|lovely|scary|infuriating|miserable|upsetting|worrying|lovely|great|brilliant|fantastic|nerve-wracking|heartbreaking)\b/, reason: 'how-feeling', words: 'awful frustrating stressful exciting horrible annoying maddening exhausting wonderful lovely scary infuriating miserable upsetting worrying great brilliant fantastic nerve heartbreaking' },
  // "I'd be fed up too." "I'd be furious"
  { match: /\bi(?:'?d| would) (?:be|have been|feel) (?:so |really |pretty |absolutely )?(?:fed up|furious|livid|fuming|frustrated|annoyed|upset|angry|mad|cross|gutted|devastated|exhausted|worried|stressed|losing my mind|pulling my hair out|tearing my hair out|climbing the walls|beside myself|at my wits'? end)\b/, reason: 'would-feel-too', words: 'fed furious livid fuming frustrated annoyed upset angry mad cross gutted devastated exhausted worried stressed losing pulling tearing climbing beside wits' },
  // "I'm really glad." "so glad to hear that" (not "glad to help")
  { match: /\bi'?m (?:so |really |very |genuinely |truly |just )?(?:glad|happy|thrilled|relieved|delighted)\b(?! to (?:help|assist|be of)| you asked)/, reason: 'glad-for-them', words: 'glad happy thrilled relieved delighted' },
  // "Great to hear!" "so glad to hear it's working"
  { match: /\b(?:great|good|lovely|wonderful|brilliant|fantastic|amazing|so good|really good|glad|happy|pleased|relieved|so glad|so happy|really glad) to hear\b(?! (?:from|back)\b)/, reason: 'glad-for-them', words: 'hear' },
  // "That would drive me up the wall." "That can't have been easy." "I can only imagine."
  { match: /\b(?:would|will|must) (?:drive|send) (?:me|anyone|anybody|you|people) (?:up the wall|crazy|mad|nuts|round the bend|spare|over the edge)\b|\bcan'?t (?:have been|be) (?:easy|fun|nice|pleasant|much fun)\b|\bi can only imagine\b/, reason: 'own-words', words: 'drive send easy fun nice pleasant imagine' },
  // "Congratulations!" "congrats on the new role"
  { match: /\b(?:congratulations|congrats)\b/, reason: 'congratulations', words: 'congratulations congrats' },
  // "I'm so sorry about your dad." (a bare "sorry to hear that" is boilerplate)
  { match: /\bi'?m (?:so |really |very |truly )?sorry (?:to hear )?(?:about )?(?:your|you'?ve|you had|you went|you're going)\b(?! (?:time|trouble|inconvenience|wait|experience|patience)\b)/, reason: 'sorry-specific', words: 'sorry' },
  // "My feet hurt just hearing that."
  { match: /\b(?:just|even) (?:hearing|reading|thinking about) (?:that|this|it|about)\b/, reason: 'felt-it', words: 'hearing reading thinking' },
  // "Two weeks of hotspotting, I bet it has."
  { match: /\bi bet (?:it|that|they|you) (?:has|have|is|was|did|does|were|are)(?=[.!,;]|$)/, reason: 'i-bet', words: 'bet' },
  // "I can hear how stressful this has been."
  { match: /\bi can (?:hear|tell|see) (?:how|that you'?re|you'?re) (?:much|stressed|frustrated|tired|worried|upset|exhausted|fed up|hard|stressful|frustrating|tiring|worrying|upsetting|exhausting|difficult)/, reason: 'can-hear', words: 'hear tell see' },
  // "Both in one fortnight?" (an astonished echo is handled by the model, not patterns)
  // "That stinks." "A bad review stings for months."
  { match: /\bthat (?:stinks|sucks|bites)\b|\b(?:that|it|which|review|news|one) (?:really )?(?:hurts|stings)\b/, reason: 'that-stings', words: 'stinks sucks bites hurts stings' },
  // "Losing a Sunday to that is really rough." (any subject, strong words only)
  { match: new RegExp(`\\b(?:is|was|sounds|must be|must have been) ${intensifiers}(?:rough|brutal|awful|horrible|horrendous|miserable|exhausting|maddening|infuriating|gruelling|grueling|heartbreaking|devastating|soul-destroying|a nightmare|a gut punch|a shock|a blow)\\b`), reason: 'feeling-word', words: 'rough brutal awful horrible horrendous miserable exhausting maddening infuriating gruelling grueling heartbreaking devastating soul nightmare gut shock blow' },
  // Owning the harm in their own words (a bare "that's on us" is not enough): "That shouldn't have happened." "it was us"
  // "we made it worse" "you're right to be annoyed" "a daft error on our side" "I won't dress it up"
  { match: /\b(?:it|that) was us\b|\bshouldn'?t have happened\b|\bwe (?:made (?:it|that|this) worse|dropped the ball|let you down|got (?:this|that|it) wrong|messed (?:this|that|it) up)\b|\byou'?re (?:right|entitled) to be (?:annoyed|angry|upset|frustrated|cross|furious|fed up|worried)\b|\b(?:error|mistake|miss|failure|cock[- ]?up) (?:on our (?:side|part|end)|by us|from us)\b|\bi won'?t dress (?:it|that|this) up\b|\byou weren'?t (?:going mad|imagining (?:it|things))\b|\bi'?ve started this badly\b/, reason: 'owns-the-harm', words: 'us shouldnt made dropped let got messed right entitled error mistake miss failure cock dress werent started' },
  // An apology that names this customer's harm: "I'm sorry it took four emails and a week of receipts"
  // "I'm sorry our email landed on top of a year like this" "I'm sorry that in the week you lost two…"
  // (not "sorry for any inconvenience", "sorry for the wait")
  { match: /\b(?:i'?m|i am|we'?re|we are) (?:so |really |very |truly |genuinely )?sorry,? (?:that |it |it'?s |our |my |we |we'?ve |this |the (?!inconvenience|wait|delay|trouble|confusion)[a-z]+ (?:has|have|was|were|did|took|landed|went)\b)(?!(?:that|it|this) (?:is|was)? ?(?:the case|happened)\b)|\bsorry,? i (?:jumped|rushed|went) (?:straight|past|right)\b/, reason: 'sorry-specific', words: 'sorry' },
  // Strong feelings anyone would have: "that would gut anyone" "would make anyone furious" "I'd be wound up
  // too" "I'd be lying awake over it too" "no wonder you're annoyed"
  { match: /\b(?:would|will|could|'d) (?:gut|rattle|floor|flatten|crush|shake|unsettle|wind up|upset|scare|worry|frighten|exhaust|break|wear (?:down|out)) (?:anyone|anybody|everyone|most people)\b|\b(?:leave a scar on|make|drive) (?:anyone|anybody|everyone) (?:furious|angry|mad|livid|nervous|wary|anxious|scared|worried|cross|crazy|feel)\b|\bi'?d (?:be|have been|feel) (?!(?:happy|glad|delighted|pleased|able|keen|open|interested)\b)[a-z' ]{2,25} (?:too|as well)\b|\bno wonder (?:you|you'?re|anything|it|it'?s|he|she|they)\b|\bmust (?:have )?(?:felt|feel) (?:like )?(?:a |an |so |really |awful|horrible|terrible|dreadful|rotten|unsettling|frightening|scary|lonely|infuriating|maddening|insulting)/, reason: 'anyone-would', words: 'anyone anybody everyone people id wonder felt feel' },
  // "That's a rotten job to inherit." "a heavy thing to carry" "a nasty surprise" "genuinely bad timing"
  // "nursing is a brutal course" "a bruising few months" "a lot to swallow" "its own kind of torture"
  { match: new RegExp(`\\b(?:is|was|sounds(?: like)?|must be|must have been|that'?s|thats|that'?ll be|that would be) ${intensifiers}(?:a |an )?(?:real |big |proper |serious |nasty |rotten |heavy |hard |huge |massive )?(?:rotten|nasty (?:surprise|shock|one)|brutal|bruising|heavy thing|heavy load|heavy week|weight|grim|frightening|nuisance|kick(?: in the teeth)?|slap|scar|bad timing|blow|miss|lot to swallow|lot of plates|lot to take|hard place|enormous (?:week|thing|step|change)|its own kind of|torture|hard one|wall|relief|endurance [a-z]+|character[- ]building)\\b`), reason: 'feeling-word', words: 'rotten nasty brutal bruising heavy weight grim frightening nuisance kick slap scar timing blow miss lot hard enormous its torture wall relief endurance character' },
  // Owning a wrong first answer: "You're right, and I'm sorry, I quoted policy instead of looking." "I should have
  // started there." "it shouldn't sit with you"
  { match: /\byou'?re (?:right|quite right),? and i'?m (?:so |really |very )?sorry\b|\bsorry,? (?:i|we) (?:answered|quoted|jumped|rushed|missed|sent you)\b|\bi should have (?:started|led) (?:there|with)\b|\bshouldn'?t (?:sit|fall|land) (?:with|on) you\b/, reason: 'owns-the-harm', words: 'right sorry should shouldnt' },
  // "that kind of week stays with you" "the kind of find that has you scrolling at midnight" "a call nobody wants"
  // "one less thing to carry" "I believe it." "I'm not surprised" "I feel that one" "I can tell it still stings"
  // "what a way to spend it" "about as grim a morning as a broker gets"
  { match: /\b(?:stays|sticks) with you\b|\bthe (?:kind|sort) of [a-z]+ that (?:has|keeps|leaves) you\b|\ba [a-z]+ nobody (?:wants|needs|enjoys)\b|\bone (?:less|fewer) thing\b|\bone thing off\b|\bi believe it\b|\bi'?m not surprised\b|\bi feel that one\b|\bi can tell (?:it|that|this) (?:still )?(?:stings|hurts|matters|got to you)\b|\bwhat a way to\b|\bas (?:grim|bad|rough|tough|hard|miserable) an? [a-z]+ as\b/, reason: 'own-words', words: 'stays sticks kind sort nobody less fewer off believe surprised feel tell way grim bad rough tough hard miserable' },
  // "That's the kind of thing that stays with you."
  { match: /\b(?:the|a) (?:kind|sort) of (?:thing|day|week|moment) (?:that|which) (?:stays|sticks|haunts|wears|eats|keeps)\b/, reason: 'stays-with-you', words: 'kind sort' },
])

// "Oh no, you poor thing, how awful": pity from the outside is `sympathy`, not a reaction ("my heart goes
// out to you all", "so sorry for you guys", "bless him").
const pity = /\b(?:poor (?:thing|things|you|dear|love|lad|girl|boy|guy|man|woman|soul)|you poor|your poor|(?:so|really|just) sorry for (?:you|them|him|her)|my heart goes out|bless (?:him|her|them)|feel (?:so |really |just )?(?:sorry|bad|terrible|awful) for (?:you|them)|i really feel for you|bless you|bless your heart)\b/

const apologyAfter = /^[\s,.!]*(?:i'?m |we'?re )?(?:so |really |very |terribly |truly )*(?:sorry|apologi[sz]e)\b(?![^.!?]*\b(?:about|to hear about|for) your\b)/

/** A warm, own-words reaction showing the customer's feelings landed. */
export const reaction: Detector = {
  id: 'reaction',
  role: 'team',
  description: 'Warm reaction in own words showing the feeling landed',
  detect({ conversation, report }) {
    for (const utterance of conversation.utterances) {
      if (utterance.role !== 'team') continue
      const { lower } = textOf(utterance.text)
      const found = firstIn(phrases, utterance.text, lower)
      if (!found || pity.test(lower)) continue
      // "Oh no, I'm so sorry!!": an interjection that only leads into apologising is `servile`, not a reaction.
      if (found.reason === 'interjection' && apologyAfter.test(lower.slice(found.span[1]))) continue
      report({ utterance: utterance.index, span: found.span, reason: found.reason })
    }
  },
}
