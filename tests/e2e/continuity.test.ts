import type { CarePlan, DocumentReference, Encounter } from '@medplum/fhirtypes';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { fhirSearch } from '../../scripts/stack.ts';
import { axeProblems, launchFromChart, patientsWithoutConsent, shot, useStackAndBrowser } from './harness.ts';

const env = useStackAndBrowser();
let patientId: string;

beforeAll(async () => {
  const [first] = await patientsWithoutConsent(env.stack.sandbox);
  if (!first) throw new Error('the sandbox has no patient without consent');
  patientId = first;
});

const WALK = { title: 'Evening walk', instructions: 'Walk for twenty minutes after dinner, three evenings this week.' };
const DIARY = {
  title: 'Sleep diary',
  instructions: 'Write down when you went to bed and when you woke, each morning.',
};

/**
 * The client's next visit: a new encounter later today (the chart opens the app on the patient's
 * latest visit of the day), as the front desk would book it.
 */
async function bookNextVisit(sandbox: Sandbox, patient: string): Promise<string> {
  const [current] = (await fhirSearch<Encounter>(sandbox, `Encounter?subject=Patient/${patient}&_count=200`)).sort(
    (a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? ''),
  );
  if (!current) throw new Error(`Patient/${patient} has no encounter to follow`);
  const start = new Date(Math.max(Date.now(), Date.parse(current.period?.start ?? '')) + 60_000);
  const { id: _id, meta: _meta, ...rest } = current;
  const token = await sandbox.issueToken({ scope: 'user/Encounter.cruds' });
  const response = await fetch(`${sandbox.fhirBase}/Encounter`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
    body: JSON.stringify({
      ...rest,
      status: 'planned',
      period: { start: start.toISOString(), end: new Date(start.getTime() + 50 * 60_000).toISOString() },
    }),
  });
  if (!response.ok) throw new Error(`booking the next visit answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as Encounter).id as string;
}

async function say(page: Page, speaker: 'Client' | 'Clinician', text: string) {
  const option = page.getByRole('radio', { name: speaker, exact: true });
  if (!(await option.isChecked())) await page.locator(`label[for="${await option.getAttribute('id')}"]`).click();
  const box = page.getByRole('textbox', { name: 'Utterance' });
  await box.fill(text);
  await box.press('Enter');
  await page.getByTestId('utterance').filter({ hasText: text }).first().waitFor();
}

/** Wrap-up through to the note written in the chart; answers the references the write lists, by type. */
async function signNote(page: Page, homework?: (typeof WALK)[]): Promise<Record<string, string>> {
  await page.getByRole('button', { name: 'End session' }).click();
  const approve = page.getByRole('button', { name: 'Approve and sign' });
  await approve.waitFor({ timeout: 30_000 });
  if (homework) {
    const section = page.getByRole('region', { name: 'Homework' });
    // The homework is the clinician's own: whatever was drafted goes, the two agreed tasks stay.
    while ((await section.getByRole('button', { name: /^Remove/ }).count()) > 0) {
      await section
        .getByRole('button', { name: /^Remove/ })
        .first()
        .click();
    }
    for (const item of homework) {
      await section.getByRole('button', { name: 'Add homework' }).click();
      const card = section.getByTestId('homework-item').last();
      await card.getByRole('textbox', { name: 'Title' }).fill(item.title);
      await card.getByRole('textbox', { name: 'Instructions for the client' }).fill(item.instructions);
    }
  }
  const acceptAll = page.getByRole('button', { name: 'Accept all' });
  if (await acceptAll.isVisible()) await acceptAll.click();
  await approve.click();
  const result = page.locator('[data-testid="write-result"][data-state="written"]');
  await result.waitFor({ timeout: 30_000 });
  const references = await result.getByRole('link').allTextContents();
  return Object.fromEntries(references.map((r) => [r.split('/')[0], r.split('/')[1]]));
}

function noteText(note: DocumentReference): string {
  const data = note.content?.[0]?.attachment?.data;
  return data ? Buffer.from(data, 'base64').toString('utf8') : '';
}

describe('continuity of care across two sessions', { timeout: 180_000 }, () => {
  it('starts the second session from the first: its note and homework; outcomes recorded with the client reach the care plan and the new note', async () => {
    const sandbox = env.stack.sandbox;

    // Session 1: consent, a short session, two homework tasks agreed and signed.
    const first = await launchFromChart(env.browser, sandbox, patientId, 1280);
    await first.getByRole('button', { name: 'Record consent' }).click({ timeout: 30_000 });
    await first.getByRole('textbox', { name: 'Utterance' }).waitFor();
    await say(first, 'Clinician', 'How have evenings been this week?');
    await say(first, 'Client', 'I sit on the sofa after dinner and then I cannot sleep until two.');
    await say(first, 'Clinician', 'Shall we try a short walk after dinner and keep a sleep diary?');
    await say(first, 'Client', 'Yes, I can do that.');
    const firstWrite = await signNote(first, [WALK, DIARY]);
    const firstNoteId = firstWrite.DocumentReference;
    const carePlanId = firstWrite.CarePlan;
    expect(firstNoteId).toBeTruthy();
    expect(carePlanId).toBeTruthy();
    await first.context().close();

    // Session 2, a later visit: the screen after launch starts from the first session.
    await bookNextVisit(sandbox, patientId);
    const page = await launchFromChart(env.browser, sandbox, patientId, 1280);
    // What the browser itself asks of the EHR's FHIR server (the launch, fhirclient, Medplum's components).
    const fhirRequests: string[] = [];
    /** Those answered 200: the app's CSP let them through and the EHR took the launch's token. */
    const fhirAnswered: string[] = [];
    const line = (request: Request) =>
      `${request.method()} ${request.url().slice(sandbox.fhirBase.length)} ${request.headers().accept ?? ''}`;
    page.on('request', (request) => {
      if (request.url().startsWith(`${sandbox.fhirBase}/`)) fhirRequests.push(line(request));
    });
    page.on('requestfinished', async (request) => {
      if (request.url().startsWith(`${sandbox.fhirBase}/`) && (await request.response())?.status() === 200)
        fhirAnswered.push(line(request));
    });
    const before = page.getByTestId('before-session');
    await before.waitFor({ timeout: 30_000 });
    const notes = before.getByTestId('earlier-note');
    await notes.first().waitFor({ timeout: 20_000 });
    expect(await notes.first().getAttribute('data-note')).toBe(firstNoteId);
    await notes.first().getByRole('button', { name: 'Read the note' }).click();
    expect(await notes.first().getByTestId('earlier-note-text').textContent()).toMatch(/sofa|walk|sleep/i);

    // The first session is on the risk trend (nothing confirmed in it).
    expect(await before.getByTestId('risk-trend').locator('li[data-level="none"]').count()).toBeGreaterThanOrEqual(1);
    const walk = before.getByTestId('homework-review').filter({ hasText: /walk/i });
    const diary = before.getByTestId('homework-review').filter({ hasText: /sleep diary|went to bed/i });
    await walk.getByRole('radio', { name: 'Done', exact: true }).check();
    await walk.getByRole('textbox', { name: /How it went/ }).fill('three evenings, with her sister');
    await diary.getByRole('radio', { name: 'Not done', exact: true }).check();
    // The notes' clinician is read by Medplum's client (it asks for FHIR JSON; fhirclient for JSON).
    await before
      .getByTestId('earlier-note')
      .first()
      .getByText(/Lindqvist/)
      .first()
      .waitFor();
    expect(fhirAnswered.some((r) => r.startsWith('GET /Practitioner/lindqvist application/fhir+json'))).toBe(true);

    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await shot(page, 'continuity-1-before-session');
      expect(await axeProblems(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // "Start the session": the view becomes a panel beside the session, and the entry box has the focus.
    await before.getByRole('button', { name: 'Start the session' }).click();
    await before.waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Utterance' }).evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    const panel = page.getByTestId('continuity-panel');
    const toggle = panel.getByRole('button', { name: /From earlier sessions/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    // The outcomes recorded before the session are still there.
    const walkInPanel = panel.getByTestId('homework-review').filter({ hasText: /walk/i });
    expect(await walkInPanel.getByRole('radio', { name: 'Done', exact: true }).isChecked()).toBe(true);
    await say(page, 'Clinician', 'You walked three evenings, well done. What got in the way of the diary?');
    await say(page, 'Client', 'I kept forgetting in the mornings.');
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await shot(page, 'continuity-2-panel');
      expect(await axeProblems(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    const secondWrite = await signNote(page);
    // The browser only ever read the chart: every write went through the server.
    expect(fhirRequests.filter((r) => !/^(GET|OPTIONS) /.test(r))).toEqual([]);
    expect(await page.getByTestId('homework-outcomes').textContent()).toContain('recorded in their care plans');
    await shot(page, 'continuity-3-signed');
    const secondNoteId = secondWrite.DocumentReference;

    // The chart: the care plan carries the outcomes, and the new note says how the homework went.
    const [plan] = await fhirSearch<CarePlan>(sandbox, `CarePlan?_id=${carePlanId}`);
    const activities = plan?.activity ?? [];
    const walkActivity = activities.find((a) => /walk/i.test(a.detail?.description ?? ''));
    const diaryActivity = activities.find((a) => /sleep diary|went to bed/i.test(a.detail?.description ?? ''));
    expect(walkActivity?.detail?.status).toBe('completed');
    expect(walkActivity?.progress?.map((p) => p.text).join(' ')).toContain('three evenings');
    expect(diaryActivity?.detail?.status).toBe('not-started');
    const [note] = await fhirSearch<DocumentReference>(sandbox, `DocumentReference?_id=${secondNoteId}`);
    const text = noteText(note as DocumentReference);
    expect(text).toMatch(/walk/i);
    expect(text).toMatch(/sleep diary|went to bed/i);
    expect(text).toMatch(/not done|did not|was not/i);
    await page.context().close();
  });
});
