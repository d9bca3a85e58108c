import { randomBytes } from 'node:crypto';
import type { TokenContext } from './tokens.ts';

export type CodeGrant = {
  context: TokenContext;
  redirectUri: string;
  codeChallenge: string;
  nonce?: string;
};

/** Authorization codes: single use, valid for a minute, kept in memory only. */
export function createAuthorizationCodes(ttlMs = 60_000, now: () => number = Date.now) {
  const codes = new Map<string, CodeGrant & { expiresAt: number }>();
  return {
    issue(grant: CodeGrant): string {
      for (const [code, entry] of codes) {
        if (entry.expiresAt <= now()) {
          codes.delete(code);
        }
      }
      const code = randomBytes(24).toString('base64url');
      codes.set(code, { ...grant, expiresAt: now() + ttlMs });
      return code;
    },
    /** Returns the grant once; the code is spent even when the caller then rejects the request. */
    take(code: string): CodeGrant | undefined {
      const entry = codes.get(code);
      codes.delete(code);
      if (!entry || entry.expiresAt <= now()) {
        return undefined;
      }
      const { expiresAt: _expiresAt, ...grant } = entry;
      return grant;
    },
  };
}

export type AuthorizationCodes = ReturnType<typeof createAuthorizationCodes>;
