/**
 * `npm run -s draft -- --input FILE [--patient Patient.json] [--format SOAP|DAP|BIRP|GIRP]
 *   [--provider embedded|openai]` — reads the JSON Lines transcript that `analyze` reads
 * (`-` for stdin) and prints one JSON object: {summary, interventions, homework, note, risk,
 * provenance}. With no clinician to confirm them, the detector's flags appear in the note as
 * "flagged for review, not confirmed", never as findings; `risk` is the detector's own reading. Lines that are not valid utterances are reported on stderr and skipped.
 * With the openai provider it reads OPENAI_* and LOCAL_ONLY from the environment.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import { z } from 'zod';
import { Utterance } from '../contracts/analysis.ts';
import { NoteFormat, ProviderName } from '../contracts/assist.ts';
import { analyzeSession } from '../engine/analyze.ts';
import { createAssistant } from '../providers/index.ts';
import { flaggedForReview } from '../providers/riskSection.ts';
import { documentedRisk } from '../session/flagReview.ts';

const USAGE =
  'usage: npm run -s draft -- --input FILE|- [--patient Patient.json] [--related RelatedPerson[].json] [--practitioner Practitioner.json] [--format SOAP|DAP|BIRP|GIRP] [--provider embedded|openai]';

const Args = z.object({
  input: z.string({ error: '--input is required (a JSON Lines file, or - for stdin)' }).min(1),
  patient: z.string().optional(),
  related: z.string().optional(),
  practitioner: z.string().optional(),
  format: z.string().toUpperCase().pipe(NoteFormat).default('SOAP'),
  provider: ProviderName.optional(),
});

const FhirResource = <T extends string>(type: T) => z.looseObject({ resourceType: z.literal(type) });

class UsageError extends Error {}

function readJsonFile<T>(path: string, schema: z.ZodType, what: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const parsed = schema.safeParse(
    (() => {
      try {
        return JSON.parse(text);
      } catch {
        throw new UsageError(`${what} file ${path} is not valid JSON`);
      }
    })(),
  );
  if (!parsed.success)
    throw new UsageError(`${what} file ${path} is not a ${what}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data as T;
}

/** Parses the transcript; bad lines are reported (line number and reason, never their text) and skipped. */
export function parseTranscript(text: string, report: (message: string) => void): Utterance[] {
  const utterances: Utterance[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      report(`line ${i + 1}: not valid JSON; skipped`);
      return;
    }
    const parsed = Utterance.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      report(`line ${i + 1}: ${issue?.path.join('.') || 'utterance'}: ${issue?.message ?? 'invalid'}; skipped`);
      return;
    }
    if (seen.has(parsed.data.id)) {
      report(`line ${i + 1}: duplicate id ${JSON.stringify(parsed.data.id)}; skipped`);
      return;
    }
    seen.add(parsed.data.id);
    utterances.push(parsed.data);
  });
  return utterances;
}

async function main(argv: string[]): Promise<number> {
  let raw;
  try {
    raw = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', short: 'i' },
        patient: { type: 'string' },
        related: { type: 'string' },
        practitioner: { type: 'string' },
        format: { type: 'string', short: 'f' },
        provider: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (raw.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = Args.safeParse(raw);
  if (!args.success) {
    const issue = args.error.issues[0];
    const message = issue?.message ?? 'invalid arguments';
    const where = issue?.path.length && !message.startsWith('--') ? `--${issue.path.join('.')}: ` : '';
    process.stderr.write(`${where}${message}\n${USAGE}\n`);
    return 2;
  }
  const { input, format, provider } = args.data;

  let text: string;
  try {
    text = readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    process.stderr.write(
      `cannot read ${input === '-' ? 'stdin' : input}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`,
    );
    return 1;
  }

  let patient: Patient | undefined;
  let relatedPersons: RelatedPerson[] | undefined;
  let practitioner: Practitioner | undefined;
  try {
    if (args.data.patient) patient = readJsonFile<Patient>(args.data.patient, FhirResource('Patient'), 'Patient');
    if (args.data.related)
      relatedPersons = readJsonFile<RelatedPerson[]>(
        args.data.related,
        z.array(FhirResource('RelatedPerson')),
        'RelatedPerson list',
      );
    if (args.data.practitioner)
      practitioner = readJsonFile<Practitioner>(args.data.practitioner, FhirResource('Practitioner'), 'Practitioner');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }

  const utterances = parseTranscript(text, (message) => process.stderr.write(`${message}\n`));
  const { analyses, risk } = analyzeSession(utterances);

  let assistant;
  try {
    assistant = createAssistant({ ...process.env, ...(provider ? { AI_PROVIDER: provider } : {}) });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  // No clinician confirms a flag here: the note is written from confirmed findings (none), and the
  // detector's flags are listed in its risk section as flagged for review.
  const snapshot = {
    utterances,
    analyses,
    risk: documentedRisk(risk, new Map()),
    patient,
    relatedPersons,
    practitioner,
  };
  const [summary, interventions, homework, note] = await Promise.all([
    assistant.summarise(snapshot),
    assistant.suggestInterventions(snapshot),
    assistant.generateHomework(snapshot),
    assistant.draftNote(snapshot, format),
  ]);
  const review = flaggedForReview(risk);
  if (review.length > 0) {
    const assessment = note.result.riskAssessment;
    assessment.statements.push(...review);
    assessment.notAssessed = false;
  }
  process.stdout.write(
    `${JSON.stringify({
      summary: summary.result,
      interventions: interventions.result.interventions,
      homework: homework.result,
      note: note.result,
      risk,
      provenance: {
        summary: summary.provenance,
        interventions: interventions.provenance,
        homework: homework.provenance,
        note: note.provenance,
      },
    })}\n`,
  );
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}

export { main };
