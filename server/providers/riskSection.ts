import type { RiskCategory, RiskLevel, SessionRisk, Utterance } from '../contracts/analysis.ts';
import type { NoteRiskAssessment, NoteRiskFlag, SupportedStatement } from '../contracts/assist.ts';
import {
  askedItem,
  questionCategories,
  screensTopic,
  type ScreeningTopic,
} from '../engine/safety/screeningQuestions.ts';
import { isClientSide, listJoin, quoted, sentences } from './embedded/text.ts';
import {
  CATEGORY_LABEL,
  type Finding,
  type FindingKind,
  KIND_ORDER,
  kindLabel,
  maxLevel,
  riskFindings,
  TIMING_TEXT,
} from './riskFindings.ts';

interface RiskTopic {
  key: ScreeningTopic;
  /** How a note names the item. */
  item: string;
  /** What the client denied, as a note would word it. */
  denied: string;
}

const TOPICS: readonly RiskTopic[] = [
  {
    key: 'suicide',
    item: 'Suicidal ideation',
    denied: 'suicidal thoughts',
  },
  {
    key: 'self_harm',
    item: 'Self-harm',
    denied: 'self-harm',
  },
  {
    key: 'violence',
    item: 'Risk of harm to others',
    denied: 'thoughts of harming others',
  },
  {
    key: 'abuse',
    item: 'Abuse or neglect',
    denied: 'being harmed or threatened by anyone',
  },
  {
    key: 'means',
    item: 'Access to lethal means',
    denied: 'access to firearms or other lethal means',
  },
  {
    key: 'protective',
    item: 'Protective factors',
    denied: '',
  },
];

/** Lethal means named in a disclosed method, plan, preparation or act. */
const MEANS =
  /\b(pills|tablets|meds|medications?|overdose|gun|guns|firearms?|pistol|rifle|shotgun|bullets|rope|noose|blades?|razors?|knife|knives)\b/i;
const MEANS_KINDS: ReadonlySet<FindingKind> = new Set(['method', 'plan', 'preparatory', 'behaviour']);

/** Disclosures after which the screener goes on to method, intent, plan and preparation. */
const ACTIVE_KINDS: ReadonlySet<FindingKind> = new Set([
  'ideation',
  'method',
  'intent',
  'plan',
  'preparatory',
  'abuse',
  'other',
]);

/** Means the client has now: named in a method, plan or preparation, or in an act that is not long past. */
function hasMeans(f: Finding): boolean {
  return MEANS_KINDS.has(f.kind) && f.timing !== 'past' && MEANS.test(f.words);
}

const DENIAL =
  /^\s*(no\b|nope|nah|never|not really|not at all|no,|i haven'?t|i don'?t|i wouldn'?t|i'?m not|i am not|i have not|god,? no|absolutely not|definitely not)/i;

/** The screener items asked after once a category is flagged, as a note names them when nobody asked. */
const FOLLOW_UP_ITEMS: Partial<Record<RiskCategory, Partial<Record<FindingKind, string>>>> = {
  suicide: {
    method: 'Suicide method',
    intent: 'Suicidal intent',
    plan: 'Suicide plan',
    preparatory: 'Preparatory acts toward suicide',
    behaviour: 'Past suicidal behaviour',
  },
  self_harm: {
    method: 'Self-harm method',
    intent: 'Intent to self-harm',
    plan: 'Plan to self-harm',
    behaviour: 'Past self-harm',
  },
  violence: {
    method: 'Means of harming others',
    intent: 'Intent to harm others',
    plan: 'Plan to harm others',
    behaviour: 'Past violence',
  },
};

interface ProtocolStep {
  label: string;
  pattern: RegExp;
}

