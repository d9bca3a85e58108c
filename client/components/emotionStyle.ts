/** How emotions and risk levels look, in plain and in discreet mode. */
import type { EkmanLabel, EmotionResult, GoEmotionLabel, RiskLevel } from '../../server/contracts/analysis.ts';
import { EKMAN, EKMAN_OF_LABEL, LABELS } from '../../server/contracts/emotionTaxonomy.ts';

export const EKMAN_COLOR: Record<EkmanLabel, string> = {
  joy: 'teal',
  sadness: 'blue',
  anger: 'red',
  fear: 'violet',
  disgust: 'lime',
  surprise: 'cyan',
  neutral: 'gray',
};

/** Neutral shapes the clinician can learn to read and a client reads nothing into. */
export const EKMAN_SYMBOL: Record<EkmanLabel, string> = {
  joy: '○',
  sadness: '◇',
  anger: '△',
  fear: '□',
  disgust: '▽',
  surprise: '☆',
  neutral: '·',
};

export const RISK_COLOR: Record<RiskLevel, string> = { none: 'gray', low: 'yellow', moderate: 'orange', high: 'red' };
export const RISK_DOTS: Record<RiskLevel, string> = { none: '', low: '◆', moderate: '◆◆', high: '◆◆◆' };

/** The dataset authors' own grouping, shared with the classifier. */
export function ekmanOf(label: GoEmotionLabel): EkmanLabel {
  return EKMAN[EKMAN_OF_LABEL[LABELS.indexOf(label)] ?? EKMAN.indexOf('neutral')] ?? 'neutral';
}

/** The labels worth showing for one utterance: up to two, leaving out "neutral" beside a real emotion. */
export function topLabels(emotions: EmotionResult): { label: GoEmotionLabel; score: number }[] {
  const real = emotions.labels.filter((l) => l.label !== 'neutral');
  return (real.length > 0 ? real : emotions.labels).slice(0, 2);
}

export const humanLabel = (label: string) => label.replaceAll('_', ' ');
