import { DRUG_NAMES } from './lexicon.ts';

/**
 * Regular-expression fragments over normalised text (lower case, accent-free, tokens separated
 * by single spaces, punctuation as its own token). Rules are written from these building blocks
 * so that each family of phrasing (a wish, an intent, an attempt, a method) is written once.
 */

/** A rule pattern: global (every match) with match indices (evidence spans, named groups). */
export function re(source: string): RegExp {
  return new RegExp(source, 'gd');
}

/** A keyword test: any of these whole words. */
export function words(...list: string[]): RegExp {
  return new RegExp(String.raw`\b(?:${list.join('|')})\b`);
}

/** A keyword test: any word beginning with one of these stems. */
export function stems(...list: string[]): RegExp {
  return new RegExp(String.raw`\b(?:${list.join('|')})`);
}

/** Spoken tags that close a clause like punctuation does ("…won't need them fr", "…innit"). */
export const TAG = String.raw`(?:fr|for real|tbh|honestly|innit|yaar|man|bro|dude|mate|seriously|lol|no cap|o sea|neta|though|tho|anyway|anyways)`;

/** One word token (never punctuation). */
export const W = String.raw`[^ .,;:!?]+`;

/** Words a gap may not cross: a new subject, a negation or a condition belongs to another idea. */
const GAP_BLOCK = String.raw`(?:he|she|they|you|him|her|them|people|someone|somebody|everyone|but|because|pero|porque|not|never|no|if|si|unless)\b`;

/** Up to `n` filler words ("want to *just* die", "thought about *maybe* jumping"). */
export function gap(n: number): string {
  return String.raw`(?: (?!${GAP_BLOCK})${W}){0,${n}}`;
}

/** Up to `n` words of any kind but punctuation and negation (inside a phrase whose subject is fixed). */
export function gapAny(n: number): string {
  return String.raw`(?: (?!(?:not|never|no)\b)${W}){0,${n}}`;
}

export const DESIRE = String.raw`(?:wants|wishes|thinks about|feels like|want|wanted|wanting|wanna|wish|wished|wishing|would like|need|needing|feel like|feeling like|felt like|think|thinking|thought|thoughts|consider|considering|considered|contemplate|contemplating|contemplated|imagine|imagining|imagined|picture|picturing|pictured|visuali[sz]e|visuali[sz]ing|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|fantasies|dream|dreaming|dreamt|daydream|daydreaming|urge|urges|tempted|temptation|idea|ideas|obsess|obsessing|obsessed|craving|crave|itching|impulse|impulses|pensar|pensando|pensado|pense|pienso|ganas|quiero|quisiera|deseo)`;

/** Commitment to act. "was going to" is an aborted act, not intent, and is excluded by callers. */
export const INTENT = String.raw`(?:going to|about to|ready to|planning to|planning on|plan to|plan on|planned to|intend to|intending to|decided to|decide to|will|shall|fixing to|set on|determined to|voy a|vamos a)(?: (?:just|really|actually|finally|definitely|seriously|probably|literally|simply|go|go and|try to|try and))*`;

export const NOT_PAST_INTENT = String.raw`(?<!\b(?:was|were) )`;

export const ATTEMPT = String.raw`(?:tried|try|tries|trying|attempted|attempting|attempt|almost|nearly|was going to|were going to|was about to|came close to|started to|intente|trate de|intento de|intentos de)(?: to| and)?`;

/** A subject frame for a reported act: "I have been …", "and …", "used to …". */
export const SELF_FRAME = String.raw`(?:\b(?:i|we)(?: (?:have|had|has|am|was|were|just|also|then|still|even|again|finally|actually|really|basically|kind of|sort of|sometimes|often|always|usually|recently|literally|already|ended up|kept|keep|started|start|went and|would|used to|been|did|do|relapsed and))*|\b(?:been|and|then|and then|started|kept|keep|used to|relapsed and|still))`;

/** The same for acts against others. */
export const SELF_FRAME_OTHERS = String.raw`\b(?:i|we)(?: (?:have|had|just|also|then|even|actually|really|literally|used to|kind of|sort of|basically|ended up|went and|snapped and|lost it and|did|keep|kept|always|sometimes|once))*`;

