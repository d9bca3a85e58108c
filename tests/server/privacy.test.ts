/**
 * The privacy scan: a session full of the patient's own identifiers runs the whole journey —
 * create, consent, utterances (with a risk statement), the rolling summary, suggestions, wrap-up,
 * approve — with the remote provider pointed at a stand-in model server on loopback. Then every
 * log line, every file the server wrote under DATA_DIR and every request that left for anywhere
 * but the patient's own chart is scanned for those identifiers: there must be none.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todaysEncounterId } from '../../launch/sandbox/index.ts';

const encounterOf = (patientId: string) => todaysEncounterId(patientId, new Date());
import { startSandboxApp, type SandboxApp } from './helpers/sandboxApp.ts';
import { sseReader } from './helpers/sse.ts';

const CLINICIAN = 'Practitioner/lindqvist';

interface Captured {
  destination: string;
  method: string;
  url: string;
  body: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Where each identifier appears (`place: identifier`), case-insensitively and as a whole token,
 * so a postal code is not "found" inside a SHA-256 hash or a timestamp.
 */
function findIdentifiers(identifiers: string[], places: { where: string; text: string }[]): string[] {
  const needles = [...new Set(identifiers.map((id) => id.toLowerCase()))].map((needle) => ({
    needle,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  return places.flatMap(({ where, text }) =>
    needles.filter(({ pattern }) => pattern.test(text)).map(({ needle }) => `${where}: ${needle}`),
  );
}

let app: SandboxApp;
let model: Server;
const modelRequests: Captured[] = [];
const fhirRequests: Captured[] = [];

beforeAll(async () => {
  model = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      modelRequests.push({ destination: 'model', method: req.method ?? '', url: req.url ?? '', body });
      // A model that fails: the provider falls back to the embedded one, after sending.
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"stand-in model unavailable"}}');
    });
  });
  await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
  const modelUrl = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`;
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    fhirRequests.push({
      destination: new URL(request.url).origin,
      method: request.method,
      url: request.url,
      body: request.body ? await request.clone().text() : '',
    });
    return fetch(request);
  };
  app = await startSandboxApp({
    fetch: recordingFetch,
    assistantSettings: { AI_PROVIDER: 'openai', OPENAI_BASE_URL: modelUrl, LOCAL_ONLY: true, OPENAI_MAX_RETRIES: 0 },
  });
});
afterAll(async () => {
  await app?.close();
  model?.close();
});

let identifiers: string[] = [];
let accessToken = '';
let approvedStatus = 0;

/** The whole journey, once; the tests below scan what it left behind. */
async function runJourney() {
  const { h, sandbox } = app;
  const reader = await sandbox.issueToken({ scope: 'user/*.rs' });
  const get = async (path: string) =>
    (await (
      await fetch(`${sandbox.fhirBase}/${path}`, { headers: { authorization: `Bearer ${reader}` } })
    ).json()) as Record<string, unknown>;
  const patient = (await get('Patient/p01')) as {
    name: { given: string[]; family: string }[];
    telecom?: { value: string }[];
    address?: { line?: string[]; city?: string; postalCode?: string }[];
    identifier?: { value: string }[];
    birthDate?: string;
  };
  const related =
    ((await get('RelatedPerson?patient=p01')).entry as
      { resource: { name?: { given?: string[]; family?: string }[]; telecom?: { value: string }[] } }[] | undefined) ??
    [];
  const given = patient.name[0]?.given[0] as string;
  const family = patient.name[0]?.family as string;
  const relative = related[0]?.resource.name?.[0]?.given?.[0] ?? 'Chidi';
  identifiers = [
    `${given} ${family}`,
    given,
    family,
    relative,
    ...(patient.telecom ?? []).flatMap((t) => [t.value, t.value.replace(/[\s\-().]/g, '')]),
    ...(patient.address ?? []).flatMap((a) => [...(a.line ?? []), ...(a.postalCode ? [a.postalCode] : [])]),
    ...(patient.identifier ?? []).map((i) => i.value),
    ...(patient.birthDate ? [patient.birthDate] : []),
    ...related.flatMap((r) => (r.resource.telecom ?? []).flatMap((t) => [t.value, t.value.replace(/[\s\-().]/g, '')])),
  ].filter((x) => x.length >= 4);
  const phone = patient.telecom?.find((t) => /\d{3}/.test(t.value))?.value ?? '555-0101';
  const email = patient.telecom?.find((t) => t.value.includes('@'))?.value ?? 'amara@example.org';
  const mrn = patient.identifier?.[0]?.value ?? 'RB100001';
  const street = patient.address?.[0]?.line?.[0] ?? '12 Alder Street';

  const token = await sandbox.issueToken({
    scope: 'launch openid fhirUser user/*.cruds',
    patient: 'p01',
    fhirUser: CLINICIAN,
  });
  accessToken = token;
  const created = await h.call('/api/sessions', {
    method: 'POST',
    token,
    json: { fhirBaseUrl: sandbox.fhirBase, patientId: 'p01', encounterId: encounterOf('p01') },
  });
  if (created.status !== 201) throw new Error(`session not created: ${created.status}`);
  const { sessionId, consent } = (await created.json()) as { sessionId: string; consent: string };
  if (consent !== 'granted') throw new Error(`p01's consent on file should be granted, got ${consent}`);
  const stream = sseReader(await h.call(`/api/sessions/${sessionId}/events`, { token }));

  const transcript = [
    ['clinician', `Good to see you, ${given}. How has the week been?`],
    [
      'client',
      `Honestly, ${given} ${family} is not doing well. ${relative} says I should call you on ${phone} more often.`,
    ],
    ['client', `I moved to ${street} and I keep checking my email ${email} at 3 am.`],
    ['client', `The clinic letter had my record number ${mrn} on it and it made me panic.`],
    ['client', 'Sometimes I think everyone would be better off if I just ended my life.'],
    ['clinician', 'Thank you for telling me. Have you thought about how you would do it?'],
    ['client', `No plan. ${relative} took the pills out of the house anyway.`],
  ] as const;
  for (const [i, [speaker, text]] of transcript.entries()) {
    const said = await h.call(`/api/sessions/${sessionId}/utterances`, {
      method: 'POST',
      token,
      json: { id: `u${i + 1}`, speaker, text },
    });
    if (said.status !== 200) throw new Error(`utterance refused: ${said.status}`);
  }
  await stream.next(transcript.length);

  const suggestions = await h.call(`/api/sessions/${sessionId}/suggestions`, { method: 'POST', token, json: {} });
  if (suggestions.status !== 200) throw new Error(`suggestions: ${suggestions.status}`);
  const wrapUp = await h.call(`/api/sessions/${sessionId}/wrap-up`, {
    method: 'POST',
    token,
    json: { format: 'SOAP' },
  });
  if (wrapUp.status !== 200) throw new Error(`wrap-up: ${wrapUp.status}`);
  const draft = (await wrapUp.json()) as {
    note: { sections: { key: string; title: string; statements: { text: string }[] }[] };
  };
  const approve = await h.call(`/api/sessions/${sessionId}/approve`, {
    method: 'POST',
    token,
    json: {
      patientId: 'p01',
      encounterId: encounterOf('p01'),
      format: 'SOAP',
      sections: draft.note.sections.map((s) => ({
        key: s.key,
        title: s.title,
        ...(s.statements.length > 0
          ? { statements: s.statements.map((st) => ({ text: st.text })) }
          : { notAssessed: true }),
      })),
      period: { start: new Date(Date.now() - 3_000_000).toISOString(), end: new Date().toISOString() },
    },
  });
  approvedStatus = approve.status;
  await h.call(`/api/sessions/${sessionId}`, { method: 'DELETE', token });
  await stream.rest();
  await h.audit.flush();
  await app.runtime.companion.flush();
}

