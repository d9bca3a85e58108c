import notes from './notes.json' with { type: 'json' };
import words from './notes.words.json' with { type: 'json' };
import { compilePatterns, compileWordLists, PatternFile, WordFile } from '../../engine/safety/knowledge/compile.ts';

/**
 * Loads the note writer's knowledge once, at start-up, with the engine's compiler: the patterns
 * of `notes.json` (proposing, agreeing, booking, asking, wanting, and the replies the note does
 * not quote alone) and the word sets of `notes.words.json`. `agreement.ts`, `wants.ts` and
 * `embedded/note.ts` read what they need by name; what each entry is for, and the sentences it
 * must and must not match, are written beside it in the file.
 */
export const NOTE_PATTERNS = compilePatterns({ file: 'notes.json', json: notes, schema: PatternFile }, {});
export const NOTE_WORDS = compileWordLists({ file: 'notes.words.json', json: words, schema: WordFile });
