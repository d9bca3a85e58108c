import { gap, gapAny, PILLS, re, stems, TAG, words } from './grammar.ts';
import { DRUG_NAMES } from './lexicon.ts';
import type { Rule } from './rules.ts';

/**
 * Warning signs said without the words for dying: preparatory acts (giving things away,
 * farewell letters, putting affairs in order, researching a method, gathering the means) and
 * plans whose object goes unsaid ("I picked a date"). C-SSRS counts preparatory acts as
 * suicidal behaviour, levelled by when they happened.
 */

const GIVE = String.raw`(?:gave|give|gives|giving|given|gotten rid of|got rid of|get rid of|getting rid of|sold|sell|selling|rehomed|rehoming|rehome|found (?:a )?(?:new )?homes? for|finding (?:a )?(?:new )?homes? for|handed out|handing out|passed on|passing on)`;
const GIVE_AWAY = String.raw`(?:gave|give|gives|giving|given|handed out|handing out|rehomed|rehoming|rehome)`;
/** "…won't need them": a future without the speaker in it. */
const NO_FUTURE_NEED = String.raw`(?<!\b(?:he|she|they|you|we|it|who) )(?:will not|am not going to|not going to|would not|will never|will no longer|am never going to)(?: be)? (?:need|needing|use|using|have (?:any|a) use for|be around to (?:use|enjoy|need))`;
const CHERISHED = String.raw`(?:prized|precious|treasured|valuable|favou?rite|special|sentimental|important|beloved|most (?:prized|precious|treasured|valuable|important))`;
const OWN_DEATH = String.raw`i am (?:gone|dead|no longer (?:here|around|alive)|not (?:here|around) (?:anymore|any more))`;
/** Why people give things away, write wills or tie up loose ends without any risk. */
const EVERYDAY_REASON = String.raw`(?:charity|goodwill|donat[a-z]*|thrift|declutter[a-z]*|minimalis[a-z]*|downsiz[a-z]*|yard sale|garage sale|old|outgrew|outgrown|too small|baby|crib|stroller|maternity|textbooks?|uniforms?|moving|moved|move|new (?:one|house|apartment|place|car|phone)|upgrad[a-z]*|allergic|allergies|landlord|retir[a-z]*|graduat[a-z]*|library|sale|fundraiser|auction|raffle|church|shelter|food bank)`;

const WRITE = String.raw`(?:wrote|written|writing|write|left|leave|leaving|typed|typing|recorded|recording|record|drafted|drafting|finished)`;
const MISSIVE = String.raw`(?:notes?|letters?|messages?|videos?|voice (?:memos?|notes?|messages?)|emails?|cards?)`;
const CLOSE_ONES = String.raw`(?:(?:everyone|everybody)(?= ?[.,;!?]|$| (?:${TAG}|i|in my (?:family|life)|who (?:matters|loves me|cares)|that (?:matters|loves me)|and)\b)|all of them|each of (?:them|my [a-z]+)|every one of (?:them|my [a-z]+)|all (?:of )?my (?:kids|children|friends|family|siblings|sisters|brothers|loved ones|grandkids)|my (?:whole )?family|my loved ones|the people i (?:love|care about)|(?:everyone|everybody) i (?:love|care about)|(?:the )?people who (?:matter|care about me|love me))`;
const FAREWELL_PURPOSE = String.raw`(?:explaining why|to explain why|so (?:they|she|he|everyone|you|my [a-z]+) (?:would|will|could|can|would not|will not|do not|does not) (?:understand|know|blame|feel)|saying goodbye|to say goodbye|for (?:them|her|him|my [a-z]+|everyone) to find|to be (?:found|read|opened) (?:after|when|once)|for (?:after|when) ${OWN_DEATH}|telling (?:them|her|him|everyone) (?:it is not|it was not) (?:their|her|his|my [a-z]+ 's) fault|in case (?:something|anything) happens to me)`;
const EVERYDAY_LETTER = String.raw`(?:thank you|thanks|christmas|holiday|birthday|wedding|invitations?|cover|recommendation|apology|complaint|sympathy|condolences?|get well|postcards?|newsletter|homework|assignment|class|therapist|you suggested|you said|exercise|journal|resignation|resign|quitting|quit|landlord|boss|job|sending it|send it|mail it)`;

