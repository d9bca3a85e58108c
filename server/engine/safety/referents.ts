import { WORDS } from './lexicon.ts';
import type { NormalizedText } from './normalize.ts';

/** The word lists are in `knowledge/words.json`, each with what it is for. */
const EVERYDAY_PLANS = WORDS.set('EVERYDAY_PLANS');
const NEEDS_DETERMINER = WORDS.set('PLAN_NEEDS_DETERMINER');
const DETERMINERS = WORDS.set('PLAN_DETERMINERS');
const BE = WORDS.set('BE');
const FIRST_WORDS: ReadonlySet<string> = new Set([...EVERYDAY_PLANS].map((p) => p.split(' ')[0]!));
const TIME_NOUNS = WORDS.set('TIME_NOUNS');
const TIME_DETERMINERS = WORDS.set('TIME_DETERMINERS');
const CIRCUMSTANTIAL = WORDS.set('CIRCUMSTANTIAL');
const MODIFIERS = WORDS.set('PLAN_MODIFIERS');

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
