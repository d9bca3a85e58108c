import { randomBytes } from 'node:crypto';

export type LaunchContext = {
  patient: string;
  encounter?: string;
  /** Relative reference of the clinician who launched, e.g. `Practitioner/osei`. */
  practitioner: string;
};

export type LaunchLookup =
  { status: 'valid'; context: LaunchContext } | { status: 'expired' } | { status: 'used' } | { status: 'unknown' };

/**
 * Launch ids the EHR shell hands to the app (`launch=`), each bound to a patient, an encounter and
 * the signed-in clinician, valid for a short time and for one authorization only, as in Epic's
 * sidebar launches: a launch id seen in a URL cannot be replayed.
 */
export function createLaunchContexts(ttlMs = 5 * 60_000, now: () => number = Date.now) {
  const launches = new Map<string, LaunchContext & { expiresAt: number; used?: boolean }>();

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
    /** The launch's context, once: afterwards the id answers `used`. */
    take(id: string): LaunchLookup {
      const launch = launches.get(id);
      if (!launch) {
        return { status: 'unknown' };
      }
      if (launch.used) {
        return { status: 'used' };
      }
      if (launch.expiresAt <= now()) {
        return { status: 'expired' };
      }
      launch.used = true;
      const { expiresAt: _expiresAt, used: _used, ...context } = launch;
      return { status: 'valid', context };
    },
  };
}

export type LaunchContexts = ReturnType<typeof createLaunchContexts>;
