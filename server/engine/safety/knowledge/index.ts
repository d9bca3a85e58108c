import abuse from './abuse.rules.json' with { type: 'json' };
import context from './context.rules.json' with { type: 'json' };
import idioms from './idioms.json' with { type: 'json' };
import screen from './screen.json' with { type: 'json' };
import selfHarm from './self_harm.rules.json' with { type: 'json' };
import suicide from './suicide.rules.json' with { type: 'json' };
import violence from './violence.rules.json' with { type: 'json' };
import vocabulary from './vocabulary.json' with { type: 'json' };
import { PERSON_NOUNS } from '../lexicon.ts';
import {
  compileCues,
  compileIdioms,
  compileRules,
  IdiomFile,
  loadVocabularies,
  RuleFile,
  ScreenFile,
  VocabularyFile,
  type CueEntry,
  type IdiomEntry,
  type Cue,
  type Rule,
  type RuleEntry,
} from './compile.ts';

export { KnowledgeFileError, type Cue, type CueKind, type Rule } from './compile.ts';

/** The vocabularies every rule file is written from. */
export const VOCABULARIES = loadVocabularies({ file: 'vocabulary.json', json: vocabulary, schema: VocabularyFile });

const seen = new Set<string>();
const compiled = [
  { file: 'suicide.rules.json', json: suicide },
  { file: 'self_harm.rules.json', json: selfHarm },
  { file: 'violence.rules.json', json: violence },
  { file: 'abuse.rules.json', json: abuse },
].map(({ file, json }) => ({ file, ...compileRules({ file, json, schema: RuleFile }, VOCABULARIES, seen) }));
const contextual = compileRules({ file: 'context.rules.json', json: context, schema: RuleFile }, VOCABULARIES, seen);
const idiomSet = compileIdioms({ file: 'idioms.json', json: idioms, schema: IdiomFile }, VOCABULARIES);

/** Every rule, category by category, in the order of its file. */
export const RULES: readonly Rule[] = compiled.flatMap((c) => c.rules);

/** Context-gated anaphora: "it" is the topic the conversation is on. */
export const CONTEXTUAL: readonly Rule[] = contextual.rules;

/** Figures of speech that look like risk language; a match inside one is dropped. */
export const IDIOMS: readonly RegExp[] = idiomSet.idioms;

/** Drug names that make "took 30 of my …" an overdose. */
export const DRUG_NAMES: readonly string[] = VOCABULARIES.entry('DRUG_NAMES')?.list ?? [];

/** The entries as written, with their examples, for the generic test and for review. */
export const RULE_ENTRIES: readonly (RuleEntry & { file: string })[] = [
  ...compiled.flatMap((c) => c.entries.map((e) => ({ ...e, file: c.file }))),
  ...contextual.entries.map((e) => ({ ...e, file: 'context.rules.json' })),
];
export const IDIOM_ENTRIES: readonly IdiomEntry[] = idiomSet.entries;

const screenSet = compileCues(
  { file: 'screen.json', json: screen, schema: ScreenFile },
  {
    parent: VOCABULARIES,
    // One-word person nouns ("the dude", "some kid"), from the person nouns of words.json.
    lists: { PERSON_NOUN_WORDS: [...PERSON_NOUNS].filter((w) => /^[a-z]+$/.test(w)) },
  },
);

/** The broad, weighted vocabulary of the lexical screen (`screen.ts`). */
export const SCREEN_CUES: readonly Cue[] = screenSet.cues;
export const CUE_ENTRIES: readonly CueEntry[] = screenSet.entries;
/** The screen's own vocabularies (it may also name those of `vocabulary.json`). */
export const SCREEN_VOCABULARIES = screenSet.vocabularies;