const LOOKUP = String.raw`(?:looked up|look up|looking up|looks up|googl[a-z]*|search[a-z]*|research[a-z]*|read up on|reading up on|read about|reading about|looked into|looking into|look into|found out|finding out|find out|checked|checking|calculated|calculating|worked out|working out|figured out|figuring out|watched videos (?:on|about)|watching videos (?:on|about)|asked (?:chatgpt|google|siri|alexa|online))`;
/** The facts a method needs: how much, how long, how high, where to get it. */
const LETHALITY = String.raw`(?:how (?:many|much)${gapAny(4)} (?:it )?(?:would|will|could|does|do|it would|it will|it takes) (?:take|kill|be (?:lethal|fatal|deadly|enough to (?:die|kill|overdose|end it))|cause an overdose)(?: to (?:die|kill (?:me|myself|a person|someone)|overdose|end it))?|how (?:many|much)${gapAny(3)}(?: to take)? to (?:die|kill (?:me|myself)|overdose|end it)|(?:a |the |what )?(?:lethal|fatal|deadly|toxic|overdose|killing) (?:dose|amount|level|quantity|dosage)s?|how (?:long|much time) it (?:takes|would take|will take|took) to (?:die|bleed out|drown|suffocate|hang|pass out|lose consciousness|overdose)|how to (?:tie|make) (?:a |the )?noose|how (?:high|tall|far) (?:up )?(?:a |the )?(?:bridge|building|fall|drop|jump|floor)|(?:where|how) to (?:buy|get) (?:a )?(?:gun|pistol|firearm|rope|noose|helium|charcoal|barbiturates|nembutal|pentobarbital)|which (?:bridge|building|pills|meds|medication|drugs|method)${gapAny(3)} (?:is |are |would be )?(?:the )?(?:highest|tallest|most lethal|deadliest|quickest|fastest|most painless|least painful|would work|work best|surest))`;
const EVERYDAY_LOOKUP = String.raw`(?:safe|safely|maximum|max dose|recommended|dosage for|class|course|exam|homework|assignment|paper|essay|project|nurs[a-z]*|pharmac[a-z]*|toxicolog[a-z]*|vet|veterinar[a-z]*|doctor|medical school|med school|job|work|shift|patients?|caffeine|alcohol|dog|cat|puppy|kitten|pet|toddler|kid|son|daughter|baby|child|ate|swallowed|got into|accidentally|by accident|poison control|novel|story|book|script|podcast|documentary|true crime|article|hiking|climbing|skydiving|bungee|base jump[a-z]*|parachut[a-z]*)`;

