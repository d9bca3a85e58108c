import { describe, expect, it } from 'vitest';
import {
  buildIdentifierDictionary,
  createDeidentifier,
  IdentifierKind,
  IdentifierSpan,
} from '../../server/privacy/index.ts';
import { patient, practitioners, relatedPersons } from './fixtures.ts';

const session = () => createDeidentifier(buildIdentifierDictionary({ patient, relatedPersons, practitioners }));
const stranger = () => createDeidentifier(buildIdentifierDictionary({}));

describe('every Safe Harbor kind is redacted, with no chart to help', () => {
  const cases: Array<[IdentifierKind, string, string]> = [
    ['NAME', 'My sister Kenyatta called me twice.', 'Kenyatta'],
    ['LOCATION', 'We live at 2231 W Indian School Rd now.', '2231 W Indian School Rd'],
    ['DATE', 'The hearing is on June 14th.', 'June 14th'],
    ['PHONE', 'Her number is (412) 555-0110.', '(412) 555-0110'],
    ['FAX', 'Fax it to 412-555-0111 please.', '412-555-0111'],
    ['EMAIL', 'Email me at tunde.b@outlook.com tonight.', 'tunde.b@outlook.com'],
    ['SSN', 'My social is 078-05-1120.', '078-05-1120'],
    ['MRN', 'The medical record number is 7730019.', '7730019'],
    ['HEALTH_PLAN', 'My member ID is XJH447120558.', 'XJH447120558'],
    ['ACCOUNT', 'The account number is 0099-314-2287.', '0099-314-2287'],
    ['LICENSE', 'His licence number is CDL 88-412-907.', 'CDL 88-412-907'],
    ['VEHICLE', 'The VIN is 1HGCM82633A004352.', '1HGCM82633A004352'],
    ['DEVICE', 'The pump serial number is NG4419027H.', 'NG4419027H'],
    ['URL', 'He posts on https://minjunpark.blog/posts/trip every day.', 'https://minjunpark.blog/posts/trip'],
    ['IP', 'The camera is at 192.168.1.44 on the network.', '192.168.1.44'],
    ['OTHER_ID', 'My claim is C-28841093 at the VA.', 'C-28841093'],
    ['BIOMETRIC', 'The lab stored my fingerprint template FP-99120-AX.', 'FP-99120-AX'],
  ];
  it.each(cases)('%s: "%s"', (kind, text, identifier) => {
    const spans = stranger().findIdentifiers(text);
    expect(spans.map((s) => IdentifierSpan.parse(s))).toContainEqual(
      expect.objectContaining({ kind, text: identifier }),
    );
    expect(stranger().deidentify(text)).not.toContain(identifier);
  });

  it.each([
    ['plate', 'The plate was KJR-4471, so they towed it.', 'KJR-4471', 'VEHICLE'],
    ['IPv6', 'It logged in from 2001:db8:85a3::8a2e:370:7334 again.', '2001:db8:85a3::8a2e:370:7334', 'IP'],
    [
      'spoken phone',
      'call me at six five one five five five zero one one nine',
      'six five one five five five zero one one nine',
      'PHONE',
    ],
    ['spoken e-mail', 'it is harpreet dot kaur at gmail dot com', 'harpreet dot kaur at gmail dot com', 'EMAIL'],
    ['bare domain', 'My site is wanjiru-art.com if you want to see.', 'wanjiru-art.com', 'URL'],
    ['numeric date', 'Court is on 03/14 at nine.', '03/14', 'DATE'],
    ['holiday', 'My birthday is on Christmas.', 'Christmas', 'DATE'],
    ['weekday and day', 'It was Thursday the 9th, I think.', 'Thursday the 9th', 'DATE'],
    ['day alone', 'We broke up on the 3rd.', '3rd', 'DATE'],
    ['age over 89', 'My granny is ninety-six and still cooks.', 'ninety-six', 'DATE'],
    ['numeric age over 89', 'She is 94 years old.', '94', 'DATE'],
    ['PO box', 'Mail goes to PO Box 1187 now.', 'PO Box 1187', 'LOCATION'],
    ['ZIP code', 'It is in Dayton, OH 45402 I think.', '45402', 'LOCATION'],
    ['last four', 'It ends in 4471 on the card.', '4471', 'ACCOUNT'],
    ['handle', 'My handle is xXtjBladeXx on there.', 'xXtjBladeXx', 'OTHER_ID'],
    ['account handle', 'her account is bri.lovesyou22 now', 'bri.lovesyou22', 'OTHER_ID'],
  ])('%s: "%s"', (_, text, identifier, kind) => {
    expect(stranger().findIdentifiers(text)).toContainEqual(expect.objectContaining({ kind, text: identifier }));
  });
});

