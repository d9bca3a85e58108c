/**
 * What the route modules share: configuration, the live session store, the token verifier,
 * rate limiters, the audit log and the pluggable parts (engine, assistant, transcriber, consent).
 */
import type { FhirAllowlist } from '../auth/allowlist.ts';
import type { IdTokenVerifier } from '../auth/idToken.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import type { AuditLog } from '../audit/log.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Assistant } from '../providers/types.ts';
import type { RateLimiter } from '../security/rateLimit.ts';
import type { Transcriber } from '../speech/transcribe.ts';
import type { ConsentService } from '../session/context.ts';
import type { SessionAnalyzer, SessionStore } from '../session/store.ts';

export interface RouteDeps {
  config: Config;
  logger: Logger;
  sessions: SessionStore;
  allowlist: FhirAllowlist;
  verifier: TokenVerifier;
  idTokens: IdTokenVerifier;
  audit: AuditLog;
  consentService: ConsentService;
  createAnalyzer: () => SessionAnalyzer;
  assistant?: Assistant;
  transcriber?: Transcriber | null;
  /** Why audio answers 501 when there is no transcriber (says what to configure). */
  transcriptionUnavailable?: string;
  /** Outbound HTTP to allowlisted FHIR servers only. */
  fetch: typeof fetch;
  limits: { user: RateLimiter; session: RateLimiter; ai: RateLimiter };
  now: () => number;
  /** Delay and longest wait of the rolling summary refresh after utterances. */
  summaryRefresh: { delayMs: number; maxWaitMs: number };
}
