import type { RiskCategory } from '../../contracts/analysis.ts';
import { DRUG_NAMES } from './lexicon.ts';
import {
  ATTEMPT,
  DESIRE,
  gap,
  gapAny,
  HARM_METHOD_VERB,
  HARM_PHRASE,
  HARM_VERB,
  INTENT,
  METHOD_ACT,
  METHOD_PHRASE,
  METHOD_REFLEXIVE,
  NOT_PAST_INTENT,
  OBJ,
  PILLS,
  re,
  SELF_FRAME,
  SELF_FRAME_OTHERS,
  SH_ACT_ES,
  SH_ACT_VERB,
  SH_METHOD,
  SH_NONSPECIFIC,
  stems,
  SUICIDE_VP,
  TAG,
  W,
  WEAPON,
  words,
} from './grammar.ts';
import { PREPARATION, UNSTATED_METHOD, UNSTATED_PLAN, UNSTATED_PLANS } from './preparation.ts';

/**
 * `behaviour`: an act, levelled by when it happened (within three months or unstated → high,
 * earlier → moderate), as the C-SSRS screener does for suicidal behaviour.
 */
export type RuleLevel = 'low' | 'moderate' | 'high' | 'behaviour';

export interface Rule {
  /** Stable identifier shown as evidence: `<category>.<kind>`. */
  id: string;
  category: RiskCategory;
  level: RuleLevel;
  pattern: RegExp;
  /**
   * `self`: the nearest subject before the match must be the speaker (not "my friend", "she").
   * `any`: the words of the match already say who ("he hits me", "better off without me").
   */
  subject: 'self' | 'any';
  /** A negator before the match cancels it (default true). */
  negatable?: boolean;
  /** Inside the antecedent of "if …" it is a possibility, not a disclosure (default true). */
  conditional?: boolean;
  /** Everyday-injury words in the clause cancel it ("cut my finger cooking"). */
  accident?: boolean;
  /**
   * What the `obj` group must be: `person` (violence: anyone but the speaker),
   * `victim` (abuse: the speaker, a child or an elder).
   */
  object?: 'person' | 'victim';
  /** An act against a child or an elder is abuse, whoever commits it. */
  childOrElderIsAbuse?: boolean;
  /** Only raises a category that another rule already found in the utterance. */
  escalator?: boolean;
  /** Only with a topic from the conversation ("I've been thinking about it" after a screening question). */
  contextual?: boolean;
  /** Also required somewhere in the utterance. */
  requires?: RegExp;
  /** Found in the sentence of the match, it says what the words are about and cancels them ("updated our wills after the baby"). */
  unless?: RegExp;
  /**
   * The words name no object of their own ("I picked a date", "I've got it all planned out").
   * Read as a plan only when nothing else gives them one: no risk topic open in the conversation
   * (the contextual rules read them then), and no everyday plan or event ("the wedding") named
   * in the utterance or just before it.
   */
  unanchored?: boolean;
  /** An everyday plan or event named in the utterance ("for the wedding") cancels the match. */
  anchorable?: boolean;
  /**
   * Words one of which every match contains: a cheap test that skips the rule when none is
   * there. Must never change a result (the evaluation checks it against an exhaustive run).
   */
  trigger?: RegExp;
  /** This match stands for reported speech: drop overlapping matches of these categories. */
  masks?: RiskCategory[];
}

const SUICIDE_TRIGGER = stems(
  'myself',
  'life',
  'end',
  'suicid',
  'matar',
  'vida',
  'mate',
  'overdos',
  'pill',
  'med',
  'tablet',
  'capsule',
  'painkiller',
  'prescription',
  'antidepressant',
  ...DRUG_NAMES,
  'jump',
  'leap',
  'fall',
  'rope',
  'noose',
  'wheel',
  'train',
  'bus',
  'truck',
  'car',
  'traffic',
  'tracks',
  'semi',
  'subway',
  'lorry',
  'tram',
  'bridge',
  'building',
  'roof',
  'balcon',
  'cliff',
  'ledge',
  'window',
  'garage',
  'overpass',
  'tower',
  'river',
  'freeway',
  'highway',
  'floor',
  'skyscraper',
  'edge',
  'tree',
  'wall',
  'pole',
  'lake',
  'barrier',
  'road',
  'dam',
  'rocks',
  'platform',
  'railing',
  'gun',
  'temple',
  'head',
  'chest',
  'heart',
  'monoxide',
  'exhaust',
  'bleach',
  'antifreeze',
  'poison',
  'pastilla',
  'pildora',
  'medicina',
  'medicamento',
  'ahorc',
  'tiro',
  'vena',
  'tirarme',
  'aventarme',
  'attempt',
  'intent',
  'trate',
  'knife',
  'blade',
  'razor',
  'wrist',
  'throat',
  'sobredosis',
  'suicide',
  'note',
  'letter',
  'message',
  'video',
  'text',
  'email',
  'charcoal',
  'helium',
  'nitrogen',
  'exit',
  'die',
  'dying',
  'kill',
  'hang',
  'method',
  'way',
  'need',
  'use',
  'using',
  'stuff',
  'thing',
  'belonging',
  'possession',
  'clothes',
  'pet',
  'morir',
  'shot',
  'shoot',
  'drown',
  'gas',
  'suffocat',
  'electrocut',
  'starv',
  'slit',
  'slash',
  'cut',
  'throw',
  'threw',
  'blow',
  'hung',
  'swallow',
  'dead',
  'death',
  'ahorq',
);
const PLAN_TRIGGER = new RegExp(`${SUICIDE_TRIGGER.source}|\\b(?:do|go)\\b`);
const SELF_HARM_TRIGGER = stems(
  'myself',
  'self',
  'harm',
  'dano',
  'lastim',
  'autolesion',
  'cut',
  'burn',
  'carv',
  'head',
  'cort',
  'quem',
  'blade',
  'razor',
  'injur',
  'mutilat',
  'scratch',
  'dig',
  'dug',
);
const VIOLENCE_TRIGGER = stems(
  'kill',
  'murder',
  'hurt',
  'harm',
  'attack',
  'beat',
  'punch',
  'hit',
  'kick',
  'slap',
  'smack',
  'assault',
  'fight',
  'fought',
  'jump',
  'stab',
  'shoot',
  'shot',
  'strangl',
  'chok',
  'poison',
  'smother',
  'drown',
  'suffocat',
  'burn',
  'bludgeon',
  'torch',
  'run',
  'ran',
  'knock',
  'bash',
  'push',
  'shov',
  'threw',
  'put',
);
const WEAPON_TRIGGER = stems(
  'knife',
  'knives',
  'gun',
  'rifle',
  'pistol',
  'bat',
  'hammer',
  'axe',
  'machete',
  'crowbar',
  'car',
  'truck',
  'shotgun',
  'firearm',
  'blade',
  'screwdriver',
  'brick',
  'poison',
  'bleach',
);
const ABUSE_TRIGGER = stems(
  'hit',
  'beat',
  'punch',
  'slap',
  'smack',
  'kick',
  'chok',
  'strangl',
  'shov',
  'burn',
  'rap',
  'molest',
  'grop',
  'abus',
  'assault',
  'whip',
  'shak',
  'shook',
  'starv',
  'bit',
  'spit',
  'pin',
  'touch',
  'physically',
  'sexually',
  'push',
  'threw',
  'throw',
  'traffick',
  'neglect',
  'attack',
);

