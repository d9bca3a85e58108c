import { describe, expect, it } from 'vitest';
import { buildIdentifierDictionary, createDeidentifier } from '../../server/privacy/index.ts';

const stranger = () => createDeidentifier(buildIdentifierDictionary({}));
/** The words of `text` left readable after de-identification. */
const kept = (text: string): string => stranger().deidentify(text);

describe('schools, churches and places named in everyday words', () => {
  it.each([
    ['a school after a place cue, in speech', 'my son got suspended from south high', 'south high'],
    ['a school with "school" after it', 'he got suspended from south high school today', 'south high school'],
    ['a neighbourhood', 'we moved near crown heights last year', 'crown heights'],
    ['a county', 'they live in orange county now', 'orange county'],
    ['a park', 'we walk near liberty park every night', 'liberty park'],
    ['a church named with a word', 'we go to cornerstone church on sundays', 'cornerstone church'],
    ['a church whose name starts with "new"', 'we go to new hope baptist church', 'new hope baptist church'],
    ['a hospital named "general"', 'my mom works nights at mercy general', 'mercy general'],
    ['a school with inner words, in speech', 'i teach at durham school of the arts now', 'durham school of the arts'],
    ['a university named "of" a place', 'she got into the university of dayton', 'university of dayton'],
    ['a university by its initial', 'she wants to go to u of h next year', 'u of h'],
    ['a school by its number', 'she just started at ps 139 this fall', 'ps 139'],
    ['a church named for its creed', 'sundays we are at sixteenth street baptist', 'sixteenth street baptist'],
    ['a lake before a name', 'my sister lives by lake merritt now', 'lake merritt'],
    ['a numbered street without its type', 'the bank on west 49th is closed', 'west 49th'],
  ])('%s: "%s"', (_, text, identifier) => {
    const out = kept(text);
    expect(out).not.toContain(identifier);
    expect(out).toMatch(/\[LOCATION_1\]/);
  });

  it.each([
    'i was in high school when it started',
    'he is in junior high now',
    'my sister goes to grad school and hates it',
    'we used to go to the dog park',
    'i feel like i am at an all time high',
    'my sugar was high this morning',
    'we go to the community center on fridays',
    'i live on 3rd floor',
    'we are southern baptist',
    'the kids at the baptist church',
  ])('keeps a generic place as it is: "%s"', (text) => {
    expect(kept(text)).toBe(text);
  });
});

describe('institutions in capitalised text', () => {
  it.each([
    ['"of the" inside the name', 'I teach at Durham School of the Arts now.', 'Durham School of the Arts'],
    ['"for" inside the name', 'I volunteer at the Center for Family Services.', 'Center for Family Services'],
    ['"and" inside the name', 'She goes to the Boys and Girls Club after school.', 'Boys and Girls Club'],
    [
      'a relation owning the institution',
      'I was at Children’s Hospital of Philadelphia.',
      'Children’s Hospital of Philadelphia',
    ],
    [
      '"for the" inside the name',
      'My social worker at Self-Help for the Elderly says so.',
      'Self-Help for the Elderly',
    ],
    ['a name opening a sentence', 'The church. Holy Trinity Ukrainian Orthodox on Antelope Road.', 'Holy Trinity'],
    ['a city that starts a holiday’s name', 'He wants me to move to Columbus with him.', 'Columbus'],
    ['a fire company known by its number', 'The guys at Engine 21 don’t talk about it.', 'Engine 21'],
    ['a kept word at both ends of a name', 'Go to the Islamic Center of America and ask.', 'Islamic Center of America'],
  ])('%s: "%s"', (_, text, identifier) => {
    expect(kept(text)).not.toMatch(new RegExp(identifier.split(' ').join('|')));
  });

  it('ends the name before a street it is on', () => {
    expect(kept('I cook at The Oakhurst Grill on Church Street.')).toBe('I cook at [NAME_1] on [LOCATION_1].');
  });

  it('keeps the possessive and the words after it in a business name', () => {
    expect(kept("Karim's Cell Repair, Warren Avenue, ten years.")).toBe('[NAME_1], [LOCATION_1], ten years.');
  });
});

