/**
 * Checks an audit log's hash chain line by line and says where it breaks: an edited entry no
 * longer matches its own hash (or, if the hash was recomputed, the next entry's `prev`); a
 * deleted or inserted entry breaks the sequence numbers and the chain; entries deleted from the
 * end disagree with the head file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AuditEntry, entryHash, GENESIS_HASH } from './chain.ts';

export interface AuditProblem {
  line: number;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  problems: AuditProblem[];
}

const Head = z.object({ seq: z.number().int().nonnegative(), hash: z.string() });

export function verifyAuditText(text: string, headText?: string): AuditVerification {
  const problems: AuditProblem[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();

  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let entries = 0;
  let lastLine = 0;
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
    if (entryHash(entry) !== entry.hash) {
      problems.push({ line, message: 'entry edited: its content no longer matches its hash' });
    }
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
    } else if (head.seq > expectedSeq - 1) {
      problems.push({
        line: lastLine + 1,
        message: `entries deleted from the end of the log (the head records sequence ${head.seq}, the log ends at ${expectedSeq - 1})`,
      });
    } else if (head.seq === expectedSeq - 1 && head.hash !== prev) {
      problems.push({ line: lastLine, message: 'the last entry does not match the head file (edited or replaced)' });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { ok: problems.length === 0, entries, problems };
}

export function verifyAuditFile(file: string, headFile?: string): AuditVerification {
  const text = readFileSync(file, 'utf8');
  let headText: string | undefined;
  if (headFile) {
    try {
      headText = readFileSync(headFile, 'utf8');
    } catch {
      headText = undefined;
    }
  }
  return verifyAuditText(text, headText);
}
