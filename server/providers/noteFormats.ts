import type { NoteFormat } from '../contracts/assist.ts';

export interface SectionSpec {
  key: string;
  title: string;
  /** The section where a mental-status finding would go: its items are listed as not assessed. */
  mentalStatus?: boolean;
  /** The section that carries the client's own account of their week (self-report). */
  clientReport?: boolean;
}

/** The sections of each note format, in order (the risk assessment is a section of its own). */
export const NOTE_SECTIONS: Record<NoteFormat, readonly SectionSpec[]> = {
  SOAP: [
    { key: 'subjective', title: 'Subjective', clientReport: true },
    { key: 'objective', title: 'Objective', mentalStatus: true },
    { key: 'assessment', title: 'Assessment' },
    { key: 'plan', title: 'Plan' },
  ],
  DAP: [
    { key: 'data', title: 'Data', mentalStatus: true, clientReport: true },
    { key: 'assessment', title: 'Assessment' },
    { key: 'plan', title: 'Plan' },
  ],
  BIRP: [
    { key: 'behavior', title: 'Behavior', mentalStatus: true, clientReport: true },
    { key: 'intervention', title: 'Intervention' },
    { key: 'response', title: 'Response' },
    { key: 'plan', title: 'Plan' },
  ],
  GIRP: [
    { key: 'goals', title: 'Goals', clientReport: true },
    { key: 'intervention', title: 'Intervention' },
    { key: 'response', title: 'Response' },
    { key: 'plan', title: 'Plan' },
  ],
};

/** Mental-status items a transcript cannot show; a note lists them as not assessed, never as normal. */
export const MENTAL_STATUS_ITEMS = [
  'Appearance',
  'Behaviour and eye contact',
  'Speech',
  'Observed affect',
  'Thought process',
  'Orientation and cognition',
  'Insight and judgement',
] as const;
