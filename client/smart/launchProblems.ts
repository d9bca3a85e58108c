/**
 * What to tell the clinician when a launch cannot go on. Every problem says what happened and
 * what to do next, in words a clinician can act on; the technical detail stays available below.
 */
export interface LaunchProblem {
  title: string;
  detail: string;
  action: string;
  /** The OAuth error code or the library message, for whoever supports the deployment. */
  technical?: string;
}

const RELAUNCH = 'Close this panel and open Session Copilot again from the patient’s chart.';

/** An `error` the authorization server put on the redirect back to the app (RFC 6749 §4.1.2.1). */
export function describeAuthorizationError(code: string, description?: string | null): LaunchProblem {
  const technical = [code, description].filter(Boolean).join(': ');
  // Servers word this differently ("launch has expired", "launch is not known", "invalid launch id").
  const staleLaunch =
    /\blaunch\b/i.test(description ?? '') && /expired|not known|unknown|invalid|no longer/i.test(description ?? '');
  const expired = staleLaunch && /expired|no longer/i.test(description ?? '');
  if (code === 'access_denied') {
    return {
      title: 'Access was not granted',
      detail:
        'The EHR did not give Session Copilot access to this patient’s record, so nothing was read and nothing will be written.',
      action:
        'If that was a mistake, open Session Copilot again from the patient’s chart. If access is refused again, ask your EHR administrator whether your account may use the app.',
      technical,
    };
  }
  if (staleLaunch || code === 'invalid_request' || code === 'invalid_grant') {
    return {
      title: expired
        ? 'This launch has expired'
        : staleLaunch
          ? 'This launch is no longer valid'
          : 'The EHR could not start this launch',
      detail: expired
        ? 'The link the EHR used to open Session Copilot is only valid for a short time, and it has run out.'
        : staleLaunch
          ? 'The EHR does not recognise the launch it opened Session Copilot with (it may have been used already or the EHR restarted).'
          : 'The EHR rejected the request to open Session Copilot.',
      action: RELAUNCH,
      technical,
    };
  }
  if (code === 'unauthorized_client' || code === 'invalid_client' || code === 'invalid_scope') {
    return {
      title: 'Session Copilot is not set up for this EHR',
      detail: 'The EHR does not accept this app’s registration (client id, redirect address or permissions).',
      action: 'Ask your EHR administrator to check the app’s registration; the details are below.',
      technical,
    };
  }
  return {
    title: 'The EHR stopped the launch',
    detail: 'The EHR’s sign-in service returned an error instead of access to the record.',
    action: RELAUNCH,
    technical,
  };
}

/** A failure inside the SMART client library while completing the launch. */
export function describeLaunchFailure(error: unknown): LaunchProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/No 'state' parameter|No state found/i.test(message)) {
    return {
      title: 'Open Session Copilot from the EHR',
      detail: 'This page only works when the EHR opens it: there is no launch in progress in this browser tab.',
      action: RELAUNCH,
      technical: message,
    };
  }
  if (/^[a-z_]+: /.test(message)) {
    const [code = '', ...rest] = message.split(': ');
    return describeAuthorizationError(code, rest.join(': '));
  }
  return {
    title: 'The launch could not be completed',
    detail: 'Session Copilot could not finish signing in with the EHR.',
    action: `${RELAUNCH} If it keeps happening, give the details below to your support team.`,
    technical: message,
  };
}

/** The EHR passed a FHIR server address this deployment has no registration for. */
export function describeUnknownServer(iss: string): LaunchProblem {
  return {
    title: 'This EHR is not registered with Session Copilot',
    detail: `The app was opened by a FHIR server it does not know (${iss}). It will not send anyone’s credentials there.`,
    action:
      'Ask your administrator to register this EHR with Session Copilot, or open the app from an EHR that is registered.',
    technical: `unknown iss: ${iss}`,
  };
}

export function describeUnregisteredEhr(ehrName: string, iss: string): LaunchProblem {
  return {
    title: `Session Copilot has no ${ehrName} registration here`,
    detail: `The app recognises ${iss} as ${ehrName}, but this deployment has no client id for it.`,
    action: `Ask your administrator to register the app with ${ehrName} and set its client id in the deployment’s configuration.`,
    technical: `no client id configured for ${ehrName}`,
  };
}

/** The app's own security policy stopped the browser from contacting the EHR: a deployment setting, not an outage. */
export function describeBlockedServer(ehrName: string, iss: string): LaunchProblem {
  return {
    title: `${ehrName} is not allowed by this deployment’s settings`,
    detail: `This Session Copilot deployment does not let the browser contact ${iss}, so sign-in cannot start.`,
    action:
      `Ask your administrator to add ${iss} to the server’s FHIR_ALLOWLIST (and ${new URL(iss).origin}’s web app to EHR_ORIGINS), ` +
      'restart the server, then open Session Copilot again.',
    technical: `blocked by Content-Security-Policy connect-src: ${iss} is not in FHIR_ALLOWLIST`,
  };
}

export function describeUnreachableServer(ehrName: string, iss: string, error: unknown): LaunchProblem {
  return {
    title: `Could not reach ${ehrName}`,
    detail: `Session Copilot could not read the sign-in settings of ${iss}.`,
    action: `${RELAUNCH} If it keeps happening, the EHR may be unavailable; try again in a few minutes.`,
    technical: error instanceof Error ? error.message : String(error),
  };
}
