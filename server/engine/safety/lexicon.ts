import conversation from './knowledge/conversation.json' with { type: 'json' };
import rewrites from './knowledge/rewrites.json' with { type: 'json' };
import scope from './knowledge/scope.json' with { type: 'json' };
import time from './knowledge/time.json' with { type: 'json' };
import words from './knowledge/words.json' with { type: 'json' };
import {
  compilePatterns,
  compileRewrites,
  compileWordLists,
  listsOf,
  PatternFile,
  RewriteFile,
  WordFile,
  wordPairs,
} from './knowledge/compile.ts';

/**
 * Loads the word-level knowledge once, at start-up: the word lists of `knowledge/words.json`,
 * the rewrites of `knowledge/rewrites.json`, and the patterns of `knowledge/scope.json` (the
 * context of a match), `knowledge/time.json` (when it happened) and `knowledge/conversation.json`
 * (how turns are read). Each module reads the lists it needs by name; what each is for is written
 * beside it in the file.
 */
export const WORDS = compileWordLists({ file: 'words.json', json: words, schema: WordFile });
const REWRITES = compileRewrites({ file: 'rewrites.json', json: rewrites, schema: RewriteFile });

export const TOKEN_REWRITES = REWRITES.get('TOKEN_REWRITES');
export const PHRASE_REWRITES: ReadonlyArray<readonly [string, string]> = Object.entries(
  REWRITES.get('PHRASE_REWRITES'),
);
export const PERSPECTIVE_SWAP = REWRITES.get('PERSPECTIVE_SWAP');
/** "you are" → ["i", "am"]: two words read as two words. */
export const PERSPECTIVE_SWAP_PAIRS = wordPairs(REWRITES, 'PERSPECTIVE_SWAP_PAIRS');

export const DROPPED_G_PROTECTED = WORDS.set('DROPPED_G_PROTECTED');
export const FUZZY_TARGETS = WORDS.words('FUZZY_TARGETS');
export const FUZZY_PROTECTED = WORDS.set('FUZZY_PROTECTED');
export const NEGATORS = WORDS.set('NEGATORS');
export const NEGATION_CANCELLERS = WORDS.set('NEGATION_CANCELLERS');
export const NEGATION_RAISERS = WORDS.set('NEGATION_RAISERS');
export const FIRST_PERSON = WORDS.set('FIRST_PERSON');
export const OTHER_PERSON = WORDS.set('OTHER_PERSON');
export const THIRD_SINGULAR_VERBS = WORDS.set('THIRD_SINGULAR_VERBS');
export const PERSON_NOUNS = WORDS.set('PERSON_NOUNS');
export const CHILD_NOUNS = WORDS.set('CHILD_NOUNS');
export const ELDER_NOUNS = WORDS.set('ELDER_NOUNS');
export const CHILD_MARKERS = WORDS.set('CHILD_MARKERS');
export const NON_PERSON_OBJECTS = WORDS.set('NON_PERSON_OBJECTS');
export const NON_PERSON_PROPER = WORDS.set('NON_PERSON_PROPER');
export const NUMBER_WORDS = WORDS.numbers('NUMBER_WORDS');

/** Patterns may name a word list as `{NAME}`. */
const outer = { lists: listsOf(WORDS) };
export const SCOPE_PATTERNS = compilePatterns({ file: 'scope.json', json: scope, schema: PatternFile }, outer);
export const TIME_PATTERNS = compilePatterns({ file: 'time.json', json: time, schema: PatternFile }, outer);
export const CONVERSATION_PATTERNS = compilePatterns(
  { file: 'conversation.json', json: conversation, schema: PatternFile },
  outer,
);

/** Every file of patterns, for the generic test of their examples. */
export const PATTERN_FILES = [SCOPE_PATTERNS, TIME_PATTERNS, CONVERSATION_PATTERNS];
