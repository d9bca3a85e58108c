/**
 * `POST /api/sessions/:sid/audio?chunk=<id>` — one recorded audio chunk (webm/opus, ogg, wav,
 * mp4 or mpeg) is transcribed and its utterances go into the session as typed ones do. The
 * audio itself is never stored. Re-posting a chunk id returns what that chunk already gave.
 * Without a transcription endpoint the answer is 501, and the client offers typed entry.
 */
import { Hono } from 'hono';
import { liveSession, requireConsent } from '../auth/sessionAuth.ts';
import type { Utterance, UtteranceAnalysis } from '../contracts/analysis.ts';
import type { AppEnv } from '../session/context.ts';
import { AudioMimeType } from '../speech/transcribe.ts';
import { ingestUtterance } from '../session/ingest.ts';
import type { RouteDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { auditJob } from './jobs.ts';
import { riskAuditHook } from './utterances.ts';

const AUDIO_TYPES: readonly string[] = AudioMimeType.options;
const CHUNK_ID = /^[A-Za-z0-9_.-]{1,100}$/;

export function audioRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/:sid/audio', requireConsent(deps), async (c) => {
    const transcriber = deps.transcriber;
    if (!transcriber) {
      throw new ApiError(
        501,
        'transcription_not_configured',
        deps.transcriptionUnavailable ?? 'Speech to text is not configured on this server; use typed entry.',
      );
    }
    const chunk = c.req.query('chunk');
    if (!chunk || !CHUNK_ID.test(chunk)) {
      throw new ApiError(
        400,
        'invalid_chunk_id',
        'Name the audio chunk with ?chunk=<id> (1-100 of A-Z a-z 0-9 _ . -), unique within the session.',
      );
    }
    const contentType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!AUDIO_TYPES.includes(contentType)) {
      throw new ApiError(415, 'unsupported_media_type', `Send audio as one of ${AUDIO_TYPES.join(', ')}.`);
    }
    const live = liveSession(c, deps);
    const answer = (ids: readonly string[]) => {
      const utterances = ids.flatMap((id) => {
        const analysis = live.byUtteranceId.get(id);
        const index = analysis ? live.context.analyses.indexOf(analysis) : -1;
        const utterance = live.context.utterances[index];
        return utterance && analysis ? [{ utterance, analysis }] : [];
      });
      return c.json({ chunk, utterances, risk: live.analyzer.risk() });
    };
    const done = live.audioChunks.get(chunk);
    if (done) return answer(done);

    const audio = new Uint8Array(await c.req.arrayBuffer());
    if (audio.byteLength === 0) throw new ApiError(400, 'empty_audio', 'The audio chunk is empty.');

    let transcript: Awaited<ReturnType<typeof transcriber.transcribe>>;
    try {
      transcript = await transcriber.transcribe(audio, {
        contentType,
        signal: AbortSignal.any([live.abort.signal, c.req.raw.signal]),
      });
    } catch (error) {
      deps.logger.warn({ err: error, sessionId: live.context.sessionId }, 'transcription failed');
      auditJob(deps, live, 'ai.transcribe', undefined, { bytes: audio.byteLength }, 'error');
      const status = (error as { status?: unknown }).status;
      // The endpoint read the request and refused the audio itself: the client sent something unusable.
      if (typeof status === 'number' && status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status)) {
        throw new ApiError(
          422,
          'audio_not_transcribable',
          `The transcription endpoint could not read this audio (HTTP ${status}); send ${AUDIO_TYPES.join(', ')} recorded by the browser.`,
        );
      }
      throw new ApiError(
        502,
        'transcription_failed',
        'The transcription endpoint did not answer usefully; try again or use typed entry.',
      );
    }
    if (live.abort.signal.aborted)
      throw new ApiError(404, 'session_not_found', 'The session ended while the audio was being transcribed.');
    const ingested: { utterance: Utterance; analysis: UtteranceAnalysis }[] = [];
    transcript.utterances.forEach((heard, i) => {
      const text = heard.text.trim().slice(0, 10_000);
      if (text === '') return;
      const utterance: Utterance = { id: `${chunk}.${i}`, speaker: heard.speaker, text };
      const { analysis } = ingestUtterance(live, utterance, riskAuditHook(deps, live));
      ingested.push({ utterance, analysis });
    });
    live.audioChunks.set(
      chunk,
      ingested.map((u) => u.utterance.id),
    );
    auditJob(
      deps,
      live,
      'ai.transcribe',
      { provider: 'openai', model: transcript.model, promptVersion: 'transcription', latencyMs: transcript.latencyMs },
      { bytes: audio.byteLength, utterancesHeard: ingested.length },
    );
    return answer(ingested.map((u) => u.utterance.id));
  });
  return app;
}
