import { readFileSync } from 'node:fs';
import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import { http, HttpResponse } from 'msw';
import { Utterance } from '../../server/contracts/analysis.ts';
import { analyzeSession } from '../../server/engine/analyze.ts';
import type { RiskModel } from '../../server/engine/risk/model.ts';
import { merge } from '../../server/engine/risk/windows.ts';
import type { SessionSnapshot } from '../../server/providers/types.ts';

const dir = new URL('../data/sessions/', import.meta.url);

export const FIXTURES = [
  'work-anxiety',
  'no-risk-screening',
  'no-mood-talk',
  'prompt-injection',
  'risk-disclosure',
  'long-60min',
  'week-disclosure',
  'self-harm-history',
  'minimal-replies',
] as const;
export type Fixture = (typeof FIXTURES)[number];

export function loadUtterances(name: Fixture): Utterance[] {
  return readFileSync(new URL(`${name}.jsonl`, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => Utterance.parse(JSON.parse(l)));
}

export const patient = JSON.parse(readFileSync(new URL('patient.json', dir), 'utf8')) as Patient;
export const relatedPersons = JSON.parse(readFileSync(new URL('related-persons.json', dir), 'utf8')) as RelatedPerson[];
export const practitioner = JSON.parse(readFileSync(new URL('practitioner.json', dir), 'utf8')) as Practitioner;

/**
 * The note writer's tests need flags they can name, not the learned model's current reading:
 * this model flags exactly what the rules find in a window (and a yes to a screening question),
 * with the rules' evidence, so each test knows which findings the note must carry.
 */
export const rulesReading: RiskModel = {
  read: () => [],
  assess: (w) => (w.answer ? merge(w.rules, w.answer) : w.rules),
};

/** A snapshot as the server builds it: the session analyser's final per-utterance results and roll-up. */
export function snapshotOf(utterances: Utterance[], extra: Partial<SessionSnapshot> = {}): SessionSnapshot {
  const { analyses, risk } = analyzeSession(utterances, { model: rulesReading });
  return { utterances, analyses, risk, ...extra };
}

export function fixtureSnapshot(name: Fixture, extra: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return snapshotOf(loadUtterances(name), { patient, relatedPersons, practitioner, ...extra });
}

/** Identifiers of the test chart that must never appear in an outbound request. */
export const CHART_IDENTIFIERS = [
  'Maria',
  'Elena',
  'Gonzalez',
  'Lena',
  'Daniel',
  'Sofia',
  'Carmen',
  'Ruiz',
  'Priya',
  'Raman',
  'MRN-00482913',
  '00482913',
  '1986-04-12',
  '555-867-5309',
  '867-5309',
  '555-201-7788',
  'lena.gonzalez@example.com',
  '42 Maple Street',
  'Oak Avenue',
  'March 3rd',
];

export const API_BASE = 'https://llm.test/v1';

// ---- the stand-in model -------------------------------------------------------------------

export interface ChatRequest {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string } };
}

function completion(content: string, model: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

/** Splits the reply into several SSE chunks, as a model streams it. */
export function sseBody(content: string, model: string, pieces = 6): string {
  const size = Math.ceil(content.length / pieces);
  const chunk = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`;
  let out = chunk({ role: 'assistant', content: '' }, null);
  for (let i = 0; i < content.length; i += size) out += chunk({ content: content.slice(i, i + size) }, null);
  return `${out}${chunk({}, 'stop')}data: [DONE]\n\n`;
}

/** Answers like an OpenAI-compatible server, streaming when asked to, with `content` as the reply text. */
export function replyWith(request: ChatRequest, content: string): Response {
  if (request.stream) {
    return new HttpResponse(sseBody(content, request.model), { headers: { 'content-type': 'text/event-stream' } });
  }
  return HttpResponse.json(completion(content, request.model));
}

/** The schema name the job asked for: which job this request is. */
export function jobOf(request: ChatRequest): string {
  return request.response_format?.json_schema?.name ?? 'unknown';
}

/** Utterance ids and placeholders the model can see in the request, to build a plausible reply. */
export function visible(request: ChatRequest): { ids: string[]; placeholders: string[] } {
  const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
  const ids = [...user.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1] ?? '');
  const placeholders = [...new Set([...user.matchAll(/\[[A-Z][A-Z_]*_\d+\]/g)].map((m) => m[0]))];
  return { ids, placeholders };
}

/** A well-formed reply for each job, citing real ids (and echoing a placeholder when there is one). */
export function goodReply(request: ChatRequest): string {
  const { ids, placeholders } = visible(request);
  const a = ids[1] ?? ids[0] ?? 'u1';
  const b = ids[3] ?? a;
  const who = placeholders[0] ?? 'the client';
  switch (jobOf(request)) {
    case 'session_summary':
      return JSON.stringify({
        themes: [
          { label: 'Work pressure', text: `${who} described mounting pressure at work.`, utteranceIds: [a] },
          { label: 'Sleep', text: 'Early waking and rumination at night.', utteranceIds: [b] },
        ],
      });
    case 'interventions':
      return JSON.stringify({
        interventions: [
          {
            modality: 'CBT',
            title: 'Examine the prediction',
            prompt: `Ask ${who}: how likely is the feared outcome, from 0 to 100?`,
            rationale: { text: 'Client predicted a bad outcome.', utteranceIds: [a] },
            reference: {
              citation: 'Beck, J. S. (2011). Cognitive Behavior Therapy: Basics and Beyond (2nd ed.).',
              url: null,
            },
            distortion: 'fortune_telling',
          },
        ],
      });
    case 'homework':
      return JSON.stringify({
        items: [
          {
            kind: 'thought_record',
            title: 'Thought record',
            instructions: 'Write down the thought, the feeling and the evidence.',
            schedule: { frequency: 'times_per_week', timesPerWeek: 3, durationMinutes: 15, timeOfDay: null, weeks: 2 },
            rationale: { text: 'Thinking patterns came up.', utteranceIds: [a] },
          },
        ],
      });
    case 'progress_note':
      return JSON.stringify({
        sections: [
          {
            key: 'subjective',
            statements: [{ text: `${who} reported stress at work.`, utteranceIds: [a], claim: null }],
            notAssessed: false,
          },
          {
            key: 'assessment',
            statements: [{ text: 'Anxious predictions about work.', utteranceIds: [b], claim: null }],
            notAssessed: false,
          },
          {
            key: 'plan',
            statements: [{ text: 'Thought record before next session.', utteranceIds: [a], claim: null }],
            notAssessed: false,
          },
        ],
        riskFlags: [],
      });
    default:
      return '{}';
  }
}

/** Records every request the stand-in receives (its parsed body) and answers with `respond`. */
export function chatHandler(
  respond: (request: ChatRequest, n: number) => Response | Promise<Response>,
  base = API_BASE,
) {
  const seen: ChatRequest[] = [];
  const handler = http.post(`${base}/chat/completions`, async ({ request }) => {
    const body = (await request.json()) as ChatRequest;
    seen.push(body);
    return respond(body, seen.length);
  });
  return { handler, seen };
}
