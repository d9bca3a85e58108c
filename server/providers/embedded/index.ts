import type { EmbeddedJobs } from '../types.ts';
import { generateHomework } from './homework.ts';
import { suggestInterventions } from './interventions.ts';
import { draftNote } from './note.ts';
import { summarise } from './summarise.ts';

export { EMBEDDED_MODEL, EMBEDDED_TEMPLATES_VERSION } from './version.ts';

/** The offline provider: deterministic, no I/O, and the fallback whenever a remote call fails. */
export const embeddedJobs: EmbeddedJobs = {
  summarise,
  suggestInterventions,
  generateHomework,
  draftNote: (snapshot, format) => draftNote(snapshot, format),
};
