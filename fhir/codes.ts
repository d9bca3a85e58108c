import type { Coding } from '@medplum/fhirtypes';

/** Code systems and codes the chart write-back uses, in one place so builders and checks agree. */

export const LOINC = 'http://loinc.org';
export const US_CORE_DOCREF_CATEGORY = 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category';
export const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const V3_OBSERVATION_VALUE = 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue';
export const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const PROVENANCE_PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
export const AI_DEVICE_TYPE = 'http://hl7.org/fhir/uv/aitransparency/CodeSystem/AIdeviceTypeCS';
export const AI_KIND_EXTENSION = 'http://hl7.org/fhir/uv/aitransparency/StructureDefinition/aitransparency.AIKind';

/** Business identifier systems: one per kind of record this app writes, so a search finds exactly ours. */
export const IDENTIFIER_SYSTEM = {
  note: 'urn:session-copilot:note',
  carePlan: 'urn:session-copilot:careplan',
  consent: 'urn:session-copilot:consent',
  device: 'urn:session-copilot:device',
  prompt: 'urn:session-copilot:prompt',
  modelCard: 'urn:session-copilot:model-card',
  sessionRecord: 'urn:session-copilot:session-record',
} as const;

/** The session's risk level as the clinician confirmed it (values of `RiskLevel`). */
export const RISK_LEVEL_SYSTEM = 'urn:session-copilot:risk-level';

/** Kinds of fact a session record carries for the next session. */
export const CONTINUITY_SYSTEM = 'urn:session-copilot:continuity';
export const CONTINUITY_FINDING = {
  theme: { system: CONTINUITY_SYSTEM, code: 'theme', display: 'Theme of the session' },
  goal: { system: CONTINUITY_SYSTEM, code: 'goal', display: 'Goal carried over' },
} as const satisfies Record<string, Coding>;

/** Tag that ties every resource of one approval together (Provenance has no identifier element in R4). */
export const WRITE_TAG_SYSTEM = 'urn:session-copilot:write';

export const NOTE_TYPE = {
  mentalHealth: { system: LOINC, code: '34904-3', display: 'Mental health Note' },
  progress: { system: LOINC, code: '11506-3', display: 'Progress note' },
} as const satisfies Record<string, Coding>;

export const CLINICAL_NOTE_CATEGORY: Coding = {
  system: US_CORE_DOCREF_CATEGORY,
  code: 'clinical-note',
  display: 'Clinical Note',
};

export const CONSENT_CATEGORY: Coding = { system: LOINC, code: '59284-0', display: 'Patient Consent' };
export const CONSENT_SCOPE_TREATMENT: Coding = { system: CONSENT_SCOPE, code: 'treatment', display: 'Treatment' };
export const OPT_IN: Coding = { system: V3_ACT_CODE, code: 'OPTIN', display: 'opt-in' };

/** HL7 AI Transparency: "Artificial Intelligence asserted" security label. */
export const AIAST: Coding = {
  system: V3_OBSERVATION_VALUE,
  code: 'AIAST',
  display: 'Artificial Intelligence asserted',
};

export const PARTICIPANT_AUTHOR: Coding = { system: PROVENANCE_PARTICIPANT_TYPE, code: 'author', display: 'Author' };
export const PARTICIPANT_VERIFIER: Coding = {
  system: PROVENANCE_PARTICIPANT_TYPE,
  code: 'verifier',
  display: 'Verifier',
};

export const AI_DEVICE_TYPE_AI: Coding = {
  system: AI_DEVICE_TYPE,
  code: 'Artificial-Intelligence',
  display: 'Artificial Intelligence',
};
export const AI_KIND_LLM: Coding = {
  system: AI_DEVICE_TYPE,
  code: 'Large-Language-Models',
  display: 'Large Language Models',
};

/** Category for the Stanley–Brown safety plan CarePlan and the homework CarePlan (text-only concepts). */
export const CARE_PLAN_KIND = {
  homework: 'Between-session homework',
  safetyPlan: 'Safety plan (Stanley–Brown)',
} as const;
