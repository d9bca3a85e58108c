import { afterEach, describe, expect, test } from 'vitest';
import { ContinuityView, EarlierNoteText } from '../../server/contracts/continuity.ts';
import type { Harness } from '../writeback/harness.ts';
import { appFor, call, launchScope, openChart } from './helpers.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function open(...args: Parameters<typeof openChart>) {
  harness = await openChart(...args);
  return { h: harness, app: appFor(harness) };
}

describe('GET /continuity: what the next session starts from', () => {
  test('shows the earlier notes newest first, with clinician, format and AI marker, and the latest homework', async () => {
    const { h, app } = await open('full');
    const reply = await call(app, h.session, 'GET', '/continuity');
    expect(reply.status).toBe(200);
    const view = ContinuityView.parse(reply.body);
    expect(view.notes.map((n) => n.noteId)).toEqual(['n02', 'n01']);
    expect(Date.parse(view.notes[0]?.date ?? '')).toBeGreaterThan(Date.parse(view.notes[1]?.date ?? ''));
    expect(view.notes[0]).toMatchObject({ aiAssisted: true, format: 'SOAP', docStatus: 'final' });
    expect(view.notes[1]).toMatchObject({ aiAssisted: false, format: 'SOAP' });
    expect(view.notes[0]?.clinician.display).toMatch(/Lindqvist/);

    // The active homework plan's activities, as the chart holds them; the completed plan is done with.
    expect(view.homework.map((a) => [a.carePlanId, a.activityIndex, a.status])).toEqual([
      ['cp01', 0, 'in-progress'],
      ['cp01', 1, 'not-started'],
    ]);
    expect(view.homework[0]).toMatchObject({
      source: 'ehr',
      description: 'Two pleasant activities each week (choir, a walk outside)',
      outcomeGoesTo: 'ehr',
    });
    // Risk of each earlier session, oldest first, from the confirmed findings of each.
    expect(view.riskTrend.map((p) => [p.noteId, p.level])).toEqual([
      ['n01', 'none'],
      ['n02', 'none'],
    ]);
    expect(view.lastSession).toMatchObject({ confirmedRisk: false });
    expect(view.safetyPlan).toBeNull();
    expect(view.carriedOver.themes.map((t) => t.text)).toEqual([
      'Behavioural activation',
      'Early waking',
      'Low mood',
      'Sleep',
    ]);
    expect(view.carriedOver.goals[0]?.text).toBe('Sleep through to 6 am most nights');
    expect(view.unavailable).toEqual([]);
  });

  test('a client whose last session had a confirmed risk: the safety plan on file is due for review', async () => {
    const { h, app } = await open('full', { patient: 'p14' });
    const view = ContinuityView.parse((await call(app, h.session, 'GET', '/continuity')).body);
    expect(view.riskTrend.map((p) => p.level)).toEqual(['none', 'moderate']);
    expect(view.lastSession).toMatchObject({ confirmedRisk: true });
    expect(view.safetyPlan).toMatchObject({ carePlanId: 'cp04', reviewDue: true });
    expect(view.safetyPlan?.steps[1]).toEqual({
      label: 'Internal coping strategies',
      items: ['the grounding card (5-4-3-2-1)', 'slow breathing'],
    });
    // The safety plan is not homework.
    expect(view.homework).toEqual([]);
  });

  test('opens one earlier note in full, and not another patient’s', async () => {
    const { h, app } = await open('full');
    const reply = await call(app, h.session, 'GET', '/continuity/notes/n01');
    expect(reply.status).toBe(200);
    const note = EarlierNoteText.parse(reply.body);
    expect(note.text).toContain('low mood most days');
    expect(note.format).toBe('SOAP');
    const other = await call(app, h.session, 'GET', '/continuity/notes/n03');
    expect(other).toMatchObject({ status: 404, body: { error: { code: 'note_not_found' } } });
    const bad = await call(app, h.session, 'GET', '/continuity/notes/..%2Fetc');
    expect(bad.status).toBe(400);
  });

  test('without the patient’s consent the chart is not read for the panel (403)', async () => {
    const { h, app } = await open('full', { patient: 'p02', consent: 'none' });
    const reply = await call(app, h.session, 'GET', '/continuity');
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'consent_required' } } });
    const note = await call(app, h.session, 'GET', '/continuity/notes/n03');
    expect(note.status).toBe(403);
    expect(h.ehrRequests.some((r) => /DocumentReference|CarePlan/.test(r.path))).toBe(false);
  });

  test('an EHR that refuses one kind of read: the rest is shown and the refusal is said per resource type', async () => {
    const withoutCarePlans = launchScope('sandbox').replace('patient/CarePlan.crus ', '');
    const { h, app } = await open('full', { scope: withoutCarePlans });
    const view = ContinuityView.parse((await call(app, h.session, 'GET', '/continuity')).body);
    expect(view.notes.map((n) => n.noteId)).toEqual(['n02', 'n01']);
    expect(view.homework).toEqual([]);
    expect(view.unavailable).toEqual([
      expect.objectContaining({ part: 'homework', resourceType: 'CarePlan', source: 'ehr', reason: 'not_permitted' }),
    ]);
    expect(view.unavailable[0]?.message).toMatch(/did not let the app read care plans/);
  });

  test('epic mode: notes and care plans from the EHR; what it will not give or take is said plainly', async () => {
    const { h, app } = await open('epic');
    const view = ContinuityView.parse((await call(app, h.session, 'GET', '/continuity')).body);
    expect(view.notes.map((n) => n.noteId)).toEqual(['n02', 'n01']);
    expect(view.homework.map((a) => a.outcomeGoesTo)).toEqual(['companion', 'companion']);
    const said = view.unavailable.map((u) => [u.part, u.resourceType, u.reason]);
    expect(said).toContainEqual(['risk', 'ClinicalImpression', 'not_permitted']);
    expect(said).toContainEqual(['homework_outcomes', 'CarePlan', 'not_supported']);
    expect(view.unavailable.find((u) => u.part === 'homework_outcomes')?.message).toMatch(
      /does not let the app update care plans/,
    );
  });
});
