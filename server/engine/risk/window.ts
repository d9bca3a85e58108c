import type { RiskAssessment, RiskCategory, RiskLevel, Speaker } from '../../contracts/analysis.ts';
import { extractFeatures, GROUP_CHAR, type FeatureSpec } from '../emotion/features.ts';
import { answerPolarity } from '../safety/conversation.ts';
import type { QuestionTopic } from '../safety/detect.ts';
import { modelText } from './normalise.ts';
import { findWord, wordClusters } from '../wordClusters.ts';

/**
 * What one risk decision sees: the client's utterance, the clinician's turn before it, the
 * client's turn before that, and — once it has come — the client's next turn with whatever the
 * clinician said in between. Built the same way by training and by the live analyser, so the
 * two cannot drift.
 */
export interface RecentFlag {
  category: RiskCategory;
  level: RiskLevel;
  /** Client turns back: 1 is the client's turn before this one. */
  distance: number;
}

/** Client turns whose readings a window carries as the conversation's state. */
export const RECENT_TURNS = 3;

export interface RiskWindow {
  text: string;
  /** The rules' reading of the utterance in its conversation (features and evidence spans only). */
  rules: RiskAssessment;
  /** The rules' reading of a screening answer: the question's content the client affirmed. */
  answer: RiskAssessment | null;
  /** The clinician's last turn before the utterance, within the last three turns. */
  previous?: { text: string; asked: QuestionTopic | null; reflected: RiskAssessment } | undefined;
  /** The client's own turn before the utterance, and the rules' reading of it. */
  earlier?: string | undefined;
  earlierRules?: RiskAssessment | undefined;
  /**
   * The readings shown for the client's last turns, per category flagged, with how many client
   * turns back (1–3): the conversation's own state (the labels when training, the model's
   * readings when live), so that a turn that goes on with a disclosure ("in my pencil case",
   * "july") is read with it.
   */
  recentFlags?: ReadonlyArray<RecentFlag> | undefined;
  /** Risk topics the conversation is on: raised by a recent flag or screening question. */
  topics?: readonly RiskCategory[] | undefined;
  /** The client's next turn, once it has been said, and the clinician's words before it. */
  next?: { text: string; between: string; rules: RiskAssessment } | undefined;
}

/** The speakers whose words can be evidence of the client's risk. */
export const speaksForClient = (speaker: Speaker | 'other'): boolean => speaker === 'client' || speaker === 'unknown';

/** Feature blocks, each scaled to unit norm so that no block drowns the others. */
export const BLOCKS = ['words', 'chars', 'previous', 'next', 'rules', 'meaning'] as const;
const BLOCK_WORDS = 0;
const BLOCK_CHARS = 1;
const BLOCK_PREVIOUS = 2;
const BLOCK_NEXT = 3;
const BLOCK_RULES = 4;
const BLOCK_MEANING = 5;

// Character n-grams were tried for the utterance and added size without accuracy on development.
// The three words after a negator are also read as denied, as in the word groups below, and still
// as said: the model reads speech as transcribed, without the punctuation that would end a
// negator's scope, and a leading "no" or "not good" denied the rest of the turn ("no not good my
// husband hit me again Sunday" read no risk). Ending the scope after three words found more risk
// on held-out authors (model card, round sixteen).
const UTTERANCE: FeatureSpec = {
  version: 1,
  bigrams: true,
  negation: 'mark',
  negationWords: 3,
  charMin: 0,
  charMax: 0,
};
const CONTEXT: FeatureSpec = { ...UTTERANCE };

const SALT = {
  previous: 0x2545f491,
  earlier: 0x4f6cdd1d,
  next: 0x6b43a9b5,
  between: 0x1d8e4e27,
  rule: 0x7feb352d,
  cluster: 0x3c6ef372,
} as const;

/** Words that scope what follows as denied: their groups are read as negated. */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  "didn't",
  "can't",
  "won't",
  "wouldn't",
  'nothing',
  'nobody',
  'nunca',
  'nada',
  'ni',
]);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface WindowFeatures {
  hashes: number[];
  blocks: number[];
}

