import { refuses } from './agreement.ts';
import { sentences, wordPattern } from './embedded/text.ts';
import type { UnderstoodTurn } from './understanding.ts';

/*
 * What the client wants: the words a goal is stated in, whether or not the client calls it one.
 * The note writer quotes them as the client's goal and the citation check accepts them as support
 * for one.
 */

/**
 * Words of wanting, needing, intending or being able to change (MI's DARN-CAT): a turn of
 * change talk or commitment that says one is where the client states a goal without calling it
 * one. In Spanish only words of wanting and needing count ("quiero", "me gustaría", "necesito"):
 * "voy a…" and "tengo que…" are as often a step agreed or a leaving ("me tengo que ir ya").
 */
const WANTS =
  /\b(i|we)\s*(?:'d|would|really|just|do|still)?\s*(want|wanna|need|needs|hope|wish|would like|'d like|gotta|have to|got to|plan|intend|try|am going to|'m going to|'m gonna|am gonna|will|'ll|can|could|should)\b|\b(my goal|the goal|i'm aiming|want to|going to|gonna)\b|(?<![\p{L}])(quiero|quisiera|me gustaría|me gustaria|necesito|mi meta)(?![\p{L}])/iu;

/** Words that leave a wish without an object: "yes I can do that" agrees to something, it names no goal. */
const EMPTY_OBJECT = new Set([
  'do',
  'that',
  'it',
  'this',
  'so',
  'too',
  'yeah',
  'yes',
  'okay',
  'ok',
  'try',
  'one',
  'them',
  'there',
  'now',
  'then',
  'i',
  'think',
  'guess',
  'maybe',
  'sure',
  'the',
  'a',
]);

/** Words just before a want that deny it. */
const NEGATED = wordPattern(String.raw`\b(?:no|not|never|nunca|ya no|don't|do not|didn't)\b(?:\s+\S+)?\s*$`);

export function statesWhat(text: string): boolean {
  return namesWhatIsWanted(text, WANTS);
}

/** A want the words state and do not deny ("no quiero volver a eso", "I don't want to go": no goal), and what it is. */
function namesWhatIsWanted(text: string, want: RegExp): boolean {
  const normal = text.replace(/[’‘]/g, "'");
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
const EXPLICIT_WANT = wordPattern(
  String.raw`\b(?:i|we)(?: really| just| still| do)? (?:want|wanna|would like|'d like|hope|need) to\b|\bi'm (?:trying|aiming|hoping|planning) to\b|\bmy (?:goal|dream|plan) is\b|\bquiero\b|\bme gustaría\b|\bmi meta\b`,
);

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
const ASKS_WHAT_THEY_WANT = wordPattern(
  String.raw`\bwhat (?:would|do) you (?:like|want|hope)(?: to\b|\s*(?:[?.]|$))|\bwhat (?:is|'s|are|would be) your (?:goals?|hopes?)\b|(?:\bqué|¿\s*que) (?:te|le|les) gustar[ií]a\b|(?:\bcómo|¿\s*como) (?:te|le|les) gustar[ií]a\b|(?<!por )(?:\bqué|¿\s*que) (?:quieres|quiere|quieren|deseas|desea|esperas|espera)\b(?! decir)|(?:\bcuál|¿\s*cual) (?:es|ser[ií]a) (?:tu|su|la) meta\b|(?:\bqué|¿\s*que) (?:quisiera|quisieras|quisieran)\b(?! decir)|(?:\bqué|¿\s*que) meta\b|\b(?:anything|what) (?:do )?you (?:want|hope|wish|'d like) (?:out of|from)\b|\bwhat (?:are you|you're) hoping (?:for|will|to)\b`,
);

export const asksWhatTheyWant = (t: UnderstoodTurn): boolean =>
  t.speaker === 'clinician' && ASKS_WHAT_THEY_WANT.test(t.text.replace(/[’‘]/g, "'"));

/** An answer that doubts it can be done: "I promised her… but I don't know if I can". */
const DOUBT = wordPattern(String.raw`\b(?:i don't know if|i dont know if|no sé si|no se si)\b`);

/** An answer that names nothing wanted: "nothing", "nada, estoy bien". */
const NOTHING = wordPattern(String.raw`^[\s"'“¿¡.…-]*(?:nothing|nada|ninguna|ninguno)\b`);

/**
 * The clinician's question that the client's turn answers by naming what they want, or nothing:
 * the turn just before is the clinician asking what the client wants, and the client's answer
 * names something (three words or more), without turning it down ("no sé", "nada"), asking back,
 * or arguing against change.
 */
export function wantAskedBefore(reply: UnderstoodTurn, turns: readonly UnderstoodTurn[]): UnderstoodTurn | undefined {
  if (!reply.clientsOwn || reply.speaker === 'clinician') return undefined;
  const text = reply.text.replace(/[’‘]/g, "'");
  if (refuses(reply) || NOTHING.test(text) || DOUBT.test(text) || /[?¿]/.test(text)) return undefined;
  // A turn read as a back-channel carries no content the citation check would accept.
  if (reply.role.role === 'backchannel' || reply.role.role === 'other') return undefined;
  if (reply.role.role === 'sustain_talk' || (reply.role.probabilities.sustain_talk ?? 0) >= 0.3) return undefined;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.filter((w) => !EMPTY_OBJECT.has(w)).length < 3) return undefined;
  const question = turns
    .slice(0, reply.index)
    .filter((t) => t.text.trim() !== '')
    .at(-1);
  return question && asksWhatTheyWant(question) ? question : undefined;
}

/**
 * The clinician tells back what the client wants ("so your goal is to get dialysis closer to
 * home", "you just want to feel normal again", "lo que usted quiere es que la tomen en cuenta").
 * The client's yes to it, or their going on with it, states the goal with the clinician's words.
 */
const REFLECTS_A_WANT = wordPattern(
  String.raw`\b(?:your (?:goal|hope|plan) (?:is|would be)|you (?:really |just |still )?(?:want|wanna|'d like|would like|hope) to|what you (?:really |just )?(?:want|'d like) is|you're (?:hoping|wanting|aiming) to|lo que (?:usted |tú |tu )?(?:quiere|quieres|busca|buscas) es|(?:usted|tú|tu) (?:quiere|quieres|quisiera|quisieras) (?:que|poder|volver|estar|ser|dejar|tener|ir|regresar)|(?:su|tu) meta es)\b`,
);
/** Words before "you want to" that make it a question or a condition, not a reflection. */
const ASKING_OR_IF = wordPattern(String.raw`\b(?:do|would|did|if|whatever|when|whenever|si)\s*$`);

/** What the clinician reflected the client wants, in the clinician's words, or nothing. */
export function reflectedWant(t: UnderstoodTurn): string | undefined {
  if (t.speaker !== 'clinician' || /[?¿]/.test(t.text)) return undefined;
  const text = t.text.replace(/[’‘]/g, "'");
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
  if (!reply.clientsOwn || reply.speaker === 'clinician' || reply.riskRead) return undefined;
  const text = reply.text.replace(/[’‘]/g, "'");
  if (refuses(reply) || NOTHING.test(text) || DOUBT.test(text) || /[?¿]/.test(text)) return undefined;
  if (reply.role.role === 'sustain_talk' || (reply.role.probabilities.sustain_talk ?? 0) >= 0.3) return undefined;
  const reflection = turns
    .slice(0, reply.index)
    .filter((t) => t.text.trim() !== '')
    .at(-1);
  return reflection && reflectedWant(reflection) !== undefined ? reflection : undefined;
}
