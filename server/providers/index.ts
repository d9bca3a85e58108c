import type { AssistConfig, AssistConfigInput } from './config.ts';
import { parseAssistConfig, remoteProviderWanted } from './config.ts';
import { EMBEDDED_MODEL, EMBEDDED_TEMPLATES_VERSION, embeddedJobs } from './embedded/index.ts';
import { createRemoteAssistant } from './openai/provider.ts';
import type { Assistant, AssistLogger, EmbeddedJobs } from './types.ts';

export type { Assistant, AssistLogger, SessionSnapshot, SuggestOptions, PartialNote, PartialSummary } from './types.ts';
export { AssistConfig, parseAssistConfig } from './config.ts';

export interface AssistantDeps {
  logger?: AssistLogger;
  /** Replaces global fetch for remote calls (tests, benchmarks); the LOCAL_ONLY guard still applies. */
  fetch?: typeof fetch;
  now?: () => number;
}

const silent: AssistLogger = { info: () => {}, warn: () => {} };

/** Runs the synchronous embedded jobs behind the same async interface, with provenance. */
function createEmbeddedAssistant(jobs: EmbeddedJobs, now: () => number): Assistant {
  const timed = async <R>(work: () => R) => {
    const started = now();
    const result = work();
    return {
      result,
      provenance: {
        provider: 'embedded' as const,
        model: EMBEDDED_MODEL,
        promptVersion: EMBEDDED_TEMPLATES_VERSION,
        latencyMs: now() - started,
      },
    };
  };
  return {
    provider: 'embedded',
    summarise: (snapshot, previous) => timed(() => jobs.summarise(snapshot, previous)),
    suggestInterventions: (snapshot, options) => timed(() => jobs.suggestInterventions(snapshot, options)),
    generateHomework: (snapshot) => timed(() => jobs.generateHomework(snapshot)),
    draftNote: (snapshot, format) => timed(() => jobs.draftNote(snapshot, format)),
    release: () => {},
  };
}

/**
 * The assistant the server and the command line use. Embedded unless a remote model is
 * configured (`AI_PROVIDER=openai` or an `OPENAI_API_KEY`); the remote one falls back to the
 * embedded jobs on any failure, de-identifies everything it sends, and under LOCAL_ONLY
 * never calls anything off this machine.
 */
export function createAssistant(config: AssistConfig | AssistConfigInput, deps: AssistantDeps = {}): Assistant {
  const parsed = parseAssistConfig(config as Record<string, unknown>);
  const now = deps.now ?? (() => performance.now());
  if (!remoteProviderWanted(parsed)) return createEmbeddedAssistant(embeddedJobs, now);
  return createRemoteAssistant(parsed, {
    embedded: embeddedJobs,
    logger: deps.logger ?? silent,
    fetch: deps.fetch,
    now,
  });
}
