import { repliesPlainly } from './agreement.ts';
import { sentences, straightApostrophes } from './embedded/text.ts';
import { NOTE_PATTERNS, NOTE_WORDS } from './knowledge/index.ts';
import { turnBefore, type UnderstoodTurn } from './understanding.ts';

/*
 * What the client wants: the words a goal is stated in, whether or not the client calls it one.
 * The note writer quotes them as the client's goal and the citation check accepts them as support
 * for one. The patterns and word sets are in `knowledge/notes.json` and `knowledge/notes.words.json`.
 */

/**
 * Words of wanting, needing, intending or being able to change (MI's DARN-CAT): a turn of
 * change talk or commitment that says one is where the client states a goal without calling it
 * one. In Spanish only words of wanting and needing count ("quiero", "me gustaría", "necesito"):
 * "voy a…" and "tengo que…" are as often a step agreed or a leaving ("me tengo que ir ya").
 */
const WANTS = NOTE_PATTERNS.get('WANTS');

/** Words that leave a wish without an object: "yes I can do that" agrees to something, it names no goal. */
const EMPTY_OBJECT = NOTE_WORDS.set('EMPTY_OBJECT');

/** Words just before a want that deny it. */
const NEGATED = NOTE_PATTERNS.get('NEGATED');

export function statesWhat(text: string): boolean {
  return namesWhatIsWanted(text, WANTS);
}

/** A want the words state and do not deny ("no quiero volver a eso", "I don't want to go": no goal), and what it is. */
function namesWhatIsWanted(text: string, want: RegExp): boolean {
  const normal = straightApostrophes(text);
  const match = want.exec(normal);
  if (!match || NEGATED.test(normal.slice(0, match.index))) return false;
  const after =
    normal
      .slice(match.index + match[0].length)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  return after.filter((w) => !EMPTY_OBJECT.has(w)).length >= 2;
}

/**
 * A first-person want said outright ("I want to go to DePaul", "I'm trying to get into Whitney
 * Young", "quiero dormir en mi casa"), as opposed to a step agreed or a reason for change.
 */
const EXPLICIT_WANT = NOTE_PATTERNS.get('EXPLICIT_WANT');

/** The words say outright what the client wants, and what it is ("I want to, yeah" names nothing). */
export function statesAWant(words: string): boolean {
  return namesWhatIsWanted(words, EXPLICIT_WANT);
}

/** The first sentence of a turn that says outright what the client wants, or nothing. */
export const wantSentence = (text: string): string | undefined => sentences(text).find(statesAWant);

/**
 * The clinician asks the client what they want ("¿qué te gustaría hacer?", "¿qué quieres tú que
 * pase?", "what would you like to be different?"). The answer names a goal without a word of
 * wanting ("cortar a seis el viernes y seis el sábado"): the question carries the want. Not
 * asked: what a word means ("¿qué quiere decir?"), the reasons ("¿por qué quiere dejarlo?"), what
 * they want someone else to do ("what would you want her to know"), what would help (a step, not
 * a want). An unaccented "que" with no "¿" is a relative pronoun ("una mamá que quiere a sus
 * hijos"), not a question.
 */
const ASKS_WHAT_THEY_WANT = NOTE_PATTERNS.get('ASKS_WHAT_THEY_WANT');

export const asksWhatTheyWant = (t: UnderstoodTurn): boolean =>
  t.speaker === 'clinician' && ASKS_WHAT_THEY_WANT.test(straightApostrophes(t.text));

/** An answer that doubts it can be done: "I promised her… but I don't know if I can". */
const DOUBT = NOTE_PATTERNS.get('DOUBT');

/** An answer that names nothing wanted: "nothing", "nada, estoy bien". */
const NOTHING = NOTE_PATTERNS.get('NOTHING');

/**
 * The clinician's question that the client's turn answers by naming what they want, or nothing:
 * the turn just before is the clinician asking what the client wants, and the client's answer
 * names something (three words or more), without turning it down ("no sé", "nada"), asking back,
 * or arguing against change.
 */
export function wantAskedBefore(reply: UnderstoodTurn, turns: readonly UnderstoodTurn[]): UnderstoodTurn | undefined {
  const text = straightApostrophes(reply.text);
  if (!repliesPlainly(reply) || NOTHING.test(text) || DOUBT.test(text)) return undefined;
  // A turn read as a back-channel carries no content the citation check would accept.
  if (reply.role.role === 'backchannel' || reply.role.role === 'other') return undefined;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.filter((w) => !EMPTY_OBJECT.has(w)).length < 3) return undefined;
  const question = turnBefore(reply, turns);
  return question && asksWhatTheyWant(question) ? question : undefined;
}

/**
 * The clinician tells back what the client wants ("so your goal is to get dialysis closer to
 * home", "you just want to feel normal again", "lo que usted quiere es que la tomen en cuenta").
 * The client's yes to it, or their going on with it, states the goal with the clinician's words.
 */
const REFLECTS_A_WANT = NOTE_PATTERNS.get('REFLECTS_A_WANT');
/** Words before "you want to" that make it a question or a condition, not a reflection. */
const ASKING_OR_IF = NOTE_PATTERNS.get('ASKING_OR_IF');

/** What the clinician reflected the client wants, in the clinician's words, or nothing. */
export function reflectedWant(t: UnderstoodTurn): string | undefined {
  if (t.speaker !== 'clinician' || /[?¿]/.test(t.text)) return undefined;
  const text = straightApostrophes(t.text);
  const match = REFLECTS_A_WANT.exec(text);
  if (!match || ASKING_OR_IF.test(text.slice(0, match.index)) || NEGATED.test(text.slice(0, match.index)))
    return undefined;
  const rest = text
    .slice(match.index)
    .split(/(?<=[.;!])\s+/)[0]!
    .trim();
  const words = rest.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.length >= 5 && words.length <= 30 ? rest.replace(/[.;!]$/, '') : undefined;
}

/**
 * The clinician's reflection of a want that the client's turn takes up: the turn just before is
 * the reflection, and the client says yes to it or goes on with it, without turning it down,
 * doubting it or asking back.
 */
export function wantReflectedBefore(
  reply: UnderstoodTurn,
  turns: readonly UnderstoodTurn[],
): UnderstoodTurn | undefined {
  const text = straightApostrophes(reply.text);
  if (!repliesPlainly(reply) || reply.riskRead || NOTHING.test(text) || DOUBT.test(text)) return undefined;
  const reflection = turnBefore(reply, turns);
  return reflection && reflectedWant(reflection) !== undefined ? reflection : undefined;
}