const PURPOSE = String.raw`(?:to|so i can|so that i can|in order to)`;
/** Times that make "I don't want to be here" about being alive, not about the room ("some nights"). */
const WHEN_LOW = String.raw`(?:some (?:nights|days|mornings|evenings|times)|most (?:nights|days|mornings)|many (?:nights|days)|sometimes|lately|these days|at night|on bad days|half the time)`;

const SUICIDE: Rule[] = [
  {
    id: 'suicide.passive.wish_dead',
    trigger: words('wish', 'wished', 'wishing', 'hope', 'hoping', 'hoped', 'pray', 'praying', 'prayed'),
    category: 'suicide',
    level: 'low',
    subject: 'any',
    pattern: re(
      String.raw`\b(?:wish|wished|wishing|hope|hoping|hoped|pray|praying|prayed)(?: that)? i (?:was|were|would be|could be|am|had|would have|would) (?:dead|gone|never born|been dead|not born|not alive|never been born)\b`,
    ),
  },
  {
    id: 'suicide.passive.not_wake',
    trigger: words('wake', 'die', 'died', 'disappear', 'disappeared', 'existing', 'exist', 'gone', 'here', 'alive'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\bwhat if i (?:just |simply )?(?:did not exist|was not here|were not here|was gone|were gone|died|disappeared|was not alive|never woke up|did not wake up)(?= ?[.,;!?]|$| (?:${TAG}|anymore|any more|tomorrow)\b)|\b(?:do not|did not|never) (?:want|wanna|wish) (?:to )?wake up(?: (?:tomorrow|again|anymore|any more|ever|some days|most days))*(?= ?[.,;!?]|$| (?:${TAG}|and)\b)|\b(?:wish|wished|wishing|hope|hoping|hoped|pray|praying|prayed|want|wanted|would rather|rather|like)${gap(4)} (?:not|never) (?:to )?wake up\b(?! (?:late|early|in time|on time|before|at|too|when|with|until|till|during|to|for|the|my|him|her|them|anyone|everyone|on)\b)|\bsleep (?:and|forever and) (?:never|not) wake up\b|\b(?:wish|wished|wishing|hope|hoping|pray|praying)(?: that)? i (?:would |could |will |just |might )*(?:die|disappear forever|disappear for good|stop existing|cease to exist|not exist)\b`,
    ),
  },
  {
    id: 'suicide.passive.burden',
    trigger: words('better', 'happier', 'easier', 'insurance'),
    category: 'suicide',
    level: 'low',
    subject: 'any',
    pattern: re(
      String.raw`\bbetter off with (?:the|my) (?:life )?insurance (?:money|payout|pay out)\b|\b(?:better off|happier|easier|better)(?: for (?:everyone|everybody|them|all of them|my (?:family|kids|parents|wife|husband|partner)))? (?:without me|if i (?:was|were|had|would) (?:gone|dead|never been born|not here|not around|just die|die|disappear)|if i (?:just |simply |finally |were to |did )?(?:died|die|disappeared|disappear|was not here|were not here|did not exist|was not around|were not around|was not alive|killed myself|ended it))\b`,
    ),
  },
  {
    id: 'suicide.passive.better_dead',
    trigger: words('dead'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(String.raw`\b(?:better off|rather be) dead\b`),
  },
  {
    id: 'suicide.passive.no_will_to_live',
    trigger: words('live', 'alive', 'exist', 'living', 'here', 'around', 'earth', 'world', 'planet'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:not|no longer|never)(?: really| even| actually)? (?:want|wanna|wish|care|feel like)(?: to)? (?:live|be alive|exist|keep living|go on living|carry on living|stay alive)\b(?! (?:in|with|at|near|there|here|like|together|alone|on|under|for|by)\b)|\b(?:not|no longer|never)(?: really| even| actually| just)? (?:want|wanna)(?: to)? be (?:here|around|on this earth|in this world|on this planet)(?: (?:anymore|any more|no more|any longer|some (?:nights|days|mornings|evenings|times)|most (?:nights|days|mornings)|sometimes|lately|these days|at night|on this earth|in this world|on this planet))+\b|\b${WHEN_LOW}(?: ,)?${gap(3)} (?:do not|does not|did not|not|no longer|never)(?: really| even| actually| just)? (?:want|wanna)(?: to)? be (?:here|around)(?= ?[.,;!?]|$| (?:${TAG}|anymore|any more|any longer|no more|really|at all)\b)`,
    ),
  },
  {
    id: 'suicide.passive.burdensome',
    trigger: words('burden'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    // "My mom says I'm a burden" is her word for the speaker, not the speaker's; "I said I'm a burden" is theirs.
    pattern: re(
      String.raw`(?<!\b(?!i )[a-z]+ (?:says|said|tell me|tells me|told me|keeps saying|kept saying|yells|yelled|screams|screamed|calls me|called me)(?: that)? i )\b(?:am|feel like|feel as if i am|feel as though i am|feel like i am|have become|became)(?: (?:just|such|only|nothing but|always|really|so much of|being|becoming|turning into))* an? (?:(?:huge|massive|big|total|constant|complete|heavy|real|giant) )?burden\b(?! (?:of|when|while|with|for a (?:few|couple|while)|until|during|because of (?:my|the) (?:injury|surgery|cast|leg|arm|back|flu|knee|hip))\b)`,
    ),
  },
  {
    id: 'suicide.passive.no_reason',
    trigger: words('point', 'reason', 'purpose', 'will', 'motivation', 'worth', 'sentido', 'nothing'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:no|not|never|lost|without|what is|any|see no)${gap(3)} (?:point|reason|purpose|will|motivation) (?:of|in|to|for)(?: me| my)?(?: to)?(?: keep| go on| even| carry on)? (?:living|live|life|being alive|be alive|going on|existing|exist|stay alive|staying alive)\b|\b(?:life|living|it|my life) (?:is|was|feels|seems|is just|just) (?:not|no longer|never) worth (?:living|it anymore|going on)\b|\bno tiene sentido (?:vivir|seguir)\b|\b(?:no|not any|not a|is no|see no|what is the) (?:point|reason) (?:in |of |to |for )?(?:going on|carrying on|keep going|keeping going|living|being alive|staying alive|existing|trying to stay alive)\b(?! (?:with|in|at|to|for|like|here|there|about|and|forever|tonight|today)\b)|\b(?:have|got|there is|with|left with) nothing (?:left )?(?:to live for|worth living for)\b`,
    ),
  },
  {
    id: 'suicide.passive.want_die',
    trigger: words('die', 'dead', 'alive', 'living', 'existing', 'exist', 'forever', 'disappear'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:want|wants|wanted|wanting|wanna|wish|wishes|wished|wishing|ready|deserve|deserves|deserved|hope|hoping|need|needs|would like) (?:to |2 )?(?:just |really |honestly |simply |literally )?(?:die|be dead|not be alive|stop living|stop existing|cease to exist|disappear forever|disappear for good|go to sleep forever|sleep forever|not exist)\b(?! (?:of|from|with|laughing|inside)\b)`,
    ),
  },
  {
    id: 'suicide.passive.end_it_all',
    trigger: words('end', 'over', 'stop'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:want|wanted|wanting|wanna|wish|wished|wishing|need|needing)\b(?: (?:it all|everything|my life|all of it|life)) to (?:end|be over|stop)(?: (?:permanently|forever|for good|already|now))?\b|\b(?:want|wanted|wanting|wanna|wish|wished|wishing|need|needing) (?:it|this|the pain|everything) to (?:end|be over|stop) (?:permanently|forever|for good)\b`,
    ),
  },
  {
    id: 'suicide.ideation.no_courage',
    trigger: words('balls', 'guts', 'courage', 'nerve', 'strength', 'bravery', 'too', 'enough'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    negatable: false,
    pattern: re(
      String.raw`\b(?:not|never)(?: (?:have|had|got|get|find|found|have had))? (?:the |enough )?(?:balls|guts|courage|nerve|strength|bravery) to${gap(2)} (?:do it|go through with it|${SUICIDE_VP}|${METHOD_PHRASE}|${METHOD_REFLEXIVE})|\b(?:not|never) (?:brave|strong|courageous|bold) enough to${gap(2)} (?:do it|go through with it|${SUICIDE_VP}|${METHOD_PHRASE}|${METHOD_REFLEXIVE})|\btoo (?:scared|afraid|chicken|cowardly|much of a coward|weak) to${gap(2)} (?:do it|go through with it|${SUICIDE_VP}|${METHOD_PHRASE}|${METHOD_REFLEXIVE})`,
    ),
  },
  {
    id: 'suicide.ideation.held_back',
    trigger: words('reason', 'thing', 'from'),
    category: 'suicide',
    level: 'low',
    subject: 'any',
    negatable: false,
    conditional: false,
    pattern: re(
      String.raw`\b(?:only|the only) (?:reason|thing)${gap(2)} (?:i|i am|that i) (?:did not|have not|do not|am not|have not yet|have not already)${gap(1)} (?:${SUICIDE_VP}|${METHOD_REFLEXIVE}|do it|done it)|\b(?:keeping|keeps|kept|stopping|stops|stopped|holding|holds|held) me (?:back )?from${gap(1)} (?:killing myself|ending it|ending my life|doing it|taking my (?:own )?life|${METHOD_REFLEXIVE})`,
    ),
  },
  {
    id: 'suicide.ideation.close_to',
    category: 'suicide',
    level: 'low',
    subject: 'self',
    trigger: words('close', 'thisclose'),
    pattern: re(
      String.raw`\b(?:so |this |really |very )?(?:close|thisclose) to (?:suicide|killing myself|ending it(?: all)?|ending my life|taking my (?:own )?life|doing it|giving up on life)\b`,
    ),
  },
  {
    id: 'suicide.passive.take_me',
    trigger: words(
      'take',
      'kill',
      'end',
      'finish',
      'hit',
      'run',
      'killed',
      'shot',
      'struck',
      'crushed',
      'down',
      'crash',
      'crashes',
      'crashed',
    ),
    category: 'suicide',
    level: 'low',
    subject: 'any',
    // "I wish that car had hit me" is a wish about the speaker, not an assault on them.
    masks: ['abuse', 'violence'],
    pattern: re(
      String.raw`\b(?:wish|wishes|wished|wishing|hope|hopes|hoping|pray|prays|praying|prayed)\b${gap(5)} (?:would|could|will|to|might) (?:just )?(?:take me|kill me|end me|finish me off)\b|\b(?:wish|wished|wishing|hope|hoping|hoped|pray|praying|prayed)(?: that)? (?:the|that|a|some) (?:[a-z]+ )?(?:car|truck|bus|train|driver|plane|bullet|lightning) (?:had|would have|would|could have|will) (?:hit|killed|run over|crushed|struck|taken) me\b|\b(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:the|my) (?:plane|flight|car|bus|train) (?:goes down|crashes|would crash|will crash|crashed|went down)\b|\b(?:wish|wishes|wished|wishing|hope|hopes|hoping|hoped|pray|praying|prayed)\b(?: that)? i (?:get|got|would get|could get|will get|just get) (?:hit|run over|killed|shot|struck)\b`,
    ),
  },
  {
    id: 'suicide.passive.tired_of_life',
    trigger: words('living', 'life', 'alive', 'existing', 'waking', 'being', 'up'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:tired|sick|done|exhausted|fed up|weary|finished) (?:of|with) (?:being alive|living|life|existing|this life|my life)\b(?! (?:admin|advice|hacks?|coach|coaching|insurance|lessons?|skills|drama|updates|with|in (?!general)|at|here|there|paycheck|off|on|out of|under|alone|by myself|on my own|to)\b)|\b(?:give|giving|gave|given) up on (?:life|living)\b|\b(?:tired|sick|done|exhausted|fed up|weary) of (?:waking up|being here)(?= ?[.,;!?]|$| (?:${TAG}|every|each|anymore|any more|in the morning)\b)`,
    ),
  },
  {
    id: 'suicide.passive.not_around',
    trigger: words('alive', 'around', 'here'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:not|never)${gap(3)} (?:going to|will) be (?:alive|around|here much longer|here for much longer) (?:by|for|at|next|after|much longer|to see|in)\b|\b(?:will not|will never|am not going to|will no longer) be (?:alive|around|here)(?: for)? (?:much|very|that much) longer\b|\b(?:will not|am not going to) be (?:alive|around|here) to see (?:my|her|him|them|it|the|christmas|next)\b`,
    ),
  },
  {
    id: 'suicide.passive.not_for_long',
    trigger: words('worry', 'deal', 'burden', 'problem', 'put', 'take', 'look'),
    category: 'suicide',
    level: 'low',
    subject: 'any',
    pattern: re(
      String.raw`\b(?:will not|are not going to|is not going to|will never) (?:have to|need to) (?:worry about|deal with|put up with|take care of|look after) me (?:much longer|for much longer|for long|for very long|soon)\b|\b(?:soon|before long) i (?:will not|am not going to|will no longer) be (?:a|anyone 's|anybody 's|your|their|everyone 's) (?:problem|burden)\b|\bi will not be (?:a|anyone 's|your|their|everyone 's) (?:problem|burden) (?:much longer|for long|soon)\b`,
    ),
  },
  {
    id: 'suicide.passive.disappear',
    trigger: words('disappear', 'vanish', 'fade'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:wish|wished|wishing|want|wanted|wanting|wanna|hope|hoping|would like|would love)(?: that)?(?: i (?:could|would|might|can))?(?: just)?(?: to)?(?: just)? (?:disappear|vanish|fade away|fade out)(?: (?:forever|for good|permanently|and never come back|and not come back|and never be found|off the face of the earth|from the face of the earth|completely|and nobody would notice|and no one would (?:notice|care|miss me)))(?! (?:from|for a|for the|for like|until|till|on|at|after)\b)|\b(?:wish|wished|wishing|want|wanted|wanting|wanna|hope|hoping)(?: that)?(?: i (?:could|would|might|can))?(?: just)?(?: to)?(?: just)? fade away(?= ?[.,;!?]|$| ${TAG}\b)`,
    ),
  },
  {
    id: 'suicide.passive.indifferent',
    trigger: words(
      'mind',
      'care',
      'fine',
      'okay',
      'ok',
      'relieved',
      'happy',
      'peace',
      'glad',
      'relief',
      'upset',
      'sad',
      'sorry',
      'bothered',
      'best',
      'better',
      'grateful',
    ),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    conditional: false,
    pattern: re(
      String.raw`\b(?:would not|would not really|honestly would not|do not|could not) (?:mind|care|be (?:upset|sad|sorry|bothered))(?: (?:at all|much|really))? (?:if|whether) i (?:died|die|did not wake up|never woke up|do not wake up|never wake up|was dead|were dead|got (?:hit|run over|killed)|did not make it|live or die|lived or died|am alive or dead)\b(?! (?:on (?:this|that) hill|trying|doing|laughing|of (?:embarrassment|shame)|alone|single|broke|poor|old|happy|rich|young|without|a virgin|in debt|tired)\b)|\b(?:would not|would not really|honestly would not) mind (?:dying|being dead|not waking up|not existing)\b|\bif i (?:died|did not wake up|never woke up|do not wake up|was gone|were gone)(?: (?:tomorrow|tonight|in my sleep|one day))?(?: ,)?(?: (?:honestly|then|i think))? (?:i would|it would|i will|it will|that would)(?: (?:honestly|actually|really|just))? (?:not (?:mind|care)|be (?:fine|okay|ok|relieved|glad|happy|grateful|at peace|a relief|for the best|better)|feel (?:relieved|at peace))\b|\b(?:do not|could not) care (?:if|whether) i (?:live|wake up)(?= ?[.,;!?]|$| (?:${TAG}|or|anymore|again)\b)`,
    ),
  },
  {
    id: 'suicide.passive.cannot_go_on',
    trigger: words('go', 'going', 'carry'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:can not|could not|not able to|unable to|do not think i can|do not know if i can|do not know how much longer i can|do not know how i can|not sure i can|not sure how much longer i can) (?:go on|keep going|carry on)(?: (?:living|like this anymore|like this any longer|much longer|anymore|any more|any longer|with life|with my life|no more|in this life))?(?= ?[.,;!?]|$| (?:${TAG}|anymore|any more|any longer|i am (?:done|so tired|exhausted)|i just|and)\b)`,
    ),
  },
  {
    id: 'suicide.passive.no_one_would_care',
    trigger: /\bif i\b/,
    category: 'suicide',
    level: 'low',
    subject: 'any',
    negatable: false,
    conditional: false,
    pattern: re(
      String.raw`\b(?:nobody|no one|noone|anyone|anybody|who|would anyone|would anybody)\b(?: would| will| even| really| actually| ever)* (?:care|notice|miss me|be sad|cry|mind)${gap(3)} if i (?:died|was dead|were dead|was gone|were gone|killed myself|disappeared|was not here|were not here|did it|ended it|was not around)\b`,
    ),
  },
  {
    id: 'suicide.passive.es',
    trigger: /(?:mor|mur|viv|muert|despert|muer|exist|sentido|mejor|desaparec|aqui)/,
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:(?:quiero|quisiera|ojala pudiera|ganas de) (?:desaparecer para siempre|dejar de existir|no existir)|me quiero morir|me quisiera morir|quiero morir(?:me)?|quisiera morir(?:me)?|quisiera estar muert[oa]|(?:ya )?no quiero (?:seguir )?vivir|no quiero estar aqui|no quiero existir|(?:estaria|estarian|estarias|estariamos) mejor(?:es)? (?:muert[oa]s?|sin mi)|mejor muert[oa]|ojala (?:no despert[a-z]*|me muera|muriera|me muriera|estuviera muert[oa]|no existiera)|no le veo sentido a (?:la vida|vivir)|(?:estoy|ando) cansad[oa] de vivir)\b(?! de (?:la )?(?:verguenza|risa|hambre|sueno|calor|frio|ganas)\b)`,
    ),
  },
  {
    id: 'suicide.ideation',
    trigger: stems('myself', 'life', 'suicid', 'matar', 'vida', 'mate'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:(?:kill|kills|killed|killing|murder|murdered|murdering|unalive|unaliving|off|offing|offed|top|topping|topped|neck|necking|necked) myself|(?:do|did|doing) myself in|(?:end|ends|ended|ending|take|takes|took|taking|taken) my (?:own )?life|commit(?:s|ted|ting)? suicide|suicidal|suicide (?:thoughts|ideation|urges|feelings)|matarme|suicidarme|quitarme la vida|me mate|me suicide|me quiero matar|acabar con mi vida|terminar con mi vida|pensamientos suicidas)\b`,
    ),
  },
  {
    id: 'suicide.ideation.thoughts',
    trigger: words('suicide', 'ending', 'end', 'dying', 'existing', 'being', 'death'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:think|thinking|thought|thoughts|considering|considered|contemplating|contemplated|fantasi[sz][a-z]*|idea|ideas|obsess[a-z]*|dream[a-z]*|urges?|tempted|feel like|feeling like|felt like|want|wanted|wanna|wanting)\b(?: (?:a lot|alot|really|seriously|often|constantly|sometimes|about it|lately))?(?: (?:about|of|on|to))?(?: (?:committing|doing))? (?:suicide|ending it all|ending it|ending things|end it all|end it|end things|dying|not existing|not being here|not being alive)\b(?! (?:with|between)\b)|\b(?:think|thinking|thought|obsess[a-z]*)(?: (?:a lot|alot|constantly|all the time|so much))? about (?:death|being dead|my (?:own )?death)(?: (?:a lot|alot|constantly|all the time|so much|lately|every day))?(?= ?[.,;!?]|$| (?:${TAG}|and|lately|again|now)\b)`,
    ),
  },
  {
    id: 'suicide.ideation.purpose',
    trigger: words('end', 'kill', 'die'),
    category: 'suicide',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`(?<!\b(?:going|have|has|had|need|needs|got|ought|used|able|about|afraid|scared|terrified|going|want|wants|wanted|ready|deserve|hope|wish|like|love|is|was|are|were|not|never) )\b${PURPOSE} (?:end it(?: all)?|end things|end my life|kill myself|die)\b(?! (?:with|of|for|laughing)\b)`,
    ),
  },
  {
    id: 'suicide.method',
    trigger: SUICIDE_TRIGGER,
    category: 'suicide',
    level: 'moderate',
    subject: 'self',
    accident: true,
    pattern: re(
      String.raw`\b${DESIRE}\b${gap(4)} (?:${METHOD_PHRASE}|${METHOD_REFLEXIVE})|\b(?:think|thinking|thought|thoughts|considered|considering|fantasi[sz][a-z]*|tempted|urge|urges|want|wanted|wanting|wanna) (?:about |of |to )?(?:crashing|crash|wrecking|wreck|swerving|swerve) (?:my|the) (?:car|truck)\b`,
    ),
  },
  {
    id: 'suicide.method.jump',
    trigger: words('jump', 'jumping'),
    category: 'suicide',
    level: 'moderate',
    subject: 'self',
    pattern: re(
      String.raw`\b${DESIRE}\b${gap(2)} (?:jumping|jump)\b(?! (?:rope|in|on|at|up|for|ship|around|into the pool)\b)`,
    ),
    requires:
      /\b(?:bridge|roof|rooftop|ledge|building|balcony|cliff|cliffs|window|overpass|tracks|train|parking garage|top floor|edge)\b/,
  },
  {
    id: 'suicide.method.means_at_hand',
    category: 'suicide',
    level: 'moderate',
    subject: 'self',
    trigger: words('using', 'use', 'used'),
    pattern: re(
      String.raw`\b${DESIRE}\b${gap(2)} (?:using|use) (?:it|them|that|those)\b(?! (?:for|to|at|as|in|on (?!myself)))`,
    ),
    requires: /\b(?:gun|guns|pistol|rifle|revolver|firearm|pills|meds|rope|noose|blade|razor)\b/,
  },
  {
    id: 'suicide.method.means',
    trigger: SUICIDE_TRIGGER,
    category: 'suicide',
    level: 'moderate',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:(?:kill|kills|killed|killing) myself|(?:end|ends|ended|ending) (?:my (?:own )?life|it all|it|things)|commit(?:s|ted|ting)? suicide) (?:with|using|by)${gap(3)} (?:${PILLS}|rope|noose|belt|cord|car|bridge|train|gun|rifle|pistol|knife|blade|razor|overdos[a-z]*|hanging|jumping|shooting|drowning|poison|gas)\b`,
    ),
  },
  {
    id: 'suicide.method.reflexive',
    trigger: SUICIDE_TRIGGER,
    category: 'suicide',
    level: 'moderate',
    subject: 'self',
    accident: true,
    pattern: re(String.raw`\b${METHOD_REFLEXIVE}`),
  },
  {
    id: 'suicide.intent',
    trigger: SUICIDE_TRIGGER,
    category: 'suicide',
    level: 'high',
    subject: 'self',
    pattern: re(
      String.raw`${NOT_PAST_INTENT}\b${INTENT}${gap(2)} (?:${SUICIDE_VP}|${METHOD_REFLEXIVE}|${METHOD_PHRASE})|\bme (?:voy|vamos) a (?:matar|suicidar|quitar la vida)\b|\b(?:will|going to) be dead (?:by|before|in|soon|tomorrow|next|this|within)\b`,
    ),
  },
  {
    id: 'suicide.intent.homicide_suicide',
    trigger: words('myself'),
    category: 'suicide',
    level: 'high',
    subject: 'self',
    pattern: re(
      String.raw`${NOT_PAST_INTENT}\b${INTENT}${gap(2)} (?:kill|shoot|stab) [a-z]+(?: [a-z]+)? and (?:then )?(?:kill )?myself\b`,
    ),
  },
  {
    id: 'suicide.plan',
    trigger: PLAN_TRIGGER,
    category: 'suicide',
    level: 'high',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:have|has|had|got|made|making|with|came up with|come up with|worked out|figured out|work out|started to work out)(?: (?:a|the|my|some))? (?:plan|plans|way|method|details)(?: (?:to|for|of|on how to|how to|on|is to|of how to))${gap(3)} (?:${SUICIDE_VP}|${METHOD_PHRASE}|${METHOD_REFLEXIVE})|\bmy plan is to${gap(6)} (?:${SUICIDE_VP}|${METHOD_PHRASE}|${METHOD_REFLEXIVE}|jump)\b|\b(?:planned|planning|plan)(?: (?:to|on|how to|how i am going to|how i would|how i will|out how to|it out))${gap(3)} (?:${SUICIDE_VP}|${METHOD_PHRASE}|${METHOD_REFLEXIVE})|\b(?:know|figured out|worked out|decided|planned|picked|chosen|chose)(?: exactly)? (?:how|when|where) (?:i would|i will|i am going to|to|i could)(?: do it| end it| kill myself| go)\b(?=.*\b(?:and (?:when|where|how)|exactly|already)\b)|\b(?:planned|planning|plan|plotted|plotting|prepared|preparing) (?:out )?my (?:own )?(?:suicide|death)\b|\b(?:tengo|hice|tenia) (?:un|el|mi) plan (?:para|de) (?:matarme|suicidarme|quitarme la vida|morirme)\b`,
    ),
  },
  {
    id: 'suicide.attempt',
    trigger: SUICIDE_TRIGGER,
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    accident: true,
    pattern: re(
      String.raw`\b${ATTEMPT}${gap(2)} (?:${SUICIDE_VP}|${METHOD_REFLEXIVE}|${METHOD_PHRASE}|jump|jumped)\b|\b(?:attempted suicide|suicide attempts?|my (?:last|first|second|third|previous|prior|most recent|recent) attempt|i (?:have |had )?attempted(?= (?:before|twice|once|again|[a-z]+ times|since|last|when|in|as|years|a few|several|multiple|three|two)\b| ?[.,;!?]|$)|intente suicidarme|intento de suicidio|intentos de suicidio|trate de (?:matarme|suicidarme|quitarme la vida))\b`,
    ),
  },
  {
    id: 'suicide.act',
    trigger: SUICIDE_TRIGGER,
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    accident: true,
    pattern: re(String.raw`\b${METHOD_ACT}\b`),
  },
  {
    id: 'suicide.preparatory',
    trigger: SUICIDE_TRIGGER,
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless:
      /\bfor (?:the|my|our|a) (?:trip|vacation|holiday|flight|travel|weekend|journey|camping trip|hike|boat|gym|climbing|move)\b|\b(?:tire swing|rope swing|swing|hammock|clothesline|climbing|camping|tent|tarp|towing|tow rope|tie down|jump rope|tug of war|macrame|crafts?)\b|\bfrom the (?:pharmacy|chemist|drugstore)\b|\bin case (?:my|the|i get|i have|it) (?:back|migraines?|headaches?|tooth|toothache|knee|injury|surgery|flare|pain|cramps|period)\b|\b(?:goes out|flares? up|acts up)\b/,
    pattern: re(
      String.raw`\b(?:suicide|goodbye|farewell) (?:note|notes|letter|letters|message|messages|video|texts?|email)\b|\b(?:saving|saved|stockpil[a-z]*|hoard[a-z]*|stash[a-z]*|hiding|hid|squirrel[a-z]*)(?: up)?(?: all)?(?: of)?(?: my| the| some| extra| her| his| [a-z]+ 's)? ${PILLS}\b|\b${PILLS} (?:saved|stashed|stockpiled|hidden|hoarded|squirreled)(?: up| away)?\b|\b(?:bought|buy|buying|got|getting|ordered|order|purchased|borrowed|stole) (?:a |an |some |the |myself a )?(?:rope|noose|charcoal|helium|nitrogen|exit bag)\b|\b(?:looked up|look up|looking up|googl[a-z]*|search[a-z]*|research[a-z]*|read up on|reading up on|reading about|watched videos (?:on|about)|looked into|looking into)${gap(1)} (?:how (?:many|much)${gap(3)} (?:it (?:would|will|takes|would take) to|to|before i|until i|i would need to|i need to) (?:die|overdose|kill myself|end it)|how to (?:die|kill myself|overdose|hang myself|end it|end my life|commit suicide)|(?:painless|easy|quick|quickest|easiest|best|fastest|sure) (?:ways?|methods?) (?:to|of) (?:die|kill myself|dying|suicide|end it|end my life|killing myself)|suicide methods|ways to (?:die|kill myself|end it))\b`,
    ),
  },
  {
    id: 'suicide.intent.commitment',
    trigger: words('do', 'go'),
    category: 'suicide',
    level: 'high',
    subject: 'self',
    pattern: re(String.raw`\b(?:going to|will|about to|ready to) (?:just )?(?:do it|go through with it)\b`),
    requires:
      /\b(?:i am done|i am finished|i can not do this anymore|i can not take (?:it|this) anymore|i have had enough|this is the end|i give up)(?= ?[.,;!?]|$| (?:fr|for real|tbh|honestly|innit|yaar|man|bro|dude|mate|seriously|lol|no cap|o sea|neta)\b)/,
  },
  {
    id: 'suicide.escalation.commitment',
    category: 'suicide',
    level: 'high',
    subject: 'self',
    escalator: true,
    pattern: re(
      String.raw`\b(?:made up my mind|made my decision|made the decision|i have decided|i decided|nobody can stop me|no one can stop me|nothing can stop me|i mean it(?: this time)?|for real this time|this time for real|going to do it|will do it|lo voy a hacer|ya lo decidi)\b(?! (?:to|that i (?:would|will|want|need)) (?:live|keep|stay|get|try|wait|go|talk|call|move|give|tell|reach|see|not|move|work|quit|leave)\b)`,
    ),
  },
  {
    id: 'suicide.escalation.means',
    category: 'suicide',
    level: 'high',
    subject: 'self',
    escalator: true,
    pattern: re(
      String.raw`\b(?:bought|buy|buying|got|getting|ordered|purchased|borrowed|stole) (?:a |an |some |the |my |myself a )?(?:gun|pistol|rifle|handgun|shotgun|firearm|bullets|ammo)\b`,
    ),
  },
];