const isLedger = (file: string) => /writes\.sqlite/.test(file);

describe('privacy at rest, in logs and on the wire', () => {
  beforeAll(runJourney);

  it("leaves none of the patient's identifiers in logs, written files or requests that leave for anywhere but the chart", () => {
    const { h, sandbox } = app;
    // The model was called, so it had the chance to receive identifiers.
    expect(modelRequests.length).toBeGreaterThan(0);
    expect(h.logs.length).toBeGreaterThan(5);
    const chartWrites = (r: Captured) => r.destination === new URL(sandbox.fhirBase).origin && r.method !== 'GET';
    const places = [
      ...h.logs.map((line, i) => ({ where: `log line ${i + 1}`, text: line })),
      ...filesUnder(app.dataDir)
        .filter((file) => !isLedger(file))
        .map((file) => ({ where: file.slice(app.dataDir.length + 1), text: readFileSync(file, 'latin1') })),
      ...modelRequests.map((r, i) => ({ where: `model request ${i + 1} ${r.url}`, text: `${r.url}\n${r.body}` })),
      ...fhirRequests
        .filter((r) => !chartWrites(r))
        .map((r) => ({ where: `FHIR ${r.method} ${r.url}`, text: `${r.url}\n${r.body}` })),
    ];
    expect(findIdentifiers(identifiers, places)).toEqual([]);
    // Nor the clinician's access token (nor its signature, the part that makes it usable).
    const signature = accessToken.split('.').at(-1) as string;
    expect(signature.length).toBeGreaterThan(20);
    expect(places.filter((p) => p.text.includes(signature)).map((p) => p.where)).toEqual([]);
  });

  it('keeps no note content in the write ledger once the note is in the chart', async () => {
    expect(approvedStatus).toBe(201);
    const ledger = filesUnder(app.dataDir).filter(isLedger);
    expect(ledger.length).toBeGreaterThan(0);
    const places = ledger.map((file) => ({
      where: file.slice(app.dataDir.length + 1),
      text: readFileSync(file, 'latin1'),
    }));
    expect(findIdentifiers(identifiers, places)).toEqual([]);
  });
});
