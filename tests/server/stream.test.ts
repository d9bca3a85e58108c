import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventStream } from '../../server/session/stream.ts';
import { createHarness, type Harness } from './helpers/harness.ts';
import { sseReader } from './helpers/sse.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function liveSession() {
  h = await createHarness({ consent: { 'pat-1': 'granted' } });
  const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
  const { body } = await h.createSession(token);
  const sid = String(body.sessionId);
  const harness = h;
  const say = (id: string, text: string) =>
    harness.call(`/api/sessions/${sid}/utterances`, { method: 'POST', token, json: { id, speaker: 'client', text } });
  const events = (lastEventId?: string) =>
    harness.call(`/api/sessions/${sid}/events`, {
      token,
      ...(lastEventId ? { headers: { 'last-event-id': lastEventId } } : {}),
    });
  return { sid, token, say, events };
}

describe('session event stream', () => {
  it('pushes each analysis with monotonic ids, and a risk event when the risk changes', async () => {
    const s = await liveSession();
    const response = await s.events();
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const stream = sseReader(response);
    await s.say('u1', 'I slept badly');
    await s.say('u2', 'sometimes I want to end my life');
    const events = await stream.next(3);
    expect(events.map((e) => e.event)).toEqual(['analysis', 'analysis', 'risk']);
    expect(events.map((e) => Number(e.id))).toEqual([1, 2, 3]);
    expect(events[1]?.data).toMatchObject({
      utterance: { id: 'u2' },
      analysis: { id: 'u2', risk: { categories: ['suicide'] } },
    });
    expect(events[2]?.data).toMatchObject({ flags: [{ utteranceId: 'u2' }] });
    await stream.cancel();
  });

  it('resumes after Last-Event-ID with exactly the events missed', async () => {
    const s = await liveSession();
    await s.say('u1', 'one');
    await s.say('u2', 'two');
    await s.say('u3', 'three');
    const stream = sseReader(await s.events('1'));
    const missed = await stream.next(2);
    expect(missed.map((e) => e.id)).toEqual(['2', '3']);
    expect(missed.map((e) => (e.data as { utterance: { id: string } }).utterance.id)).toEqual(['u2', 'u3']);
    await s.say('u4', 'four');
    expect((await stream.next(1))[0]?.id).toBe('4');
    await stream.cancel();
  });

  it('refuses a Last-Event-ID that is not an event id', async () => {
    const s = await liveSession();
    const response = await s.events('abc');
    expect(response.status).toBe(400);
  });

  it('tells a client that missed more than the replay buffer holds to re-read the session', async () => {
    const stream = createEventStream({ replayLimit: 3, heartbeatMs: 0 });
    for (let i = 0; i < 10; i++) stream.publish('analysis', { n: i });
    const reader = sseReader(new Response(stream.subscribe(2)));
    const [first] = await reader.next(1);
    expect(first).toMatchObject({ event: 'reset', data: { lastEventId: 10 } });
    await reader.cancel();
  });

  it('ends the stream with an end event when the session ends', async () => {
    const s = await liveSession();
    const stream = sseReader(await s.events());
    await s.say('u1', 'one');
    const harness = h as Harness;
    await harness.call(`/api/sessions/${s.sid}`, { method: 'DELETE', token: s.token });
    const rest = await stream.rest();
    expect(rest.map((e) => e.event)).toEqual(['analysis', 'end']);
  });

  it('drops a reader that does not keep up instead of buffering without bound', async () => {
    const stream = createEventStream({ maxQueuedBytes: 4096, heartbeatMs: 0 });
    const body = stream.subscribe();
    expect(stream.subscriberCount).toBe(1);
    for (let i = 0; i < 200; i++) stream.publish('analysis', { filler: 'x'.repeat(100), i });
    expect(stream.subscriberCount).toBe(0);
    // The dropped reader reconnects and resumes from the replay buffer.
    const reader = sseReader(new Response(stream.subscribe(190)));
    const resumed = await reader.next(10);
    expect(resumed.map((e) => Number(e.id))).toEqual([191, 192, 193, 194, 195, 196, 197, 198, 199, 200]);
    await reader.cancel();
    await body.cancel().catch(() => undefined);
  });

  it('sends heartbeats while idle', async () => {
    const stream = createEventStream({ heartbeatMs: 20 });
    const reader = stream.subscribe().getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': ping')) {
      const { value } = await reader.read();
      text += decoder.decode(value);
    }
    expect(text).toContain(': ping');
    await reader.cancel();
  });
});

