import { readFileSync } from 'node:fs';
import { createRoleClassifier } from './classifier.ts';
import type { ContextTurn } from './features.ts';
import type { TurnRole } from './roles.ts';
import { decodeRoleWeights, ROLE_WEIGHTS_URL } from './weights.ts';

export { CLIENT_ROLES, CLINICIAN_ROLES, ROLE_CLASSES, ROLE_FAMILIES } from './roles.ts';
export type { ClientRole, ClinicianRole, RoleClass, Side, TurnRole } from './roles.ts';
export type { ContextTurn } from './features.ts';

// Loaded once, at first use (or at start-up through `warmUpRoles`): reading roles itself does no I/O.
let classifier: ReturnType<typeof createRoleClassifier> | undefined;

/**
 * Reads roles with other weights than the committed ones from now on: a development model
 * scored on the authors it never read (`npm run eval:notes -- --role-weights FILE`).
 */
export function useRoleWeights(bytes: Uint8Array): void {
  classifier = createRoleClassifier(decodeRoleWeights(bytes));
}

/** Loads the weights and runs the model once, so the first note of the first session does not pay for it. */
export function warmUpRoles(): void {
  readRoles([
    { speaker: 'clinician', text: 'how has the week been since we last met' },
    { speaker: 'client', text: "not bad I've been walking most days" },
  ]);
}

/**
 * Each turn's role in the session, read with the turns around it. Speakers the transcript could
 * not attribute are read as the client's, since only the client's words are evidence of anything.
 */
export function readRoles(turns: readonly { speaker: string; text: string }[]): TurnRole[] {
  classifier ??= createRoleClassifier(decodeRoleWeights(readFileSync(ROLE_WEIGHTS_URL)));
  const context: ContextTurn[] = turns.map((t) => ({
    speaker: t.speaker === 'clinician' ? 'clinician' : t.speaker === 'other' ? 'other' : 'client',
    text: t.text,
  }));
  return classifier.classify(context);
}
