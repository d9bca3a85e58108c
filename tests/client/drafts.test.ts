import { describe, expect, it } from 'vitest';
import { initialSession, sessionReducer } from '../../client/state/session.ts';
import { type SavedSession, signedMarker } from '../../client/storage/drafts.ts';

const words = 'Some nights I think about killing myself.';

function signedSession(): SavedSession {
  const session = sessionReducer(initialSession('2025-01-01T10:00:00Z'), {
    type: 'utterance-added',
    utterance: { id: 'u1', speaker: 'client', text: words },
    at: '2025-01-01T10:01:00Z',
    source: 'typed',
  });
  return {
    key: 'base|p1|e1|Practitioner/1',
    sessionId: 's1',
    consent: 'granted',
    consentRecordedAt: '2025-01-01T10:00:30Z',
    phase: 'signed',
    session,
    wrapUp: {
      draftId: 'd1',
      format: 'SOAP',
      sections: [],
      risk: { level: 'high', text: words, origin: 'ai', notAssessed: false, notAssessedItems: [] },
      homework: [],
      aiDisclosure: 'Drafted with AI assistance.',
      provenance: { provider: 'embedded', model: 'rules', promptVersion: '1', latencyMs: 1 },
      createdAt: '2025-01-01T10:45:00Z',
    },
    lastEventId: '7',
    signed: { at: '2025-01-01T10:50:00Z', note: 'DocumentReference/n1' },
    updatedAt: '2025-01-01T10:50:01Z',
  };
}

describe('what the browser keeps once the note is signed', () => {
  it('keeps when the note was signed and its reference, and none of the client’s words or drafts', () => {
    const marker = signedMarker(signedSession());
    expect(marker.signed).toEqual({ at: '2025-01-01T10:50:00Z', note: 'DocumentReference/n1' });
    expect(marker.key).toBe('base|p1|e1|Practitioner/1');
    expect(marker.phase).toBe('signed');
    expect(marker.session.entries).toEqual([]);
    expect(marker.wrapUp).toBeUndefined();
    expect(marker.sessionId).toBeUndefined();
    expect(JSON.stringify(marker)).not.toContain('killing');
  });
});
