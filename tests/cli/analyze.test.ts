import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalyzeError, UtteranceAnalysis } from '../../server/contracts/analysis.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';

const CLI = fileURLToPath(new URL('../../server/cli/analyze.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.startsWith('{')
    ? result.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as unknown)
    : [];
  return { status: result.status, lines, stdout: result.stdout, stderr: result.stderr };
}

const jsonl = (...rows: unknown[]) =>
  rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

describe('analyze command line', () => {
  it('writes one analysis line per utterance, in order, from a file', () => {
    const file = join(dir, 'session.jsonl');
    writeFileSync(
      file,
      jsonl(
        { id: 'a', speaker: 'clinician', text: 'How has your week been?' },
        { id: 'b', speaker: 'client', text: "Honestly I've been thinking about killing myself." },
        { id: 'c', speaker: 'unknown', text: 'My dad hits me when he drinks.' },
      ),
    );
    const { status, lines } = run(['--input', file]);
    expect(status).toBe(0);
    expect(lines.map((l) => UtteranceAnalysis.parse(l).id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = lines.map((l) => UtteranceAnalysis.parse(l));
    expect(a!.risk.level).toBe('none');
    expect(b!.risk.categories).toEqual(['suicide']);
    for (const e of b!.risk.evidence)
      expect("Honestly I've been thinking about killing myself.".slice(e.start, e.end)).toBe(e.text);
    expect(c!.risk.categories).toEqual(['abuse']);
    expect(Object.keys(b!).sort()).toEqual(['emotions', 'id', 'risk', 'spike']);
    expect(Object.keys(b!.emotions).sort()).toEqual(['ekman', 'labels', 'valence']);
  });

  it('reads standard input with "-" and treats the input as one session', () => {
    const { status, lines } = run(
      ['--input', '-'],
      jsonl(
        { id: '1', speaker: 'clinician', text: 'Have you had thoughts of killing yourself?' },
        { id: '2', speaker: 'client', text: 'Yeah, sometimes.' },
      ),
    );
    expect(status).toBe(0);
    expect(UtteranceAnalysis.parse(lines[1]).risk.categories).toEqual(['suicide']);
  });

  it("writes each line's final reading: the one made once the client's next turn was read", () => {
    const session = [
      { id: '1', speaker: 'clinician' as const, text: 'any thoughts of hurting yourself or ending your life' },
      { id: '2', speaker: 'client' as const, text: 'I mean I thought about ending it' },
      { id: '3', speaker: 'clinician' as const, text: 'ending it' },
      { id: '4', speaker: 'client' as const, text: 'with him I mean the relationship' },
      { id: '5', speaker: 'client' as const, text: 'but yeah some nights I just want to go to sleep and not wake up' },
    ];
    const { status, lines } = run(['--input', '-'], jsonl(...session));
    expect(status).toBe(0);
    const analyzer = createSessionAnalyzer();
    const final = new Map<string, unknown>();
    for (const u of session) {
      const step = analyzer.step(u);
      final.set(u.id, step.analysis);
      for (const r of step.revised) final.set(r.id, r);
    }
    for (const r of analyzer.close().revised) final.set(r.id, r);
    expect(lines).toEqual(session.map((u) => final.get(u.id)));
  });

  it('reports a bad line and goes on with the rest', () => {
    const { status, lines } = run(
      ['-i', '-'],
      jsonl(
        { id: 'ok-1', speaker: 'client', text: 'I had a good week.' },
        '{not json',
        { id: 'bad-speaker', speaker: 'therapist', text: 'hi' },
        { speaker: 'client', text: 'no id here' },
        [1, 2, 3],
        { id: 'ok-2', speaker: 'client', text: 'I want to kill myself.' },
      ),
    );
    expect(status).toBe(0);
    expect(lines).toHaveLength(6);
    expect(UtteranceAnalysis.parse(lines[0]).id).toBe('ok-1');
    const errors = lines.slice(1, 5).map((l) => AnalyzeError.parse(l));
    expect(errors[0]).toEqual({ error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(errors[1]).toEqual({ id: 'bad-speaker', error: expect.stringMatching(/^line 3: speaker: /) });
    expect(errors[2]).toEqual({ error: expect.stringMatching(/^line 4: id: /) });
    expect(errors[3]!.error).toMatch(/^line 5: /);
    expect(UtteranceAnalysis.parse(lines[5])).toMatchObject({ id: 'ok-2', risk: { categories: ['suicide'] } });
  });

  it('skips blank lines without output and counts them in line numbers', () => {
    const { lines } = run(
      ['--input', '-'],
      `\n${JSON.stringify({ id: 'x', speaker: 'client', text: 'hello' })}\n   \nnope\n`,
    );
    expect(lines).toHaveLength(2);
    expect(AnalyzeError.parse(lines[1]).error).toMatch(/^line 4: /);
  });

  it('exits 1 with a clear message when the file cannot be read', () => {
    const missing = run(['--input', join(dir, 'missing.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^analyze: cannot read .*missing\.jsonl: no such file/);

    const folder = run(['--input', dir]);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/it is a directory/);

    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.jsonl');
      writeFileSync(locked, '{}\n');
      chmodSync(locked, 0o000);
      expect(run(['--input', locked]).status).toBe(1);
    }
  });

  it('explains its arguments', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--input FILE/);
    const missing = run([]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing --input/);
    const unknown = run(['--inptu', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--inptu'/);
  });
});
