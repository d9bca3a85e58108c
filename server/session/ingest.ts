/**
 * Taking an utterance into a live session: idempotent on its id, analysed by the session's
 * analyser, pushed on the session's event stream, and followed (debounced) by a refresh of the
 * rolling summary. Typed, pasted and transcribed utterances all come through here.
 */
import type { SessionRisk, Utterance, UtteranceAnalysis } from '../contracts/analysis.ts';
import { ApiError } from '../routes/errors.ts';
import type { LiveSession } from './store.ts';

/** A 60-minute session has about 600 utterances; this leaves room for very long ones. */
export const MAX_UTTERANCES_PER_SESSION = 5000;

export interface IngestResult {
  analysis: UtteranceAnalysis;
  risk: SessionRisk;
  /** True when this id was already in the session with the same content (a replay). */
  duplicate: boolean;
}

/** Changes whenever a flag is added, revised or withdrawn (`none:0` for a session with none). */
function riskSignature(risk: SessionRisk): string {
  return `${risk.level}:${risk.flags.length}${risk.flags.map((f) => `,${f.utteranceId}/${f.level}`).join('')}`;
}

export interface IngestHooks {
  /** Called once per new utterance whose own risk level is above none (for the audit log). */
  onRiskFlag?: (utterance: Utterance, analysis: UtteranceAnalysis) => void;
}

export function ingestUtterance(live: LiveSession, utterance: Utterance, hooks: IngestHooks = {}): IngestResult {
  const { context } = live;
  const existing = live.byUtteranceId.get(utterance.id);
  if (existing) {
    const index = context.analyses.indexOf(existing);
    const previous = context.utterances[index];
    if (!previous || previous.speaker !== utterance.speaker || previous.text !== utterance.text) {
      throw new ApiError(
        409,
        'utterance_conflict',
        `Utterance ${JSON.stringify(utterance.id)} is already in this session with different content; give a new utterance a new id.`,
      );
    }
    return { analysis: existing, risk: live.analyzer.risk(), duplicate: true };
  }
  if (context.utterances.length >= MAX_UTTERANCES_PER_SESSION) {
    throw new ApiError(
      409,
      'session_full',
      `This session already holds ${MAX_UTTERANCES_PER_SESSION} utterances; end it and start a new one.`,
    );
  }

  const { analysis, revised } = live.analyzer.step(utterance);
  context.utterances.push(utterance);
  context.analyses.push(analysis);
  live.byUtteranceId.set(utterance.id, analysis);

  const risk = live.analyzer.risk();
  // Earlier client turns whose reading this one completed (raised, raised higher, lowered or
  // withdrawn, with the reason): replaced in the session and pushed to the sidebar again.
  for (const r of revised) {
    const index = context.analyses.findIndex((a) => a.id === r.id);
    if (index < 0) continue;
    context.analyses[index] = r;
    live.byUtteranceId.set(r.id, r);
    live.stream.publish('analysis', { utterance: context.utterances[index]!, analysis: r });
    if (r.risk.level !== 'none' && r.risk.revision?.change !== 'lowered')
      hooks.onRiskFlag?.(context.utterances[index]!, r);
  }
  live.stream.publish('analysis', { utterance, analysis });
  const signature = riskSignature(risk);
  if (signature !== live.riskSignature) {
    live.riskSignature = signature;
    live.stream.publish('risk', risk);
  }
  if (analysis.risk.level !== 'none') hooks.onRiskFlag?.(utterance, analysis);
  live.summaryRefresh?.poke();
  return { analysis, risk, duplicate: false };
}
