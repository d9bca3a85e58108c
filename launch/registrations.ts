/**
 * How this deployment is registered with each EHR it can be launched from. The EHR is chosen
 * by the FHIR base URL it passes as `iss`; everything an EHR administrator registers (client id,
 * scopes, redirect) lives here, with build-time overrides from `VITE_*` variables.
 */

export type EhrId = 'sandbox' | 'medplum' | 'epic' | 'oracle';

export interface EhrRegistration {
  id: EhrId;
  /** What a clinician or administrator calls this EHR. */
  name: string;
  /** Decides whether a FHIR base URL belongs to this EHR. */
  matches: (iss: string) => boolean;
  /** Whether its FHIR bases were named at build time (`VITE_<EHR>_FHIR_BASES`): those win over patterns. */
  configured: boolean;
  /** Empty when this deployment has not been registered with the EHR yet. */
  clientId: string;
  /** Scopes for an EHR launch (`launch` asks for the EHR's context). */
  ehrLaunchScope: string;
  /** Scopes for a standalone launch (the EHR asks the user to pick a patient). */
  standaloneScope: string;
  /** Path on this app's origin the EHR sends the user back to; registered with the EHR. */
  redirectPath: string;
  /** FHIR base offered for a standalone launch, when one is configured. */
  standaloneIss?: string;
}

/** `VITE_*` variables that override the defaults (all optional). */
export interface RegistrationEnv {
  /** Vite passes every variable; only the ones below are read. */
  [name: string]: unknown;
  VITE_SANDBOX_CLIENT_ID?: string;
  VITE_SANDBOX_FHIR_BASES?: string;
  VITE_SANDBOX_STANDALONE_ISS?: string;
  VITE_MEDPLUM_CLIENT_ID?: string;
  VITE_MEDPLUM_FHIR_BASES?: string;
  VITE_EPIC_CLIENT_ID?: string;
  VITE_EPIC_FHIR_BASES?: string;
  VITE_ORACLE_CLIENT_ID?: string;
  VITE_ORACLE_FHIR_BASES?: string;
  VITE_REDIRECT_PATH?: string;
}

const CONTEXT = 'openid fhirUser';

/** SMART 2 scopes: read what the app shows, create/update what it writes back after approval. */
const V2_RESOURCES = [
  'patient/Patient.rs',
  'patient/Encounter.rs',
  'patient/RelatedPerson.rs',
  'patient/DocumentReference.crus',
  'patient/Consent.crus',
  'patient/CarePlan.crus',
  'patient/Provenance.crs',
  // Earlier sessions' records (confirmed risk, themes, goals), where the EHR holds them.
  'patient/ClinicalImpression.rs',
  'user/Practitioner.rs',
  // The AI model is recorded as a Device (HL7 AI Transparency), found or created with the note.
  'user/Device.crs',
].join(' ');

/**
 * SMART 1 scopes, as Epic and Oracle Health register them. Consent and CarePlan are read-only
 * there, so the app asks only to read them; what the EHR cannot take goes to the companion store.
 */
const V1_SHARED = [
  'patient/Patient.read',
  'patient/Encounter.read',
  'patient/RelatedPerson.read',
  'patient/DocumentReference.read',
  'patient/DocumentReference.write',
  'patient/Consent.read',
  'patient/CarePlan.read',
  'user/Practitioner.read',
];

const EPIC_V1_RESOURCES = V1_SHARED.join(' ');

/** Oracle Health also takes the note's Provenance (one target), so the app asks to write it. */
const ORACLE_V1_RESOURCES = [...V1_SHARED, 'patient/Provenance.read', 'patient/Provenance.write'].join(' ');

