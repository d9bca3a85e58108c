import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot, useStackAndBrowser } from './harness.ts';

const env = useStackAndBrowser();

async function heading(page: Page): Promise<string> {
  const h1 = page.locator('h1').first();
  await h1.waitFor({ timeout: 15_000 });
  return (await h1.textContent())?.trim() ?? '';
}

describe('SMART launch', { timeout: 60_000 }, () => {
  it('opens in the chart sidebar through an EHR launch and shows the patient read from the EHR', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.stack.sandbox.origin}/`);
    const link = page.locator('a[href^="/patients/"]').first();
    const listed = (await link.textContent())?.trim() ?? '';
    await link.click();

    const app = page.frameLocator('iframe[title="Session Copilot"]');
    const name = app.getByTestId('app-patient-name');
    await name.waitFor({ timeout: 20_000 });
    expect(await name.textContent()).toBe(listed);
    // The server accepted the EHR's token for this patient: the app moved on to consent or the session.
    await app
      .getByRole('button', { name: 'Record consent' })
      .or(app.getByRole('textbox', { name: 'Utterance' }))
      .waitFor({ timeout: 20_000 });
    await shot(page, 'launch-sidebar');
    await page.close();
  });

  it('opens on a phone-width schedule and chart with the app across the screen and nothing pushed off the right edge', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 720 } });
    await page.goto(`${env.stack.sandbox.origin}/`);
    // The schedule's wide table scrolls inside the page rather than widening it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('a[href^="/patients/"]').first().click();
    const frame = page.locator('iframe[title="Session Copilot"]');
    await page
      .frameLocator('iframe[title="Session Copilot"]')
      .getByTestId('app-patient-name')
      .waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = (await frame.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y).toBeLessThan(720);
    await shot(page, 'launch-sidebar-360');
    await page.close();
  });

  it('signs in with a standalone launch after the clinician picks the patient', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.stack.appOrigin}/launch?iss=${encodeURIComponent(env.stack.sandbox.fhirBase)}`);
    const patient = page.locator('select#patient');
    await patient.waitFor();
    const option = patient.locator('option:not([value=""])').first();
    const label = (await option.textContent()) ?? '';
    await patient.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByRole('button', { name: 'Approve' }).click();
    const name = page.getByTestId('app-patient-name');
    await name.waitFor({ timeout: 20_000 });
    expect(label.startsWith((await name.textContent()) ?? '-')).toBe(true);
    // A standalone launch is outside the EHR's chart, so the app shows the full patient banner.
    await page.getByTestId('patient-banner').waitFor();
    await shot(page, 'launch-standalone');
    await page.close();
  });

  it('refuses an EHR it has no registration for with a page that says so', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 720 } });
    await page.goto(
      `${env.stack.appOrigin}/launch?iss=${encodeURIComponent('https://unknown.example.org/fhir/R4')}&launch=abc`,
    );
    expect(await heading(page)).toBe('This EHR is not registered with Session Copilot');
    expect(await page.locator('main').textContent()).toContain('https://unknown.example.org/fhir/R4');
    await shot(page, 'launch-unknown-iss');
    await page.close();
  });

  it('explains a denied authorization instead of showing a blank page', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 720 } });
    await page.goto(`${env.stack.appOrigin}/launch?iss=${encodeURIComponent(env.stack.sandbox.fhirBase)}`);
    await page.getByRole('button', { name: 'Deny' }).click();
    expect(await heading(page)).toBe('Access was not granted');
    expect(page.url()).toContain(`${env.stack.appOrigin}/app`);
    await shot(page, 'launch-denied');
    await page.close();
  });

  it('explains a launch the EHR no longer knows', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 720 } });
    await page.goto(
      `${env.stack.appOrigin}/launch?iss=${encodeURIComponent(env.stack.sandbox.fhirBase)}&launch=launch-that-does-not-exist`,
    );
    expect(await heading(page)).toBe('This launch is no longer valid');
    await page.close();
  });

  it('sends someone who opens the app page directly back to the EHR', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 720 } });
    await page.goto(`${env.stack.appOrigin}/app`);
    expect(await heading(page)).toBe('Open Session Copilot from the EHR');
    await page.close();
  });
});
