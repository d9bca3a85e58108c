import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const Stored = z.object({
  /** Spent refresh token ids → when the token would have expired (seconds since the epoch). */
  spent: z.record(z.string(), z.number()),
  /** Revoked families → until when the revocation must be remembered. */
  revoked: z.record(z.string(), z.number()),
});

/**
 * Refresh-token rotation with reuse detection (OAuth 2.0 Security BCP, 4.14): every refresh token
 * belongs to the family of the sign-in it descends from; presenting one that was already spent
 * revokes the family, so a stolen copy and the legitimate line both stop working. With a file
 * (beside SANDBOX_DATA, 0600) spent tokens and revoked families survive a restart.
 */
export function createRefreshFamilies(options: { file?: string; maxLifetimeSeconds: number; now?: () => number }) {
  const nowSeconds = () => Math.floor((options.now ?? Date.now)() / 1000);
  let state: z.infer<typeof Stored> = { spent: {}, revoked: {} };
  if (options.file) {
    try {
      state = Stored.parse(JSON.parse(readFileSync(options.file, 'utf8')));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Error(
          `Refresh token file ${options.file} cannot be read (${(err as Error).message}); delete it to start afresh.`,
          { cause: err },
        );
      }
    }
  }

  const save = (): void => {
    const t = nowSeconds();
    for (const [jti, exp] of Object.entries(state.spent)) if (exp < t) delete state.spent[jti];
    for (const [fam, until] of Object.entries(state.revoked)) if (until < t) delete state.revoked[fam];
    if (!options.file) return;
    mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
    const tmp = `${options.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, options.file);
  };

  return {
    /** A family id for a new sign-in. */
    newFamily: (): string => randomUUID(),
    /**
     * Spends a refresh token; `false` when it was spent before (its family is then revoked) or its
     * family already is.
     */
    spend(token: { jti: string; exp: number; family: string }): boolean {
      if (state.revoked[token.family] !== undefined) return false;
      if (state.spent[token.jti] !== undefined) {
        state.revoked[token.family] = nowSeconds() + options.maxLifetimeSeconds;
        save();
        return false;
      }
      state.spent[token.jti] = token.exp;
      save();
      return true;
    },
  };
}

export type RefreshFamilies = ReturnType<typeof createRefreshFamilies>;
