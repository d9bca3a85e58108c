/**
 * De-identification evaluation on the labelled transcripts in tests/data/deid.
 *
 *   node scripts/eval/deid.ts [--misses]
 *
 * Recall: a gold identifier counts as caught when every letter and digit of it is redacted
 * (strict: a redacted span has exactly its boundaries). Precision: the share of redacted
 * letters and digits that belong to a gold identifier. Reported per kind, for the tuning
 * split and the held-out split separately; `--misses` lists the tuning split's misses and
 * the other words it redacted. Over-redaction is also measured on ordinary text with no
 * identifiers left in it: the first 3,000 comments of the GoEmotions test split (its authors
 * masked names as [NAME]), as written and in lower case (`GOEMOTIONS_TEST` overrides the path).
 *
 * Blind batches: every batch in tests/data/deid/blind/ (`DEID_BLIND_DIR` overrides) — each
 * `*.jsonl` file is one author's batch (see blindSet.ts for the shapes read) — is scored on its
 * own and overall: recall with its 95% Wilson interval, per kind, against the 99% target. Their
 * misses are never printed, so the batches stay blind.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIdentifierDictionary, createDeidentifier, type IdentifierKind } from '../../server/privacy/index.ts';
import { loadLabelledSet, type LabelledTranscript } from './deidLabelledSet.ts';
import { loadBlindBatches, wilson } from './blindSet.ts';

interface Tally {
  gold: number;
  caught: number;
  strict: number;
}

interface SplitResult {
  transcripts: number;
  utterances: number;
  byKind: Map<IdentifierKind, Tally>;
  all: Tally;
  redactedChars: number;
  redactedGoldChars: number;
  otherTokens: number;
  otherTokensRedacted: number;
  misses: string[];
  overRedacted: string[];
}

const isAlnum = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

function emptySplit(): SplitResult {
  return {
    transcripts: 0,
    utterances: 0,
    byKind: new Map(),
    all: { gold: 0, caught: 0, strict: 0 },
    redactedChars: 0,
    redactedGoldChars: 0,
    otherTokens: 0,
    otherTokensRedacted: 0,
    misses: [],
    overRedacted: [],
  };
}

export function evaluate(transcripts: LabelledTranscript[]): SplitResult {
  const r = emptySplit();
  for (const t of transcripts) {
    r.transcripts++;
    const deid = createDeidentifier(
      buildIdentifierDictionary({
        patient: t.patient,
        relatedPersons: t.relatedPersons,
        practitioners: t.practitioners,
      }),
    );
    for (const u of t.utterances) {
      r.utterances++;
      const found = deid.findIdentifiers(u.text);
      const redacted = new Uint8Array(u.text.length);
      for (const s of found) redacted.fill(1, s.start, s.end);
      const gold = new Uint8Array(u.text.length);
      for (const g of u.spans) gold.fill(1, g.start, g.end);
      for (const g of u.spans) {
        const tally = r.byKind.get(g.kind) ?? { gold: 0, caught: 0, strict: 0 };
        r.byKind.set(g.kind, tally);
        let caught = true;
        for (let i = g.start; i < g.end; i++) if (isAlnum(u.text[i] ?? '') && !redacted[i]) caught = false;
        const strict = found.some((s) => s.start === g.start && s.end === g.end);
        for (const x of [tally, r.all]) {
          x.gold++;
          if (caught) x.caught++;
          if (strict) x.strict++;
        }
        if (!caught) r.misses.push(`${u.id} ${g.kind} "${g.text}" in: ${u.text}`);
      }
      for (let i = 0; i < u.text.length; i++) {
        if (!redacted[i] || !isAlnum(u.text[i] ?? '')) continue;
        r.redactedChars++;
        if (gold[i]) r.redactedGoldChars++;
      }
      for (const m of u.text.matchAll(/[\p{L}\p{N}]+/gu)) {
        if (gold.subarray(m.index, m.index + m[0].length).some((x) => x === 1)) continue;
        r.otherTokens++;
        if (redacted.subarray(m.index, m.index + m[0].length).some((x) => x === 1)) {
          r.otherTokensRedacted++;
          r.overRedacted.push(m[0]);
        }
      }
    }
  }
  return r;
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function report(name: string, r: SplitResult): void {
  console.log(`\n${name}: ${r.transcripts} transcripts, ${r.utterances} utterances, ${r.all.gold} identifiers`);
  console.log('  kind          gold  recall  strict');
  const kinds = [...r.byKind.entries()].sort((a, b) => b[1].gold - a[1].gold);
  for (const [kind, t] of kinds)
    console.log(
      `  ${kind.padEnd(12)} ${String(t.gold).padStart(5)}  ${pct(t.caught, t.gold)}  ${pct(t.strict, t.gold)}`,
    );
  console.log(
    `  ${'ALL'.padEnd(12)} ${String(r.all.gold).padStart(5)}  ${pct(r.all.caught, r.all.gold)}  ${pct(r.all.strict, r.all.gold)}`,
  );
  console.log(`  precision (redacted characters that are identifiers): ${pct(r.redactedGoldChars, r.redactedChars)}`);
  console.log(
    `  over-redaction (other words redacted): ${r.otherTokensRedacted}/${r.otherTokens} = ${pct(r.otherTokensRedacted, r.otherTokens)}`,
  );
}

/**
 * Time to de-identify a 600-utterance session with one de-identifier, dictionary build included:
 * median wall-clock and CPU time of 10 runs after 2 warm-up runs (CPU time is steadier on a shared machine).
 */