describe('utterances', () => {
  it('takes a replayed utterance once, and refuses the same id with other words', async () => {
    const s = await liveSession();
    const first = await s.say('u1', 'I feel tired');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ duplicate: false, analysis: { id: 'u1' } });
    const replay = await s.say('u1', 'I feel tired');
    expect(await replay.json()).toMatchObject({ duplicate: true, analysis: { id: 'u1' } });
    const conflict = await s.say('u1', 'something else');
    expect(conflict.status).toBe(409);
    const live = (h as Harness).handle.sessions.get(s.sid);
    expect(live?.context.utterances).toHaveLength(1);
    expect(live?.stream.lastEventId).toBe(1);
  });

  it('explains what is wrong with an invalid utterance', async () => {
    const s = await liveSession();
    const harness = h as Harness;
    const response = await harness.call(`/api/sessions/${s.sid}/utterances`, {
      method: 'POST',
      token: s.token,
      json: { id: '', speaker: 'robot', text: 5 },
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid_body');
    expect(error.message).toContain('id:');
    expect(error.message).toContain('speaker:');
    expect(error.message).toContain('text:');
  });
});

describe('rolling summary', () => {
  it('pushes a summary event after utterances settle', async () => {
    h = await createHarness({
      consent: { 'pat-1': 'granted' },
      deps: { summaryRefresh: { delayMs: 5, maxWaitMs: 20 } },
    });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const sid = String(body.sessionId);
    const stream = sseReader(await h.call(`/api/sessions/${sid}/events`, { token }));
    const lines = [
      'Work has been overwhelming and I cannot sleep.',
      'I keep thinking my manager thinks I am useless.',
      'On weekends I stay in bed and skip seeing friends.',
    ];
    for (const [i, text] of lines.entries()) {
      await h.call(`/api/sessions/${sid}/utterances`, {
        method: 'POST',
        token,
        json: { id: `u${i}`, speaker: 'client', text },
      });
    }
    let summary: { event: string; data: unknown } | undefined;
    while (!summary) {
      const [event] = await stream.next(1);
      if (event?.event === 'summary') summary = event;
    }
    expect(summary.data).toMatchObject({
      summary: { updatedThrough: expect.any(String) },
      provenance: { provider: 'embedded' },
    });
    await h.audit.flush();
    expect(readFileSync(h.audit.file, 'utf8')).toContain('"action":"ai.summarise"');
    await stream.cancel();
  });
});

describe('suggestion feedback', () => {
  it('is kept without content: suggestion id, action and reason code', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const response = await h.call(`/api/sessions/${String(body.sessionId)}/feedback`, {
      method: 'POST',
      token,
      json: { suggestionId: 'cbt.socratic-question', action: 'dismissed', reason: 'misread_sarcasm' },
    });
    expect(response.status).toBe(204);
    expect(h.handle.feedback).toEqual({ 'dismissed:misread_sarcasm': 1 });
    await h.audit.flush();
    const entry = readFileSync(h.audit.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; detail?: Record<string, unknown> })
      .find((e) => e.action === 'suggestion.feedback');
    expect(entry?.detail).toEqual({
      suggestionId: 'cbt.socratic-question',
      feedback: 'dismissed',
      reason: 'misread_sarcasm',
    });
    const refused = await h.call(`/api/sessions/${String(body.sessionId)}/feedback`, {
      method: 'POST',
      token,
      json: {
        suggestionId: 'cbt.socratic-question',
        action: 'dismissed',
        reason: 'she was being sarcastic about her mother',
      },
    });
    expect(refused.status).toBe(400);
  });
});
