import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchFromChart, patientsWithoutConsent, shot, useStackAndBrowser } from './harness.ts';
import { bannerProblems } from './layout.ts';

const env = useStackAndBrowser();
let patients: string[];

beforeAll(async () => {
  patients = await patientsWithoutConsent(env.stack.sandbox);
});

const RISK_TALK = [
  'How has the week been since we last met?',
  'Honestly awful. I barely sleep and everything at work goes wrong.',
  'Some nights I think about killing myself. I have been saving up my pills.',
];

/** Records consent and types the session up to a high-risk statement. */
async function raiseRisk(scope: Page | Frame) {
  await scope.getByRole('button', { name: 'Record consent' }).click({ timeout: 20_000 });
  const box = scope.getByRole('textbox', { name: 'Utterance' });
  for (const text of RISK_TALK) {
    await box.fill(text);
    await box.press('Enter');
  }
  await scope.getByTestId('safety-banner').waitFor({ timeout: 10_000 });
  await scope
    .locator('[data-testid="utterance"]:not(:has([aria-label="Analysing"]))')
    .nth(RISK_TALK.length - 1)
    .waitFor();
}

async function acknowledge(scope: Page | Frame) {
  const banner = scope.getByTestId('safety-banner');
  await banner.getByRole('checkbox').check();
  await banner.getByRole('button', { name: 'Acknowledge' }).click();
  await banner.getByText('Acknowledged at').waitFor();
}

describe('the risk banner in the EHR sidebar', { timeout: 90_000 }, () => {
  it('is never covered by the session controls in the chart sidebar, before or after acknowledgement', async () => {
    const patientId = patients[0];
    if (!patientId) throw new Error('the sandbox has no patient without consent');
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${env.stack.sandbox.origin}/patients/${encodeURIComponent(patientId)}`);
    const frameElement = await page.locator('iframe[title="Session Copilot"]').elementHandle();
    const app = await frameElement?.contentFrame();
    if (!app) throw new Error('the chart has no Session Copilot sidebar');
    await raiseRisk(app);
    expect(await app.evaluate(() => window.innerWidth)).toBeLessThan(400);
    expect(await bannerProblems(app)).toEqual([]);
    await shot(page, 'sidebar-risk');
    await acknowledge(app);
    expect(await bannerProblems(app)).toEqual([]);
    await app.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await shot(page, 'sidebar-acknowledged-scrolled');
    await page.close();
  });

  it('is never covered by the session controls at 320 px wide', async () => {
    const patientId = patients[1];
    if (!patientId) throw new Error('the sandbox has fewer than two patients without consent');
    const page = await launchFromChart(env.browser, env.stack.sandbox, patientId, 320);
    await raiseRisk(page);
    expect(await bannerProblems(page)).toEqual([]);
    await shot(page, 'sidebar-risk');
    await page.context().close();
  });

  it('asks the screening questions, rather than stating a risk level, when only possible risk language is heard', async () => {
    const patientId = patients[2];
    if (!patientId) throw new Error('the sandbox has fewer than three patients without consent');
    const page = await launchFromChart(env.browser, env.stack.sandbox, patientId, 360);
    await page.getByRole('button', { name: 'Record consent' }).click({ timeout: 20_000 });
    const client = page.getByRole('radio', { name: 'Client' });
    if (!(await client.isChecked())) await page.locator(`label[for="${await client.getAttribute('id')}"]`).click();
    const box = page.getByRole('textbox', { name: 'Utterance' });
    await box.fill("I bought a gun last week. I don't hunt.");
    await box.press('Enter');
    const banner = page.getByTestId('safety-banner');
    await banner.waitFor({ timeout: 10_000 });
    await banner.getByText('Possible risk language', { exact: true }).first().waitFor();
    const text = (await banner.textContent()) ?? '';
    expect(text).not.toMatch(/low risk/i);
    expect(text).toContain('“gun”');
    expect(text).toContain('ask the screening questions');
    expect(
      await banner
        .getByRole('list', { name: /^Screening questions/ })
        .getByRole('listitem')
        .first()
        .textContent(),
    ).toMatch(/wished you were dead/);
    expect(await page.getByTestId('risk-flag').textContent()).toContain('possible risk');
    expect(await bannerProblems(page)).toEqual([]);
    await shot(page, 'sidebar-possible-risk');
    // The same acknowledgement rule as for any flag.
    expect(await banner.getByRole('button', { name: 'Acknowledge' }).isDisabled()).toBe(true);
    await acknowledge(page);
    await page.context().close();
  });
});