/** Any FHIR base served from this machine at `/fhir/R4`, which is where the sandbox EHR serves. */
const LOOPBACK_SANDBOX = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?\/fhir\/R4\/?$/;
const MEDPLUM_CLOUD = /^https:\/\/api\.medplum\.com\/fhir\/R4\/?$/;
/** Epic's FHIR bases end in `/api/FHIR/R4` on the organisation's own host (and on fhir.epic.com). */
const EPIC_BASE = /^https:\/\/[^/?#]+\/(?:[^?#]*\/)?api\/FHIR\/R4\/?$/i;
/** Oracle Health Millennium: `https://fhir-ehr[-code].cerner.com/r4/<tenant>`. */
const ORACLE_BASE = /^https:\/\/fhir-(?:ehr|myrecord|open)(?:-code)?\.cerner\.com\/r4\/[0-9a-f-]+\/?$/i;

function trimSlash(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(',').map(trimSlash).filter(Boolean);
}

/** Configured bases, when given, replace the built-in pattern: an administrator narrows, never widens by accident. */
function matcher(configured: string | undefined, fallback: RegExp): (iss: string) => boolean {
  const bases = listOf(configured);
  if (bases.length > 0) return (iss) => bases.includes(trimSlash(iss));
  return (iss) => fallback.test(iss.trim());
}

export function buildRegistrations(env: RegistrationEnv = {}): EhrRegistration[] {
  const redirectPath = env.VITE_REDIRECT_PATH?.trim() || '/app';
  const v2 = (launch: string) => `${launch} ${CONTEXT} offline_access ${V2_RESOURCES}`;
  return [
    {
      id: 'sandbox',
      name: 'Sandbox EHR',
      matches: matcher(env.VITE_SANDBOX_FHIR_BASES, LOOPBACK_SANDBOX),
      configured: listOf(env.VITE_SANDBOX_FHIR_BASES).length > 0,
      clientId: env.VITE_SANDBOX_CLIENT_ID?.trim() || 'session-copilot',
      ehrLaunchScope: v2('launch'),
      standaloneScope: v2('launch/patient launch/encounter'),
      redirectPath,
      standaloneIss: trimSlash(env.VITE_SANDBOX_STANDALONE_ISS ?? 'http://localhost:3100/fhir/R4'),
    },
    {
      id: 'medplum',
      name: 'Medplum',
      matches: matcher(env.VITE_MEDPLUM_FHIR_BASES, MEDPLUM_CLOUD),
      configured: listOf(env.VITE_MEDPLUM_FHIR_BASES).length > 0,
      clientId: env.VITE_MEDPLUM_CLIENT_ID?.trim() ?? '',
      ehrLaunchScope: v2('launch'),
      standaloneScope: v2('launch/patient launch/encounter'),
      redirectPath,
      standaloneIss: listOf(env.VITE_MEDPLUM_FHIR_BASES)[0] ?? 'https://api.medplum.com/fhir/R4',
    },
    {
      id: 'epic',
      name: 'Epic',
      matches: matcher(env.VITE_EPIC_FHIR_BASES, EPIC_BASE),
      configured: listOf(env.VITE_EPIC_FHIR_BASES).length > 0,
      clientId: env.VITE_EPIC_CLIENT_ID?.trim() ?? '',
      ehrLaunchScope: `launch ${CONTEXT} ${EPIC_V1_RESOURCES}`,
      standaloneScope: `launch/patient ${CONTEXT} ${EPIC_V1_RESOURCES}`,
      redirectPath,
    },
    {
      id: 'oracle',
      name: 'Oracle Health',
      matches: matcher(env.VITE_ORACLE_FHIR_BASES, ORACLE_BASE),
      configured: listOf(env.VITE_ORACLE_FHIR_BASES).length > 0,
      clientId: env.VITE_ORACLE_CLIENT_ID?.trim() ?? '',
      ehrLaunchScope: `launch ${CONTEXT} online_access ${ORACLE_V1_RESOURCES}`,
      standaloneScope: `launch/patient ${CONTEXT} online_access ${ORACLE_V1_RESOURCES}`,
      redirectPath,
    },
  ];
}

/**
 * The EHR a FHIR base belongs to: bases named at build time first, then the built-in patterns,
 * the loopback sandbox last — a Medplum or other server on this machine (e.g. Medplum's
 * `http://localhost:8103/fhir/R4`) is named in its `VITE_<EHR>_FHIR_BASES` and must win.
 */
export function registrationFor(iss: string, registrations: readonly EhrRegistration[]): EhrRegistration | undefined {
  return (
    registrations.find((r) => r.configured && r.matches(iss)) ??
    registrations.find((r) => r.id !== 'sandbox' && r.matches(iss)) ??
    registrations.find((r) => r.matches(iss))
  );
}

export type LaunchPlan =
  | { kind: 'authorize'; registration: EhrRegistration; params: AuthorizeOptions }
  | { kind: 'unknown-iss'; iss: string }
  | { kind: 'not-registered'; iss: string; registration: EhrRegistration }
  | { kind: 'choose-ehr'; choices: EhrRegistration[] }
  | { kind: 'bad-request'; problem: string };

/** The subset of fhirclient's `AuthorizeParams` this app sets. */
export interface AuthorizeOptions {
  iss: string;
  launch?: string;
  clientId: string;
  scope: string;
  redirectUri: string;
  pkceMode: 'required';
  /** Finish the OAuth dance inside the EHR's sidebar frame rather than in the EHR's own window. */
  completeInTarget: true;
}

/**
 * Decides what the launch page does with the query the EHR (or a bookmark) opened it with.
 * `iss` + `launch` is an EHR launch; `iss` alone is a standalone launch against that server;
 * neither lets the user pick a configured EHR.
 */
export function planLaunch(query: URLSearchParams, origin: string, registrations: EhrRegistration[]): LaunchPlan {
  const iss = query.get('iss')?.trim() ?? '';
  const launch = query.get('launch')?.trim() ?? '';
  if (!iss) {
    if (launch)
      return {
        kind: 'bad-request',
        problem: 'The EHR sent a launch code without the address of its FHIR server (iss).',
      };
    return { kind: 'choose-ehr', choices: registrations.filter((r) => r.clientId && r.standaloneIss) };
  }
  if (!URL.canParse(iss) || !/^https?:$/.test(new URL(iss).protocol)) {
    return { kind: 'bad-request', problem: 'The FHIR server address (iss) the EHR sent is not an http(s) URL.' };
  }
  const registration = registrationFor(iss, registrations);
  if (!registration) return { kind: 'unknown-iss', iss };
  if (!registration.clientId) return { kind: 'not-registered', iss, registration };
  return {
    kind: 'authorize',
    registration,
    params: {
      iss,
      ...(launch ? { launch } : {}),
      clientId: registration.clientId,
      scope: launch ? registration.ehrLaunchScope : registration.standaloneScope,
      redirectUri: new URL(registration.redirectPath, origin).href,
      pkceMode: 'required',
      completeInTarget: true,
    },
  };
}
