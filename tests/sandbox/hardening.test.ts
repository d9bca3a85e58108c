/**
 * The sandbox's authorization server holds to what a real EHR's does: a launch id works once, a
 * refresh token used twice revokes its whole family (also after a restart with SANDBOX_DATA), and
 * its files on disk are readable by their owner only.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../launch/sandbox/index.ts';
import {
  authorize,
  authorizeUrl,
  CLIENT_ID,
  ehrLaunchParams,
  ehrLaunchTokens,
  pkcePair,
  tokenRequest,
} from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LAUNCH = { patient: 'p01', practitioner: 'Practitioner/lindqvist' };
const refresh = (sandbox: Awaited<ReturnType<typeof startSandbox>>, token: string) =>
  tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: token, client_id: CLIENT_ID });

describe('sandbox authorization server hardening', () => {
  it('accepts a launch id once', async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      const launch = sandbox.createLaunch(LAUNCH);
      const first = await authorize(authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, pkcePair().challenge)));
      expect(first.location?.searchParams.get('code')).toBeTruthy();
      const again = await authorize(authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, pkcePair().challenge)));
      expect(again.location?.searchParams.get('code')).toBeNull();
      expect(again.location?.searchParams.get('error')).toBe('invalid_request');
      expect(again.location?.searchParams.get('error_description')).toContain('already used');
    } finally {
      await sandbox.close();
    }
  });

  it('revokes the whole refresh-token family when a spent refresh token comes back', async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      const tokens = await ehrLaunchTokens(sandbox, LAUNCH);
      const first = tokens.body.refresh_token as string;
      const rotated = await refresh(sandbox, first);
      expect(rotated.status).toBe(200);
      const second = rotated.body.refresh_token as string;
      expect((await refresh(sandbox, first)).status).toBe(400);
      // The stolen copy's reuse ends the legitimate holder's line too.
      const afterTheft = await refresh(sandbox, second);
      expect(afterTheft.status).toBe(400);
      expect(afterTheft.body.error).toBe('invalid_grant');
    } finally {
      await sandbox.close();
    }
  });

  it('remembers spent refresh tokens and revoked families across a restart with SANDBOX_DATA, in files only its owner can read', async () => {
    const dataFile = join(dir, 'ehr.json');
    const first = await startSandbox({ dataFile });
    const port = Number(new URL(first.origin).port);
    const tokens = await ehrLaunchTokens(first, LAUNCH);
    const spent = tokens.body.refresh_token as string;
    const rotated = await refresh(first, spent);
    expect(rotated.status).toBe(200);
    await first.close();

    const second = await startSandbox({ dataFile, port });
    try {
      expect((await refresh(second, spent)).status).toBe(400);
      expect((await refresh(second, rotated.body.refresh_token as string)).status).toBe(400);
    } finally {
      await second.close();
    }
    for (const file of [dataFile, join(dir, 'ehr.keys.json'), join(dir, 'ehr.tokens.json')]) {
      expect(statSync(file).mode & 0o777, file).toBe(0o600);
    }
  });
});
