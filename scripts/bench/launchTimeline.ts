/**
 * Where a launch spends its time: the steps of one EHR launch read from Chromium's own network
 * and page-lifecycle events (DevTools protocol timestamps, so the browser's clock, not the
 * benchmark's), from the launch URL through the authorization redirect, the token exchange and
 * the first reads to the session start. Each step is a span in milliseconds from the moment the
 * launch page was requested; spans may overlap where the app does things in parallel.
 */
import type { Page } from 'playwright-core';

export interface LaunchSpan {
  startMs: number;
  endMs: number;
}

/** Steps in launch order; a step the launch did not take is absent. */
export const LAUNCH_STEPS = [
  'launch page document',
  'launch page DOMContentLoaded',
  'launch page: until the SMART configuration is asked for',
  'SMART configuration (.well-known)',
  'authorize → redirect to the app',
  'app page document',
  'app page: until the token request',
  'app scripts (requested → loaded)',
  'token exchange',
  'chart reads (Patient, Encounter, Practitioner)',
  'session start (POST /api/sessions)',
  'app page DOMContentLoaded',
  'last of these → interactive (render)',
  'continuity view chunks (lazy: requested → loaded)',
] as const;
export type LaunchStep = (typeof LAUNCH_STEPS)[number];

export type LaunchTimeline = Partial<Record<LaunchStep, LaunchSpan>> & {
  /** `Server-Timing` of the session start: the server's own steps, in ms. */
  sessionServerTiming?: Record<string, number>;
};

interface Request {
  url: URL;
  method: string;
  type: string | undefined;
  start: number;
  end?: number;
  /** When the request was redirected (the redirect response arrived). */
  redirectedAt?: number;
  serverTiming?: string;
}

