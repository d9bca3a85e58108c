/**
 * The wrap-up drafts as the clinician edits them, and the approval body built from them.
 * Every part the assistant wrote carries `origin: 'ai'` until the clinician accepts or edits it,
 * so the editor can mark it and nothing unreviewed reaches the chart unnoticed.
 */
import type { z } from 'zod';
import type { RiskLevel } from '../../server/contracts/analysis.ts';
import {
  type Homework,
  type HomeworkKind,
  type HomeworkSchedule,
  type JobProvenance,
  NOT_ASSESSED,
  type NoteDraft,
  type NoteFormat,
  type NoteRiskAssessment,
} from '../../server/contracts/assist.ts';
import type { ApprovedNote, CarryOver, HomeworkReview } from '../../fhir/approval.ts';
import { SAFETY_PLAN_STEPS, type SafetyPlanDraft } from './session.ts';

export type Origin = 'ai' | 'accepted' | 'edited' | 'clinician';

export interface EditableSection {
  key: string;
  title: string;
  text: string;
  origin: Origin;
  /** The draft found nothing in the session for this section. */
  notAssessed: boolean;
  notAssessedItems: string[];
}

export interface EditableHomework {
  id: string;
  kind?: HomeworkKind;
  title: string;
  instructions: string;
  schedule?: HomeworkSchedule;
  origin: Origin;
  /** Agreed with the client in the session; otherwise only proposed. */
  agreed?: boolean;
}

export interface WrapUpDraft {
  /** Sent with the approval: approving the same draft twice writes it once. */
  draftId: string;
  format: NoteFormat;
  sections: EditableSection[];
  risk: { level: RiskLevel; text: string; origin: Origin; notAssessed: boolean; notAssessedItems: string[] };
  homework: EditableHomework[];
  aiDisclosure: string;
  provenance: JobProvenance;
  /** Themes and goals the server drew from the session, handed to the next session with the approval. */
  carryOver?: CarryOver;
  /** The homework review the note was drafted from (see `reviewKey`): the note says it in words. */
  homeworkReviewed?: string;
  createdAt: string;
}

const joinStatements = (statements: { text: string }[]) =>
  statements
    .map((s) => s.text.trim())
    .filter(Boolean)
    .join('\n');

function riskPart(assessment: NoteRiskAssessment): WrapUpDraft['risk'] {
  return {
    level: assessment.level,
    text: joinStatements(assessment.statements),
    origin: 'ai',
    notAssessed: assessment.notAssessed,
    notAssessedItems: assessment.notAssessedItems,
  };
}

/**
 * The risk section written again after the clinician decided on flags. A section the clinician
 * has already edited keeps their words; only its level follows the confirmed findings.
 */
export function withRiskAssessment(draft: WrapUpDraft, assessment: NoteRiskAssessment): WrapUpDraft {
  if (draft.risk.origin === 'edited') return { ...draft, risk: { ...draft.risk, level: assessment.level } };
  return { ...draft, risk: riskPart(assessment) };
}

export function draftFromNote(
  note: NoteDraft,
  homework: Homework,
  provenance: JobProvenance,
  createdAt: string,
  carryOver?: CarryOver,
): WrapUpDraft {
  return {
    ...(carryOver ? { carryOver } : {}),
    draftId: crypto.randomUUID(),
    format: note.format,
    sections: note.sections.map((s) => ({
      key: s.key,
      title: s.title,
      text: joinStatements(s.statements),
      origin: 'ai',
      notAssessed: s.notAssessed === true || s.statements.length === 0,
      notAssessedItems: s.notAssessedItems ?? [],
    })),
    risk: riskPart(note.riskAssessment),
    homework: homework.items.map((h) => ({
      id: h.id,
      kind: h.kind,
      title: h.title,
      instructions: h.instructions,
      schedule: h.schedule,
      ...(h.agreed ? { agreed: true } : {}),
      origin: 'ai',
    })),
    aiDisclosure: note.aiDisclosure,
    provenance,
    createdAt,
  };
}