const DATE_WORDS = String.raw`(?:date|day|night|time|place|spot|location)`;
const MONTHS_DAYS = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)`;
/** "I picked a date": then punctuation, a time, a place, or nothing; never "for the party", "to move". */
const PICKED_DATE = String.raw`\b(?:(?:picked|chose|chosen|choose|choosing|picking|decided on|settled on|circled|marked)(?: out)? (?:a|the|my) ${DATE_WORDS}|(?:set|setting|fixed) (?:a|the|my) (?:date|day))\b(?= ?[.,;:!?]|$| (?:${TAG}|already|now|finally|too|then|and|the|on|next|this|in|tonight|tomorrow|when|after|before|it is|it will be|[0-9]+(?:st|nd|rd|th)?|${MONTHS_DAYS})\b)|\b(?:the|my) (?:date|day) is (?:set|picked|chosen|decided)\b`;
const ALL_PLANNED = String.raw`\b(?:have|got|had|gotten)(?: it| this| everything| the whole thing)? all (?:planned|figured|worked|mapped|thought|sorted) out\b|\b(?:have|got|had|gotten)(?: it| this| the whole thing) (?:all )?(?:planned|mapped) out\b|\b(?:planned|mapped|thought|worked|figured) (?:it|this|the whole thing|everything) all out\b(?! (?:with|for|between)\b)|\bplanned (?:it|the whole thing|everything) out\b(?! (?:with|for)\b)|\b(?:have|got|had|gotten) everything (?:planned|mapped) out\b|\b(?:it|everything) is (?:all )?(?:planned|planned out|figured out|worked out|mapped out|arranged)(?= ?[.,;:!?]|$| (?:${TAG}|already|now|and)\b)`;
const DO_IT = String.raw`(?:would|will|am going to|could|might|want to|would want to|would have to) (?:do it|do that|go about it)\b`;
const AFTER_DO_IT = String.raw`(?= ?[.,;!?]|$| (?:${TAG}|now|already|too|and|if (?:i|it) (?:ever|had to|wanted|came|comes))\b)`;
const KNOW_HOW = String.raw`\b(?:know|knew|have thought about|thought about|thinking about|thought of|pictured|imagined|considered)(?: (?:exactly|just))? (?:how|where|when) i ${DO_IT}${AFTER_DO_IT}`;
const WORKED_OUT_HOW = String.raw`\b(?:know|knew) exactly (?:how|where|when) i ${DO_IT}${AFTER_DO_IT}|\b(?:figured out|worked out|decided|planned|planned out|mapped out|settled on)(?: exactly)? (?:how|where|when) i ${DO_IT}${AFTER_DO_IT}`;

/** Plan statements with the object unsaid, shared with the contextual reading. */
export const UNSTATED_PLAN = String.raw`${PICKED_DATE}|${ALL_PLANNED}`;
export const UNSTATED_METHOD = KNOW_HOW;

export const PREPARATION: Rule[] = [
  {
    id: 'suicide.preparatory.giving_away',
    trigger: stems(
      'gave',
      'give',
      'giv',
      'gotten',
      'got',
      'get',
      'sold',
      'sell',
      'rehom',
      'found',
      'finding',
      'hand',
      'pass',
    ),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless: new RegExp(
      String.raw`\b${EVERYDAY_REASON}\b|\b(?:need|needing|use|using)(?: (?:them|it|those|that|any of (?:it|them)))?(?: (?:anymore|any more|any longer))?(?: ,)? (?:since|because|cause|now that|in|at|on|once|for|when we|with|as|after (?:the|my|our|we|i))\b`,
    ),
    pattern: re(
      String.raw`\b${GIVE}\b[^.;!?]{0,80}? ${NO_FUTURE_NEED}\b(?: (?:them|it|those|that|this|any of (?:it|them|that|this)|my [a-z]+|stuff|things))?(?: (?:anymore|any more|any longer|much longer|where i am going|soon|now))?(?= ?[.,;!?]|$| (?:${TAG}|and|so|soon|after (?:this|tonight|tomorrow|friday|next)|where|when i am)\b)|\b${GIVE_AWAY}(?: away)? (?:away )?(?:all |most |everything |a lot |lots )?(?:of )?(?:my |all my )(?:${CHERISHED} )(?:possessions?|belongings|stuff|things|items|valuables|jewelry|jewellery|records|books)\b|\b${GIVE_AWAY} away (?:all |most |a lot |lots )?(?:of )?(?:my |all my )(?:stuff|things|belongings|possessions|valuables|pets?)\b|\b${GIVE_AWAY} away (?:everything i (?:own|have|care about)|all my [a-z]+)\b`,
    ),
  },
  {
    id: 'suicide.preparatory.arrangements',
    trigger: words('gone', 'dead', 'here', 'around', 'alive'),
    category: 'suicide',
    level: 'behaviour',
    subject: 'any',
    conditional: false,
    requires:
      /\b(?:gave|give|giving|made arrangements|making arrangements|arrangements|provided|made sure|make sure|making sure|arranged|arranging|sorted|sorting|set up|setting up|left|leave|leaving|wrote|written|writing|told|asked|signed|transferred|figured out|planned|taken care of|look after|looked after|take care of|will be (?:ok|okay|fine|alright))\b/,
    unless:
      /\b(?:years|old age|getting older|retire[a-z]*|grandkids|grandchildren|estate|lawyer|attorney|solicitor|inheritance|trip|vacation|holiday|deployment|deployed|hospital stay|surgery|rehab)\b/,
    pattern: re(
      String.raw`\b(?:when|after|once|for when|for after|in case) ${OWN_DEATH}\b(?! (?:for|next|this|on|to|over|from|tomorrow|tonight|until|till|during|at|a few|a couple|two|three|the)\b)`,
    ),
  },
  {
    id: 'suicide.preparatory.farewell_letters',
    trigger: stems('note', 'letter', 'message', 'video', 'voice', 'email', 'card'),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless: new RegExp(String.raw`\b${EVERYDAY_LETTER}\b`),
    pattern: re(
      String.raw`\b${WRITE}(?: (?:out|up))?(?: (?:a|the|some|my|little|final|last|long|private|sealed|handwritten|separate|individual))* ${MISSIVE} (?:to|for|addressed to) ${CLOSE_ONES}(?! (?:about|inviting|at (?:work|school|the office)|who (?:came|helped|sent|attended|donated|visited)|on (?:their|the) birthdays?|thanking)\b)|\b${WRITE}(?: (?:out|up))?(?: (?:a|the|some|my|little|final|last|long|private|sealed|handwritten|separate|individual))* ${MISSIVE}(?: (?:to|for) [a-z]+(?: [a-z]+){0,3})?(?: ,)? ${FAREWELL_PURPOSE}(?= ?[.,;!?]|$| (?:${TAG}|and|so|just)\b)`,
    ),
  },
  {
    id: 'suicide.preparatory.goodbyes',
    trigger: stems('goodbye'),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless:
      /\b(?:airport|station|funeral|wake|memorial|hospice|hospital|party|graduation|last day|leaving do|send off|moving|moved|move|passed away|old (?:house|apartment|place)|job|team|coworkers|colleagues|class|ex|breakup|broke up|dog|cat|pet|vet|before (?:he|she|they|it|we|grandma|grandpa|my [a-z]+) (?:died|passed|left|moved|went|flew))\b/,
    pattern: re(
      String.raw`\b(?:said|saying|say|made|making|sent|sending|texted|texting|been saying)(?: all)? my goodbyes\b|\b(?:said|saying|say) (?:a )?(?:final |last |quiet |secret )?goodbyes? to${gapAny(5)} (?:without (?:them|her|him|anyone|anybody|any of them|my [a-z]+) (?:knowing|realizing|realising|noticing)|in my (?:own )?way|for the last time|one last time|properly|quietly|just in case)\b|\b(?:went|been going|going|gone) (?:round|around) (?:and )?(?:saying|to say) goodbye\b`,
    ),
  },
  {
    id: 'suicide.preparatory.affairs',
    trigger: words('affairs', 'loose', 'ends'),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless:
      /\b(?:before|ahead of|for|because of|after|since) (?:my|the|our|a|this|his|her)(?: [a-z]+)? (?:surgery|operation|procedure|trip|vacation|holiday|move|deployment|leave|retirement|wedding|baby|treatment|chemo|chemotherapy|transplant|travel|sabbatical|tour|diagnosis|biopsy|death|passing|funeral)\b|\b(?:at work|for work|the project|the office|lawyer|estate planning|cancer|terminal|old age|older|good idea|everyone should|deploy[a-z]*|retir[a-z]*|pregnan[a-z]*|business|case|report|thesis|semester|tax|taxes|accountant|financial advisor|audit|bills|budget)\b|\bbefore (?:i|we) (?:leave|move|start|travel|fly|head|go on|go to|go back)\b|\b(?:moving|relocat[a-z]*|abroad|emigrat[a-z]*)\b/,
    pattern: re(
      String.raw`\b(?:put|putting|puts|got|get|getting|gets|have|had|set|setting|sorted|sorting|need to get|need to put|organi[sz]ed|organi[sz]ing)(?: (?:all|everything))?(?: of)? my affairs (?:in order|sorted|straight|settled|arranged)\b|\b(?:sorting|sorted|settling|settled|arranging|arranged|wrapping up|wrapped up) (?:all )?(?:of )?my (?:affairs|loose ends)\b|\b(?:tying|tied|tie) up (?:all )?(?:the |my )?loose ends\b`,
    ),
  },
  {
    id: 'suicide.preparatory.will',
    trigger: words('will', 'testament'),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless:
      /\b(?:we|our|wills|baby|babies|born|newborn|married|marriage|wedding|engaged|divorce|divorced|house|mortgage|lawyer|attorney|solicitor|notary|estate planning|retire[a-z]*|diagnos[a-z]*|surgery|deploy[a-z]*|new job|pregnan[a-z]*|grandkids|grandchildren|everyone should|finally got around|turned (?:[3-9]0|thirty|forty|fifty|sixty|seventy)|my parents|my (?:mom|dad|mother|father|grandma|grandpa) 's)\b/,
    pattern: re(
      String.raw`\b(?:wrote|written|writing|write|updated|updating|update|changed|changing|made|making|make|finished|finishing|finali[sz]ed|finali[sz]ing|redid|redone|redo|rewrote|rewritten|signed|signing|drew up|drawn up|drawing up|drafted|drafting|sorted out|sorting out|did|done|doing) (?:out |up )?(?:my|a) (?:last )?(?:will|testament|will and testament)\b(?! (?:to|power)\b)`,
    ),
  },
  {
    id: 'suicide.preparatory.research',
    trigger: stems(
      'look',
      'googl',
      'search',
      'research',
      'read',
      'found',
      'find',
      'check',
      'calculat',
      'work',
      'figur',
      'watch',
      'asked',
    ),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless: new RegExp(String.raw`\b${EVERYDAY_LOOKUP}\b`),
    pattern: re(String.raw`\b${LOOKUP}${gap(2)} ${LETHALITY}`),
  },
  {
    id: 'suicide.method.lethality',
    trigger: words('how', 'which', 'lethal', 'fatal', 'deadly'),
    category: 'suicide',
    level: 'moderate',
    subject: 'self',
    unless: new RegExp(String.raw`\b${EVERYDAY_LOOKUP}\b`),
    pattern: re(
      String.raw`\b(?:know|knew|wonder|wondering|wondered|thought about|thinking about|think about|curious|keep thinking about)${gap(1)} (?:how (?:many|much) ${PILLS}${gapAny(3)} (?:would|it would|it takes|it would take|i would need) (?:take|kill|be (?:lethal|fatal|deadly|enough))|how (?:high|tall|far) (?:up )?(?:a |the )?(?:bridge|building|fall|drop|floor))\b`,
    ),
  },
  {
    id: 'suicide.act.unstated_intent',
    trigger: stems('took', 'swallow', 'down', 'pop', 'drank', 'mix', 'garage', 'neck', 'head'),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless: /\b(?:warm|heat|heater|cold|air con|ac|waiting|wait|music|phone call|podcast|scarf|costume|halloween)\b/,
    pattern: re(
      String.raw`\b(?:took|swallowed|downed|popped|drank|mixed)${gapAny(6)} (?:hoping|so|so that|in the hope|praying|wanting|because i wanted) (?:i|it) (?:would not|would never|might not|would|might|could) (?:wake up|die|kill me|be the end|not wake up|never wake up|end it)\b|\b(?:sat|sitting|sit|was sitting|lay|lying|stayed) in (?:the|my) (?:closed )?garage${gapAny(4)} (?:with )?(?:the )?(?:car|engine|motor) (?:running|on)\b|\b(?:put|putting|tied|tying|wrapped|wrapping|had|placed|slipped|tightened) (?:a |the |my )?(?:belt|rope|noose|cord|extension cord|cable|ligature|plastic bag|sheet)${gapAny(2)} (?:around|round|over) my (?:neck|head)\b`,
    ),
  },
  {
    id: 'suicide.preparatory.means',
    trigger: stems('weight', 'noose', 'hook', 'beam'),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    pattern: re(
      String.raw`\b(?:rope|beam|hook|cord|belt|branch|ceiling fan|pipe|rail|rafter|closet rod|door handle)${gapAny(4)} (?:would |could |will |can |to )?(?:hold|support|take|handle) my weight\b|\b(?:tied|tying|tie|made|making|make|practiced|practicing|practising|learned to tie|learning to tie) (?:a |the |my )?noose\b`,
    ),
  },
  {
    id: 'suicide.preparatory.pills',
    trigger: stems(
      'pill',
      'med',
      'tablet',
      'capsule',
      'painkiller',
      'pain',
      'prescription',
      'antidepressant',
      ...DRUG_NAMES,
    ),
    category: 'suicide',
    level: 'behaviour',
    subject: 'self',
    unless:
      /\b(?:from|at) (?:the )?(?:doctor|clinic|hospital)\b|\b(?:pharmacy|pharmacist|chemist|drugstore|refill|prescription pick ?up|expired|dispose|disposal|take back|pill organi[sz]er|insurance|short(?:ed|changed)?|back|migraines?|headaches?|toothache|flare ?ups?|cramps)\b/,
    pattern: re(
      String.raw`\b(?:collect|collecting|collected|gather|gathering|gathered|accumulat[a-z]*|build up|building up|built up|keep back|keeping back|kept back|hold back|holding back|held back|put aside|putting aside|set aside|setting aside|save up|saving up|saved up|keep|keeping|kept|hold onto|holding onto|held onto)(?: (?:all|some|a few|extra|half|most))?(?: of)?(?: my| the| her| his| those| these)? ${PILLS}\b(?= (?:instead of|rather than|in case|for (?:when|later|a bad|the right|that|one day|someday|just in case)|just in case|without (?:taking|telling)|and not taking|hidden|somewhere)\b)|\b(?:cheek|cheeking|cheeked|pocketing|pocketed) (?:my |the |some )?${PILLS}\b|\b(?:not taking|stopped taking|skipping|skipped|been skipping|have not been taking|pretending to take|pretend to take)${gap(2)} ${PILLS}${gapAny(3)} (?:and|but|so|to) (?:i )?(?:am |have been )?(?:saving|keeping|hiding|stashing|collecting|putting|saved|kept|hid|stashed|collected|put) (?:them|it)\b|\b(?:a|my|the) (?:stash|stockpile|hoard|secret supply|hidden supply|pile|collection) of ${PILLS}\b|\b(?:counted|counting|count) (?:out )?(?:all )?(?:of )?(?:my |the |all my )?${PILLS}\b(?=[^.;!?]*\b(?:enough|lined (?:them )?up|ready)\b)|\b(?:have|got|saved|collected|kept|have saved|have got) enough ${PILLS}(?: (?:saved|stashed|collected|put away|hidden))? (?:to|for) (?:kill|end|do it|overdose|die|a lethal|an overdose)`,
    ),
  },
  {
    id: 'self_harm.preparatory.blades',
    trigger: stems('blade', 'sharpener', 'razor'),
    category: 'self_harm',
    level: 'behaviour',
    subject: 'self',
    unless: /\b(?:shav[a-z]*|work|job|crafts?|art|scrapbook[a-z]*|opening|boxes|packages|hobby|model|warehouse)\b/,
    pattern: re(
      String.raw`\b(?:keep|keeping|kept|carry|carrying|carried|have|had|got)(?: (?:a|some|the|my|new|spare))? (?:razor blades?|razors|blades?|sharpener blades?|pencil sharpener blades?)${gapAny(4)} (?:hidden|stashed|tucked|in my (?:room|drawer|wallet|bag|pencil case|sock drawer|desk|pocket|phone case|makeup bag)|under my (?:bed|mattress|pillow)|just in case|for when|in case)\b|\b(?:took|taking|take|broke|breaking|break|pulled|pulling|smashed|smashing|popped|popping|got|getting) (?:apart (?:a |my |the )?(?:pencil )?sharpeners?|(?:a |my |the )?(?:pencil )?sharpeners? apart|(?:the )?blades? out of (?:a |my |the )?(?:pencil )?(?:sharpeners?|razors?|shavers?))\b`,
    ),
  },
];

/** Plans said without their object: read as suicide only when nothing else gives them one. */
export const UNSTATED_PLANS: Rule[] = [
  {
    id: 'suicide.plan.unstated',
    trigger: words(
      'date',
      'day',
      'night',
      'time',
      'place',
      'spot',
      'location',
      'planned',
      'figured',
      'worked',
      'mapped',
      'thought',
      'sorted',
      'arranged',
    ),
    category: 'suicide',
    level: 'high',
    subject: 'self',
    unanchored: true,
    // "We set a date", "picked a day to fly home": a shared or stated purpose.
    unless: new RegExp(
      String.raw`\bwe\b|\b(?:date|day|night|time|place|spot|location|planned|figured|worked|mapped|sorted|arranged|out) (?:[^ .;!?]+ ){0,4}?(?:to|for) (?!(?:do it|do that|go through|end it|end things|kill|die|when|it|that|this|then|now|tonight|tomorrow|next|the end|${MONTHS_DAYS})\b)[a-z]+`,
    ),
    pattern: re(UNSTATED_PLAN),
  },
  {
    id: 'suicide.plan.unstated_how',
    trigger: words('do', 'go'),
    category: 'suicide',
    level: 'high',
    subject: 'self',
    unanchored: true,
    pattern: re(WORKED_OUT_HOW),
  },
  {
    id: 'suicide.method.unstated',
    trigger: words('do', 'go'),
    category: 'suicide',
    level: 'moderate',
    subject: 'self',
    unanchored: true,
    pattern: re(KNOW_HOW),
  },
];
