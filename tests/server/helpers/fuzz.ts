/**
 * Property-based tests of every API body: whatever arrives, the server answers below 500, and
 * every refusal is a JSON `{ error: { code, message } }` a developer can act on. Shared by the
 * quick run in `npm test` and the long run in `npm run test:long`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transcriber } from '../../../server/speech/transcribe.ts';
import { createWritebackRoutes } from '../../../server/routes/writeback.ts';
import { createWritebackRuntime } from '../../../server/writeback/runtime.ts';
import { createFakeFhir, type FakeFhir } from './fakeFhir.ts';
import { createHarness, type Harness } from './harness.ts';
import { hostileObject, hostileString, rawBody, validFields, wrongFhirAnswer, type RawBody } from './hostile.ts';

/** Refuses what a real endpoint would refuse (anything that is not a RIFF/WAVE or WebM header). */
export const standInTranscriber: Transcriber = {
  model: 'stand-in-transcribe',
  async transcribe(audio) {
    const head = Buffer.from(audio.slice(0, 12)).toString('latin1');
    const wav = head.startsWith('RIFF') && head.slice(8, 12) === 'WAVE';
    const webm = audio[0] === 0x1a && audio[1] === 0x45 && audio[2] === 0xdf && audio[3] === 0xa3;
    if (!wav && !webm) throw Object.assign(new Error('Invalid file format.'), { status: 400 });
    return {
      utterances: [{ speaker: 'client', text: `heard ${audio.byteLength} bytes` }],
      model: 'stand-in-transcribe',
      latencyMs: 1,
    };
  },
};

/** The rate limits have their own tests; here they would only hide the endpoints behind 429s. */
const UNLIMITED = {
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_SESSION_PER_MINUTE: '1000000',
  RATE_LIMIT_AI_PER_MINUTE: '1000000',
};

const SESSION_LINES = [
  'Work has been a lot this week and I barely slept.',
  'What kept you up?',
  'I kept replaying the meeting. I always mess these things up.',
  'Always?',
  'Well, most of the time. My manager probably thinks I am useless.',
  'What would she say if I asked her?',
  'I do not know. I have been skipping the gym and staying in bed on weekends.',
  'That sounds exhausting. What used to help?',
  'Walking with my sister on Sundays. Sometimes I wish I could just disappear.',
  'Can you tell me more about wanting to disappear?',
];

export async function expectActionable(response: Response, what: string): Promise<void> {
  expect(response.status, `${what}: status`).toBeLessThan(500);
  if (response.status >= 400) {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, `${what}: error code`).toBe('string');
    expect(typeof body.error?.message, `${what}: error message`).toBe('string');
    expect((body.error?.message as string).length, `${what}: message length`).toBeGreaterThan(15);
  } else {
    await response.body?.cancel();
  }
}

function send(h: Harness, path: string, token: string, raw: RawBody, method = 'POST') {
  return h.call(path, {
    method,
    token,
    headers: raw.contentType ? { 'content-type': raw.contentType } : {},
    body: raw.body as BodyInit,
  });
}

