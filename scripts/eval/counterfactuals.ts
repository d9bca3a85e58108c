/**
 * Counterfactual rewrites of a labelled utterance: the same statement said about or by
 * someone else — other names, other genders and pronouns, other dialect markers. A fair
 * detector gives every variant the same flag as the original.
 */

export interface Variant {
  kind: 'name' | 'gender' | 'they' | 'dialect';
  label: string;
  text: string;
}

/** Given names from many cultures (the set's own names are swapped among these). */
export const NAMES = [
  'Aisha',
  'Mateo',
  'Priya',
  'Nguyen',
  'Oluwaseun',
  'Siobhan',
  'Kenji',
  'Fatima',
  'José',
  'Tamika',
  'Dmitri',
  'Mei',
  'Darnell',
  'Aroha',
  'Ingrid',
  'Rahul',
  'Keanu',
  'Zeynep',
  'Jamal',
  'Marisol',
  'Raj',
  'Tomás',
  'Wei',
  'Ngozi',
  'Kofi',
  'Dev',
  'Malik',
  'Tyrone',
  'Ayesha',
  'Jess',
  'Oliver',
  'Mariana',
  'Lakshmi',
  'Björn',
  'Yusuf',
  'Chloé',
  'Hoang',
  'Amara',
  'Santiago',
  'Hana',
];

const SUBSTITUTE_NAMES = [
  'Guadalupe',
  'DeShawn',
  'Anjali',
  'Liam',
  'Wanjiru',
  'Sven',
  'Hyun-woo',
  'Mohammed',
  'Aoife',
  'Kalani',
];

const GENDERED: Array<[string, string]> = [
  ['husband', 'wife'],
  ['boyfriend', 'girlfriend'],
  ['dad', 'mom'],
  ['father', 'mother'],
  ['stepdad', 'stepmom'],
  ['stepfather', 'stepmother'],
  ['brother', 'sister'],
  ['son', 'daughter'],
  ['uncle', 'aunt'],
  ['grandpa', 'grandma'],
  ['grandfather', 'grandmother'],
  ['nephew', 'niece'],
  ['man', 'woman'],
  ['guy', 'girl'],
  ['boy', 'girl'],
  ['stepson', 'stepdaughter'],
  ['brothers', 'sisters'],
  ['padre', 'madre'],
  ['papá', 'mamá'],
  ['esposo', 'esposa'],
  ['novio', 'novia'],
  ['padrastro', 'madrastra'],
];

const THEY_VERBS: Record<string, string> = {
  hits: 'hit',
  beats: 'beat',
  slaps: 'slap',
  touches: 'touch',
  locks: 'lock',
  leaves: 'leave',
  threatens: 'threaten',
  burns: 'burn',
  shakes: 'shake',
  says: 'say',
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  keeps: 'keep',
  takes: 'take',
  "doesn't": "don't",
  "he's": "they're",
  "she's": "they're",
  "he'd": "they'd",
  "she'd": "they'd",
  "he'll": "they'll",
  "she'll": "they'll",
};

const NOUN_FOLLOWERS =
  /^(?:[.,;:!?]|and|to|when|with|about|if|the|a|in|on|at|for|from|again|so|because|until|while|after|before|tonight|tomorrow|yesterday|last|every|all|up|out|down|too|once|twice|hard|more|anymore|off|$)/i;

/** Spanish "he pensado" (I have thought) is not the pronoun. */
const SPANISH_PARTICIPLE = /(?:ado|ido)$/;

function matchCase(template: string, word: string): string {
  if (template[0] === template[0]!.toUpperCase() && template[0] !== template[0]!.toLowerCase()) {
    return word[0]!.toUpperCase() + word.slice(1);
  }
  return word;
}

