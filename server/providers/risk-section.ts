import type { RiskCategory, RiskLevel, SessionRisk, Utterance } from '../contracts/analysis.ts';
import type { NoteRiskAssessment, NoteRiskFlag, SupportedStatement } from '../contracts/assist.ts';
import { isClientSide, quoted, sentences } from './embedded/text.ts';

const LEVELS: readonly RiskLevel[] = ['none', 'low', 'moderate', 'high'];
export const maxLevel = (a: RiskLevel, b: RiskLevel): RiskLevel => (LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b);

interface RiskTopic {
  key: RiskCategory | 'means' | 'protective';
  /** How a note names the item. */
  item: string;
  /** What the client denied, as a note would word it. */
  denied: string;
  /** The clinician's screening question for it. */
  screen: RegExp;
}

const TOPICS: readonly RiskTopic[] = [
  {
    key: 'suicide',
    item: 'Suicidal ideation',
    denied: 'suicidal thoughts',
    screen: /\b(suicid\w*|kill(ing)? yourself|end(ing)? your (own )?life|better off dead|wish(ed)? you (were|was) dead|thoughts of (death|dying)|not (wanting to be|being) (here|alive)|want to die)\b/i,
  },
  {
    key: 'self_harm',
    item: 'Self-harm',
    denied: 'self-harm',
    screen: /\b(hurt(ing)? yourself|harm(ing)? yourself|self[- ]harm\w*|cut(ting)? yourself|burn(ing)? yourself)\b/i,
  },
  {
    key: 'violence',
    item: 'Risk of harm to others',
    denied: 'thoughts of harming others',
    screen: /\b(hurt(ing)? (someone|anyone|somebody|anybody|others|him|her|them)|harm(ing)? (someone|anyone|others)|thoughts of (violence|hurting)|get violent|violent (thoughts|urges))\b/i,
  },
  {
    key: 'abuse',
    item: 'Abuse or neglect',
    denied: 'being harmed or threatened by anyone',
    screen: /\b(safe at home|feel safe (at home|with)|(anyone|someone|somebody) (hurt|hit|hurting|hitting|threaten\w*|touch\w*) you|(hurt|hit|abus\w*|threaten\w*) you\b|being (hurt|abused|hit))\b/i,
  },
  {
    key: 'means',
    item: 'Access to lethal means',
    denied: 'access to firearms or other lethal means',
    screen: /\b(access to (a )?(guns?|firearms?|weapons?|pills|medications?)|(guns?|firearms?|weapons?) (at|in) (home|the house)|stockpil\w*|lock (them|it) (up|away))\b/i,
  },
  {
    key: 'protective',
    item: 'Protective factors',
    denied: '',
    screen: /\b(reasons? (for|to) (living|live)|what keeps you going|who (else )?(could|can|would) you (call|reach out to|talk to)|who supports you|what stops you)\b/i,
  },
];

const DENIAL = /^\s*(no\b|nope|nah|never|not really|not at all|no,|i haven'?t|i don'?t|i wouldn'?t|i'?m not|i am not|i have not|god,? no|absolutely not|definitely not)/i;
const PROTOCOL_MOVE = /\b(safety plan|988|crisis (line|text|number)|warning signs|keep (yourself )?safe|emergency (room|services|department)|lock (them |it )?(up|away)|remove (the|any))\b/i;

/** The sentence holding the detector's evidence: the words that raised the flag, not the whole turn. */
function flaggedWords(text: string, flag: SessionRisk['flags'][number] | undefined): string {
  const evidence = flag?.evidence[0];
  if (!evidence) return text;
  const sentence = sentences(text).find((s) => s.includes(evidence.text));
  return sentence ?? text;
}

/** The client's answer to a screening question: the next client turn within two turns. */
function answerTo(utterances: readonly Utterance[], questionIndex: number): Utterance | undefined {
  return utterances.slice(questionIndex + 1, questionIndex + 3).find(isClientSide);
}

/**
 * The risk section of a note, always from the embedded safety detector. `extraFlags` (from a
 * remote model, already checked against the transcript) can raise the level or add a
 * category; nothing can lower or remove what the detector found. Items nobody asked about are
 * listed as not assessed: a note never implies a denial the client did not make.
 */
