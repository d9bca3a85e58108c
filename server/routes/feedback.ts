/**
 * `POST /api/sessions/:sid/feedback` — what the clinician did with a suggestion (used, edited,
 * dismissed, and why), kept without content: suggestion id, action and reason code go to the
 * audit log and to per-process counters.
 */
import { Hono } from 'hono';
import { FeedbackRequest } from '../contracts/feedback.ts';
import type { AppEnv } from '../session/context.ts';
import { readJson } from './body.ts';
import type { RouteDeps } from './deps.ts';

export type FeedbackCounts = Record<string, number>;

export function feedbackRoutes(deps: RouteDeps, counts: FeedbackCounts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/:sid/feedback', async (c) => {
    const body = await readJson(c, FeedbackRequest);
    const session = c.get('session');
    const key = `${body.action}:${body.reason ?? '-'}`;
    counts[key] = (counts[key] ?? 0) + 1;
    void deps.audit.append({
      action: 'suggestion.feedback',
      ...(session.practitionerRef ? { actor: session.practitionerRef } : {}),
      sessionId: session.sessionId,
      detail: {
        suggestionId: body.suggestionId,
        feedback: body.action,
        ...(body.reason ? { reason: body.reason } : {}),
      },
    });
    return c.body(null, 204);
  });
  return app;
}