export function defineFuzzSuite(numRuns: number) {
  describe(`API bodies under hostile input (${numRuns} runs per endpoint)`, () => {
    let h: Harness;
    let token: string;
    let sid: string;
    let assistSid: string;
    let assistToken: string;

    /** The shared session; a new one once the utterance runs have filled it most of the way. */
    async function session(): Promise<string> {
      const live = h.handle.sessions.get(sid);
      if (live && live.context.utterances.length < 4000) return sid;
      if (live) h.handle.sessions.end(sid, 'ended_by_clinician');
      const created = await h.createSession(token);
      sid = String(created.body.sessionId);
      for (const id of ['seed-1', 'seed-2']) {
        await h.call(`/api/sessions/${sid}/utterances`, {
          method: 'POST',
          token,
          json: { id, speaker: 'client', text: 'I keep thinking I always fail' },
        });
      }
      return sid;
    }

    beforeAll(async () => {
      h = await createHarness({
        consent: { 'pat-1': 'granted' },
        env: { ...UNLIMITED, LOG_LEVEL: 'warn' },
        deps: { transcriber: standInTranscriber },
      });
      token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
      sid = '';
      await session();
      // The assistant endpoints get a session of their own, of a realistic length (the utterance
      // runs grow the shared one to thousands).
      const other = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-2' });
      assistSid = String((await h.createSession(other)).body.sessionId);
      for (const [i, text] of SESSION_LINES.entries()) {
        await h.call(`/api/sessions/${assistSid}/utterances`, {
          method: 'POST',
          token: other,
          json: { id: `seed-${i + 1}`, speaker: i % 2 ? 'clinician' : 'client', text },
        });
      }
      assistToken = other;
    });
    afterAll(() => h.close());

    const params = { numRuns, endOnFailure: true };

    it('POST /api/sessions', async () => {
      await fc.assert(
        fc.asyncProperty(rawBody(hostileObject(validFields.createSession)), async (raw) => {
          await expectActionable(await send(h, '/api/sessions', token, raw), 'create session');
        }),
        params,
      );
      expect(h.fhir.strays).toEqual([]);
    });

    it('POST /api/sessions/:sid/utterances', async () => {
      await fc.assert(
        fc.asyncProperty(rawBody(hostileObject(validFields.utterance)), async (raw) => {
          await expectActionable(await send(h, `/api/sessions/${await session()}/utterances`, token, raw), 'utterance');
        }),
        params,
      );
      const state = await h.call(`/api/sessions/${await session()}`, { token });
      expect(state.status).toBe(200);
    });

    it('POST /api/sessions/:sid/feedback', async () => {
      await fc.assert(
        fc.asyncProperty(rawBody(hostileObject(validFields.feedback)), async (raw) => {
          await expectActionable(await send(h, `/api/sessions/${await session()}/feedback`, token, raw), 'feedback');
        }),
        params,
      );
    });

    it('POST /api/sessions/:sid/suggestions', async () => {
      await fc.assert(
        fc.asyncProperty(rawBody(hostileObject(validFields.suggestions)), async (raw) => {
          await expectActionable(
            await send(h, `/api/sessions/${assistSid}/suggestions`, assistToken, raw),
            'suggestions',
          );
        }),
        params,
      );
    });

    it('POST /api/sessions/:sid/wrap-up', async () => {
      await fc.assert(
        fc.asyncProperty(rawBody(hostileObject(validFields.wrapUp)), async (raw) => {
          await expectActionable(await send(h, `/api/sessions/${assistSid}/wrap-up`, assistToken, raw), 'wrap-up');
        }),
        params,
      );
    });

    it('POST /api/sessions/:sid/audio', async () => {
      const audio = fc.record({
        bytes: fc.oneof(
          fc.uint8Array({ maxLength: 4096 }),
          fc.uint8Array({ maxLength: 512 }).map((b) => new Uint8Array([...Buffer.from('RIFF\0\0\0\0WAVE'), ...b])),
        ),
        contentType: fc.oneof(
          fc.constantFrom('audio/webm', 'audio/wav', 'audio/webm;codecs=opus', 'video/mp4', 'application/json', ''),
          hostileString.filter((s) => /^[\x20-\x7e]*$/.test(s)),
        ),
        chunk: fc.oneof(fc.uuid(), hostileString.filter((s) => /^[\x20-\x7e]*$/.test(s)).map(encodeURIComponent)),
      });
      await fc.assert(
        fc.asyncProperty(audio, async ({ bytes, contentType, chunk }) => {
          const response = await send(h, `/api/sessions/${await session()}/audio?chunk=${chunk}`, token, {
            body: bytes,
            ...(contentType ? { contentType } : {}),
          });
          await expectActionable(response, 'audio');
        }),
        params,
      );
    });

    it('GET /api/sessions/:sid/events with any Last-Event-ID', async () => {
      const header = fc.oneof(
        fc.nat().map(String),
        fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
        fc.constantFrom('-1', '1e9', '99999999999999999999', ' 3 '),
      );
      await fc.assert(
        fc.asyncProperty(header, async (lastEventId) => {
          const response = await h.call(`/api/sessions/${await session()}/events`, {
            token,
            headers: { 'last-event-id': lastEventId },
          });
          await expectActionable(response, 'events');
        }),
        params,
      );
    });
  });

  describe(`FHIR answers of the wrong shape (${numRuns} runs)`, () => {
    it('never turn into a server error, and what verifies still works end to end', async () => {
      const fhir = createFakeFhir();
      const h = await createHarness({
        fhir,
        consent: { 'pat-1': 'granted' },
        env: { ...UNLIMITED, TOKEN_CACHE_SECONDS: '0', LOG_LEVEL: 'warn' },
      });
      try {
        await fuzzFhirAnswers(h, fhir, numRuns, async (sid, token) => {
          const said = await h.call(`/api/sessions/${sid}/utterances`, {
            method: 'POST',
            token,
            json: { id: 'u1', speaker: 'client', text: 'hello' },
          });
          await expectActionable(said, 'utterance after odd chart');
          const wrapUp = await h.call(`/api/sessions/${sid}/wrap-up`, { method: 'POST', token, json: {} });
          await expectActionable(wrapUp, 'wrap-up after odd chart');
        });
      } finally {
        await h.close();
      }
    });

    it('never turn into a server error when the consent service reads the same EHR', async () => {
      const fhir = createFakeFhir();
      const dataDir = mkdtempSync(join(tmpdir(), 'copilot-fuzz-consent-'));
      const runtime = createWritebackRuntime({
        dataDir,
        fhirAllowlist: [fhir.base],
        fetch: fhir.fetch,
        startWorker: false,
      });
      const h = await createHarness({
        fhir,
        dataDir,
        env: { ...UNLIMITED, TOKEN_CACHE_SECONDS: '0', LOG_LEVEL: 'warn' },
        deps: { consentService: runtime.consent, writebackRoutes: createWritebackRoutes({ runtime }) },
      });
      try {
        await fuzzFhirAnswers(h, fhir, Math.ceil(numRuns / 4), async (sid, token) => {
          await expectActionable(await h.call(`/api/sessions/${sid}/consent`, { token }), 'consent after odd EHR');
        });
      } finally {
        await h.close();
        await runtime.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * Session creation while the EHR answers each read (patient, encounter, clinician, and anything
 * else: related persons, capabilities, consents) with something of the wrong shape. Nothing is
 * ever a 500; what the EHR's failure leaves unknowable is a 502 that says so; a created session
 * must still work (`then`).
 */
async function fuzzFhirAnswers(
  h: Harness,
  fhir: FakeFhir,
  numRuns: number,
  then: (sessionId: string, token: string) => Promise<void>,
): Promise<void> {
  const answers = fc.record({
    patient: fc.option(wrongFhirAnswer, { nil: undefined }),
    encounter: fc.option(wrongFhirAnswer, { nil: undefined }),
    practitioner: fc.option(wrongFhirAnswer, { nil: undefined }),
    other: fc.option(wrongFhirAnswer, { nil: undefined }),
  });
  try {
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        fhir.override((path) => {
          const pick = path.startsWith('Patient/')
            ? a.patient
            : path.startsWith('Encounter/')
              ? a.encounter
              : path.startsWith('Practitioner/')
                ? a.practitioner
                : a.other;
          return pick
            ? new Response(pick.status === 204 ? null : pick.body, {
                status: pick.status,
                headers: { 'content-type': 'application/fhir+json' },
              })
            : undefined;
        });
        const token = fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
        const response = await h.createSession(token);
        if (response.status >= 500) {
          // A token check against a failing EHR, or a consent the EHR's nonsense leaves unknowable,
          // is a bad gateway: said as such, never as an internal error.
          const code = (response.body as { error?: { code?: string } }).error?.code;
          const upstreamFailed = [a.patient, a.encounter, a.practitioner].some(
            (x) => x && (x.status >= 500 || x.status === 429),
          );
          expect(response.status, JSON.stringify(response.body)).toBe(502);
          expect(
            code === 'consent_unavailable' || (code === 'fhir_unavailable' && upstreamFailed),
            JSON.stringify(response.body),
          ).toBe(true);
        }
        if (response.status === 201 || response.status === 200) {
          const sid = String(response.body.sessionId);
          fhir.override(undefined);
          await then(sid, token);
          h.handle.sessions.end(sid, 'ended_by_clinician');
        }
      }),
      { numRuns, endOnFailure: true },
    );
    expect(fhir.strays).toEqual([]);
  } finally {
    fhir.override(undefined);
  }
}
