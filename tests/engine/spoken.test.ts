import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSpoken, SPOKEN_URL, SpokenVocabulary } from '../../server/engine/emotion/spoken.ts';

const vocabulary = SpokenVocabulary.parse(JSON.parse(readFileSync(SPOKEN_URL, 'utf8')));
const spoken = compileSpoken(vocabulary);

describe('spoken-talk vocabulary (spoken.json): every entry against its own examples', () => {
  it.each(vocabulary.backchannel.examples.match)('reads %j as a back-channel', (text) =>
    expect(spoken.isBackchannel(text)).toBe(true),
  );
  it.each(vocabulary.backchannel.examples.nomatch)('does not read %j as a back-channel', (text) =>
    expect(spoken.isBackchannel(text)).toBe(false),
  );
  it.each(vocabulary.openers.examples.match)('reads past the opening of %j', (text) =>
    expect(spoken.pastOpeners(text)).not.toBe(text),
  );
  it.each(vocabulary.openers.examples.nomatch)('leaves %j as it is', (text) =>
    expect(spoken.pastOpeners(text)).toBe(text),
  );

  it('keeps a turn made only of openers whole, and starts the rest at the first word that is not one', () => {
    expect(spoken.pastOpeners('yeah, yeah')).toBe('yeah, yeah');
    expect(spoken.pastOpeners('Yeah, I mean, I hate it')).toBe('I hate it');
  });
});
