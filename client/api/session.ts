/**
 * The session API of the Session Copilot server, one function per endpoint.
 */
import { z } from 'zod';
import type { Utterance } from '../../server/contracts/analysis.ts';
import type { NoteFormat } from '../../server/contracts/assist.ts';
import type { FlagDecisionRequest } from '../../server/contracts/flagReview.ts';
import type { HomeworkReview } from '../../server/contracts/continuity.ts';
import type { DismissReasonCode } from '../state/session.ts';
import { ApiError, errorFrom, type Http } from './http.ts';
import type { CreateSessionBody } from './sessionStart.ts';
import {
  ApproveReply,
  AudioReply,
  ConsentState,
  SessionReply,
  SessionStateReply,
  SuggestionsReply,
  UtteranceReply,
  FlagReview,
  WrapUpReply,
  WrapUpRiskReply,
  WritesReply,
  WriteView,
} from './schemas.ts';

export const ConsentReply = z.looseObject({ state: ConsentState, consentRef: z.string().nullable().optional() });
export type ConsentReply = z.infer<typeof ConsentReply>;

const Anything = z.unknown();

export type FeedbackAction = 'used' | 'edited' | 'dismissed';

export function createSessionApi(http: Http) {
  const at = (sid: string, rest = '') => `/sessions/${encodeURIComponent(sid)}${rest}`;
  return {
    http,
    create(body: CreateSessionBody) {
      return http.request('POST', '/sessions', SessionReply, body);
    },
    get(sid: string) {
      return http.request('GET', at(sid), SessionStateReply);
    },
    end(sid: string) {
      return http.request('DELETE', at(sid), Anything);
    },
    addUtterance(sid: string, utterance: Utterance) {
      return http.request('POST', at(sid, '/utterances'), UtteranceReply, utterance);
    },
    suggest(sid: string, focusUtteranceId?: string) {
      return http.request(
        'POST',
        at(sid, '/suggestions'),
        SuggestionsReply,
        focusUtteranceId ? { focusUtteranceId } : {},
      );
    },
    feedback(sid: string, body: { suggestionId: string; action: FeedbackAction; reason?: DismissReasonCode }) {
      return http.request('POST', at(sid, '/feedback'), Anything, body);
    },
    /** One self-contained audio chunk; `chunkId` makes a re-post after a network error harmless. */
    async audio(sid: string, chunkId: string, chunk: Blob) {
      const response = await http.fetch(at(sid, `/audio?chunk=${encodeURIComponent(chunkId)}`), {
        method: 'POST',
        headers: { 'Content-Type': chunk.type || 'audio/webm' },
        body: chunk,
      });
      if (!response.ok) throw await errorFrom(response);
      const parsed = AudioReply.safeParse(await response.json());
      if (!parsed.success)
        throw new ApiError(
          502,
          'unexpected_reply',
          'The server’s reply to an audio chunk did not have the expected shape.',
        );
      return parsed.data;
    },
    /** The drafts of the wrap-up; the homework review makes the note say how earlier homework went. */
    wrapUp(sid: string, format: NoteFormat, safetyPlanMade = false, homeworkReview: HomeworkReview = []) {
      return http.request('POST', at(sid, '/wrap-up'), WrapUpReply, { format, safetyPlanMade, homeworkReview });
    },
    /** The note's risk section written again from the flags confirmed so far. */
    wrapUpRisk(sid: string) {
      return http.request('POST', at(sid, '/wrap-up/risk'), WrapUpRiskReply, {});
    },
    decideFlag(sid: string, utteranceId: string, body: FlagDecisionRequest) {
      return http.request('POST', at(sid, `/flags/${encodeURIComponent(utteranceId)}`), FlagReview, body);
    },
    consent(sid: string) {
      return http.request('GET', at(sid, '/consent'), ConsentReply);
    },
    recordConsent(sid: string, decision: 'granted' | 'declined') {
      return http.request('POST', at(sid, '/consent'), ConsentReply, { decision });
    },
    revokeConsent(sid: string) {
      return http.request('POST', at(sid, '/consent/revoke'), ConsentReply, {});
    },
    approve(sid: string, body: unknown) {
      return http.request('POST', at(sid, '/approve'), ApproveReply, body);
    },
    amend(sid: string, body: unknown) {
      return http.request('POST', at(sid, '/amend'), ApproveReply, body);
    },
    writes(sid: string) {
      return http.request('GET', at(sid, '/writes'), WritesReply);
    },
    retryWrite(sid: string, writeId: string) {
      return http.request('POST', at(sid, `/writes/${encodeURIComponent(writeId)}/retry`), WriteView, {});
    },
  };
}

export type SessionApi = ReturnType<typeof createSessionApi>;
