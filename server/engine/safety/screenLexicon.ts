import { DRUG_NAMES } from './knowledge/index.ts';
import { PERSON_NOUNS } from './lexicon.ts';

/**
 * The broad, weighted vocabulary of the lexical screen (`screen.ts`): words and short phrases
 * that often carry risk, each with a kind and a weight. No single weak word raises a flag;
 * the screen adds up what a sentence (and the next) says — a way of dying and a thought about
 * it, a weapon and a person to use it on — and flags possible risk language when the sum
 * reaches 1. Patterns are over normalised text (lower case, accent-free, contractions and chat
 * forms expanded, punctuation as its own token).
 */

export type CueKind =
  /** Death, dying, ending, not existing, being gone; faith and dialect ways of saying them. */
  | 'death'
  /** Others better off without the speaker, being of no use to anyone. */
  | 'burden'
  /** A way to die: pills, a rope, a height, traffic, exhaust, poison. */
  | 'means'
  /** A weapon: a means for suicide, or for harm to others when a person is named as its target. */
  | 'weapon'
  /** Goodbyes, letters, giving things away, arrangements, affairs. */
  | 'prep'
  /** A plan or a decision; "do it" with a time. */
  | 'plan'
  /** An attempt told as a story: rescued, talked down, woke up in hospital. */
  | 'act'
  /** Self-injury: cutting, burning, blades, scars, punishing oneself. */
  | 'injury'
  /** Harm to others: violent verbs, revenge, getting even. */
  | 'harm'
  /** Someone as a target: where he parks, for when I see him, scaring them. */
  | 'target'
  /** Abuse of the speaker, a child or an elder: control, neglect, unwanted touch, fear. */
  | 'abuse'
  /** A threat against the speaker by someone else. */
  | 'threat'
  /** What a threat is conditioned on: leaving, telling, calling for help. */
  | 'leaving'
  /** Modifiers (raise a sum, never flag alone): thinking and wishing, intent, getting the means. */
  | 'thought'
  | 'intent'
  | 'acquire';

export interface Cue {
  id: string;
  kind: CueKind;
  /**
   * Words one of which every match contains: a cheap test that skips the cue when none is
   * there. Must never change a result (the evaluation checks it against an exhaustive run).
   */
  trigger?: RegExp;
  weight: number;
  pattern: RegExp;
  /**
   * `self`: the nearest subject before the words must be the speaker ("he wants to die" is not).
   * `framed`: a bare word ("die", "death") counts only right after the speaker's own words
   * ("I could just die", "my death", "I think about death"), never "my dog died".
   * `any`: the words already say whose it is ("without me", "takes me", a means, a threat to me).
   */
  who: 'self' | 'framed' | 'any';
  /** A negator before the words cancels them (default true). */
  negatable?: boolean;
  /** Inside the antecedent of "if …" the words are a possibility (default true: dropped). */
  conditional?: boolean;
  /** Everyday contexts that, found (and not negated) in the sentence, explain the words. */
  unless?: RegExp;
  /** A method (a means, a way of self-injury): raises the level with death words or a thought. */
  method?: boolean;
  /** About someone other than the speaker: abuse only when a child or an elder is named nearby. */
  dependant?: boolean;
  /** Counts for this category only (a bat is a weapon against others, never a means of suicide). */
  only?: 'violence';
  /** Needs the speaker named in its clause ("I tried to…", never "an attempted robbery"). */
  own?: boolean;
  /** A thing (a blade, a razor), not an act: alone it needs the speaker's thought or purchase close by. */
  object?: boolean;
}

const re = (source: string): RegExp => new RegExp(source, 'g');
/** A cheap test: a word beginning with one of these. Cues whose trigger is absent are skipped. */
const stems = (...list: string[]): RegExp => new RegExp(String.raw`\b(?:${list.join('|')})`);
const W = String.raw`[^ .,;:!?]+`;
const OTHERS = String.raw`(?:him|her|them|that (?:guy|dude|man|woman|girl|kid|bitch|bastard)|the (?:guy|dude|man|woman|kid)|my (?:boss|ex|supervisor|manager|stepdad|stepfather|dad|father|brother|neighbou?r|roommate|coworker|teacher|landlord|husband|wife|boyfriend|girlfriend))`;
/** "the dude", "that guy", "some kid": a person, never "the weeds". */
const PERSON = String.raw`(?:${OTHERS}|(?:the|that|a|some|this) (?:${[...PERSON_NOUNS].filter((w) => /^[a-z]+$/.test(w)).join('|')}))`;
const DRUGS = DRUG_NAMES.join('|');
const PILL_TRIGGER = stems(
  'pill',
  'med',
  'tablet',
  'capsule',
  'painkiller',
  'bottle',
  'pastilla',
  'pildora',
  'medicina',
  ...DRUG_NAMES,
);
const VIOLENT_TRIGGER = stems(
  'deck',
  'punch',
  'sock',
  'clock',
  'lamp',
  'batter',
  'smack',
  'slap',
  'stomp',
  'curb',
  'jump',
  'smok',
  'merk',
  'shank',
  'cap',
  'whoop',
  'knock',
  'swing',
  'swung',
  'go after',
  'went after',
  'beat',
  'stab',
  'shoot',
  'strangle',
  'choke',
  'hurt',
  'kill',
  'end',
  'break',
  'broke',
  'lo ',
  'la ',
  'los ',
  'matarl',
  'golpearl',
);
const PILLS = String.raw`(?:pills?|meds|medications?|tablets?|capsules?|painkillers|sleeping pills|${DRUGS}|pastillas|pildoras|medicinas)`;
const BODY = String.raw`(?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin|belly|ankles?|forearms?|chest|shoulders?|body|brazos?|piernas?|munecas?)`;
const KIN = String.raw`(?:son|daughter|kid|kids|baby|babies|child|children|brother|sister|brothers|sisters|grandma|grandpa|grandmother|grandfather|nana|mom|dad|mother|father|nephew|niece|grandson|granddaughter|toddler|hijo|hija|hijos|nino|nina|bebe|abuela|abuelo)`;

/** Everyday reasons to give away, write, arrange, say goodbye: shared by the preparation cues. */
const PREP_EVERYDAY = [
  'charity',
  'goodwill',
  'donat[a-z]*',
  'thrift',
  'declutter[a-z]*',
  'minimalis[a-z]*',
  'downsiz[a-z]*',
  'yard sale',
  'garage sale',
  'outgrew',
  'outgrown',
  'too small',
  'baby',
  'crib',
  'stroller',
  'moving',
  'move',
  'moved',
  'new (?:house|apartment|place|job)',
  'retir[a-z]*',
  'graduat[a-z]*',
  'wedding',
  'birthday',
  'christmas',
  'holiday',
  'thank you',
  'invitations?',
  'cover letter',
  'recommendation',
  'resignation',
  'surgery',
  'operation',
  'trip',
  'vacation',
  'travel',
  'deploy[a-z]*',
  'lawyer',
  'attorney',
  'estate',
  'taxes',
  'tax',
  'airport',
  'party',
  'funeral',
  'passed away',
  'before (?:he|she|they|grandma|grandpa) (?:died|passed)',
  'old age',
  'when i am old',
  'when i am older',
  'we',
  'our',
];
/** A test for everyday words: the shared preparation reasons and the cue's own. */
const everyday = (...own: string[]): RegExp => new RegExp(String.raw`\b(?:${[...PREP_EVERYDAY, ...own].join('|')})\b`);