/** Parts still exactly as the assistant wrote them, not yet accepted. */
export function unreviewedParts(draft: WrapUpDraft): string[] {
  const parts: string[] = [];
  for (const s of draft.sections) if (s.origin === 'ai') parts.push(s.title);
  if (draft.risk.origin === 'ai') parts.push('Risk assessment');
  for (const h of draft.homework) if (h.origin === 'ai') parts.push(`Homework: ${h.title}`);
  return parts;
}

export function acceptAll(draft: WrapUpDraft): WrapUpDraft {
  const accept = <T extends { origin: Origin }>(part: T): T =>
    part.origin === 'ai' ? { ...part, origin: 'accepted' } : part;
  return {
    ...draft,
    sections: draft.sections.map(accept),
    risk: accept(draft.risk),
    homework: draft.homework.map(accept),
  };
}

function safetyPlanBody(plan: SafetyPlanDraft | null) {
  if (!plan) return undefined;
  const body = Object.fromEntries(
    SAFETY_PLAN_STEPS.map(({ key }) => [key, plan[key].map((item) => item.trim()).filter(Boolean)]),
  ) as Record<(typeof SAFETY_PLAN_STEPS)[number]['key'], string[]>;
  return Object.values(body).some((items) => items.length > 0) ? body : undefined;
}

export interface ApprovalContext {
  safetyPlan: SafetyPlanDraft | null;
  period: { start: string; end: string };
  patientId: string;
  encounterId?: string | undefined;
  clinicianName?: string | undefined;
  /** Earlier homework as reviewed with the client this session. */
  homeworkReview?: HomeworkReview;
}

/** The body of `POST /api/sessions/:sid/approve`: the approved note plus the launch it belongs to. */
export function approvalBody(
  draft: WrapUpDraft,
  options: ApprovalContext,
): z.input<typeof ApprovedNote> & { draftId: string; patientId: string; encounterId?: string; clinicianName?: string } {
  const safetyPlan = safetyPlanBody(options.safetyPlan);
  return {
    draftId: draft.draftId,
    patientId: options.patientId,
    ...(options.encounterId ? { encounterId: options.encounterId } : {}),
    ...(options.clinicianName ? { clinicianName: options.clinicianName } : {}),
    format: draft.format,
    sections: draft.sections.map((s) => {
      const text = s.text.trim();
      return text && text !== NOT_ASSESSED
        ? { key: s.key, title: s.title, text }
        : {
            key: s.key,
            title: s.title,
            notAssessed: true,
            ...(s.notAssessedItems.length ? { notAssessedItems: s.notAssessedItems } : {}),
          };
    }),
    riskAssessment: draft.risk.text.trim()
      ? { level: draft.risk.level, text: draft.risk.text.trim() }
      : {
          level: draft.risk.level,
          notAssessed: true,
          ...(draft.risk.notAssessedItems.length ? { notAssessedItems: draft.risk.notAssessedItems } : {}),
        },
    homework: draft.homework
      .filter((h) => h.title.trim() && h.instructions.trim())
      .map((h) => ({
        id: h.id,
        ...(h.kind ? { kind: h.kind } : {}),
        title: h.title.trim(),
        instructions: h.instructions.trim(),
        ...(h.schedule ? { schedule: h.schedule } : {}),
      })),
    ...(safetyPlan ? { safetyPlan } : {}),
    ...(options.homeworkReview?.length ? { homeworkReview: options.homeworkReview } : {}),
    ...(draft.carryOver ? { carryOver: draft.carryOver } : {}),
    ai: {
      provider: draft.provenance.provider,
      model: draft.provenance.model,
      promptVersion: draft.provenance.promptVersion,
    },
    aiDisclosure: draft.aiDisclosure,
    docStatus: 'final',
    period: options.period,
  };
}
