/**
 * Append-only, hash-chained audit log in `DATA_DIR/audit.jsonl`. Appends are queued and written
 * in batches (one write and one fsync per batch) so recording never slows a request down; a
 * head file (`audit.head.json`) holds the last sequence number and hash, so deleting entries
 * from the end of the log is detected too.
 *
 * With the audit key (always, in the server) the chain is keyed (HMAC), the head carries a MAC,
 * and the head is anchored outside DATA_DIR — a line appended to the anchor file every
 * `anchorIntervalMs` when the log has grown, and at close — so a rewrite of the whole log, or a
 * truncation together with its head file, no longer verifies.
 *
 * One process writes one log: a lock file refuses a second writer on the same DATA_DIR.
 */
import { closeSync, openSync, readSync, fstatSync, writeFileSync, readFileSync, unlinkSync } from 'node:fs';
import { appendFile, mkdir, open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ensurePrivateDir } from '../security/files.ts';
import { AuditEntry, AuditEvent, entryHash, GENESIS_HASH, pointMac } from './chain.ts';

export const AUDIT_FILE = 'audit.jsonl';
export const AUDIT_HEAD_FILE = 'audit.head.json';
const LOCK_FILE = 'audit.lock';

export interface AuditLog {
  /** Queues an entry; resolves once it is on disk. Never rejects (failures go to `onError`). */
  append(event: AuditEvent): Promise<void>;
  /** Resolves when everything queued so far is on disk. */
  flush(): Promise<void>;
  /** Anchors the current head now (when there is an anchor file and the log grew since). */
  anchor(): Promise<void>;
  /**
   * Whether the log on disk holds the entry saying this chart write landed (read after a crash
   * to decide whether that entry is still owed; it scans the file).
   */
  hasWriteEntry(writeId: string): Promise<boolean>;
  close(): Promise<void>;
  readonly file: string;
}

export interface AuditLogOptions {
  dataDir: string;
  /** The audit key (HMAC); without it the chain is the earlier unkeyed format (tests only). */
  key?: Buffer;
  /** A file outside DATA_DIR where the head is anchored (one JSON line per anchor). */
  anchorFile?: string;
  /** How often the head is anchored when the log has grown (default 60 s). */
  anchorIntervalMs?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export class AuditLogLockedError extends Error {
  override name = 'AuditLogLockedError';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function acquireLock(dataDir: string): string {
  const lock = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
        throw new AuditLogLockedError(
          `The audit log in ${dataDir} is in use by process ${holder}; give each server instance its own DATA_DIR.`,
        );
      }
      // A lock left by a process that no longer runs (or by this one, from an earlier log).
      unlinkSync(lock);
    }
  }
  throw new AuditLogLockedError(`Could not lock the audit log in ${dataDir}.`);
}

/** The last complete entry of the file (read from its tail), and whether the file ends mid-line. */
function readTail(file: string): { last?: AuditEntry; endsMidLine: boolean } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { endsMidLine: false };
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return { endsMidLine: false };
    let chunk = 64 * 1024;
    for (;;) {
      const start = Math.max(0, size - chunk);
      const buffer = Buffer.alloc(size - start);
      readSync(fd, buffer, 0, buffer.length, start);
      const text = buffer.toString('utf8');
      const endsMidLine = !text.endsWith('\n');
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      // The first line of a partial chunk may be cut; only trust it when the chunk is the whole file.
      const candidates = start === 0 ? lines : lines.slice(1);
      for (let i = candidates.length - 1; i >= 0; i--) {
        try {
          const parsed = AuditEntry.safeParse(JSON.parse(candidates[i] as string));
          if (parsed.success) return { last: parsed.data, endsMidLine };
        } catch {
          // A torn last line from a crash: look further back.
        }
      }
      if (start === 0) return { endsMidLine };
      chunk *= 4;
    }
  } finally {
    closeSync(fd);
  }
}