function speed(set: LabelledTranscript[]): { wallMs: number; cpuMs: number; utterances: number } {
  const first = set[0];
  const texts = set.flatMap((t) => t.utterances.map((u) => u.text));
  const session = Array.from({ length: 600 }, (_, i) => texts[i % texts.length] ?? '');
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 12; run++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const deid = createDeidentifier(
      buildIdentifierDictionary({
        patient: first?.patient,
        relatedPersons: first?.relatedPersons,
        practitioners: first?.practitioners,
      }),
    );
    for (const text of session) deid.deidentify(text);
    const used = process.cpuUsage(c0);
    if (run < 2) continue;
    wall.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { wallMs: median(wall), cpuMs: median(cpu), utterances: session.length };
}

const GOEMOTIONS_TEST =
  process.env.GOEMOTIONS_TEST ?? path.resolve(import.meta.dirname, '../../tests/data/public/goemotions/test.tsv');

/** Share of the words of ordinary comments that get redacted, as written and in lower case (speech-to-text style). */
function ordinaryText(): { comments: number; written: number; lower: number } | undefined {
  if (!existsSync(GOEMOTIONS_TEST)) return undefined;
  const comments = readFileSync(GOEMOTIONS_TEST, 'utf8')
    .split('\n')
    .slice(0, 3000)
    .map((line) => (line.split('\t')[0] ?? '').replace(/\[[A-Z]+\]/g, ''))
    .filter(Boolean);
  const share = (texts: string[]): number => {
    const deid = createDeidentifier(buildIdentifierDictionary({}));
    let words = 0;
    let redacted = 0;
    for (const text of texts) {
      const spans = deid.findIdentifiers(text);
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        words++;
        if (spans.some((s) => s.start < m.index + m[0].length && m.index < s.end)) redacted++;
      }
    }
    return redacted / Math.max(1, words);
  };
  return { comments: comments.length, written: share(comments), lower: share(comments.map((c) => c.toLowerCase())) };
}

const BLIND_DIR = process.env.DEID_BLIND_DIR ?? path.resolve(import.meta.dirname, '../../tests/data/deid/blind');
const RECALL_TARGET = 0.99;

function interval(caught: number, gold: number): string {
  const { low, high } = wilson(caught, gold);
  return gold === 0 ? 'n/a' : `${(100 * low).toFixed(1)}–${(100 * high).toFixed(1)}%`;
}

