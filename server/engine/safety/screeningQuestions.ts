import { z } from 'zod';
import { RiskCategory } from '../../contracts/analysis.ts';
import screening from './knowledge/screening.json' with { type: 'json' };
import { regExp, type Examples } from './knowledge/compile.ts';

/**
 * How a clinician's question is read, written once for the engine and the note writer: which
 * item of the C-SSRS screener it asks about, which risk categories it names, and which topic of
 * a note's risk section it screens. The words live in `knowledge/screening.json`.
 */

/** The screener items after ideation, in the order they are tried. */
export const ScreenerItem = z.enum(['preparatory', 'behaviour', 'plan', 'intent', 'method']);
export type ScreenerItem = z.infer<typeof ScreenerItem>;

/** What a note's risk section asks about: a category, access to lethal means, or protective factors. */
export const ScreeningTopic = z.enum([...RiskCategory.options, 'means', 'protective']);
export type ScreeningTopic = z.infer<typeof ScreeningTopic>;

const ExamplesSchema = z.object({
  match: z.array(z.string().min(1)).min(1, 'needs at least one example it matches'),
  noMatch: z.array(z.string().min(1)).min(1, 'needs at least one example it does not match'),
});
const Matcher = { pattern: z.string().min(1), examples: ExamplesSchema };

const ScreeningFile = z
  .object({
    about: z.string(),
    items: z.array(z.object({ item: ScreenerItem, ...Matcher }).strict()),
    notARiskPlan: z.object(Matcher).strict(),
    categories: z.array(z.object({ category: RiskCategory, ...Matcher }).strict()),
    topics: z.array(z.object({ topic: ScreeningTopic, ...Matcher }).strict()),
  })
  .strict();

const FILE = 'screening.json';
const parsed = ScreeningFile.parse(screening);
const compile = (pattern: string, where: string): RegExp => regExp(pattern, 'i', `${FILE}: ${where}`);

/** Each entry as written, with its examples and compiled pattern, for the generic test. */
export const SCREENING_ENTRIES: readonly { name: string; pattern: RegExp; examples: Examples }[] = [
  ...parsed.items.map((e) => ({ name: `item ${e.item}`, pattern: compile(e.pattern, e.item), examples: e.examples })),
  {
    name: 'notARiskPlan',
    pattern: compile(parsed.notARiskPlan.pattern, 'notARiskPlan'),
    examples: parsed.notARiskPlan.examples,
  },
  ...parsed.categories.map((e) => ({
    name: `category ${e.category}`,
    pattern: compile(e.pattern, e.category),
    examples: e.examples,
  })),
  ...parsed.topics.map((e) => ({
    name: `topic ${e.topic}`,
    pattern: compile(e.pattern, e.topic),
    examples: e.examples,
  })),
];

const ITEMS = parsed.items.map((e) => ({ item: e.item, pattern: compile(e.pattern, e.item) }));
const NOT_A_RISK_PLAN = compile(parsed.notARiskPlan.pattern, 'notARiskPlan');
const CATEGORIES = parsed.categories.map((e) => ({ category: e.category, pattern: compile(e.pattern, e.category) }));
const TOPICS = new Map(parsed.topics.map((e) => [e.topic, compile(e.pattern, e.topic)]));

/** The screener item a clinician's question asked about, when it names one ("Have you made a plan?" → plan). */
export function askedItem(text: string): ScreenerItem | undefined {
  for (const q of ITEMS) {
    if (!q.pattern.test(text)) continue;
    if (q.item === 'plan' && NOT_A_RISK_PLAN.test(text)) continue;
    return q.item;
  }
  return undefined;
}

/** The categories a clinician's question names ("the urge to cut" is about self-harm); none when it does not say. */
export function questionCategories(text: string): RiskCategory[] {
  return CATEGORIES.filter((q) => q.pattern.test(text)).map((q) => q.category);
}

/** Whether a clinician's words screen a topic of the risk section ("Do you feel safe at home?" → abuse). */
export function screensTopic(text: string, topic: ScreeningTopic): boolean {
  return TOPICS.get(topic)?.test(text) ?? false;
}