export async function openAuditLog(options: AuditLogOptions): Promise<AuditLog> {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => undefined);
  ensurePrivateDir(options.dataDir);
  const file = join(options.dataDir, AUDIT_FILE);
  const headFile = join(options.dataDir, AUDIT_HEAD_FILE);
  const lock = acquireLock(options.dataDir);

  const tail = readTail(file);
  let seq = tail.last?.seq ?? 0;
  let prev = tail.last?.hash ?? GENESIS_HASH;
  const handle: FileHandle = await open(file, 'a', 0o600);
  if (tail.endsMidLine) await handle.write('\n');

  let pending: { line: string; seq: number; hash: string; resolve: () => void }[] = [];
  /** The last entry on disk, and the last one anchored. */
  const written = { seq, hash: prev };
  let anchored = seq;
  let writing: Promise<void> | undefined;
  let closed = false;

  async function drain(): Promise<void> {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await handle.write(batch.map((p) => p.line).join(''));
        await handle.datasync();
        const last = batch.at(-1) as { seq: number; hash: string };
        written.seq = last.seq;
        written.hash = last.hash;
        const tmp = `${headFile}.tmp`;
        const head = { seq: written.seq, hash: written.hash };
        await writeFile(
          tmp,
          JSON.stringify(options.key ? { ...head, mac: pointMac(options.key, 'head', head) } : head),
          { mode: 0o600 },
        );
        await rename(tmp, headFile);
      } catch (error) {
        onError(error);
      }
      for (const p of batch) p.resolve();
    }
    writing = undefined;
  }

  async function anchor(): Promise<void> {
    while (writing) await writing;
    if (!options.anchorFile || !options.key || written.seq === anchored) return;
    const point = { seq: written.seq, hash: written.hash, ts: now().toISOString() };
    try {
      await mkdir(dirname(options.anchorFile), { recursive: true, mode: 0o700 });
      await appendFile(
        options.anchorFile,
        `${JSON.stringify({ ...point, mac: pointMac(options.key, 'anchor', point) })}\n`,
        { mode: 0o600 },
      );
      anchored = point.seq;
    } catch (error) {
      onError(error);
    }
  }
  const anchorTimer = options.anchorFile
    ? setInterval(() => void anchor(), options.anchorIntervalMs ?? 60_000)
    : undefined;
  anchorTimer?.unref();

  return {
    file,
    anchor,
    append(event) {
      if (closed) {
        onError(new Error('audit log is closed'));
        return Promise.resolve();
      }
      const parsed = AuditEvent.safeParse(event);
      if (!parsed.success) {
        onError(new Error(`audit event refused: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`));
        return Promise.resolve();
      }
      const base = {
        ...(options.key ? { alg: 'hmac-sha256' as const } : {}),
        seq: ++seq,
        ts: now().toISOString(),
        ...parsed.data,
        prev,
      };
      const entry = { ...base, hash: entryHash(base, options.key) };
      prev = entry.hash;
      return new Promise<void>((resolve) => {
        pending.push({ line: `${JSON.stringify(entry)}\n`, seq: entry.seq, hash: entry.hash, resolve });
        writing ??= drain();
      });
    },
    async flush() {
      while (writing) await writing;
    },
    async hasWriteEntry(writeId) {
      while (writing) await writing;
      const needle = `"writeId":${JSON.stringify(writeId)}`;
      const text = await readFile(file, 'utf8').catch(() => '');
      return text.split('\n').some((line) => {
        if (!line.includes(needle)) return false;
        try {
          const entry = AuditEntry.parse(JSON.parse(line));
          return (
            (entry.action === 'chart.write' || entry.action === 'chart.amend') && entry.detail?.writeId === writeId
          );
        } catch {
          return false;
        }
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (anchorTimer) clearInterval(anchorTimer);
      while (writing) await writing;
      await anchor();
      await handle.close();
      try {
        unlinkSync(lock);
      } catch {
        // Already gone.
      }
    },
  };
}
