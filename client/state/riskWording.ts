/**
 * How the safety banner and the transcript word a flag. Evidence from the broad lexical screen
 * is a prompt to ask, not a finding: a flag raised by screen evidence alone is shown as
 * possible risk language with the screening questions, never as "Low risk: suicide".
 */
import { SCREEN_HINT, type RiskCategory, type RiskEvidence } from '../../server/contracts/analysis.ts';
import type { SessionRisk } from '../api/schemas.ts';
import type { NotARiskReason } from '../../server/contracts/flagReview.ts';
import { compareLevels } from '../../server/contracts/riskLevels.ts';

export const POSSIBLE_RISK_TITLE = 'Possible risk language';

/** Evidence without a tier predates the screen and was always a precise rule. */
export const isScreenEvidence = (e: RiskEvidence) => e.tier === 'screen';

/** True when there is evidence and all of it comes from the screen. */
export function isScreenOnly(evidence: readonly RiskEvidence[]): boolean {
  return evidence.length > 0 && evidence.every(isScreenEvidence);
}

export interface ScreeningQuestions {
  protocolId: string;
  category: RiskCategory;
  questions: string[];
}

export interface BannerWording {
  /** Every piece of evidence behind the flag is screen-tier. */
  screenOnly: boolean;
  /** The banner title outside discreet mode. */
  title: string;
  /** Words matched by precise rules, most severe first. */
  preciseWords: string[];
  /** Words the screen matched that no precise rule also matched. */
  screenWords: string[];
  /** What to do about the screen words. */
  hints: string[];
  /** Screening questions for each flagged category whose evidence is all screen-tier. */
  screening: ScreeningQuestions[];
}

const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const categoryLabel = (c: RiskCategory) => c.replace(/_/g, ' ');
const uniqueWords = (evidence: RiskEvidence[]) => [...new Set(evidence.map((e) => e.text.trim()).filter(Boolean))];

export function bannerWording(risk: SessionRisk): BannerWording {
  const evidence = risk.flags.flatMap((f) => f.evidence).sort((a, b) => compareLevels(b.level, a.level));
  const precise = evidence.filter((e) => !isScreenEvidence(e));
  const screen = evidence.filter(isScreenEvidence);
  const preciseWords = uniqueWords(precise);
  const screenWords = uniqueWords(screen).filter((w) => !preciseWords.includes(w));
  const screenOnly = isScreenOnly(evidence);

  const preciseCategories = new Set(precise.map((e) => e.category));
  const screenOnlyCategories = new Set(screen.map((e) => e.category).filter((c) => !preciseCategories.has(c)));
  const screening = risk.protocols
    .filter((p) => screenOnlyCategories.has(p.category) && (p.screeningQuestions?.length ?? 0) > 0)
    .map((p) => ({ protocolId: p.id, category: p.category, questions: p.screeningQuestions ?? [] }));

  // A category raised only by the screen is not named as a finding next to precise ones.
  const categories = [...new Set(risk.flags.flatMap((f) => f.categories))].filter((c) => !screenOnlyCategories.has(c));
  const title = screenOnly
    ? POSSIBLE_RISK_TITLE
    : `${capitalise(risk.level)} risk${categories.length ? `: ${categories.map(categoryLabel).join(', ')}` : ''}`;

  return {
    screenOnly,
    title,
    preciseWords,
    screenWords,
    hints: screen.length ? [...new Set(screen.map((e) => e.hint?.trim() || SCREEN_HINT))] : [],
    screening,
  };
}

/** How the "Not a risk" reasons read to the clinician (the server keeps only the code). */
export const NOT_A_RISK_REASONS = {
  figure_of_speech: 'A figure of speech',
  about_someone_else: 'About someone else, no risk to anyone',
  clinician_words: 'Only my own words, not the client’s',
  misheard: 'Misheard or mistyped',
  answered_no_risk: 'I asked; the client said no',
  other: 'Other',
} as const satisfies Record<NotARiskReason, string>;
