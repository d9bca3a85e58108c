import type { WithId } from '@medplum/core';
import type { Practitioner } from '@medplum/fhirtypes';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Directory } from '../directory.ts';

/** First-party cookie on the EHR's own origin; the app inside the sidebar never depends on it. */
export const PRACTITIONER_COOKIE = 'sandbox_practitioner';

/**
 * The clinician signed in to the shell: `?as=<id>` switches (and is remembered), else the cookie,
 * else the first clinician on file.
 */
export async function signedInPractitioner(
  c: Context,
  directory: Directory,
): Promise<{ current: WithId<Practitioner>; all: WithId<Practitioner>[] }> {
  const all = await directory.practitioners();
  const wanted = c.req.query('as') ?? getCookie(c, PRACTITIONER_COOKIE);
  const chosen = all.find((p) => p.id === wanted);
  if (chosen && c.req.query('as')) {
    remember(c, chosen.id);
  }
  const current = chosen ?? all[0];
  if (!current) {
    throw new Error('The sandbox has no Practitioner to sign in as; check the seed data.');
  }
  return { current, all };
}

export function remember(c: Context, practitionerId: string): void {
  setCookie(c, PRACTITIONER_COOKIE, practitionerId, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: 7 * 24 * 3600,
  });
}

/** Only same-site paths, so the switcher cannot be used to bounce users elsewhere. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