const SHORT_ANSWER = 8;
const WORD = /[\p{L}\p{N}']+/gu;

function lengthBucket(words: number): string {
  return words <= 1 ? '1' : words <= 3 ? '2-3' : words <= 8 ? '4-8' : words <= 20 ? '9-20' : '21+';
}

/** The hashed features of one window; the weights file keeps only those seen often in training. */
export function windowFeatures(w: RiskWindow): WindowFeatures {
  const hashes: number[] = [];
  const blocks: number[] = [];
  const clusters = wordClusters();
  const push = (h: number, block: number): void => {
    hashes.push(h);
    blocks.push(block);
  };
  const rule = (name: string): void => push(fmix(fnv(name) ^ SALT.rule), BLOCK_RULES);
  // Each word's groups of like meaning (from pretrained word vectors): a word never seen in
  // training is read through the words seen that mean much the same.
  const meaning = (s: string, salt: number, block: number): void => {
    let negated = 0;
    for (const word of s.split(' ')) {
      if (NEGATORS.has(word)) {
        negated = 3;
        continue;
      }
      const row = findWord(clusters, word.replace(/'/g, ''));
      if (row >= 0) {
        for (let g = 0; g < clusters.groups.length; g++) {
          push(
            fmix((fnv(`${negated > 0 ? 'n' : ''}c${g}:${clusters.groups[g]![row]}`) ^ salt ^ SALT.cluster) >>> 0),
            block,
          );
        }
      }
      if (negated > 0) negated--;
    }
  };
  const text = (raw: string, spec: FeatureSpec, salt: number, block: number): void => {
    const s = modelText(raw);
    meaning(s, salt, block === BLOCK_WORDS ? BLOCK_MEANING : block);
    const f = extractFeatures(s, spec);
    for (let i = 0; i < f.count; i++) {
      const own = block === BLOCK_WORDS && f.groups[i] === GROUP_CHAR ? BLOCK_CHARS : block;
      push(salt === 0 ? f.hashes[i]! : fmix(f.hashes[i]! ^ salt), own);
    }
  };

  text(w.text, UTTERANCE, 0, BLOCK_WORDS);
  const words = (modelText(w.text).match(WORD) ?? []).slice(0, 40);
  rule(`len:${lengthBucket(words.length)}`);
  for (const e of w.rules.evidence) {
    rule(`rule:${e.category}:${e.level}:${e.tier ?? 'precise'}`);
    rule(`rule-id:${e.rule}`);
  }
  for (const e of w.answer?.evidence ?? []) rule(`answer:${e.category}:${e.level}`);

  if (w.previous) {
    text(w.previous.text, CONTEXT, SALT.previous, BLOCK_PREVIOUS);
    rule(w.previous.text.includes('?') ? 'previous:question-mark' : 'previous:statement');
    const topics: string[] = [];
    if (w.previous.asked) {
      rule(`asked:${w.previous.asked.category}:${w.previous.asked.level}`);
      topics.push(w.previous.asked.category);
    }
    for (const e of w.previous.reflected.evidence) {
      rule(`reflected:${e.category}:${e.level}:${e.tier ?? 'precise'}`);
      topics.push(e.category);
    }
    const polarity = answerPolarity(w.text);
    if (polarity) {
      rule(`answer:${polarity}`);
      for (const topic of new Set(topics)) rule(`answer-topic:${topic}:${polarity}`);
    }
    // A terse answer carries the question's content: its words are read with the topic asked.
    if (words.length <= SHORT_ANSWER) {
      for (const topic of new Set(topics)) {
        rule(`topic-len:${topic}:${lengthBucket(words.length)}`);
        for (const word of words) rule(`topic-word:${topic}:${word}`);
      }
      for (const word of words.slice(0, 3)) rule(`after-clinician:${word}`);
    }
  }
  if (w.earlier) text(w.earlier, CONTEXT, SALT.earlier, BLOCK_PREVIOUS);
  for (const e of w.earlierRules?.evidence ?? []) rule(`earlier:${e.category}:${e.level}`);
  for (const f of w.recentFlags ?? []) {
    rule(`recent-flag:${f.category}:${f.level}:${f.distance}`);
    rule(`recent-flag:${f.category}`);
    rule(`recent-flag-len:${f.category}:${lengthBucket(words.length)}`);
    if (w.previous) rule(`recent-flag-after-clinician:${f.category}`);
  }
  // A turn that goes on with the risk talk ("in my pencil case", "two weeks ago") carries it.
  for (const topic of w.topics ?? []) {
    rule(`open-topic:${topic}`);
    rule(`open-topic-len:${topic}:${lengthBucket(words.length)}`);
  }

  if (w.next) {
    text(w.next.text, CONTEXT, SALT.next, BLOCK_NEXT);
    if (w.next.between) text(w.next.between, CONTEXT, SALT.between, BLOCK_NEXT);
    for (const e of w.next.rules.evidence) rule(`next:${e.category}:${e.level}`);
    const nextWords = (modelText(w.next.text).match(WORD) ?? []).slice(0, 3);
    for (const word of nextWords) rule(`next-start:${word}`);
  }
  return { hashes, blocks };
}