describe('businesses and employers', () => {
  it.each([
    ['a listed employer that is an everyday word', 'i work at target on weekends', 'target'],
    ['an employer in compromise’s list', 'i drive for uber at night', 'uber'],
    ['a hyphenated initialism', 'i have to tell my boss at h-e-b', 'h-e-b'],
    ['an employer after an occupation', 'she is a cashier at family dollar', 'family dollar'],
    [
      'a workplace in a sentence about work',
      'two jobs now. days at the hospital and nights at the waffle house',
      'waffle house',
    ],
    ['a described employer after a work verb', 'i bartend at the rusty nail on weekends', 'rusty nail'],
    ['a possessive business, in speech', 'my uncle runs karim’s cell repair downtown', 'karim’s cell repair'],
    ['a possessive business after a place cue', 'we met up at rudy’s after the meeting', 'rudy’s'],
    [
      'a possessive business in everyday words after "at the"',
      'ran into him at the tudor’s biscuit world on sunday',
      'tudor’s biscuit world',
    ],
    [
      'a business a person works at',
      'my dispatcher rocky at valley star transport gives me runs',
      'valley star transport',
    ],
    ['a business named before what it is', 'yes, at one world, the clinic on 24th street', 'one world'],
    ['a business named after what it is', 'more hours at the nail salon, lucky nails on bellaire', 'lucky nails'],
    ['a business named after a business word', 'i work at the bank, ocean bank on main, all week', 'ocean bank'],
    [
      'a business named with Spanish small words',
      'my caseworker at centro legal de la raza called',
      'centro legal de la raza',
    ],
    ['a business named "of" a place', 'the wedding is at white’s of westport in june', 'white’s of westport'],
    [
      'a described employer without "the"',
      'i clean offices at night for coastal cleaning, then sleep',
      'coastal cleaning',
    ],
  ])('%s: "%s"', (_, text, identifier) => {
    const out = kept(text);
    expect(out).not.toContain(identifier);
    expect(out).toMatch(/\[(?:NAME|LOCATION)_1\]/);
  });

  it('finds a street corner with a numbered street or two named ones', () => {
    expect(kept('we live at 5th and main now')).toBe('we live at [LOCATION_1] now');
    expect(kept('the stop on beechnut and gessner at six')).toBe('the stop on [LOCATION_1] at six');
    expect(kept('I was first and second in line')).toBe('I was first and second in line');
  });

  it('spells out letters as a name', () => {
    expect(kept('his name is spelled k-o-j-o')).toBe('his name is spelled [NAME_1]');
  });

  it.each([
    'i work at the hospital on weekends',
    'i work at the front desk.',
    'i work at the grocery store',
    'we went to target and bought stuff',
    'at the doctor’s office they weighed me',
    'we shop at the farmer’s market on saturday',
    'my boss at the new place yells',
    'my friend at work said so',
    'my mom’s house is a mess',
  ])('keeps a workplace or shop that names no one: "%s"', (text) => {
    expect(kept(text)).toBe(text);
  });
});

describe('names set off by commas and naming cues', () => {
  it.each([
    ['a bar named after a comma', 'i went to the bar by the base, the broken spoke, and ordered', 'broken spoke'],
    ['a hospital named after a comma', 'he is in the hospital again, community regional', 'community regional'],
    ['a place "called" something', 'there is a bar called the broken spoke', 'broken spoke'],
    ['a dog "named" something', 'we got a dog named ranger', 'ranger'],
    ['a pet after a comma', 'he took the dog, ranger, when he left', 'ranger'],
    ['a pet after its owner', 'my cat biscuit sleeps all day', 'biscuit'],
    ['a pet after "too" and a comma', 'she took the kids, and the dog too, duke', 'duke'],
    ['a person after two describing words', 'my case manager, brenda, called', 'brenda'],
    ['a word-name after a title no one owns', 'the women’s group with sister comfort, we pray', 'comfort'],
    ['a person after a comma, in speech', 'my sponsor, arturo, picked me up', 'arturo'],
  ])('%s: "%s"', (_, text, identifier) => {
    const out = kept(text);
    expect(out).not.toContain(identifier);
    expect(out).toMatch(/\[(?:NAME|LOCATION)_1\]/);
  });

  it.each([
    'my mom, honestly, is tired',
    'i went to the store, milk and eggs',
    'i was at the hospital, the whole time',
    'my dog died last week',
    'i walked my dog in the park',
    'she called the police',
  ])('keeps ordinary words after the same cues: "%s"', (text) => {
    expect(kept(text)).toBe(text);
  });

  it('names the dog, not the word "dog", in "we named the dog biscuit"', () => {
    expect(kept('we named the dog biscuit')).toBe('we named the dog [NAME_1]');
  });
});

describe('given names that are everyday words', () => {
  it.each([
    ['the subject of a person’s verb, in speech', 'then destiny said she was done', 'destiny'],
    ['the object of "told"', 'i told grace about it', 'grace'],
    ['at the start of a capitalised sentence', 'Hope texted me last night.', 'Hope'],
  ])('%s: "%s"', (_, text, identifier) => {
    expect(kept(text)).not.toContain(identifier);
  });

  it.each(['this guy said no', 'summer came and went', 'my faith told me to stay'])(
    'keeps the word where it is not a person: "%s"',
    (text) => {
      expect(kept(text)).toBe(text);
    },
  );
});

describe('lower-case names in capitalised text', () => {
  it('finds a lower-case name after a relation', () => {
    expect(kept('My friend deshawn came by.')).toBe('My friend [NAME_1] came by.');
  });

  it('finds a lower-case place after a verb of motion', () => {
    expect(kept('Then they made me go to wardenburg. It was awful.')).toBe(
      'Then they made me go to [LOCATION_1]. It was awful.',
    );
  });

  it('keeps a rare lower-case word that follows "to" as a verb', () => {
    expect(kept('I need to vent. It was awful.')).toBe('I need to vent. It was awful.');
  });

  it('reads text whose only capitals are acronyms as speech', () => {
    expect(kept('she told our RA, and he made me go to wardenburg')).toBe(
      'she told our RA, and he made me go to [LOCATION_1]',
    );
  });

  it('takes any word after "Ms." as the surname', () => {
    expect(kept('my counselor, ms. her, is hmong too')).toBe('my counselor, ms. [NAME_1], is hmong too');
  });

  it('keeps greetings and words from other languages', () => {
    expect(kept('buenas tardes, salaam, bonjou, selam')).toBe('buenas tardes, salaam, bonjou, selam');
  });

  it('keeps a drug name in lower case', () => {
    expect(kept('i switched to pristiq last month')).toBe('i switched to pristiq last month');
  });

  it('counts a kinship honorific as part of a friend’s name, not of a relative’s', () => {
    expect(kept('My best friend Nana Yaa says elope.')).toBe('My best friend [NAME_1] says elope.');
    expect(kept('My uncle Tío Beto says wait.')).toBe('My uncle Tío [NAME_1] says wait.');
  });
});
