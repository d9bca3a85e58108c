import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser.ts';
import { ensureClientBuilt } from '../../scripts/clientBuild.ts';
import { patientsWithConsent, type Stack, startStack } from '../../scripts/stack.ts';
import { allStarted, closeAfterAll, launchFromChart, shot } from './harness.ts';
import { writeSpeechLikeWav } from './speechLikeWav.ts';
import { startTranscriptionStub, type TranscriptionStub } from './transcriptionStub.ts';

const SPOKEN = 'I have not slept properly in weeks and I feel hopeless about everything.';

let stub: TranscriptionStub;
let withSpeech: Stack;
let withoutSpeech: Stack;
let browser: Browser;
let patientId: string;

const closeLater = closeAfterAll();

beforeAll(async () => {
  await ensureClientBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'copilot-audio-'));
  closeLater(() => rmSync(dir, { recursive: true, force: true }));
  const wav = join(dir, 'client.wav');
  // Chromium plays this file as the microphone, in a loop.
  writeSpeechLikeWav(wav);
  stub = await startTranscriptionStub(SPOKEN);
  closeLater(() => stub.close());
  await allStarted([
    startStack({
      AI_PROVIDER: 'openai',
      OPENAI_API_KEY: 'stand-in-key',
      OPENAI_BASE_URL: stub.baseUrl,
      OPENAI_MAX_RETRIES: '0',
    }).then((stack) => {
      withSpeech = stack;
      closeLater(() => stack.close());
    }),
    startStack().then((stack) => {
      withoutSpeech = stack;
      closeLater(() => stack.close());
    }),
    launchChromium([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
    ]).then((started) => {
      browser = started;
      closeLater(() => started.close());
    }),
  ]);
  const consented = await patientsWithConsent(withSpeech.sandbox);
  patientId = consented[0] ?? '';
  if (!patientId) throw new Error('the sandbox has no patient with consent on file');
});

describe.concurrent('listening through the microphone', { timeout: 90_000 }, () => {
  it('shows that it is listening and adds what the transcription endpoint heard to the transcript', async () => {
    const page = await launchFromChart(browser, withSpeech.sandbox, patientId, 1280);
    await page.getByRole('button', { name: 'Start listening' }).click({ timeout: 20_000 });
    const indicator = page.getByTestId('recording-indicator');
    await indicator.waitFor();
    expect(await indicator.textContent()).toContain('Listening');
    expect(await page.locator('body').getAttribute('data-listening')).toBe('true');
    await shot(page, 'audio-1-listening');

    const heard = page.getByTestId('utterance').filter({ hasText: 'hopeless' }).first();
    await heard.waitFor({ timeout: 20_000 });
    expect(await heard.textContent()).toContain('heard');
    await page.getByRole('button', { name: 'Stop listening' }).click();
    await page.getByRole('button', { name: 'Start listening' }).waitFor();
    expect(stub.uploads.length).toBeGreaterThan(0);
    expect(stub.uploads[0]?.contentType).toMatch(/^audio\/(webm|ogg)/);
    await shot(page, 'audio-2-heard');
    await page.context().close();
  });

  it('falls back to typed entry with a clear message when the server has no transcription endpoint', async () => {
    const page = await launchFromChart(browser, withoutSpeech.sandbox, patientId, 360);
    await page.getByRole('button', { name: 'Start listening' }).click({ timeout: 20_000 });
    const message = page.getByText('Speech to text is not set up on this server');
    await message.waitFor({ timeout: 20_000 });
    // Listening stays off for this session instead of failing again every few seconds.
    expect(await page.getByRole('button', { name: 'Start listening' }).isDisabled()).toBe(true);
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(focused).toBe('TEXTAREA');
    await shot(page, 'audio-3-not-configured');
    await page.context().close();
  });
});