function replaceWords(text: string, map: (word: string, next: string) => string | null): string {
  return text.replace(/[\p{L}']+/gu, (word, offset: number) => {
    const rest = text.slice(offset + word.length).trimStart();
    const next = /^[\p{L}']+|^[.,;:!?]/u.exec(rest)?.[0] ?? '';
    const replaced = map(word, next);
    return replaced === null ? word : matchCase(word, replaced);
  });
}

function swapGender(text: string): string {
  const pairs = new Map<string, string>();
  for (const [a, b] of GENDERED) {
    pairs.set(a, b);
    pairs.set(b, a);
  }
  return replaceWords(text, (word, next) => {
    const w = word.toLowerCase();
    if (w === 'he' && SPANISH_PARTICIPLE.test(next)) return null;
    if (w === 'he') return 'she';
    if (w === 'she') return 'he';
    if (w === 'him') return 'her';
    if (w === 'his') return 'her';
    if (w === 'himself') return 'herself';
    if (w === 'herself') return 'himself';
    if (w === "he's") return "she's";
    if (w === "she's") return "he's";
    if (w === "he'd") return "she'd";
    if (w === "she'd") return "he'd";
    if (w === "he'll") return "she'll";
    if (w === "she'll") return "he'll";
    if (w === 'her') return NOUN_FOLLOWERS.test(next) ? 'him' : 'his';
    return pairs.get(w) ?? null;
  });
}

function toThey(text: string): string {
  let sawThirdPerson = false;
  const out = replaceWords(text, (word, next) => {
    const w = word.toLowerCase();
    if (w === 'he' && SPANISH_PARTICIPLE.test(next)) return null;
    if (['he', 'she'].includes(w)) {
      sawThirdPerson = true;
      return 'they';
    }
    if (["he's", "she's", "he'd", "she'd", "he'll", "she'll"].includes(w)) {
      sawThirdPerson = true;
      return THEY_VERBS[w]!;
    }
    if (w === 'him') return 'them';
    if (w === 'his') return 'their';
    if (w === 'her') return NOUN_FOLLOWERS.test(next) ? 'them' : 'their';
    if (w === 'himself' || w === 'herself') return 'themselves';
    return null;
  });
  if (!sawThirdPerson) return out;
  return out.replace(/\bthey (\w+)/gi, (all, verb: string) => {
    const fixed = THEY_VERBS[verb.toLowerCase()];
    return fixed ? all.replace(verb, fixed) : all;
  });
}

function swapNames(text: string): Array<{ label: string; text: string }> {
  const present = NAMES.filter((name) => new RegExp(`\\b${name}\\b`, 'u').test(text));
  if (present.length === 0) {
    return [
      { label: 'address-start', text: `${SUBSTITUTE_NAMES[0]}, ${lowerFirst(text)}` },
      { label: 'address-end', text: `${text.replace(/[.!?]*$/, '')}, ${SUBSTITUTE_NAMES[5]}.` },
    ];
  }
  return SUBSTITUTE_NAMES.map((substitute) => ({
    label: `name→${substitute}`,
    text: present.reduce((t, name) => t.replace(new RegExp(`\\b${name}\\b`, 'gu'), substitute), text),
  }));
}

function lowerFirst(text: string): string {
  if (/^I\b/.test(text)) return text;
  return text[0] ? text[0].toLowerCase() + text.slice(1) : text;
}

const DIALECTS: Array<{ label: string; apply: (t: string) => string }> = [
  { label: 'aave-fr', apply: (t) => `${t.replace(/[.!?]*$/, '')} fr` },
  { label: 'aave-no-cap', apply: (t) => `No cap, ${lowerFirst(t)}` },
  { label: 'aave-finna', apply: (t) => t.replace(/\b(I'm|I am) (going to|gonna)\b/g, "I'm finna") },
  { label: 'uk-innit', apply: (t) => `${t.replace(/[.!?]*$/, '')}, innit.` },
  { label: 'uk-mum', apply: (t) => t.replace(/\bmom\b/g, 'mum').replace(/\bMom\b/g, 'Mum') },
  { label: 'uk-to-be-honest', apply: (t) => `To be honest with you, ${lowerFirst(t)}` },
  { label: 'spanglish-mira', apply: (t) => `Mira, ${lowerFirst(t)}` },
  { label: 'spanglish-o-sea', apply: (t) => `${t.replace(/[.!?]*$/, '')}, o sea.` },
  { label: 'indian-yaar', apply: (t) => `${t.replace(/[.!?]*$/, '')}, yaar.` },
  { label: 'lowercase-nopunct', apply: (t) => t.toLowerCase().replace(/[.!?,]/g, '') },
];

/** Every variant of `text` (variants identical to the original are left out). */
export function counterfactualVariants(text: string): Variant[] {
  const variants: Variant[] = [];
  for (const v of swapNames(text)) variants.push({ kind: 'name', ...v });
  variants.push({ kind: 'gender', label: 'gender-swap', text: swapGender(text) });
  variants.push({ kind: 'they', label: 'singular-they', text: toThey(text) });
  for (const d of DIALECTS) variants.push({ kind: 'dialect', label: d.label, text: d.apply(text) });
  const seen = new Set([text]);
  return variants.filter((v) => {
    if (seen.has(v.text)) return false;
    seen.add(v.text);
    return true;
  });
}
