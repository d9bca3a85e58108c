/**
 * Runs an async job after activity settles: `delayMs` after the last poke, but no later than
 * `maxWaitMs` after the first unserved poke, never two at once (a poke during a run schedules
 * one more run after it). Used for the rolling summary, which should follow the conversation
 * without running on every utterance.
 */

export interface Debounced {
  poke(): void;
  cancel(): void;
}

export function debounceJob(run: () => Promise<void>, delayMs: number, maxWaitMs: number): Debounced {
  let timer: NodeJS.Timeout | undefined;
  let firstPokeAt: number | undefined;
  let running = false;
  let dirty = false;
  let cancelled = false;

  function schedule() {
    if (cancelled) return;
    const now = Date.now();
    firstPokeAt ??= now;
    const wait = Math.max(0, Math.min(delayMs, firstPokeAt + maxWaitMs - now));
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, wait);
    timer.unref();
  }

  function fire() {
    timer = undefined;
    if (running) {
      dirty = true;
      return;
    }
    firstPokeAt = undefined;
    running = true;
    run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (dirty) {
          dirty = false;
          schedule();
        }
      });
  }

  return {
    poke() {
      if (running) dirty = true;
      else schedule();
    },
    cancel() {
      cancelled = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
