import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoteDraft } from '../../server/contracts/assist.ts';
import { readBatches, type CorpusTurn } from '../../server/engine/roles/training/corpus.ts';
import { heldOutRoleModel } from '../../scripts/eval/heldOutRoles.ts';
import { evaluateNotes } from '../../scripts/eval/notes.ts';
import { judgeStatement, scoreNote } from '../../scripts/eval/noteScorer.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/notesEval');
const [smoking, lowMood] = readBatches(FIXTURES)[0]!.sessions;
const byId = (s: typeof smoking) => new Map(s!.turns.map((t, i) => [`t${i + 1}`, t]));

const noteOf = (
  statements: NoteDraft['sections'][number]['statements'],
  risk: NoteDraft['riskAssessment']['statements'] = [],
): NoteDraft => ({
  format: 'SOAP',
  sections: [{ key: 'subjective', title: 'Subjective', statements }],
  riskAssessment: {
    level: 'none',
    categories: [],
    flags: [],
    screened: false,
    protocols: [],
    statements: risk,
    notAssessed: true,
    notAssessedItems: [],
  },
  aiDisclosure: 'AI-assisted draft.',
});

describe('the note scorer', () => {
  it('judges a goal quoted from the client’s goal turn right', () => {
    const j = judgeStatement(
      { text: 'Client’s goal: “I want to be off them completely by the summer”.', utteranceIds: ['t6'], claim: 'goal' },
      byId(smoking),
      'subjective',
    );
    expect(j.verdict).toBe('right');
  });

  it('judges the clinician’s words filed as the client’s wrong', () => {
    const j = judgeStatement(
      { text: 'Client reports “nicotine withdrawal usually peaks”.', utteranceIds: ['t9'], claim: 'symptom' },
      byId(smoking),
      'subjective',
    );
    expect(j).toMatchObject({ verdict: 'wrong', reason: 'quotes words the cited speaker did not say' });
  });

  it('judges “cut down” filed as self-harm wrong', () => {
    const j = judgeStatement(
      { text: 'Self-harm: client said “I’ve cut down a wee bit”.', utteranceIds: ['t4'], claim: 'risk' },
      byId(smoking),
      'risk',
    );
    expect(j.verdict).toBe('wrong');
  });

  it('judges a screening invented from “right” wrong', () => {
    const j = judgeStatement(
      { text: 'Suicidal ideation: asked; client responded “right”.', utteranceIds: ['t9', 't10'], claim: 'screening' },
      byId(smoking),
      'risk',
    );
    expect(j.verdict).toBe('wrong');
  });

  it('judges a passive wish cited from its labelled turn right, and the protective factors too', () => {
    const turns = byId(lowMood);
    expect(
      judgeStatement(
        { text: "Suicide risk: low (“they'd be better off without me”).", utteranceIds: ['t4'], claim: 'risk' },
        turns,
        'risk',
      ).verdict,
    ).toBe('right');
    expect(
      judgeStatement(
        { text: 'Protective factors: “my kids they keep me going”.', utteranceIds: ['t8'], claim: 'strength' },
        turns,
        'risk',
      ).verdict,
    ).toBe('right');
  });

  const closing = new Map<string, CorpusTurn>([
    ['t1', { speaker: 'other', text: "I'll put it in her calendar and bring her Thursday", role: 'commitment' }],
    ['t2', { speaker: 'client', text: 'okay', role: 'backchannel' }],
    [
      't3',
      {
        speaker: 'clinician',
        text: 'so the pain and the maybe from the surgeon, feeling useless at home, and I’ll see you Tuesday',
        role: 'summary',
      },
    ],
  ]);

  it('judges a follow-up booked inside a summary right, and the summary’s other words filed as one wrong', () => {
    expect(
      judgeStatement(
        { text: 'Follow-up: “and I’ll see you Tuesday”.', utteranceIds: ['t3'], claim: 'follow_up' },
        closing,
        'plan',
      ).verdict,
    ).toBe('right');
    expect(
      judgeStatement(
        { text: 'Follow-up: “so the pain and the maybe from the surgeon”.', utteranceIds: ['t3'], claim: 'follow_up' },
        closing,
        'plan',
      ),
    ).toMatchObject({ verdict: 'wrong', reason: 'no cited turn is labelled as follow_up' });
  });

  it('judges a recap of what the client said, agreed with “yeah that’s it”, filed as a plan wrong, and a summed-up plan right', () => {
    const turns = new Map<string, CorpusTurn>([
      [
        't1',
        {
          speaker: 'clinician',
          text: 'so to sum up, the arguments are about money and the house savings',
          role: 'summary',
        },
      ],
      ['t2', { speaker: 'client', text: "yeah that's it", role: 'backchannel' }],
      [
        't3',
        { speaker: 'clinician', text: 'so patch and gum from the doctor, quit date March first', role: 'summary' },
      ],
      ['t4', { speaker: 'client', text: 'okay. thank you', role: 'other' }],
    ]);
    expect(
      judgeStatement(
        {
          text: 'Agreed in session: clinician proposed “so to sum up, the arguments are about money”; client agreed, “yeah that’s it”.',
          utteranceIds: ['t1', 't2'],
          claim: 'plan',
        },
        turns,
        'plan',
      ),
    ).toMatchObject({ verdict: 'wrong', reason: 'a summary of what the client said is cited as a plan' });
    expect(
      judgeStatement(
        {
          text: 'Agreed in session: clinician proposed “so patch and gum from the doctor, quit date March first”; client agreed, “okay. thank you”.',
          utteranceIds: ['t3', 't4'],
          claim: 'plan',
        },
        turns,
        'plan',
      ).verdict,
    ).toBe('right');
  });

  it('judges a relative’s words filed as the client’s goal wrong', () => {
    expect(
      judgeStatement(
        { text: 'Client’s goal, as they put it: “I’ll put it in her calendar”.', utteranceIds: ['t1'], claim: 'goal' },
        closing,
        'subjective',
      ),
    ).toMatchObject({ verdict: 'wrong', reason: 'quotes words the cited speaker did not say' });
  });

  it('counts the follow-up as omitted when the note leaves it out, and risk said in a no-risk session', () => {
    const score = scoreNote(smoking!, noteOf([{ text: 'Client is at risk of suicide.', utteranceIds: ['t2'] }]));
    expect(score.omissions).toMatchObject({ goal: true, plan: true, followUp: true });
    expect(score.riskContentInNoRiskSession).toBe(1);
    expect(score.statements[0]?.verdict).toBe('wrong');
  });
});