/** `a;dur=1.2, b;dur=3` → `{ a: 1.2, b: 3 }`. */
function parseServerTiming(header: string | undefined): Record<string, number> | undefined {
  if (!header) return undefined;
  const entries = header.split(',').flatMap((part) => {
    const [name, ...params] = part.trim().split(';');
    const dur = params.map((p) => /^\s*dur=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return name && dur ? [[name.trim(), Number(dur)] as const] : [];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * Starts recording a page's requests; call before navigating to the launch URL. `finish()` turns
 * what was seen into the launch's steps, given when the app became interactive (ms after the
 * launch URL was requested, as the benchmark measured it).
 */
export async function recordLaunchTimeline(page: Page): Promise<{ finish(interactiveMs: number): LaunchTimeline }> {
  const cdp = await page.context().newCDPSession(page);
  const requests: Request[] = [];
  const byId = new Map<string, Request>();
  const domContentLoaded: { loaderId: string; at: number }[] = [];
  const loaders = new Map<string, string>();

  cdp.on('Network.requestWillBeSent', (event) => {
    const previous = byId.get(event.requestId);
    if (previous && event.redirectResponse) previous.redirectedAt = event.timestamp;
    const request: Request = {
      url: new URL(event.request.url),
      method: event.request.method,
      type: event.type,
      start: event.timestamp,
    };
    requests.push(request);
    byId.set(event.requestId, request);
    if (event.type === 'Document') loaders.set(event.loaderId, request.url.pathname);
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = byId.get(event.requestId);
    const headers = Object.entries(event.response.headers);
    const timing = headers.find(([name]) => name.toLowerCase() === 'server-timing')?.[1];
    if (request && timing) request.serverTiming = timing;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = byId.get(event.requestId);
    if (request) request.end = event.timestamp;
  });
  cdp.on('Page.lifecycleEvent', (event) => {
    if (event.name === 'DOMContentLoaded') domContentLoaded.push({ loaderId: event.loaderId, at: event.timestamp });
  });
  await Promise.all([cdp.send('Network.enable'), cdp.send('Page.enable')]);
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });

  return {
    finish(interactiveMs) {
      void cdp.detach().catch(() => undefined);
      const launch = requests.find((r) => r.type === 'Document' && r.url.pathname === '/launch');
      if (!launch) return {};
      const ms = (t: number | undefined) => (t === undefined ? Number.NaN : (t - launch.start) * 1000);
      const timeline: LaunchTimeline = {};
      const set = (step: LaunchStep, start: number | undefined, end: number | undefined) => {
        if (start !== undefined && end !== undefined && end >= start)
          timeline[step] = { startMs: ms(start), endMs: ms(end) };
      };
      const first = (test: (r: Request) => boolean) => requests.find(test);

      const wellKnown = first((r) => r.url.pathname.endsWith('/.well-known/smart-configuration'));
      const authorize = first((r) => r.type === 'Document' && r.url.pathname.endsWith('/authorize'));
      const app = first((r) => r.type === 'Document' && r.url.pathname === '/app');
      const token = first((r) => r.method === 'POST' && r.url.pathname.endsWith('/token'));
      const session = first((r) => r.method === 'POST' && r.url.pathname === '/api/sessions');
      const afterApp = requests.filter((r) => app && r.start >= app.start);
      // Scripts the first screen waited for; chunks loaded once it was usable are not counted,
      // and the continuity view (asked for after the session screen has painted: its chunk and
      // the chunks it imports) is a step of its own.
      const assets = afterApp.filter((r) => r.type === 'Script' && r.url.pathname.startsWith('/assets/'));
      const continuityAsked = assets.find((r) => /\/ContinuityPanel-[\w-]+\.js$/.test(r.url.pathname))?.start;
      const continuity = continuityAsked === undefined ? [] : assets.filter((r) => r.start >= continuityAsked);
      const scripts = assets.filter(
        (r) => ms(r.start) < interactiveMs && (continuityAsked === undefined || r.start < continuityAsked),
      );
      const reads = afterApp.filter(
        (r) => r.method === 'GET' && /\/(Patient|Encounter|Practitioner)\/[^/]+$/.test(r.url.pathname),
      );
      const loaded = (path: string) => {
        const ids = [...loaders].filter(([, p]) => p === path).map(([id]) => id);
        return domContentLoaded.find((d) => ids.includes(d.loaderId))?.at;
      };
      const span = (rs: Request[]): [number | undefined, number | undefined] =>
        rs.length
          ? [Math.min(...rs.map((r) => r.start)), Math.max(...rs.map((r) => r.end ?? r.start))]
          : [undefined, undefined];

      const [
        launchDocument,
        launchLoaded,
        launchScript,
        smartConfiguration,
        authorizeRedirect,
        appDocument,
        appUntilToken,
        appScripts,
        tokenExchange,
        chartReads,
        sessionStart,
        appLoaded,
        render,
        continuityChunk,
      ] = LAUNCH_STEPS;
      set(launchDocument, launch.start, launch.end);
      set(launchLoaded, launch.start, loaded('/launch'));
      set(launchScript, launch.start, wellKnown?.start);
      set(smartConfiguration, wellKnown?.start, wellKnown?.end);
      set(authorizeRedirect, authorize?.start, authorize?.redirectedAt ?? app?.start);
      set(appDocument, app?.start, app?.end);
      set(appUntilToken, app?.end, token?.start);
      set(appScripts, ...span(scripts));
      set(tokenExchange, token?.start, token?.end);
      set(chartReads, ...span(reads));
      set(sessionStart, session?.start, session?.end);
      set(appLoaded, app?.start, loaded('/app'));
      const lastEnd = Math.max(
        ...[appScripts, chartReads, sessionStart, appLoaded].map((s) => timeline[s]?.endMs ?? 0),
      );
      if (lastEnd > 0 && interactiveMs >= lastEnd) timeline[render] = { startMs: lastEnd, endMs: interactiveMs };
      set(continuityChunk, ...span(continuity));
      const serverTiming = parseServerTiming(session?.serverTiming);
      if (serverTiming) timeline.sessionServerTiming = serverTiming;
      return timeline;
    },
  };
}
