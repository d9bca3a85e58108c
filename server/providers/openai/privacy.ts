import { buildIdentifierDictionary } from '../../privacy/dictionary.ts';
import { createDeidentifier, type Deidentifier } from '../../privacy/deidentify.ts';
import type { Utterance } from '../../contracts/analysis.ts';
import type { SessionSnapshot } from '../types.ts';

export type { Deidentifier };

/** A session's de-identifier, plus the de-identified text of each utterance already sent. */
export interface SessionPrivacy {
  deid: Deidentifier;
  /** The utterance's text de-identified, computed once per utterance (utterances never change). */
  utteranceText(u: Utterance): string;
}

function sessionPrivacy(deid: Deidentifier): SessionPrivacy {
  const done = new Map<string, { text: string; redacted: string }>();
  return {
    deid,
    utteranceText(u) {
      const cached = done.get(u.id);
      if (cached && cached.text === u.text) return cached.redacted;
      const redacted = deid.deidentify(u.text);
      done.set(u.id, { text: u.text, redacted });
      return redacted;
    },
  };
}

/**
 * One de-identifier per session, so a name gets the same placeholder in every request of the
 * session (and a previous summary sent back reads the same as the transcript).
 */
export function createSessionDeidentifiers() {
  const bySession = new Map<string, SessionPrivacy>();
  const build = (snapshot: SessionSnapshot) =>
    sessionPrivacy(
      createDeidentifier(
        buildIdentifierDictionary({
          patient: snapshot.patient,
          relatedPersons: snapshot.relatedPersons ? [...snapshot.relatedPersons] : undefined,
          practitioners: snapshot.practitioner ? [snapshot.practitioner] : undefined,
        }),
      ),
    );
  return {
    for(snapshot: SessionSnapshot): SessionPrivacy {
      if (snapshot.sessionId === undefined) return build(snapshot);
      const existing = bySession.get(snapshot.sessionId);
      if (existing) return existing;
      const created = build(snapshot);
      bySession.set(snapshot.sessionId, created);
      return created;
    },
    release(sessionId: string): void {
      bySession.delete(sessionId);
    },
  };
}

/** An unfinished placeholder at the end of a streamed fragment ("[NAM") is held back until complete. */
const TRAILING_PARTIAL_PLACEHOLDER = /\[[A-Z0-9_]*$/;

/** Applies `fn` to every string in a JSON-like value (used to re-identify whole replies). */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  }
  return value;
}

export function reidentifyPartial(deid: Deidentifier, text: string): string {
  return deid.reidentify(text.replace(TRAILING_PARTIAL_PLACEHOLDER, ''));
}
