import { multiLabelF1 } from '../../emotion/training/metrics.ts';
import type { ContextTurn } from '../features.ts';
import { ROLE_CLASSES, ROLE_FAMILIES, type RoleClass, type TurnRole } from '../roles.ts';
import type { CorpusSession } from './corpus.ts';

/** A session's turns as the classifier reads them. */
export const contextTurns = (s: CorpusSession): ContextTurn[] =>
  s.turns.map((t) => ({ speaker: t.speaker, text: t.text }));

/** The gold class of each turn, or undefined for a third person's turn (not scored: its role is always `other`). */
export function goldClasses(s: CorpusSession): (number | undefined)[] {
  return s.turns.map((t) => {
    if (t.speaker === 'other') return undefined;
    const c = ROLE_CLASSES.indexOf(`${t.speaker}:${t.role}` as RoleClass);
    return c >= 0 ? c : undefined;
  });
}

export const predictedClass = (r: TurnRole): number => ROLE_CLASSES.indexOf(`${r.side}:${r.role}` as RoleClass);

export interface RoleFigures {
  readonly turns: number;
  readonly accuracy: number;
  /** Macro-F1 over the roles of each family that occur in the gold labels (a family with none is left out). */
  readonly families: Record<string, number>;
  readonly perRole: Record<string, { f1: number; support: number }>;
}

const r3 = (x: number): number => Math.round(x * 1e3) / 1e3;

/** Figures over pairs of gold and predicted class ids (one pair per scored turn). */
export function roleFigures(gold: readonly number[], predicted: readonly number[]): RoleFigures {
  const report = multiLabelF1(
    gold.map((g) => [g]),
    predicted.map((p) => [p]),
    ROLE_CLASSES.length,
  );
  const perRole: Record<string, { f1: number; support: number }> = {};
  ROLE_CLASSES.forEach((c, i) => {
    const s = report.perClass[i]!;
    perRole[c] = { f1: r3(s.f1), support: s.support };
  });
  const families: Record<string, number> = {};
  for (const [family, classes] of Object.entries(ROLE_FAMILIES)) {
    const present = classes.filter((c) => perRole[c]!.support > 0);
    if (present.length > 0) families[family] = r3(present.reduce((s, c) => s + perRole[c]!.f1, 0) / present.length);
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { turns: gold.length, accuracy: r3(gold.length === 0 ? 0 : correct / gold.length), families, perRole };
}

/** Scores a classifier's roles against the labelled sessions. */
export function scoreSessions(
  sessions: readonly CorpusSession[],
  classify: (turns: readonly ContextTurn[]) => TurnRole[],
): RoleFigures {
  const gold: number[] = [];
  const predicted: number[] = [];
  for (const s of sessions) {
    const g = goldClasses(s);
    const p = classify(contextTurns(s));
    g.forEach((c, i) => {
      if (c === undefined) return;
      gold.push(c);
      predicted.push(predictedClass(p[i]!));
    });
  }
  return roleFigures(gold, predicted);
}
