import { randomBytes } from 'node:crypto';

export type LaunchContext = {
  patient: string;
  encounter?: string;
  /** Relative reference of the clinician who launched, e.g. `Practitioner/osei`. */
  practitioner: string;
};

export type LaunchLookup =
  | { status: 'valid'; context: LaunchContext }
  | { status: 'expired' }
  | { status: 'unknown' };

/**
 * Launch ids the EHR shell hands to the app (`launch=`), each bound to a patient, an encounter and
 * the signed-in clinician, and valid for a short time, as in Epic's sidebar launches.
 */
export function createLaunchContexts(ttlMs = 5 * 60_000, now: () => number = Date.now) {
  const launches = new Map<string, LaunchContext & { expiresAt: number }>();

  const sweep = (): void => {
    const t = now();
    for (const [id, launch] of launches) {
      // Kept a while past expiry so a late request is told "expired", not "unknown".
      if (launch.expiresAt + ttlMs < t) {
        launches.delete(id);
      }
    }
  };

  return {
    create(context: LaunchContext): string {
      sweep();
      const id = randomBytes(18).toString('base64url');
      launches.set(id, { ...context, expiresAt: now() + ttlMs });
      return id;
    },
    lookup(id: string): LaunchLookup {
      const launch = launches.get(id);
      if (!launch) {
        return { status: 'unknown' };
      }
      if (launch.expiresAt <= now()) {
        return { status: 'expired' };
      }
      const { expiresAt: _expiresAt, ...context } = launch;
      return { status: 'valid', context };
    },
  };
}

export type LaunchContexts = ReturnType<typeof createLaunchContexts>;
