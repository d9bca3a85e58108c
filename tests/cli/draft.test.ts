import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HomeworkItem, Intervention, JobProvenance, NoteDraft, Summary } from '../../server/contracts/assist.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sessions = 'tests/data/sessions';

/** The environment less anything that would point the command at a real endpoint. */
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(OPENAI_|AI_PROVIDER|LOCAL_ONLY)/.test(k)),
);

function draft(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['server/cli/draft.ts', ...args],
      { cwd: root, env: { ...baseEnv, ...options.env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  });
}

function parseOutput(stdout: string) {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? '') as Record<string, unknown> & {
    provenance: Record<string, unknown>;
    note: { format: string };
  };
}

describe('npm run draft', () => {
  it('prints one JSON object with summary, interventions, homework, note, risk and provenance', async () => {
    const { code, stdout, stderr } = await draft([
      '--input',
      `${sessions}/work-anxiety.jsonl`,
      '--patient',
      `${sessions}/patient.json`,
      '--format',
      'BIRP',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = parseOutput(stdout);
    expect(Object.keys(out).sort()).toEqual(['homework', 'interventions', 'note', 'provenance', 'risk', 'summary']);
    Summary.parse(out.summary);
    Intervention.array().parse(out.interventions);
    HomeworkItem.array().parse((out.homework as { items: unknown }).items);
    expect(NoteDraft.parse(out.note).format).toBe('BIRP');
    for (const job of ['summary', 'interventions', 'homework', 'note'])
      expect(JobProvenance.parse(out.provenance[job]).provider).toBe('embedded');
    expect(out.risk).toMatchObject({ level: 'none' });
  });

  it("lists the detector's flags as flagged for review, not confirmed, never as findings", async () => {
    const { code, stdout } = await draft(['--input', `${sessions}/risk-disclosure.jsonl`]);
    expect(code).toBe(0);
    const out = parseOutput(stdout) as unknown as {
      risk: { level: string };
      note: NoteDraft;
      homework: { items: { kind: string }[] };
    };
    expect(out.risk.level).not.toBe('none');
    const assessment = out.note.riskAssessment;
    expect(assessment.level).toBe('none');
    expect(assessment.flags).toEqual([]);
    const statements = assessment.statements.map((s) => s.text);
    expect(statements.some((t) => t.startsWith('Flagged for review, not confirmed'))).toBe(true);
    expect(out.homework.items.map((h) => h.kind)).not.toContain('safety_plan');
  });

  it('reads stdin with -, and reports bad lines on stderr without their content', async () => {
    const input = [
      '{"id":"a1","speaker":"client","text":"I have been sleeping badly and I worry about work every night."}',
      'this is not json, secret words',
      '{"id":"a2","speaker":"therapist","text":"hello"}',
      '{"id":"a3","speaker":"client","text":"My boss thinks I am useless."}',
    ].join('\n');
    const { code, stdout, stderr } = await draft(['--input', '-'], { stdin: input });
    expect(code).toBe(0);
    expect(stderr).toMatch(/line 2: not valid JSON; skipped/);
    expect(stderr).toMatch(/line 3: speaker: .*skipped/);
    expect(stderr).not.toContain('secret words');
    const out = parseOutput(stdout);
    const cited = JSON.stringify(out.note);
    expect(cited).not.toContain('"a2"');
    expect(out.note.format).toBe('SOAP');
  });

  it('rejects an unknown format with a usage message', async () => {
    const { code, stderr, stdout } = await draft([
      '--input',
      `${sessions}/work-anxiety.jsonl`,
      '--format',
      'NARRATIVE',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--format/);
    expect(stderr).toMatch(/usage:/);
  });

  it('fails clearly when the input cannot be read', async () => {
    const { code, stderr } = await draft(['--input', `${sessions}/missing.jsonl`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read .*missing\.jsonl: ENOENT/);
  });

  describe('with the openai provider', () => {
    let server: Server;
    let base = '';
    const bodies: string[] = [];

    beforeAll(async () => {
      // A stand-in OpenAI-compatible server on loopback: the child process has no msw.
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          bodies.push(body);
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'unavailable' } }));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('honours OPENAI_BASE_URL and reports the fallback in provenance', async () => {
      const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: base, OPENAI_MAX_RETRIES: '0' };
      const { code, stdout } = await draft(
        [
          '--input',
          `${sessions}/risk-disclosure.jsonl`,
          '--patient',
          `${sessions}/patient.json`,
          '--provider',
          'openai',
        ],
        { env },
      );
      expect(code).toBe(0);
      const out = parseOutput(stdout);
      const note = out.provenance.note as { provider: string; fallbackReason: string };
      expect(note.provider).toBe('embedded');
      expect(note.fallbackReason).toMatch(/HTTP 500/);
      expect(bodies.length).toBe(4);
      for (const body of bodies) expect(body).not.toMatch(/Gonzalez|Sofia|Daniel|lena\.gonzalez@example\.com/);
    });
  });
});
