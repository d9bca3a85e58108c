/**
 * `POST /api/sessions/:sid/suggestions` — interventions for the current moment.
 * `POST /api/sessions/:sid/wrap-up` — summary, note draft and homework at the end of a session.
 * Both run only with consent, under the per-session AI rate limit, and are cancelled when the
 * session ends or the caller disconnects.
 */
import { Hono } from 'hono';
import { liveSession, rateLimited, requireConsent } from '../auth/sessionAuth.ts';
import { CarryOver } from '../../fhir/approval.ts';
import type { NoteDraft, Summary } from '../contracts/assist.ts';
import { SuggestRequest, WrapUpRequest } from '../contracts/assist.ts';
import type { Assistant } from '../providers/types.ts';
import type { AppEnv } from '../session/context.ts';
import { readJson } from './body.ts';
import type { RouteDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { auditJob, snapshotOf } from './jobs.ts';
import { buildRiskAssessment } from '../providers/riskSection.ts';
import { documentedRisk, flagReview } from '../session/flagReview.ts';

/** What this session hands to the next: the summary's themes and the goals the note names. */
function carryOverOf(summary: Summary, note: NoteDraft): CarryOver {
  const goals = note.sections.flatMap((s) => s.statements.filter((st) => st.claim === 'goal').map((st) => st.text));
  return CarryOver.parse({
    themes: [...new Set(summary.themes.map((t) => t.label))].slice(0, 20),
    goals: [...new Set(goals)].slice(0, 20),
  });
}

function assistantOf(deps: RouteDeps): Assistant {
  if (!deps.assistant) {
    throw new ApiError(503, 'assistant_unavailable', 'The assistant is not configured on this server.');
  }
  return deps.assistant;
}

function takeAiToken(deps: RouteDeps, sessionId: string): void {
  const decision = deps.limits.ai.take(sessionId);
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, "session's assistant");
}

export function assistRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/:sid/suggestions', requireConsent(deps), async (c) => {
    const body = await readJson(c, SuggestRequest, { optional: true });
    const live = liveSession(c, deps);
    if (body.focusUtteranceId !== undefined && !live.byUtteranceId.has(body.focusUtteranceId)) {
      throw new ApiError(400, 'unknown_utterance', 'focusUtteranceId does not name an utterance of this session.');
    }
    const assistant = assistantOf(deps);
    takeAiToken(deps, live.context.sessionId);
    const { result, provenance } = await assistant.suggestInterventions(snapshotOf(live, c.req.raw.signal), {
      ...(body.focusUtteranceId ? { focusUtteranceId: body.focusUtteranceId } : {}),
      max: body.max,
    });
    auditJob(deps, live, 'ai.suggest', provenance, { suggestions: result.interventions.length });
    return c.json({ ...result, provenance });
  });

  app.post('/:sid/wrap-up', requireConsent(deps), async (c) => {
    const body = await readJson(c, WrapUpRequest, { optional: true });
    const live = liveSession(c, deps);
    const assistant = assistantOf(deps);
    takeAiToken(deps, live.context.sessionId);
    const snapshot = {
      ...snapshotOf(live, c.req.raw.signal, 'documentation'),
      safetyPlanMade: body.safetyPlanMade,
      homeworkReview: body.homeworkReview,
    };
    const [summary, note, homework] = await Promise.all([
      assistant.summarise(snapshot, live.latestSummary),
      assistant.draftNote(snapshot, body.format),
      assistant.generateHomework(snapshot),
    ]);
    auditJob(deps, live, 'ai.wrap_up', note.provenance, {
      format: body.format,
      sections: note.result.sections.length,
      homework: homework.result.items.length,
    });
    return c.json({
      summary: summary.result,
      note: note.result,
      homework: homework.result,
      risk: live.analyzer.risk(),
      flagReview: flagReview(live.analyzer.risk(), live.flagDecisions),
      provenance: { summary: summary.provenance, note: note.provenance, homework: homework.provenance },
      carryOver: carryOverOf(summary.result, note.result),
    });
  });

  /**
   * The note's risk section again, after the clinician decided on flags at wrap-up: written from
   * the confirmed flags only, so the rest of the clinician's edits to the draft are kept.
   */
  app.post('/:sid/wrap-up/risk', requireConsent(deps), (c) => {
    const live = liveSession(c, deps);
    const risk = live.analyzer.risk();
    return c.json({
      riskAssessment: buildRiskAssessment(live.context.utterances, documentedRisk(risk, live.flagDecisions)),
      flagReview: flagReview(risk, live.flagDecisions),
    });
  });

  return app;
}
