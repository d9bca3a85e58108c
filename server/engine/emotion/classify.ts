import { readFileSync } from 'node:fs';
import type { EmotionResult } from '../../contracts/analysis.ts';
import { createEmotionClassifier } from './classifier.ts';
import { decodeWeights, WEIGHTS_URL } from './weights.ts';

// Loaded once, synchronously, at import: classification itself does no I/O.
const classifier = createEmotionClassifier(decodeWeights(readFileSync(WEIGHTS_URL)));

/**
 * GoEmotions labels and Ekman groups above their tuned thresholds (highest first, `neutral`
 * when none passes), and a valence in [-1, 1]: the probability mass of positive labels minus
 * that of negative ones.
 */
export function classifyEmotions(text: string): EmotionResult {
  return classifier.classify(text);
}
