/**
 * The clinician decides on every flag: the alert is immediate, but only a confirmed flag reaches
 * the note's risk section; "Not a risk" keeps its reason code in the audit log, never the words.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteDraft } from '../../server/contracts/assist.ts';
import type { FlagReview } from '../../server/contracts/flagReview.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { rulesReading } from '../providers/support.ts';
import { createHarness, type Harness } from './helpers/harness.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const DISCLOSURE = 'I have been thinking about killing myself, I stockpiled my pills last week.';

async function sessionWithFlag() {
  // The decisions are what is tested here, not the learned model: flags come from the rules alone.
  h = await createHarness({
    consent: { 'pat-1': 'granted' },
    deps: { createAnalyzer: () => createSessionAnalyzer({ model: rulesReading }) },
  });
  const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
  const created = await h.createSession(token);
  const sid = String(created.body.sessionId);
  const say = (id: string, speaker: string, text: string) =>
    h.call(`/api/sessions/${sid}/utterances`, { method: 'POST', token, json: { id, speaker, text } });
  await say('u1', 'clinician', 'How has the week been?');
  await say('u2', 'client', 'Honestly not good, I have been sleeping badly and work has been a lot.');
  await say('u3', 'client', DISCLOSURE);
  await say('u4', 'client', 'My daughter is what keeps me going.');
  const decide = (utteranceId: string, json: unknown) =>
    h.call(`/api/sessions/${sid}/flags/${utteranceId}`, { method: 'POST', token, json });
  const wrapUp = async () => {
    const response = await h.call(`/api/sessions/${sid}/wrap-up`, { method: 'POST', token, json: { format: 'SOAP' } });
    expect(response.status).toBe(200);
    return (await response.json()) as {
      note: NoteDraft;
      flagReview: FlagReview;
      risk: { flags: { utteranceId: string }[] };
    };
  };
  return { sid, token, decide, wrapUp };
}

const riskText = (note: NoteDraft) => note.riskAssessment.statements.map((s) => s.text).join(' ');

describe('flag review', () => {
  it('keeps an undecided flag out of the note and lists it for a decision', async () => {
    const { wrapUp } = await sessionWithFlag();
    const reply = await wrapUp();
    expect(reply.risk.flags.map((f) => f.utteranceId)).toContain('u3');
    expect(reply.flagReview.undecided).toContain('u3');
    expect(reply.note.riskAssessment.level).toBe('none');
    expect(riskText(reply.note)).not.toMatch(/stockpil|killing myself/i);
  });

  it('documents a flag once the clinician confirms it', async () => {
    const { decide, wrapUp } = await sessionWithFlag();
    const decided = await decide('u3', { decision: 'confirmed' });
    expect(decided.status).toBe(200);
    expect(((await decided.json()) as FlagReview).undecided).not.toContain('u3');
    const reply = await wrapUp();
    expect(reply.note.riskAssessment.level).not.toBe('none');
    expect(reply.note.riskAssessment.flags.map((f) => f.utteranceId)).toContain('u3');
  });

  it('leaves a flag judged not a risk out of the note, and audits only the reason code', async () => {
    const { sid, decide, wrapUp } = await sessionWithFlag();
    expect((await decide('u3', { decision: 'not_a_risk', reason: 'figure_of_speech' })).status).toBe(200);
    const reply = await wrapUp();
    expect(reply.flagReview.undecided).toEqual([]);
    expect(reply.note.riskAssessment.level).toBe('none');
    expect(riskText(reply.note)).not.toMatch(/stockpil|killing myself/i);

    await h.audit.flush();
    const entries = readFileSync(h.audit.file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; sessionId?: string; detail?: unknown })
      .filter((e) => e.action === 'risk.flag_decision' && e.sessionId === sid);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.detail).toMatchObject({ utteranceId: 'u3', decision: 'not_a_risk', reason: 'figure_of_speech' });
    expect(JSON.stringify(entries)).not.toMatch(/stockpil|killing|pills/i);
    expect(h.handle.flagDecisions['not_a_risk:figure_of_speech']).toBe(1);
  });

  it('refuses "Not a risk" without a reason, and a decision on an utterance with no flag', async () => {
    const { decide } = await sessionWithFlag();
    const noReason = await decide('u3', { decision: 'not_a_risk' });
    expect(noReason.status).toBe(400);
    const noFlag = await decide('u2', { decision: 'confirmed' });
    expect(noFlag.status).toBe(404);
    expect(((await noFlag.json()) as { error: { code: string } }).error.code).toBe('flag_not_found');
  });

  it('rewrites only the risk section after a decision at wrap-up', async () => {
    const { sid, token, decide } = await sessionWithFlag();
    await decide('u3', { decision: 'confirmed' });
    const response = await h.call(`/api/sessions/${sid}/wrap-up/risk`, { method: 'POST', token });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { riskAssessment: NoteDraft['riskAssessment']; flagReview: FlagReview };
    expect(body.riskAssessment.flags.map((f) => f.utteranceId)).toEqual(['u3']);
    expect(body.flagReview.undecided).toEqual([]);
  });
});
