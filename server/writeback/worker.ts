import type { WriteExecutor } from './executor.ts';
import type { WriteLedger } from './ledger.ts';

/**
 * Retries approved drafts that could not be written yet, when their back-off has elapsed.
 * One pass at a time; writes left `writing` by a process that died are due again at start.
 */

export interface WriteWorker {
  start(): void;
  stop(): Promise<void>;
  /** One pass over the due writes; returns how many were attempted. */
  runDue(): Promise<number>;
}

export function createWriteWorker(deps: {
  ledger: WriteLedger;
  executor: WriteExecutor;
  intervalMs?: number;
  now?: () => Date;
}): WriteWorker {
  const now = deps.now ?? (() => new Date());
  let timer: ReturnType<typeof setInterval> | undefined;
  let pass: Promise<number> | undefined;

  async function runDue(): Promise<number> {
    const due = deps.ledger.due(now().toISOString());
    for (const record of due) {
      // A failed attempt is recorded in the ledger by the executor; the pass goes on.
      await deps.executor.run(record.writeId).catch(() => undefined);
    }
    return due.length;
  }

  function tick(): void {
    if (pass) return;
    pass = runDue().finally(() => {
      pass = undefined;
    });
  }

  return {
    start() {
      if (timer) return;
      deps.ledger.recoverInterrupted(now().toISOString());
      timer = setInterval(tick, deps.intervalMs ?? 5_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await pass;
    },
    runDue,
  };
}
