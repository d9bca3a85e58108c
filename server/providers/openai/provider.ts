import type OpenAI from 'openai';
import { APIConnectionError, APIError, OpenAIError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import type { RiskCategory } from '../../contracts/analysis.ts';
import {
  Homework,
  type HomeworkItem,
  InterventionSuggestions,
  type Intervention,
  type JobProvenance,
  NoteDraft,
  type NoteFormat,
  type NoteRiskFlag,
  Summary,
  type SummaryTheme,
  type SupportedStatement,
} from '../../contracts/assist.ts';
import { fillPrompt, loadPrompt, type PromptName } from '../../prompts/index.ts';
import type { AssistConfig } from '../config.ts';
import { aiDisclosure } from '../embedded/disclosure.ts';
import { safetyPlanHomework } from '../embedded/homework.ts';
import { safetyInterventions } from '../embedded/interventions.ts';
import { composeNote, composeRiskAssessment, withHomeworkReview } from '../embedded/note.ts';
import { safetyTheme } from '../embedded/summarise.ts';
import { EMBEDDED_MODEL, EMBEDDED_TEMPLATES_VERSION } from '../embedded/version.ts';
import { MENTAL_STATUS_ITEMS, NOTE_SECTIONS } from '../noteFormats.ts';
import { checkNoteCitations } from '../citationCheck.ts';
import { understandingForModel, understandSession } from '../understanding.ts';
import type { Assistant, AssistLogger, EmbeddedJobs, OnPartial, SessionSnapshot } from '../types.ts';
import { createOpenAIClient } from './client.ts';
import { buildMessages, encodeData, transcriptBlock } from './messages.ts';
import { endpointProblem } from './policy.ts';
import {
  createSessionDeidentifiers,
  type Deidentifier,
  mapStrings,
  reidentifyPartial,
  type SessionPrivacy,
} from './privacy.ts';
import { withRetries } from './retry.ts';
import { type WireStatement, WireHomework, WireInterventions, WireNote, WireSummary } from './wire.ts';

/** The JSON-schema response formats, converted once (the conversion costs milliseconds per call). */
const RESPONSE_FORMATS = new Map<z.ZodType, ReturnType<typeof zodResponseFormat>>([
  [WireSummary, zodResponseFormat(WireSummary, 'session_summary')],
  [WireInterventions, zodResponseFormat(WireInterventions, 'interventions')],
  [WireHomework, zodResponseFormat(WireHomework, 'homework')],
  [WireNote, zodResponseFormat(WireNote, 'progress_note')],
]);

function responseFormat(schema: z.ZodType): ReturnType<typeof zodResponseFormat> {
  const format = RESPONSE_FORMATS.get(schema);
  if (!format) throw new Error('no response format registered for this schema');
  return format;
}

export interface RemoteDeps {
  embedded: EmbeddedJobs;
  logger: AssistLogger;
  /** Stand-in for global fetch (tests, benchmarks); every call still passes the LOCAL_ONLY guard. */
  fetch?: typeof fetch;
  now?: () => number;
}

/** A reply that arrived but cannot be used: not JSON, not the schema, a refusal, or cut short. */
class UnusableReplyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnusableReplyError';
  }
}

interface CallContext {
  client: OpenAI;
  signal: AbortSignal;
  deid: Deidentifier;
  privacy: SessionPrivacy;
  known: Set<string>;
}

/** A short, content-free reason for provenance and logs. */
function describeFailure(error: unknown, deadline: AbortSignal, timeoutMs: number): string {
  if (deadline.aborted) return `timeout: no usable reply within ${timeoutMs} ms`;
  if (error instanceof APIConnectionError) return 'connection to the model endpoint failed';
  if (error instanceof APIError && error.status !== undefined) return `model endpoint answered HTTP ${error.status}`;
  if (error instanceof UnusableReplyError) return `unusable reply: ${error.message}`;
  if (error instanceof z.ZodError) return 'unusable reply: does not match the expected schema';
  if (error instanceof SyntaxError) return 'unusable reply: malformed JSON';
  // The SDK's own parse failures (invalid structured-output JSON, a reply cut off by length or the content filter).
  if (error instanceof OpenAIError && !(error instanceof APIError))
    return 'unusable reply: malformed or incomplete structured output';
  if (error instanceof Error && error.name === 'LocalOnlyError') return error.message;
  return `model call failed (${error instanceof Error ? error.name : 'unknown error'})`;
}

