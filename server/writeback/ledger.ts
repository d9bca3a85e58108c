import { closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type DataKeys, isSealed, seal, unseal } from '../security/keys.ts';
import { ensurePrivateDir, ensurePrivateFile, PRIVATE_FILE_MODE } from '../security/files.ts';
import { WriteRecord } from './record.ts';

/**
 * The write ledger: every approved draft, its intent before each request and the result after,
 * in SQLite in DATA_DIR. It outlives the process, so an approval interrupted by a crash is
 * picked up again — and, because each step's intent is on disk before the request leaves, a
 * retry knows to look for what the interrupted attempt may have written.
 */

export interface WriteLedger {
  /** False when a record with this writeId already exists (the approval was already taken). */
  insert(record: WriteRecord): boolean;
  get(writeId: string): WriteRecord | undefined;
  /** Read-modify-write of one record, atomically. */
  update(writeId: string, change: (record: WriteRecord) => WriteRecord): WriteRecord;
  listForEncounter(query: { fhirBaseUrl: string; patientId: string; encounterId?: string }): WriteRecord[];
  /** Records waiting for an attempt whose time has come. */
  due(nowIso: string): WriteRecord[];
  /** Records an interrupted process left `writing`: they are due again. */
  recoverInterrupted(nowIso: string): number;
  /** Writes in the chart whose audit entry is not yet known to be on disk. */
  auditPending(): WriteRecord[];
  close(): void;
}

export class UnknownWriteError extends Error {
  override name = 'UnknownWriteError';
}

/**
 * Opens (or creates) the ledger. With `dataKeys` each record — which holds the approved note
 * until the chart has it — is stored sealed (AES-256-GCM, bound to its write id, with the id of
 * the key that sealed it, so keys can be rotated: old records open with an old key and are sealed
 * again with the current one when next saved). The file is 0600 in a 0700 directory.
 */
export function openWriteLedger(file: string, dataKeys?: DataKeys): WriteLedger {
  if (file !== ':memory:') {
    ensurePrivateDir(dirname(file));
    if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
    ensurePrivateFile(file);
  }
  const db = new DatabaseSync(file);
  // The approved note waits here until the chart has it, then is dropped from the record. A
  // rollback journal (deleted after each commit) and secure_delete leave no copy of a dropped
  // note behind in a WAL file or in freed pages.
  db.exec(`
    PRAGMA journal_mode = DELETE;
    PRAGMA secure_delete = ON;
    PRAGMA synchronous = FULL;
    CREATE TABLE IF NOT EXISTS writes (
      write_id TEXT PRIMARY KEY,
      fhir_base TEXT NOT NULL,
      patient_id TEXT NOT NULL,
      encounter_id TEXT,
      state TEXT NOT NULL,
      next_attempt_at TEXT,
      created_at TEXT NOT NULL,
      record TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS writes_encounter ON writes (fhir_base, patient_id, encounter_id);
    CREATE INDEX IF NOT EXISTS writes_due ON writes (state, next_attempt_at);
  `);
  const columns = db.prepare('PRAGMA table_info(writes)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'audit_pending'))
    db.exec('ALTER TABLE writes ADD COLUMN audit_pending INTEGER NOT NULL DEFAULT 0');

  const insertStmt = db.prepare(
    `INSERT OR IGNORE INTO writes (write_id, fhir_base, patient_id, encounter_id, state, next_attempt_at, created_at, record)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const getStmt = db.prepare('SELECT write_id, record FROM writes WHERE write_id = ?');
  const updateStmt = db.prepare(
    'UPDATE writes SET state = ?, next_attempt_at = ?, audit_pending = ?, record = ? WHERE write_id = ?',
  );
  const byEncounterStmt = db.prepare(
    `SELECT write_id, record FROM writes WHERE fhir_base = ? AND patient_id = ? AND (encounter_id IS ? OR encounter_id = ?)
     ORDER BY created_at DESC`,
  );
  const dueStmt = db.prepare(
    `SELECT write_id, record FROM writes WHERE state IN ('pending', 'retrying') AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
     ORDER BY created_at`,
  );
  const interruptedStmt = db.prepare(`SELECT write_id, record FROM writes WHERE state = 'writing'`);
  const auditPendingStmt = db.prepare(`SELECT write_id, record FROM writes WHERE audit_pending = 1`);

  const aad = (writeId: string) => `writes:${writeId}`;
  const encode = (record: WriteRecord): string => {
    const json = JSON.stringify(record);
    return dataKeys ? seal(dataKeys, json, aad(record.writeId)) : json;
  };
  const parse = (row: unknown): WriteRecord => {
    const { record, write_id: writeId } = row as { record: string; write_id: string };
    if (isSealed(record)) {
      if (!dataKeys) throw new Error('The write ledger is encrypted: open it with the data keys.');
      return WriteRecord.parse(JSON.parse(unseal(dataKeys, record, aad(writeId))));
    }
    return WriteRecord.parse(JSON.parse(record));
  };

  function get(writeId: string): WriteRecord | undefined {
    const row = getStmt.get(writeId);
    return row ? parse(row) : undefined;
  }

  function save(record: WriteRecord): void {
    updateStmt.run(
      record.state,
      record.nextAttemptAt ?? null,
      record.auditPending ? 1 : 0,
      encode(record),
      record.writeId,
    );
  }

  return {
    insert(record) {
      const result = insertStmt.run(
        record.writeId,
        record.fhirBaseUrl,
        record.patientId,
        record.encounterId ?? null,
        record.state,
        record.nextAttemptAt ?? null,
        record.createdAt,
        encode(WriteRecord.parse(record)),
      );
      return Number(result.changes) === 1;
    },
    get,
    update(writeId, change) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const current = get(writeId);
        if (!current) throw new UnknownWriteError(`No write ${writeId} in the ledger.`);
        const next = WriteRecord.parse(change(current));
        save(next);
        db.exec('COMMIT');
        return next;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    },
    listForEncounter({ fhirBaseUrl, patientId, encounterId }) {
      const enc = encounterId ?? null;
      return byEncounterStmt.all(fhirBaseUrl, patientId, enc, enc).map(parse);
    },
    due(nowIso) {
      return dueStmt.all(nowIso).map(parse);
    },
    recoverInterrupted(nowIso) {
      const interrupted = interruptedStmt.all().map(parse);
      for (const record of interrupted) {
        save({ ...record, state: 'retrying', nextAttemptAt: nowIso, updatedAt: nowIso });
      }
      return interrupted.length;
    },
    auditPending() {
      return auditPendingStmt.all().map(parse);
    },
    close() {
      db.close();
    },
  };
}