/** Protocol steps a transcript can show the clinician taking (what they said, not what they thought). */
const STEPS = {
  safetyPlan: {
    label: 'Safety planning',
    pattern:
      /\b(safety plan|warning signs|coping (strategies|plan)|reasons (for|to) (living|live)|who (could|can|would) you (call|reach out to|text)|keep (yourself )?safe)\b/i,
  },
  means: {
    label: 'Lethal-means counselling',
    pattern:
      /\b(lock(ed)? (them|it|the \w+ )?(up|away)|mov(e|ing) (the|your|those) (pills|meds|medications?|tablets|guns?|firearms?|weapons?|knives|blades)|hold onto (them|the (pills|meds|gun))|somewhere (else|safe) (for|until)|(give|hand|handing) (them|the (pills|medications?|meds|gun|firearm|knife|blades?)) (to|over)|get rid of|dispos\w+ of|remove (the|any)|stor(e|ing) (it|them|the \w+)|access to (a |any )?(guns?|firearms?|weapons?|pills|medications?)|(where|how many) (are )?(the )?pills|who (could|can) (hold|keep) (them|the))\b/i,
  },
  crisisLine: {
    label: 'Crisis line information',
    pattern: /\b(988|crisis (line|text|number)|lifeline|741741|hotline|text line)\b/i,
  },
  emergency: {
    label: 'Emergency services',
    pattern: /\b(911|emergency (room|department|services)|ambulance|nearest hospital)\b/i,
  },
  followUp: {
    label: 'Follow-up contact',
    pattern:
      /\b(check in (with you )?(tomorrow|tonight|later|in the morning|before|within)|call you (tomorrow|tonight|later|in the morning)|(see|talk to) you (tomorrow|in (a couple of|two|three) days)|follow[- ]up (call|contact|appointment|session)|touch base)\b/i,
  },
  supports: {
    label: 'Involving supports',
    pattern:
      /\b(with your (permission|consent)|someone (who )?(can|could) (stay|be) with you|(tell|call|involve) (your|a) (partner|husband|wife|sister|brother|mom|mum|dad|parents?|family|friend|support))\b/i,
  },
  immediateSafety: {
    label: 'Immediate safety check',
    pattern: /\b(are you safe|safe (right now|tonight|at home|to go home)|in (any )?danger|somewhere safe)\b/i,
  },
  reporting: {
    label: 'Limits of confidentiality and reporting',
    pattern:
      /\b(limits of confidentiality|(have|need|required) to (report|make a report)|mandated report\w*|protective services|report this)\b/i,
  },
} as const satisfies Record<string, ProtocolStep>;

type StepKey = keyof typeof STEPS;

/** The steps each category's protocol expects to see; the others are reported only when taken. */
const EXPECTED_STEPS: Record<RiskCategory, readonly StepKey[]> = {
  suicide: ['safetyPlan', 'means', 'crisisLine', 'followUp'],
  self_harm: ['safetyPlan', 'means', 'crisisLine'],
  violence: ['means'],
  abuse: ['immediateSafety', 'reporting'],
};

/**
 * The clinician's screening question for a topic: one about thoughts now, in preference to one
 * about past acts or a plan ("Have you ever tried to end your life?" is not the ideation question).
 */
function screeningQuestion(utterances: readonly Utterance[], topic: ScreeningTopic): number {
  const asked = utterances.flatMap((u, i) => (u.speaker === 'clinician' && screensTopic(u.text, topic) ? [i] : []));
  return asked.find((i) => askedItem(utterances[i]?.text ?? '') === undefined) ?? asked[0] ?? -1;
}

/** The client's answer to a clinician's question: the next client turn within two turns. */
function answerTo(utterances: readonly Utterance[], questionIndex: number): Utterance | undefined {
  return utterances.slice(questionIndex + 1, questionIndex + 3).find(isClientSide);
}

function levelText(f: { level: RiskLevel }): string {
  return f.level === 'none' ? 'not rated' : f.level;
}

