import { EkmanLabel, GoEmotionLabel } from './analysis.ts';

/**
 * The GoEmotions taxonomy, in the dataset's label-id order (`emotions.txt`), with the
 * dataset authors' own Ekman and sentiment groupings (`ekman_mapping.json`,
 * `sentiment_dict.json`, Demszky et al. 2020). Kept in code so inference never reads the data folder.
 */
export const LABELS: readonly GoEmotionLabel[] = GoEmotionLabel.options;
export const EKMAN: readonly EkmanLabel[] = EkmanLabel.options;

export const NEUTRAL_LABEL = LABELS.indexOf('neutral');
export const NEUTRAL_EKMAN = EKMAN.indexOf('neutral');

const ekmanMembers: Record<Exclude<EkmanLabel, 'neutral'>, readonly GoEmotionLabel[]> = {
  anger: ['anger', 'annoyance', 'disapproval'],
  disgust: ['disgust'],
  fear: ['fear', 'nervousness'],
  joy: [
    'joy',
    'amusement',
    'approval',
    'excitement',
    'gratitude',
    'love',
    'optimism',
    'relief',
    'pride',
    'admiration',
    'desire',
    'caring',
  ],
  sadness: ['sadness', 'disappointment', 'embarrassment', 'grief', 'remorse'],
  surprise: ['surprise', 'realization', 'confusion', 'curiosity'],
};

export const SENTIMENTS = ['positive', 'negative', 'ambiguous', 'neutral'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

const sentimentMembers: Record<Exclude<Sentiment, 'neutral'>, readonly GoEmotionLabel[]> = {
  positive: [
    'amusement',
    'excitement',
    'joy',
    'love',
    'desire',
    'optimism',
    'caring',
    'pride',
    'admiration',
    'gratitude',
    'relief',
    'approval',
  ],
  negative: [
    'fear',
    'nervousness',
    'remorse',
    'embarrassment',
    'disappointment',
    'sadness',
    'grief',
    'disgust',
    'anger',
    'annoyance',
    'disapproval',
  ],
  ambiguous: ['realization', 'surprise', 'curiosity', 'confusion'],
};

function groupOf<G extends string>(
  members: Record<string, readonly GoEmotionLabel[]>,
  groups: readonly G[],
  fallback: G,
): Int8Array {
  const out = new Int8Array(LABELS.length);
  LABELS.forEach((label, i) => {
    const group = Object.entries(members).find(([, ms]) => ms.includes(label))?.[0] ?? fallback;
    out[i] = groups.indexOf(group as G);
  });
  return out;
}

/** Label id → Ekman group id (neutral → neutral). */
export const EKMAN_OF_LABEL = groupOf(ekmanMembers, EKMAN, 'neutral');
/** Label id → sentiment id (neutral → neutral). */
export const SENTIMENT_OF_LABEL = groupOf(sentimentMembers, SENTIMENTS, 'neutral');
/** Label id → +1 positive, -1 negative, 0 ambiguous or neutral: the sign used for valence. */
export const VALENCE_SIGN = Int8Array.from(SENTIMENT_OF_LABEL, (s) => (s === 0 ? 1 : s === 1 ? -1 : 0));

/** The Ekman groups a spike watches for sharp rises: the negative ones. */
export const NEGATIVE_EKMAN: readonly EkmanLabel[] = ['anger', 'disgust', 'fear', 'sadness'];