/** Keeps the ids that exist in the session; a statement left with none is flagged, not dropped. */
function supported(statement: WireStatement, ctx: CallContext): SupportedStatement | undefined {
  const text = ctx.deid.reidentify(statement.text).trim();
  if (!text) return undefined;
  const utteranceIds = [...new Set(statement.utteranceIds)].filter((id) => ctx.known.has(id));
  return utteranceIds.length > 0 ? { text, utteranceIds } : { text, utteranceIds, unsupported: true };
}

function validUrl(url: string | null): string | undefined {
  return url && z.url().safeParse(url).success && /^https?:/.test(url) ? url : undefined;
}

function detectorFlagsBlock(snapshot: SessionSnapshot): string {
  const flags = snapshot.risk.flags.map((f) => ({
    utteranceId: f.utteranceId,
    level: f.level,
    categories: f.categories,
  }));
  return `<safety_detector>\n${encodeData({ level: snapshot.risk.level, flags })}\n</safety_detector>`;
}

export function createRemoteAssistant(config: AssistConfig, deps: RemoteDeps): Assistant {
  const now = deps.now ?? (() => performance.now());
  const refusal = endpointProblem(config);
  const client = refusal ? undefined : createOpenAIClient(config, deps.fetch);
  const sessions = createSessionDeidentifiers();
  const systemPrompt = loadPrompt('system');
  const model = config.OPENAI_MODEL;

  async function run<R>(
    job: PromptName,
    snapshot: SessionSnapshot,
    call: (ctx: CallContext) => Promise<R>,
    fallback: () => R,
  ): Promise<{ result: R; provenance: JobProvenance }> {
    const started = now();
    const promptVersion = `${systemPrompt.version}+${loadPrompt(job).version}`;
    const fallBack = (reason: string) => {
      deps.logger.warn(
        { job, sessionId: snapshot.sessionId, model, reason },
        'assist job fell back to the embedded provider',
      );
      const result = fallback();
      return {
        result,
        provenance: {
          provider: 'embedded',
          model: EMBEDDED_MODEL,
          promptVersion: EMBEDDED_TEMPLATES_VERSION,
          latencyMs: now() - started,
          fallbackReason: reason,
        },
      } as const;
    };
    if (!client) return fallBack(refusal ?? 'no model endpoint');
    snapshot.signal?.throwIfAborted();

    const deadline = AbortSignal.timeout(config.OPENAI_TIMEOUT_MS);
    const signal = snapshot.signal ? AbortSignal.any([deadline, snapshot.signal]) : deadline;
    const privacy = sessions.for(snapshot);
    const ctx: CallContext = {
      client,
      signal,
      deid: privacy.deid,
      privacy,
      known: new Set(snapshot.utterances.map((u) => u.id)),
    };
    try {
      const result = await withRetries(() => call(ctx), {
        retries: config.OPENAI_MAX_RETRIES,
        baseMs: config.OPENAI_RETRY_BASE_MS,
        maxMs: config.OPENAI_RETRY_MAX_MS,
        signal,
        onRetry: (info) =>
          deps.logger.info({ job, sessionId: snapshot.sessionId, model, ...info }, 'retrying model call'),
      });
      const latencyMs = now() - started;
      deps.logger.info({ job, sessionId: snapshot.sessionId, model, promptVersion, latencyMs }, 'assist job done');
      return { result, provenance: { provider: 'openai', model, promptVersion, latencyMs } };
    } catch (error) {
      if (snapshot.signal?.aborted) throw snapshot.signal.reason;
      return fallBack(describeFailure(error, deadline, config.OPENAI_TIMEOUT_MS));
    }
  }

  async function complete<T extends z.ZodType>(
    ctx: CallContext,
    schema: T,
    messages: ChatCompletionMessageParam[],
    /** Given for the jobs that stream (summary, note); the others wait for the whole reply. */
    onPartial?: (partial: unknown) => void,
  ): Promise<z.infer<T>> {
    const request = { model, messages, response_format: responseFormat(schema) };
    if (!onPartial) {
      const completion = await ctx.client.chat.completions.parse(request, { signal: ctx.signal });
      return parsedOf(completion.choices[0]?.message, schema);
    }
    const stream = ctx.client.chat.completions.stream(request, { signal: ctx.signal });
    stream.on('content.delta', ({ parsed }) => {
      if (parsed && typeof parsed === 'object') onPartial(mapStrings(parsed, (s) => reidentifyPartial(ctx.deid, s)));
    });
    const completion = await stream.finalChatCompletion();
    return parsedOf(completion.choices[0]?.message, schema);
  }

  function parsedOf<T extends z.ZodType>(
    message: { parsed?: unknown; refusal?: string | null } | undefined,
    schema: T,
  ): z.infer<T> {
    if (!message) throw new UnusableReplyError('no choices');
    if (message.refusal) throw new UnusableReplyError('the model refused');
    if (message.parsed === null || message.parsed === undefined) throw new UnusableReplyError('empty');
    return schema.parse(message.parsed);
  }

  const messagesFor = (
    job: PromptName,
    ctx: CallContext,
    snapshot: SessionSnapshot,
    values: Record<string, string | number> = {},
    extra: string[] = [],
  ) =>
    buildMessages(systemPrompt, fillPrompt(loadPrompt(job).text, values), [
      transcriptBlock(snapshot.utterances, ctx.privacy.utteranceText),
      detectorFlagsBlock(snapshot),
      ...extra,
    ]);

  return {
    provider: 'openai',
    release: (sessionId) => sessions.release(sessionId),

    summarise(snapshot, previous, options) {
      return run(
        'summarise',
        snapshot,
        async (ctx) => {
          const previousBlock = previous
            ? [
                `<previous_summary>\n${encodeData(previous.themes.map((t) => ({ label: ctx.deid.deidentify(t.label), text: ctx.deid.deidentify(t.text), utteranceIds: t.utteranceIds })))}\n</previous_summary>`,
              ]
            : [];
          const onPartial: OnPartial<unknown> = (options?.onPartial as OnPartial<unknown> | undefined) ?? (() => {});
          const wire = await complete(
            ctx,
            WireSummary,
            messagesFor('summarise', ctx, snapshot, {}, previousBlock),
            onPartial,
          );
          const themes = wire.themes.flatMap((t): SummaryTheme[] => {
            const s = supported(t, ctx);
            return s ? [{ ...s, label: ctx.deid.reidentify(t.label).trim() || 'Theme' }] : [];
          });
          const safety = safetyTheme(
            snapshot.risk,
            new Map(snapshot.utterances.map((u, i) => [u.id, i])),
            snapshot.utterances,
          );
          const flagged = new Set(snapshot.risk.flags.map((f) => f.utteranceId));
          if (safety && !themes.some((t) => t.utteranceIds.some((id) => flagged.has(id)))) themes.unshift(safety);
          return Summary.parse({
            themes,
            updatedThrough: snapshot.utterances.at(-1)?.id ?? previous?.updatedThrough ?? null,
          });
        },
        () => deps.embedded.summarise(snapshot, previous),
      );
    },

    suggestInterventions(snapshot, options = {}) {
      const max = options.max ?? 5;
      return run(
        'interventions',
        snapshot,
        async (ctx) => {
          const focus = options.focusUtteranceId ?? snapshot.utterances.at(-1)?.id ?? 'none';
          const wire = await complete(
            ctx,
            WireInterventions,
            messagesFor('interventions', ctx, snapshot, { max, focus: encodeData(focus) }),
          );
          const suggestions = wire.interventions.flatMap((w, i): Intervention[] => {
            const rationale = supported(w.rationale, ctx);
            if (!rationale) return [];
            const url = validUrl(w.reference.url);
            return [
              {
                id: `llm-${i + 1}:${rationale.utteranceIds[0] ?? 'unsupported'}`,
                modality: w.modality,
                title: ctx.deid.reidentify(w.title),
                prompt: ctx.deid.reidentify(w.prompt),
                rationale,
                reference: { citation: w.reference.citation, ...(url ? { url } : {}) },
                ...(w.distortion ? { distortion: w.distortion } : {}),
              },
            ];
          });
          // Safety comes first whatever the model chose: the detector's flags always call for it.
          const safety = safetyInterventions(snapshot, options);
          const merged = suggestions.some((s) => s.modality === 'safety_planning')
            ? suggestions
            : [...safety, ...suggestions];
          return InterventionSuggestions.parse({ interventions: merged.slice(0, Math.max(max, safety.length)) });
        },
        () => deps.embedded.suggestInterventions(snapshot, options),
      );
    },

    generateHomework(snapshot) {
      return run(
        'homework',
        snapshot,
        async (ctx) => {
          const wire = await complete(ctx, WireHomework, messagesFor('homework', ctx, snapshot));
          const items = wire.items.flatMap((w, i): HomeworkItem[] => {
            const rationale = supported(w.rationale, ctx);
            if (!rationale) return [];
            const s = w.schedule;
            return [
              {
                id: `llm-${w.kind}-${i + 1}`,
                kind: w.kind,
                title: ctx.deid.reidentify(w.title),
                instructions: ctx.deid.reidentify(w.instructions),
                schedule: {
                  frequency: s.frequency,
                  ...(s.timesPerWeek !== null ? { timesPerWeek: s.timesPerWeek } : {}),
                  ...(s.durationMinutes !== null ? { durationMinutes: s.durationMinutes } : {}),
                  ...(s.timeOfDay ? { timeOfDay: ctx.deid.reidentify(s.timeOfDay) } : {}),
                  ...(s.weeks !== null ? { weeks: s.weeks } : {}),
                },
                rationale,
              },
            ];
          });
          const safetyPlan = safetyPlanHomework(snapshot);
          if (safetyPlan && !items.some((h) => h.kind === 'safety_plan')) items.unshift(safetyPlan);
          return Homework.parse({ items });
        },
        () => deps.embedded.generateHomework(snapshot),
      );
    },

    draftNote(snapshot, format: NoteFormat, options) {
      return run(
        'note',
        snapshot,
        async (ctx) => {
          const specs = NOTE_SECTIONS[format];
          const understanding = understandSession(snapshot);
          const onPartial: OnPartial<unknown> = (options?.onPartial as OnPartial<unknown> | undefined) ?? (() => {});
          const wire = await complete(
            ctx,
            WireNote,
            messagesFor(
              'note',
              ctx,
              snapshot,
              { format, sections: specs.map((s) => `${s.key} (${s.title})`).join(', ') },
              [`<turn_roles>\n${encodeData(understandingForModel(understanding))}\n</turn_roles>`],
            ),
            onPartial,
          );
          // A model that leaves a section empty where the session has content gets the embedded
          // writer's statements for it, so the note never reads "not assessed" over what was said.
          const embedded = composeNote(snapshot, format, { understanding });
          const sections = specs.map((spec) => {
            const fromModel = wire.sections.find((s) => s.key.toLowerCase() === spec.key);
            const modelStatements = (fromModel?.statements ?? []).flatMap((st) => {
              const s = supported(st, ctx);
              return s ? [{ ...s, ...(st.claim ? { claim: st.claim } : {}) }] : [];
            });
            const statements =
              modelStatements.length > 0
                ? modelStatements
                : (embedded.sections.find((e) => e.key === spec.key)?.statements ?? []);
            return {
              key: spec.key,
              title: spec.title,
              statements,
              ...(statements.length === 0 ? { notAssessed: true } : {}),
              ...(spec.mentalStatus ? { notAssessedItems: [...MENTAL_STATUS_ITEMS] } : {}),
            };
          });
          const llmFlags: NoteRiskFlag[] = wire.riskFlags
            .filter((f) => ctx.known.has(f.utteranceId))
            .map((f) => ({
              utteranceId: f.utteranceId,
              level: f.level,
              categories: [f.category as RiskCategory],
              source: 'llm',
            }));
          const note = NoteDraft.parse({
            format,
            sections,
            riskAssessment: composeRiskAssessment(snapshot, understanding, llmFlags),
            aiDisclosure: aiDisclosure({ provider: 'openai', model }),
          });
          return withHomeworkReview(checkNoteCitations(note, understanding).note, snapshot.homeworkReview);
        },
        () => deps.embedded.draftNote(snapshot, format),
      );
    },
  };
}
