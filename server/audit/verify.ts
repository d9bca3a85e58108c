/**
 * Checks an audit log's hash chain line by line and says where it breaks: an edited entry no
 * longer matches its own hash (or, if the hash was recomputed, the next entry's `prev`); a
 * deleted or inserted entry breaks the sequence numbers and the chain; entries deleted from the
 * end disagree with the head file. With the audit key, every keyed hash and the head's MAC are
 * checked (a rewrite with recomputed hashes fails without the key), and each anchor kept outside
 * DATA_DIR must match the entry at its sequence number (a truncation, even with the head file
 * removed or rewritten, or a rewrite of earlier entries, shows there).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AuditEntry, entryHash, GENESIS_HASH, pointMac } from './chain.ts';

export interface AuditProblem {
  line: number;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** Anchors found valid and checked against the log. */
  anchors: number;
  problems: AuditProblem[];
}

export interface VerifyOptions {
  headText?: string;
  /** The anchor file's text (one JSON line per anchor). */
  anchorText?: string;
  /** The audit key: without it keyed entries, the head's MAC and anchors cannot be checked. */
  key?: Buffer;
}

const Head = z.object({ seq: z.number().int().nonnegative(), hash: z.string(), mac: z.string().optional() });
const Anchor = z.object({ seq: z.number().int().positive(), hash: z.string(), ts: z.string(), mac: z.string() });

export function verifyAuditText(text: string, input: string | VerifyOptions = {}): AuditVerification {
  const { headText, anchorText, key } = typeof input === 'string' ? { headText: input } : input;
  const problems: AuditProblem[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();

  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let entries = 0;
  let lastLine = 0;
  const hashAt = new Map<number, { hash: string; line: number }>();
  let unkeyed = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    let entry: AuditEntry;
    try {
      entry = AuditEntry.parse(JSON.parse(raw));
    } catch {
      problems.push({ line, message: 'not a valid audit entry (edited, or torn by a crash)' });
      return;
    }
    entries++;
    lastLine = line;
    if (entry.seq > expectedSeq) {
      const missing = entry.seq - expectedSeq;
      problems.push({
        line,
        message: `${missing} entr${missing === 1 ? 'y' : 'ies'} deleted before this line (sequence jumps from ${expectedSeq - 1} to ${entry.seq})`,
      });
    } else if (entry.seq < expectedSeq) {
      problems.push({ line, message: `entry inserted or moved here (sequence ${entry.seq}, expected ${expectedSeq})` });
    }
    if (entry.prev !== prev) {
      if (entry.seq === expectedSeq) {
        problems.push({ line, message: 'chain broken: the entry before this line was edited, inserted or deleted' });
      }
    }
    if (entry.alg === 'hmac-sha256' && !key) {
      // Checked below as one problem: nothing keyed can be checked without the key.
    } else if (entryHash(entry, key) !== entry.hash) {
      problems.push({
        line,
        message: key
          ? 'entry edited or forged: its content does not match its keyed hash (written without the audit key)'
          : 'entry edited: its content no longer matches its hash',
      });
    }
    if (key && entry.alg !== 'hmac-sha256') unkeyed++;
    hashAt.set(entry.seq, { hash: entry.hash, line });
    expectedSeq = entry.seq + 1;
    prev = entry.hash;
  });

  if (headText !== undefined) {
    const head = (() => {
      try {
        return Head.parse(JSON.parse(headText));
      } catch {
        return undefined;
      }
    })();
    if (!head) {
      problems.push({ line: lastLine + 1, message: 'the head file is not valid' });
    } else if (key && head.mac !== pointMac(key, 'head', head)) {
      problems.push({
        line: lastLine + 1,
        message: 'the head file was not written with the audit key (forged or edited)',
      });
    } else if (head.seq > expectedSeq - 1) {
      problems.push({
        line: lastLine + 1,
        message: `entries deleted from the end of the log (the head records sequence ${head.seq}, the log ends at ${expectedSeq - 1})`,
      });
    } else if (head.seq === expectedSeq - 1 && head.hash !== prev) {
      problems.push({ line: lastLine, message: 'the last entry does not match the head file (edited or replaced)' });
    }
  }
  if (key && unkeyed > 0) {
    problems.push({
      line: 0,
      message: `${unkeyed} entr${unkeyed === 1 ? 'y is' : 'ies are'} not keyed: written without the audit key, or forged`,
    });
  }
  if (!key && text.includes('"alg":"hmac-sha256"')) {
    problems.push({
      line: 0,
      message: 'the log is keyed: give the audit key (AUDIT_HMAC_KEY or KEY_FILE) to check it',
    });
  }

  let anchors = 0;
  if (anchorText !== undefined && key) {
    anchorText.split('\n').forEach((raw, index) => {
      if (raw.trim() === '') return;
      let anchor: z.infer<typeof Anchor>;
      try {
        anchor = Anchor.parse(JSON.parse(raw));
      } catch {
        problems.push({ line: 0, message: `anchor ${index + 1} is not valid (edited)` });
        return;
      }
      if (anchor.mac !== pointMac(key, 'anchor', anchor)) {
        problems.push({
          line: 0,
          message: `anchor ${index + 1} (${anchor.ts}) was not written with the audit key (forged or edited)`,
        });
        return;
      }
      anchors++;
      const at = hashAt.get(anchor.seq);
      if (anchor.seq > expectedSeq - 1) {
        problems.push({
          line: lastLine + 1,
          message: `entries deleted from the end of the log: the anchor of ${anchor.ts} records sequence ${anchor.seq}, the log ends at ${expectedSeq - 1}`,
        });
      } else if (!at) {
        problems.push({ line: 0, message: `entry ${anchor.seq}, anchored at ${anchor.ts}, is missing from the log` });
      } else if (at.hash !== anchor.hash) {
        problems.push({
          line: at.line,
          message: `the log was rewritten: entry ${anchor.seq} differs from the value anchored at ${anchor.ts}`,
        });
      }
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return { ok: problems.length === 0, entries, anchors, problems };
}

function readOptional(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function verifyAuditFile(
  file: string,
  options: string | { headFile?: string; anchorFile?: string; key?: Buffer } = {},
): AuditVerification {
  const { headFile, anchorFile, key } = typeof options === 'string' ? { headFile: options } : options;
  const text = readFileSync(file, 'utf8');
  const headText = readOptional(headFile);
  const anchorText = readOptional(anchorFile);
  return verifyAuditText(text, {
    ...(headText !== undefined ? { headText } : {}),
    ...(anchorText !== undefined ? { anchorText } : {}),
    ...(key ? { key } : {}),
  });
}
