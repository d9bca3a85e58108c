/**
 * The audit log's line format and hash chain, shared by the writer and the verifier.
 * Each line is one JSON entry carrying `prev` (the previous entry's hash) and `hash`
 * (SHA-256 of `prev` and the entry's canonical JSON without `hash`), so editing, inserting or
 * deleting a line breaks the chain at that line.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const GENESIS_HASH = '0'.repeat(64);

const Primitive = z.union([z.string(), z.number(), z.boolean()]);

/** What callers record: who, what, which session and resources, which model, how long — no content. */
export const AuditEvent = z.object({
  /** Dotted verb, e.g. `session.create`, `ai.summarise`, `chart.write`. */
  action: z.string().min(1).max(100),
  /** FHIR reference of the clinician, e.g. `Practitioner/123`. */
  actor: z.string().max(200).optional(),
  sessionId: z.string().max(100).optional(),
  /** FHIR references the action touched (patient, encounter, written resources). */
  resources: z.array(z.string().max(300)).max(50).optional(),
  outcome: z.enum(['ok', 'denied', 'error']).default('ok'),
  provider: z.string().max(50).optional(),
  model: z.string().max(200).optional(),
  promptVersion: z.string().max(100).optional(),
  latencyMs: z.number().nonnegative().optional(),
  /** Counts, codes and flags only. */
  detail: z.record(z.string().max(60), Primitive).optional(),
});
export type AuditEvent = z.input<typeof AuditEvent>;

export const AuditEntry = AuditEvent.extend({
  seq: z.number().int().positive(),
  ts: z.string(),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** JSON with object keys sorted at every level, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...rest } = entry;
  return createHash('sha256').update(`${entry.prev}\n${canonicalJson(rest)}`).digest('hex');
}
