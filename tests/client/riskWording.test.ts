import { describe, expect, it } from 'vitest';
import type { CrisisProtocol, RiskCategory, RiskEvidence } from '../../server/contracts/analysis.ts';
import type { SessionRisk } from '../../client/api/schemas.ts';
import { bannerWording, isScreenOnly } from '../../client/state/riskWording.ts';

const HINT = 'Possible risk language — ask the screening questions.';

const precise = (category: RiskCategory, text: string, level: RiskEvidence['level'] = 'high'): RiskEvidence => ({
  category,
  level,
  start: 0,
  end: text.length,
  text,
  rule: `${category}.test`,
  kind: 'ideation',
  source: 'rule',
  tier: 'precise',
});
const screen = (category: RiskCategory, text: string): RiskEvidence => ({
  category,
  level: 'low',
  start: 0,
  end: text.length,
  text,
  rule: `${category}.screen.lexical`,
  kind: 'possible_risk_language',
  source: 'rule',
  tier: 'screen',
  hint: HINT,
});

const protocol = (category: RiskCategory, screeningQuestions?: string[]): CrisisProtocol => ({
  id: `us.${category}`,
  category,
  title: `${category} protocol`,
  steps: ['Stay with the client.'],
  resources: [],
  screeningQuestions,
});

const SUICIDE_QUESTIONS = ['Have you wished you were dead?', 'Have you had any thoughts of killing yourself?'];

function sessionRisk(...flags: RiskEvidence[][]): SessionRisk {
  const all = flags.flat();
  const categories = [...new Set(all.map((e) => e.category))];
  const rank = { none: 0, low: 1, moderate: 2, high: 3 } as const;
  const level = all.reduce<SessionRisk['level']>((max, e) => (rank[e.level] > rank[max] ? e.level : max), 'none');
  return {
    level,
    byCategory: Object.fromEntries(categories.map((c) => [c, level])) as SessionRisk['byCategory'],
    flags: flags.map((evidence, i) => ({
      utteranceId: `u${i}`,
      level,
      categories: [...new Set(evidence.map((e) => e.category))],
      evidence,
    })),
    protocols: categories.map((c) => protocol(c, c === 'suicide' ? SUICIDE_QUESTIONS : undefined)),
  };
}

describe('how the safety banner words a flag', () => {
  it('calls a flag raised only by the screen "Possible risk language" and asks the screening questions instead of stating a level', () => {
    const wording = bannerWording(sessionRisk([screen('suicide', 'gun')]));
    expect(wording.screenOnly).toBe(true);
    expect(wording.title).toBe('Possible risk language');
    expect(wording.title).not.toMatch(/low risk|suicide/i);
    expect(wording.screenWords).toEqual(['gun']);
    expect(wording.preciseWords).toEqual([]);
    expect(wording.hints).toEqual([HINT]);
    expect(wording.screening).toEqual([
      { protocolId: 'us.suicide', category: 'suicide', questions: SUICIDE_QUESTIONS },
    ]);
  });

  it('keeps the level and category as the finding when a precise rule fired, and lists the screen words apart', () => {
    const wording = bannerWording(sessionRisk([precise('suicide', 'kill myself')], [screen('suicide', 'gun')]));
    expect(wording.screenOnly).toBe(false);
    expect(wording.title).toBe('High risk: suicide');
    expect(wording.preciseWords).toEqual(['kill myself']);
    expect(wording.screenWords).toEqual(['gun']);
    // The category already has a finding: its protocol applies, not the screener.
    expect(wording.screening).toEqual([]);
  });

  it('does not name a category raised only by the screen as a finding next to a precise one', () => {
    const wording = bannerWording(sessionRisk([precise('violence', 'hurt him')], [screen('suicide', 'gun')]));
    expect(wording.title).toBe('High risk: violence');
    expect(wording.screening.map((s) => s.category)).toEqual(['suicide']);
  });

  it('treats evidence without a tier as precise, as it was before the screen existed', () => {
    const legacy: RiskEvidence = {
      category: 'suicide',
      level: 'low',
      start: 0,
      end: 21,
      text: 'better off without me',
      rule: 'suicide.passive.burden',
      kind: 'burden',
      source: 'rule',
    };
    expect(isScreenOnly([legacy])).toBe(false);
    expect(bannerWording(sessionRisk([legacy])).title).toBe('Low risk: suicide');
  });

  it('says "possible risk" on an utterance only when all its evidence is from the screen', () => {
    expect(isScreenOnly([screen('suicide', 'gun')])).toBe(true);
    expect(isScreenOnly([screen('suicide', 'gun'), precise('suicide', 'kill myself')])).toBe(false);
    expect(isScreenOnly([])).toBe(false);
  });
});
