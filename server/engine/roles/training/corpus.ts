import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CLIENT_ROLES, CLINICIAN_ROLES } from '../roles.ts';

/**
 * One turn of a corpus session (tests/data/risk/GUIDE.md §6). The guide asks a role of the client's
 * and the clinician's turns; a third person in the room may come without one and reads as `other`.
 */
export const CorpusTurn = z
  .object({
    speaker: z.enum(['client', 'clinician', 'other']),
    text: z.string(),
    role: z.enum([...new Set([...CLIENT_ROLES, ...CLINICIAN_ROLES])] as [string, ...string[]]).optional(),
    emotion: z.string().optional(),
    risk: z
      .array(
        z.object({
          category: z.enum(['suicide', 'self_harm', 'violence', 'abuse']),
          level: z.enum(['low', 'moderate', 'high']),
        }),
      )
      .optional(),
    hard: z.string().optional(),
    polarity: z.enum(['present', 'absent']).optional(),
    whose: z.enum(['self', 'other']).optional(),
  })
  .refine((t) => t.role !== undefined || t.speaker === 'other', {
    message: 'a client or clinician turn needs a role',
    path: ['role'],
  })
  .transform((t) => ({ ...t, role: t.role ?? 'other' }));
export type CorpusTurn = z.infer<typeof CorpusTurn>;

/** A reference note (GUIDE §7): the note an experienced clinician would sign for the session. */
export const ReferenceNote = z.object({
  format: z.enum(['SOAP', 'DAP', 'BIRP', 'GIRP']),
  sections: z.record(z.string(), z.string()),
});
export type ReferenceNote = z.infer<typeof ReferenceNote>;

export const CorpusSession = z.object({
  id: z.string(),
  topic: z.string().optional(),
  setting: z.string().optional(),
  client: z.string().optional(),
  language: z.string().optional(),
  risk_session: z.boolean().optional(),
  turns: z.array(CorpusTurn).min(1),
  reference_note: ReferenceNote.optional(),
});
export type CorpusSession = z.infer<typeof CorpusSession>;

export interface Batch {
  /** The folder name: one author per batch. */
  readonly name: string;
  readonly sessions: CorpusSession[];
}

/**
 * Every batch under `root` (one folder per batch, one JSON file per session), in name order so
 * that training is reproducible. A file that does not match the guide's format stops the run with
 * its path and the first problem.
 */
export function readBatches(root: string): Batch[] {
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return names.map((name) => {
    const dir = path.join(root, name);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const sessions = files.map((file) => {
      const where = path.join(dir, file);
      const parsed = CorpusSession.safeParse(JSON.parse(readFileSync(where, 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${where}: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      return parsed.data;
    });
    return { name, sessions };
  });
}
