import { describe, expect, it } from 'vitest';
import { buildIdentifierDictionary, createDeidentifier } from '../../server/privacy/index.ts';
import { fold } from '../../server/privacy/text.ts';
import { isEnglishWord } from '../../server/privacy/lexicon/index.ts';
import { loadLabelledSet, parseMarkup, type LabelledTranscript } from '../../scripts/eval/deidLabelledSet.ts';

const set = loadLabelledSet();

/** The chart's own identifiers, as plain strings: what must never reach a model. */
function chartIdentifiers(t: LabelledTranscript): { words: string[]; digits: string[] } {
  const words: string[] = [];
  const digits: string[] = [];
  const people = [t.patient, ...t.relatedPersons, ...t.practitioners];
  for (const p of people) {
    for (const n of p.name ?? [])
      for (const part of [...(n.given ?? []), n.family ?? ''])
        words.push(
          ...fold(part)
            .split(/[^a-z0-9]+/)
            .filter((w) => w.length > 2),
        );
    for (const c of p.telecom ?? [])
      (c.system === 'email' ? words : digits).push(
        c.system === 'email' ? fold(c.value ?? '') : (c.value ?? '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''),
      );
    for (const a of p.address ?? []) {
      if (a.city) words.push(fold(a.city));
      if (a.postalCode) digits.push(a.postalCode);
    }
  }
  for (const id of t.patient.identifier ?? []) digits.push((id.value ?? '').replace(/\D/g, ''));
  return { words: words.filter(Boolean), digits: digits.filter((d) => d.length >= 5) };
}

describe('the labelled set', () => {
  it('derives offsets from the markers', () => {
    const { text, spans } = parseMarkup('Hi {{NAME:Ana}}, call {{PHONE:555-0142}}.');
    expect(text).toBe('Hi Ana, call 555-0142.');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Ana', '555-0142']);
    expect(() => parseMarkup('Hi {{NAME:Ana}, bye')).toThrow(/unbalanced/);
  });

  it('has at least 40 transcripts, 20 of them held out, and every textual Safe Harbor kind', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    const heldOut = set.filter((t) => t.split === 'heldout').length;
    expect(heldOut).toBeGreaterThanOrEqual(20);
    const kinds = new Set(set.flatMap((t) => t.utterances.flatMap((u) => u.spans.map((s) => s.kind))));
    for (const kind of [
      'NAME',
      'LOCATION',
      'DATE',
      'PHONE',
      'FAX',
      'EMAIL',
      'SSN',
      'MRN',
      'HEALTH_PLAN',
      'ACCOUNT',
      'LICENSE',
      'VEHICLE',
      'DEVICE',
      'URL',
      'IP',
      'OTHER_ID',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it.each(set.map((t) => [t.id, t] as const))('transcript %s leaks none of its chart identifiers', (_, t) => {
    const d = createDeidentifier(
      buildIdentifierDictionary({
        patient: t.patient,
        relatedPersons: t.relatedPersons,
        practitioners: t.practitioners,
      }),
    );
    const { words, digits } = chartIdentifiers(t);
    for (const u of t.utterances) {
      const out = d.deidentify(u.text);
      const outWords = new Set(fold(out).split(/[^a-z0-9@.]+/));
      const outDigits = out.replace(/\D/g, '');
      for (const w of words) {
        // An everyday word ("hope", "grace") may stay where it is used as a word.
        if (isEnglishWord(w))
          expect(out, u.id).not.toMatch(new RegExp(`(?<![.!?]\\s|^)\\b${w[0]?.toUpperCase()}${w.slice(1)}\\b`));
        else expect(outWords.has(w), `${u.id}: "${w}" in ${out}`).toBe(false);
      }
      for (const n of digits) expect(outDigits.includes(n), `${u.id}: ${n} in ${out}`).toBe(false);
    }
  });

  it('catches at least 97% of the labelled identifiers across both splits', () => {
    let gold = 0;
    let caught = 0;
    for (const t of set) {
      const d = createDeidentifier(
        buildIdentifierDictionary({
          patient: t.patient,
          relatedPersons: t.relatedPersons,
          practitioners: t.practitioners,
        }),
      );
      for (const u of t.utterances) {
        const redacted = new Uint8Array(u.text.length);
        for (const s of d.findIdentifiers(u.text)) redacted.fill(1, s.start, s.end);
        for (const g of u.spans) {
          gold++;
          if ([...u.text.slice(g.start, g.end)].every((c, i) => !/[\p{L}\p{N}]/u.test(c) || redacted[g.start + i]))
            caught++;
        }
      }
    }
    expect(caught / gold).toBeGreaterThanOrEqual(0.97);
  });
});
