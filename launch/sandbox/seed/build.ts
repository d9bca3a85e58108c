import type {
  CarePlan,
  ClinicalImpression,
  Coding,
  Consent,
  Device,
  DocumentReference,
  Encounter,
  Organization,
  Patient,
  Practitioner,
  Provenance,
  Reference,
  RelatedPerson,
} from '@medplum/fhirtypes';
import { buildSessionRecord } from '../../../fhir/sessionRecord.ts';
import type { CarePlanSeed, ConsentSeed, NoteSeed, PatientSeed, PractitionerSeed } from './schema.ts';

export const MRN_SYSTEM = 'http://riverbend.example.org/fhir/sid/mrn';
export const NOTE_ID_SYSTEM = 'http://riverbend.example.org/fhir/sid/note';
export const ORGANIZATION_ID = 'riverbend';
export const AI_DEVICE_ID = 'session-copilot-ai';

export const AIAST: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  code: 'AIAST',
  display: 'Artificial Intelligence asserted',
};

const LOINC_DISPLAY: Record<NoteSeed['loinc'], string> = {
  '34904-3': 'Mental health Progress note',
  '11506-3': 'Progress note',
};

const OMB_DISPLAY: Record<string, string> = {
  '1002-5': 'American Indian or Alaska Native',
  '2028-9': 'Asian',
  '2054-5': 'Black or African American',
  '2076-8': 'Native Hawaiian or Other Pacific Islander',
  '2106-3': 'White',
  '2135-2': 'Hispanic or Latino',
  '2186-5': 'Not Hispanic or Latino',
};

const organizationRef: Reference<Organization> = {
  reference: `Organization/${ORGANIZATION_ID}`,
  display: 'Riverbend Community Behavioral Health',
};

export function practitionerRef(p: PractitionerSeed): Reference<Practitioner> {
  return { reference: `Practitioner/${p.key}`, display: `${p.prefix?.join(' ') ?? ''} ${p.given.join(' ')} ${p.family}`.trim() };
}

function patientRef(p: PatientSeed): Reference<Patient> {
  return { reference: `Patient/${p.key}`, display: `${p.given.join(' ')} ${p.family}` };
}

function ombExtension(url: string, code: string): NonNullable<Patient['extension']>[number] {
  const display = OMB_DISPLAY[code] ?? code;
  return {
    url,
    extension: [
      { url: 'ombCategory', valueCoding: { system: 'urn:oid:2.16.840.1.113883.6.238', code, display } },
      { url: 'text', valueString: display },
    ],
  };
}

export function buildOrganization(): Organization {
  return {
    resourceType: 'Organization',
    id: ORGANIZATION_ID,
    active: true,
    name: 'Riverbend Community Behavioral Health',
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov', display: 'Healthcare Provider' }] }],
    telecom: [{ system: 'phone', value: '555-0100', use: 'work' }],
    address: [{ line: ['500 Riverbend Drive'], city: 'Springfield', state: 'OR', postalCode: '97477', country: 'US' }],
  };
}

export function buildAiDevice(): Device {
  return {
    resourceType: 'Device',
    id: AI_DEVICE_ID,
    status: 'active',
    manufacturer: 'Session Copilot',
    deviceName: [{ name: 'Session Copilot documentation assistant', type: 'user-friendly-name' }],
    type: { text: 'Artificial Intelligence' },
    version: [{ value: '0.1.0' }],
    owner: organizationRef,
  };
}

export function buildPractitioner(p: PractitionerSeed): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: p.key,
    active: true,
    identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: p.npi }],
    name: [{ use: 'official', family: p.family, given: p.given, prefix: p.prefix, suffix: p.suffix }],
    gender: p.gender,
    telecom: [
      { system: 'phone', value: p.phone, use: 'work' },
      { system: 'email', value: p.email, use: 'work' },
    ],
    qualification: [{ code: { coding: [{ code: p.qualification.code, display: p.qualification.display }], text: p.qualification.display } }],
  };
}

export function buildPatient(p: PatientSeed, index: number, practitioner: PractitionerSeed): Patient {
  const telecom: Patient['telecom'] = [{ system: 'phone', value: p.phone, use: 'mobile' }];
  if (p.email) {
    telecom.push({ system: 'email', value: p.email, use: 'home' });
  }
  return {
    resourceType: 'Patient',
    id: p.key,
    meta: { profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'] },
    extension: [
      ombExtension('http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', p.race),
      ombExtension('http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity', p.ethnicity),
      ...(p.interpreter ? [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired', valueBoolean: true }] : []),
    ],
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR', display: 'Medical record number' }] },
        system: MRN_SYSTEM,
        value: `RB${String(100001 + index)}`,
      },
    ],
    active: true,
    name: [{ use: 'official', family: p.family, given: p.given }],
    telecom,
    gender: p.gender,
    birthDate: p.birthDate,
    address: [{ use: 'home', ...p.address, country: 'US' }],
    communication: [
      {
        language: { coding: [{ system: 'urn:ietf:bcp:47', code: p.language.code, display: p.language.display }], text: p.language.display },
        preferred: true,
      },
    ],
    generalPractitioner: [practitionerRef(practitioner)],
    managingOrganization: organizationRef,
  };
}

export function buildRelatedPersons(p: PatientSeed): RelatedPerson[] {
  return (p.related ?? []).map((r, i) => ({
    resourceType: 'RelatedPerson',
    id: `${p.key}-related-${i + 1}`,
    active: true,
    patient: patientRef(p),
    relationship: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: r.relationship, display: r.relationshipDisplay }] },
    ],
    name: [{ family: r.family, given: r.given }],
    telecom: [
      { system: 'phone', value: r.phone, use: 'mobile' },
      ...(r.email ? [{ system: 'email' as const, value: r.email }] : []),
    ],
  }));
}

