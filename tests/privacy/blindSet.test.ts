/**
 * The blind-batch reader takes the labelling guide's transcripts in whatever container they
 * arrive — JSON Lines of whole transcripts, of utterance lists, of single utterances, or folders
 * of transcript files — and reports what it cannot read instead of dropping it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBlindBatches, wilson } from '../../scripts/eval/blindSet.ts';
import { evaluate } from '../../scripts/eval/deid.ts';

const dir = mkdtempSync(join(tmpdir(), 'deid-blind-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = {
  split: 'blind-a',
  patient: { resourceType: 'Patient', id: 'p1', name: [{ family: 'Okafor', given: ['Chidi'] }] },
  relatedPersons: [],
  practitioners: [{ resourceType: 'Practitioner', id: 'pr1', name: [{ family: 'Whitfield', given: ['Sarah'] }] }],
};
const whole = `${JSON.stringify(header, null, 2)}\n---\nT: Morning {{NAME:Chidi}}.\nC: my zip is {{LOCATION:nine seven four seven seven}} now`;

describe('blind batch reader', () => {
  it('reads every container and counts every marked identifier', () => {
    writeFileSync(
      join(dir, 'author-one.jsonl'),
      [
        JSON.stringify({ id: 't1', file: whole }),
        JSON.stringify({
          id: 't2',
          ...header,
          utterances: [
            'C: I saw {{NAME:Kofi}} at {{NAME:the blue door}}',
            { speaker: 'therapist', text: 'On {{DATE:June 3rd}}?' },
          ],
        }),
        JSON.stringify({
          transcript: 't3',
          speaker: 'C',
          text: 'call {{PHONE:five oh three double five two one oh nine}}',
        }),
        JSON.stringify({ transcript: 't3', speaker: 'T', text: 'and {{WEIRD_KIND:xq-77}}' }),
        'not json',
      ].join('\n'),
    );
    mkdirSync(join(dir, 'author-two'));
    writeFileSync(join(dir, 'author-two', '01.txt'), whole);
    const batches = loadBlindBatches(dir);
    expect(batches.map((b) => b.name)).toEqual(['author-one', 'author-two']);
    const [one, two] = batches;
    expect(one?.problems).toEqual(['author-one:5: not JSON']);
    expect(one?.transcripts.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    const spans = one?.transcripts.flatMap((t) => t.utterances.flatMap((u) => u.spans)) ?? [];
    expect(spans.map((s) => s.kind)).toEqual(['NAME', 'LOCATION', 'NAME', 'NAME', 'DATE', 'PHONE', 'OTHER_ID']);
    expect(one?.transcripts[0]?.patient.name?.[0]?.family).toBe('Okafor');
    expect(two?.transcripts[0]?.utterances[1]?.text).toBe('my zip is nine seven four seven seven now');
    const scored = evaluate(one?.transcripts ?? []);
    expect(scored.all.gold).toBe(7);
    expect(scored.all.caught).toBeGreaterThanOrEqual(3);
  });

  it('gives a 95% interval that narrows with more identifiers', () => {
    const small = wilson(99, 100);
    const large = wilson(990, 1000);
    expect(small.low).toBeLessThan(0.99);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(wilson(0, 0).low).toBeNaN();
  });
});
