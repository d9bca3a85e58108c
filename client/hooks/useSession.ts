/**
 * The live session, from launch to sign-off: creates (or resumes) the server session, keeps the
 * transcript in the reducer, autosaves it to IndexedDB, follows the event stream and recovers
 * from a server restart by re-creating the session and replaying the transcript.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Speaker, Utterance } from '../../server/contracts/analysis.ts';
import { openEventStream, type SseMessage, type StreamStatus } from '../api/events.ts';
import { ApiError, isUnreachable } from '../api/http.ts';
import {
  AnalysisEvent,
  type AudioReply,
  type ConsentState,
  FlagReview,
  type SessionReply,
  SessionRisk,
  SummaryEvent,
} from '../api/schemas.ts';
import type { FlagDecisionRequest } from '../../server/contracts/flagReview.ts';
import type { HomeworkActivity, HomeworkOutcome } from '../../server/contracts/continuity.ts';
import type { SessionApi } from '../api/session.ts';
import { createBodyFor } from '../api/sessionStart.ts';
import type { LaunchIds } from '../smart/context.ts';
import {
  type DismissReason,
  initialSession,
  type SafetyPlanDraft,
  type SessionState,
  sessionReducer,
  unacknowledged,
} from '../state/session.ts';
import type { WrapUpDraft } from '../state/wrapUp.ts';
import {
  forget,
  launchKey,
  loadSaved,
  type Phase,
  type SavedSession,
  save,
  type SignedRecord,
  signedMarker,
} from '../storage/drafts.ts';

export type Startup =
  | { status: 'loading' }
  | { status: 'resume-prompt'; saved: SavedSession }
  | { status: 'ready' }
  | { status: 'error'; message: string };

const newId = () => crypto.randomUUID();
const now = () => new Date().toISOString();
const RETRY_UNSENT_MS = 3000;

/** Failures worth retrying quietly: no answer, or asked to slow down. */
const transient = (error: unknown) => isUnreachable(error) || (error instanceof ApiError && error.status === 429);

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/** `alreadyStarted`: the session the launch started while the app was loading (`POST /api/sessions`). */
export function useSession(ctx: LaunchIds, api: SessionApi, alreadyStarted?: Promise<SessionReply>) {
  const key = useMemo(() => launchKey(ctx), [ctx]);
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });
  const [state, dispatch] = useReducer(sessionReducer, undefined, () => initialSession(now()));
  const [phase, setPhase] = useState<Phase>('consent');
  const [consent, setConsent] = useState<ConsentState>('none');
  const [consentRecordedAt, setConsentRecordedAt] = useState<string>();
  const [sessionId, setSessionId] = useState<string>();
  const [wrapUp, setWrapUp] = useState<WrapUpDraft>();
  const [streamStatus, setStreamStatus] = useState<StreamStatus>('connecting');
  const [notice, setNotice] = useState<string>();
  const [signed, setSigned] = useState<SignedRecord>();

  const stateRef = useRef(state);
  stateRef.current = state;
  const sidRef = useRef<string | undefined>(undefined);
  sidRef.current = sessionId;
  const consentRef = useRef({ consent, consentRecordedAt });
  consentRef.current = { consent, consentRecordedAt };
  const lastEventIdRef = useRef<string | undefined>(undefined);
  const recovering = useRef<Promise<string | undefined> | undefined>(undefined);
  const serverReply = useRef<Awaited<ReturnType<SessionApi['create']>> | undefined>(undefined);

  const createBody = useMemo(() => createBodyFor(ctx), [ctx]);
  // The launch may already have asked the server for the session; that answer is used once.
  const started = useRef(alreadyStarted);

  // --- sending utterances -------------------------------------------------------------------

  const post = useCallback(
    async (sid: string, utterance: Utterance): Promise<'ok' | 'gone' | 'later' | 'refused'> => {
      try {
        const reply = await api.addUtterance(sid, utterance);
        dispatch({ type: 'utterance-analysed', analysis: reply.analysis, risk: reply.risk });
        return 'ok';
      } catch (error) {
        dispatch({ type: 'utterance-unsent', id: utterance.id });
        if (error instanceof ApiError && (error.code === 'session_not_found' || error.code === 'token_not_bound'))
          return 'gone';
        if (error instanceof ApiError && error.code === 'consent_required') {
          // Consent changed on the server (revoked elsewhere, or a restart lost it): show where it stands.
          const current = await api.consent(sid).catch(() => undefined);
          setConsent(current?.state ?? 'none');
          return 'refused';
        }
        if (!transient(error)) setNotice(error instanceof Error ? error.message : String(error));
        return 'later';
      }
    },
    [api],
  );

  /** Re-creates the server session (after a restart or an idle timeout) and replays the transcript. */
  const recover = useCallback((): Promise<string | undefined> => {
    recovering.current ??= (async () => {
      try {
        const reply = await api.create(createBody);
        let serverConsent = reply.consent;
        const recorded = consentRef.current.consentRecordedAt;
        if (serverConsent !== 'granted' && recorded && consentRef.current.consent === 'granted') {
          serverConsent = (await api.recordConsent(reply.sessionId, 'granted')).state;
        }
        setConsent(serverConsent);
        lastEventIdRef.current = undefined;
        sidRef.current = reply.sessionId;
        setSessionId(reply.sessionId);
        if (serverConsent === 'granted') {
          const all = stateRef.current.entries.map((e) => e.utterance);
          dispatch({ type: 'utterances-resending', ids: all.map((u) => u.id) });
          let replayed = true;
          for (const utterance of all) {
            if ((await post(reply.sessionId, utterance)) !== 'ok') {
              replayed = false;
              break;
            }
          }
          // The new server session knows nothing of the clinician's decisions: give them back.
          for (const d of replayed ? (stateRef.current.flagReview?.decisions ?? []) : []) {
            const body: FlagDecisionRequest =
              d.decision === 'confirmed'
                ? { decision: 'confirmed' }
                : { decision: 'not_a_risk', reason: d.reason ?? 'other' };
            const review = await api.decideFlag(reply.sessionId, d.utteranceId, body).catch(() => undefined);
            if (review) dispatch({ type: 'flag-review', review });
          }
        }
        setNotice(undefined);
        return reply.sessionId;
      } catch (error) {
        if (!isUnreachable(error)) setNotice(error instanceof Error ? error.message : String(error));
        return undefined;
      } finally {
        recovering.current = undefined;
      }
    })();
    return recovering.current;
  }, [api, createBody, post]);

  const send = useCallback(
    async (utterance: Utterance) => {
      const sid = sidRef.current;
      if (!sid) return;
      if ((await post(sid, utterance)) === 'gone') await recover();
    },
    [post, recover],
  );

  const addUtterance = useCallback(
    (text: string, speaker: Speaker, source: 'typed' | 'audio' = 'typed') => {
      const utterance: Utterance = { id: newId(), speaker, text: text.trim() };
      if (!utterance.text) return;
      dispatch({ type: 'utterance-added', utterance, at: now(), source });
      void send(utterance);
    },
    [send],
  );

  // --- start-up and resume ------------------------------------------------------------------

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const creating = started.current ?? api.create(createBody);
        started.current = undefined;
        const [reply, saved] = await Promise.all([creating, loadSaved(key).catch(() => undefined)]);
        if (cancelled) return;
        serverReply.current = reply;
        setSessionId(reply.sessionId);
        setConsent(reply.consent);
        if (saved?.signed) setSigned(saved.signed);
        const hasWork =
          saved &&
          saved.phase !== 'signed' &&
          (saved.session.entries.length > 0 ||
            Object.keys(saved.session.homeworkReview ?? {}).length > 0 ||
            saved.wrapUp);
        if (hasWork) {
          setStartup({ status: 'resume-prompt', saved });
          return;
        }
        setPhase(reply.consent === 'granted' ? 'session' : reply.consent === 'declined' ? 'declined' : 'consent');
        setStartup({ status: 'ready' });
      } catch (error) {
        if (!cancelled)
          setStartup({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, createBody, key]);

  const resume = useCallback(async () => {
    if (startup.status !== 'resume-prompt') return;
    const saved = startup.saved;
    dispatch({ type: 'restore', state: saved.session });
    stateRef.current = saved.session;
    if (saved.wrapUp) setWrapUp(saved.wrapUp);
    if (saved.consentRecordedAt) setConsentRecordedAt(saved.consentRecordedAt);
    const reply = serverReply.current;
    let serverConsent = reply?.consent ?? 'none';
    if (reply && serverConsent !== 'granted' && saved.consent === 'granted' && saved.consentRecordedAt) {
      serverConsent = await api.recordConsent(reply.sessionId, 'granted').then(
        (r) => r.state,
        () => serverConsent,
      );
    }
    setConsent(serverConsent);
    setPhase(
      serverConsent === 'granted'
        ? saved.phase === 'wrap-up'
          ? 'wrap-up'
          : 'session'
        : serverConsent === 'declined'
          ? 'declined'
          : 'consent',
    );
    setStartup({ status: 'ready' });
    // The server may still hold this live session (same encounter and clinician) or may have
    // restarted: replay whatever it has not analysed; utterance ids make the replay idempotent.
    if (reply && serverConsent === 'granted') {
      const held = reply.resumed ? await api.get(reply.sessionId).catch(() => undefined) : undefined;
      for (const { analysis } of held?.utterances ?? []) dispatch({ type: 'utterance-analysed', analysis });
      const known = new Set((held?.utterances ?? []).map((u) => u.analysis.id));
      const missing = saved.session.entries.map((e) => e.utterance).filter((u) => !known.has(u.id));
      dispatch({ type: 'utterances-resending', ids: missing.map((u) => u.id) });
      for (const utterance of missing) if ((await post(reply.sessionId, utterance)) !== 'ok') break;
    }
  }, [api, post, startup]);

  const startOver = useCallback(async () => {
    await forget(key).catch(() => undefined);
    let reply = serverReply.current;
    // A live session the server kept for this encounter holds the old transcript: end it first.
    if (reply?.resumed) {
      await api.end(reply.sessionId).catch(() => undefined);
      reply = await api.create(createBody).catch(() => reply);
      if (reply) {
        serverReply.current = reply;
        setSessionId(reply.sessionId);
        setConsent(reply.consent);
      }
    }
    setPhase(reply?.consent === 'granted' ? 'session' : reply?.consent === 'declined' ? 'declined' : 'consent');
    setStartup({ status: 'ready' });
  }, [api, createBody, key]);

  // --- autosave -----------------------------------------------------------------------------

  // Write-through with coalescing: every change is saved at once, one write at a time, so a
  // reload or a crash right after an utterance still finds it.
  const snapshot = useRef<SavedSession | undefined>(undefined);
  const writing = useRef(false);
  const persist = useCallback(async () => {
    if (writing.current) return;
    writing.current = true;
    try {
      let written: SavedSession | undefined;
      while (snapshot.current && snapshot.current !== written) {
        written = snapshot.current;
        await save(written.phase === 'signed' ? signedMarker(written) : written);
      }
    } catch {
      setNotice('This browser could not save the session; keep this tab open until you sign.');
    } finally {
      writing.current = false;
    }
  }, []);

  useEffect(() => {
    if (startup.status !== 'ready') return;
    snapshot.current = {
      key,
      ...(sessionId ? { sessionId } : {}),
      consent,
      ...(consentRecordedAt ? { consentRecordedAt } : {}),
      phase,
      session: state,
      ...(wrapUp ? { wrapUp } : {}),
      ...(lastEventIdRef.current ? { lastEventId: lastEventIdRef.current } : {}),
      ...(signed ? { signed } : {}),
      updatedAt: now(),
    };
    void persist();
  }, [key, startup.status, sessionId, consent, consentRecordedAt, phase, state, wrapUp, signed, persist]);

  // --- event stream -------------------------------------------------------------------------

  const resync = useCallback(async () => {
    const sid = sidRef.current;
    if (!sid) return;
    try {
      const held = await api.get(sid);
      for (const { analysis } of held.utterances) dispatch({ type: 'utterance-analysed', analysis });
      if (held.risk) dispatch({ type: 'risk', risk: held.risk });
      if (held.flagReview) dispatch({ type: 'flag-review', review: held.flagReview });
      if (held.summary) dispatch({ type: 'summary', summary: held.summary });
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'session_not_found' || error.code === 'token_not_bound'))
        await recover();
    }
  }, [api, recover]);

  const onStreamMessage = useCallback(
    (message: SseMessage) => {
      if (message.id !== undefined) lastEventIdRef.current = message.id;
      const data = parseJson(message.data);
      switch (message.event) {
        case 'analysis': {
          const event = AnalysisEvent.safeParse(data);
          if (event.success) dispatch({ type: 'utterance-analysed', analysis: event.data.analysis });
          break;
        }
        case 'risk': {
          const risk = SessionRisk.safeParse(data);
          if (risk.success) dispatch({ type: 'risk', risk: risk.data });
          break;
        }
        case 'flag-review': {
          const review = FlagReview.safeParse(data);
          if (review.success) dispatch({ type: 'flag-review', review: review.data });
          break;
        }
        case 'summary': {
          const event = SummaryEvent.safeParse(data);
          if (event.success)
            dispatch({
              type: 'summary',
              summary: event.data.summary,
              ...(event.data.provenance ? { provenance: event.data.provenance } : {}),
            });
          break;
        }
        case 'reset':
          // The server no longer holds the events this client missed: read its state instead.
          void resync();
          break;
        case 'end':
          // Ended on the server (idle, shutdown): the next request re-creates it.
          lastEventIdRef.current = undefined;
          break;
      }
    },
    [resync],
  );

  const live = startup.status === 'ready' && consent === 'granted' && (phase === 'session' || phase === 'wrap-up');
  useEffect(() => {
    if (!live || !sessionId) return;
    const stream = openEventStream({
      http: api.http,
      path: `/sessions/${encodeURIComponent(sessionId)}/events`,
      ...(lastEventIdRef.current ? { lastEventId: lastEventIdRef.current } : {}),
      onStatus: setStreamStatus,
      onGone: () => void recover(),
      onMessage: (message) => onStreamMessage(message),
      // A server shutting down ends the stream, but it comes back: keep trying, then re-create.
      isFinal: (message) =>
        message.event === 'end' &&
        (parseJson(message.data) as { reason?: string } | undefined)?.reason !== 'server_shutdown',
    });
    return () => stream.close();
  }, [api, live, sessionId, recover, onStreamMessage]);

  // Utterances that did not reach the server are sent again once it answers.
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => {
      const sid = sidRef.current;
      const pending = stateRef.current.entries.filter((e) => e.status === 'unsent').map((e) => e.utterance);
      if (!sid || pending.length === 0 || recovering.current) return;
      void (async () => {
        dispatch({ type: 'utterances-resending', ids: pending.map((u) => u.id) });
        for (const utterance of pending) {
          const outcome = await post(sid, utterance);
          if (outcome === 'gone') {
            await recover();
            return;
          }
          if (outcome !== 'ok') return;
        }
      })();
    }, RETRY_UNSENT_MS);
    return () => clearInterval(timer);
  }, [live, post, recover]);

  // --- consent ------------------------------------------------------------------------------

  const recordConsent = useCallback(
    async (decision: 'granted' | 'declined') => {
      const sid = sidRef.current ?? (await recover());
      if (!sid) return;
      const reply = await api.recordConsent(sid, decision);
      setConsent(reply.state);
      if (reply.state === 'granted') {
        setConsentRecordedAt(now());
        setPhase('session');
      } else {
        setPhase('declined');
      }
    },
    [api, recover],
  );

  const revokeConsent = useCallback(async () => {
    const sid = sidRef.current;
    if (!sid) return;
    const reply = await api.revokeConsent(sid);
    setConsent(reply.state);
    setConsentRecordedAt(undefined);
    // Nothing will be drafted from this session now: the client's words leave this browser too.
    dispatch({ type: 'restore', state: initialSession(now()) });
    setWrapUp(undefined);
  }, [api]);

  const askConsentAgain = useCallback(() => setPhase('consent'), []);

  // --- suggestions, safety ------------------------------------------------------------------

  const [suggesting, setSuggesting] = useState(false);
  const suggest = useCallback(async () => {
    const sid = sidRef.current;
    if (!sid) return;
    setSuggesting(true);
    try {
      const last = stateRef.current.entries.at(-1)?.utterance.id;
      const reply = await api.suggest(sid, last);
      dispatch({ type: 'suggestions', interventions: reply.interventions, provenance: reply.provenance });
      if (reply.interventions.length === 0) setNotice('No suggestion fits this moment of the session yet.');
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'session_not_found' || error.code === 'token_not_bound'))
        await recover();
      else setNotice(error instanceof Error ? error.message : String(error));
    } finally {
      setSuggesting(false);
    }
  }, [api, recover]);

  const feedback = useCallback(
    (suggestionId: string, action: 'used' | 'edited' | 'dismissed', reason?: DismissReason) => {
      const sid = sidRef.current;
      if (sid) void api.feedback(sid, { suggestionId, action, ...(reason ? { reason } : {}) }).catch(() => undefined);
    },
    [api],
  );

  const applySuggestion = useCallback(
    (id: string) => {
      dispatch({ type: 'suggestion-used', id });
      feedback(id, 'used');
    },
    [feedback],
  );
  const editSuggestion = useCallback(
    (id: string, prompt: string) => {
      dispatch({ type: 'suggestion-edited', id, prompt });
      feedback(id, 'edited');
    },
    [feedback],
  );
  const dismissSuggestion = useCallback(
    (id: string, reason: DismissReason) => {
      dispatch({ type: 'suggestion-dismissed', id, reason });
      feedback(id, 'dismissed', reason);
    },
    [feedback],
  );

  /** Utterances the server heard in an audio chunk (already analysed there). */
  const addHeard = useCallback((reply: AudioReply) => {
    for (const { utterance, analysis } of reply.utterances) {
      dispatch({ type: 'utterance-added', utterance, at: now(), source: 'audio' });
      dispatch({ type: 'utterance-analysed', analysis, risk: reply.risk });
    }
  }, []);

  /** The clinician's decision on a flag; the server's reply (or the stream) updates every view. */
  const decideFlag = useCallback(
    async (utteranceId: string, body: FlagDecisionRequest): Promise<void> => {
      const sid = sidRef.current;
      if (!sid) return;
      try {
        dispatch({ type: 'flag-review', review: await api.decideFlag(sid, utteranceId, body) });
      } catch (error) {
        setNotice(`The decision was not saved: ${error instanceof Error ? error.message : String(error)} Try again.`);
      }
    },
    [api],
  );

  const applyFlagReview = useCallback((review: FlagReview) => dispatch({ type: 'flag-review', review }), []);

  const acknowledgeRisk = useCallback(() => dispatch({ type: 'risk-acknowledged', at: now() }), []);
  const saveSafetyPlan = useCallback((plan: SafetyPlanDraft) => dispatch({ type: 'safety-plan-saved', plan }), []);
  const reviewHomework = useCallback(
    (activity: HomeworkActivity, change: { outcome?: HomeworkOutcome; progress?: string }) =>
      dispatch({ type: 'homework-reviewed', activity, change }),
    [],
  );

  const enterWrapUp = useCallback(() => setPhase('wrap-up'), []);
  const backToSession = useCallback(() => setPhase('session'), []);
  const markSigned = useCallback((note?: string) => {
    setSigned({ at: now(), ...(note ? { note } : {}) });
    setPhase('signed');
  }, []);

  return {
    key,
    startup,
    resume,
    startOver,
    phase,
    consent,
    sessionId,
    state,
    wrapUp,
    setWrapUp,
    streamStatus,
    notice,
    clearNotice: () => setNotice(undefined),
    addUtterance,
    addHeard,
    recover,
    recordConsent,
    revokeConsent,
    askConsentAgain,
    suggest,
    suggesting,
    applySuggestion,
    editSuggestion,
    dismissSuggestion,
    acknowledgeRisk,
    decideFlag,
    applyFlagReview,
    saveSafetyPlan,
    reviewHomework,
    enterWrapUp,
    backToSession,
    markSigned,
    /** The last note signed for this encounter in this browser, if any. */
    signed,
    unsentCount: unacknowledged(state).length,
  };
}

export type SessionController = ReturnType<typeof useSession>;
export type { SessionState };
