/**
 * Everything the session screen shows, as one pure reducer: the transcript with each
 * utterance's analysis, the session's risk, the rolling summary, suggestion cards and the
 * safety plan. Replies from the server and events from the stream can arrive in any order and
 * more than once; every action is idempotent on utterance and suggestion ids.
 */
import type { RiskLevel, Utterance, UtteranceAnalysis } from '../../server/contracts/analysis.ts';
import { levelRank } from '../../server/contracts/riskLevels.ts';
import type { Intervention, JobProvenance, Summary } from '../../server/contracts/assist.ts';
import type { FlagReview, SessionRisk } from '../api/schemas.ts';
import type { z } from 'zod';
import type { DismissReason as DismissReasonSchema } from '../../server/contracts/feedback.ts';
import type { HomeworkActivity, HomeworkOutcome } from '../../server/contracts/continuity.ts';
import { type HomeworkReviewDraft, recordOutcome } from './homeworkReview.ts';

export type EntryStatus = 'sending' | 'analysed' | 'unsent';

export interface TranscriptEntry {
  utterance: Utterance;
  /** When it was said (ISO), for the timeline and the note's period. */
  at: string;
  source: 'typed' | 'audio';
  status: EntryStatus;
  analysis?: UtteranceAnalysis;
}

export type SuggestionStatus = 'open' | 'used' | 'edited' | 'dismissed';

export interface SuggestionCard {
  intervention: Intervention;
  status: SuggestionStatus;
  /** The clinician's wording after "Edit". */
  editedPrompt?: string;
  dismissReason?: DismissReason;
}

/** The reasons the server keeps (as codes, never with the suggestion's content). */
export type DismissReasonCode = z.infer<typeof DismissReasonSchema>;
export const DISMISS_REASONS = {
  misread_sarcasm: 'Misread sarcasm',
  not_clinically_relevant: 'Not clinically relevant',
  wrong_timing: 'Wrong timing',
  already_done: 'Already done',
  not_a_fit_for_client: 'Not a fit for this client',
  other: 'Other',
} as const satisfies Record<DismissReasonCode, string>;
export type DismissReason = DismissReasonCode;

export const SAFETY_PLAN_STEPS = [
  {
    key: 'warningSigns',
    title: 'Warning signs',
    hint: 'Thoughts, images, moods or situations that come before a crisis',
  },
  {
    key: 'internalCopingStrategies',
    title: 'Internal coping strategies',
    hint: 'Things to do alone to take the mind off problems',
  },
  {
    key: 'socialDistractions',
    title: 'People and places that distract',
    hint: 'People and social settings that help take the mind off things',
  },
  {
    key: 'peopleToAskForHelp',
    title: 'People to ask for help',
    hint: 'Family or friends who can help in a crisis (name and phone)',
  },
  {
    key: 'professionalsAndAgencies',
    title: 'Professionals and agencies',
    hint: 'Clinicians, urgent care and crisis lines to contact',
  },
  { key: 'makingEnvironmentSafe', title: 'Making the environment safe', hint: 'Steps to limit access to lethal means' },
  { key: 'reasonsForLiving', title: 'Reasons for living', hint: 'The things most worth living for' },
] as const;
export type SafetyPlanKey = (typeof SAFETY_PLAN_STEPS)[number]['key'];
export type SafetyPlanDraft = Record<SafetyPlanKey, string[]> & { origin: 'ai' | 'edited'; savedAt?: string };

export interface RiskAcknowledgement {
  level: RiskLevel;
  flagCount: number;
  at: string;
}

export interface SessionState {
  entries: TranscriptEntry[];
  risk: SessionRisk | null;
  acknowledged: RiskAcknowledgement | null;
  summary: Summary | null;
  summaryProvenance?: JobProvenance;
  suggestions: SuggestionCard[];
  suggestionsProvenance?: JobProvenance;
  safetyPlan: SafetyPlanDraft | null;
  /** The clinician's decisions on flags, as the server holds them (absent in drafts saved before). */
  flagReview?: FlagReview | null;
  /** Earlier homework as reviewed with the client (absent in drafts saved before). */
  homeworkReview?: HomeworkReviewDraft;
  startedAt: string;
}

export type SessionAction =
  | { type: 'restore'; state: SessionState }
  | { type: 'utterance-added'; utterance: Utterance; at: string; source: 'typed' | 'audio' }
  | { type: 'utterance-analysed'; analysis: UtteranceAnalysis; risk?: SessionRisk }
  | { type: 'utterance-unsent'; id: string }
  | { type: 'utterances-resending'; ids: string[] }
  | { type: 'risk'; risk: SessionRisk }
  | { type: 'summary'; summary: Summary; provenance?: JobProvenance }
  | { type: 'suggestions'; interventions: Intervention[]; provenance?: JobProvenance }
  | { type: 'suggestion-used'; id: string }
  | { type: 'suggestion-edited'; id: string; prompt: string }
  | { type: 'suggestion-dismissed'; id: string; reason: DismissReason }
  | { type: 'risk-acknowledged'; at: string }
  | { type: 'safety-plan-saved'; plan: SafetyPlanDraft }
  | { type: 'flag-review'; review: FlagReview }
  | { type: 'homework-reviewed'; activity: HomeworkActivity; change: { outcome?: HomeworkOutcome; progress?: string } };

export function initialSession(startedAt: string): SessionState {
  return { entries: [], risk: null, acknowledged: null, summary: null, suggestions: [], safetyPlan: null, startedAt };
}