describe('names and places the chart does not know', () => {
  it.each([
    ['a relation cue', 'my sister ana called last night', 'ana'],
    ['a title', 'I told Mr. Okafor about it.', 'Okafor'],
    ['a title in lower case', 'her teacher ms delgado noticed', 'delgado'],
    ['a naming cue', 'Everyone calls me Kolya here.', 'Kolya'],
    ['a name mid-sentence', 'Then Bobby yelled at me again.', 'Bobby'],
    ['a name that is a word, capitalised', 'I drove Hope to school.', 'Hope'],
    ['a name in the lists, lower case', 'then guillermo showed up', 'guillermo'],
    ['an employer', 'I work at Riverside Diner on weekends.', 'Riverside Diner'],
    ['an employer in lower case', 'he started the new job at 3m last week', '3m'],
    ['a school', 'She goes to Lincoln High now.', 'Lincoln High'],
    ['a street', 'we live on maple street by the park', 'maple street'],
    ['a church', 'We met at Holy Ghost Church in 1952.', 'Holy Ghost Church'],
    ['a city', 'My parents fly in from Pune next week.', 'Pune'],
  ])('%s: "%s"', (_, text, identifier) => {
    const out = stranger().deidentify(text);
    expect(out).not.toContain(identifier);
    expect(out).toMatch(/\[(NAME|LOCATION)_1\]/);
  });

  it('recognises a name again, in any case, once it has been seen', () => {
    const d = stranger();
    expect(d.deidentify('My cousin Tunde is getting married.')).toBe('My cousin [NAME_1] is getting married.');
    expect(d.deidentify('tunde wants me there')).toBe('[NAME_1] wants me there');
    expect(d.deidentify('Dee, you can call me Dee.')).toBe('[NAME_2], you can call me [NAME_2].');
  });

  it('recognises the parts of a full name seen once', () => {
    const d = stranger();
    expect(d.deidentify("My team lead Kevin O'Brien yelled at me.")).toBe('My team lead [NAME_1] yelled at me.');
    expect(d.deidentify("Kevin apologised. O'Brien is fine now.")).toBe('[NAME_1] apologised. [NAME_1] is fine now.');
  });
});

describe('consistent placeholders', () => {
  it('gives one person one placeholder in every spelling and case', () => {
    const d = session();
    const out = [
      'María López is here.',
      'MARIA said no.',
      'maria lopez, again',
      'Malena laughed.',
      'Lopez, Maria signed.',
    ].map((t) => d.deidentify(t));
    expect(out).toEqual([
      '[NAME_1] is here.',
      '[NAME_1] said no.',
      '[NAME_1], again',
      '[NAME_1] laughed.',
      '[NAME_1] signed.',
    ]);
  });

  it('gives different people different placeholders and numbers each kind on its own', () => {
    const d = session();
    expect(d.deidentify('Ana and Memo came on March 7th; call 937-555-0142.')).toBe(
      '[NAME_1] and [NAME_2] came on [DATE_1]; call [PHONE_1].',
    );
    expect(d.deidentify('Memo called 9375550142 on 3/7.')).toBe('[NAME_2] called [PHONE_1] on [DATE_1].');
  });

  it('keeps placeholders apart between sessions', () => {
    const a = session();
    const b = session();
    a.deidentify('Ana called.');
    expect(b.deidentify('Memo called.')).toBe('[NAME_1] called.');
  });
});