const DRUGS = DRUG_NAMES.join('|');
export const PILLS = String.raw`(?:pills?|meds|medications?|medicine|medicines|tablets?|capsules?|sleeping pills|painkillers|pain killers|prescriptions?|antidepressants|sleeping tablets|${DRUGS}|[a-z]+ pills)`;
export const QUANT = String.raw`(?:every(?: single| last)?(?= (?:pill|tablet|capsule))|a bunch|a handful|a lot|a ton|a load|loads|a whole bottle|(?:a|half a|half the|most of the|the rest of the|most of a) (?:bottle|box|pack|packet|strip|blister pack|jar|tub)|a whole pack|a whole box|an entire bottle|an entire pack|the whole bottle|the whole pack|all|every one|dozens|too many|(?:like |about |around |over |almost |maybe |at least )?(?:[1-9][0-9]+|twenty|thirty|forty|fifty|sixty|a hundred|hundreds|fifteen|a couple dozen))(?: of)?(?: (?:my|the|those|his|her|these|our))?(?: [a-z]+ 's)?`;
export const QUANT_ES = String.raw`(?:todas (?:las|mis)|un monton de|muchas|el frasco de|un frasco de|una caja de|toda la caja de|todo el frasco de)`;
const TAKE = String.raw`(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed|pop|popping|popped)`;
const PLACE = String.raw`(?:a |the |that |this |my |our |an |his |her )?(?:[a-z]+ )?(?:bridge|building|roof|rooftop|balcony|cliff|cliffs|ledge|window|garage|overpass|tower|train|subway|bus|truck|car|traffic|tracks|river|freeway|highway|car park|top floor|skyscraper|edge|tree|wall|pole|lake|barrier|semi|road|dam|rocks|platform|railing)`;
const PLACE_NP = String.raw`(?:bridge|building|roof|rooftop|balcony|cliff|cliffs|ledge|window|overpass|tower|top floor|edge|platform|railing|dam)`;
const VEHICLE = String.raw`(?:a |the |an |oncoming )?(?:[a-z]+ )?(?:train|bus|truck|car|traffic|tracks|semi|subway|lorry|tram)`;
const PILLS_ES = String.raw`(?:pastillas|pildoras|medicinas|medicamentos)`;

/** Non-specific ways of saying suicide, self-directed. */
export const SUICIDE_VP = String.raw`(?:(?:kill|kills|killed|killing|murder|murdered|murdering|unalive|off|offed|offing|top|topped|topping|neck|necked|necking) myself|(?:do|did|doing) myself in|(?:end|ends|ended|ending|take|takes|took|taking|taken) my (?:own )?life|(?:end|ends|ended|ending) (?:it all|everything|things|it)(?! (?:with|between|off|up|early|for (?:him|her|them|us))\b)|commit(?:s|ted|ting)? suicide|suicide|matarme|suicidarme|quitarme la vida|me mate|me suicide|me quiero matar|me voy a matar|acabar con mi vida|terminar con mi vida)`;

/** Methods that name the self ("hang myself", "slit my wrists", "overdose"): self-directed on their own. */
export const METHOD_REFLEXIVE = String.raw`(?:(?:hang|hanging|hanged|hung) myself|(?:shoot|shooting|shot) myself|(?:drown|drowning|drowned) myself|(?:poison|poisoning|poisoned|gas|gassing|gassed|suffocate|suffocating|suffocated|electrocute|electrocuting|starve|starving|starved) myself(?: to death)?|(?:slit|slitting|slash|slashing|slashed) my (?:wrists?|throat)|(?:cut|cutting) my throat|(?:overdose|overdosing|overdosed)(?! on (?:caffeine|coffee|sugar|candy|chocolate|netflix|tv|work)\b)|(?:took|take|taking|taken) an? overdose|(?:throw|throwing|threw) myself (?:off|in front of|under|from)|(?:blow|blowing) my (?:brains|head) out|(?:put|putting) a (?:gun|bullet|pistol) (?:to|in) my (?:head|mouth)|(?:use|using|used) (?:it|that|a gun|the gun|[a-z]+(?: 's)? (?:gun|rifle|pistol|knife|pills|meds)|my [a-z]+(?: 's)? [a-z]+|the [a-z]+|a [a-z]+) on myself|ahorcarme|me ahorque|pegarme un tiro|cortarme las venas|me corte las venas|tirarme (?:de|del|desde|por|al|a la|a las) [a-z]+|aventarme (?:de|del|desde|al) [a-z]+)`;

