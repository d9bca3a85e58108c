import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import type { HomeworkReview } from '../../fhir/approval.ts';
import type { SessionRisk, Utterance, UtteranceAnalysis } from '../contracts/analysis.ts';
import type {
  HomeworkResult,
  InterventionsResult,
  NoteDraft,
  NoteFormat,
  NoteResult,
  Summary,
  SummaryResult,
} from '../contracts/assist.ts';

/** Everything a job may look at: the live session so far, plus chart data used only to de-identify. */
export interface SessionSnapshot {
  /** Keys the per-session de-identifier, so placeholders stay consistent across calls. */
  sessionId?: string;
  utterances: readonly Utterance[];
  /** One per utterance, same order (the session analyser's output). */
  analyses: readonly UtteranceAnalysis[];
  risk: SessionRisk;
  /** The clinician made a safety plan in the app this session (homework may then refer to it). */
  safetyPlanMade?: boolean;
  /** Last session's homework as the clinician reviewed it with the client (the note says how it went). */
  homeworkReview?: HomeworkReview;
  patient?: Patient;
  relatedPersons?: readonly RelatedPerson[];
  practitioner?: Practitioner;
  /** Aborts any remote call (the session ended or the client went away). */
  signal?: AbortSignal;
}

export interface SuggestOptions {
  focusUtteranceId?: string;
  max?: number;
}

/** Called with partial results while a remote model is still writing (already re-identified). */
export type OnPartial<T> = (partial: T) => void;

export interface PartialSummary {
  themes: { label?: string; text?: string; utteranceIds?: string[] }[];
}
export interface PartialNote {
  sections: { key?: string; title?: string; statements?: { text?: string; utteranceIds?: string[] }[] }[];
}

export interface Assistant {
  readonly provider: 'embedded' | 'openai';
  summarise(
    snapshot: SessionSnapshot,
    previous?: Summary,
    options?: { onPartial?: OnPartial<PartialSummary> },
  ): Promise<SummaryResult>;
  suggestInterventions(snapshot: SessionSnapshot, options?: SuggestOptions): Promise<InterventionsResult>;
  generateHomework(snapshot: SessionSnapshot): Promise<HomeworkResult>;
  draftNote(
    snapshot: SessionSnapshot,
    format: NoteFormat,
    options?: { onPartial?: OnPartial<PartialNote> },
  ): Promise<NoteResult>;
  /** Forgets what was kept for a session (its de-identifier); call when the session ends. */
  release(sessionId: string): void;
}

/** Pure, synchronous job set of the embedded provider (also the fallback of the remote one). */
export interface EmbeddedJobs {
  summarise(snapshot: SessionSnapshot, previous?: Summary): Summary;
  suggestInterventions(snapshot: SessionSnapshot, options?: SuggestOptions): InterventionsResult['result'];
  generateHomework(snapshot: SessionSnapshot): HomeworkResult['result'];
  draftNote(snapshot: SessionSnapshot, format: NoteFormat): NoteDraft;
}

/** Structured log sink (pino-compatible); receives ids, counts, timings and model names only. */
export interface AssistLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}
