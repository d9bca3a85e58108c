/**
 * The assistant jobs as the routes run them: a snapshot of the live session (with the chart
 * data the de-identifier needs), cancelled when the session ends or the caller goes away, and
 * one content-free audit entry per job.
 */
import type { JobProvenance } from '../contracts/assist.ts';
import type { SessionSnapshot } from '../providers/types.ts';
import { documentedRisk } from '../session/flagReview.ts';
import type { LiveSession } from '../session/store.ts';
import type { RouteDeps } from './deps.ts';

/**
 * `documentation`: the snapshot a note, a summary for the chart or homework is written from —
 * its risk holds only the flags the clinician confirmed. Live suggestions see every flag.
 */
export function snapshotOf(
  live: LiveSession,
  signal?: AbortSignal,
  purpose: 'live' | 'documentation' = 'live',
): SessionSnapshot {
  const { context, chart } = live;
  const risk = live.analyzer.risk();
  return {
    sessionId: context.sessionId,
    utterances: context.utterances,
    analyses: context.analyses,
    risk: purpose === 'documentation' ? documentedRisk(risk, live.flagDecisions) : risk,
    ...(chart.patient ? { patient: chart.patient } : {}),
    ...(chart.practitioner ? { practitioner: chart.practitioner } : {}),
    relatedPersons: chart.relatedPersons,
    signal: signal ? AbortSignal.any([live.abort.signal, signal]) : live.abort.signal,
  };
}

export function auditJob(
  deps: RouteDeps,
  live: LiveSession,
  action: string,
  provenance: JobProvenance | undefined,
  detail: Record<string, string | number | boolean>,
  outcome: 'ok' | 'error' = 'ok',
): void {
  const { context } = live;
  void deps.audit.append({
    action,
    ...(context.practitionerRef ? { actor: context.practitionerRef } : {}),
    sessionId: context.sessionId,
    resources: [`Patient/${context.patientId}`, ...(context.encounterId ? [`Encounter/${context.encounterId}`] : [])],
    outcome,
    ...(provenance
      ? {
          provider: provenance.provider,
          model: provenance.model,
          promptVersion: provenance.promptVersion,
          latencyMs: Math.round(provenance.latencyMs),
        }
      : {}),
    detail: {
      utterances: context.utterances.length,
      ...(provenance?.fallbackReason ? { fallback: true } : {}),
      ...detail,
    },
  });
}

/** Re-summarises the session and pushes a `summary` event (run debounced after utterances). */
export async function refreshSummary(deps: RouteDeps, live: LiveSession): Promise<void> {
  const assistant = deps.assistant;
  if (!assistant || live.context.consent !== 'granted' || live.context.utterances.length === 0) return;
  try {
    const { result, provenance } = await assistant.summarise(snapshotOf(live), live.latestSummary);
    if (live.abort.signal.aborted || live.context.consent !== 'granted') return;
    live.latestSummary = result;
    live.stream.publish('summary', { summary: result, provenance });
    auditJob(deps, live, 'ai.summarise', provenance, { themes: result.themes.length });
  } catch (error) {
    if (live.abort.signal.aborted) return;
    deps.logger.warn({ err: error, sessionId: live.context.sessionId }, 'summary refresh failed');
    auditJob(deps, live, 'ai.summarise', undefined, {}, 'error');
  }
}