export function buildRiskAssessment(
  utterances: readonly Utterance[],
  risk: SessionRisk,
  extraFlags: readonly NoteRiskFlag[] = [],
): NoteRiskAssessment {
  const byId = new Map(utterances.map((u) => [u.id, u]));
  const detectorFlags: NoteRiskFlag[] = risk.flags.map((f) => ({
    utteranceId: f.utteranceId,
    level: f.level,
    categories: [...f.categories],
    source: f.evidence.some((e) => e.source === 'model') && !f.evidence.some((e) => e.source === 'rule') ? 'model' : 'rule',
  }));
  const flags = [...detectorFlags, ...extraFlags.filter((f) => byId.has(f.utteranceId))];
  const level = flags.reduce<RiskLevel>((acc, f) => maxLevel(acc, f.level), risk.level);
  const flaggedByDetector = (Object.entries(risk.byCategory) as [RiskCategory, RiskLevel][]).filter(([, l]) => l !== 'none').map(([c]) => c);
  const categories = [...new Set([...flaggedByDetector, ...flags.flatMap((f) => f.categories)])];
  const statements: SupportedStatement[] = [];
  const notAssessedItems: string[] = [];
  let screened = flags.length > 0;

  for (const category of categories) {
    const forCategory = flags.filter((f) => f.categories.includes(category));
    const worst = forCategory.reduce<RiskLevel>((acc, f) => maxLevel(acc, f.level), 'none');
    const latest = forCategory.at(-1);
    const words = latest ? flaggedWords(byId.get(latest.utteranceId)?.text ?? '', risk.flags.find((f) => f.utteranceId === latest.utteranceId)) : '';
    const bySource = forCategory.some((f) => f.source === 'llm') ? ' (includes flags added by the language model: verify)' : '';
    statements.push({
      text: `${TOPICS.find((t) => t.key === category)?.item ?? category}: ${worst} risk flagged${bySource}; client said ${quoted(words, 120)}.`,
      utteranceIds: [...new Set(forCategory.map((f) => f.utteranceId))],
    });
  }

  for (const topic of TOPICS) {
    const flaggedTopic = (categories as string[]).includes(topic.key);
    const questionIndex = utterances.findIndex((u) => u.speaker === 'clinician' && topic.screen.test(u.text));
    const question = utterances[questionIndex];
    if (!question) {
      if (!flaggedTopic) notAssessedItems.push(topic.item);
      continue;
    }
    screened = true;
    const answer = answerTo(utterances, questionIndex);
    // Once the detector has flagged a category, an answer is reported as said, never as a denial.
    if (flaggedTopic) {
      if (answer) statements.push({ text: `${topic.item}: asked; client responded ${quoted(answer.text, 120)}.`, utteranceIds: [question.id, answer.id] });
    } else if (answer && topic.denied && DENIAL.test(answer.text)) {
      statements.push({ text: `${topic.item}: client denied ${topic.denied} when asked (${quoted(answer.text, 80)}).`, utteranceIds: [question.id, answer.id] });
    } else if (answer) {
      statements.push({ text: `${topic.item}: asked; client responded ${quoted(answer.text, 100)}.`, utteranceIds: [question.id, answer.id] });
    } else {
      statements.push({ text: `${topic.item}: asked (${quoted(question.text, 80)}); no client response recorded.`, utteranceIds: [question.id] });
    }
  }

  if (level !== 'none') {
    const protocolMoves = utterances.filter((u) => u.speaker === 'clinician' && PROTOCOL_MOVE.test(u.text));
    if (protocolMoves.length > 0) {
      statements.push({
        text: `Crisis protocol: clinician addressed safety planning or crisis resources, e.g. ${quoted(protocolMoves[0]?.text ?? '', 100)}.`,
        utteranceIds: protocolMoves.slice(0, 4).map((u) => u.id),
      });
    } else {
      notAssessedItems.push('Safety planning and crisis protocol follow-through');
    }
  }

  return {
    level,
    categories,
    flags,
    screened,
    protocols: risk.protocols.map((p) => p.id),
    statements,
    notAssessed: !screened,
    notAssessedItems,
  };
}