type Period = { start: string; end: string };

export function buildEncounter(
  id: string,
  p: PatientSeed,
  practitioner: PractitionerSeed,
  period: Period,
  status: Encounter['status']
): Encounter {
  return {
    resourceType: 'Encounter',
    id,
    status,
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    type: [
      {
        coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '90837', display: 'Psychotherapy, 60 minutes with patient' }],
        text: 'Outpatient psychotherapy session',
      },
    ],
    serviceType: { text: 'Behavioral health' },
    subject: patientRef(p),
    participant: [
      {
        type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'PPRF', display: 'primary performer' }] }],
        individual: practitionerRef(practitioner),
      },
    ],
    period,
    reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: p.reason.code, display: p.reason.display }], text: p.reason.display }],
    serviceProvider: organizationRef,
  };
}

export function buildNote(n: NoteSeed, p: PatientSeed, practitioner: PractitionerSeed, encounterId: string, period: Period): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id: n.key,
    meta: n.aiAssisted ? { security: [AIAST] } : undefined,
    identifier: [{ system: NOTE_ID_SYSTEM, value: n.key }],
    status: 'current',
    docStatus: n.docStatus ?? 'final',
    type: { coding: [{ system: 'http://loinc.org', code: n.loinc, display: LOINC_DISPLAY[n.loinc] }], text: LOINC_DISPLAY[n.loinc] },
    category: [
      {
        coding: [
          { system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category', code: 'clinical-note', display: 'Clinical Note' },
        ],
      },
    ],
    subject: patientRef(p),
    date: period.end,
    author: [practitionerRef(practitioner)],
    custodian: organizationRef,
    content: [
      {
        attachment: {
          contentType: `${n.contentType}; charset=utf-8`,
          data: Buffer.from(n.text, 'utf8').toString('base64'),
          title: LOINC_DISPLAY[n.loinc],
          creation: period.end,
        },
      },
    ],
    context: { encounter: [{ reference: `Encounter/${encounterId}` }], period },
  };
}

export function buildNoteProvenance(n: NoteSeed, practitioner: PractitionerSeed, recorded: string): Provenance {
  return {
    resourceType: 'Provenance',
    id: `${n.key}-provenance`,
    target: [{ reference: `DocumentReference/${n.key}` }],
    recorded,
    reason: [{ coding: [AIAST] }],
    agent: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author', display: 'Author' }] },
        who: { reference: `Device/${AI_DEVICE_ID}`, display: 'Session Copilot documentation assistant' },
      },
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'verifier', display: 'Verifier' }] },
        who: practitionerRef(practitioner),
      },
    ],
  };
}

export function buildCarePlan(c: CarePlanSeed, p: PatientSeed, practitioner: PractitionerSeed, created: string): CarePlan {
  return {
    resourceType: 'CarePlan',
    id: c.key,
    status: c.status ?? 'active',
    intent: 'plan',
    category: [{ coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan' }] }],
    title: c.title,
    subject: patientRef(p),
    period: { start: created },
    created,
    author: practitionerRef(practitioner),
    activity: c.activities.map((a) => ({
      detail: { status: a.status, description: a.description, scheduledString: a.schedule, performer: [patientRef(p)] },
    })),
  };
}

export const AI_CONSENT_POLICY = 'http://riverbend.example.org/policy/ai-assisted-sessions';

export function buildConsent(c: ConsentSeed, p: PatientSeed, start: string, end: string | undefined): Consent {
  return {
    resourceType: 'Consent',
    id: c.key,
    status: c.status,
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment', display: 'Treatment' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: patientRef(p),
    dateTime: start,
    performer: [patientRef(p)],
    organization: [organizationRef],
    policy: [{ uri: AI_CONSENT_POLICY }],
    policyRule: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: c.decision === 'permit' ? 'OPTIN' : 'OPTOUT' }],
    },
    provision: { type: c.decision, period: end ? { start, end } : { start } },
  };
}

/**
 * The record an earlier session left for the next one (confirmed risk, themes, goals), as the app
 * writes it — held here in the chart, as history brought in from an earlier system would be.
 */
export function buildSessionRecordSeed(
  n: NoteSeed,
  session: NonNullable<NoteSeed['session']>,
  p: PatientSeed,
  practitioner: PractitionerSeed,
  encounterId: string,
  period: Period
): ClinicalImpression {
  return {
    ...buildSessionRecord({
      writeId: `seed-${n.key}`,
      patient: patientRef(p),
      encounter: { reference: `Encounter/${encounterId}` },
      clinician: practitionerRef(practitioner),
      period,
      riskLevel: session.risk,
      carryOver: { themes: session.themes, goals: session.goals },
      note: { reference: `DocumentReference/${n.key}` },
      aiAssisted: n.aiAssisted ?? false,
    }),
    id: `${n.key}-session`,
  };
}