export const SCREEN_CUES: readonly Cue[] = [
  // ---------------------------------------------------------------- death, dying, ending
  {
    id: 'death.word',
    kind: 'death',
    trigger: stems('die', 'dying', 'dead', 'death', 'mor', 'muert'),
    weight: 0.5,
    who: 'framed',
    // "When I die" is the future everyone has, not a wish.
    pattern: re(
      String.raw`(?<!\b(?:when|after|before|until|till|once|if|in case) i (?:will )?)(?<!\b(?:was|am|were|is) (?:going to|about to) )\b(?:die|dying|died|dead|death|morir|morirme|muerto|muerta|muerte)\b(?! (?:of|from|with|laughing|inside|tired|serious|seriously|wrong|set|last|center|end|line|battery|alone|on (?:this|that) hill|de (?:risa|hambre|verguenza|sueno|ganas)|por)\b)`,
    ),
    // Fear in a panic or a scare ("I thought I was going to die") is not a wish.
    unless:
      /\b(?:phone|battery|car|plant|plants|dog|cat|fish|hamster|goldfish|game|character|level|respawn|inside joke|(?:thought|felt like|felt|sure|convinced|scared|afraid|terrified|worried) (?:that )?i (?:was|am|would|will|might) (?:going to |about to )?die|panic|heart attack|crash|turbulence|roller coaster)\b/,
  },
  {
    id: 'death.not_exist',
    kind: 'death',
    trigger: stems('exist', 'alive', 'born'),
    weight: 1,
    who: 'self',
    negatable: false,
    pattern: re(
      String.raw`\b(?:to|just|wish i|if i|i could|i would|rather|and)(?: just)? (?:not|never) (?:exist|existed|be alive|be born|have been born)\b|\b(?:stop|stopped|cease|ceased|quit) (?:to )?exist(?:ing)?\b|\bnot exist (?:no more|anymore|any more)\b|\bdejar de existir\b|\bno existir\b`,
    ),
  },
  {
    id: 'death.be_gone',
    kind: 'death',
    trigger: stems('gone', 'disappear', 'vanish', 'fade'),
    weight: 0.9,
    who: 'self',
    pattern: re(
      String.raw`\b(?:to|just|could|wish i was|wish i were|want to|wanna|rather|better off|i should)(?: just)? be gone\b(?! (?:for|by|on|from|before|when|until|till|all|the|this|next|a|two|three|over|at|in)\b)|\bgone (?:for good|forever|gone)\b|\b(?:disappear|vanish|fade away)(?: forever| for good| completely| permanently| and never come back)\b`,
    ),
  },
  {
    id: 'death.disappear',
    kind: 'death',
    trigger: stems('disappear', 'vanish', 'fade', 'desaparec', 'dissolve'),
    weight: 0.6,
    who: 'framed',
    pattern: re(
      String.raw`\b(?:disappear|disappearing|vanish|fade away|desaparecer|dissolve)\b(?! (?:to|into|for|from|on|at|under|behind|in|with|after|off|until|till)\b)`,
    ),
  },
  {
    id: 'death.taken',
    kind: 'death',
    trigger: stems('god', 'lord', 'jesus', 'allah', 'dios', 'senor', 'pray'),
    weight: 1,
    who: 'any',
    negatable: false,
    // A prayer to be taken ("the good Lord takes me in my sleep"), not "God takes care of me".
    pattern: re(
      String.raw`(?:\b(?:god|lord|the good lord|good lord|jesus|allah|the lord|dios|diosito|el senor)(?: would| will| could| should| to| just| please| would just| finally)* (?:take|takes|took|call|calls|bring|brings|come for|comes for|carry) me|\bpray(?:ing|ed|s)? (?:that )?(?:he|she|they|god|the lord|jesus) (?:would |will |just |to |soon )*(?:takes?|calls?|brings?) me)(?= ?[.,;!?]|$| (?:home|away|now|soon|already|in my sleep|tonight|before|first|next|too|to (?:him|her|them|heaven)|with (?:him|her|them))\b)|\b(?:que )?dios me (?:lleve|recoja|lleva|llevara)\b`,
    ),
  },
  {
    id: 'death.reunion',
    kind: 'death',
    trigger: stems('be with', 'join', 'see', 'go', 'heaven'),
    weight: 0.7,
    who: 'self',
    pattern: re(
      String.raw`\b(?:to|go home to|ready to) be with (?:god|jesus|the lord)\b|\bbe with (?:my (?:late )?(?:wife|husband|mom|mother|mama|dad|father|son|daughter|baby|grandma|grandpa|nana)) (?:again|soon|in heaven|up there)\b|\b(?:join|see) (?:him|her|them|my [a-z]+) (?:again )?(?:in heaven|up there|on the other side|soon)\b|\bgo (?:home )?to (?:heaven|the lord|god)\b`,
    ),
    unless:
      /\b(?:church|mass|pray(?:ing)? for (?:them|him|her)|someday when|when i am old|visit|trip|flight|cemetery|grave)\b/,
  },
  {
    id: 'death.sleep',
    kind: 'death',
    trigger: stems('sleep', 'rest', 'asleep', 'wake', 'despert'),
    weight: 0.8,
    who: 'self',
    negatable: false,
    pattern: re(
      String.raw`\b(?:sleep|go to sleep|fall asleep|rest) (?:forever|for good|and never wake|and not wake|for ever)\b|\b(?:never|not|do not|did not|would not|will not) wake up\b(?! (?:late|early|in time|on time|before|at|too|when|with|until|till|during|to|for|the|my|him|her|them|anyone|everyone|on|rested|refreshed|tired|sore|hungover|with)\b)|\bin my sleep\b|\bno despertar\b|\bno despertarme\b`,
    ),
  },
  {
    id: 'death.ending',
    kind: 'death',
    trigger: stems('end', 'over', 'check', 'acabar', 'terminar'),
    weight: 0.7,
    who: 'self',
    pattern: re(
      String.raw`(?<!\bthe )\b(?:end|ending|ended) (?:it|it all|everything|things|my life|this|the pain)\b(?! (?:with|between|off|up|early|for (?:him|her|them|us)|on a)\b)|\b(?:be|get it|have it|it to be|it all) over (?:with )?(?:for good|forever|already)\b|\b(?:check|checking) out (?:early|for good|permanently)\b|\bacabar con todo\b|\bterminar con todo\b`,
    ),
  },
  {
    id: 'death.cannot_go_on',
    kind: 'death',
    trigger: stems('aguanto', 'puedo', 'anymore', 'any more', 'no more', 'nuh more', 'way out', 'enough'),
    weight: 0.4,
    who: 'self',
    pattern: re(
      String.raw`\bya no (?:aguanto|puedo mas)\b|\bi (?:have|have just|have really) had enough(?: of (?:this|life|everything|it all|living))?(?= ?[.,;!?]|$| (?:of (?:this|life|everything|it all|living)|i|and)\b)|\bcan not do this (?:anymore|any more|no more)\b|\b(?:can not|cyaan|caan|kyaan|cannae|cant) (?:take|tek) (?:it|this) (?:anymore|any more|no more|nuh more)\b|\b(?:no|not any) way out\b`,
    ),
  },
  {
    id: 'death.suicide',
    kind: 'death',
    trigger: stems('suicid', 'kill', 'kms', 'unaliv', 'off myself', 'life', 'vida', 'matarme', 'finish'),
    weight: 0.7,
    who: 'self',
    pattern: re(
      String.raw`\b(?:suicid[a-z]*|kill myself|killing myself|kms|unalive|unaliving|off myself|end my life|finish my life|finish myself|take my (?:own )?life|quitarme la vida|matarme|suicidarme)\b(?! (?:prevention|awareness|hotline|line|rates?|squad|forest|bomb|bombing|bomber|watch|doors|risk|training|statistics|stats)\b)`,
    ),
    unless: /\b(?:his|her|their|'s) (?:suicide|attempt)\b/,
  },
  {
    id: 'death.future_absence',
    kind: 'death',
    trigger: stems('here', 'around', 'alive', 'see', 'last'),
    weight: 0.8,
    who: 'self',
    negatable: false,
    pattern: re(
      String.raw`\b(?:not|never) (?:think|believe|see)(?: that)? i (?:will|would|am going to) be (?:here|around|alive) (?:for|by|at|to see|next|much longer|in)\b|\b(?:will not|am not going to|will never|may not|might not) (?:be (?:here|around|alive) (?:for|by|to see|at|next|much longer)|see (?:christmas|my birthday|another|next|the (?:new year|summer|spring)))\b|\bthis (?:is|will be) my last (?:christmas|birthday|session|time|summer|year)\b`,
    ),
    unless:
      /\b(?:trip|visit|visiting|vacation|travel|traveling|travelling|moving|work|shift|conference|deploy[a-z]*|hospital stay|surgery|town|office|away)\b/,
  },
  {
    id: 'death.stops',
    kind: 'death',
    trigger: stems('stop', 'give out', 'gives out'),
    weight: 0.7,
    who: 'any',
    pattern: re(
      String.raw`\bmy (?:heart|breathing) (?:would |will |just |could )*(?:stops?|stopped|give out|gives out)\b|\b(?:stop|stopped) breathing (?:in my sleep|forever|for good)\b`,
    ),
    unless: /\b(?:scared|afraid|panic|anxiety|doctor|heart attack|arrhythmia|apnea|cardio|ecg|ekg|racing)\b/,
  },
  {
    id: 'death.accident_wish',
    kind: 'death',
    trigger: stems('hit', 'accident', 'crash', 'wreck', 'killed', 'die'),
    weight: 0.6,
    who: 'self',
    conditional: false,
    pattern: re(
      String.raw`\b(?:get|got|getting|be) (?:hit by (?:a |the )?(?:bus|car|truck|train)|in (?:a |an )?(?:car )?(?:accident|crash|wreck)|killed)\b|\bdie in (?:a |an |my )?(?:accident|crash|wreck|sleep)\b`,
    ),
    unless:
      /\b(?:almost|nearly|last (?:week|year|month)|yesterday|insurance|scared|afraid|worried|careful|drunk driver|ice|icy|deer|fender bender)\b/,
  },
  {
    id: 'death.no_point',
    kind: 'death',
    trigger: stems('point', 'nothing', 'sentido', 'use'),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\b(?:no|not see the|what is the|see no|can not see the|there is no) point (?:of |in |to )?(?:me |my )?(?:even |really |still )?(?:any of it|anything|it all|living|going on|life|trying anymore|being here|waking up|getting up)\b|\bnothing (?:to live for|matters anymore|left for me)\b|\b(?:no|what is the|what) use (?:of|in) (?:living|life|going on|being alive|me being here)\b|\bno tiene sentido nada\b`,
    ),
    unless: /\b(?:project|class|meeting|game|argu[a-z]*|fight|diet|job application|homework)\b/,
  },
  {
    id: 'death.how_easy',
    kind: 'death',
    trigger: stems('easy', 'quick', 'simple', 'fast', 'painless', 'peaceful', 'drop', 'fall', 'peace'),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\bhow (?:easy|quick|simple|fast|painless|peaceful) it (?:would|could|will|might) be\b|\bhow (?:far|long) the (?:drop|fall) (?:is|would be)\b|\b(?:made|making) (?:my )?peace with (?:it|dying|death|leaving)\b`,
    ),
    unless: /\b(?:recipe|test|exam|drive|trip|move|fix|job|class|assignment|quit smoking|transfer|commute)\b/,
  },
  {
    id: 'death.leave_world',
    kind: 'death',
    trigger: stems('come back', 'belong', 'ready', 'easier', 'better', 'simpler', 'kinder', 'world'),
    weight: 0.8,
    who: 'self',
    negatable: false,
    pattern: re(
      String.raw`\b(?:sleep|go to sleep|go away|leave|disappear|drift off) and (?:not|never) come back\b|\b(?:do not|no longer|never) belong (?:in this world|on this earth|here anymore|anywhere anymore)\b|\bready to (?:check out|leave this world|let go of (?:life|everything|it all)|give up on (?:life|everything)|go home to (?:god|jesus|the lord|heaven)|go be with)\b|\b(?:easier|better|simpler|kinder) (?:for everyone |for everybody |for them )?to (?:just )?(?:end it|die|not be here|be gone|disappear|not exist|go)\b|\bleave this world\b`,
    ),
    unless:
      /\b(?:party|class|meeting|work|job|store|trip|vacation|for the (?:day|night|weekend)|home from|go home|bed|dinner|movie)\b/,
  },
  {
    id: 'death.es',
    kind: 'death',
    trigger: stems('muer', 'morir', 'irme', 'siempre', 'despertar', 'seguir', 'estar', 'mundo', 'nada', 'desaparec'),
    weight: 0.9,
    who: 'self',
    pattern: re(
      String.raw`\b(?:mejor (?:me muero|morirme|muert[oa]|no despertar)|(?:quiero|quisiera|prefiero|ojala pudiera) (?:morirme|morir|irme para siempre|dormir para siempre|no despertar|desaparecer)|irme (?:para siempre|de este mundo)|no quiero (?:seguir|despertar|estar)|me quiero ir de este mundo|ya no quiero nada)\b`,
    ),
  },
  {
    id: 'death.bare_kill',
    kind: 'death',
    trigger: stems('kill'),
    weight: 0.7,
    who: 'self',
    pattern: re(
      String.raw`\b(?:want to|going to|about to|might|could|should|just|gonna|really want to|kinda want to|lowkey want to) kill(?= ?[.,;!?]|$| (?:ngl|fr|tbh|lol|honestly|tonight|today|soon|rn|right now|lowkey|highkey|for real|though|tho)\b)`,
    ),
  },
  {
    id: 'death.found',
    kind: 'death',
    trigger: stems('find', 'found'),
    weight: 0.6,
    who: 'any',
    pattern: re(
      String.raw`\b(?:nobody|no one|noone|they|someone|somebody|he|she|my [a-z]+)(?: will| would| is going to| can)? (?:finds|find|found|to find) me\b(?! (?:a|an|the|some|on|at|in|online|attractive|interesting|funny)\b)(?= (?:till|until|dead|hanging|in time|for days|for a while|tomorrow|in the morning|after)\b| ?[.,;!?]|$)|\b(?:find|found) my body\b`,
    ),
  },

  // ---------------------------------------------------------------- wider families: dying said sideways
  {
    id: 'death.asked_to_take',
    kind: 'death',
    trigger: stems('take me', 'call me', 'bring me', 'come for me', 'come get me'),
    weight: 1,
    who: 'any',
    negatable: false,
    // Faith without a name ("I keep asking him to just take me home"): a prayer to be taken.
    pattern: re(
      String.raw`\b(?:ask|asks|asked|asking|beg|begged|begging|pray|prayed|praying|tell|telling|told|want|wanting|wish|wishing|waiting for)(?: (?:him|her|them|god|the lord|the man upstairs|the big man|heaven))? (?:to |for (?:him|her|them|god) to |(?:that )?(?:he|she|they|god) (?:would |will |might |could )?)?(?:just |please |go on and |come and |finally |hurry up and |already )*(?:take|call|bring|come for|come get) me(?: home| away| up| now| already| to (?:heaven|him|her|glory)| with (?:him|her|them)| in my sleep)\b(?! (?:early|from|after|before|at|tonight|first|instead|for)\b)(?<=\b(?:pray|prayed|praying|beg|begged|begging|keep asking|kept asking|been asking|lord|god|jesus|heaven|ready|tired|done|weary)\b[^]*)`,
    ),
    unless:
      /\b(?:drunk|tipsy|late|dark|raining|airport|station|school|store|shops?|doctor|appointment|hospital|clinic|ride|lift|pick me up|drive|car|bus|bar|party|dinner|movies|out|shopping|concert|work)\b/,
  },
  {
    id: 'death.dialect',
    kind: 'death',
    trigger: stems('dead', 'ded', 'gone', 'done wid', 'done with'),
    weight: 1,
    who: 'any',
    negatable: false,
    // Patois and dialect wishes: "mi wish mi did just dead an done wid it".
    pattern: re(
      String.raw`\b(?:mi|me|i) (?:wish|waan|wan|want|would like)(?: (?:mi|me|i))? (?:did |was |were |could |coulda |would )?(?:just |jus |only )?(?:(?:dead|ded)\b(?! (?:tired|serious|wrong|set|last|center|end|line|battery|on|beat|weight|easy|simple|than|from|because|after)\b)|gone(?= ?[.,;!?]|$| (?:an|and|for good|forever|from (?:here|this world))\b))|\b(?:dead|ded) (?:an|and|n) (?:done|gone)(?: (?:wid|with) it)?\b`,
    ),
    unless: /\b(?:phone|battery|car|game|character|plant|plants|tired|embarrass[a-z]*|cringe|awkward)\b/,
  },
  {
    id: 'death.still_here',
    kind: 'death',
    trigger: stems(
      'still here',
      'still alive',
      'still around',
      'still breathing',
      'not there',
      'not here',
      'not around',
      'no interest',
      'go tomorrow',
      'go tonight',
    ),
    weight: 1,
    who: 'self',
    negatable: false,
    pattern: re(
      String.raw`\bwhy (?:i am|am i|i is|i even|am i even|i am even) still (?:here|alive|around|breathing)\b(?! (?:at|in|on|with|waiting|after|doing|working)\b)|\bwhat am i (?:even |still )?(?:here|alive|around) for\b|\bbetter (?:if )?i (?:am|was|were|be) not (?:there|here|around|alive)(?: at all| anymore| any more)?(?= ?[.,;!?]|$| (?:then|so|for (?:anyone|everyone|them)|nobody|no one)\b)|\bno (?:interest|reason|will|wish) (?:in|for|to) (?:going on|keep going|keeping going|living|being here|being alive|life|carry on|carrying on)\b|\bi would (?:happily |gladly |gladly just |just |honestly )?go (?:tomorrow|tonight|today|now|right now|in a heartbeat)\b(?=[^.;!?]{0,40}\bif i (?:could|was let|was allowed|got the chance)\b)`,
    ),
    unless:
      /\b(?:trip|holiday|vacation|visit|travel|concert|festival|party|abroad|home to|back to (?:work|school|uni)|job|move|moving|flights?|tickets?|visa|interview|sale)\b/,
  },
  {
    id: 'death.indifferent',
    kind: 'death',
    trigger: stems(
      'mind',
      'care',
      'mad',
      'upset',
      'bothered',
      'fine with',
      'okay with',
      'ok with',
      'relieved',
      'jealous',
      'envious',
      'envy',
    ),
    weight: 1,
    who: 'any',
    negatable: false,
    conditional: false,
    // Indifference to one's own dying, which needs the dying named beside it: "if I didn't wake up I wouldn't be mad about it".
    pattern: re(
      String.raw`\bi (?:would not (?:mind|care|be (?:mad|upset|sad|bothered|sorry|angry|fussed|too fussed))|could not care less|would be (?:fine|okay|ok|relieved|glad|happy|at peace))(?: about it| with it| at all)?(?: [a-z]+){0,3},? (?:if|when) (?:i|the (?:plane|car|bus|train|ferry|boat))\b(?:[^.;!?]{0,40}?)\b(?:died|die|did not wake up|do not wake up|never woke up|never wake up|went down|goes down|crashed|crashes|was gone|got hit|get hit|got killed|get killed|did not make it|dropped dead|drop dead|did not come back)\b|\bif (?:(?:i|the (?:plane|car|bus|train|ferry|boat)) (?:just |simply |never )?(?:died|did not wake up|do not wake up|never woke up|never wake up|went down|crashed|was gone|got hit by [a-z ]{1,20}|got killed|did not make it|dropped dead)|(?:a|the) (?:bus|car|truck|train|lorry) (?:hit|hits|took|takes|ran|runs) me)\b[^.;!?]{0,30}?\bi (?:would not (?:mind|care|be (?:mad|upset|sad|bothered|sorry|angry|fussed))|would be (?:fine|okay|ok|alright|relieved|glad|happy|at peace)(?: with (?:it|that))?|would not be (?:too )?(?:upset|bothered))\b|\b(?:obituar[a-z]*|funerals?|the dead|graves?)\b[^.;!?]{0,60}?\b(?:jealous|envious|i envy)\b`,
    ),
    unless:
      /\b(?:rain|rains|weather|game|match|team|phone|battery|laptop|car insurance|flight (?:was )?(?:cancelled|delayed)|leftovers)\b/,
  },

  // ---------------------------------------------------------------- burden
  {
    id: 'burden.without_me',
    kind: 'burden',
    trigger: stems('without me', 'sin mi'),
    weight: 0.9,
    who: 'any',
    pattern: re(
      String.raw`\b(?:better|better off|fine|okay|ok|alright|all right|grand|happier|easier|lighter|free|good|great|well|mejor|mejores)(?: off)?(?: [a-z]+)? (?:without me|sin mi)\b`,
    ),
  },
  {
    id: 'burden.word',
    kind: 'burden',
    trigger: stems('burden', 'carga', 'estorbo'),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\b(?:i am|i have become|i feel like|i felt like|feeling like|feel like|being|become|becoming|i will be|i would be|i was|soy|ser|siento que soy|me siento como)(?: (?:just|such|only|nothing but|always|so much of|really|a|an|una|un))* (?:(?:huge|big|total|massive|constant|real|heavy) )?(?:burden|carga|estorbo)\b|\b(?:burden|carga|estorbo) (?:to|on|for|para|pa) (?:everyone|everybody|them|all of them|my [a-z]+|you|all|todos|mi [a-z]+|mis [a-z]+)\b`,
    ),
    unless:
      /\b(?:would hate|hate to|do not want to be|when i am (?:old|older)|when i get (?:old|older)|proof|burden of|tax burden|financial burden|carga de trabajo|workload)\b/,
  },
  {
    id: 'burden.no_use',
    kind: 'burden',
    trigger: stems(
      'use',
      'good',
      'miss',
      'notice',
      'waste',
      'extran',
      'echaria',
      'way',
      'needs',
      'wants',
      'cares',
      'care',
      'in the way',
      'dragging',
      'better off',
      'happier',
    ),
    weight: 0.6,
    who: 'any',
    pattern: re(
      String.raw`\bwhat (?:use|good) am i\b|\b(?:no|of no) (?:use|good) to (?:anyone|anybody|nobody|no one|them|my family)\b|\b(?:nobody|no one|noone)(?: would| will)? (?:even )?(?:miss|notice) (?:me|if i)\b|\bwaste of (?:space|air|oxygen)\b|\b(?:nadie|ninguno) me (?:extranaria|extranara|echaria de menos)\b|\bin everyone 's way\b|\bi am (?:just |only )?(?:in the way|in everyone 's way|dragging (?:them|everyone|everybody) down)\b|\b(?:better off|happier) with (?:their|his|her|a) (?:dad|mom|father|mother|new [a-z]+|someone else|somebody else)\b|\b(?:nobody|no one|noone) (?:needs|wants|cares about|would care about) me\b`,
    ),
  },

  // ---------------------------------------------------------------- means
  {
    id: 'means.pills',
    kind: 'means',
    trigger: PILL_TRIGGER,
    weight: 0.4,
    who: 'any',
    method: true,
    pattern: re(String.raw`\b(?:${PILLS}|(?:whole|entire|full) bottle|bottle of [a-z]+)\b`),
    unless:
      /\b(?:prescribed|doctor|dr|psychiatrist|pharmacy|pharmacist|refill|as directed|side effects?|dose|dosage|headache|migraine|back|period|cramps|allergies|vitamins?|birth control|every (?:night|morning|day)|on time|remember to take|forgot to take|makes me|insurance|expensive|fridge|organi[sz]er|like (?:the|my) doctor said)\b/,
  },
  {
    id: 'means.overdose',
    kind: 'means',
    trigger: stems('overdos', 'sobredosis', 'lethal', 'fatal', 'how many', 'how much'),
    weight: 0.7,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:overdos[a-z]*|sobredosis|lethal dose|fatal dose|how (?:many|much) (?:${W} ){0,7}?(?:it takes|it would take|it will take|it 'd take|to die|would kill|would do it))\b`,
    ),
    unless: /\b(?:caffeine|coffee|sugar|netflix|work|pharmacology|class|nursing|exam|vet|dog|cat)\b/,
  },
  {
    id: 'means.hanging',
    kind: 'means',
    trigger: stems('rope', 'noose', 'ligature', 'soga', 'cuerda', 'hang', 'beam', 'rafter'),
    weight: 0.5,
    who: 'any',
    method: true,
    pattern: re(
      String.raw`\b(?:rope|noose|ligature|soga|cuerda|hang|hanging|hanged|beam|rafters?)\b(?! (?:out|around|on|up|with|in there|tight|loose|of)\b)`,
    ),
    unless:
      /\b(?:swing|tire swing|hammock|climbing|climb|camping|tent|tarp|boat|sail[a-z]*|tow|towing|clothesline|laundry|tie down|jump rope|skipping|dog|tug|knot|macrame|crafts?|gym|course|ladder|pictures?|painting|curtains?|decorations?|lights|hang out|hanging out|hung out|hang with|hanging with|hung up|hang up|phone|coat|clothes|jacket)\b/,
  },
  {
    id: 'means.height',
    kind: 'means',
    trigger: stems(
      'bridge',
      'overpass',
      'ledge',
      'roof',
      'balcon',
      'cliff',
      'top floor',
      'parking garage',
      'tall building',
      'puente',
      'azotea',
      'tallest',
      'highest',
    ),
    weight: 0.4,
    who: 'any',
    method: true,
    pattern: re(
      String.raw`\b(?:bridge|overpass|ledge|rooftop|roof|balcony|cliff|cliffs|top floor|parking garage|tall building|tallest building|highest bridge|puente|azotea)\b`,
    ),
    unless:
      /\b(?:play(?:ing|ed)? bridge|bridge (?:club|game|loan|year|role|of my nose)|dental|burn(?:ed|ing)? (?:my |our |the )?bridges|cross that bridge|bridge the gap|roof (?:leak|leaks|leaking|repair|repairs|rack|tiles)|leaky roof|roof over|under one roof|raise the roof|through the roof|hiking|hike|view|photos?|pictures?|sunset|picnic|restaurant|bar|party|dinner|wedding|rooftop (?:bar|party|pool|garden))\b/,
  },
  {
    id: 'means.throw_es',
    kind: 'means',
    trigger: stems('tirar', 'aventar', 'lanzar'),
    weight: 0.7,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:tirar|aventar|lanzar|tirarme|aventarme|lanzarme)(?:me)? (?:del|de la|desde el|desde la|desde|al|a la|a las) (?:puente|edificio|azotea|techo|balcon|vias|tren|metro|carro|coche|camion)\b`,
    ),
  },
  {
    id: 'means.jump',
    kind: 'means',
    trigger: stems('jump', 'leap', 'tirarme', 'aventarme'),
    weight: 0.4,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:jump|jumping|jumped|leap|leaping|tirarme|aventarme)\b(?! (?:rope|ropes|in (?:the|a) (?:pool|lake|shower|car|conversation)|on (?:the|a|my) (?:bed|trampoline|call|bandwagon|train)|at|up|for joy|ship|start|scare|to conclusions|into (?:the|a) (?:pool|conversation|project)|around|through hoops|the gun|the queue|the line|jacks)\b)`,
    ),
    unless:
      /\b(?:jump(?:ing|ed)? the (?:same )?gun|trampoline|pool|jumping jacks|jump rope|skydiv[a-z]*|bungee|parachut[a-z]*|base jump[a-z]*|puddle|hurdles?|high jump|long jump|dance|basketball|volleyball|horse|show jumping|diving board|kids|game)\b/,
  },
  {
    id: 'means.traffic',
    kind: 'means',
    trigger: stems(
      'train',
      'bus',
      'truck',
      'semi',
      'traffic',
      'lorry',
      'subway',
      'tracks',
      'vias',
      'wheel',
      'swerv',
      'drive',
      'driving',
      'drove',
      'crash',
      'wreck',
      'wrap',
      'turn',
      'jerk',
      'yank',
    ),
    weight: 0.7,
    who: 'any',
    method: true,
    pattern: re(
      String.raw`\b(?:in front of|under|into|onto) (?:a |the |an |oncoming )?(?:[a-z]+ )?(?:train|bus|truck|semi|traffic|lorry|subway)\b|\b(?:the |train |railroad |railway )tracks\b|\bvias del tren\b|\b(?:turn|turning|turned|jerk|jerking|jerked|yank|yanking|yanked|swerve|swerving|swerved) (?:the (?:steering )?wheel|into (?:the |a |oncoming )?(?:traffic|wall|tree|pole|barrier|river|truck|median))\b|\b(?:drive|driving|drove) (?:my car |the car |it )?(?:off|into) (?:the |a )?(?:bridge|cliff|river|lake|wall|tree|pole|overpass|barrier|ocean|oncoming)\b|\b(?:crash|crashing|wreck|wrecking|wrap|wrapping) (?:my|the) (?:car|truck)\b`,
    ),
    unless:
      /\b(?:accident(?:ally)?|by accident|ice|icy|deer|drunk driver|insurance|mechanic|fender bender|rear ended|parking|parked|parallel|lesson|driving test|instructor|game|mario kart|video)\b/,
  },
  {
    id: 'means.driving',
    kind: 'means',
    trigger: stems('turn', 'brak', 'brake', 'stop', 'wheel', 'drive', 'keep going', 'keep driving'),
    weight: 0.7,
    who: 'self',
    method: true,
    negatable: false,
    pattern: re(
      String.raw`\b(?:not|never|just not|stop|stopped) (?:turning|turn|turned|braking|brake|braked|stopping|stop) (?:at|into|on|for|before) (?:the )?(?:curve|turn|bend|light|wall|tree|barrier|edge)\b|\b(?:let|letting) go of the (?:steering )?wheel\b|\bdrive (?:off|over) (?:the road|a cliff|the edge|the side)\b|\bkeep (?:going|driving) (?:straight )?(?:off|into|over) (?:the )?(?:edge|cliff|water|river|lake)\b`,
    ),
  },
  {
    id: 'means.gas',
    kind: 'means',
    trigger: stems(
      'exhaust',
      'monoxide',
      'engine',
      'charcoal',
      'helium',
      'exit bag',
      'bleach',
      'antifreeze',
      'poison',
      'veneno',
      'cloro',
      'car',
      'motor',
    ),
    weight: 0.6,
    who: 'any',
    method: true,
    pattern: re(
      String.raw`\b(?:exhaust|carbon monoxide|engine running|charcoal|helium|exit bag|bleach|antifreeze|rat poison|poison|veneno|cloro)\b|\b(?:leave|leaving|left|keep|keeping|kept|with) the (?:engine|car|motor) (?:on|running)\b`,
    ),
    unless:
      /\b(?:warm|warm up|heater|heat|cold|waiting|mechanic|fix|fixing|repair|leak|detector|alarm|balloons?|party|grill|bbq|barbecue|cook[a-z]*|clean[a-z]*|laundry|whites|stains|mold|bathroom|hair|rats|mice|pests?|garden|weeds|ivy|oak|food poisoning)\b/,
  },
  {
    id: 'means.drown',
    kind: 'means',
    trigger: stems('drown', 'walk into', 'ahogar'),
    weight: 0.5,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:drown|drowning|drowned|walk into the (?:sea|ocean|lake|river)|ahogarme)\b(?! in (?:work|homework|debt|paperwork|emails|bills|laundry|assignments|tears)\b)`,
    ),
    unless: /\b(?:swim[a-z]*|lessons|lifeguard|almost drowned as a kid)\b/,
  },
  {
    id: 'means.self_strangle',
    kind: 'means',
    trigger: stems('myself', 'over my', 'around my', 'round my'),
    weight: 0.8,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:choke|choking|choked|strangle|strangling|strangled|suffocate|suffocating|suffocated|smother|smothering) myself\b|\b(?:bag|cord|belt|rope|cable) (?:over|around|round) my (?:head|neck)\b`,
    ),
    unless: /\b(?:sprain[a-z]*|broke|broken|fracture[a-z]*|carpal|tendon|watch|bracelet|typing|tattoo|brace)\b/,
  },

  // ---------------------------------------------------------------- weapons
  {
    id: 'weapon.firearm',
    kind: 'weapon',
    trigger: stems(
      'gun',
      'pistol',
      'rifle',
      'revolver',
      'shotgun',
      'handgun',
      'firearm',
      'glock',
      'ar',
      'bullet',
      'ammo',
      'ammunition',
      'arma',
      'escopeta',
      'balas',
    ),
    weight: 0.6,
    who: 'any',
    method: true,
    pattern: re(
      String.raw`\b(?:gun|guns|pistol|rifle|revolver|shotgun|handgun|firearm|firearms|glock|ar ?15|bullets?|ammo|ammunition|pistola|arma|escopeta|balas)\b`,
    ),
    unless:
      /\b(?:guns? away|take (?:away )?(?:his|her|their|our|people 's|everyone 's) guns?|dodged? (?:a |the |several |many |some )?bullets?|bite the bullet|magic bullet|silver bullet|bullet points?|bullet journal|jump(?:ing|ed)? the (?:same )?gun|smoking gun|stick(?:ing)? to (?:my|your|his|her|our|their) guns|big guns|top gun|guns blazing|son of a gun|under the gun|pro gun|anti gun|squirt gun|spray gun|caulk gun|gun control|gun laws?|gun rights|second amendment|nra|gun violence|tattoo gun|fallout|borderlands|destiny|apex|halo|battlefield|csgo|counter strike|ttk|dps|respawn|nerfed|buffed|plasma|laser|favou?rite|upgrad[a-z]*|loadout|skins?|dlc|unlock[a-z]*|safe|lock|locked|lockbox|trigger lock|cable lock|secur[a-z]*|stor(?:e|ed|age)|hunt|hunting|hunter|deer|elk|duck|season|range|shooting range|target practice|skeet|clays|trap shooting|collection|collector|permit|license|concealed carry|ccw|for protection|self defense|security guard|police|cop|officer|army|military|marines|national guard|deploy[a-z]*|nerf|water gun|glue gun|nail gun|staple gun|heat gun|paintball|airsoft|bb gun|toy|game|fortnite|call of duty|cod|movie|video)\b/,
  },
  {
    id: 'weapon.blunt',
    kind: 'weapon',
    trigger: stems('bat', 'baseball bat', 'hammer', 'crowbar', 'brass knuckles', 'tire iron'),
    weight: 0.4,
    who: 'any',
    only: 'violence',
    pattern: re(String.raw`\b(?:bat|baseball bat|hammer|crowbar|brass knuckles|tire iron)\b`),
    unless:
      /\b(?:baseball|softball|cricket|little league|practice|game|team|bats? in (?:the|our) (?:attic|barn|cave)|fruit bat|vampire|nail|nails|tools?|toolbox|shelf|shelves|frame|build[a-z]*|fix[a-z]*|work|thor|scythe)\b/,
  },
  {
    id: 'weapon.blade',
    kind: 'weapon',
    trigger: stems('knife', 'knives', 'machete', 'box cutter', 'cuchillo', 'navaja', 'bat', 'hammer', 'crowbar'),
    weight: 0.4,
    who: 'any',
    method: true,
    pattern: re(String.raw`\b(?:knife|knives|machete|box cutter|cuchillo|navaja)\b`),
    unless:
      /\b(?:cook[a-z]*|kitchen|chef|cutting board|carving|carve|whittl[a-z]*|fishing|camping|steak|butter|bread|onions?|vegetables|veggies|sharpen(?:ing|ed)? (?:the|my|our) (?:kitchen )?knives|knife set|knife block|gift|wedding|baseball|softball|cricket|little league|practice|game|team|bats? in (?:the|our) (?:attic|barn|cave)|fruit bat|vampire|nail|nails|tools?|toolbox|shelf|shelves|frame|build[a-z]*|fix[a-z]*|work)\b/,
  },

  // ---------------------------------------------------------------- preparation
  {
    id: 'prep.goodbye',
    kind: 'prep',
    trigger: stems('goodbye', 'farewell', 'despedi', 'despedir'),
    weight: 0.5,
    who: 'self',
    pattern: re(String.raw`\b(?:goodbye|goodbyes|farewell|despedirme|despedida|despedirse|despedir)\b`),
    unless: everyday(
      'station',
      'leaving do',
      'send off',
      'last day',
      'team',
      'coworkers',
      'colleagues',
      'class',
      'ex',
      'breakup',
      'broke up',
      'dog',
      'cat',
      'pet',
      'vet',
      'hello',
      'kiss(?:ed)? (?:him|her|them) goodbye',
      'wave[a-z]* goodbye',
    ),
  },
  {
    id: 'prep.letter',
    kind: 'prep',
    trigger: stems('letter', 'note', 'carta', 'mensaje', 'video', 'recording', 'escribi', 'escribo', 'deje', 'dejo'),
    weight: 0.5,
    who: 'self',
    pattern: re(
      String.raw`\bwith a (?:note|letter)\b|\b(?:letters?|notes?|cartas?|carta|mensajes?|videos?|recording|recordings)\b(?= (?:to|for|a|para) (?:both |all |each of |each |all of |todos )?(?:my|mis|mi|everyone|everybody|all|each|them|her|him|todos|la familia|my family|the kids)\b)|\b(?:escribi|escribo|deje|dejo) (?:una |unas )?(?:carta|cartas|nota|notas)\b`,
    ),
    unless: everyday(
      'thank',
      'thanks',
      'committee',
      'school',
      'teacher',
      'landlord',
      'boss',
      'job',
      'homework',
      'assignment',
      'therapist',
      'you suggested',
      'you said',
      'exercise',
      'journal',
      'newsletter',
      'card',
      'cards',
      'sympathy',
      'condolences?',
      'apology',
      'complaint',
      'santa',
      'pen pal',
      'love letter',
      'grocery',
      'shopping',
      'lecture',
      'class',
    ),
  },
  {
    id: 'prep.giving',
    kind: 'prep',
    trigger: stems('gave', 'give', 'giving', 'given', 'regal', 'rehom', 'handed', 'my dog', 'my cat', 'my pet'),
    weight: 0.4,
    who: 'self',
    pattern: re(
      String.raw`\b(?:gave|give|giving|given|regale|regalo|rehomed|rehoming|handed)(?: away)? (?:away )?(?:my|mi|mis|all my) (?:[a-z]+ )?[a-z]+ (?:to|a) (?:my|mi|the|el|la|a)\b|\b(?:gave|give|giving|given|handed) (?:away )?(?:my|all my) (?:dog|cat|pets?|guitar|car|jewelry|jewellery|watch|ring|records|collection|things|stuff|belongings)\b|\bmy (?:dog|cat|pets?) to (?:the|my|a) [a-z]+\b`,
    ),
    unless: everyday(
      'old',
      'borrow',
      'borrowed',
      'lend',
      'lent',
      'back',
      'for (?:the|a) (?:week|weekend|day|night|while)',
      'while i',
      'watch (?:him|her|them)',
      'dog sit[a-z]*',
      'pet sit[a-z]*',
      'allergic',
      'allergies',
      'landlord',
      'no pets',
    ),
  },
  {
    id: 'prep.giving_away',
    kind: 'prep',
    trigger: stems('giving', 'gave', 'give', 'given', 'handing', 'handed'),
    weight: 0.8,
    who: 'self',
    pattern: re(
      String.raw`\b(?:giving|gave|give|given|handing|handed) (?:all )?(?:my|all my|all of my) (?:stuff|things|belongings|possessions|clothes|books|records|jewelry|jewellery|games|tools|plants|art|collection) (?:away|out)\b|\b(?:giving|gave|give|given) away (?:all )?(?:my|all my|all of my) [a-z]+\b`,
    ),
    unless: everyday(
      'old',
      'borrow',
      'borrowed',
      'extra',
      'spare',
      'outgrew',
      'duplicates?',
      'no longer fit',
      'too big',
      'allergic',
      'allergies',
      'landlord',
      'no pets',
      'decided to get rid',
      'spring cleaning',
      'marie kondo',
      'clutter',
    ),
  },
  {
    id: 'prep.have_them',
    kind: 'prep',
    trigger: stems('have', 'keep', 'take', 'get', 'need', 'use'),
    weight: 0.6,
    who: 'any',
    pattern: re(
      String.raw`\b(?:they|he|she|you|my [a-z]+)(?: should| might as well| can| could| may as well| ought to) (?:have|keep|take|get) (?:them|it|these|those|my [a-z]+) (?:now|already|early)\b|\b(?:will not|would not|am not going to|will never)(?: be)? (?:need|needing|use|using) (?:them|it|these|those|my [a-z]+|any of (?:it|them)) (?:anymore|any more|where i am going|soon|much longer)\b`,
    ),
    unless: everyday(),
  },
  {
    id: 'prep.arrangements',
    kind: 'prep',
    trigger: stems(
      'affairs',
      'password',
      'will',
      'insurance',
      'funeral',
      'obituar',
      'burial',
      'cremat',
      'loose ends',
      'take care',
      'taking care',
      'make sure',
      'made sure',
      'making sure',
    ),
    weight: 0.4,
    who: 'self',
    pattern: re(
      String.raw`\b(?:my affairs|passwords|(?:wrote|updated|made|changed|signed|finished|drew up|redid|did|where) (?:my|a|is my) will|where my will is|life insurance|insurance policy|my funeral|obituary|burial|cremat[a-z]*|loose ends|(?:take|taking) care of (?:my|the) (?:dog|cat|pets?|kids|plants) (?:for me|when|after)|(?:make|made|making) sure (?:they|she|he|everyone|my [a-z]+) (?:will be|would be|are|is) (?:ok|okay|fine|taken care of|provided for|set))\b`,
    ),
    unless: everyday(
      'work',
      'office',
      'project',
      'account',
      'bank',
      'email',
      'wifi',
      'streaming',
      'netflix',
      'reset',
      'forgot',
      'hacked',
      'tax season',
      'audit',
      'accountant',
      'policy renewal',
      'car insurance',
      'health insurance',
      'his funeral',
      'her funeral',
      'grandma',
      'grandpa',
      'ceremony',
    ),
  },
  {
    id: 'prep.letters_written',
    kind: 'prep',
    trigger: stems('letters', 'notes', 'where', 'how to', 'which accounts', 'count', 'left', 'leav'),
    weight: 0.6,
    who: 'any',
    pattern: re(
      String.raw`\b(?:wrote|written|writing|finished|left) (?:the|my|all the|all my|all of the|all of my) (?:letters|notes|goodbye letters)\b|\b(?:told|showed|show|tell|left) (?:my [a-z]+|her|him|them) (?:where|how to (?:access|get into)) (?:my|the) (?:will|insurance|passwords?|papers|documents|accounts?|safe|life insurance)\b|\bwhich accounts\b|\b(?:left|leave|leaving) (?:them|it|everything|my [a-z]+) for (?:my [a-z]+|her|him|them) (?:with|to find)\b|\bcount(?:ing|ed)? (?:them|the pills|my pills|pills|the tablets|them out)\b`,
    ),
    unless: everyday(
      'pharmacy',
      'refill',
      'organi[sz]er',
      'for the week',
      'vitamins',
      'homework',
      'thank',
      'committee',
      'landlord',
      'boss',
      'job',
      'school',
      'class',
      'christmas cards',
      'invitations',
      'sheep',
      'days',
      'calories',
      'steps',
    ),
  },
  {
    id: 'prep.explaining',
    kind: 'prep',
    trigger: stems('explain', 'understand', 'know why', 'blame', 'fault'),
    weight: 0.5,
    who: 'any',
    pattern: re(
      String.raw`\b(?:explaining|to explain) (?:everything|why|it all)\b|\bso (?:they|he|she|everyone|my [a-z]+) (?:will |would )?(?:understand|know why|do not blame themselves|do not blame (?:him|her|them)self)\b|\b(?:it is|it was|it is not|it was not) not (?:their|your|his|her|anyone 's) fault\b`,
    ),
    unless: everyday(
      'homework',
      'teacher',
      'boss',
      'job',
      'landlord',
      'breakup',
      'divorce',
      'mistake',
      'accident',
      'fight',
      'argument',
      'grade',
      'grades',
    ),
  },
  {
    id: 'prep.in_case',
    kind: 'prep',
    trigger: stems('por si', 'in case', 'if something', 'if anything'),
    weight: 0.6,
    who: 'any',
    // Left unfinished ("they're in the glovebox, in case, you know"): what would happen goes unsaid.
    pattern: re(
      String.raw`\b(?:por si|in case|if) (?:algo )?(?:me pasa algo|me muero|no estoy|something happens to me|anything happens to me|i am not (?:here|around)|i do not make it|i die|i am gone)\b|\b(?:in case|just in case|if anything|for after)(?: ,)? you know\b(?! (?:what|how|where|when|who|if|the|a|that)\b)`,
    ),
    unless: everyday(
      'surgery',
      'operation',
      'flight',
      'fly',
      'flying',
      'travel',
      'trip',
      'deploy[a-z]*',
      'hospital',
      'procedure',
      'accident',
      'emergency contact',
      'old',
    ),
  },
  {
    id: 'prep.gathering',
    kind: 'prep',
    trigger: stems(
      'collect',
      'stockpil',
      'hoard',
      'saving',
      'saved',
      'stash',
      'hiding',
      'hid',
      'squirrel',
      'look',
      'googl',
      'research',
      'search',
    ),
    weight: 0.7,
    who: 'self',
    pattern: re(
      String.raw`\b(?:collecting|collected|stockpiling|stockpiled|hoarding|hoarded|saving up|saved up|stashing|stashed|hiding|hid|squirreling|squirreled)(?: away)? (?:all )?(?:of )?(?:(?:my|the|her|his|their) )?(?:[a-z]+ 's )?(?:[a-z]+ )?(?:pills|meds|tablets|medication|medications|painkillers|pastillas)\b|\b(?:look(?:ed|ing)? up|googl[a-z]*|research[a-z]*|search(?:ed|ing)? (?:for )?) (?:the |which |what )?(?:tallest|highest|closest|nearest|quickest|easiest) (?:building|bridge|overpass|parking garage|cliff|roof|way|method)\b`,
    ),
    unless: everyday(
      'project',
      'school',
      'homework',
      'trivia',
      'visit',
      'architecture',
      'photo',
      'view',
      'dubai',
      'new york',
      'city',
      'route',
      'commute',
      'recipe',
      'expired',
      'dispose',
      'pharmacy',
      'take back',
    ),
  },
  {
    id: 'prep.last_time',
    kind: 'prep',
    trigger: stems('last', 'ultima'),
    weight: 0.3,
    who: 'self',
    pattern: re(
      String.raw`\b(?:one last (?:time|good one|good (?:christmas|birthday|summer)|christmas|birthday|summer|visit|dinner|hug)|for the last time|last time i (?:will|would) see|por ultima vez)\b`,
    ),
    unless: everyday(),
  },

  // ---------------------------------------------------------------- plans
  {
    id: 'plan.stated',
    kind: 'plan',
    trigger: stems(
      'plan',
      'worked',
      'figured',
      'thought',
      'mapped',
      'know',
      'decided',
      'picked',
      'chose',
      'made up',
      'mind',
      'tengo',
      'decidi',
      'found',
      'night',
      'day',
      'everything',
      'going to be',
      'when',
    ),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\b(?:the|my) plan is\b|\b(?:worked|figured|thought|planned|mapped) (?:it|everything) (?:all )?out\b|\bi (?:have|got|made) (?:a|the|my) plan\b|\b(?:i|already) (?:know|decided|picked|chose) (?:when|where|how|the day|the date|the place|the spot)\b|\b(?:made up my mind|my mind is made up|i have decided|i decided)\b|\btengo (?:todo |el |un )?(?:pensado|planeado|plan)\b|\bya (?:lo )?(?:decidi|tengo decidido|tengo pensado)\b|\b(?:i )?(?:know|picked|chose|found) (?:which|the exact) (?:bridge|building|spot|place|tree|pills|way|day|overpass|rope|gun)\b|\b(?:tonight|today|tomorrow|this weekend) (?:is|'s) the (?:night|day)\b|\b(?:got|have|gotten) everything (?:ready|in place|set up|sorted)\b|\bit is going to be (?:after|before|on|this|next|tonight|tomorrow)\b|\bwhen (?:everyone|everybody) is (?:gone|asleep|out|away|at work)\b|\bwhen (?:nobody|no one) is (?:home|around|looking)\b|\bwhen i am (?:home )?alone\b`,
    ),
    unless:
      /\b(?:trip|vacation|party|wedding|birthday|moving|move|budget|diet|workout|lesson|class|project|meeting|dinner|weekend getaway|holiday|career|school|college|quit smoking|stop drinking|sober|recovery|treatment|safety plan|crisis plan|therapy|to (?:go|get|start|stop|quit|move|leave (?:him|her|them|my)|apply|study|save|buy|sell|travel|visit|call|tell|ask|try|learn|change|take)|break up|divorce)\b/,
  },
  {
    id: 'plan.do_it',
    kind: 'plan',
    trigger: stems('do it', 'go through', 'hacer'),
    weight: 0.5,
    who: 'self',
    pattern: re(
      String.raw`\b(?:would|will|am going to|going to|gonna|could|about to|ready to) (?:just )?(?:do it|go through with it)\b(?= (?:on|this|next|tonight|tomorrow|when|after|before|while|once|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|at)\b)|\blo (?:voy a|vamos a|iba a|quiero) hacer\b|\bhacerlo (?:el|este|esta|manana|hoy|pronto|cuando)\b`,
    ),
  },

  // ---------------------------------------------------------------- attempts told as stories
  {
    id: 'act.rescued',
    kind: 'act',
    trigger: stems(
      'talk',
      'fished',
      'pull',
      'dragged',
      'stopped me',
      'found me',
      'woke up',
      'pumped',
      'stomach',
      'psych',
      'hold',
      '5150',
      'baker',
      'lavado',
      'put them',
      'putting them',
      'go through',
      'chickened',
      'backed',
      'almost',
      'nearly',
      'encontr',
    ),
    weight: 0.7,
    who: 'any',
    pattern: re(
      String.raw`\b(?:talked|talk|talking) me (?:down|off (?:the|that) (?:ledge|bridge|roof))\b|\b(?:pulled|pull|dragged) me (?:back|off|down) (?:from|off)\b|\b(?:pulled|fished|dragged) me out(?= ?[.,;!?]|$| of the (?:water|sea|ocean|river|lake|canal|car|garage)\b)|\bstopped me (?:just )?(?:in time|before i|from jumping|from doing)\b|\bfound me (?:in time|unconscious|passed out|on the (?:floor|bathroom floor)|in the (?:garage|bathtub|tub|bathroom)|not breathing|barely breathing)\b|\bwoke up in (?:the )?(?:icu|hospital|er|ambulance|psych ward|emergency room)\b|\b(?:pumped my stomach|stomach pumped|psych ward|psych hold|72 hour hold|involuntary hold|5150|baker act(?:ed)?|lavado de estomago)\b|\b(?:put|putting) them (?:all )?back\b|\b(?:did not|never) go through with it\b|\b(?:chickened|backed) out (?:at the last|last)\b|\b(?:almost|nearly) (?:did it|went through with it)\b|\bme encontr(?:o|aron) (?:tirad[oa]|inconsciente|en el)\b`,
    ),
  },
  {
    id: 'act.holding',
    kind: 'act',
    trigger: stems('sat', 'sit', 'held', 'hold', 'had', 'loaded'),
    weight: 0.7,
    who: 'self',
    pattern: re(
      String.raw`\b(?:sat|sitting|sit|held|holding|hold|had) (?:there )?(?:with )?(?:the|a|my|his|her|their|[a-z]+ 's) (?:gun|pistol|rifle|pills|rope|noose|knife|blade|razor|bottle) (?:in my (?:lap|hands?|mouth)|to my (?:head|chest|wrist|throat|temple)|for (?:an hour|hours|a long time|a while|ages))\b|\bloaded (?:the|my|his|her|their) (?:gun|pistol|rifle|shotgun)\b`,
    ),
    unless: /\b(?:range|hunt[a-z]*|clean(?:ing|ed)?|safety class|instructor|kitchen|cook[a-z]*)\b/,
  },
  {
    id: 'act.stood',
    kind: 'act',
    trigger: stems(
      'stood',
      'standing',
      'stand',
      'rail',
      'looked down',
      'looking down',
      'sat',
      'sitting',
      'climbed',
      'leaned',
    ),
    weight: 0.5,
    who: 'self',
    pattern: re(
      String.raw`\b(?:just )?(?:stood|standing|sat|sitting) (?:there|at the edge|on the edge|at the (?:railing|rail)|on the (?:railing|rail)|on the ledge) (?:for|and|looking|staring|a long time|until)\b|\b(?:just )?stood there\b|\b(?:looked|looking|stared|staring) (?:down )?(?:at the water|over the edge|down at the (?:water|cars|tracks|street))\b|\b(?:climbed|climbing) (?:over|onto) the (?:railing|rail|fence|ledge|barrier)\b|\bleaned (?:over|out) (?:the )?(?:railing|edge|ledge)\b`,
    ),
  },
  {
    id: 'act.my_attempt',
    kind: 'act',
    trigger: stems('attempt', 'intento'),
    weight: 1,
    who: 'any',
    pattern: re(
      String.raw`\b(?:my|mi) (?:last |first |second |third |previous |prior |most recent )?(?:attempt|attempts|intento|intentos)\b(?! (?:at|to|on|in (?:the|a)|de (?!suicidio))\b)`,
    ),
    unless:
      /\b(?:recipe|baking|exam|test|driving|marathon|record|interview|application|essay|quit smoking|diet|language|class|course|attempt at)\b/,
  },

  {
    id: 'act.tried',
    kind: 'act',
    trigger: stems('tried', 'attempted', 'trying', 'intente', 'trate'),
    weight: 0.4,
    who: 'self',
    own: true,
    pattern: re(String.raw`\b(?:tried|attempted|trying|intente|trate)(?: to| de)?\b`),
  },

  // ---------------------------------------------------------------- self-injury
  {
    id: 'injury.cut_body',
    kind: 'injury',
    trigger: stems('cut', 'carv', 'slic', 'scratch', 'burn', 'me cort', 'cortarme', 'me quem', 'quemarme'),
    weight: 0.8,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:cut|cuts|cutting|carved|carving|sliced|slicing|scratched|scratching|burned|burnt|burning|me corte|me corto|cortarme|me queme|quemarme) (?:into |on )?(?:my|mis|los|las) ${BODY}\b|\b(?:cut|cutting|cuts) (?:again|deep|deeper|myself)\b`,
    ),
    unless:
      /\b(?:cook[a-z]*|kitchen|knife slipped|slipped|accident(?:ally)?|shav[a-z]*|wax[a-z]*|sunburn[a-z]*|sun|tanning|stove|oven|comal|iron|ironing|curling|straightener|pan|grill|baking|making|gym|workout|work out|exercise|fell|fall|bike|playing|sports?|cat|dog|thorns?|rosebush|glass broke|surgery|doctor|nurse|stitches)\b/,
  },
  {
    id: 'injury.cutting',
    kind: 'injury',
    trigger: stems('cutting', 'cutter', 'cortarme', 'cortandome'),
    weight: 0.4,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:cutting|cutter|cortarme|cortandome)\b(?! (?:down|back|out|off|up|in|class|school|ties|corners|coupons|carbs|sugar|hair|my hair|the grass|the lawn|wood|paper|board|it close|costs|hours|loose|weight|the cake|onions|vegetables)\b)`,
    ),
    unless:
      /\b(?:hair|bangs|coupons|class|school|ties|corners|carbs|sugar|diet|onions?|vegetables|bread|cake|grass|lawn|wood|paper|pill|fabric|costs?|hours|budget|deal|weight|board|garden|hedges?|trees?|film|video|edit[a-z]*)\b/,
  },
  {
    id: 'injury.blade',
    kind: 'injury',
    trigger: stems('blade', 'razor', 'sharpener', 'cuchilla', 'navaja'),
    weight: 0.4,
    who: 'any',
    method: true,
    object: true,
    pattern: re(String.raw`\b(?:blade|blades|razor|razors|sharpener blades?|cuchilla|cuchillas|navaja)\b`),
    unless:
      /\b(?:shav[a-z]*|beard|legs|work|job|toolbox|box cutter|crafts?|art|scrapbook[a-z]*|utility|boxes|packages|skates?|skating|lawn ?mower|blender|fan|saw|wiper|helicopter|rollerblade[a-z]*|runner|grass|dull|replacement|refills?|cartridges?|razer|laptop|venus|gillette|schick|disposable)\b/,
  },
  {
    id: 'injury.self',
    kind: 'injury',
    trigger: stems('myself', 'feel', 'deserve', 'dano', 'lastim', 'me pego'),
    weight: 0.7,
    who: 'self',
    pattern: re(
      String.raw`\b(?:hit|hitting|punch|punching|punched|slap|slapping|slapped|scratch|scratching|bite|biting|bit|pinch|pinching|pinched|burn|burning|burned|punish|punishing|hurt|hurting|harm|harming) myself\b|\b(?:make|made|making) myself bleed\b|\bto feel (?:something|the pain|pain|real)\b|\bdeserve (?:to (?:hurt|bleed|suffer|feel pain)|the pain|pain)\b|\b(?:hacerme dano|me hago dano|me lastimo|lastimarme|me pego)\b`,
    ),
    unless:
      /\b(?:gym|workout|work out|exercise|lifting|running|soccer|football|basketball|sports?|practice|fell|tripped|slipped|accident(?:ally)?|cooking|oven|stove|playing|moving|lifting|yoga)\b/,
  },
  {
    id: 'injury.pain',
    kind: 'injury',
    trigger: stems('hurt', 'bleed', 'bled', 'bruis', 'burn', 'broke', 'wall'),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\b(?:wanted|want|needed|need|wanting) (?:it|myself|my [a-z]+) to (?:hurt|bleed|bruise|burn)\b|\b(?:until|till|til) (?:my [a-z]+|it|they|i) (?:bled|bleed|was bleeding|were bleeding|broke|bruised)\b|\b(?:punch|punched|punching|hit|hitting) (?:the|a) wall (?:until|till|til|so hard)\b`,
    ),
    unless:
      /\b(?:gym|workout|tattoo|piercing|wax[a-z]*|doctor|nurse|blood (?:test|draw|drive)|donat[a-z]*|shot|vaccine|nosebleed|period)\b/,
  },
  {
    id: 'injury.for_when',
    kind: 'injury',
    trigger: stems(
      'when it',
      'when things',
      'on purpose',
      'so nobody',
      'so no one',
      'where nobody',
      'where no one',
      'bruis',
    ),
    weight: 0.6,
    who: 'any',
    pattern: re(
      String.raw`\bfor when (?:it|things) (?:gets?|get) (?:bad|too much|hard|really bad|to be too much)\b|\bon purpose\b|\b(?:so|where) (?:nobody|no one) (?:notices|sees|can see|would see|will see|finds out)\b|\bbruis(?:e|es|ing|ed) myself\b`,
    ),
    unless: /\b(?:tattoo|piercing|prank|surprise|party|gift|joke)\b/,
  },
  {
    id: 'injury.marks',
    kind: 'injury',
    trigger: stems('scar', 'cuts', 'wound', 'marks', 'cicatri', 'cortes', 'relaps', 'recai', 'clean'),
    weight: 0.4,
    who: 'any',
    pattern: re(
      String.raw`\b(?:my|mis|on my|in my) (?:fresh |new |old )?(?:scars|cuts|wounds|marks|cicatrices|cortes)\b|\b(?:scars|cuts|marks) (?:on|up) my ${BODY}\b|\b(?:relapse|relapsed|recaida|recai)\b|\bclean (?:for|since) (?:[0-9]+|a|one|two|three|four|five|six) (?:days|weeks|months)\b`,
    ),
    unless:
      /\b(?:surgery|c section|appendix|acne|chicken pox|accident|bike|dog bite|drink[a-z]*|drug[a-z]*|sober|sobriety|alcohol|smok[a-z]*|vap[a-z]*|weed|gambl[a-z]*|aa|na|meetings?|sponsor|rehab|pills|heroin|meth|coke|cocaine)\b/,
  },

  // ---------------------------------------------------------------- harm to others
  {
    id: 'harm.revenge',
    kind: 'harm',
    weight: 0.5,
    trigger: stems(
      'pay',
      'back at',
      'even with',
      'revenge',
      'vengar',
      'venganza',
      'lesson',
      'regret',
      'sorry',
      'pagar',
      'arrepentir',
    ),
    who: 'self',
    pattern: re(
      String.raw`\bmake ${PERSON} (?:pay|regret|sorry)\b|\b(?:get|getting|got) (?:back at|even with) ${OTHERS}\b|\b(?:revenge|vengarme|venganza)\b|\bteach ${PERSON} a lesson\b|\b(?:he|she|they) (?:will|is going to|are going to) (?:pay|regret (?:it|this)|be sorry)\b|\bme las (?:va|van) a pagar\b|\bse (?:va|van) a arrepentir\b`,
    ),
    unless:
      /\b(?:back (?:the )?money|pay (?:me )?back|rent|bill|loan|owes|taxes|lawsuit|court|sue|report (?:him|her|them)|revenge (?:of|porn)|movie|show|book|game)\b/,
  },
  {
    id: 'harm.violent_verb',
    kind: 'harm',
    trigger: VIOLENT_TRIGGER,
    weight: 1,
    who: 'self',
    own: true,
    pattern: re(
      String.raw`\b(?:stomp|stomped|stomping|curb stomp(?:ed)?|deck|decking|decked|punch|punching|punched|sock|socking|socked|clock|clocking|clocked|lamp|lamping|lamped|batter|battering|battered|smack|smacking|slap|slapping|beating|beating up|jump|jumped|jumping|smoke|smoked|merk|merked|shank|shanked|cap|capped|whoop|whooped|knock|knocked|swing on|swung on|go after|went after|stab|stabbing|shoot|shooting|strangle|choke|hurt|kill|end|break|broke) ${PERSON}(?: out| up| down| in| dead| so bad| real bad| good|'s (?:face|jaw|nose|legs))?(?= ?[.,;!?]|$| (?:out|up|down|dead|so|real|good|right|with|at|in|on|if|when|after|before|for|yesterday|last|tonight|tomorrow|again|because|and)\b)|\bbeat (?:his|her|their) (?:ass|face in)\b|\bbroke (?:his|her|their|(?:a|the|that|some) [a-z]+ 's) (?:nose|jaw|arm|ribs|face|teeth|skull)\b|\b(?:lo|la|los) (?:voy a|vamos a|quiero) (?:matar|golpear|apunalar|chingar|madrear)\b|\b(?:matarlo|matarla|golpearlo|golpearla)\b`,
    ),
    unless:
      /\b(?:game|fortnite|minecraft|call of duty|cod|valorant|level|boss|movie|show|book|anime|the ball|the beat|drop (?:him|her|them) off|pick (?:him|her|them) up|lay (?:him|her|them) down|knock (?:on|it off)|rock (?:him|her|them) to sleep|pop (?:him|her|them) a|smoke (?:a|weed|with)|cap (?:it|that|on)|a (?:bag|bowl|line|track|beat|dance|photo|pic|video|shot|call|text|song|class|test|exam|habit)|the (?:habit|record|news|ice|bank|beat|mic|drop|trend|lights|tension|silence|fever|curse)|jump (?:him|her|them) (?:the car|start)|jumped (?:the|a) (?:car|battery|fence|line|gun|queue))\b/,
  },
  {
    id: 'harm.see_suffer',
    kind: 'harm',
    trigger: stems('see', 'bash', 'smash', 'cave', 'kick', 'put', 'poison', 'slam', 'threw', 'throw', 'shove', 'push'),
    weight: 0.8,
    who: 'self',
    own: true,
    pattern: re(
      String.raw`\bsee ${OTHERS} (?:bleed|suffer|die|hurt|in pain|in the hospital|on the ground)\b|\b(?:bash|smash|cave|kick) (?:his|her|their) (?:head|face|skull|teeth) in\b|\bput ${OTHERS} in (?:the )?(?:ground|grave|hospital)\b|\bpoison(?:ing|ed)? (?:his|her|their|[a-z]+ 's|my [a-z]+ 's) (?:coffee|food|drink|tea|dinner|meds|water|soup|wine|beer)\b|\b(?:slam|slammed|slamming|threw|throw|throwing|shoved|shove|shoving|pushed|push|pushing) ${PERSON} (?:into|against|down|onto|through) (?:the|a) (?:wall|floor|door|ground|table|stairs|window|counter)\b`,
    ),
    unless: /\b(?:movie|show|game|book|match|fight night|ufc|boxing|karma)\b/,
  },
  {
    id: 'harm.mass',
    kind: 'harm',
    trigger: stems('shoot', 'shot', 'blow', 'bring', 'brought', 'take', 'taking', 'took'),
    weight: 0.9,
    who: 'self',
    own: true,
    pattern: re(
      String.raw`\b(?:shoot|shooting|shot|blow|blowing) up (?:the|my|a|this|that|our) (?:[a-z]+ )?(?:school|office|work|workplace|place|church|mosque|synagogue|temple|mall|party|club|class|campus|building)\b|\b(?:bring|bringing|brought|take|taking|took) (?:(?:a|the|my|his|her|their) )?(?:[a-z]+ 's )?(?:[a-z]+ )?(?:gun|rifle|pistol|shotgun|knife|bomb) (?:to|into) (?:school|class|work|the office|church|campus|the party)\b`,
    ),
  },
  {
    id: 'target.when_i_see',
    kind: 'target',
    trigger: stems('when i', 'when we', 'shows up', 'show up', 'comes', 'come', 'in case'),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\b(?:for|in case|ready for) when (?:i|we) (?:see|find|catch|run into) ${PERSON}\b|\b(?:for|ready for) (?:him|her|them|that [a-z]+) (?:if|when) (?:he|she|they) (?:shows? up|comes? (?:back|around|near))\b|\bin case (?:he|she|they|my [a-z]+) (?:comes|shows up|tries|comes home|gets|breaks)\b`,
    ),
    unless: /\b(?:gift|present|surprise|birthday|return|give (?:it )?back|borrowed|lend|lent|book|jacket|card)\b/,
  },
  {
    id: 'target.where',
    kind: 'target',
    trigger: stems(
      'what time',
      'when',
      'where',
      'which way',
      'what route',
      'for what',
      'wait',
      'follow',
      'stalk',
      'scare',
      'show up',
      'showing up',
      'go',
      'drive',
      'driv',
    ),
    weight: 0.5,
    who: 'self',
    pattern: re(
      String.raw`\b(?:know|knew|found out|figured out|learned|watched|watching|checked)${'(?: [^ .,;:!?]+){0,2}'} (?:what time|when|where|which way|what route) (?:he|she|they) (?:gets off|get off|parks|park|lives|live|works|work|leaves|leave|walks|walk|goes|go|sleeps|sleep|is alone|are alone|drives|drive|takes)\b|\bfor what (?:he|she|they) (?:did|has done|have done|did to me|did to my [a-z]+)\b|\b(?:wait|waiting|waited) for ${OTHERS} (?:outside|after|in the|at|behind|by)\b|\b(?:follow|followed|following|stalk|stalking) ${OTHERS}\b|\bscare (?:them|him|her|everyone|everybody|those [a-z]+)\b|\b(?:show up|showing up|go|going|drive|driving) (?:at|to|over to) (?:his|her|their) (?:house|place|work|job|school|apartment)\b`,
    ),
    unless:
      /\b(?:surprise|party|birthday|flowers|gift|apologi[sz]e|talk|say sorry|ask (?:him|her|them) out|date|pick (?:him|her|them) up|give (?:him|her|them) a ride|carpool|halloween|haunted|prank|costume|movie)\b/,
  },

  // ---------------------------------------------------------------- abuse
  {
    id: 'abuse.control',
    kind: 'abuse',
    trigger: stems(
      'take',
      'took',
      'keep',
      'kept',
      'control',
      'spend',
      'spent',
      'steal',
      'stole',
      'hold',
      'held',
      'hide',
      'hid',
      'me quit',
      'let',
      'allow',
      'allowed',
      'check',
      'read',
      'goes through',
      'went through',
      'track',
      'monitor',
      'lock',
      'no me deja',
      'me encierra',
      'give me',
      'ask',
      'tak',
    ),
    weight: 0.8,
    who: 'any',
    pattern: re(
      String.raw`\b(?:takes|took|taking|keeps|kept|keeping|controls|controlled|controlling|spends|spent|steals|stole|stealing|holds|held|hides|hid|me quita|me quito) (?:all of |all |my whole |my entire |my |mi |el |todo mi |todo el )?(?:[a-z]+ )?(?:paycheck|paychecks|money|wages|salary|pay|check|checks|card|cards|bank card|debit card|credit card|passport|id|documents|papers|benefits|disability|social security|savings|dinero|sueldo|papeles)\b(?=[^.;!?]*\b(?:me|my|i|mi|mis|yo)\b)|\b(?:will not|would not|does not|do not|never) (?:let|allow) me (?:to )?(?:see (?:my )?(?:friends|family|anyone|anybody|my (?:kids|mom|dad|sister|brother|parents|mother|father))|leave (?:the house|him|her|home|the apartment)|go anywhere|go out alone|work|have (?:my own|any|money|a phone|a job|a car|friends)|talk to (?:anyone|anybody|my friends|my family|other [a-z]+)|drive|eat|sleep|use (?:the|my) (?:phone|car|money|card)|spend|keep (?:my|any)|get a job|call (?:anyone|my [a-z]+))\b|\bnot allowed to (?:leave the house|see (?:my )?(?:friends|family)|talk to (?:anyone|my friends|my family)|have (?:money|a phone|friends)|work|drive|eat|spend)\b|\b(?:checks|checked|reads|read|goes through|went through|tracks|tracked|monitors) my (?:phone|messages|texts|location|emails|bank|spending|receipts)\b|\b(?:locks|locked|lock|locking) (?:me|us) (?:in|out|up|inside)\b|\bno me deja (?:salir|ver|trabajar|hablar|tener|usar)\b|\bme encierra\b|\b(?:will not|would not|does not|never) give me (?:my )?(?:medicine|meds|medication|insulin|food|money|papers|passport|phone|keys)\b|\bhave to ask (?:him|her|them) (?:for|before) (?:money|gas money|permission|anything|everything)\b`,
    ),
    unless:
      /\b(?:bank locked|card locked|account locked|lost|stolen (?:by|from) (?:a|some)|pickpocket|wallet was|robbed|mugged|fraud|scam|hacked|teacher|school|class|test|exam|work|boss|job|manager|policy|rules|curfew|grounded|my parents do not let me (?:stay|go to parties)|doctor|nurse|hospital)\b/,
  },
  {
    id: 'abuse.isolation',
    kind: 'abuse',
    trigger: stems(
      'take',
      'took',
      'hide',
      'hid',
      'smash',
      'broke',
      'break',
      'yell',
      'scream',
      'swear',
      'swore',
      'cuss',
      'calls me',
      'puts me',
      'me grita',
      'me insulta',
      'tak',
    ),
    weight: 0.5,
    who: 'any',
    pattern: re(
      String.raw`\b(?:takes|took|taking|hides|hid|smashed|smashes|broke|breaks) my (?:phone|keys|car keys|telefono)\b|\b(?:yells|yelled|screams|screamed|swears|swore|cusses|cussed) at (?:me|us)\b|\bcalls me (?:names|stupid|worthless|useless|fat|ugly|a [a-z]+)\b|\bputs me down\b|\bme grita\b|\bme insulta\b`,
    ),
    unless:
      /\b(?:so i (?:can )?sleep|bedtime|at night|grounded|punishment|class|school|teacher|coach|game|sports?|concert|referee|traffic|customer|customers|boss|manager|work|job)\b/,
  },
  {
    id: 'abuse.stalking',
    kind: 'abuse',
    trigger: stems(
      'follow',
      'stalk',
      'track',
      'shows up',
      'showed up',
      'stop texting',
      'stop calling',
      'waiting outside',
    ),
    weight: 0.6,
    who: 'any',
    pattern: re(
      String.raw`\b(?:following|follows|followed|stalking|stalks|stalked|tracking|tracks|tracked) me\b|\b(?:shows|showed) up (?:at|outside) my (?:work|house|job|school|apartment|place|door)\b|\b(?:will not|would not|does not|never) stop (?:texting|calling|messaging) me\b|\bwaiting outside my (?:house|work|apartment|door|school)\b`,
    ),
    unless:
      /\b(?:instagram|twitter|tiktok|social media|online|on (?:ig|insta|youtube)|fans?|followers|puppy|dog|cat|kitten|toddler|baby)\b/,
  },
  {
    id: 'abuse.sexual',
    kind: 'abuse',
    trigger: stems(
      'come',
      'came',
      'sneak',
      'snuck',
      'get',
      'got',
      'touch',
      'grab',
      'grop',
      'feel',
      'felt',
      'what he',
      'what she',
      'what they',
      'stuff',
      'things',
      'make',
      'made',
      'secret',
      'send',
      'sent',
      'show',
      'me toca',
      'oblig',
      'com',
    ),
    weight: 0.9,
    who: 'any',
    pattern: re(
      String.raw`\b(?:comes|came|coming|sneaks|snuck|gets|got) (?:in|into) (?:my|our) (?:room|bed|bedroom)(?: at night)?\b|\b(?:touches|touched|touching|grabs|grabbed|gropes|groped|feels|felt) me (?:up|there|down there|in places|at night|when)\b|\bwhat (?:he|she|they) (?:does|did|do|has done|is doing) to me\b|\b(?:does|did|do) (?:stuff|things) to me\b|\b(?:makes|made|make) me (?:touch|do stuff|do things|watch|undress|sleep with|sit on (?:his|her|their) lap|kiss (?:him|her|them)|sleep in (?:his|her|their) bed|take (?:off )?my clothes|keep (?:it )?(?:a )?secret)\b|\bour (?:little )?secret\b|\b(?:sends|sent|showing|showed|shows) me (?:pictures|pics|videos|photos) of (?:himself|herself|themselves|his|her|their)\b|\bme toca\b|\bme (?:obliga|obligo) a\b`,
    ),
    unless:
      /\b(?:hug|hugs|hugged|tickl[a-z]*|tuck[a-z]* me in|checks on me|wake me up|bring me|story|movie|show|dream|nightmare)\b/,
  },
  {
    id: 'abuse.physical',
    kind: 'abuse',
    trigger: stems(
      'grab',
      'yank',
      'drag',
      'pin',
      'shove',
      'push',
      'slam',
      'throw',
      'threw',
      'smack',
      'chok',
      'hit',
      'kick',
      'slap',
      'bite',
      'bit',
      'pull',
      'bruis',
      'black eye',
      'busted lip',
      'marks',
      'welts',
      'ojo morado',
      'moreton',
      'left me',
      'gave me',
      'leaves me',
      'gives me',
      'pega',
      'golpea',
      'empuja',
      'jala',
      'cachetea',
      'patea',
      'pegaba',
      'golpeaba',
      'maltrat',
      'lastima',
    ),
    weight: 0.8,
    who: 'any',
    pattern: re(
      String.raw`\b(?:he|she|they|my [a-z]+)(?: always| keeps| kept| has| had| just)? (?:grabs|grabbed|yanks|yanked|drags|dragged|pins|pinned|shoves|shoved|pushes|pushed|slams|slammed|throws|threw|smacks|smacked|chokes|choked|hits|hit|kicks|kicked|slaps|slapped|bites|bit|pulls|pulled) (?:me|us)\b|\b(?:bruises?|black eye|busted lip|marks|welts|ojo morado|moretones) (?:from|because of|that) (?:him|her|them|my [a-z]+|he|she|they)\b|\b(?:he|she|they) (?:left|gave|leaves|gives) me (?:a |the )?(?:bruises?|black eye|marks|busted lip|welts)\b|\b(?:me|nos) (?:pega|golpea|empuja|jala|cachetea|patea)\b|\b(?:pega|golpea|pegaba|golpeaba|maltrata|maltrataba|lastima)\b[^.;!?]{0,30}\ba (?:nosotros|mis hijos|mis hermanos|mi hermanito|mi hermanita|mi hijo|mi hija|mi bebe)\b`,
    ),
    unless:
      /\b(?:game|wrestl[a-z]*|tickl[a-z]*|play fight[a-z]*|hug[a-z]*|dance|dancing|practice|sparring|karate|judo|bjj|football|rugby|soccer|basketball|dodgeball|pillow|snowball|water balloon|ball|accident(?:ally)?|up (?:on instagram|later)|back)\b/,
  },
  {
    id: 'abuse.neglect',
    kind: 'abuse',
    trigger: stems(
      'food',
      'groceries',
      'dinner',
      'meals',
      'lunch',
      'breakfast',
      'eat',
      'hungry',
      'alone',
      'feed',
      'fed',
      'change',
      'bathe',
      'wash',
      'take care',
      'look after',
      'comida',
      'comer',
      'nothing',
      'leav',
      'left',
      'himself',
      'herself',
      'themselves',
      'wait',
      'sits',
      'sat',
      'nobody',
      'no one',
    ),
    weight: 0.8,
    who: 'any',
    pattern: re(
      String.raw`\b(?:has not|have not|does not|do not|never|did not) (?:bought|buy|buys|made|make|makes|cooked|cook|cooks|given|give|gives|fed|feed|feeds) (?:any |us |me |him |her |them )?(?:food|groceries|dinner|meals|lunch|breakfast)\b|\bno food in the (?:house|fridge|apartment)\b|\b(?:nothing|no food) (?:to eat|for us|for (?:me|him|her|them) to eat)\b|\b(?:go|went|going|goes) (?:to bed |to school )?hungry\b|\b(?:leaves|left|leave|leaving) (?:my|the|his|her|their|our) (?:little |baby |[0-9]+ year old |two year old |three year old |four year old |five year old )?${KIN} (?:alone|by (?:himself|herself|themselves)|home alone|in the car|locked)\b|\b(?:alone|by (?:himself|herself|themselves)) all (?:day|night|weekend)\b|\b(?:are|is|were|was|stay|stays|left) home alone (?:all|overnight|every|when|while|for (?:days|the (?:whole )?(?:weekend|night|day)|a week|two days|three days))\b|\b(?:waits|waited|waiting|sits|sat) (?:there )?(?:alone|by (?:himself|herself)) (?:until|till|for hours|all)\b|\b(?:nobody|no one) (?:picks up|picked up|feeds|fed|watches|checks on) (?:my|our|the|her|his|their) (?:little |baby )?${KIN}\b|\b(?:does not|do not|never|will not|would not) (?:feed|change|bathe|wash|take care of|look after) (?:him|her|them|my [a-z]+|the (?:baby|kids))\b|\b(?:feeding|feed|fed) my (?:little )?(?:brother|sister|brothers|sisters|siblings)\b|\b(?:no|sin) (?:comida|comer)\b`,
    ),
    dependant: true,
    unless:
      /\b(?:for (?:an|a few|a couple of|one|two) (?:hour|hours|minutes)|after school|latchkey|teenagers?|1[3-9] year old|diet|fasting|fast|ramadan|lent|keto|intermittent|cleanse|picky|busy|forgot lunch|skipped lunch|skipped breakfast|leftovers|groceries are|delivery|takeout|restaurant|dog|cat|pet|fish|plants|nap|naps|napping|asleep|sleeping|in bed|for a minute|for a second|grocery|shower|bathroom)\b/,
  },
  {
    id: 'abuse.restraint',
    kind: 'abuse',
    trigger: stems(
      'lock',
      'tie',
      'tied',
      'tying',
      'strap',
      'pension',
      'social security',
      'check',
      'benefits',
      'savings',
      'money',
    ),
    weight: 0.8,
    who: 'any',
    pattern: re(
      String.raw`\b(?:locking|lock|locks|locked|tie|ties|tied|tying|strap|strapped) (?:my |our |his |her |their |the )?(?:[a-z]+ )?${KIN} (?:in|to|up|inside|into)\b|\b(?:takes|took|taking|spends|spent|spending|keeps|kept|cashes|cashed) (?:all of |all |most of )?(?:my |his |her |their |the )?(?:[a-z]+ 's )?(?:pension|social security|checks?|benefits|savings|money)\b`,
    ),
    dependant: true,
    unless:
      /\b(?:safe|lockbox|power of attorney|pays (?:her|his|their) bills|for (?:her|his|their) (?:bills|rent|care|medicine|groceries)|helps? (?:her|him|them)|bank|accountant|budget)\b/,
  },
  {
    id: 'abuse.dependant_hurt',
    kind: 'abuse',
    trigger: stems(
      'hit',
      'beat',
      'slap',
      'smack',
      'pinch',
      'kick',
      'shake',
      'shook',
      'burn',
      'chok',
      'whip',
      'whoop',
      'whup',
      'belt',
      'punch',
      'spank',
      'throw',
      'threw',
      'grab',
      'yank',
      'lock',
      'starv',
      'leave',
      'left',
      'leav',
    ),
    weight: 0.8,
    who: 'any',
    dependant: true,
    pattern: re(
      String.raw`\b(?:hits|hit|hitting|beats|beat|beating|slaps|slapped|slapping|smacks|smacked|smacking|pinches|pinched|kicks|kicked|kicking|shakes|shook|shaking|burns|burned|chokes|choked|whips|whipped|whipping|whoop|whoops|whooped|whooping|whup|whupping|whupped|belt|belts|belted|belting|punches|punched|punching|spanks|spanked|spanking|throws|threw|grabs|grabbed|yanks|yanked|locks|locked|starves|starved) (?:my|our|the|his|her|their) (?:little |baby |[0-9]+ year old )?${KIN}\b|\b(?:leaves|left|leave|leaving) (?:my|his|her|their|the) [a-z]+ (?:in (?:soiled|wet|dirty|his own|her own|their own) [a-z]+|without (?:food|water|meds|medication|his meds|her meds|their meds|help|heat))\b`,
    ),
    unless:
      /\b(?:game|play(?:ing)?|wrestl[a-z]*|tickl[a-z]*|hug[a-z]*|ball|accident(?:ally)?|by mistake|pillow|snowball|dodgeball|tag)\b/,
  },
  {
    id: 'abuse.witness',
    kind: 'abuse',
    trigger: stems(
      'beat',
      'hit',
      'hurt',
      'chok',
      'slap',
      'punch',
      'kick',
      'start on',
      'come after',
      'do that',
      'do it',
      'the same',
      'le pega',
      'golpea',
      'le pegaba',
      'golpeaba',
      'scared',
      'afraid',
      'terrified',
      'worried',
    ),
    weight: 0.5,
    who: 'any',
    pattern: re(
      String.raw`\b(?:my (?:dad|father|stepdad|stepfather|mom|mother|stepmom|stepmother)(?: 's [a-z]+)?) (?:beats|hits|hurts|chokes|slaps|punches|kicks) (?:my|our) (?:mom|mother|dad|father)\b|\b(?:scared|afraid|terrified|worried) (?:that )?(?:he|she|they) (?:will|is going to|are going to|might|would) (?:start on|come after|hurt|hit|do (?:that|it|the same) to) (?:me|us|my [a-z]+)\b|\b(?:le pega|golpea|le pegaba|golpeaba) a (?:mi|su) (?:mama|madre|papa|padre|esposa|esposo)\b`,
    ),
  },
  {
    id: 'abuse.fear',
    kind: 'abuse',
    trigger: stems('scared', 'afraid', 'terrified', 'frightened', 'eggshell', 'miedo'),
    weight: 0.5,
    who: 'self',
    pattern: re(
      String.raw`\b(?:scared|afraid|terrified|frightened) (?:of (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|ex|brother|uncle|son))|to go (?:home|back)|to be (?:home|alone with)|when (?:he|she|they) (?:drinks|drink|gets|get|comes|come|is|are))\b|\bwalk(?:ing)? on eggshells\b|\b(?:le|les) tengo miedo\b|\btengo miedo de (?:el|ella|mi [a-z]+)\b`,
    ),
    unless:
      /\b(?:spider|spiders|dog|dogs|clown|clowns|movie|horror|ghost|dark|heights|flying|needles|dentist|exam|test|interview|snakes?)\b/,
  },
  {
    id: 'threat.against_me',
    kind: 'threat',
    trigger: stems(
      'me',
      'worse',
      'kids',
      'children',
      'baby',
      'son',
      'daughter',
      'post',
      'share',
      'send',
      'leak',
      'tell everyone',
      'out me',
      'immigration',
      'deport',
      'regret',
    ),
    weight: 0.6,
    who: 'any',
    negatable: false,
    conditional: false,
    pattern: re(
      String.raw`\b(?:he|she|they|my [a-z]+)(?: would| will| is going to| are going to| is gonna| said (?:he|she|they) would| swore (?:he|she|they) would)? (?:find me and (?:kill|hurt)|kill|hurt|beat|shoot|stab|choke|find) me\b|\b(?:make it|make things) worse\b|\b(?:post|share|send|leak) my (?:pictures|pics|photos|nudes|videos)\b|\b(?:tell everyone|out me|call immigration|have me deported|get me deported)\b|\b(?:i will|i would|i am going to) regret (?:leaving|it|this|telling|going)\b|\btake (?:the|my|our) (?:kids|children|baby|son|daughter)(?: away| from me)?\b|\bme va a (?:matar|pegar|golpear|quitar)\b`,
    ),
    unless:
      /\b(?:late|report card|grades|curfew|leftovers|dishes|homework|phone bill|haircut|tattoo|dented|scratched|spilled|broke (?:the|his|her|their)|ate (?:his|her|their)|forgot|surprise party|find me a|find me on|find me at (?:the|a) (?:party|game|bar))\b/,
  },
  {
    id: 'threat.explicit',
    kind: 'threat',
    trigger: stems('threaten', 'amenaz'),
    weight: 1,
    who: 'any',
    conditional: false,
    pattern: re(
      String.raw`\b(?:he|she|they|my [a-z]+)(?: always| keeps| has| had| just)? threaten(?:s|ed|ing)? (?:me|us|to (?:kill|hurt|beat|take|shoot|burn) (?:me|us|my [a-z]+|the (?:kids|dog|cat|baby|house)))\b|\bme (?:amenaza|amenazo|amenazan)\b`,
    ),
  },
  {
    id: 'threat.if_i_leave',
    kind: 'leaving',
    trigger: stems('if i', 'si ', 'or else'),
    weight: 0.5,
    who: 'any',
    negatable: false,
    conditional: false,
    pattern: re(
      String.raw`\bif i (?:ever |try to |tried to |even )?(?:leave|left|tell|told|call|called|go to|went to|talk to|report|say anything|break up|file|get a divorce|take the kids)\b|\bsi (?:lo |la )?(?:dejo|digo|llamo|denuncio)\b|\bor else\b`,
    ),
  },

  // ---------------------------------------------------------------- wider families: ways and acts said in other words
  {
    id: 'means.took_everything',
    kind: 'act',
    trigger: stems('took', 'take', 'taking', 'swallow', 'downed', 'necked'),
    weight: 1,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:took|take|taking|swallowed|swallow|swallowing|downed|necked) (?:everything|all (?:of )?(?:it|them|the [a-z]+)|the (?:whole|entire|full) (?:lot|bottle|box|pack|packet|strip|supply)|whatever (?:was|i could find|i found)) (?:in|from|out of|i could find in) (?:the|my|our|[a-z]+ 's) (?:medicine (?:cabinet|cupboard|drawer|box)|cabinet|cupboard|first aid (?:box|kit)|bathroom)\b`,
    ),
    unless:
      /\b(?:clean[a-z]*|clear[a-z]*|moving|move|throw[a-z]* (?:it )?(?:out|away)|expired|pharmacy|recycl[a-z]*|donat[a-z]*|burglar[a-z]*|robbed|stole)\b/,
  },
  {
    id: 'means.walk_into',
    kind: 'act',
    trigger: stems('walk', 'step', 'wad', 'swim', 'swam', 'drove', 'drive', 'driving'),
    weight: 0.8,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:walk|walks|walked|walking|wade|waded|wading|swim|swam|swimming) (?:out )?(?:into|out into|out to) (?:the |a )?(?:sea|ocean|lake|river|water|waves|loch|canal|surf|traffic)\b|\b(?:step|steps|stepped|stepping|walk|walked|walking|jump|jumped|jumping) (?:off |out )?(?:(?:the|a) (?:kerb|curb|platform|pavement|sidewalk) )?(?:in front of|under) (?:it|one|the next one|a (?:[a-z]+ )?(?:tube|train|bus|truck|lorry|car)|the (?:[a-z]+ )?(?:tube|train|bus|truck|lorry|car|traffic))\b|\b(?:step|stepped|stepping) off (?:the (?:platform|edge|ledge|roof|bridge|kerb|curb))\b(?= ?[.,;!?]|$| (?:in front|into|onto|when|as))`,
    ),
    unless:
      /\b(?:swim[a-z]* (?:lessons|club|team|race|training)|surf(?:ing|ed)? lessons|paddl[a-z]*|beach day|holiday|vacation|kayak[a-z]*|wet ?suit|photos?|dog|mind the gap|jaywalk[a-z]*|crossing|almost got hit|nearly got hit|did not look|not looking|phone|distracted|to (?:stop|save|push|grab|help)|rescue[a-z]*|lifeguard)\b/,
  },
  {
    id: 'means.exhaust_hose',
    kind: 'means',
    trigger: stems('hose', 'tube', 'pipe'),
    weight: 1,
    who: 'any',
    method: true,
    pattern: re(
      String.raw`\b(?:hose|hosepipe|tube|pipe)\b[^.;!?]{0,20}\b(?:exhaust|tailpipe|tail pipe)\b|\b(?:exhaust|tailpipe)\b[^.;!?]{0,20}\b(?:hose|hosepipe|tube|pipe) (?:in|into|through) the (?:window|car)\b`,
    ),
    unless:
      /\b(?:mechanic|garage (?:fixed|said)|repair[a-z]*|leak[a-z]*|mot|inspection|emissions|muffler|rust[a-z]*|fixed|replac[a-z]*)\b/,
  },
  {
    id: 'act.went_to_edge',
    kind: 'act',
    trigger: stems('drove', 'drive', 'driving', 'went', 'go', 'going', 'walked', 'walk', 'been'),
    weight: 0.5,
    who: 'self',
    own: true,
    // Going to a height or water on one's own, told with what followed ("…and sat there an hour").
    pattern: re(
      String.raw`\b(?:drove|drive|driving|went|go|going|goes|walked|walk|walking|been going|keep going|kept going) (?:up |out |down |back )?(?:to|onto|out to|up to) (?:the|a|that) (?:bridge|cliff|cliffs|cliff edge|edge|ledge|roof|rooftop|top floor|tracks|railway|overpass|lake|river|sea|quarry|car park roof|multi storey|parking garage)\b`,
    ),
    unless:
      /\b(?:picnic|fish[a-z]*|swim[a-z]*|walk(?:ing)? the dog|dog walk|view|sunset|sunrise|photos?|pictures?|birthday|date|friends|family|kids|run|running|jog[a-z]*|cycl[a-z]*|bike|hike|hiking|holiday|vacation|fireworks|festival|concert|barbecue|bbq)\b/,
  },
  {
    id: 'plan.working_up',
    kind: 'plan',
    trigger: stems(
      'working up',
      'work up',
      'worked up',
      'building up',
      'one person to know',
      'someone to know',
      'somebody to know',
    ),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\b(?:working|work|worked|building|build) (?:myself )?up (?:to it|the (?:courage|nerve|guts)(?= ?[.,;!?]|$| to (?:do it|go through|jump|end)\b))\b|\b(?:wanted|want|needed|need) (?:one person|someone|somebody|you|one other person) to know (?:before|first|beforehand)(?= ?[.,;!?]|$)`,
    ),
    unless:
      /\b(?:ask (?:him|her|them) out|ask for|raise|promotion|tell (?:him|her|them|my [a-z]+)|confront|speech|presentation|interview|date|propose|proposal|quit (?:my )?job|gym|run|race|marathon|climb|dive|tattoo|piercing)\b/,
  },
  {
    id: 'prep.in_order',
    kind: 'prep',
    trigger: stems('in order', 'squared away', 'tied up', 'loose ends'),
    weight: 0.6,
    who: 'self',
    pattern: re(
      String.raw`\b(?:getting|get|got|put|putting|puts) (?:things|my things|everything|my affairs|my life|stuff|my stuff|it all) (?:in order|squared away|sorted for (?:them|her|him|everyone))\b|\btying up (?:the |my )?loose ends\b`,
    ),
    unless: everyday(
      'exam',
      'exams',
      'tax return',
      'new year',
      'spring clean[a-z]*',
      'audit',
      'inspection',
      'landlord',
      'guests',
      'visitors',
      'in-laws',
      'in laws',
      'coming over',
      'coming to stay',
      'before the baby',
      'work',
      'project',
      'deadline',
    ),
  },

  // ---------------------------------------------------------------- wider families: self-injury said in other words
  {
    id: 'injury.tool_to_body',
    kind: 'injury',
    trigger: stems('take', 'took', 'taking', 'put', 'putting', 'held', 'hold', 'holding', 'press'),
    weight: 0.9,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:take|took|taking|put|putting|held|hold|holding|press|pressed|pressing) (?:a|the|my) (?:blade|razor|knife|lighter|cigarette|hot (?:iron|spoon|knife)|scissors|compass|paperclip|needle) (?:to|against|on|into) (?:my|mis) ${BODY}\b`,
    ),
    unless:
      /\b(?:shav[a-z]*|wax[a-z]*|tattoo|piercing|splinter|doctor|nurse|first aid|cook[a-z]*|kitchen|craft[a-z]*)\b/,
  },
  {
    id: 'injury.against_wall',
    kind: 'injury',
    trigger: stems('bang', 'hit', 'smash', 'slam', 'punch', 'head', 'wall'),
    weight: 1,
    who: 'self',
    method: true,
    pattern: re(
      String.raw`\b(?:bang|bangs|banged|banging|hit|hits|hitting|smash|smashed|smashing|slam|slammed|slamming) my (?:head|fists?|hands?|knuckles) (?:off|against|into|on) (?:the|a) (?:wall|floor|door|mirror)\b(?=[^.;!?]{0,40}\b(?:till|until|til|so hard|over and over|on purpose|every time i|whenever i)\b)|\b(?:punch|punched|punching|hit|hitting|bang|banged|banging|smash|smashed) (?:the|a) (?:wall|mirror|door) (?:until|till|til) (?:my [a-z]+|i|it) (?:split|bled|bleed|broke|cracked|saw stars|could not feel|went numb|were bleeding|was bleeding|bruised)\b`,
    ),
    unless:
      /\b(?:accident(?:ally)?|by accident|low (?:ceiling|beam|door)|cupboard|door frame|slipped|tripped|fell|ice|icy|bumped)\b/,
  },
  {
    id: 'injury.not_since',
    kind: 'injury',
    trigger: stems('cut', 'burn', 'self harm', 'hurt myself', 'harmed myself'),
    weight: 1,
    who: 'self',
    negatable: false,
    // "I haven't cut in two years": a past act, told through how long it has been.
    pattern: re(
      String.raw`\b(?:have not|had not|not|did not|have not even) (?:cut|burned|burnt|self harmed|hurt myself|harmed myself) (?:myself )?(?:in|for|since) (?:(?:over |almost |nearly |about |like )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|a couple of|a few) (?:days?|weeks?|months?|years?)|high school|school|uni|college|i was [a-z]+)\b`,
    ),
    unless:
      /\b(?:hair|fringe|bangs|grass|lawn|carbs|sugar|cook[a-z]*|sunburn[a-z]*|cigarettes|smok[a-z]*|class|classes|school (?:lunch|fees))\b/,
  },

  // ---------------------------------------------------------------- wider families: harm to others by intent
  {
    id: 'harm.intent_verb',
    kind: 'harm',
    trigger: stems('shooting', 'blasting', 'stabbing', 'swinging', 'popping', 'body', 'bodies'),
    weight: 1,
    who: 'self',
    own: true,
    pattern: re(
      String.raw`\b(?:i am|i will|i am going to|i am gonna|i will be) (?:shooting|blasting|stabbing|swinging|popping (?:him|her|them|off)|letting (?:it|them) fly)(?= ?[.,;!?]|$| (?:him|her|them|first|on (?:sight|him|her|them)|no questions)\b)|\bcatch(?:ing|es)? (?:a|another|my first|my second) body\b`,
    ),
    unless:
      /\b(?:photos?|film|video|camera|photography|pool|hoops|basketball|darts|range|paintball|airsoft|laser tag|game|scene|shot list|wedding|golf|three pointers?)\b/,
  },
  {
    id: 'harm.weapon_to_person',
    kind: 'harm',
    trigger: stems('take', 'took', 'taking', 'put', 'putting', 'slip', 'slipping', 'spike', 'spiking'),
    weight: 1,
    who: 'self',
    own: true,
    pattern: re(
      String.raw`\b(?:take|took|taking) (?:a|the|my) (?:tire iron|tyre iron|bat|baseball bat|crowbar|hammer|knife|machete|golf club|wrench|spanner|pipe|belt)\b[^.;!?]{0,30}?\bto (?:his (?:face|head)|her (?:face|head)|their (?:face|head)|${OTHERS})(?= ?[.,;!?]|$| (?:and|then|too|as well|again|if|when|next|one day|some day)\b)|\b(?:put|putting|slip|slipping|spike|spiking|spiked) (?:something|stuff|a little something|bleach|rat poison|antifreeze|pills|drugs)? ?(?:in|into) (?:his|her|their|[a-z]+ 's|my [a-z]+ 's) (?:coffee|food|drink|tea|dinner|meds|water|soup|wine|beer|pint)\b`,
    ),
    unless:
      /\b(?:sugar|milk|honey|lemon|sweetener|birthday|surprise|recipe|medicine he needs|meds she needs|vitamins|gym)\b/,
  },

  // ---------------------------------------------------------------- wider families: abuse told through its effects
  {
    id: 'abuse.effects',
    kind: 'abuse',
    trigger: stems('welt', 'bruis', 'marks', 'sores', 'burns', 'black eye', 'finger marks', 'handprint'),
    weight: 1,
    who: 'any',
    dependant: true,
    // Injuries that only a blow leaves need nothing more; marks, bruises and sores need a body or a child coming back with them.
    pattern: re(
      String.raw`\b(?:left|leaves|leaving|gave|gives|has|had|got|with|covered in|in) (?:[a-z]+ )?(?:welts|bedsores|pressure sores|cigarette burns|finger marks|handprints?|belt marks|a black eye)\b|\b(?:came back with|comes back with|come back with|turns up with|turned up with|comes home with|came home with) (?:[a-z]+ )?(?:bruises|bruising|marks|sores|burns|scratches)\b|\b(?:left|leaves|leaving|gave|gives|has|had|got|with|covered in) (?:[a-z]+ )?(?:bruises|bruising|marks|sores|burns|scratches) (?:all )?(?:on|down|over|across|up and down|all over) (?:his|her|their|my|me|him|them) (?:[a-z]+ )?(?:back|arms?|legs?|face|neck|body|bottom|bum|butt|skin|wrists?|chest|thighs?|cheeks?|ribs|shoulders?|hands?|head|ears?)\b`,
    ),
    unless:
      /\b(?:football|rugby|soccer|sports?|game|match|training|practice|playground|fell|fall|tripped|trampoline|bike|skateboard|climbing|eczema|allergy|allergic|rash|chicken ?pox|sunburn|stove|oven|cooking|birthmarks?|vaccin[a-z]*|jab|tests?|exams?|homework|papers?|essays?|grades|blood test|doctor said|blood thinners|warfarin|bruises easily|bumps into|car seat|straps?|socks?|elastic|(?:diaper|nappy) rash|teething)\b/,
  },
  {
    id: 'abuse.left_in',
    kind: 'abuse',
    trigger: stems('same', 'alone', 'shopping', 'food', 'dinner'),
    weight: 0.9,
    who: 'any',
    dependant: true,
    pattern: re(
      String.raw`\bin the same (?:pad|nappy|diaper|pull up|clothes|sheets) (?:all (?:day|night|weekend)|for (?:days|hours))\b|\balone in (?:the|their|a|his|her) (?:flat|house|apartment|car|room|caravan) (?:all (?:day|night|weekend)|for days|overnight)\b|\bnever any (?:shopping|food|groceries) (?:going in|in the (?:house|flat|fridge))\b`,
    ),
    unless: /\b(?:nap|asleep|sleeping|teenagers?|1[3-9] year old|shower|for an hour|for a minute)\b/,
  },
  {
    id: 'abuse.holds_money',
    kind: 'abuse',
    trigger: stems(
      'card',
      'pension',
      'benefits',
      'money',
      'pin',
      'pension',
      'quita',
      'quito',
      'roba',
      'da de comer',
      'toca',
      'manosea',
    ),
    weight: 1,
    who: 'any',
    dependant: true,
    pattern: re(
      String.raw`\b(?:has|had|took|takes|keeps|kept|uses|used|using|got|holds) (?:[a-z]+ 's|his|her|their|my [a-z]+ 's) (?:bank card|debit card|credit card|cards|pension|benefits|savings|pin|pension book|post office card)\b[^.;!?]{0,60}\bno (?:money|food|cash)\b|\b(?:had|has|have|got) no (?:money|food) (?:for|to buy) (?:food|groceries|the (?:week|month)|anything)\b|\b(?:le|les) (?:quita|quito|quitaba|roba|robo|robaba|saca|saco) (?:la|su|el|sus|los) (?:pension|dinero|tarjeta|cheque|papeles|jubilacion)\b|\bno (?:le|les) (?:da|dan|daba|dio) (?:de comer|comida)\b|\b(?:la|lo|le|los|las) (?:toca|tocaba|toco|manosea|manoseaba)\b`,
    ),
    unless:
      /\b(?:power of attorney|pays (?:her|his|their) (?:bills|rent)|for (?:her|his|their) (?:bills|rent|care|medicine|groceries)|helps? (?:her|him|them)|el piano|la guitarra|la puerta|la cancion|el timbre|toca (?:el|la|los|las) [a-z]+|le toca|les toca|me toca|te toca|guitarra|piano|cancion|musica|instrumento|flauta|violin|bateria)\b/,
  },
  {
    id: 'threat.to_kill',
    kind: 'threat',
    trigger: stems('ground', 'grave', 'in it', 'inside', 'box', 'body bag'),
    weight: 0.6,
    who: 'any',
    negatable: false,
    conditional: false,
    pattern: re(
      String.raw`\b(?:put|puts|putting) (?:me|us) (?:in|six feet under|into) (?:the ground|a grave|a box|a body bag|the hospital|the river)\b|\bwith (?:me|us|the kids|the children|the baby) (?:still )?(?:in it|inside)\b`,
    ),
    unless: /\b(?:game|movie|show|joke|joking|haha|lol|sandcastle|ball pit|fort|den)\b/,
  },

  // ---------------------------------------------------------------- modifiers
  {
    id: 'thought.rumination',
    kind: 'thought',
    trigger: stems('keep', 'kept', 'can not stop', 'all i', 'obsess'),
    weight: 0.5,
    who: 'self',
    pattern: re(
      String.raw`\b(?:keep|kept|keeps) (?:thinking|looking|staring|picturing|imagining|going back to|coming back to)\b|\bcan not stop (?:thinking|looking|picturing)\b|\ball i (?:think|can think) about\b|\b(?:obsess|obsessing|obsessed)\b`,
    ),
  },
  {
    id: 'thought',
    kind: 'thought',
    weight: 0.4,
    who: 'self',
    pattern: re(
      String.raw`\b(?:(?:think|thinking|thought|thoughts) (?:about|of|bout)|been thinking|keep thinking|can not stop thinking|picture|picturing|pictured|imagine|imagining|imagined|fantasi[sz][a-z]*|dream|dreaming|daydream[a-z]*|wish|wishing|wished|want to|wanting to|wanted to|want it|(?:wish|wishing|wished|pray|praying|prayed|hope|hoping) (?:that )?(?:i|to|my|it|god|this|the pain|everything)|urge|urges|tempted|on my mind|in my head|crosses my mind|crossed my mind|keeps coming back|stare at|staring at|stared at|looking at|relieved|a relief|would not mind|at peace|pienso|pensando|pensado|quiero|quisiera|ganas|ojala|rezo|le pido a dios)\b`,
    ),
  },
  {
    id: 'intent',
    kind: 'intent',
    weight: 0.4,
    who: 'self',
    pattern: re(
      String.raw`\b(?:going to|about to|ready|decided|i mean it|i meant it|meant it too|kept walking|kept going|this time|for real|already|i am done|i am finished|no going back|voy a|ya decidi|estoy list[oa])\b`,
    ),
  },
  {
    id: 'acquire',
    kind: 'acquire',
    weight: 0.4,
    who: 'self',
    pattern: re(
      String.raw`\b(?:bought|buy|buying|ordered|purchased|picked up|saving up|saved up|been saving|stockpil[a-z]*|collecting|hoarding|hiding|hid|stash[a-z]*|googl[a-z]*|looked up|looking up|researched|researching|searched|searching|how many|how much|how long it takes|how high|counted|counting|compre|guardando|busque|under my (?:pillow|bed|mattress)|in my (?:pocket|backpack|car|trunk|glovebox|glove box|pencil case|sock drawer|phone case))\b`,
    ),
  },
];