/** Recall on each blind batch and on all of them, each batch gated on its own. */
function blind(): void {
  if (!existsSync(BLIND_DIR)) {
    console.log(`\nBlind batches: none (no folder ${BLIND_DIR})`);
    return;
  }
  const batches = loadBlindBatches(BLIND_DIR);
  if (batches.length === 0) {
    console.log(`\nBlind batches: none in ${BLIND_DIR}`);
    return;
  }
  console.log(
    `\nBlind batches (${BLIND_DIR}), each scored once; recall = identifiers with every letter and digit redacted`,
  );
  console.log(
    `  ${'batch'.padEnd(24)} ${'transcripts'.padStart(11)} ${'identifiers'.padStart(11)}  recall  95% interval   strict  target 99%`,
  );
  const all: LabelledTranscript[] = [];
  for (const batch of batches) {
    for (const problem of batch.problems) console.log(`  ! ${problem}`);
    all.push(...batch.transcripts);
    const r = evaluate(batch.transcripts);
    const met = r.all.gold > 0 && r.all.caught / r.all.gold >= RECALL_TARGET;
    console.log(
      `  ${batch.name.slice(0, 24).padEnd(24)} ${String(r.transcripts).padStart(11)} ${String(r.all.gold).padStart(11)}  ${pct(r.all.caught, r.all.gold)}  ${interval(r.all.caught, r.all.gold).padEnd(12)} ${pct(r.all.strict, r.all.gold)}  ${met ? 'met' : 'NOT MET'}`,
    );
    const kinds = [...r.byKind.entries()].sort((a, b) => b[1].gold - a[1].gold);
    console.log(
      `    by kind: ${kinds.map(([kind, t]) => `${kind} ${pct(t.caught, t.gold).trim()} of ${t.gold}`).join(', ')}`,
    );
  }
  const overall = evaluate(all);
  console.log(
    `  ${'ALL'.padEnd(24)} ${String(overall.transcripts).padStart(11)} ${String(overall.all.gold).padStart(11)}  ${pct(overall.all.caught, overall.all.gold)}  ${interval(overall.all.caught, overall.all.gold).padEnd(12)} ${pct(overall.all.strict, overall.all.gold)}`,
  );
  console.log(
    `  precision: ${pct(overall.redactedGoldChars, overall.redactedChars).trim()} of redacted characters are identifiers; other words redacted ${pct(overall.otherTokensRedacted, overall.otherTokens).trim()}`,
  );
}

export async function run(): Promise<void> {
  const set = loadLabelledSet();
  const tune = evaluate(set.filter((t) => t.split === 'tune'));
  const heldout = evaluate(set.filter((t) => t.split === 'heldout'));
  console.log('De-identification (tests/data/deid: synthetic transcripts with chart context)');
  report('Tuning split', tune);
  report('Held-out split', heldout);
  const { wallMs, cpuMs, utterances } = speed(set);
  console.log(
    `\nSpeed: ${utterances}-utterance session de-identified in ${wallMs.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (medians of 10; budget 100 ms)`,
  );
  const ordinary = ordinaryText();
  if (ordinary) {
    console.log(
      `Ordinary text (${ordinary.comments} GoEmotions test comments, names masked): ${pct(ordinary.written, 1).trim()} of words redacted as written, ${pct(ordinary.lower, 1).trim()} in lower case`,
    );
  } else console.log(`Ordinary text: skipped (no GoEmotions test split at ${GOEMOTIONS_TEST})`);
  console.log(
    `Recall target 99%: tuning ${pct(tune.all.caught, tune.all.gold).trim()}, held-out ${pct(heldout.all.caught, heldout.all.gold).trim()} (95% interval ${interval(heldout.all.caught, heldout.all.gold)})`,
  );
  blind();
  if (process.argv.includes('--misses')) {
    console.log('\nMissed in the tuning split:');
    for (const m of tune.misses) console.log(`  ${m}`);
    console.log(`\nOther words redacted in the tuning split: ${tune.overRedacted.join(', ')}`);
  }
}

if (import.meta.main) await run();
