import { describe, expect, it } from 'vitest';
import { readUtterance } from '../../server/engine/safety/index.ts';
import {
  compilePatterns,
  compileRewrites,
  compileRules,
  compileWordLists,
  KnowledgeFileError,
  loadVocabularies,
  PatternFile,
  RewriteFile,
  RuleFile,
  UNICODE_WORD_EDGE,
  VocabularyFile,
  WordFile,
  wordPairs,
} from '../../server/engine/safety/knowledge/compile.ts';
import {
  CUE_ENTRIES,
  IDIOM_ENTRIES,
  IDIOMS,
  RULE_ENTRIES,
  SCREEN_CUES,
  SCREEN_VOCABULARIES,
  VOCABULARIES,
} from '../../server/engine/safety/knowledge/index.ts';
import { PATTERN_FILES, WORDS } from '../../server/engine/safety/lexicon.ts';
import { normalize } from '../../server/engine/safety/normalize.ts';
import { cueFound, describePatterns, describeVocabularies, unreadIn } from './knowledgeExamples.ts';
import { SCREENING_ENTRIES } from '../../server/engine/safety/screeningQuestions.ts';

/** What the safety engine (imported whole, above) left unread when it loaded. */
const unreadAtLoad = unreadIn([WORDS, ...PATTERN_FILES]);

/** The rule ids a client's sentence gives evidence for; contextual rules read it with their topic open. */
function rulesFound(text: string, topic?: (typeof RULE_ENTRIES)[number]['category']): string[] {
  const reading = readUtterance({ id: 'example', speaker: 'client', text }, topic ? { topics: [topic] } : {});
  return reading.risk.evidence.map((e) => e.rule);
}

describe('every rule in the knowledge files', () => {
  for (const entry of RULE_ENTRIES) {
    const topic = entry.contextual ? entry.category : undefined;
    describe(`${entry.file}: ${entry.id}`, () => {
      it.each(entry.examples.match)('flags %j', (text) => {
        expect(rulesFound(text, topic)).toContain(entry.id);
      });
      it.each(entry.examples.noMatch)('does not flag %j', (text) => {
        expect(rulesFound(text, topic)).not.toContain(entry.id);
      });
    });
  }
});

describe('every vocabulary', () => {
  for (const [file, vocabularies] of [
    ['vocabulary.json', VOCABULARIES],
    ['screen.json', SCREEN_VOCABULARIES],
    ...PATTERN_FILES.map((p) => [p.file, p.vocabularies] as const),
  ] as const)
    describeVocabularies(file, vocabularies);
});

describe('every cue of the lexical screen (screen.json)', () => {
  CUE_ENTRIES.forEach((entry, i) => {
    const cue = SCREEN_CUES[i]!;
    describe(entry.id, () => {
      it.each(entry.examples.match)('finds its words in %j', (text) => expect(cueFound(cue, text)).toBe(true));
      it.each(entry.examples.noMatch)('finds none in %j', (text) => expect(cueFound(cue, text)).toBe(false));
    });
  });
});

describe('the word lists and patterns', () => {
  it('are each read by the engine (none kept that no code uses)', () => {
    expect(unreadAtLoad.filter((f) => f.unread.length > 0)).toEqual([]);
  });
});

describe('every pattern that reads the context of a match', () => {
  for (const patterns of PATTERN_FILES) describePatterns(patterns);
});

describe('every idiom', () => {
  IDIOM_ENTRIES.forEach((entry, i) => {
    const idiom = new RegExp(IDIOMS[i]!.source);
    describe(entry.id, () => {
      it.each(entry.examples.match)('sets aside %j', (text) => {
        expect(idiom.test(normalize(text, 'speaker').text)).toBe(true);
      });
      it.each(entry.examples.noMatch)('leaves %j', (text) => {
        expect(idiom.test(normalize(text, 'speaker').text)).toBe(false);
      });
    });
  });
});

describe('every reading of a clinician question (screening.json)', () => {
  for (const entry of SCREENING_ENTRIES) {
    describe(entry.name, () => {
      it.each(entry.examples.match)('reads %j', (text) => expect(entry.pattern.test(text)).toBe(true));
      it.each(entry.examples.noMatch)('does not read %j', (text) => expect(entry.pattern.test(text)).toBe(false));
    });
  }
});

