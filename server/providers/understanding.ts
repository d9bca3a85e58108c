import type { Utterance } from '../contracts/analysis.ts';
import { readRoles, type ClientRole, type ClinicianRole, type TurnRole } from '../engine/roles/index.ts';
import type { SessionSnapshot } from './types.ts';

export interface UnderstoodTurn {
  readonly id: string;
  readonly index: number;
  readonly speaker: Utterance['speaker'];
  readonly text: string;
  readonly role: TurnRole;
  /** The turn carries a risk flag of the snapshot (in documentation mode: a confirmed one). */
  readonly risk: boolean;
  /** The safety detector read risk in the turn, confirmed or not: such words belong to the risk section alone. */
  readonly riskRead: boolean;
  /**
   * The client's own words: said by the client, or by a speaker diarisation could not name when
   * the transcript names no turn as the client's. Where it does, an unnamed voice is as often a
   * relative or an interpreter ("hiya it's Imran, I'm his son"), and is never quoted as the client.
   */
  readonly clientsOwn: boolean;
}

/**
 * The session read turn by turn before anything is written about it: each turn's role (the
 * learned turn-role model, reading the turn with its neighbours) and whether it carries a
 * flag. Both writers compose from it and the citation check tests statements against it.
 */
export interface SessionUnderstanding {
  readonly turns: readonly UnderstoodTurn[];
  readonly byId: ReadonlyMap<string, UnderstoodTurn>;
  /** Turns whose single likeliest role is one of these. */
  client(...roles: ClientRole[]): UnderstoodTurn[];
  clinician(...roles: ClinicianRole[]): UnderstoodTurn[];
  /** The client's turns where these roles together are likely (their summed probability at least `min`), likeliest first. */
  likelyClient(roles: readonly ClientRole[], min: number): { turn: UnderstoodTurn; p: number }[];
  /** The same for the clinician's turns. */
  likelyClinician(roles: readonly ClinicianRole[], min: number): { turn: UnderstoodTurn; p: number }[];
}

export function understandSession(
  snapshot: Pick<SessionSnapshot, 'utterances' | 'risk' | 'analyses'>,
): SessionUnderstanding {
  const roles = readRoles(snapshot.utterances);
  const flagged = new Set(snapshot.risk.flags.map((f) => f.utteranceId));
  const read = new Set(snapshot.analyses.filter((a) => a.risk.level !== 'none').map((a) => a.id));
  const named = snapshot.utterances.some((u) => u.speaker === 'client');
  const turns = snapshot.utterances.map((u, index): UnderstoodTurn => ({
    id: u.id,
    index,
    speaker: u.speaker,
    text: u.text,
    role: roles[index]!,
    risk: flagged.has(u.id),
    riskRead: flagged.has(u.id) || read.has(u.id),
    clientsOwn: u.speaker === 'client' || (u.speaker === 'unknown' && !named),
  }));
  return understandingOf(turns);
}

/** The session's understanding from its turns as read. */
export function understandingOf(turns: readonly UnderstoodTurn[]): SessionUnderstanding {
  const byId = new Map(turns.map((t) => [t.id, t]));
  const likely = (side: 'client' | 'clinician', wanted: readonly string[], min: number) =>
    turns
      .filter((t) => t.role.side === side && (side === 'clinician' || t.clientsOwn))
      .map((turn) => ({ turn, p: wanted.reduce((sum, r) => sum + (turn.role.probabilities[r] ?? 0), 0) }))
      .filter((x) => x.p >= min)
      .sort((a, b) => b.p - a.p);
  return {
    turns,
    byId,
    client: (...wanted) =>
      turns.filter((t) => t.role.side === 'client' && t.clientsOwn && (wanted as string[]).includes(t.role.role)),
    clinician: (...wanted) =>
      turns.filter((t) => t.role.side === 'clinician' && (wanted as string[]).includes(t.role.role)),
    likelyClient: (wanted, min) => likely('client', wanted, min),
    likelyClinician: (wanted, min) => likely('clinician', wanted, min),
  };
}

/** What a remote model is given besides the transcript: each turn's role as the local model read it. */
export function understandingForModel(u: SessionUnderstanding): { id: string; role: string }[] {
  return u.turns.map((t) => ({ id: t.id, role: `${t.role.side}:${t.role.role}` }));
}

/** Someone else's answer to the clinician's turn: the next non-empty turn not the clinician's, within two turns. */
export const replyTo = (t: UnderstoodTurn, turns: readonly UnderstoodTurn[]): UnderstoodTurn | undefined =>
  turns.slice(t.index + 1, t.index + 3).find((r) => r.speaker !== 'clinician' && r.text.trim() !== '');

/** The turn said just before this one, skipping empty ones: what a reply answers. */
export const turnBefore = (t: UnderstoodTurn, turns: readonly UnderstoodTurn[]): UnderstoodTurn | undefined =>
  turns
    .slice(0, t.index)
    .filter((x) => x.text.trim() !== '')
    .at(-1);
