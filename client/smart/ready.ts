/**
 * Completes the SMART launch on the redirect page. An authorization error on the redirect is
 * turned into a clear page before fhirclient is asked anything; any failure of the token
 * exchange becomes one too.
 */
import FHIR from 'fhirclient';
import type Client from 'fhirclient/lib/Client';
import { describeAuthorizationError, describeLaunchFailure, type LaunchProblem } from './launchProblems.ts';

export type SmartClient = Client;

export type LaunchOutcome = { ok: true; client: SmartClient } | { ok: false; problem: LaunchProblem };

export async function completeLaunch(location: Location = window.location): Promise<LaunchOutcome> {
  const query = new URLSearchParams(location.search);
  const error = query.get('error');
  if (error) return { ok: false, problem: describeAuthorizationError(error, query.get('error_description')) };
  try {
    return { ok: true, client: await FHIR.oauth2.ready() };
  } catch (failure) {
    return { ok: false, problem: describeLaunchFailure(failure) };
  }
}

/** The current access token, refreshed first when it is about to expire. */
export async function accessToken(client: SmartClient): Promise<string> {
  await client.refreshIfNeeded();
  const token = client.state.tokenResponse?.access_token;
  if (!token) throw new Error('The EHR did not issue an access token; open the app again from the chart.');
  return token;
}
