/**
 * The audit log's line format and keyed hash chain, shared by the writer and the verifier.
 * Each line is one JSON entry carrying `prev` (the previous entry's hash) and `hash` — an
 * HMAC-SHA256, under the audit key kept outside DATA_DIR, of `prev` and the entry's canonical
 * JSON without `hash` (`alg: "hmac-sha256"`) — so editing, inserting or deleting a line breaks
 * the chain at that line, and nobody without the key can write a chain that verifies.
 * Entries without `alg` are from the earlier, unkeyed format (plain SHA-256).
 */
import { createHash, createHmac } from 'node:crypto';
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
  alg: z.literal('hmac-sha256').optional(),
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

/** The entry's hash: HMAC under `key` for keyed entries, plain SHA-256 for the earlier format. */
export function entryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: string }, key?: Buffer): string {
  const { hash: _ignored, ...rest } = entry;
  const input = `${entry.prev}\n${canonicalJson(rest)}`;
  if (entry.alg === 'hmac-sha256') {
    if (!key) throw new Error('A keyed audit entry needs the audit key to be hashed.');
    return createHmac('sha256', key).update(input).digest('hex');
  }
  return createHash('sha256').update(input).digest('hex');
}

/** MAC of a head or anchor record (`kind` keeps one from passing for the other). */
export function pointMac(
  key: Buffer,
  kind: 'head' | 'anchor',
  point: { seq: number; hash: string; ts?: string },
): string {
  return createHmac('sha256', key)
    .update(`${kind}\n${point.seq}\n${point.hash}\n${point.ts ?? ''}`)
    .digest('hex');
}
