/**
 * `npm run bench:draft` — the generative assistant on a 60-minute session (~600 utterances):
 *  1. embedded provider: summary + note + homework together (budget ≤ 1 s);
 *  2. de-identification of the whole transcript (budget ≤ 100 ms);
 *  3. openai provider against a stand-in OpenAI-compatible server on loopback that answers
 *     after a fixed delay: the time the project adds on top of the server's own reply time.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import { Utterance } from '../../server/contracts/analysis.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { buildIdentifierDictionary } from '../../server/privacy/dictionary.ts';
import { createDeidentifier } from '../../server/privacy/deidentify.ts';
import { createAssistant } from '../../server/providers/index.ts';
import type { SessionSnapshot } from '../../server/providers/types.ts';

const sessions = new URL('../../tests/data/sessions/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, sessions), 'utf8');
const utterances = read('long-60min.jsonl')
  .trim()
  .split('\n')
  .map((l) => Utterance.parse(JSON.parse(l)));
const patient = JSON.parse(read('patient.json')) as Patient;
const relatedPersons = JSON.parse(read('related-persons.json')) as RelatedPerson[];
const practitioner = JSON.parse(read('practitioner.json')) as Practitioner;

const analyzer = createSessionAnalyzer();
const analyses = utterances.map((u) => analyzer.analyze(u));
const base: SessionSnapshot = { utterances, analyses, risk: analyzer.risk(), patient, relatedPersons, practitioner };

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const rows: { what: string; n: number; p50: number; p99: number; max: number; budget: string; ok: boolean | null }[] =
  [];
function record(what: string, samples: number[], budgetMs?: number) {
  const p99 = quantile(samples, 0.99);
  rows.push({
    what,
    n: samples.length,
    p50: quantile(samples, 0.5),
    p99,
    max: Math.max(...samples),
    budget: budgetMs === undefined ? '—' : `≤ ${budgetMs} ms`,
    // Judged on the median: on a shared machine the tail mostly measures other processes.
    ok: budgetMs === undefined ? null : quantile(samples, 0.5) <= budgetMs,
  });
}

// 1. Embedded: a fresh transcript array each run, so nothing is served from the per-transcript cache.
const embedded = createAssistant({ AI_PROVIDER: 'embedded' });
const embeddedRuns: number[] = [];
for (let i = 0; i < 30; i += 1) {
  const snapshot = { ...base, utterances: [...utterances] };
  const started = performance.now();
  await Promise.all([
    embedded.summarise(snapshot),
    embedded.draftNote(snapshot, 'SOAP'),
    embedded.generateHomework(snapshot),
  ]);
  embeddedRuns.push(performance.now() - started);
}
record(`embedded summary + note + homework (${utterances.length} utterances)`, embeddedRuns.slice(3), 1000);

// 2. De-identification of the whole transcript with a new per-session de-identifier each run.
const deidRuns: number[] = [];
for (let i = 0; i < 30; i += 1) {
  const started = performance.now();
  const deid = createDeidentifier(
    buildIdentifierDictionary({ patient, relatedPersons, practitioners: [practitioner] }),
  );
  for (const u of utterances) deid.deidentify(u.text);
  deidRuns.push(performance.now() - started);
}
record(`de-identify transcript (${utterances.length} utterances)`, deidRuns.slice(3), 100);

// 3. The openai provider against a loopback stand-in that replies after a fixed delay.
const SERVER_DELAY_MS = 50;
const serverTimes: number[] = [];
function replyFor(body: {
  model: string;
  stream?: boolean;
  response_format?: { json_schema?: { name?: string } };
}): string {
  const ids = utterances.slice(0, 4).map((u) => u.id);
  if (body.response_format?.json_schema?.name === 'progress_note') {
    return JSON.stringify({
      sections: [
        {
          key: 'subjective',
          statements: [
            { text: 'Client described work pressure and poor sleep.', utteranceIds: ids.slice(0, 2), claim: 'problem' },
          ],
          notAssessed: false,
        },
        {
          key: 'plan',
          statements: [{ text: 'Thought log before next session.', utteranceIds: ids.slice(2), claim: 'homework' }],
          notAssessed: false,
        },
      ],
      riskFlags: [],
    });
  }
  return JSON.stringify({ themes: [{ label: 'Work', text: 'Pressure at work.', utteranceIds: ids }] });
}
const standIn = createServer((req, res) => {
  const arrived = performance.now();
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const body = JSON.parse(raw);
    const content = replyFor(body);
    setTimeout(() => {
      if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (delta: object, finish: string | null) =>
          `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`;
        res.write(chunk({ role: 'assistant', content: '' }, null));
        for (let i = 0; i < content.length; i += 40) res.write(chunk({ content: content.slice(i, i + 40) }, null));
        res.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'c',
            object: 'chat.completion',
            created: 0,
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }],
          }),
        );
      }
      serverTimes.push(performance.now() - arrived);
    }, SERVER_DELAY_MS);
  });
});
await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
const remote = createAssistant({
  AI_PROVIDER: 'openai',
  OPENAI_BASE_URL: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/v1`,
  OPENAI_MODEL: 'stand-in',
  LOCAL_ONLY: 'true',
});
/** Runs one job and returns the time added on top of the stand-in server's own reply time. */
async function overhead(job: 'note' | 'summary', sessionId: string): Promise<number> {
  const snapshot = { ...base, sessionId, utterances: [...utterances] };
  const started = performance.now();
  const result = job === 'note' ? await remote.draftNote(snapshot, 'SOAP') : await remote.summarise(snapshot);
  const total = performance.now() - started;
  if (result.provenance.provider !== 'openai')
    throw new Error(`stand-in call fell back: ${result.provenance.fallbackReason}`);
  return total - (serverTimes.at(-1) ?? 0);
}
// A session's first call de-identifies the whole transcript; later calls only what is new.
const firstCall: number[] = [];
const overheadNote: number[] = [];
const overheadSummary: number[] = [];
for (let i = 0; i < 40; i += 1) {
  firstCall.push(await overhead('note', `bench-first-${i}`));
  remote.release(`bench-first-${i}`);
  overheadNote.push(await overhead('note', 'bench-live'));
  overheadSummary.push(await overhead('summary', 'bench-live'));
}
standIn.close();
record(`openai note, first call of a session (${SERVER_DELAY_MS} ms server excluded)`, firstCall.slice(5));
record(`openai note (streamed), live session (${SERVER_DELAY_MS} ms server excluded)`, overheadNote.slice(5));
record(`openai summary (streamed), live session (${SERVER_DELAY_MS} ms server excluded)`, overheadSummary.slice(5));

const fmt = (ms: number) => ms.toFixed(1).padStart(8);
console.log(
  `\nbench:draft — Node ${process.version}, ${utterances.length}-utterance session (budgets judged on p50)\n`,
);
console.log(
  `${'measurement'.padEnd(62)} ${'n'.padStart(4)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  budget     result`,
);
for (const r of rows) {
  const verdict = r.ok === null ? '' : r.ok ? 'ok' : 'OVER BUDGET';
  console.log(
    `${r.what.padEnd(62)} ${String(r.n).padStart(4)} ${fmt(r.p50)} ${fmt(r.p99)} ${fmt(r.max)}  ${r.budget.padEnd(9)}  ${verdict}`,
  );
}
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
