import { describe, expect, it } from 'vitest';
// The note writer, loaded whole: every module that reads the knowledge has read what it needs.
import '../../server/providers/embedded/note.ts';
import { NOTE_PATTERNS, NOTE_WORDS } from '../../server/providers/knowledge/index.ts';
import { describePatterns, describeVocabularies, unreadIn } from '../engine/knowledgeExamples.ts';

/** What the note writer left unread when it loaded. */
const unreadAtLoad = unreadIn([NOTE_PATTERNS, NOTE_WORDS]);

describe('every vocabulary of the note writer’s patterns', () =>
  describeVocabularies(NOTE_PATTERNS.file, NOTE_PATTERNS.vocabularies));

describe('every pattern of the note writer', () => describePatterns(NOTE_PATTERNS));

describe('the note writer’s patterns and word sets', () => {
  it('are each read by the note writer (none kept that no code uses)', () => {
    expect(unreadAtLoad.filter((f) => f.unread.length > 0)).toEqual([]);
  });

  it('name every vocabulary they are written from', () => {
    const written = NOTE_PATTERNS.entries.flatMap((e) => [e.pattern].flat()).join('\n');
    expect(NOTE_PATTERNS.vocabularies.names.filter((name) => !written.includes(`{${name}}`))).toEqual([]);
  });
});