/** "Preparatory acts (high risk; ongoing): “I have been saving up my pills”." — one line per kind. */
function findingStatement(category: RiskCategory, kind: FindingKind, group: Finding[]): SupportedStatement {
  const worst = group.reduce<RiskLevel>((acc, f) => maxLevel(acc, f.level), 'none');
  const details = [...new Set(group.map((f) => f.detail).filter((d): d is string => d !== undefined))];
  const timings = [
    ...new Set(
      group.flatMap((f) =>
        f.timing
          ? [f.timingFrom ? `${TIMING_TEXT[f.timing]}, per ${quoted(f.timingFrom.words, 60)}` : TIMING_TEXT[f.timing]]
          : [],
      ),
    ),
  ];
  const words = [...new Set(group.map((f) => f.words))];
  const shown = words.slice(-2);
  const qualifiers = [
    worst === 'none' ? 'level not rated' : `${worst} risk`,
    ...(timings.length ? [listJoin(timings)] : []),
    ...(words.length > shown.length ? [`${words.length} statements`] : []),
    ...(group.some((f) => f.source === 'model') ? ['raised by the statistical model'] : []),
  ];
  const name = details.length ? `${kindLabel(category, kind)} (${listJoin(details)})` : kindLabel(category, kind);
  return {
    text: `${name} (${qualifiers.join('; ')}): ${shown.map((w) => quoted(w, 120)).join('; ')}.`,
    utteranceIds: [
      ...new Set(group.flatMap((f) => [f.utteranceId, ...(f.timingFrom ? [f.timingFrom.utteranceId] : [])])),
    ].slice(-8),
    claim: 'risk',
  };
}

/** Which words set a category's level: the kinds of its strongest findings. */
function headline(category: RiskCategory, level: RiskLevel, findings: Finding[]): SupportedStatement | undefined {
  const strongest = findings.filter((f) => f.level === level);
  if (strongest.length === 0) return undefined;
  const kinds = [...new Set(strongest.map((f) => kindLabel(f.category, f.kind).toLowerCase()))];
  const words = [...new Set(strongest.map((f) => f.words))].slice(-2);
  return {
    text: `${CATEGORY_LABEL[category]}: ${level}, set by ${listJoin(kinds)} (${words.map((w) => quoted(w, 120)).join('; ')}).`,
    utteranceIds: [...new Set(strongest.map((f) => f.utteranceId))].slice(-8),
    claim: 'risk',
  };
}