/** Methods that need a wish, thought or plan in front to be about suicide ("take all my pills"). */
export const METHOD_PHRASE = String.raw`(?:${TAKE} ${QUANT} ${PILLS}|(?:jump|jumping|jumped|leap|leaping|leapt|fall|falling) (?:off|from|out of|in front of|into|onto|under) ${PLACE}|${PLACE_NP} and jump|(?:step|stepping|stepped|walk|walking|walked|lie|lying|lay|run|running|ran) (?:out )?(?:in front of|into|onto|under) ${VEHICLE}|(?:drive|driving|drove|driven|crash|crashing|crashed|steer|steering|swerve|swerving|swerved|ram|ramming|rammed|veer|veering) (?:my car |the car |my truck |it |myself |off the road )?(?:into|off|in front of|head on into|over) ${PLACE}|(?:jerk|jerking|jerked|yank|yanking|yanked) the (?:steering )?wheel|(?:a |the |some )?(?:rope|noose)(?! (?:swing|course|ladder|bridge|climb))|(?:swallow|swallowing|swallowed) (?:the|those|these|all the) (?:pills|tablets)|(?:pick|picking|picked) up the gun|(?:put|putting|hold|holding|held|press|pressing|pressed)${gapAny(4)} to my (?:temple|head)|(?:aim|aiming|aimed|point|pointing|pointed) (?:it|the gun|a gun|my gun|the barrel) at my (?:head|temple|chest|heart)|carbon monoxide|exhaust (?:pipe|fumes)|(?:drink|drinking|drank) (?:bleach|antifreeze|poison)|(?:tomarme|tomar|me tome|tragarme|me trague) ${QUANT_ES} ${PILLS_ES})`;

/** Past-tense forms that report a suicidal act. */
export const METHOD_ACT = String.raw`(?:overdosed|(?:took|swallowed|downed|popped|taken) ${QUANT} ${PILLS}|(?:hung|hanged) myself|slit my (?:wrists?|throat)|slashed my wrists|shot myself|drowned myself|jumped (?:off|from|in front of) ${PLACE}|(?:stepped|walked|ran) (?:out )?in front of ${VEHICLE}|drove (?:my car |the car |my truck )?(?:into|off) ${PLACE}|took an? overdose|(?:had|held) (?:the |a |my )?(?:pills|gun|rope|knife|blade|noose|razor)${gap(2)} (?:in my hands?|to my head|around my neck|ready|lined up|counted out|in my mouth)|(?:stood|standing|was standing) (?:on|at) (?:the |a )?(?:ledge|edge|railing|bridge|roof|rooftop|tracks|platform edge)|me tome ${QUANT_ES} ${PILLS_ES}|tome ${QUANT_ES} ${PILLS_ES}|me ahorque|me corte las venas|sobredosis)`;

export const SH_NONSPECIFIC = String.raw`(?:(?:hurt|hurts|hurting|harm|harms|harming|harmed|injure|injuring|injured|punish|punishing) myself|self harm(?:ing|ed)?|self injur[a-z]*|self mutilat[a-z]*|hacerme dano|me hago dano|me hice dano|lastimarme|me lastimo|me lastime|autolesion[a-z]*)`;

/** Verb forms only: the noun "self-harm" is not a report of an act. */
export const SH_ACT_VERB = String.raw`(?:(?:hurt|hurts|hurting|harm|harms|harming|harmed|injure|injuring|injured|punish|punishing) myself|self harm(?:ing|ed)|self injur(?:ed|ing)|self mutilat(?:ed|ing))`;

