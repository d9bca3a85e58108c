import { toFile } from 'openai';
import type { TranscriptionCreateParamsNonStreaming } from 'openai/resources/audio/transcriptions';
import { z } from 'zod';
import { Speaker } from '../contracts/analysis.ts';
import {
  type AssistConfig,
  type AssistConfigInput,
  parseAssistConfig,
  remoteProviderWanted,
} from '../providers/config.ts';
import { createOpenAIClient } from '../providers/openai/client.ts';
import { endpointProblem } from '../providers/openai/policy.ts';
import { withRetries } from '../providers/openai/retry.ts';

/** Formats browsers record (MediaRecorder: webm/opus, ogg/opus) and what tests and tools produce (wav). */
export const AudioMimeType = z.enum([
  'audio/webm',
  'audio/ogg',
  'audio/wav',
  'audio/x-wav',
  'audio/wave',
  'audio/mpeg',
  'audio/mp4',
]);
export type AudioMimeType = z.infer<typeof AudioMimeType>;

/** The endpoint's own upload limit. */
export const MAX_AUDIO_BYTES = 25 * 1024 * 1024;

export const TranscribeOptions = z.object({
  /** The chunk's media type; parameters such as `;codecs=opus` are ignored. */
  contentType: z.preprocess((v) => (typeof v === 'string' ? v.split(';')[0]?.trim().toLowerCase() : v), AudioMimeType),
  /** Diarisation labels ("A", "B", or known speaker names) mapped to who they are. */
  speakerMap: z.record(z.string(), Speaker).optional(),
  signal: z.instanceof(AbortSignal).optional(),
});
export type TranscribeOptions = z.input<typeof TranscribeOptions>;

export interface HeardTurn {
  speaker: Speaker;
  text: string;
}

export interface Transcription {
  /** In the order spoken; the caller gives them ids as they enter the session. */
  utterances: HeardTurn[];
  model: string;
  latencyMs: number;
}

export interface Transcriber {
  readonly model: string;
  transcribe(audio: Uint8Array, options: TranscribeOptions): Promise<Transcription>;
}

const EXTENSION: Record<AudioMimeType, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
};

const DiarizedReply = z.object({
  segments: z.array(z.object({ id: z.string().optional(), speaker: z.string(), text: z.string() })),
});
const PlainReply = z.object({ text: z.string() });

/**
 * Why audio cannot be transcribed with this configuration (the server answers 501 with it),
 * or undefined when it can. Audio cannot be de-identified, so it is only ever sent to an
 * endpoint the clinic configured; under LOCAL_ONLY that endpoint must be on this machine
 * (an on-premises speech server on a loopback address).
 */
export function transcriptionUnavailableReason(config: AssistConfig): string | undefined {
  if (!remoteProviderWanted(config)) {
    return 'Speech to text is not configured on this server: set OPENAI_API_KEY (and OPENAI_BASE_URL for an on-premises or Azure endpoint), or use typed entry.';
  }
  const problem = endpointProblem(config);
  if (problem)
    return `Speech to text is unavailable: ${problem}. Use typed entry, or point OPENAI_BASE_URL at a speech server${config.LOCAL_ONLY ? ' on this machine' : ''}.`;
  return undefined;
}

function speakerFor(label: string, map: Record<string, Speaker> | undefined): Speaker {
  const mapped = map?.[label];
  if (mapped) return mapped;
  const named = Speaker.safeParse(label.toLowerCase());
  return named.success ? named.data : 'unknown';
}

/** A transcriber for the configured endpoint, or null when none is configured (see the reason above). */
export function createTranscriber(
  config: AssistConfig | AssistConfigInput,
  deps: { fetch?: typeof fetch } = {},
): Transcriber | null {
  const parsed = parseAssistConfig(config as Record<string, unknown>);
  if (transcriptionUnavailableReason(parsed)) return null;
  const client = createOpenAIClient(parsed, deps.fetch);
  const model = parsed.OPENAI_TRANSCRIBE_MODEL;
  // Only the diarising models return speakers; the others reject `diarized_json`.
  const diarize = /diariz/i.test(model);

  return {
    model,
    async transcribe(audio, options) {
      const started = performance.now();
      const { contentType, speakerMap, signal: callerSignal } = TranscribeOptions.parse(options);
      if (audio.byteLength === 0 || audio.byteLength > MAX_AUDIO_BYTES) {
        throw new RangeError(`Audio chunks must be between 1 byte and ${MAX_AUDIO_BYTES} bytes`);
      }
      const deadline = AbortSignal.timeout(parsed.OPENAI_TIMEOUT_MS);
      const signal = callerSignal ? AbortSignal.any([deadline, callerSignal]) : deadline;
      const file = await toFile(audio, `chunk.${EXTENSION[contentType]}`, { type: contentType });
      const params: TranscriptionCreateParamsNonStreaming = diarize
        ? { file, model, response_format: 'diarized_json', chunking_strategy: 'auto' }
        : { file, model, response_format: 'json' };
      const reply: unknown = await withRetries(() => client.audio.transcriptions.create(params, { signal }), {
        retries: parsed.OPENAI_MAX_RETRIES,
        baseMs: parsed.OPENAI_RETRY_BASE_MS,
        maxMs: parsed.OPENAI_RETRY_MAX_MS,
        signal,
      });
      const diarized = DiarizedReply.safeParse(reply);
      const pieces = diarized.success
        ? diarized.data.segments.map((seg) => ({ speaker: speakerFor(seg.speaker, speakerMap), text: seg.text }))
        : [{ speaker: 'unknown' as const, text: PlainReply.parse(reply).text }];
      // Consecutive segments of one speaker are one turn.
      const utterances: HeardTurn[] = [];
      for (const piece of pieces) {
        const text = piece.text.trim();
        if (!text) continue;
        const last = utterances.at(-1);
        if (last && last.speaker === piece.speaker && piece.speaker !== 'unknown') last.text = `${last.text} ${text}`;
        else utterances.push({ speaker: piece.speaker, text });
      }
      return { utterances, model, latencyMs: performance.now() - started };
    },
  };
}
