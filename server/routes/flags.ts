/**
 * `POST /api/sessions/:sid/flags/:utteranceId` — the clinician's decision on a flag: "Confirm"
 * (it may be documented) or "Not a risk" with a reason. The decision is about documentation,
 * never about alerting: the banner and the protocol were shown when the flag was raised. The
 * audit log and the per-process counters keep the decision and the reason code, never the words.
 */
import { Hono } from 'hono';
import { liveSession } from '../auth/sessionAuth.ts';
import { FlagDecisionRequest, type FlagDecision } from '../contracts/flagReview.ts';
import type { AppEnv } from '../session/context.ts';
import { flagReview } from '../session/flagReview.ts';
import { readJson } from './body.ts';
import type { RouteDeps } from './deps.ts';
import { ApiError } from './errors.ts';

export type FlagDecisionCounts = Record<string, number>;

export function flagRoutes(deps: RouteDeps, counts: FlagDecisionCounts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/:sid/flags/:utteranceId', async (c) => {
    const body = await readJson(c, FlagDecisionRequest);
    const live = liveSession(c, deps);
    const utteranceId = c.req.param('utteranceId');
    const risk = live.analyzer.risk();
    const flag = risk.flags.find((f) => f.utteranceId === utteranceId);
    if (!flag) {
      throw new ApiError(
        404,
        'flag_not_found',
        'No flag is raised on that utterance now (it may have been withdrawn); nothing to decide.',
      );
    }
    const decision: FlagDecision = {
      utteranceId,
      decision: body.decision,
      ...(body.decision === 'not_a_risk' ? { reason: body.reason } : {}),
      level: flag.level,
      categories: [...flag.categories],
      at: new Date(deps.now()).toISOString(),
    };
    live.flagDecisions.set(utteranceId, decision);
    const key = `${decision.decision}:${decision.reason ?? '-'}`;
    counts[key] = (counts[key] ?? 0) + 1;
    const { context } = live;
    void deps.audit.append({
      action: 'risk.flag_decision',
      ...(context.practitionerRef ? { actor: context.practitionerRef } : {}),
      sessionId: context.sessionId,
      detail: {
        utteranceId,
        decision: decision.decision,
        level: flag.level,
        categories: flag.categories.join(','),
        ...(decision.reason ? { reason: decision.reason } : {}),
      },
    });
    const review = flagReview(risk, live.flagDecisions);
    live.stream.publish('flag-review', review);
    return c.json(review);
  });

  return app;
}
