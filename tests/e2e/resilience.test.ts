import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { patientsWithConsent } from '../../scripts/stack.ts';
import { launchFromChart, patientsWithoutConsent, shot, useStackAndBrowser } from './harness.ts';

const env = useStackAndBrowser();

async function say(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Utterance' });
  await box.fill(text);
  await box.press('Enter');
}

const analysed = (page: Page) => page.locator('[data-testid="utterance"]:not(:has([aria-label="Analysing"]))');

describe('never losing work', { timeout: 90_000 }, () => {
  it('offers to resume after a reload, and replays the transcript to a restarted server', async () => {
    const [patientId] = await patientsWithConsent(env.stack.sandbox);
    if (!patientId) throw new Error('the sandbox has no patient with consent on file');
    const page = await launchFromChart(env.browser, env.stack.sandbox, patientId, 1280);
    await page.getByRole('textbox', { name: 'Utterance' }).waitFor({ timeout: 20_000 });
    await say(page, 'The panic attacks started again on the train.');
    await say(page, 'I could not breathe and I thought I was going to die.');
    await page.getByRole('status', { name: 'Connected' }).waitFor({ timeout: 20_000 });
    await analysed(page).nth(1).waitFor();

    // A reload (or a crashed tab) keeps the transcript in the browser and offers to resume it.
    await page.reload();
    await page.getByRole('button', { name: 'Resume session' }).click({ timeout: 20_000 });
    expect(await page.getByTestId('utterance').count()).toBe(2);

    // The server restarts and forgets every live session. The app notices on its event stream,
    // re-creates the session and replays the transcript without anyone typing a thing.
    await env.stack.restartApp();
    const replayed = () => [...env.stack.app.handle.sessions.all()].map((live) => live.context.utterances.length);
    await vi.waitFor(() => expect(replayed()).toEqual([2]), { timeout: 20_000, interval: 200 });
    await page.getByRole('status', { name: 'Connected' }).waitFor({ timeout: 20_000 });
    await say(page, 'Breathing slowly helped a little.');
    await vi.waitFor(() => expect(replayed()).toEqual([3]), { timeout: 10_000, interval: 100 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="utterance"] [aria-label="Analysing"]').length === 0,
    );
    expect(await page.getByText('not sent yet').count()).toBe(0);
    await shot(page, 'resilience-after-restart');
    await page.context().close();
  });

  it('turns every AI feature off at once when the client revokes consent', async () => {
    const [patientId] = await patientsWithoutConsent(env.stack.sandbox);
    if (!patientId) throw new Error('the sandbox has no patient without consent');
    const page = await launchFromChart(env.browser, env.stack.sandbox, patientId, 360);
    await page.getByRole('button', { name: 'Record consent' }).click({ timeout: 20_000 });
    await say(page, 'I am not sure I want this recorded.');
    await page.getByRole('button', { name: 'Revoke consent' }).click();
    await page.getByTestId('ai-off').waitFor();
    expect(await page.getByTestId('ai-off').textContent()).toContain('revoked');
    expect(await page.getByRole('textbox', { name: 'Utterance' }).count()).toBe(0);
    // The words said before the revocation do not stay in this browser either.
    await page.reload();
    await page
      .getByTestId('ai-off')
      .or(page.getByRole('button', { name: 'Record consent' }))
      .waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Resume session' }).count()).toBe(0);
    await shot(page, 'consent-revoked');
    await page.context().close();
  });
});