/** The banner asks for an acknowledgement whenever there is risk the clinician has not yet seen. */
export function needsAcknowledgement(state: Pick<SessionState, 'risk' | 'acknowledged'>): boolean {
  const risk = state.risk;
  if (!risk || risk.level === 'none') return false;
  const ack = state.acknowledged;
  if (!ack) return true;
  return levelRank(risk.level) > levelRank(ack.level) || risk.flags.length > ack.flagCount;
}

function updateEntry(
  entries: TranscriptEntry[],
  id: string,
  change: (e: TranscriptEntry) => TranscriptEntry,
): TranscriptEntry[] {
  const index = entries.findIndex((e) => e.utterance.id === id);
  if (index === -1) return entries;
  const next = entries.slice();
  next[index] = change(entries[index] as TranscriptEntry);
  return next;
}

function updateCard(
  cards: SuggestionCard[],
  id: string,
  change: (c: SuggestionCard) => SuggestionCard,
): SuggestionCard[] {
  return cards.map((c) => (c.intervention.id === id ? change(c) : c));
}

/** Risk only moves up within a session: a late or replayed event never lowers what is shown. */
function newerRisk(current: SessionRisk | null, incoming: SessionRisk): SessionRisk {
  if (!current) return incoming;
  if (levelRank(incoming.level) < levelRank(current.level)) return current;
  if (levelRank(incoming.level) === levelRank(current.level) && incoming.flags.length < current.flags.length)
    return current;
  return incoming;
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'restore':
      return action.state;
    case 'utterance-added':
      if (state.entries.some((e) => e.utterance.id === action.utterance.id)) return state;
      return {
        ...state,
        entries: [
          ...state.entries,
          { utterance: action.utterance, at: action.at, source: action.source, status: 'sending' },
        ],
      };
    case 'utterance-analysed': {
      const entries = updateEntry(state.entries, action.analysis.id, (e) => ({
        ...e,
        status: 'analysed',
        analysis: action.analysis,
      }));
      return { ...state, entries, risk: action.risk ? newerRisk(state.risk, action.risk) : state.risk };
    }
    case 'utterance-unsent':
      return {
        ...state,
        entries: updateEntry(state.entries, action.id, (e) =>
          e.status === 'analysed' ? e : { ...e, status: 'unsent' },
        ),
      };
    case 'utterances-resending':
      return {
        ...state,
        entries: state.entries.map((e) => (action.ids.includes(e.utterance.id) ? { ...e, status: 'sending' } : e)),
      };
    case 'risk':
      return { ...state, risk: newerRisk(state.risk, action.risk) };
    case 'summary':
      return {
        ...state,
        summary: action.summary,
        ...(action.provenance ? { summaryProvenance: action.provenance } : {}),
      };
    case 'suggestions': {
      const known = new Set(state.suggestions.map((c) => c.intervention.id));
      const fresh = action.interventions
        .filter((i) => !known.has(i.id))
        .map((intervention) => ({ intervention, status: 'open' as const }));
      // New cards first; handled ones stay below as a record of what was tried.
      return {
        ...state,
        suggestions: [...fresh, ...state.suggestions],
        ...(action.provenance ? { suggestionsProvenance: action.provenance } : {}),
      };
    }
    case 'suggestion-used':
      return { ...state, suggestions: updateCard(state.suggestions, action.id, (c) => ({ ...c, status: 'used' })) };
    case 'suggestion-edited':
      return {
        ...state,
        suggestions: updateCard(state.suggestions, action.id, (c) => ({
          ...c,
          status: 'edited',
          editedPrompt: action.prompt,
        })),
      };
    case 'suggestion-dismissed':
      return {
        ...state,
        suggestions: updateCard(state.suggestions, action.id, (c) => ({
          ...c,
          status: 'dismissed',
          dismissReason: action.reason,
        })),
      };
    case 'risk-acknowledged':
      if (!state.risk) return state;
      return { ...state, acknowledged: { level: state.risk.level, flagCount: state.risk.flags.length, at: action.at } };
    case 'safety-plan-saved':
      return { ...state, safetyPlan: action.plan };
    case 'flag-review':
      return { ...state, flagReview: action.review };
    case 'homework-reviewed':
      return { ...state, homeworkReview: recordOutcome(state.homeworkReview ?? {}, action.activity, action.change) };
  }
}

/** Flags still waiting for the clinician's decision: every current flag the server has not seen decided. */
export function undecidedFlagIds(state: Pick<SessionState, 'risk' | 'flagReview'>): string[] {
  const flags = state.risk?.flags ?? [];
  if (!state.flagReview) return flags.map((f) => f.utteranceId);
  const undecided = new Set(state.flagReview.undecided);
  const decided = new Set(state.flagReview.decisions.map((d) => d.utteranceId));
  return flags.map((f) => f.utteranceId).filter((id) => undecided.has(id) || !decided.has(id));
}

/** Utterances the server has not confirmed: replayed after a reconnect or a server restart. */
export function unacknowledged(state: SessionState): Utterance[] {
  return state.entries.filter((e) => e.status !== 'analysed').map((e) => e.utterance);
}

/** Evidence phrases behind the current risk, most severe first, without duplicates. */
export function riskWords(risk: SessionRisk | null): string[] {
  if (!risk) return [];
  // Screen-tier words ("gun") are a cue to ask the screening questions, not a warning sign the
  // client has named: only what the precise rules read goes into the plan.
  const evidence = risk.flags
    .flatMap((f) => f.evidence)
    .filter((e) => e.tier !== 'screen')
    .sort((a, b) => levelRank(b.level) - levelRank(a.level));
  return [...new Set(evidence.map((e) => e.text.trim()).filter(Boolean))];
}
