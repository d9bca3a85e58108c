import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirSearch } from '../../scripts/stack.ts';
import { axeProblems, launchFromChart, patientsWithoutConsent, shot, useStackAndBrowser } from './harness.ts';
import { bannerProblems } from './layout.ts';

const env = useStackAndBrowser();
let patients: string[];

beforeAll(async () => {
  patients = await patientsWithoutConsent(env.stack.sandbox);
});

async function say(page: Page, speaker: 'Client' | 'Clinician', text: string) {
  const option = page.getByRole('radio', { name: speaker });
  if (!(await option.isChecked())) await page.locator(`label[for="${await option.getAttribute('id')}"]`).click();
  const box = page.getByRole('textbox', { name: 'Utterance' });
  await box.fill(text);
  await box.press('Enter');
  await page.getByTestId('utterance').filter({ hasText: text }).getByText(/./).first().waitFor();
}

async function textOf(page: Page, testId: string) {
  return (await page.getByTestId(testId).first().textContent()) ?? '';
}

// Both widths run side by side: each in its own browser context, each with its own patient.
describe.concurrent('a session from consent to the signed note in the chart', { timeout: 120_000 }, () => {
  it.each([360, 1280])(
    'at %i px: records consent, flags risk at once, uses a suggestion, and writes note, homework and consent to the chart',
    async (width) => {
      const patientId = patients[width === 360 ? 0 : 1];
      if (!patientId) throw new Error('the sandbox has fewer than two patients without consent');
      const page = await launchFromChart(env.browser, env.stack.sandbox, patientId, width);
      const step = (name: string) => shot(page, `journey-${name}`);

      // Consent gate.
      await page.getByRole('button', { name: 'Record consent' }).waitFor({ timeout: 20_000 });
      expect(await page.getByRole('button', { name: 'Client declines' }).isVisible()).toBe(true);
      await step('1-consent');
      expect(await axeProblems(page)).toEqual([]);
      await page.getByRole('button', { name: 'Record consent' }).click();

      // Typed utterances; the last one carries risk, and the banner appears with its words.
      await page.getByRole('textbox', { name: 'Utterance' }).waitFor();
      await say(page, 'Clinician', 'How has the week been since we last met?');
      await say(
        page,
        'Client',
        'Honestly awful. I barely sleep, I should be coping better and everything at work goes wrong, I always mess it up.',
      );
      // A thinking pattern is suggested only when more than one turn shows it.
      await say(
        page,
        'Client',
        'I should have finished that report days ago, I always leave everything to the last minute and my boss must think I am an idiot.',
      );
      await say(page, 'Client', 'Some nights I think about killing myself. I have been saving up my pills.');
      const banner = page.getByTestId('safety-banner');
      await banner.waitFor({ timeout: 10_000 });
      const bannerText = (await banner.textContent()) ?? '';
      expect(bannerText).toMatch(/risk/i);
      expect(bannerText).toMatch(/killing myself|pills/);
      expect(await page.getByTestId('utterance').count()).toBe(4);
      await step('2-risk');
      expect(await axeProblems(page)).toEqual([]);
      // However far the session scrolls, the session controls never cover the banner.
      expect(await bannerProblems(page)).toEqual([]);

      // The banner cannot be acknowledged without ticking the acknowledgement.
      const acknowledge = banner.getByRole('button', { name: 'Acknowledge' });
      expect(await acknowledge.isDisabled()).toBe(true);
      await banner.getByRole('checkbox').check();
      await acknowledge.click();
      expect(await banner.textContent()).toContain('Acknowledged at');

      // The alert came at once; what is documented is the clinician's decision, made here or at wrap-up.
      const flagRow = banner.locator('[data-testid="flag-decision"][data-decision="undecided"]');
      expect(await flagRow.count()).toBe(1);
      await flagRow.getByRole('button', { name: 'Confirm' }).click();
      // Decided, it leaves the banner's short form; the details show what will be documented.
      await flagRow.waitFor({ state: 'detached' });
      await banner.getByRole('button', { name: 'Show details' }).click();
      await banner.locator('[data-testid="flag-decision"][data-decision="confirmed"]').waitFor();
      await step('2b-flag-confirmed');
      await banner.getByRole('button', { name: 'Hide details' }).click();

      // Discreet mode by shortcut: risk wording and emotion names give way to neutral symbols.
      await page.keyboard.press('Alt+Shift+KeyD');
      await page.getByText('For review').waitFor();
      expect(await banner.textContent()).not.toMatch(/risk|suicid|crisis|killing/i);
      const markers = await page.locator('[data-testid="utterance"] .mantine-Badge-label').allTextContents();
      expect(markers.length).toBeGreaterThan(0);
      expect(markers.join(' ')).not.toMatch(/[a-z]{3,}/i);
      await step('3-discreet');
      await page.keyboard.press('Alt+Shift+KeyD');
      await page.getByText('For review').waitFor({ state: 'detached' });

      // Dark mode reads as well as light.
      await page.emulateMedia({ colorScheme: 'dark' });
      await step('3b-dark');
      expect(await axeProblems(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });

      // Suggestions: use one.
      await page.getByRole('button', { name: 'Suggest' }).click();
      const card = page.getByTestId('suggestion-card').first();
      await card.waitFor({ timeout: 10_000 });
      const title = ((await card.locator('p').first().textContent()) ?? '').trim();
      await step('4-suggestions');
      await card.getByRole('button', { name: 'Use' }).click();
      expect(await textOf(page, 'handled-suggestion')).toContain(title);
      // Dismissing asks why; the reason is kept as feedback without the suggestion's content.
      const next = page.getByTestId('suggestion-card').first();
      const nextTitle = ((await next.locator('p').first().textContent()) ?? '').trim();
      await next.getByRole('button', { name: 'Dismiss' }).click();
      await page.getByRole('menuitem', { name: 'Misread sarcasm' }).click();
      expect((await page.getByTestId('handled-suggestion').allTextContents()).join('\n')).toContain(
        `${nextTitle} — dismissed (misread sarcasm)`,
      );

      // The rolling summary has caught up with the session.
      await page.getByTestId('summary').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('summary').textContent(), 'each theme names its label once').not.toMatch(
        /\b([A-Z][\w -]*): \1:/,
      );

      // Safety plan, pre-filled from the session, completed with the client.
      await banner.getByRole('button', { name: 'Build safety plan' }).click();
      const reasons = page.getByRole('textbox', { name: /Reasons for living/ });
      await reasons.waitFor();
      expect(await page.getByRole('textbox', { name: /Warning signs/ }).inputValue()).toMatch(/killing myself|pills/);
      await reasons.fill('My sister and her kids');
      await step('5-safety-plan');
      await page.getByRole('button', { name: 'Save safety plan' }).click();

      // A second flag, left undecided until wrap-up.
      await say(page, 'Client', 'I cut my arm again last night.');
      await banner.locator('[data-testid="flag-decision"][data-decision="undecided"]').waitFor({ timeout: 10_000 });

      // Wrap-up: note and homework drafted, every AI part marked; signing waits for a decision on every flag.
      await page.getByRole('button', { name: 'End session' }).click();
      const approve = page.getByRole('button', { name: 'Approve and sign' });
      await approve.waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('ai-marker').count()).toBeGreaterThan(0);
      expect(await approve.isDisabled()).toBe(true);
      expect(
        await page.getByRole('status').filter({ hasText: 'Decide on the flag above before signing' }).count(),
      ).toBe(1);
      await step('6-wrap-up');
      expect(await axeProblems(page)).toEqual([]);
      const pending = page
        .getByRole('region', { name: 'Flags' })
        .locator('[data-testid="flag-decision"][data-decision="undecided"]');
      const pendingId = await pending.getAttribute('data-utterance');
      await pending.getByRole('button', { name: 'Not a risk' }).click();
      await pending.getByRole('combobox', { name: 'Why is it not a risk?' }).selectOption('misheard');
      await step('6b-not-a-risk');
      await pending.getByRole('button', { name: 'Save' }).click();
      await page
        .locator(`[data-testid="flag-decision"][data-utterance="${pendingId}"][data-decision="not_a_risk"]`)
        .waitFor();
      await page.waitForFunction(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Approve and sign',
        );
        return button !== undefined && !button.disabled;
      });
      expect(await page.getByRole('textbox', { name: /Risk assessment/ }).inputValue()).not.toContain('cut my arm');
      await page.getByRole('button', { name: 'Accept all' }).click();
      expect(await page.getByTestId('ai-marker').count()).toBe(0);
      await page.getByRole('button', { name: 'Approve and sign' }).click();
      const result = page.getByTestId('write-result');
      await page.locator('[data-testid="write-result"][data-state="written"]').waitFor({ timeout: 20_000 });
      const written = (await result.textContent()) ?? '';
      expect(written).toMatch(/DocumentReference\//);
      expect(written).toMatch(/CarePlan\//);
      expect(written).toMatch(/Consent\//);
      await step('7-signed');

      // The records side: each written resource is in the EHR for this patient, and the chart shows them.
      const links = await result.getByRole('link').allTextContents();
      const references = links.filter((r) => /^(DocumentReference|CarePlan|Consent)\//.test(r));
      expect(references.length).toBeGreaterThanOrEqual(3);
      for (const reference of references) {
        const [resource] = await fhirSearch<{ subject?: { reference?: string }; patient?: { reference?: string } }>(
          env.stack.sandbox,
          `${reference.split('/')[0]}?_id=${reference.split('/')[1]}`,
        );
        expect(resource?.subject?.reference ?? resource?.patient?.reference).toBe(`Patient/${patientId}`);
      }
      const noteId = references.find((r) => r.startsWith('DocumentReference/'))?.split('/')[1];
      // The chart is read at a desktop width, as a records clerk would, whatever width the session ran at.
      // The sidebar keeps the signed state in IndexedDB a moment after the write settles: a relaunch
      // before that would find the unsigned draft. Wait until this browser has it, as a clinician would.
      await page.waitForFunction(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('session-copilot');
            open.onerror = () => resolve(false);
            open.onsuccess = () => {
              const all = open.result.transaction('sessions').objectStore('sessions').getAll();
              all.onerror = () => resolve(false);
              all.onsuccess = () => resolve((all.result as { phase?: string }[]).some((r) => r.phase === 'signed'));
            };
          }),
      );
      const chart = await page.context().newPage();
      // Errors the chart page and its sidebar raise, printed if the relaunch below stays unfinished.
      const pageErrors: string[] = [];
      chart.on('pageerror', (e) => pageErrors.push(e.message));
      await chart.setViewportSize({ width: 1280, height: 1000 });
      await chart.goto(`${env.stack.sandbox.origin}/patients/${encodeURIComponent(patientId)}`);
      expect(await chart.locator(`a[href$="note=${noteId}"]`).count()).toBe(1);
      const record = (await chart.locator('main').textContent()) ?? '';
      expect(record).toContain('AI-assisted');
      expect(record).toContain('Permit');
      expect(record).toContain('My sister and her kids');
      // The chart's sidebar launches the app again: consent is on file and this visit's note is signed.
      const sidebar = chart.frameLocator('iframe[title="Session Copilot"]');
      // A third launch in a browser already running two journeys: give a loaded CI machine room.
      // On a loaded machine this relaunch has been seen, rarely, to stay unfinished; what the sidebar
      // showed is printed so the cause can be found, and the chart is opened once more, as a clinician would.
      const utteranceBox = sidebar.getByRole('textbox', { name: 'Utterance' });
      const shown = await utteranceBox.waitFor({ timeout: 25_000 }).then(
        () => true,
        () => false,
      );
      if (!shown) {
        // Seen so far: the app had started (its text is in the document) but Chromium never laid
        // out or painted the frame: everything measures 0×0 and there is no paint entry.
        const app = chart.frames().find((f) => f.url().includes('/app'));
        const state = app
          ? await app
              .evaluate(() => ({
                text: document.body.innerText.slice(0, 200),
                visible: document.body.checkVisibility(),
                size: `${document.body.getBoundingClientRect().width}×${document.body.getBoundingClientRect().height}`,
                paints: performance.getEntriesByType('paint').length,
              }))
              .catch((e: unknown) => ({ error: String(e) }))
          : '(no app frame)';
        const frames = chart.frames().map((f) => f.url());
        console.warn(
          `relaunch after signing did not finish; the sidebar: ${JSON.stringify(state)}; frames: ${frames.join(' | ')}; page errors: ${pageErrors.join(' | ') || 'none'}`,
        );
        await chart.reload();
      }
      await utteranceBox.waitFor({ timeout: 45_000 });
      expect(await sidebar.getByTestId('signed-earlier').textContent()).toContain(`DocumentReference/${noteId}`);
      if (width === 1280) await shot(chart, 'journey-8-chart');
      await page.context().close();
    },
  );
});