const SELF_HARM: Rule[] = [
  {
    id: 'self_harm.urge',
    trigger: SELF_HARM_TRIGGER,
    category: 'self_harm',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b${DESIRE}\b${gap(3)} ${SH_NONSPECIFIC}|\bself harm (?:urges?|thoughts|cravings)\b|\b(?:urges?|thoughts|cravings) (?:to|of|about) self harm\b`,
    ),
  },
  {
    id: 'self_harm.method',
    trigger: SELF_HARM_TRIGGER,
    category: 'self_harm',
    level: 'moderate',
    subject: 'self',
    pattern: re(String.raw`\b${DESIRE}\b${gap(3)} ${SH_METHOD}`),
  },
  {
    id: 'self_harm.intent',
    trigger: SELF_HARM_TRIGGER,
    category: 'self_harm',
    level: 'high',
    subject: 'self',
    pattern: re(String.raw`${NOT_PAST_INTENT}\b${INTENT}${gap(2)} (?:${SH_NONSPECIFIC}|${SH_METHOD})`),
  },
  {
    id: 'self_harm.act',
    trigger: SELF_HARM_TRIGGER,
    category: 'self_harm',
    level: 'behaviour',
    subject: 'self',
    accident: true,
    pattern: re(
      String.raw`${SELF_FRAME} (?:${SH_ACT_VERB}|${SH_METHOD})|\b(?:i|we)(?: (?:still|sometimes|often|always|usually|also|just|do|did|would|used to))* self harm\b|\b${SH_ACT_ES}`,
    ),
  },
  {
    id: 'self_harm.history',
    trigger: SELF_HARM_TRIGGER,
    category: 'self_harm',
    level: 'behaviour',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:my (?:self harm|cutting)|self harm (?:relapse|scars)|(?:relapsed|relapse) (?:on |with |into )?(?:self harm|cutting)|(?:clean|free) (?:from|of) (?:self harm|cutting))\b`,
    ),
  },
  {
    id: 'self_harm.history.identity',
    trigger: words('cutter'),
    category: 'self_harm',
    level: 'moderate',
    subject: 'self',
    pattern: re(String.raw`\bi (?:was|used to be) a cutter\b`),
  },
  {
    id: 'self_harm.history.current',
    trigger: words('cutter'),
    category: 'self_harm',
    level: 'behaviour',
    subject: 'self',
    pattern: re(String.raw`\bi am (?:still )?a cutter\b`),
  },
  {
    id: 'self_harm.preparatory',
    trigger: SELF_HARM_TRIGGER,
    category: 'self_harm',
    level: 'behaviour',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:hid|hide|hiding|hidden|stash[a-z]*|bought|buying|got|ordered|sharpened)(?: a| some| the| my| new)? (?:razor blades?|blades)\b(?! (?:for|to) (?:shaving|shave|work|crafts)\b)`,
    ),
  },
  {
    id: 'self_harm.escalation.commitment',
    category: 'self_harm',
    level: 'high',
    subject: 'self',
    escalator: true,
    pattern: re(String.raw`\b(?:made up my mind|i have decided|i can feel it|going to do it|tonight)\b`),
  },
];

const VIOLENCE: Rule[] = [
  {
    id: 'violence.ideation',
    trigger: VIOLENCE_TRIGGER,
    category: 'violence',
    level: 'low',
    subject: 'self',
    object: 'person',
    pattern: re(String.raw`\b${DESIRE}\b${gap(4)} (?:${HARM_PHRASE}|${HARM_VERB}) ${OBJ}`),
  },
  {
    id: 'violence.method',
    trigger: VIOLENCE_TRIGGER,
    category: 'violence',
    level: 'moderate',
    subject: 'self',
    object: 'person',
    pattern: re(
      String.raw`\b${DESIRE}\b${gap(2)} (?:getting|grabbing|taking|using|get|grab|take|use)(?: ${W}){1,4} (?:gun|knife|rifle|pistol|shotgun|bat|hammer|axe|machete) and (?:${HARM_METHOD_VERB}|${HARM_VERB}) ${OBJ}|\b${DESIRE}\b${gap(4)} ${HARM_METHOD_VERB} ${OBJ}|\b${DESIRE}\b${gap(4)} (?:${HARM_PHRASE}|${HARM_VERB}) (?<obj2>${'[^ .,;:!?]+(?: [^ .,;:!?]+){0,2}'}) with (?:a |an |my |the |his |her |[a-z]+ 's )?(?:[a-z]+ )?${WEAPON}\b`,
    ),
  },
  {
    id: 'violence.intent',
    trigger: VIOLENCE_TRIGGER,
    category: 'violence',
    level: 'high',
    subject: 'self',
    object: 'person',
    pattern: re(
      String.raw`${NOT_PAST_INTENT}\b${INTENT}${gap(2)} (?:${HARM_PHRASE}|${HARM_VERB}|${HARM_METHOD_VERB}) ${OBJ}`,
    ),
  },
  {
    id: 'violence.intent.mass',
    trigger: words('shoot'),
    category: 'violence',
    level: 'high',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:${INTENT}|want to|wanna|thinking about|thought about)${gap(2)} shoot up (?:the|my|a|this|that|our|his|her) (?:[a-z]+ )?(?:school|office|work|workplace|place|church|mosque|synagogue|temple|mall|party|club|class|campus|building|concert|store|plant|factory)\b`,
    ),
  },
  {
    id: 'violence.act',
    trigger: VIOLENCE_TRIGGER,
    category: 'violence',
    level: 'behaviour',
    subject: 'self',
    object: 'person',
    accident: true,
    childOrElderIsAbuse: true,
    pattern: re(
      String.raw`${SELF_FRAME_OTHERS} (?:${HARM_PHRASE}|${HARM_VERB}|${HARM_METHOD_VERB}|(?:pushed|shoved|threw)) ${OBJ}|${SELF_FRAME_OTHERS} put ${OBJ} in (?:the )?hospital\b`,
    ),
  },
  {
    id: 'violence.preparatory',
    trigger: WEAPON_TRIGGER,
    category: 'violence',
    level: 'high',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:bought|buy|buying|got|getting|ordered|purchased|borrowed|stole|grabbed|sharpened|loaded|brought)${gap(1)} (?:a |an |some |the |my |his |[a-z]+ 's )?(?:[a-z]+ )?${WEAPON}\b`,
    ),
    requires:
      /\b(?:going to|will|about to|planning to|plan to)\b.*\b(?:make (?:him|her|them) pay|get back at (?:him|her|them)|(?:wait for|go after|find|teach|show|deal with|take care of|confront|get|go to) (?:him|her|them|my (?:ex|boss|husband|wife|stepdad|stepfather|father|dad|brother|roommate|neighbou?r|coworker|teacher)|that (?:guy|dude|man|woman)|his (?:house|work|place|job)|her (?:house|work|place|job)))\b/,
  },
  {
    id: 'violence.incitement',
    trigger: words('yourself', 'himself', 'herself', 'themselves', 'die', 'dead'),
    category: 'violence',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:told|tell|telling|tells)(?: (?:him|her|them|that [a-z]+|my [a-z]+|[a-z]+)) to (?:go )?(?:kill (?:yourself|himself|herself|themselves)|die|go die|drop dead)\b`,
    ),
  },
  {
    id: 'violence.es',
    trigger: stems('matar', 'golpear', 'apunalar', 'lastimar', 'disparar', 'madrear'),
    category: 'violence',
    level: 'high',
    subject: 'self',
    pattern: re(
      String.raw`(?<!\bme )\b(?:voy a|vamos a|lo voy a|la voy a|los voy a) (?:matar|golpear|apunalar|lastimar|disparar|madrear)(?:lo|la|los|las|le)?\b(?! (?:me|a mi)\b)`,
    ),
  },
  {
    id: 'violence.es.ideation',
    trigger: stems('matar', 'golpear', 'lastimar', 'hacerle'),
    category: 'violence',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:quiero|tengo ganas de|ganas de|pienso en|pense en|he pensado en) (?:matarlo|matarla|matarlos|matarlas|golpearlo|golpearla|lastimarlo|lastimarla|matar a|golpear a|hacerle dano)\b`,
    ),
  },
];

