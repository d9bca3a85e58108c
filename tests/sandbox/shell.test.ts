import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';
import { authorize, authorizeUrl, ehrLaunchParams, pkcePair } from './helpers.ts';

let sandbox: Sandbox;
const appLaunchUrl = 'http://127.0.0.1:4555/launch';

beforeAll(async () => {
  sandbox = await startSandbox({ appLaunchUrl });
});
afterAll(() => sandbox.close());

const page = async (path: string, cookie?: string) => {
  const res = await fetch(`${sandbox.origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
};

describe('EHR shell', () => {
  it("lists the signed-in clinician's patients on today's schedule", async () => {
    const mine = await page('/?as=osei');
    expect(mine.status).toBe(200);
    expect(mine.body).toContain('Mateo Hernández Ruiz');
    expect(mine.body).not.toContain('Amara Okonkwo');
    const all = await page('/?all=1');
    const rows = all.body.match(/<a href="\/patients\//g) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it('remembers the practitioner switch in a first-party cookie', async () => {
    const res = await fetch(`${sandbox.origin}/session/practitioner`, {
      method: 'POST',
      body: new URLSearchParams({ practitioner: 'raman', returnTo: '/records' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/records');
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(cookie).toBe('sandbox_practitioner=raman');
    expect((await page('/', cookie)).body).toContain('schedule — Priya Raman');
  });

  it('opens the app in the chart sidebar with an EHR launch the authorization server accepts', async () => {
    const chart = await page('/patients/p05?as=osei');
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-security-policy')).toContain("frame-src 'self' http://127.0.0.1:4555");
    expect(chart.body).toContain('Wei Zhang');
    const src = /<iframe src="([^"]+)"/.exec(chart.body)?.[1]?.replaceAll('&amp;', '&') as string;
    const iframe = new URL(src);
    expect(iframe.origin + iframe.pathname).toBe(appLaunchUrl);
    expect(iframe.searchParams.get('iss')).toBe(sandbox.fhirBase);
    const launch = iframe.searchParams.get('launch') as string;

    const auth = await authorize(
      authorizeUrl(
        sandbox,
        ehrLaunchParams(sandbox, launch, pkcePair().challenge, { redirect_uri: 'http://127.0.0.1:4555/app' }),
      ),
    );
    expect(auth.status).toBe(302);
    expect(auth.location?.searchParams.get('code')).toBeTruthy();
  });

  it('shows notes with an AI-assisted marker, care plans and consents on the chart', async () => {
    const chart = await page('/patients/p01');
    expect(chart.body).toContain('AI-assisted');
    expect(chart.body).toContain('Behavioural activation homework');
    expect(chart.body).toContain('Permit');
  });

  it('renders a note as sanitised HTML: no script, no event handlers', async () => {
    const viewer = await page('/patients/p03?note=n04');
    expect(viewer.body).toContain('<strong>Subjective:</strong>');
    expect(viewer.body).not.toContain('<script>alert');
    expect(viewer.body).not.toContain('onclick');
    expect(viewer.body).toContain('Interpreter used: Vietnamese.');
  });

  it('answers an unknown patient with a readable 404 that echoes nothing unescaped', async () => {
    const res = await page('/patients/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(res.status).toBe(404);
    expect(res.body).toContain('&lt;script&gt;');
    expect(res.body).not.toContain('<script>alert');
  });

  it('escapes a plain-text note', async () => {
    const viewer = await page('/records?note=n01');
    expect(viewer.body).toContain('<pre>Mental health progress note');
  });

  it('lists every note on the records page with type, author, status and the AI marker', async () => {
    const records = await page('/records');
    const rows = records.body.match(/<td><a href="\/records\?note=/g) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(11);
    expect(records.body).toContain('Mental health Progress note');
    expect(records.body).toContain('preliminary (current)');
    expect((records.body.match(/tag ai/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
});