describe('npm run eval:notes', () => {
  it('prints the measures per batch and overall, and says how flags were decided', () => {
    const lines: string[] = [];
    const totals = evaluateNotes({ dir: FIXTURES, kind: 'blind' }, (l) => lines.push(l));
    const out = lines.join('\n');
    expect(out).toMatch(/Flags count as confirmed where the turn’s label has risk/);
    expect(out).toMatch(/^f01: 2 sessions/m);
    expect(out).toMatch(/^overall: 2 sessions/m);
    expect(out).toMatch(/wrong statements/);
    expect(out).toMatch(/omissions \(% of sessions\)/);
    expect(out).toMatch(/risk content, no-risk notes/);
    expect(out).toMatch(/Assessment empty/);
    expect(out).toMatch(/clinician safety\s+macro-F1 \d\.\d{3}/);
    expect(totals.sessions).toBe(2);
    expect(totals.riskContent).toBe(0);
    expect(totals.assessmentEmpty).toBe(0);
  });

  it('says a development run is one the writer is tuned on and which model read the roles, and reads only the batches asked for', () => {
    const lines: string[] = [];
    evaluateNotes(
      {
        dir: FIXTURES,
        batches: ['f01'],
        kind: 'development (the note writer is tuned on them)',
        roles: 'a model that never read f01',
      },
      (l) => lines.push(l),
    );
    expect(lines[0]).toMatch(/^Notes of development \(the note writer is tuned on them\)/);
    expect(lines[1]).toBe('Turn roles: a model that never read f01.');
    expect(() => evaluateNotes({ dir: FIXTURES, batches: ['f02'], kind: 'blind' }, () => {})).toThrow(
      /no sessions with reference notes in batch\(es\) f02/,
    );
  });
});

describe('the role model of a development run', () => {
  it('never reads the scored batches, and is trained once for the same data', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roles-held-out-'));
    try {
      cpSync(path.join(FIXTURES, 'f01'), path.join(dir, 'f01'), { recursive: true });
      cpSync(path.join(FIXTURES, 'f01'), path.join(dir, 'g01'), { recursive: true });
      const first = heldOutRoleModel(dir, ['f01']);
      expect(first.trainedOn).toEqual(['g01']);
      const again = heldOutRoleModel(dir, ['f01']);
      expect(again.cached).toBe(true);
      expect(Buffer.from(again.weights).equals(Buffer.from(first.weights))).toBe(true);
      expect(() => heldOutRoleModel(dir, ['f01', 'g01'])).toThrow(/no batch is left/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
