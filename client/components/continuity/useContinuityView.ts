/**
 * The continuity view of a session, read once per server session: the panel moves from the
 * before-session screen to the sidebar when the session starts, and must not read the chart twice.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ContinuityView } from '../../../server/contracts/continuity.ts';
import type { ContinuityApi } from '../../api/continuity.ts';

export type ViewState =
  { status: 'loading' } | { status: 'ready'; view: ContinuityView } | { status: 'error'; message: string };

const read = new Map<string, ContinuityView>();

export function useContinuityView(api: ContinuityApi, sid: string | undefined): ViewState & { retry: () => void } {
  const known = sid ? read.get(sid) : undefined;
  const [state, setState] = useState<ViewState>(known ? { status: 'ready', view: known } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!sid) return;
    const cached = read.get(sid);
    if (cached) {
      setState({ status: 'ready', view: cached });
      return;
    }
    const abort = new AbortController();
    setState({ status: 'loading' });
    api.view(sid, abort.signal).then(
      (view) => {
        read.set(sid, view);
        setState({ status: 'ready', view });
      },
      (error: unknown) => {
        if (!abort.signal.aborted)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => abort.abort();
  }, [api, sid, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
