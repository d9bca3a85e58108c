/**
 * Completing the launch on the app page, started by the page's small entry before the app's
 * screens have loaded: the token exchange first, then together the server session, the patient,
 * encounter and clinician, and the EHR's style — all while the screens (React, Mantine) download
 * and compile. The screens, once loaded, read where the launch stands and follow it.
 */
import { createHttp } from '../api/http.ts';
import type { SessionReply } from '../api/schemas.ts';
import { startSession } from '../api/sessionStart.ts';
import { ContextError, type ChartResources, type LaunchIds, launchIds, loadChartResources } from './context.ts';
import { describeLaunchFailure, type LaunchProblem } from './launchProblems.ts';
import { accessToken, completeLaunch, type SmartClient } from './ready.ts';
import { fetchSmartStyle, type SmartStyle } from './style.ts';

export type LaunchState =
  | { status: 'launching' }
  | { status: 'problem'; problem: LaunchProblem }
  | {
      status: 'ready';
      client: SmartClient;
      ids: LaunchIds;
      /** `POST /api/sessions`, sent as soon as the token was there. */
      session: Promise<SessionReply>;
      /** Absent while the chart is still being read. */
      resources?: ChartResources;
      style?: SmartStyle;
    };

export interface LaunchProgress {
  current(): LaunchState;
  /** Called on every change of `current()`; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

function chartProblem(error: unknown): LaunchProblem {
  return error instanceof ContextError
    ? {
        title: 'The EHR did not give a patient',
        detail: error.message,
        action: 'Open the app again from the patient’s chart.',
      }
    : { ...describeLaunchFailure(error), title: 'The patient’s record could not be read' };
}

export function startLaunch(): LaunchProgress {
  let state: LaunchState = { status: 'launching' };
  const listeners = new Set<() => void>();
  const set = (next: LaunchState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  void (async () => {
    const outcome = await completeLaunch();
    if (!outcome.ok) return set({ status: 'problem', problem: outcome.problem });
    const { client } = outcome;
    try {
      const ids = launchIds(client);
      const session = startSession(createHttp({ baseUrl: '/api', getToken: () => accessToken(client) }), ids);
      // Its failure is the session screen's to show; this only keeps it from going unhandled.
      session.catch(() => undefined);
      set({ status: 'ready', client, ids, session });
      const [resources, style] = await Promise.all([
        loadChartResources(client, ids),
        ids.smartStyleUrl ? fetchSmartStyle(ids.smartStyleUrl) : undefined,
      ]);
      set({ status: 'ready', client, ids, session, resources, ...(style ? { style } : {}) });
    } catch (error) {
      set({ status: 'problem', problem: chartProblem(error) });
    }
  })();

  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