describe('a knowledge file that cannot be compiled', () => {
  const examples = { match: ['I want to die.'], noMatch: ['I want to dance.'] };
  const vocabularies = loadVocabularies({
    file: 'vocabulary.json',
    json: { about: '', vocabularies: [{ name: 'WANT', list: ['want', 'wish'], examples }] },
    schema: VocabularyFile,
  });
  const rule = {
    id: 'suicide.test',
    kind: 'passive_wish',
    category: 'suicide',
    level: 'low',
    subject: 'self',
    examples,
  };
  const compile = (rules: unknown[]) =>
    compileRules({ file: 'suicide.rules.json', json: { about: '', rules }, schema: RuleFile }, vocabularies, new Set());

  it('compiles a rule written from a vocabulary', () => {
    const [compiled] = compile([{ ...rule, pattern: '\\b(?:{WANT}) to die\\b' }]).rules;
    expect(compiled?.pattern.source).toBe('\\b(?:want|wish) to die\\b');
  });

  it('names the file, the entry and the vocabulary that does not exist', () => {
    expect(() => compile([{ ...rule, pattern: '{WISH} to die' }])).toThrow(
      new KnowledgeFileError('suicide.rules.json: entry suicide.test: {WISH} is not a vocabulary in vocabulary.json'),
    );
  });

  it('names the entry whose pattern is not a regular expression', () => {
    expect(() => compile([{ ...rule, pattern: '(?:want to die' }])).toThrow(
      /^suicide\.rules\.json: entry suicide\.test: not a valid pattern/,
    );
  });

  it('refuses an entry without examples of what it must not match', () => {
    expect(() => compile([{ ...rule, pattern: 'die', examples: { match: ['die'], noMatch: [] } }])).toThrow(
      'suicide.rules.json: entry suicide.test (examples.noMatch): needs at least one example it does not match',
    );
  });

  it('refuses a kind outside the closed set', () => {
    expect(() => compile([{ ...rule, kind: 'sadness', pattern: 'die' }])).toThrow(
      /^suicide\.rules\.json: entry suicide\.test \(kind\): /,
    );
  });

  it('refuses two rules with one id', () => {
    expect(() =>
      compile([
        { ...rule, pattern: 'die' },
        { ...rule, pattern: 'dead' },
      ]),
    ).toThrow('suicide.rules.json: entry suicide.test: the id is used by another rule');
  });
});

describe('a word list that cannot be used', () => {
  const about = 'Words that negate what follows them.';
  const compile = (lists: unknown[]) =>
    compileWordLists({ file: 'words.json', json: { about: '', lists }, schema: WordFile });

  it('keeps the words in the order written', () => {
    expect([...compile([{ name: 'NEGATORS', about, words: ['not', 'never', 'nunca'] }]).set('NEGATORS')]).toEqual([
      'not',
      'never',
      'nunca',
    ]);
  });

  it('names the list and the word that is not in normalised form', () => {
    expect(() => compile([{ name: 'NEGATORS', about, words: ['not', 'Jamás'] }])).toThrow(
      new KnowledgeFileError(
        'words.json: entry NEGATORS: "Jamás" is not lower-case, accent-free words or a punctuation mark',
      ),
    );
  });

  it('keeps the accents of words compared as typed, and refuses capitals there', () => {
    const typed = { name: 'FILLER', about, text: 'original' };
    expect([...compile([{ ...typed, words: ['sí', 'eso'] }]).set('FILLER')]).toEqual(['sí', 'eso']);
    expect(() => compile([{ ...typed, words: ['Sí'] }])).toThrow(
      'words.json: entry FILLER: "Sí" is not lower-case words or a punctuation mark',
    );
  });

  it('names a word listed twice', () => {
    expect(() => compile([{ name: 'NEGATORS', about, words: ['not', 'never', 'not'] }])).toThrow(
      'words.json: entry NEGATORS: "not" is listed twice',
    );
  });

  it('refuses a list that does not say what it is for', () => {
    expect(() => compile([{ name: 'NEGATORS', words: ['not'] }])).toThrow(/^words\.json: entry NEGATORS \(about\): /);
  });

  it('names a list the detector reads but the file lacks', () => {
    expect(() => compile([{ name: 'NEGATORS', about, words: ['not'] }]).set('NEGATION_RAISERS')).toThrow(
      'words.json: no list named NEGATION_RAISERS',
    );
  });

  it('names a two-word swap that does not give two words', () => {
    const rewrites = [{ name: 'PERSPECTIVE_SWAP_PAIRS', about, rewrites: { 'you are': 'i am', 'are you': 'am' } }];
    const lists = compileRewrites({ file: 'rewrites.json', json: { about: '', rewrites }, schema: RewriteFile });
    expect(() => wordPairs(lists, 'PERSPECTIVE_SWAP_PAIRS')).toThrow(
      'rewrites.json: entry PERSPECTIVE_SWAP_PAIRS: "are you" → "am" is not two words rewritten to two words',
    );
  });

  it('names a rewrite whose result is not in normalised form', () => {
    const rewrites = [{ name: 'TOKEN_REWRITES', about, rewrites: { gonna: 'Going To' } }];
    expect(() =>
      compileRewrites({ file: 'rewrites.json', json: { about: '', rewrites }, schema: RewriteFile }),
    ).toThrow(
      'rewrites.json: entry TOKEN_REWRITES: "gonna" is rewritten to "Going To", which is not lower-case, accent-free words',
    );
  });
});

