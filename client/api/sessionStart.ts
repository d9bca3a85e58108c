/**
 * Starting the launch's session on the server (`POST /api/sessions`). Kept apart from the rest of
 * the session API so the page's entry can send it the moment the token is there: the reply's
 * schema (zod and the shared contracts) loads while the request is under way.
 */
import type { SessionReply } from './schemas.ts';
import type { LaunchIds } from '../smart/context.ts';
import { type Http, readReply } from './http.ts';

export interface CreateSessionBody {
  fhirBaseUrl: string;
  patientId: string;
  encounterId?: string;
  idToken?: string;
}

/** What a launch tells the server when it starts (or resumes) its session: its ids and id_token, nothing else. */
export function createBodyFor(ids: LaunchIds): CreateSessionBody {
  return {
    fhirBaseUrl: ids.fhirBaseUrl,
    patientId: ids.patientId,
    ...(ids.encounterId ? { encounterId: ids.encounterId } : {}),
    ...(ids.idToken ? { idToken: ids.idToken } : {}),
  };
}

export async function startSession(http: Http, ids: LaunchIds): Promise<SessionReply> {
  const schemas = import('./schemas.ts');
  const response = await http.fetch('/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(createBodyFor(ids)),
  });
  return readReply(response, (await schemas).SessionReply, 'POST /sessions');
}
