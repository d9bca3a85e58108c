/**
 * `POST /api/sessions/:sid/utterances` — one utterance in, its analysis and the session's risk
 * out (also pushed on the event stream). Idempotent on the utterance id, so a client can replay
 * its whole transcript after a reconnect or a server restart.
 */
import { Hono } from 'hono';
import { liveSession, requireConsent } from '../auth/sessionAuth.ts';
import { Utterance } from '../contracts/analysis.ts';
import type { AppEnv } from '../session/context.ts';
import { ingestUtterance, type IngestHooks } from '../session/ingest.ts';
import type { LiveSession } from '../session/store.ts';
import { readJson } from './body.ts';
import type { RouteDeps } from './deps.ts';

/** Audit entry for a raised risk flag: which utterance, which level and categories — never the words. */
export function riskAuditHook(deps: RouteDeps, live: LiveSession): IngestHooks {
  return {
    onRiskFlag(utterance, analysis) {
      const { context } = live;
      void deps.audit.append({
        action: 'risk.flag',
        ...(context.practitionerRef ? { actor: context.practitionerRef } : {}),
        sessionId: context.sessionId,
        resources: [`Patient/${context.patientId}`],
        detail: {
          utteranceId: utterance.id.slice(0, 60),
          level: analysis.risk.level,
          categories: analysis.risk.categories.join(','),
        },
      });
    },
  };
}

export function utteranceRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/:sid/utterances', requireConsent(deps), async (c) => {
    const utterance = await readJson(c, Utterance);
    const live = liveSession(c, deps);
    const { analysis, risk, duplicate } = ingestUtterance(live, utterance, riskAuditHook(deps, live));
    return c.json({ analysis, risk, duplicate });
  });
  return app;
}