describe('a file of patterns that cannot be compiled', () => {
  const entry = {
    name: 'LAUGHTER',
    about: 'Laughter in the utterance.',
    text: 'original',
    examples: { match: ['lol'], noMatch: ['I want to die'] },
  };
  const compile = (patterns: unknown[]) =>
    compilePatterns(
      { file: 'scope.json', json: { about: '', patterns }, schema: PatternFile },
      { lists: { MEDIA_WORDS: ['movie', 'song'] } },
    );

  it('joins a list of alternatives and splices a word list in', () => {
    const patterns = compile([{ ...entry, pattern: ['\\blol\\b', 'in the (?:{MEDIA_WORDS})'], flags: 'i' }]);
    expect(patterns.get('LAUGHTER')).toEqual(/\blol\b|in the (?:movie|song)/i);
  });

  it('names the entry whose pattern names no list', () => {
    expect(() => compile([{ ...entry, pattern: 'in the {GAMES}' }])).toThrow(
      new KnowledgeFileError('scope.json: entry LAUGHTER: {GAMES} is not a vocabulary in scope.json'),
    );
  });

  it('names the entry whose pattern is not a regular expression', () => {
    expect(() => compile([{ ...entry, pattern: '(?:lol' }])).toThrow(
      /^scope\.json: entry LAUGHTER: not a valid pattern/,
    );
  });

  it('writes \\b out as the edge of a word in any alphabet when asked, after splicing a list in', () => {
    const si = { ...entry, name: 'YES', examples: { match: ['sí'], noMatch: ['sin'] } };
    const ascii = compile([{ ...si, pattern: '^(?:sí|{MEDIA_WORDS})\\b', flags: 'iu' }]).get('YES');
    const unicode = compile([{ ...si, pattern: '^(?:sí|{MEDIA_WORDS})\\b', flags: 'iu', wordEdge: 'unicode' }]).get(
      'YES',
    );
    expect([ascii.test('sí'), ascii.test('sí, claro')]).toEqual([false, false]);
    expect([unicode.test('sí'), unicode.test('sí, claro'), unicode.test('sin'), unicode.test('songs')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(unicode.source).toBe(`^(?:sí|movie|song)${UNICODE_WORD_EDGE}`);
  });

  it('refuses a unicode word edge without the u flag', () => {
    expect(() => compile([{ ...entry, pattern: 'lol\\b', flags: 'i', wordEdge: 'unicode' }])).toThrow(
      'scope.json: entry LAUGHTER (flags): a unicode word edge needs the u flag',
    );
  });

  it('reads \\p{L} as a Unicode property, not a list', () => {
    expect(
      compile([{ ...entry, pattern: '(?<![\\p{L}])lol', flags: 'u' }])
        .get('LAUGHTER')
        .test('lol'),
    ).toBe(true);
  });

  it('refuses an entry that does not say which text it reads', () => {
    expect(() => compile([{ ...entry, text: undefined, pattern: 'lol' }])).toThrow(
      /^scope\.json: entry LAUGHTER \(text\): /,
    );
  });
});