const SH_BODY = String.raw`(?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin|body|belly|ankles?|forearms?|chest|shoulders?)`;
const CUT_FOLLOW = String.raw`(?= (?:since|for|lately|whenever|while|a lot|is|was|keeps|gets|comes|never|again|tonight|today|later|now|when|after|before|every|all|so|because|in (?!line|half|front)|at (?:night|home|school)|last|this|yesterday|more|deeper|deep|myself|on purpose|but)\b| ?[.,;!?]|$)`;
const ES_EVERYDAY_BODY = String.raw`(?! (?:el|la|las|los|un|una) (?:dedo|dedos|pelo|cabello|unas|mano|pie|labio|fleco|barba)\b)`;

export const SH_METHOD = String.raw`(?:cut(?:s|ting)? (?:myself|(?:on |into )?my ${SH_BODY})|cut(?:ting)?${CUT_FOLLOW}|burn(?:s|ing|ed|t)? (?:myself|my (?:arms?|skin|wrists?|legs?|hands?|thighs?))|(?:hit|hitting|punch|punching|punched|slap|slapping|slapped|bite|biting|bit|scratch|scratching|scratched|pinch|pinching|pinched|starve|starving|starved|choke|choking|choked) myself|(?:bang|banging|banged|hit|hitting|slam|slamming|slammed) my head (?:against|on|into) (?:the |a )?(?:wall|floor|door|desk)(?= (?:until|so hard|till|hard)\b)|carv[a-z]*${gapAny(4)} (?:into|on) my (?:skin|arms?|legs?|thighs?|wrists?|stomach|body)|(?:made|make|making|makes) myself bleed|(?:scratch|scratched|scratching|dig|digging|dug) (?:into |at )?my (?:arms?|skin|legs?|wrists?|thighs?|stomach)${gapAny(3)} (?:until|till|til) (?:they|it|i) (?:bled|bleed|bleeds|was bleeding|were bleeding|started bleeding)|(?:cortarme|me corto|me corte|me cortaba|me estoy cortando|me he cortado|quemarme|me quemo|me queme)${ES_EVERYDAY_BODY})`;

export const SH_ACT_ES = String.raw`(?:me corto|me corte|me cortaba|me estoy cortando|me he cortado|me quemo|me queme|me hago dano|me hice dano|me lastimo|me lastime)${ES_EVERYDAY_BODY}`;

/** Harm verbs against others (all forms). */
export const HARM_VERB = String.raw`(?:kill|kills|killed|killing|murder|murders|murdered|murdering|hurt|hurts|hurting|harm|harms|harming|harmed|attack|attacks|attacked|attacking|beat|beats|beating|punch|punches|punched|punching|hit|hits|hitting|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|smack|smacked|smacking|assault|assaulted|assaulting|fight|fought|jump|jumped)`;
export const HARM_METHOD_VERB = String.raw`(?:stab|stabs|stabbed|stabbing|shoot|shoots|shot|shooting|strangle|strangles|strangled|strangling|choke|chokes|choked|choking|poison|poisons|poisoned|poisoning|smother|smothered|smothering|drown|drowned|drowning|suffocate|suffocated|suffocating|burn|burned|burning|bludgeon[a-z]*|torch|torched|(?:run|running|ran)(?= (?:[^ .,;:!?]+ ){1,3}over\b))`;
export const HARM_PHRASE = String.raw`(?:beat(?:s|ing)? up|beat(?:s|ing)? the (?:crap|shit|hell|living daylights|snot) out of|knock(?:ed|ing)? out|bash(?:ed|ing)? in)`;
export const WEAPON = String.raw`(?:knife|knives|gun|guns|rifle|pistol|bat|baseball bat|hammer|axe|machete|crowbar|car|truck|shotgun|firearm|blade|screwdriver|brick|poison|rat poison|bleach)`;

/** Up to six words after a verb, classified in code as a person, a child, an elder or not a person. */
export const OBJ = String.raw`(?<obj>${W}(?: ${W}){0,5})`;
