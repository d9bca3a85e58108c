/**
 * Live sessions, in memory only: the transcript and analyses of a session exist while it is
 * live and are dropped when it ends (explicitly, or after it has been idle too long). Nothing
 * here is written to disk; a restart loses live sessions and the client re-creates and replays.
 */
import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import type { UtteranceAnalysis } from '../contracts/analysis.ts';
import type { Summary } from '../contracts/assist.ts';
import type { FlagDecision } from '../contracts/flagReview.ts';
import type { SessionAnalyzer } from '../engine/analyze.ts';
import type { SessionContext } from './context.ts';
import type { Debounced } from './debounce.ts';
import type { EventStream } from './stream.ts';

export type { SessionAnalyzer };

/** Chart data read at session start, kept only to de-identify text before any outbound call. */
export interface ChartContext {
  patient?: Patient;
  practitioner?: Practitioner;
  relatedPersons: RelatedPerson[];
}

export interface LiveSession {
  readonly context: SessionContext;
  readonly analyzer: SessionAnalyzer;
  readonly stream: EventStream;
  /** Aborted when the session ends, cancelling any model call still running for it. */
  readonly abort: AbortController;
  readonly chart: ChartContext;
  /** Base + patient + encounter + verified clinician: a new launch with the same key resumes this session. */
  readonly resumeKey?: string;
  /** Whose session it is: the verified clinician, or — with none — the access token that opened it. */
  readonly owner: string;
  /**
   * SHA-256 of the access tokens that may use the session: the one that opened it, and those
   * presented since by the same verified clinician. A token without claims of its own (opaque,
   * or naming no user) is accepted only when it is here.
   */
  readonly tokenHashes: Set<string>;
  readonly byUtteranceId: Map<string, UtteranceAnalysis>;
  /** Audio chunk id → ids of the utterances transcribed from it (a re-posted chunk is not re-sent). */
  readonly audioChunks: Map<string, string[]>;
  /** The clinician's decision on each flag, by utterance id: only confirmed flags are documented. */
  readonly flagDecisions: Map<string, FlagDecision>;
  lastActivity: number;
  /** Level and flag count of the last `risk` event, to push one only when the risk changes. */
  riskSignature: string;
  summaryRefresh?: Debounced;
  /** The latest rolling summary, fed back to the next refresh so it updates incrementally. */
  latestSummary?: Summary;
}

export type EndReason = 'ended_by_clinician' | 'idle' | 'server_shutdown' | 'consent_withdrawn';

export interface SessionStore {
  add(session: LiveSession): void;
  get(sessionId: string): LiveSession | undefined;
  findResumable(resumeKey: string): LiveSession | undefined;
  /** Ends the session and forgets its transcript. Returns it, or `undefined` when unknown. */
  end(sessionId: string, reason: EndReason): LiveSession | undefined;
  /** Ends every session idle for longer than the limit; returns their ids. */
  sweepIdle(): string[];
  readonly size: number;
  /** Live sessions held by one owner (see `LiveSession.owner`). */
  countOwnedBy(owner: string): number;
  all(): IterableIterator<LiveSession>;
}

/** Access tokens remembered per session (a clinician's refreshed tokens); the oldest is dropped. */
const MAX_TOKENS_PER_SESSION = 32;

/** Remembers a token as one the session's owner may use it with. */
export function bindToken(live: LiveSession, tokenHash: string): void {
  live.tokenHashes.delete(tokenHash);
  live.tokenHashes.add(tokenHash);
  if (live.tokenHashes.size > MAX_TOKENS_PER_SESSION) {
    const oldest = live.tokenHashes.values().next().value;
    if (oldest !== undefined) live.tokenHashes.delete(oldest);
  }
}

/** The owner key of a session: its verified clinician, or the hash of the token that opened it. */
export function ownerOf(practitionerRef: string | undefined, tokenHash: string): string {
  return practitionerRef ?? `token:${tokenHash}`;
}

export function resumeKeyOf(parts: {
  fhirBaseUrl: string;
  patientId: string;
  encounterId?: string | undefined;
  practitionerRef?: string | undefined;
}): string | undefined {
  // Without a known clinician a launch cannot be told apart from someone else's: never resume.
  if (!parts.practitionerRef) return undefined;
  return [parts.fhirBaseUrl, parts.patientId, parts.encounterId ?? '', parts.practitionerRef].join('|');
}

export function createSessionStore(options: {
  idleMs: number;
  now?: () => number;
  onEnd?: (session: LiveSession, reason: EndReason) => void;
}): SessionStore {
  const now = options.now ?? Date.now;
  const sessions = new Map<string, LiveSession>();
  const byResumeKey = new Map<string, string>();
  const perOwner = new Map<string, number>();

  function end(sessionId: string, reason: EndReason): LiveSession | undefined {
    const session = sessions.get(sessionId);
    if (!session) return undefined;
    sessions.delete(sessionId);
    const owned = (perOwner.get(session.owner) ?? 1) - 1;
    if (owned > 0) perOwner.set(session.owner, owned);
    else perOwner.delete(session.owner);
    if (session.resumeKey && byResumeKey.get(session.resumeKey) === sessionId) byResumeKey.delete(session.resumeKey);
    session.summaryRefresh?.cancel();
    session.abort.abort();
    session.stream.close(reason);
    session.context.utterances.length = 0;
    session.context.analyses.length = 0;
    session.byUtteranceId.clear();
    session.audioChunks.clear();
    session.flagDecisions.clear();
    session.latestSummary = undefined;
    options.onEnd?.(session, reason);
    return session;
  }

  return {
    add(session) {
      sessions.set(session.context.sessionId, session);
      perOwner.set(session.owner, (perOwner.get(session.owner) ?? 0) + 1);
      if (session.resumeKey) byResumeKey.set(session.resumeKey, session.context.sessionId);
    },
    get(sessionId) {
      return sessions.get(sessionId);
    },
    findResumable(resumeKey) {
      const id = byResumeKey.get(resumeKey);
      return id ? sessions.get(id) : undefined;
    },
    end,
    sweepIdle() {
      const cutoff = now() - options.idleMs;
      const ended: string[] = [];
      for (const session of [...sessions.values()]) {
        // An open event stream alone does not keep a session alive: a tab left open overnight
        // must not keep a transcript in memory.
        if (session.lastActivity < cutoff) {
          end(session.context.sessionId, 'idle');
          ended.push(session.context.sessionId);
        }
      }
      return ended;
    },
    get size() {
      return sessions.size;
    },
    countOwnedBy(owner) {
      return perOwner.get(owner) ?? 0;
    },
    all() {
      return sessions.values();
    },
  };
}