describe('reidentify', () => {
  it('round-trips a text through de-identification', () => {
    const d = session();
    const text = 'Ana López drove from 4417 Maple Street to see Dr. Whitfield on 3/7/1984; call 937-555-0199.';
    const masked = d.deidentify(text);
    expect(masked).not.toMatch(/Ana|López|Maple|Whitfield|555/);
    expect(d.reidentify(masked)).toBe(text);
  });

  it('tolerates a model changing the case or spacing of placeholders', () => {
    const d = session();
    d.deidentify('Ana called about Dayton.');
    expect(d.reidentify('[name_1] lives in [ LOCATION_1 ]; [Name 1] and [NAME_1 ] too.')).toBe(
      'Ana lives in Dayton; Ana and Ana too.',
    );
  });

  it('leaves placeholders it never issued alone', () => {
    const d = session();
    d.deidentify('Ana called.');
    expect(d.reidentify('[NAME_1] met [NAME_7].')).toBe('Ana met [NAME_7].');
  });

  it('is not confused by placeholder-like text already in the input', () => {
    const d = session();
    const text = 'The template said [NAME_1] so I wrote Ana there, and [ phone 2 ] too.';
    const masked = d.deidentify(text);
    expect(masked).toBe('The template said [TEXT_1] so I wrote [NAME_1] there, and [TEXT_2] too.');
    expect(d.reidentify(masked)).toBe(text);
    expect(d.findIdentifiers(text).map((s) => s.text)).toEqual(['Ana']);
  });
});

describe('clinical meaning survives', () => {
  it.each([
    'My mom and my sister came to see the therapist today.',
    'I take Zoloft, sertraline 50mg, and my PHQ-9 was 14 last time.',
    'We did CBT and DBT skills on Monday and again on Friday.',
    'I hope you will call 988 if it gets bad, or 1-800-273-8255.',
    'Yesterday I felt hopeless, by God’s grace I got up this morning.',
    'I moved from Texas to California in 2019 and I am 34 years old.',
    'She grounds herself with 5-4-3-2-1 and 4-7-8 breathing, 24/7 if needed.',
    'The panic attacks started at work last week, about 3 times a day.',
    'I spent $2,500 on rent and walked 10,000 steps.',
  ])('keeps "%s" as it is', (text) => {
    expect(stranger().deidentify(text)).toBe(text);
  });
});

describe('numbers spoken or spelled out, as speech-to-text writes them', () => {
  const cases: Array<[string, string]> = [
    ['my zip is nine seven four seven seven over by the river', 'nine seven four seven seven'],
    ['the case number they gave me was one zero zero zero zero one', 'one zero zero zero zero one'],
    ['call me back on five oh three double five two one oh nine', 'five oh three double five two one oh nine'],
    ['my member number is double four seven one nine', 'double four seven one nine'],
    ['plate is six triple two nine', 'six triple two nine'],
    ['the code was four oh four one one', 'four oh four one one'],
  ];
  it.each(cases)('"%s"', (text, identifier) => {
    const start = text.indexOf(identifier);
    const spans = stranger().findIdentifiers(text);
    const uncovered = [...identifier].filter(
      (c, i) => /\w/.test(c) && !spans.some((s) => s.start <= start + i && start + i < s.end),
    );
    expect(uncovered.join('')).toBe('');
  });

  it('leaves counting and everyday small numbers alone', () => {
    for (const text of [
      'breathe in for one two three four five',
      'i had two or three drinks',
      'we talked for five ten minutes',
      'one two three four five six seven eight',
    ]) {
      expect(
        stranger()
          .findIdentifiers(text)
          .map((s) => s.text),
        text,
      ).toEqual([]);
    }
  });
});
