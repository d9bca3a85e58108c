/**
 * What the next session starts from: the continuity view and one earlier note in full, read by
 * the server from the chart and the companion store with the clinician's token.
 */
import { ContinuityView, EarlierNoteText } from '../../server/contracts/continuity.ts';
import type { Http } from './http.ts';

export function createContinuityApi(http: Http) {
  const at = (sid: string, rest: string) => `/sessions/${encodeURIComponent(sid)}/continuity${rest}`;
  return {
    view(sid: string, signal?: AbortSignal) {
      return http.request('GET', at(sid, ''), ContinuityView, undefined, signal);
    },
    note(sid: string, noteId: string, signal?: AbortSignal) {
      return http.request('GET', at(sid, `/notes/${encodeURIComponent(noteId)}`), EarlierNoteText, undefined, signal);
    },
  };
}

export type ContinuityApi = ReturnType<typeof createContinuityApi>;
