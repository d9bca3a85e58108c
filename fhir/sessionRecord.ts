import type { ClinicalImpression, Encounter, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import { labelledMeta } from './aiTransparency.ts';
import type { CarryOver } from './approval.ts';
import type { RiskLevel } from './clinicalTerms.ts';
import { RiskLevel as RiskLevelSchema } from './clinicalTerms.ts';
import { CONTINUITY_FINDING, IDENTIFIER_SYSTEM, RISK_LEVEL_SYSTEM } from './codes.ts';

/**
 * What one session hands to the next, beyond the note: the risk level the clinician confirmed,
 * the themes and the goals. A ClinicalImpression ("the clinician's assessment of the session"),
 * each fact one `finding` coded by kind, so the next launch reads it without parsing the note.
 * It lives in the companion store: EHRs do not take it from apps, and it is the app's own
 * continuity data. Reading also accepts ones the EHR holds (history brought in from elsewhere).
 */

export interface SessionRecordInput {
  writeId: string;
  patient: Reference<Patient>;
  encounter?: Reference<Encounter>;
  clinician: Reference<Practitioner>;
  /** Session start and end. */
  period: { start: string; end: string };
  /** From the findings the clinician confirmed; `none` when none was. */
  riskLevel: RiskLevel;
  carryOver?: CarryOver;
  /** The session's note (absolute URL when it is in the EHR and this record is not). */
  note?: Reference;
  aiAssisted: boolean;
}

const RISK_WORDS: Record<RiskLevel, string> = {
  none: 'No confirmed risk',
  low: 'Low risk (confirmed)',
  moderate: 'Moderate risk (confirmed)',
  high: 'High risk (confirmed)',
};

export function sessionRecordIdentifierQuery(writeId: string): string {
  return `identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM.sessionRecord}|${writeId}`)}`;
}

export function buildSessionRecord(input: SessionRecordInput): ClinicalImpression {
  const finding = (code: keyof typeof CONTINUITY_FINDING, text: string) => ({
    itemCodeableConcept: { coding: [{ ...CONTINUITY_FINDING[code] }], text },
  });
  const record: ClinicalImpression = {
    resourceType: 'ClinicalImpression',
    meta: labelledMeta({ writeId: input.writeId, aiAssisted: input.aiAssisted }),
    identifier: [{ system: IDENTIFIER_SYSTEM.sessionRecord, value: input.writeId }],
    status: 'completed',
    description: 'Psychotherapy session: confirmed risk, themes and goals carried to the next session',
    subject: input.patient,
    effectivePeriod: input.period,
    date: input.period.end,
    assessor: input.clinician,
    finding: [
      {
        itemCodeableConcept: {
          coding: [{ system: RISK_LEVEL_SYSTEM, code: input.riskLevel, display: RISK_WORDS[input.riskLevel] }],
          text: RISK_WORDS[input.riskLevel],
        },
      },
      ...(input.carryOver?.themes ?? []).map((theme) => finding('theme', theme)),
      ...(input.carryOver?.goals ?? []).map((goal) => finding('goal', goal)),
    ],
  };
  if (input.encounter) record.encounter = input.encounter;
  if (input.note) record.supportingInfo = [input.note];
  return record;
}

export interface SessionRecordFacts {
  date: string;
  riskLevel?: RiskLevel;
  themes: string[];
  goals: string[];
  encounter?: string;
  note?: string;
}

/** The facts of a session record; undefined for a ClinicalImpression that is not one. */
export function readSessionRecord(record: ClinicalImpression): SessionRecordFacts | undefined {
  const findings = (record.finding ?? []).map((f) => f.itemCodeableConcept);
  const risk = findings.flatMap((c) => c?.coding ?? []).find((c) => c.system === RISK_LEVEL_SYSTEM);
  const ofKind = (kind: keyof typeof CONTINUITY_FINDING) =>
    findings
      .filter((c) => c?.coding?.some((x) => x.system === CONTINUITY_FINDING[kind].system && x.code === kind))
      .map((c) => c?.text?.trim() ?? '')
      .filter(Boolean);
  const level = RiskLevelSchema.safeParse(risk?.code);
  const date = record.effectivePeriod?.end ?? record.date ?? record.effectiveDateTime;
  if (!date || (!level.success && ofKind('theme').length === 0 && ofKind('goal').length === 0)) return undefined;
  return {
    date,
    ...(level.success ? { riskLevel: level.data } : {}),
    themes: ofKind('theme'),
    goals: ofKind('goal'),
    ...(record.encounter?.reference ? { encounter: record.encounter.reference } : {}),
    ...(record.supportingInfo?.[0]?.reference ? { note: record.supportingInfo[0].reference } : {}),
  };
}
