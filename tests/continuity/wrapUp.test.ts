/**
 * The wrap-up takes the homework review recorded with the client, so the drafted note says how it
 * went, and hands back what this session carries to the next (themes and goals) for the approval.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CarryOver } from '../../fhir/approval.ts';
import type { NoteDraft } from '../../server/contracts/assist.ts';
import { createHarness, type Harness } from '../server/helpers/harness.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const REVIEW = [
  {
    carePlanId: 'cp01',
    source: 'ehr',
    activityIndex: 1,
    description: 'Sleep diary every morning',
    outcome: 'partly',
    progress: 'three mornings out of seven',
  },
];

async function session() {
  h = await createHarness({ consent: { 'pat-1': 'granted' } });
  const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
  const created = await h.createSession(token);
  const sid = String(created.body.sessionId);
  const say = (id: string, speaker: string, text: string) =>
    h.call(`/api/sessions/${sid}/utterances`, { method: 'POST', token, json: { id, speaker, text } });
  const lines: [string, string][] = [
    ['clinician', 'so what brings you in today'],
    ['client', "it's the smoking, I'm on thirty a day and I'm getting sick of it"],
    ['clinician', 'what would you like to be different by the summer'],
    ['client', 'I want to be off them completely by the summer'],
    ['clinician', 'so shall we set a quit date and start the patches that morning'],
    ['client', "okay I'll stop on Monday and I'll pick up the patches on Saturday"],
  ];
  for (const [i, [speaker, text]] of lines.entries()) await say(`u${i + 1}`, speaker, text);
  return { sid, token };
}

describe('wrap-up with a homework review', () => {
  it('drafts the note with the review in the Behavior section and answers what carries over', async () => {
    const { sid, token } = await session();
    const response = await h.call(`/api/sessions/${sid}/wrap-up`, {
      method: 'POST',
      token,
      json: { format: 'BIRP', homeworkReview: REVIEW },
    });
    expect(response.status).toBe(200);
    const reply = (await response.json()) as { note: NoteDraft; carryOver: unknown };
    const behavior = reply.note.sections.find((s) => s.key === 'behavior');
    expect(behavior?.statements[0]?.text).toBe(
      'Homework from last session, reviewed with the client — Sleep diary every morning: partly done (three mornings out of seven).',
    );
    const carryOver = CarryOver.parse(reply.carryOver);
    expect(carryOver.goals.join(' ')).toContain('I want to be off them completely by the summer');
    expect(carryOver.themes.length).toBeGreaterThan(0);
  });

  it('refuses a review that is not one, naming the field', async () => {
    const { sid, token } = await session();
    const response = await h.call(`/api/sessions/${sid}/wrap-up`, {
      method: 'POST',
      token,
      json: { format: 'SOAP', homeworkReview: [{ ...REVIEW[0], outcome: 'mostly' }] },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('homeworkReview');
  });
});
