import { describe, expect, it } from 'vitest';
import type { Summary } from '../../server/contracts/assist.ts';
import { createAssistant } from '../../server/providers/index.ts';
import { type Fixture, loadUtterances, snapshotOf } from './support.ts';

const assistant = createAssistant({});

/** Summarises after every utterance, each time with the previous summary, as the live session does. */
async function rolling(fixture: Fixture, upTo?: number): Promise<Summary[]> {
  const utterances = loadUtterances(fixture).slice(0, upTo);
  const out: Summary[] = [];
  for (let i = 1; i <= utterances.length; i += 1) {
    out.push((await assistant.summarise(snapshotOf(utterances.slice(0, i)), out.at(-1))).result);
  }
  return out;
}

describe('rolling summary early in a session', () => {
  it('shows themes from the first substantive thing the client says', async () => {
    const [afterQuestion, afterFirstAnswer] = await rolling('week-disclosure', 2);
    expect(afterQuestion?.themes).toEqual([]);
    expect(afterFirstAnswer?.themes.map((t) => t.label)).toEqual(['Check-in', 'Sleep', 'Work']);
    expect(afterFirstAnswer?.themes.find((t) => t.label === 'Sleep')).toEqual({
      label: 'Sleep',
      text: 'Sleep: raised once, e.g. “I barely sleep”.',
      utteranceIds: ['u2'],
    });
    expect(afterFirstAnswer?.themes.find((t) => t.label === 'Check-in')?.text).toContain('“Honestly awful”');
  });

  it('puts the safety theme first and names what was disclosed', async () => {
    const summaries = await rolling('week-disclosure');
    const last = summaries.at(-1);
    expect(last?.themes.map((t) => t.label)).toEqual(['Safety', 'Check-in', 'Sleep', 'Work']);
    expect(last?.themes[0]).toEqual({
      label: 'Safety',
      text: 'Safety: suicide risk (high) — suicidal thoughts and preparatory acts. Highest level high: follow the crisis protocol shown with the flag.',
      utteranceIds: ['u3'],
    });
  });

  it('keeps the other things said in a turn that also held a risk statement', async () => {
    const snapshot = snapshotOf([
      { id: 'x1', speaker: 'client', text: 'I barely sleep anymore. Some nights I think about killing myself.' },
    ]);
    const { result } = await assistant.summarise(snapshot);
    expect(result.themes.map((t) => t.label)).toEqual(['Safety', 'Sleep']);
    expect(result.themes[1]?.text).not.toMatch(/killing/);
  });

  it.each<Fixture>(['work-anxiety', 'risk-disclosure', 'no-risk-screening'])(
    'never drops a theme it has shown as the session goes on (%s)',
    async (fixture) => {
      const summaries = await rolling(fixture);
      expect(summaries.some((s) => s.themes.length > 0)).toBe(true);
      summaries.reduce((previous, current) => {
        const labels = current.themes.map((t) => t.label);
        for (const label of previous.themes.map((t) => t.label))
          expect(labels, `after ${current.updatedThrough}`).toContain(label);
        return current;
      });
    },
  );

  it('shows a theme as soon as the first client turn of each fixture raises one', async () => {
    for (const fixture of ['work-anxiety', 'risk-disclosure', 'no-risk-screening'] as const) {
      const utterances = loadUtterances(fixture);
      const firstClient = utterances.findIndex((u) => u.speaker === 'client');
      const { result } = await assistant.summarise(snapshotOf(utterances.slice(0, firstClient + 1)));
      expect(result.themes.length, fixture).toBeGreaterThan(0);
      expect(result.themes.every((t) => t.utteranceIds.length > 0)).toBe(true);
    }
  });
});
