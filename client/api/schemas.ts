/**
 * Shapes of the server's replies that the client reads. The shared contracts are the source of
 * truth; what the client needs beyond them is declared here, loosely enough that the server
 * may add fields without breaking the app.
 */
import { z } from 'zod';
import { SessionRisk, Utterance, UtteranceAnalysis } from '../../server/contracts/analysis.ts';
import {
  Homework,
  InterventionSuggestions,
  JobProvenance,
  NoteDraft,
  NoteRiskAssessment,
  Summary,
} from '../../server/contracts/assist.ts';
import { FlagReview } from '../../server/contracts/flagReview.ts';
import { ConsentState } from '../../fhir/clinicalTerms.ts';
import { ActivityOutcomeResult, CarryOver } from '../../server/contracts/continuity.ts';

export { ConsentState, FlagReview, SessionRisk };

const Analysed = z.looseObject({ utterance: Utterance, analysis: UtteranceAnalysis });

/** `POST /api/sessions` (201 new, 200 resumed). */
export const SessionReply = z.looseObject({
  sessionId: z.string().min(1),
  consent: ConsentState,
  resumed: z.boolean().optional(),
  utteranceCount: z.number().int().nonnegative().optional(),
  lastEventId: z.number().int().nonnegative().optional(),
});
export type SessionReply = z.infer<typeof SessionReply>;

/** `GET /api/sessions/:sid`: the live session with what the server holds of its transcript. */
export const SessionStateReply = SessionReply.extend({
  utterances: z.array(Analysed).default([]),
  risk: SessionRisk.optional(),
  flagReview: FlagReview.optional(),
  summary: Summary.optional(),
});
export type SessionStateReply = z.infer<typeof SessionStateReply>;

export const UtteranceReply = z.looseObject({
  analysis: UtteranceAnalysis,
  risk: SessionRisk,
  duplicate: z.boolean().optional(),
});
export type UtteranceReply = z.infer<typeof UtteranceReply>;

/** Stream events. */
export const AnalysisEvent = Analysed;
export const SummaryEvent = z.looseObject({ summary: Summary, provenance: JobProvenance.optional() });

export const SuggestionsReply = InterventionSuggestions.extend({ provenance: JobProvenance });
export type SuggestionsReply = z.infer<typeof SuggestionsReply>;

export const WrapUpReply = z.looseObject({
  summary: Summary,
  note: NoteDraft,
  homework: Homework,
  risk: SessionRisk.optional(),
  flagReview: FlagReview.optional(),
  provenance: z.looseObject({ summary: JobProvenance, note: JobProvenance, homework: JobProvenance }),
  /** Themes and goals for the next session's continuity view, sent back with the approval. */
  carryOver: CarryOver.optional(),
});
export type WrapUpReply = z.infer<typeof WrapUpReply>;

/** `POST /api/sessions/:sid/wrap-up/risk`: the risk section again, after decisions on flags. */
export const WrapUpRiskReply = z.looseObject({ riskAssessment: NoteRiskAssessment, flagReview: FlagReview });
export type WrapUpRiskReply = z.infer<typeof WrapUpRiskReply>;

export const AudioReply = z.looseObject({
  chunk: z.string(),
  utterances: z.array(Analysed),
  risk: SessionRisk,
});
export type AudioReply = z.infer<typeof AudioReply>;

const WrittenResourceView = z.looseObject({
  resourceType: z.string(),
  destination: z.enum(['ehr', 'companion']),
  reference: z.string(),
});
export type WrittenResourceView = z.infer<typeof WrittenResourceView>;

/** A write of the approved note as the server reports it: state and destinations, never content. */
export const WriteView = z.looseObject({
  writeId: z.string(),
  state: z.enum(['pending', 'writing', 'retrying', 'written', 'failed']),
  attempts: z.number().optional(),
  nextAttemptAt: z.string().nullable().optional(),
  lastError: z.looseObject({ code: z.string(), message: z.string() }).nullable().optional(),
  note: WrittenResourceView.nullable().optional(),
  resources: z.array(WrittenResourceView).default([]),
  /** Where each reviewed homework outcome was recorded, once written. */
  homeworkOutcomes: z.array(ActivityOutcomeResult).optional(),
  createdAt: z.string().optional(),
});
export type WriteView = z.infer<typeof WriteView>;

/** `POST /approve` answers with the write, possibly wrapped. */
export const ApproveReply = z.union([WriteView, z.looseObject({ write: WriteView }).transform((r) => r.write)]);
export const WritesReply = z.union([
  z.array(WriteView),
  z.looseObject({ writes: z.array(WriteView) }).transform((r) => r.writes),
]);
