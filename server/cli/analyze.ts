/**
 * `npm run -s analyze -- --input FILE` (`-` for standard input): reads a transcript as JSON
 * Lines `{"id","speaker","text"}` and writes one JSON line per input line, in order — the
 * utterance's analysis, or `{"id"?, "error"}` for a line that is not valid input. The whole
 * file is one session: each line is read with the lines before it as its context, and its
 * output is its final reading, written once its window (the client's next turn) has been read.
 * Exit 0 unless the input cannot be read (1) or the arguments are wrong (2).
 */
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AnalyzeError, Utterance, type UtteranceAnalysis } from '../contracts/analysis.ts';
import { createSessionAnalyzer, type AnalysisStep } from '../engine/analyze.ts';

const HELP = `Usage: npm run -s analyze -- --input FILE

Analyses a session transcript for safety risk, emotions and emotional spikes.

  -i, --input FILE   JSON Lines transcript, one {"id","speaker","text"} per line
                     (speaker: client | clinician | unknown); "-" reads standard input
  -h, --help         show this help

Output: one JSON line per input line, in order:
  {"id","risk":{"level","categories","evidence"},"emotions":{"labels","ekman","valence"},"spike"}
The file is one session: each line is read in its context (the lines before it) and written
once the client's next turn has been read, so that its reading is final; a reading changed by
that turn carries "risk.revision" with the reason.
A line that is not valid JSON or not an utterance gives {"id"?, "error": "line N: …"} and
the rest is still processed. Blank lines are skipped and give no output.
Exit status: 0 when the input was read (even with bad lines), 1 when it cannot be read,
2 for wrong arguments.
`;

const Args = z
  .object({
    help: z.boolean().optional(),
    input: z.string().min(1, '--input needs a file path or "-"').optional(),
  })
  .refine((a) => a.help === true || a.input !== undefined, {
    message: 'missing --input FILE (use "-" for standard input)',
  });

function fail(message: string, code: number): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(code);
}

function parseCommandLine(argv: string[]): z.infer<typeof Args> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { input: { type: 'string', short: 'i' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${HELP}`, 2);
  }
  const parsed = Args.safeParse(values);
  if (!parsed.success) fail(`${parsed.error.issues[0]?.message ?? 'invalid arguments'}\n\n${HELP}`, 2);
  return parsed.data;
}

async function openInput(input: string): Promise<Readable> {
  if (input === '-') return process.stdin;
  try {
    const handle = await open(input, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      fail(`cannot read ${input}: it is a directory`, 1);
    }
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message);
    fail(`cannot read ${input}: ${reason}`, 1);
  }
}

/** One output line for one input line. */
export function analyzeLine(
  line: string,
  lineNumber: number,
  analyze: (u: Utterance) => UtteranceAnalysis,
): UtteranceAnalysis | AnalyzeError {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  const parsed = Utterance.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const id =
      typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string'
        ? (json as { id: string }).id
        : undefined;
    return { ...(id !== undefined ? { id } : {}), error: `line ${lineNumber}: ${where}${issue.message}` };
  }
  return analyze(parsed.data);
}

async function main(): Promise<void> {
  const args = parseCommandLine(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  const input = await openInput(args.input ?? '-');
  input.on('error', (error: NodeJS.ErrnoException) =>
    fail(`cannot read ${args.input}: ${error.code ?? error.message}`, 1),
  );
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (e.g. piped into `head`): nothing left to do.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  const analyzer = createSessionAnalyzer();
  const queue = createOutputQueue();
  const write = async (lines: string[]): Promise<void> => {
    for (const line of lines) {
      if (!process.stdout.write(`${line}\n`))
        await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
    }
  };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') continue;
    let step: AnalysisStep | undefined;
    const out = analyzeLine(text, lineNumber, (u) => (step = analyzer.step(u)).analysis);
    await write(step ? queue.step(step) : queue.error(out as AnalyzeError));
  }
  await write(queue.close(analyzer.close()));
}

/**
 * Keeps the output in input order while a client's reading waits for its window: a line is
 * written once its reading is final, with any revision the client's next turn made to it.
 */
export function createOutputQueue(): {
  step(s: AnalysisStep): string[];
  error(e: AnalyzeError): string[];
  close(s: Omit<AnalysisStep, 'analysis'>): string[];
} {
  const entries: { id?: string; out: UtteranceAnalysis | AnalyzeError; final: boolean }[] = [];
  const apply = (s: Omit<AnalysisStep, 'analysis'>): void => {
    for (const r of s.revised) {
      const e = entries.findLast((x) => !x.final && x.id === r.id);
      if (e) e.out = r;
    }
    for (const id of s.final) {
      const e = entries.find((x) => !x.final && x.id === id);
      if (e) e.final = true;
    }
  };
  const flush = (all = false): string[] => {
    const out: string[] = [];
    while (entries.length > 0 && (all || entries[0]!.final)) out.push(JSON.stringify(entries.shift()!.out));
    return out;
  };
  return {
    step(s) {
      entries.push({ id: s.analysis.id, out: s.analysis, final: false });
      apply(s);
      return flush();
    },
    error(e) {
      entries.push({ out: e, final: true });
      return flush();
    },
    close(s) {
      apply(s);
      return flush(true);
    },
  };
}

if (import.meta.main) await main();
