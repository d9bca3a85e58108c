import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { UtteranceAnalysis } from '../../server/contracts/analysis.ts';
import { readSessionBatches, readUtteranceBatches, type CorpusTurn } from '../../server/engine/risk/corpus.ts';
import { proportion, scoreSessions, scoreUtterances, wilson } from '../../scripts/eval/corpus.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/blind/', import.meta.url));

/** A reader that flags each turn at the level `levelOf` says, with `valence` and `spike` as given. */
function reader(
  levelOf: (t: CorpusTurn, i: number, all: readonly CorpusTurn[]) => 'none' | 'low' | 'high',
  extra: Partial<Pick<UtteranceAnalysis, 'spike'>> & { valence?: number } = {},
) {
  return (turns: readonly CorpusTurn[]): UtteranceAnalysis[] =>
    turns.map((t, i) => {
      const level = levelOf(t, i, turns);
      return {
        id: String(i),
        risk:
          level === 'none' ? { level, categories: [], evidence: [] } : { level, categories: ['suicide'], evidence: [] },
        emotions: {
          labels: [{ label: 'neutral', score: 1 }],
          ekman: [{ label: 'neutral', score: 1 }],
          valence: extra.valence ?? 0,
        },
        spike: extra.spike ?? false,
      };
    });
}

describe('blind corpus evaluation', () => {
  const utterances = readUtteranceBatches(`${FIXTURES}/utterances`);
  const sessions = readSessionBatches(`${FIXTURES}/sessions`);

  it('reads sessions and utterance items per batch in the labelling guide format', () => {
    expect(utterances.map((b) => [b.batch, b.items.length])).toEqual([['fx1', 5]]);
    expect(sessions.map((b) => [b.batch, b.items.map((s) => s.id)])).toEqual([['fx1', ['fx-s1', 'fx-s2']]]);
  });

  it('counts recall over risk items, false alarms over hard negatives and high items levelled high', () => {
    const items = utterances[0]!.items;
    expect(
      scoreUtterances(
        items,
        reader(() => 'high'),
      ),
    ).toEqual({ items: 5, risk: 2, found: 2, hard: 2, falseAlarms: 2, high: 2, levelledHigh: 2 });
    expect(
      scoreUtterances(
        items,
        reader(() => 'none'),
      ),
    ).toMatchObject({ found: 0, falseAlarms: 0, levelledHigh: 0 });
    expect(
      scoreUtterances(
        items,
        reader((t) => (t.speaker === 'client' ? 'low' : 'none')),
      ),
    ).toMatchObject({ found: 2, falseAlarms: 2, levelledHigh: 0 });
  });

  it('counts flagged no-risk sessions, disclosures flagged in their window and flags on clinician words only', () => {
    const items = sessions[0]!.items;
    const everyClinicianTurn = scoreSessions(
      items,
      reader((t) => (t.speaker === 'clinician' ? 'high' : 'none')),
    );
    expect(everyClinicianTurn).toMatchObject({
      sessions: 2,
      noRisk: 1,
      noRiskFlagged: 1,
      noRiskHigh: 1,
      disclosures: 1,
      disclosuresFlagged: 0,
      clinicianOnlyFlags: 4,
    });
    // The disclosure in fx-s2 is turn 1; a flag on the client's next turn (3) is within its window.
    const nextTurn = scoreSessions(
      items,
      reader((t, i) => (t.speaker === 'client' && i === 3 ? 'low' : 'none')),
    );
    expect(nextTurn).toMatchObject({ disclosures: 1, disclosuresFlagged: 1, noRiskFlagged: 1 });
    // Flagged only while the clinician's turn before it has words: the clinician's words were the evidence.
    const echo = scoreSessions(
      items,
      reader((t, i, all) => (t.speaker === 'client' && i === 3 && all[i - 1]!.text !== '' ? 'low' : 'none')),
    );
    expect(echo.clinicianOnlyFlags).toBe(2);
  });

  it('counts spikes on turns of three words or fewer and flagged turns with positive valence', () => {
    const f = scoreSessions(
      sessions[0]!.items,
      reader((t) => (t.speaker === 'client' ? 'low' : 'none'), { spike: true, valence: 0.5 }),
    );
    expect(f).toMatchObject({ spikes: 8, shortSpikes: 2, flaggedPositive: 4, clinicianOnlyFlags: 0 });
  });

  it('gives Wilson 95% intervals', () => {
    const [lo, hi] = wilson(95, 100);
    expect(lo).toBeCloseTo(0.8883, 3);
    expect(hi).toBeCloseTo(0.9785, 3);
    expect(proportion(0, 0)).toBe('—');
    expect(proportion(3, 4)).toMatch(/^3\/4 = 75\.0% \(95% CI 30\.1–95\.4%\)$/);
  });
});