/**
 * The risk section of a note, always from the embedded safety detector: every flag by category
 * and kind (ideation, method, intent, plan, preparatory acts, behaviour with its timing), the
 * crisis protocol the flags called for and which of its steps the transcript shows, and what
 * nobody asked about. `extraFlags` (from a remote model, already checked against the
 * transcript) can raise the level or add a category; nothing can lower or remove what the
 * detector found. A note never implies a denial the client did not make.
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
    source:
      f.evidence.some((e) => e.source === 'model') && !f.evidence.some((e) => e.source === 'rule') ? 'model' : 'rule',
  }));
  const addedFlags = extraFlags.filter((f) => byId.has(f.utteranceId));
  const flags = [...detectorFlags, ...addedFlags];
  const level = flags.reduce<RiskLevel>((acc, f) => maxLevel(acc, f.level), risk.level);
  const flaggedByDetector = (Object.entries(risk.byCategory) as [RiskCategory, RiskLevel][])
    .filter(([, l]) => l !== 'none')
    .map(([c]) => c);
  const categories = [...new Set([...flaggedByDetector, ...flags.flatMap((f) => f.categories)])];
  const findings = riskFindings(utterances, risk);
  const statements: SupportedStatement[] = [];
  const notAssessedItems: string[] = [];
  let screened = flags.length > 0;

  for (const category of categories) {
    const own = findings.filter((f) => f.category === category);
    const added = addedFlags.filter((f) => f.categories.includes(category));
    const worst = [...own, ...added].reduce<RiskLevel>((acc, f) => maxLevel(acc, f.level), 'none');
    const lead = headline(category, worst, own);
    if (lead) statements.push(lead);
    for (const kind of KIND_ORDER) {
      const group = own.filter((f) => f.kind === kind);
      if (group.length > 0) statements.push(findingStatement(category, kind, group));
    }
    for (const f of added) {
      statements.push({
        text: `${CATEGORY_LABEL[category]} — ${levelText(f)}, flag added by the language model (verify against the transcript): ${quoted(byId.get(f.utteranceId)?.text ?? '', 120)}.`,
        utteranceIds: [f.utteranceId],
        claim: 'risk',
      });
    }
  }

  const meansDisclosed = findings.filter((f) => hasMeans(f));
  for (const topic of TOPICS) {
    const flaggedTopic = (categories as string[]).includes(topic.key);
    if (topic.key === 'means' && meansDisclosed.length > 0) {
      statements.push({
        text: `${topic.item}: client disclosed access (${[...new Set(meansDisclosed.map((f) => f.words))]
          .slice(-2)
          .map((w) => quoted(w, 100))
          .join('; ')}).`,
        utteranceIds: [...new Set(meansDisclosed.map((f) => f.utteranceId))].slice(-8),
        claim: 'risk',
      });
      screened = true;
      continue;
    }
    const questionIndex = screeningQuestion(utterances, topic.key);
    const question = utterances[questionIndex];
    if (!question) {
      if (!flaggedTopic) notAssessedItems.push(topic.item);
      continue;
    }
    screened = true;
    const answer = answerTo(utterances, questionIndex);
    // Once the detector has flagged a category, an answer is reported as said, never as a denial.
    if (flaggedTopic) {
      if (answer)
        statements.push({
          text: `${topic.item}: asked; client responded ${quoted(answer.text, 120)}.`,
          utteranceIds: [question.id, answer.id],
          claim: 'screening',
        });
    } else if (answer && topic.denied && DENIAL.test(answer.text)) {
      statements.push({
        text: `${topic.item}: client denied ${topic.denied} when asked (${quoted(answer.text, 80)}).`,
        utteranceIds: [question.id, answer.id],
        claim: 'screening',
      });
    } else if (answer) {
      statements.push({
        text: `${topic.item}: asked; client responded ${quoted(answer.text, 100)}.`,
        utteranceIds: [question.id, answer.id],
        claim: 'screening',
      });
    } else {
      statements.push({
        text: `${topic.item}: asked (${quoted(question.text, 80)}); no client response recorded.`,
        utteranceIds: [question.id],
        claim: 'screening',
      });
    }
  }

  followUpInquiry(utterances, categories, findings, statements, notAssessedItems);
  if (level !== 'none') protocolFollowThrough(utterances, risk, categories, statements, notAssessedItems);

  return {
    level,
    categories,
    flags,
    screened,
    protocols: risk.protocols.map((p) => p.id),
    statements,
    notAssessed: !screened,
    notAssessedItems: [...new Set(notAssessedItems)],
  };
}

/**
 * Once a category is flagged, the screener's next items (method, intent, plan, preparation,
 * past behaviour): disclosed ones are already listed; asked ones are reported with the answer;
 * the rest are not assessed.
 */
