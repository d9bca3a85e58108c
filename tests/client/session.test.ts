import { describe, expect, it } from 'vitest';
import type { UtteranceAnalysis } from '../../server/contracts/analysis.ts';
import type { SessionRisk } from '../../client/api/schemas.ts';
import {
  initialSession,
  needsAcknowledgement,
  riskWords,
  sessionReducer,
  type SessionState,
  unacknowledged,
} from '../../client/state/session.ts';

const analysis = (id: string, level: UtteranceAnalysis['risk']['level'] = 'none'): UtteranceAnalysis => ({
  id,
  risk: { level, categories: level === 'none' ? [] : ['suicide'], evidence: [] },
  emotions: { labels: [{ label: 'sadness', score: 0.8 }], ekman: [{ label: 'sadness', score: 0.8 }], valence: -0.6 },
  spike: false,
});

const risk = (level: SessionRisk['level'], words: string[]): SessionRisk => ({
  level,
  flags: words.map((text, i) => ({
    utteranceId: `u${i}`,
    level,
    categories: ['suicide'],
    evidence: [
      {
        category: 'suicide',
        level,
        start: 0,
        end: text.length,
        text,
        rule: 'test',
        kind: 'passive_wish',
        source: 'rule',
      },
    ],
  })),
  byCategory: { suicide: level, self_harm: 'none', violence: 'none', abuse: 'none' },
  protocols: [],
});

function run(...actions: Parameters<typeof sessionReducer>[1][]): SessionState {
  return actions.reduce(sessionReducer, initialSession('2025-01-01T10:00:00Z'));
}

const said = (id: string, text = 'hello') => ({
  type: 'utterance-added' as const,
  utterance: { id, speaker: 'client' as const, text },
  at: '2025-01-01T10:01:00Z',
  source: 'typed' as const,
});

describe('session state', () => {
  it('keeps an utterance once however often it is added, replayed or analysed', () => {
    const state = run(
      said('a'),
      said('a'),
      { type: 'utterance-analysed', analysis: analysis('a') },
      { type: 'utterance-analysed', analysis: analysis('a') },
    );
    expect(state.entries).toHaveLength(1);
    expect(state.entries[0]?.status).toBe('analysed');
  });

  it('keeps utterances the server has not confirmed for replay', () => {
    const state = run(
      said('a'),
      said('b'),
      { type: 'utterance-analysed', analysis: analysis('a') },
      { type: 'utterance-unsent', id: 'b' },
    );
    expect(unacknowledged(state).map((u) => u.id)).toEqual(['b']);
  });

  it('never lowers the risk shown when a late event carries an older assessment', () => {
    const state = run(
      { type: 'risk', risk: risk('high', ['I have a plan']) },
      { type: 'risk', risk: risk('none', []) },
    );
    expect(state.risk?.level).toBe('high');
  });

  it('asks for acknowledgement again when a new flag arrives after one was acknowledged', () => {
    let state = run({ type: 'risk', risk: risk('moderate', ['I want to die']) });
    expect(needsAcknowledgement(state)).toBe(true);
    state = sessionReducer(state, { type: 'risk-acknowledged', at: '2025-01-01T10:05:00Z' });
    expect(needsAcknowledgement(state)).toBe(false);
    state = sessionReducer(state, { type: 'risk', risk: risk('moderate', ['I want to die', 'I bought pills']) });
    expect(needsAcknowledgement(state)).toBe(true);
  });

  it('shows each word that raised the risk once', () => {
    expect(riskWords(risk('high', ['kill myself', 'kill myself', 'pills']))).toEqual(['kill myself', 'pills']);
  });

  it('leaves words the screen only noticed out of the warning signs', () => {
    const mixed = risk('high', ['kill myself', 'gun']);
    const screened = mixed.flags[1]!.evidence[0]!;
    mixed.flags[1]!.evidence[0] = {
      ...screened,
      tier: 'screen',
      hint: 'Possible risk language — ask the screening questions.',
    };
    expect(riskWords(mixed)).toEqual(['kill myself']);
  });

  it('puts new suggestions first and records what the clinician did with each', () => {
    const intervention = (id: string) => ({
      id,
      modality: 'CBT' as const,
      title: `Idea ${id}`,
      prompt: 'What is the evidence?',
      rationale: { text: 'All-or-nothing thinking', utteranceIds: ['a'] },
      reference: { citation: 'Beck 2011' },
    });
    let state = run(
      { type: 'suggestions', interventions: [intervention('1')] },
      { type: 'suggestion-dismissed', id: '1', reason: 'misread_sarcasm' },
    );
    state = sessionReducer(state, { type: 'suggestions', interventions: [intervention('1'), intervention('2')] });
    expect(state.suggestions.map((c) => [c.intervention.id, c.status, c.dismissReason])).toEqual([
      ['2', 'open', undefined],
      ['1', 'dismissed', 'misread_sarcasm'],
    ]);
  });

  describe('a reading revised one turn later', () => {
    it("replaces the earlier turn's flag and keeps the reason to show", () => {
      const withdrawn: UtteranceAnalysis = {
        ...analysis('a'),
        risk: {
          level: 'none',
          categories: [],
          evidence: [],
          revision: {
            change: 'withdrawn',
            from: 'low',
            reason: "Withdrawn: the client's next words, “the relationship I mean”, explain this turn as no risk.",
          },
        },
      };
      const state = run(
        said('a'),
        said('b'),
        { type: 'utterance-analysed', analysis: analysis('a', 'low') },
        { type: 'utterance-analysed', analysis: analysis('b') },
        { type: 'utterance-analysed', analysis: withdrawn },
      );
      expect(state.entries[0]!.analysis?.risk).toMatchObject({ level: 'none', revision: { change: 'withdrawn' } });
      expect(state.entries[1]!.analysis?.id).toBe('b');
    });
  });
});