const ABUSE_VERB = String.raw`(?:hit|hits|hitting|beat|beats|beating|beat up|beats up|punch|punches|punched|punching|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|kick|kicks|kicked|kicking|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|shove|shoves|shoved|shoving|burn|burns|burned|burning|burnt|rape|rapes|raped|raping|molest|molests|molested|molesting|grope|gropes|groped|groping|abuse|abuses|abused|abusing|assault|assaults|assaulted|whip|whips|whipped|whipping|shake|shakes|shook|shaking|starve|starves|starved|bite|bites|spit on|spits on|pins|pinned|touch|touches|touched|touching|physically hurt|physically hurts|physically abuses|physically abused|sexually abuses|sexually abused|sexually assaulted)`;
const AGENT_NOUN = String.raw`(?:my|his|her|their|our|a|the|that) (?:[a-z]+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|uncle|aunt|brother|sister|cousin|grandfather|grandpa|coach|teacher|priest|pastor|neighbou?r|ex|boss|babysitter|caregiver|aide|nurse|friend|guy|man|woman)`;

const ABUSE: Rule[] = [
  {
    id: 'abuse.physical',
    trigger: ABUSE_TRIGGER,
    category: 'abuse',
    level: 'behaviour',
    subject: 'any',
    object: 'victim',
    pattern: re(
      String.raw`\b${ABUSE_VERB} ${OBJ}|\b(?:pushed|pushes|pushing|threw|throws|throwing) (?<obj2>me|us) (?:down|into|against|off|over|onto|to the (?:ground|floor)|out of)\b|\b(?:throws|threw|throwing|throw) (?:things|stuff|[a-z]+|a [a-z]+|the [a-z]+) at ${OBJ}`,
    ),
  },
  {
    id: 'abuse.sexual_coercion',
    trigger: stems('forc', 'made', 'mak', 'pressur'),
    category: 'abuse',
    level: 'behaviour',
    subject: 'any',
    pattern: re(
      String.raw`\b(?:forced|forces|forcing|force|made|makes|making|make|pressured|pressures|pressuring|pressure) me (?:to |into )?(?:have sex|having sex|do sexual (?:things|stuff)|doing sexual (?:things|stuff)|do (?:stuff|things) (?:sexually|sexual)|sleep with (?:him|her|them)|sleeping with (?:him|her|them)|touch (?:him|her|them|his|her)|give (?:him|her|them) (?:head|oral)|perform oral)|\b(?:forced|forces|forcing) (?:himself|herself|themselves) on me\b`,
    ),
  },
  {
    id: 'abuse.passive',
    trigger: ABUSE_TRIGGER,
    category: 'abuse',
    level: 'behaviour',
    subject: 'any',
    pattern: re(
      String.raw`\b(?:i|we) (?:was|were|got|get|have been|had been|am being|am|been|was being|keep getting)(?: (?:sexually|physically|repeatedly|constantly|badly|always|also|being|kind of))* (?:abused|molested|raped|assaulted|groped|trafficked|neglected|choked|strangled|beaten up|whipped)\b|\b(?:i|we) (?:was|were|got|get|have been|had been|am being|been|was being|keep getting)(?: (?:repeatedly|constantly|badly|always|also))* (?:hit|beaten|punched|kicked|slapped|attacked|touched|burned) by (?:him|her|them|${AGENT_NOUN})\b`,
    ),
  },
  {
    id: 'abuse.neglect',
    trigger: stems('leav', 'left', 'feed', 'lock'),
    category: 'abuse',
    level: 'behaviour',
    subject: 'any',
    object: 'victim',
    pattern: re(
      String.raw`\b(?:leaves|left|leave|leaving) ${OBJ} (?:alone|home alone|by (?:myself|ourselves|themselves|himself|herself))(?= (?:for|all|overnight|over|without|with no|the whole|every|while)\b)|\b(?:leaves|left|leave|leaving) (?<obj2>[^ .,;:!?]+(?: [^ .,;:!?]+){0,3}) in (?:wet|soiled|dirty|her own|his own) [a-z]+|\b(?:leaves|left|leave|leaving) (?<obj3>[^ .,;:!?]+(?: [^ .,;:!?]+){0,3}) without (?:food|water|meds|medication|medicine|heat)\b|\b(?:does not|do not|never|will not|would not|did not|refuses to|refused to|forgets to|forgot to|stopped) (?:feed|feeding) ${OBJ}|\b(?:locks|locked|lock|locking) ${OBJ} (?:in|inside|up|out)\b`,
    ),
  },
  {
    id: 'abuse.financial',
    trigger: words(
      'money',
      'pension',
      'savings',
      'security',
      'check',
      'checks',
      'benefits',
      'card',
      'cards',
      'account',
      'accounts',
    ),
    category: 'abuse',
    level: 'behaviour',
    subject: 'any',
    pattern: re(
      String.raw`\b(?:takes|took|taking|steals|stole|stealing|spends|spent|cashes|cashed|drained|drains|draining|empties|emptied)${gapAny(6)} (?:money|pension|savings|social security|checks?|benefits|cards?|accounts?|bank account)\b`,
    ),
    requires:
      /\b(?:grandma|grandpa|grandmother|grandfather|nana|granny|elderly|dementia|alzheimer'?s?|pension|nursing home|care home|assisted living|\d{2} year old (?:mom|dad|mother|father)|abuela|abuelo)\b/,
  },
  {
    id: 'abuse.threat',
    trigger: stems(
      'kill',
      'hurt',
      'beat',
      'hit',
      'shoot',
      'stab',
      'strangl',
      'chok',
      'burn',
      'murder',
      'take',
      'matar',
      'pegar',
      'golpear',
      'quitar',
    ),
    category: 'abuse',
    level: 'moderate',
    subject: 'any',
    conditional: false,
    pattern: re(
      String.raw`\b(?:threaten[a-z]*|said|says|told me|tells me|swore|swears|keeps saying|kept saying|promised|warned me|screams|screamed|yells|yelled)(?: (?:that|me))?(?: (?:he|she|they|he is|she is|they are))? (?:would|will|is going to|was going to|going to|gonna|to)(?: (?:fucking|really|actually))? (?:kill|hurt|beat|hit|shoot|stab|strangle|choke|burn|murder|take the kids|take my kids) (?:me|us|my [a-z]+|the kids)\b|\bme amenaza[a-z]* con (?:matarme|pegarme|golpearme|quitarme a mis hijos)\b|\bdice que me va a (?:matar|pegar|golpear)\b`,
    ),
  },
  {
    id: 'abuse.fear',
    trigger: words('safe', 'secure', 'afraid', 'scared', 'terrified', 'frightened', 'fearful'),
    category: 'abuse',
    level: 'low',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:not|never) feel (?:safe|secure) (?:at home|around (?:him|her|them|my [a-z]+)|with (?:him|her|them|my [a-z]+)|in my (?:own )?(?:home|house|apartment|room)|living with)\b|\b(?:afraid|scared|terrified|frightened|fearful) (?:of (?:my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|stepfather|mom|mother|stepmom|ex|brother|son|uncle)|him|her|what (?:he|she|they) (?:will|would|might|could) do)|to go home|to be home|to be alone with (?:him|her|my [a-z]+)|for my life|to go back (?:home|to him|to her))\b`,
    ),
  },
  {
    id: 'abuse.bullying',
    trigger: words('kill', 'die', 'hang', 'drop'),
    category: 'abuse',
    level: 'low',
    subject: 'any',
    masks: ['suicide', 'self_harm'],
    pattern: re(
      String.raw`\b(?:tell|tells|told|telling|keep telling|kept telling|said|say|says|texted|messaged|posted) me (?:to|that i should|i should) (?:go )?(?:kill myself|die|kill yourself|hang myself|drop dead)\b`,
    ),
  },
  {
    id: 'abuse.es',
    trigger: stems('peg', 'golpe', 'maltrat', 'viol', 'abus', 'empuj', 'quem', 'ahorc', 'pate', 'cachete', 'lastim'),
    category: 'abuse',
    level: 'behaviour',
    subject: 'any',
    pattern: re(
      String.raw`\b(?:me|nos) (?:pega|pegaba|pego|golpea|golpeaba|golpeo|golpean|pegan|maltrata|maltrato|maltrataba|viola|violo|violaba|abusa|abuso|abusaba|empuja|empujo|quema|quemo|ahorca|ahorco|patea|pateo|cachetea|lastima|lastimo)\b|\b(?:le|les) (?:pega|golpea|pegaba|golpeaba|quema|maltrata) a (?:mi|mis|su|sus|los|la|el) (?:hijo|hija|hijos|hijas|nino|nina|ninos|bebe|abuela|abuelo|hermanito|hermanita)\b`,
    ),
  },
];

/** Context-gated anaphora: "it" is the topic the conversation is on. */
export const CONTEXTUAL: Rule[] = [
  {
    id: 'context.thoughts',
    category: 'suicide',
    level: 'low',
    subject: 'self',
    contextual: true,
    pattern: re(String.raw`\b(?:think|thinking|thought|thoughts)(?: about| of)? (?:it|that|doing it|doing that)\b`),
  },
  {
    id: 'context.intent',
    category: 'suicide',
    level: 'high',
    subject: 'self',
    contextual: true,
    pattern: re(
      String.raw`${NOT_PAST_INTENT}\b(?:going to|will|about to|ready to|plan to|planning to) (?:just )?(?:do it|do that|go through with it)\b`,
    ),
  },
  {
    id: 'context.plan',
    category: 'suicide',
    level: 'high',
    subject: 'self',
    contextual: true,
    anchorable: true,
    pattern: re(
      String.raw`\b(?:wrote|written|writing|left) (?:a |the |some )?(?:note|notes|letter|letters)\b|\b(?:have|got|made|making|had)(?: a| the)? plan\b|\b(?:it|everything) (?:all )?(?:planned|figured out|worked out)\b|\b(?:picked|chose|chosen|set) (?:a|the) (?:date|day|time|place)\b|\bknow (?:exactly )?(?:how|when|where) i (?:would|will|am going to)\b|${UNSTATED_PLAN}|${UNSTATED_METHOD}`,
    ),
  },
  {
    id: 'context.preparatory',
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    contextual: true,
    anchorable: true,
    pattern: re(
      String.raw`\b(?:gave|give|giving|given) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|possessions|[a-z]+ (?:to|away))\b|\b(?:said|saying|say) (?:my )?goodbyes?\b|\b(?:looked up|look up|looking up|googl[a-z]*|search[a-z]*|research[a-z]*|read up on|looked into|looking into) (?:how|ways|methods|it|that|which|what)\b|\b(?:bought|buy|buying|got|getting|ordered|picked up|found) (?:a |the |some |more )?(?:gun|pistol|rifle|bullets|ammo|rope|pills|blades|razor blades|razors|knife|charcoal|hose)\b|\bcounted (?:out )?(?:my |the |all my )?(?:pills|meds|tablets)\b|\b(?:put|putting|got|getting) (?:my )?(?:affairs|things) in order\b`,
    ),
  },
  {
    id: 'context.act',
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    contextual: true,
    pattern: re(
      String.raw`\b(?:tried|attempted)(?: to)? (?:it|do it|that)\b|\bdid (?:it|that)(?: again| once| twice)?\b`,
    ),
  },
];

export const RULES: readonly Rule[] = [
  ...SUICIDE,
  ...PREPARATION,
  ...UNSTATED_PLANS,
  ...SELF_HARM,
  ...VIOLENCE,
  ...ABUSE,
];

/** Figures of speech that look like risk language; a match inside one is dropped. */
export const IDIOMS: readonly RegExp[] = [
  /\b(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|shame|laughter|laughing|boredom|cringe|cuteness|jealousy|envy|hunger|thirst|curiosity|excitement|happiness|heat)\b/g,
  /\b(?:died|dying|dead) laughing\b|\bdying to\b|\bto die for\b|\bdead tired\b/g,
  /\b(?:kill|killing|killed|kills) (?:it|time|two birds|the vibe|the mood|the lights|the engine|the power|the process)\b/g,
  /\bcould (?:kill|murder) (?:for )?(?:a|an|some)\b|\bkill for\b/g,
  /\b(?:kill|killing|killed) myself (?:laughing|to (?:get|make|finish|keep|pay|meet|lose|please)|trying to|working|at (?:work|the gym)|over (?:this|that|it|work)|for (?:this|that|the) (?:job|company|class|project|team|business))\b/g,
  /\bme (?:muero|moria|muera) (?:de|por)\b|\bme (?:esta|estan) matando\b|\bme mata(?:n)?\b/g,
  /\b(?:banging|bang|banged) my head against (?:the|a) (?:brick )?wall\b(?! (?:until|so hard|till)\b)/g,
  /\b(?:hit|hits|hitting) (?:me|us) (?:like|hard|differently|in different ways|all at once|out of nowhere)\b|\bhit me (?:up|back)\b|\b(?:it|this|that|reality|everything) (?:really |finally |suddenly )?(?:hit|hits) me\b|\bbeat me (?:at|in|to)\b|\b(?:it|this|that|which|what you said|(?:the|your|her|his) (?:story|speech|song|letter|gesture|video|words|message|card|kindness)) (?:really |deeply |truly )?touched me\b|\b(?:really |deeply |truly )?touched me(?= so much| deeply| a lot| to tears)/g,
  /\b(?:scared|bored|worried|tickled|loved|sick|freezing|frightened|worked) to death\b|\bover my dead body\b/g,
];
