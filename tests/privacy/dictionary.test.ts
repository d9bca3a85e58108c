import { describe, expect, it } from 'vitest';
import {
  buildIdentifierDictionary,
  createDeidentifier,
  IdentifierDictionary,
  type IdentifierKind,
} from '../../server/privacy/index.ts';
import { patient, practitioners, relatedPersons } from './fixtures.ts';

const dictionary = buildIdentifierDictionary({ patient, relatedPersons, practitioners });

/** The kind of the only identifier found in `text`, and the characters it covers. */
function onlyIdentifier(text: string): { kind: IdentifierKind; text: string; source: string } | undefined {
  const spans = createDeidentifier(dictionary).findIdentifiers(text);
  expect(spans).toHaveLength(1);
  return spans[0];
}

describe('buildIdentifierDictionary', () => {
  it('produces a dictionary that satisfies its schema', () => {
    expect(() => IdentifierDictionary.parse(dictionary)).not.toThrow();
    expect(buildIdentifierDictionary({}).entries).toEqual([]);
  });

  it.each([
    ['María', 'María'],
    ['Maria', 'Maria'],
    ['MARIA', 'MARIA'],
    ['maria', 'maria'],
    ['Lopez', 'Lopez'],
    ['LÓPEZ', 'LÓPEZ'],
    ['María Elena López', 'María Elena López'],
    ['Lopez, Maria', 'Lopez, Maria'],
    ['Malena', 'Malena'],
  ])('recognises the client as "%s" whatever the case and accents', (written, expected) => {
    const span = onlyIdentifier(`I wrote to ${written} yesterday about the forms.`);
    expect(span).toMatchObject({ kind: 'NAME', text: expected, source: 'dictionary' });
  });

  it.each(['Bob', 'Bobby', 'Rob', 'Robbie', 'Memo', 'Guillermo'])('knows the nickname %s of a relative', (nickname) => {
    const span = onlyIdentifier(`Then ${nickname} came home late.`);
    expect(span).toMatchObject({ kind: 'NAME', text: nickname });
  });

  it.each([
    '1984-03-07',
    '3/7/1984',
    '03/07/84',
    '03.07.1984',
    'March 7th 1984',
    'March 7, 1984',
    '7 March',
    'the 7th of March',
    'March seventh',
    '03071984',
  ])('recognises the birth date written as "%s"', (date) => {
    const span = onlyIdentifier(`My birthday is ${date} if you need it.`);
    expect(span?.kind).toBe('DATE');
    expect(span?.text.replace(/^the /, '')).toBe(date.replace(/^the /, ''));
  });

  it.each([
    '(937) 555-0142',
    '937-555-0142',
    '937.555.0142',
    '937 555 0142',
    '9375550142',
    '+1 937 555 0142',
    '1-937-555-0142',
  ])('recognises the phone number written as "%s"', (phone) => {
    const span = onlyIdentifier(`You can reach me at ${phone} most days.`);
    expect(span).toMatchObject({ kind: 'PHONE', text: phone });
  });

  it('knows the fax number is a fax, even without the word "fax"', () => {
    expect(onlyIdentifier('Send it to 937 555 0143 please.')).toMatchObject({ kind: 'FAX' });
  });

  it.each([
    ['MRN-0048213', 'MRN'],
    ['0048213', 'MRN'],
    ['0048-213', 'MRN'],
    ['512-44-9023', 'SSN'],
    ['512 44 9023', 'SSN'],
    ['XJH-447-120-558', 'HEALTH_PLAN'],
    ['xjh447120558', 'HEALTH_PLAN'],
    ['ACCT 55190 22', 'ACCOUNT'],
    ['D4471 20938 11', 'LICENSE'],
  ] as const)('recognises the chart identifier "%s" whatever its separators', (written, kind) => {
    expect(onlyIdentifier(`The form says ${written} on top.`)).toMatchObject({ kind, text: written });
  });

  it.each(['maria.lopez84@gmail.com', 'MARIA.LOPEZ84@GMAIL.COM', 'maria dot lopez84 at gmail dot com'])(
    'recognises the e-mail address "%s"',
    (email) => {
      expect(onlyIdentifier(`Write to ${email} instead.`)).toMatchObject({ kind: 'EMAIL', text: email });
    },
  );

  it.each(['4417 Maple Street', '4417 Maple St', 'Maple Street', 'Dayton', '45402', 'apt 2B'])(
    'recognises the address element "%s"',
    (place) => {
      const spans = createDeidentifier(dictionary).findIdentifiers(`It went to ${place} by mistake.`);
      expect(spans.map((s) => [s.kind, s.text])).toEqual([['LOCATION', place]]);
    },
  );

  it('keeps the state of the address, which is not a Safe Harbor identifier', () => {
    expect(createDeidentifier(dictionary).deidentify('We moved to Dayton, OH in Ohio.')).toBe(
      'We moved to [LOCATION_1], OH in Ohio.',
    );
  });

  it("knows the clinician's names and the relatives' phone numbers", () => {
    expect(onlyIdentifier('Dr. Whitfield said it was fine.')).toMatchObject({ kind: 'NAME', text: 'Whitfield' });
    expect(onlyIdentifier('Her cell is 937 555 0199.')).toMatchObject({ kind: 'PHONE', text: '937 555 0199' });
  });

  it('takes extra identifiers: names, codes and addresses', () => {
    const extra = buildIdentifierDictionary({ extra: ['Riverside Diner', 'BADGE-77120', 'pal@example.org'] });
    const spans = createDeidentifier(extra).findIdentifiers(
      'At Riverside Diner my badge BADGE-77120 opens it; mail pal@example.org.',
    );
    expect(spans.map((s) => [s.kind, s.text])).toEqual([
      ['NAME', 'Riverside Diner'],
      ['OTHER_ID', 'BADGE-77120'],
      ['EMAIL', 'pal@example.org'],
    ]);
  });
});
