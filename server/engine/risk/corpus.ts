/**
 * The corpus formats of the labelling guide (`tests/data/risk/GUIDE.md`, section 6): whole
 * sessions, one JSON file each, and utterance items in context, one JSON object per line.
 * Training reads them from `tests/data/corpus/train/`, the evaluation from the blind folders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { EkmanLabel, RiskCategory, RiskLevel } from '../../contracts/analysis.ts';

export const RiskLabel = z.object({ category: RiskCategory, level: RiskLevel.exclude(['none']) });
export type RiskLabel = z.infer<typeof RiskLabel>;

export const CorpusTurn = z.object({
  speaker: z.enum(['client', 'clinician', 'other']),
  text: z.string(),
  role: z.string().optional(),
  emotion: EkmanLabel.optional(),
  risk: z.array(RiskLabel).optional(),
  hard: z.string().optional(),
});
export type CorpusTurn = z.infer<typeof CorpusTurn>;

export const CorpusSession = z.object({
  id: z.string().min(1),
  topic: z.string().optional(),
  language: z.string().optional(),
  risk_session: z.boolean().optional(),
  turns: z.array(CorpusTurn).min(1),
});
export type CorpusSession = z.infer<typeof CorpusSession>;

const ContextTurn = z.object({ speaker: z.enum(['client', 'clinician', 'other']), text: z.string() });

export const UtteranceItem = z.object({
  id: z.string().min(1),
  context: z.array(ContextTurn).default([]),
  utterance: ContextTurn,
  next: z.array(ContextTurn).default([]),
  risk: z.array(RiskLabel).default([]),
  hard: z.string().nullish(),
  dialect: z.string().nullish(),
});
export type UtteranceItem = z.infer<typeof UtteranceItem>;

export interface Batch<T> {
  batch: string;
  items: T[];
}

function sortedEntries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Problems are collected, not thrown: one bad file must not hide the rest of a batch. */
export interface ReadProblems {
  problems: string[];
}

/** `<dir>/<batch>/*.json`: one session per file, batches in name order. */
export function readSessionBatches(dir: string, out: ReadProblems = { problems: [] }): Batch<CorpusSession>[] {
  return sortedEntries(dir)
    .filter((b) => statSync(path.join(dir, b)).isDirectory())
    .map((batch) => ({
      batch,
      items: sortedEntries(path.join(dir, batch))
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => {
          const file = path.join(dir, batch, f);
          try {
            const parsed = CorpusSession.safeParse(JSON.parse(readFileSync(file, 'utf8')));
            if (parsed.success) return [parsed.data];
            out.problems.push(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
          } catch (error) {
            out.problems.push(`${file}: ${(error as Error).message}`);
          }
          return [];
        }),
    }));
}

/** `<dir>/<batch>/*.jsonl`: utterance items, batches in name order. */
export function readUtteranceBatches(dir: string, out: ReadProblems = { problems: [] }): Batch<UtteranceItem>[] {
  return sortedEntries(dir)
    .filter((b) => statSync(path.join(dir, b)).isDirectory())
    .map((batch) => ({
      batch,
      items: sortedEntries(path.join(dir, batch))
        .filter((f) => f.endsWith('.jsonl'))
        .flatMap((f) => {
          const file = path.join(dir, batch, f);
          return readFileSync(file, 'utf8')
            .split('\n')
            .flatMap((line, i) => {
              if (line.trim() === '') return [];
              try {
                const parsed = UtteranceItem.safeParse(JSON.parse(line));
                if (parsed.success) return [parsed.data];
                out.problems.push(
                  `${file}:${i + 1}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
                );
              } catch (error) {
                out.problems.push(`${file}:${i + 1}: ${(error as Error).message}`);
              }
              return [];
            });
        }),
    }));
}

/** An utterance item as a short session: its context, the utterance, then its next turns. */
export function itemTurns(item: UtteranceItem): { turns: CorpusTurn[]; target: number } {
  const turns: CorpusTurn[] = [
    ...item.context,
    { ...item.utterance, risk: item.risk, ...(item.hard ? { hard: item.hard } : {}) },
    ...item.next,
  ];
  return { turns, target: item.context.length };
}
