import { z } from 'zod';

/**
 * Each turn's role in the session, as the labelling guide (tests/data/risk/GUIDE.md §4) defines
 * them: MI coding (MISC/MITI) and the elements of a CBT session. One role per turn.
 */
export const CLIENT_ROLES = [
  'problem',
  'symptom',
  'stressor',
  'strength',
  'goal',
  'change_talk',
  'sustain_talk',
  'commitment',
  'homework_report',
  'answer',
  'backchannel',
  'other',
] as const;

export const CLINICIAN_ROLES = [
  'question_open',
  'question_closed',
  'reflection_simple',
  'reflection_complex',
  'affirmation',
  'information',
  'advice',
  'scaling',
  'summary',
  'safety_screening',
  'safety_planning',
  'homework_agreed',
  'follow_up',
  'structuring',
  'backchannel',
  'other',
] as const;

export const ClientRole = z.enum(CLIENT_ROLES);
export type ClientRole = z.infer<typeof ClientRole>;
export const ClinicianRole = z.enum(CLINICIAN_ROLES);
export type ClinicianRole = z.infer<typeof ClinicianRole>;

/** The model's output classes: every client role, then every clinician role, each prefixed by its side. */
export const ROLE_CLASSES = [
  ...CLIENT_ROLES.map((r) => `client:${r}` as const),
  ...CLINICIAN_ROLES.map((r) => `clinician:${r}` as const),
];
export type RoleClass = (typeof ROLE_CLASSES)[number];

export type Side = 'client' | 'clinician';

export interface TurnRole {
  readonly side: Side;
  readonly role: ClientRole | ClinicianRole;
  /** The model's probability of that role among the side's roles. */
  readonly score: number;
  /** The probability of every role of the side (summing to 1), for readers that weigh several roles together. */
  readonly probabilities: Readonly<Record<string, number>>;
}

/**
 * Families the figures are reported by: what the note is built from, grouped the way a clinician
 * reads a session (the client's account, their motivation, the clinician's MI moves, the
 * clinician's structured interventions, safety work).
 */
export const ROLE_FAMILIES: Record<string, readonly RoleClass[]> = {
  'client account': ['client:problem', 'client:symptom', 'client:stressor', 'client:strength', 'client:goal'],
  'client motivation': ['client:change_talk', 'client:sustain_talk', 'client:commitment', 'client:homework_report'],
  'client other': ['client:answer', 'client:backchannel', 'client:other'],
  'clinician MI': [
    'clinician:question_open',
    'clinician:question_closed',
    'clinician:reflection_simple',
    'clinician:reflection_complex',
    'clinician:affirmation',
    'clinician:summary',
  ],
  'clinician interventions': [
    'clinician:information',
    'clinician:advice',
    'clinician:scaling',
    'clinician:homework_agreed',
    'clinician:follow_up',
    'clinician:structuring',
  ],
  'clinician safety': ['clinician:safety_screening', 'clinician:safety_planning'],
  'clinician other': ['clinician:backchannel', 'clinician:other'],
};
