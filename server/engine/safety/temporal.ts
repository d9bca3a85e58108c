import { DAY_NAMES, NUMBER_WORDS } from './lexicon.ts';

/**
 * When a behaviour happened, as far as the words say. C-SSRS draws the line at three months:
 * `recent` (within it, or ongoing), `past` (before it), `unknown` (no cue; treated as recent).
 */
export type Recency = 'recent' | 'past' | 'unknown';

const NUM = `(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')}|a couple of|a few|couple of)`;
const DAYS = DAY_NAMES.join('|');

const RECENT_CUES = new RegExp(
  [
    `\\blast (?:night|week|weekend|month|${DAYS})\\b`,
    `\\bthis (?:morning|afternoon|evening|week|weekend|month|past week|past month)\\b`,
    `\\b(?:yesterday|today|tonight|recently|lately|again|relapsed|relapse|earlier today|just now|the other day|the other night|over the weekend|on the weekend|this past)\\b`,
    `\\b(?:on |last |this )?(?:${DAYS})(?: night| morning| evening| afternoon)?\\b`,
    `\\b(?:past|last) (?:few |couple of |two |three |\\d+ )?(?:days|weeks)\\b`,
    `\\b(?:started|start|starting) (?:\\w+ )?again\\b`,
    `\\bsince (?:the summer|the spring|the fall|the winter|christmas|new year|the holidays|then)\\b`,
    // Spanish
    `\\b(?:ayer|anoche|hoy|anteayer|recientemente|otra vez|de nuevo|esta semana|este mes|esta manana|la semana pasada|el mes pasado|el fin de semana|el otro dia)\\b`,
  ].join('|'),
);

const PAST_CUES = new RegExp(
  [
    `\\bused to\\b`,
    `\\b(?:years|decades|ages|a long time|long time|a lifetime|forever) ago\\b`,
    `\\blong ago\\b`,
    `\\blast (?:year|summer|winter|spring|fall|autumn|decade)\\b`,
    `\\b(?:when|while) (?:i|we) (?:was|were) (?:a |an |in |at |still |only |just |about |like |around )*(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')}|kid|kids|child|children|teen|teens|teenager|teenagers|little|young|younger|baby|boy|girl|toddler|student|high school|middle school|grade school|elementary|primary school|secondary school|college|uni|university|school|twenty|thirty|forty|sixteen|seventeen|eighteen|nineteen|thirteen|fourteen|fifteen|twenties|teens|army|navy|military|service|married|pregnant with)\\b`,
    `\\bas a (?:kid|child|teen|teenager|little girl|little boy|young \\w+)\\b`,
    `\\bin (?:high school|middle school|grade school|elementary school|college|uni|university|the army|the navy|the military|my twenties|my teens|my thirties)\\b`,
    `\\bback (?:in|when|then)\\b`,
    `\\b(?:in|since|around|from) (?:19|20)\\d\\d\\b`,
    `\\b(?:19|20)\\d\\d\\b`,
    // Spanish
    `\\bhace (?:${NUM} )?(?:anos|ano|decadas)\\b`,
    `\\b(?:el ano pasado|hace mucho|hace tiempo|de nino|de nina|de chico|de chica|de joven|de adolescente)\\b`,
    `\\bcuando (?:era|tenia|estaba en) \\w+\\b`,
  ].join('|'),
);

const AGO = new RegExp(`\\b(${NUM}|several|many) (days?|weeks?|months?|years?|yrs?) ago\\b`, 'g');
const AGO_ES = new RegExp(`\\bhace (${NUM}) (dias?|semanas?|mes|meses|anos?)\\b`, 'g');
const SINCE_BEFORE_PAST = /\bsince (?:i was|we were|back in|(?:19|20)\d\d|high school|college|middle school|i was a)\b/;

function unitRecency(amount: string, unit: string): Recency {
  const n = /^\d+$/.test(amount)
    ? Number(amount)
    : (NUMBER_WORDS[amount.replace(/^(a couple of|couple of)$/, 'couple').replace(/^a few$/, 'few')] ?? 3);
  if (/^(day|dia|week|semana)/.test(unit)) return 'recent';
  if (/^(month|mes)/.test(unit)) return n <= 3 ? 'recent' : 'past';
  return 'past';
}

/**
 * Reads the temporal cues of one sentence. A recent cue wins over a past one ("when I was 16
 * and again last week"); "since I was 12" means it has gone on until now.
 */
export function resolveRecency(sentence: string): Recency {
  let recent = RECENT_CUES.test(sentence) || SINCE_BEFORE_PAST.test(sentence);
  let past = PAST_CUES.test(sentence);
  for (const m of sentence.matchAll(AGO)) {
    if (unitRecency(m[1]!, m[2]!) === 'recent') recent = true;
    else past = true;
  }
  for (const m of sentence.matchAll(AGO_ES)) {
    if (unitRecency(m[1]!, m[2]!) === 'recent') recent = true;
    else past = true;
  }
  if (recent) return 'recent';
  return past ? 'past' : 'unknown';
}