function followUpInquiry(
  utterances: readonly Utterance[],
  categories: readonly RiskCategory[],
  findings: readonly Finding[],
  statements: SupportedStatement[],
  notAssessedItems: string[],
): void {
  const questions = utterances.flatMap((u, index) => {
    if (u.speaker !== 'clinician') return [];
    const kind = askedItem(u.text);
    return kind ? [{ u, index, kind, about: questionCategories(u.text) }] : [];
  });
  for (const category of categories) {
    const items = FOLLOW_UP_ITEMS[category];
    if (!items) continue;
    // As in the C-SSRS screener: with only a wish to be dead, or only an act long past, method,
    // intent, plan and preparation need not be asked (an answer is still reported when they were);
    // past behaviour always is.
    const active = findings.some(
      (f) => f.category === category && (ACTIVE_KINDS.has(f.kind) || (f.kind === 'behaviour' && f.timing !== 'past')),
    );
    // Pills saved up or a gun bought name the method too.
    const meansNamed = findings.some((f) => f.category === category && hasMeans(f));
    for (const [kind, item] of Object.entries(items) as [FindingKind, string][]) {
      if (findings.some((f) => f.category === category && f.kind === kind)) continue;
      if (kind === 'method' && meansNamed) continue;
      const asked = questions
        .filter((q) => q.kind === kind && (q.about.length === 0 || q.about.includes(category)))
        .at(-1);
      if (!asked) {
        if (active || kind === 'behaviour') notAssessedItems.push(item);
        continue;
      }
      const answer = answerTo(utterances, asked.index);
      // "No plan. It's more that I don't want to be here": a denial of this item, whatever else
      // the answer disclosed (that is listed with the findings, at its own level).
      if (answer && DENIAL.test(answer.text)) {
        statements.push({
          text: `${item}: client denied when asked (${quoted(answer.text, 80)}).`,
          utteranceIds: [asked.u.id, answer.id],
          claim: 'screening',
        });
      } else if (answer) {
        statements.push({
          text: `${item}: asked; client responded ${quoted(answer.text, 100)}.`,
          utteranceIds: [asked.u.id, answer.id],
          claim: 'screening',
        });
      } else {
        statements.push({
          text: `${item}: asked (${quoted(asked.u.text, 80)}); no client response recorded.`,
          utteranceIds: [asked.u.id],
          claim: 'screening',
        });
      }
    }
  }
}

/** The crisis protocol each flagged category called for, and which of its steps the transcript shows. */
function protocolFollowThrough(
  utterances: readonly Utterance[],
  risk: SessionRisk,
  categories: readonly RiskCategory[],
  statements: SupportedStatement[],
  notAssessedItems: string[],
): void {
  for (const protocol of risk.protocols) {
    const raisedBy = risk.flags.filter((f) => f.categories.includes(protocol.category)).map((f) => f.utteranceId);
    if (raisedBy.length === 0) continue;
    statements.push({
      text: `Crisis protocol prompted: ${protocol.title} (${protocol.id}), ${protocol.steps.length} steps shown to the clinician with the flag.`,
      utteranceIds: [...new Set(raisedBy)].slice(-8),
      claim: 'protocol',
    });
  }
  const clinician = utterances.filter((u) => u.speaker === 'clinician');
  const expected = new Set(categories.flatMap((c) => EXPECTED_STEPS[c]));
  for (const [key, step] of Object.entries(STEPS) as [StepKey, ProtocolStep][]) {
    const said = clinician.filter((u) => step.pattern.test(u.text));
    const first = said[0];
    if (first) {
      const words = sentences(first.text).find((s) => step.pattern.test(s)) ?? first.text;
      statements.push({
        text: `Protocol step taken — ${step.label.toLowerCase()}: clinician said ${quoted(words, 110)}.`,
        utteranceIds: said.slice(0, 4).map((u) => u.id),
        claim: 'intervention',
      });
    } else if (expected.has(key)) {
      notAssessedItems.push(`${step.label} (not documented in the session)`);
    }
  }
}

/**
 * Flags nobody has decided on, for a note drafted without a clinician at hand (the `draft`
 * command line): listed as flagged for review, never as findings.
 */
export function flaggedForReview(risk: SessionRisk): SupportedStatement[] {
  return risk.flags.map((f) => ({
    text: `Flagged for review, not confirmed: ${listJoin(f.categories.map((c) => CATEGORY_LABEL[c].toLowerCase()))} (${f.level}).`,
    utteranceIds: [f.utteranceId],
  }));
}
