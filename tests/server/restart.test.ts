import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditFile } from '../../server/audit/verify.ts';
import type { Utterance } from '../../server/contracts/analysis.ts';
import { createFakeFhir } from './helpers/fakeFhir.ts';
import { createHarness } from './helpers/harness.ts';
import { sseReader } from './helpers/sse.ts';

let dataDir: string;
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** What the browser does: keep its own copy, re-create the session on 404 and replay it. */
function client(
  harness: { call: (path: string, init?: RequestInit & { token?: string; json?: unknown }) => Promise<Response> },
  token: string,
  base: string,
) {
  const transcript: Utterance[] = [];
  let sid = '';
  let api = harness;
  const create = async () => {
    const response = await api.call('/api/sessions', {
      method: 'POST',
      token,
      json: { fhirBaseUrl: base, patientId: 'pat-1', encounterId: 'enc-1' },
    });
    sid = String(((await response.json()) as { sessionId: string }).sessionId);
  };
  const post = (u: Utterance) => api.call(`/api/sessions/${sid}/utterances`, { method: 'POST', token, json: u });
  return {
    get sid() {
      return sid;
    },
    create,
    useServer(next: typeof harness) {
      api = next;
    },
    async say(u: Utterance) {
      transcript.push(u);
      let response = await post(u);
      if (response.status === 404) {
        await create();
        for (const earlier of transcript) {
          response = await post(earlier);
          expect(response.status).toBe(200);
        }
      }
      expect(response.status).toBe(200);
    },
  };
}

describe('server restart mid-session', () => {
  it('loses no utterance: the client re-creates the session and replays', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'copilot-restart-'));
    const fhir = createFakeFhir();
    const token = fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const first = await createHarness({ dataDir, fhir, consent: { 'pat-1': 'granted' } });
    const browser = client(first, token, fhir.base);
    await browser.create();
    const stream = sseReader(await first.call(`/api/sessions/${browser.sid}/events`, { token }));
    for (let i = 1; i <= 5; i++)
      await browser.say({ id: `u${i}`, speaker: i % 2 ? 'client' : 'clinician', text: `turn ${i}` });
    const oldSid = browser.sid;

    await first.close();
    const ended = await stream.rest();
    expect(ended.at(-1)).toMatchObject({ event: 'end', data: { reason: 'server_shutdown' } });

    // Consent lives in the EHR or the companion store, so it survives the restart.
    const second = await createHarness({ dataDir, fhir, consent: Object.fromEntries(first.consent.states) });
    browser.useServer(second);
    for (let i = 6; i <= 8; i++) await browser.say({ id: `u${i}`, speaker: 'client', text: `turn ${i}` });

    expect(browser.sid).not.toBe(oldSid);
    const state = (await (await second.call(`/api/sessions/${browser.sid}`, { token })).json()) as {
      utterances: { utterance: Utterance }[];
    };
    expect(state.utterances.map((u) => u.utterance.id)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8']);
    await second.close();
    expect(verifyAuditFile(join(dataDir, 'audit.jsonl'), join(dataDir, 'audit.head.json')).ok).toBe(true);
  });
});
