/**
 * The launch context: the ids the token response carries (known as soon as the launch
 * completes, enough to start the session) and the resources read live from the EHR with the
 * clinician's token (who the patient is, which encounter, which clinician), read in parallel.
 */
import type { Encounter, Patient, Practitioner } from '@medplum/fhirtypes';
import type { SmartClient } from './ready.ts';

export interface LaunchIds {
  /** The FHIR base the app was launched from, without a trailing slash. */
  fhirBaseUrl: string;
  patientId: string;
  encounterId?: string;
  /** `Practitioner/123` (or the absolute URL the EHR gave). */
  fhirUser?: string;
  /** The OpenID Connect id_token of the launch: how the server learns who the clinician is when the access token is opaque. */
  idToken?: string;
  /** The EHR does not show its own banner around the app: the app must show who the patient is. */
  needPatientBanner: boolean;
  smartStyleUrl?: string;
}

export interface ChartResources {
  patient: Patient;
  encounter?: Encounter;
  practitioner?: Practitioner;
}

export type LaunchContext = LaunchIds & ChartResources;

export class ContextError extends Error {
  override name = 'ContextError';
}

export function launchIds(client: SmartClient): LaunchIds {
  const token = client.state.tokenResponse ?? {};
  const patientId = client.getPatientId();
  if (!patientId) {
    throw new ContextError(
      'The EHR did not say which patient this launch is for. Open the app from the patient’s chart.',
    );
  }
  const encounterId = client.getEncounterId() ?? undefined;
  const fhirUser = client.getFhirUser() ?? undefined;
  return {
    fhirBaseUrl: String(client.state.serverUrl).replace(/\/+$/, ''),
    patientId,
    ...(encounterId ? { encounterId } : {}),
    ...(fhirUser ? { fhirUser } : {}),
    ...(typeof token.id_token === 'string' ? { idToken: token.id_token } : {}),
    needPatientBanner: token.need_patient_banner !== false,
    ...(typeof token.smart_style_url === 'string' ? { smartStyleUrl: token.smart_style_url } : {}),
  };
}

export async function loadChartResources(client: SmartClient, ids: LaunchIds): Promise<ChartResources> {
  const { patientId, encounterId, fhirUser } = ids;
  const [patient, encounter, practitioner] = await Promise.all([
    client.request<Patient>(`Patient/${encodeURIComponent(patientId)}`),
    encounterId
      ? client.request<Encounter>(`Encounter/${encodeURIComponent(encounterId)}`).catch(() => undefined)
      : undefined,
    fhirUser && /(^|\/)(Practitioner|PractitionerRole)\/[^/]+$/.test(fhirUser)
      ? client.request<Practitioner>(fhirUser).catch(() => undefined)
      : undefined,
  ]);
  return { patient, ...(encounter ? { encounter } : {}), ...(practitioner ? { practitioner } : {}) };
}
