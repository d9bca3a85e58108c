import { afterEach, describe, expect, test } from 'vitest';
import type { Consent } from '@medplum/fhirtypes';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import type { Harness } from './harness.ts';
import { startHarness } from './harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function open(mode: EhrMode, patient: string): Promise<Harness> {
  harness = await startHarness(mode, { patient, consent: 'none' });
  return harness;
}

describe('consent lookup', () => {
  test('reads a granted consent from the EHR chart', async () => {
    const h = await open('full', 'p01');
    const found = await h.runtime.consent.lookup(h.session);
    expect(found.state).toBe('granted');
    expect(found.consentRef).toMatch(/^Consent\//);
    expect(h.session.consent).toBe('granted');
  });

  test('reads a declined consent (deny provision) as declined', async () => {
    const h = await open('epic', 'p03');
    expect((await h.runtime.consent.lookup(h.session)).state).toBe('declined');
  });

  test('reads a revoked consent as revoked, not granted', async () => {
    const h = await open('oracle', 'p12');
    expect((await h.runtime.consent.lookup(h.session)).state).toBe('revoked');
    expect(h.session.consent).toBe('revoked');
  });

  test('finds no consent for a patient who was never asked', async () => {
    const h = await open('full', 'p02');
    expect((await h.runtime.consent.lookup(h.session)).state).toBe('none');
  });

  test('says so when the EHR cannot be asked (AI stays off), and asks again next time', async () => {
    let down = true;
    harness = await startHarness('full', {
      patient: 'p01',
      consent: 'none',
      wrapFetch: (inner) => (input, init) =>
        down ? Promise.reject(new TypeError('fetch failed')) : inner(input, init),
    });
    await expect(harness.runtime.consent.lookup(harness.session)).rejects.toThrow('GET metadata failed');
    expect(harness.session.consent).toBe('none');
    down = false;
    expect((await harness.runtime.consent.current(harness.session)).state).toBe('granted');
  });
});

describe('recording and revoking consent', () => {
  test('an EHR that takes Consent create holds the grant; revoking makes it inactive with an end', async () => {
    const h = await open('full', 'p02');
    const granted = await h.runtime.consent.record(h.session, 'granted');
    expect(granted).toMatchObject({ state: 'granted', destination: 'ehr' });
    expect(h.session.consent).toBe('granted');
    const revoked = await h.runtime.consent.revoke(h.session);
    expect(revoked.state).toBe('revoked');
    expect(h.session.consent).toBe('revoked');
    const inEhr = (await h.ehrAll('Consent', 'patient=Patient/p02')) as Consent[];
    expect(inEhr).toHaveLength(1);
    expect(inEhr[0]?.status).toBe('inactive');
    expect(inEhr[0]?.provision?.period?.end).toBeDefined();
    expect(await h.companionAll('Consent')).toEqual([]);
    // A new session for the same patient reads the revocation back.
    h.session.consent = 'none';
    expect((await h.runtime.consent.lookup({ ...h.session })).state).toBe('revoked');
  });

  test('an Epic-like EHR cannot hold Consent: the decision goes to the companion store', async () => {
    const h = await open('epic', 'p02');
    const declined = await h.runtime.consent.record(h.session, 'declined');
    expect(declined).toMatchObject({ state: 'declined', destination: 'companion' });
    const stored = (await h.companionAll('Consent')) as Consent[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.status).toBe('rejected');
    expect(stored[0]?.patient?.reference).toBe(`${h.sandbox.fhirBase}/Patient/p02`);
    expect(await h.ehrAll('Consent', 'patient=Patient/p02')).toEqual([]);
    expect((await h.runtime.consent.lookup({ ...h.session })).state).toBe('declined');
  });

  test('revoking a grant the EHR holds read-only records the revocation in the companion store', async () => {
    const h = await open('epic', 'p01');
    expect((await h.runtime.consent.lookup(h.session)).state).toBe('granted');
    const revoked = await h.runtime.consent.revoke(h.session);
    expect(revoked).toMatchObject({ state: 'revoked', destination: 'companion' });
    const [revocation] = (await h.companionAll('Consent')) as Consent[];
    expect(revocation?.status).toBe('inactive');
    expect(revocation?.sourceReference?.reference).toMatch(new RegExp(`^${h.sandbox.fhirBase}/Consent/`));
    expect(((await h.ehrAll('Consent', 'patient=Patient/p01')) as Consent[])[0]?.status).toBe('active');
    // The latest decision wins: a fresh lookup sees the revocation, not the older grant.
    expect((await h.runtime.consent.lookup({ ...h.session })).state).toBe('revoked');
  });

  test('revoking without a granted consent is refused', async () => {
    const h = await open('full', 'p02');
    await expect(h.runtime.consent.revoke(h.session)).rejects.toThrow('no granted consent');
  });
});
