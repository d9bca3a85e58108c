/**
 * `POST /api/sessions/:sid/feedback` — what the clinician did with a suggestion (used, edited,
 * dismissed, and why), kept without content: suggestion id, action and reason code go to the
 * audit log and to per-process counters.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../session/context.ts';
import { readJson } from './body.ts';
import type { RouteDeps } from './deps.ts';

export const FeedbackAction = z.enum(['used', 'edited', 'dismissed']);
export const DismissReason = z.enum([
  'misread_sarcasm',
  'not_clinically_relevant',
  'wrong_timing',
  'already_done',
  'not_a_fit_for_client',
  'other',
]);

export const FeedbackRequest = z.strictObject({
  suggestionId: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'must be the id of a suggestion (1-100 of A-Z a-z 0-9 _ . : -)'),
  action: FeedbackAction,
  reason: DismissReason.optional(),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

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
      detail: { suggestionId: body.suggestionId, feedback: body.action, ...(body.reason ? { reason: body.reason } : {}) },
    });
    return c.body(null, 204);
  });
  return app;
}
