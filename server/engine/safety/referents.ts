import type { NormalizedText } from './normalize.ts';

/**
 * Everyday plans and events that "it", "a date" or "everything" may be about: "The wedding? I
 * picked a date." Someone's own funeral is not one of them.
 */
const EVERYDAY_PLANS: ReadonlySet<string> = new Set([
  'wedding',
  'weddings',
  'party',
  'parties',
  'trip',
  'trips',
  'vacation',
  'vacations',
  'holiday',
  'holidays',
  'birthday',
  'birthdays',
  'move',
  'moving',
  'interview',
  'interviews',
  'exam',
  'exams',
  'test',
  'tests',
  'presentation',
  'surgery',
  'operation',
  'procedure',
  'appointment',
  'appointments',
  'dinner',
  'lunch',
  'brunch',
  'breakfast',
  'weekend',
  'christmas',
  'thanksgiving',
  'easter',
  'hanukkah',
  'eid',
  'diwali',
  'ramadan',
  'graduation',
  'shower',
  'ceremony',
  'reunion',
  'retirement',
  'meeting',
  'meetings',
  'budget',
  'schedule',
  'itinerary',
  'project',
  'projects',
  'essay',
  'thesis',
  'dissertation',
  'semester',
  'lease',
  'visit',
  'concert',
  'festival',
  'race',
  'marathon',
  'event',
  'celebration',
  'anniversary',
  'proposal',
  'garden',
  'renovation',
  'remodel',
  'business',
  'launch',
  'route',
  'menu',
  'recital',
  'tournament',
  'flight',
  'flights',
  'camping',
  'course',
  'class',
  'classes',
  'job',
  'career',
  'degree',
  'application',
  'applications',
  'workout',
  'diet',
  'meals',
  'honeymoon',
  'bachelorette',
  'closing',
  'hearing',
  'custody',
  'rehab',
  'homework',
  'lessons',
  'summer',
  'funeral',
  'memorial',
  'taxes',
  'paperwork',
  'rent',
  'bills',
  'finances',
  'childcare',
  'commute',
  'sleepover',
  'playdate',
  'gig',
  'show',
  'play',
  'costume',
  'garage sale',
  'yard sale',
  'fundraiser',
  'banquet',
  'prom',
  'picnic',
  'barbecue',
  'bbq',
  'cookout',
  'potluck',
  'date night',
  'road trip',
  'baby shower',
  'science fair',
  'open house',
  'getting married',
  'travelling',
  'traveling',
]);
/** Words that are also verbs or too general on their own: only with a determiner ("the move", "my test"). */
const NEEDS_DETERMINER: ReadonlySet<string> = new Set([
  'move',
  'moving',
  'test',
  'tests',
  'show',
  'play',
  'race',
  'visit',
  'launch',
  'closing',
  'diet',
  'class',
  'classes',
  'course',
  'job',
  'rent',
  'bills',
  'meeting',
  'event',
  'business',
  'route',
  'menu',
  'gig',
  'hearing',
  'shower',
  'flight',
  'schedule',
  'project',
]);
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'this',
  'that',
  'any',
  "'s",
  'new',
  'big',
]);
const BE: ReadonlySet<string> = new Set(['am', 'are', 'is', 'be', 'been', 'was', 'were']);
const FIRST_WORDS: ReadonlySet<string> = new Set([...EVERYDAY_PLANS].map((p) => p.split(' ')[0]!));

/** Nouns of time: after "this", "next", "last" they say when, not what. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'weekend',
  'christmas',
  'thanksgiving',
  'easter',
  'hanukkah',
  'eid',
  'diwali',
  'ramadan',
  'summer',
  'holidays',
  'holiday',
  'birthday',
  'semester',
]);
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'next', 'last', 'that', 'every']);

/** Prepositions that make an event the time or place of something else ("after my son's birthday", "at the party"). */
const CIRCUMSTANTIAL: ReadonlySet<string> = new Set([
  'after',
  'before',
  'until',
  'till',
  'by',
  'on',
  'at',
  'in',
  'during',
  'around',
  'since',
  'over',
  'past',
  'through',
  'near',
  'from',
  'than',
  'into',
  'like',
]);

/** Words between a preposition and its noun: determiners, possessives, adjectives of events. */
const MODIFIERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'this',
  'next',
  'last',
  'that',
  'these',
  'those',
  'every',
  'whole',
  'big',
  'little',
  'new',
  'upcoming',
  'surprise',
  'family',
  'work',
  'school',
  'summer',
  'winter',
  'spring',
  'christmas',
  'birthday',
  'wedding',
  'engagement',
  'office',
  'first',
  'final',
  'annual',
  'own',
]);

/**
 * The utterance names an everyday plan or event as what it is about ("the wedding", "plans for
 * Christmas"), not only as a time or place ("after my son's birthday", "at the party").
 */
export function namesEverydayPlan(n: NormalizedText): boolean {
  const { tokens } = n;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (!FIRST_WORDS.has(word)) continue;
    const two = `${word} ${tokens[i + 1]?.text ?? ''}`;
    if (!EVERYDAY_PLANS.has(word) && !EVERYDAY_PLANS.has(two)) continue;
    const previous = tokens[i - 1]?.text ?? '';
    // "I'm moving next month": the plan is the move.
    if (word === 'moving' && BE.has(previous)) return true;
    if (NEEDS_DETERMINER.has(word) && !EVERYDAY_PLANS.has(two) && !DETERMINERS.has(previous)) continue;
    if (isReferent(n, i, word)) return true;
  }
  return false;
}

function isReferent(n: NormalizedText, index: number, noun: string): boolean {
  const { tokens } = n;
  let k = index - 1;
  let temporal = false;
  for (let steps = 0; k >= 0 && steps < 6; steps++) {
    const t = tokens[k]!;
    if (t.punct) break;
    if (t.text === "'s") {
      k -= 2;
      continue;
    }
    if (!MODIFIERS.has(t.text)) break;
    if (TIME_DETERMINERS.has(t.text) && TIME_NOUNS.has(noun)) temporal = true;
    // Planning one's own funeral is not an everyday plan.
    if (t.text === 'my' && k === index - 1 && (noun === 'funeral' || noun === 'memorial')) return false;
    k--;
  }
  if (temporal) return false;
  const before = k >= 0 ? tokens[k]! : undefined;
  return before === undefined || before.punct || !CIRCUMSTANTIAL.has(before.text);
}
