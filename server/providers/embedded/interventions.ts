import { SELF_DIRECTED, type SessionRisk } from '../../contracts/analysis.ts';
import type { Intervention, InterventionSuggestions } from '../../contracts/assist.ts';
import type { SessionSnapshot, SuggestOptions } from '../types.ts';
import { reference } from './library/references.ts';
import { readSignals, type Hit, type Signals } from './signals.ts';
import { indexById, isClientSide, listJoin, quoted } from './text.ts';

interface Candidate {
  intervention: Intervention;
  /** Higher first; recency toward the focus utterance is folded in. */
  score: number;
  group: string;
}

/** How fast older moments lose weight when suggesting for "now" (in utterances). */
const RECENCY_SCALE = 40;

function recency(hit: Hit, focus: number): number {
  return Math.exp(-(focus - hit.index) / RECENCY_SCALE);
}

function topicFor(hit: Hit, signals: Signals): string | undefined {
  const local = signals.themes.find((t) => t.hits.some((h) => h.utteranceId === hit.utteranceId));
  return (local ?? signals.themes[0])?.def.topic;
}

interface Transcript {
  order: ReadonlyMap<string, number>;
  byId: ReadonlyMap<string, { text: string }>;
}

function safetyCandidates(risk: SessionRisk, signals: Transcript, focus: number): Candidate[] {
  const flags = risk.flags.filter((f) => (signals.order.get(f.utteranceId) ?? Infinity) <= focus);
  const out: Candidate[] = [];
  const selfFlags = flags.filter((f) => f.categories.some((c) => SELF_DIRECTED.includes(c)));
  const latestSelf = selfFlags.at(-1);
  if (latestSelf) {
    const text = signals.byId.get(latestSelf.utteranceId)?.text ?? '';
    out.push({
      group: 'safety',
      score: 100,
      intervention: {
        id: `safety_plan:${latestSelf.utteranceId}`,
        modality: 'safety_planning',
        title: 'Assess risk and build a safety plan',
        prompt:
          'Follow the crisis protocol shown with the flag. Ask directly about thoughts, method, intent, plan and recent behaviour; then build or review a Stanley–Brown safety plan together: warning signs, internal coping strategies, people and places for distraction, people to ask for help, professionals and crisis lines (988), and making the environment safe (means restriction).',
        rationale: {
          text: `Client said ${quoted(text, 120)}, flagged by the safety detector (${latestSelf.level} risk).`,
          utteranceIds: selfFlags.slice(-3).map((f) => f.utteranceId),
        },
        reference: reference('stanleyBrown2012'),
      },
    });
  }
  const violence = flags.filter((f) => f.categories.includes('violence')).at(-1);
  if (violence) {
    out.push({
      group: 'safety-violence',
      score: 99,
      intervention: {
        id: `violence_assessment:${violence.utteranceId}`,
        modality: 'safety_planning',
        title: 'Assess risk of harm to others',
        prompt:
          'Ask about the target, intent, plan, means and history of violence; explore what would help the client stay in control, and follow the duty-to-warn and consultation steps shown with the flag for this jurisdiction.',
        rationale: {
          text: `Client said ${quoted(signals.byId.get(violence.utteranceId)?.text ?? '', 120)}, flagged as possible harm to others (${violence.level}).`,
          utteranceIds: [violence.utteranceId],
        },
        reference: reference('tarasoff1976'),
      },
    });
  }
  const abuse = flags.filter((f) => f.categories.includes('abuse')).at(-1);
  if (abuse) {
    out.push({
      group: 'safety-abuse',
      score: 98,
      intervention: {
        id: `abuse_response:${abuse.utteranceId}`,
        modality: 'safety_planning',
        title: 'Respond to an abuse disclosure',
        prompt:
          'Thank the client for telling you, ask about immediate safety (is anyone in danger now, including children or elders), explain the limits of confidentiality, and follow the mandated-reporting steps shown with the flag.',
        rationale: {
          text: `Client said ${quoted(signals.byId.get(abuse.utteranceId)?.text ?? '', 120)}, flagged as a possible abuse or neglect disclosure (${abuse.level}).`,
          utteranceIds: [abuse.utteranceId],
        },
        reference: reference('childWelfare2019'),
      },
    });
  }
  return out;
}

/**
 * A pattern or a skill is suggested only when more than one turn cues it: one word ("urge to go
 * to the toilet", "asthma out of control") is not what the session is about.
 */
const MIN_CUES = 2;

function cuedEnough<T extends Hit & { def: { key: string } }>(hits: readonly T[], focus: number): T[] {
  const turns = new Map<string, Set<string>>();
  const latest = new Map<string, T>();
  for (const hit of hits) {
    if (hit.index > focus) continue;
    turns.set(hit.def.key, (turns.get(hit.def.key) ?? new Set()).add(hit.utteranceId));
    latest.set(hit.def.key, hit);
  }
  return [...latest.values()].filter((hit) => (turns.get(hit.def.key)?.size ?? 0) >= MIN_CUES);
}

function distortionCandidates(signals: Signals, focus: number): Candidate[] {
  return cuedEnough(signals.distortions, focus).map((hit) => {
    const q = quoted(hit.sentence, 110);
    return {
      group: 'cbt',
      score: 3 * recency(hit, focus),
      intervention: {
        id: `${hit.def.key}:${hit.utteranceId}`,
        modality: 'CBT',
        title: `Name the pattern: ${hit.def.label.toLowerCase()}`,
        prompt: hit.def.socratic.replace('{quote}', q),
        rationale: {
          text: `Client said ${q}, which may reflect ${hit.def.label.toLowerCase()}: ${hit.def.explanation}.`,
          utteranceIds: [hit.utteranceId],
        },
        reference: reference(hit.def.reference),
        distortion: hit.def.key,
      },
    };
  });
}

function skillCandidates(signals: Signals, focus: number): Candidate[] {
  return cuedEnough(signals.skills, focus).map((hit) => {
    const q = quoted(hit.sentence, 110);
    const trigger = hit.emotion
      ? `strong ${hit.emotion} (emotion detector) when the client said ${q}`
      : `the client said ${q}`;
    return {
      group: hit.def.key,
      score: (hit.emotion ? 2 : 2.5) * recency(hit, focus),
      intervention: {
        id: `${hit.def.key}:${hit.utteranceId}`,
        modality: hit.def.modality,
        title: hit.def.title,
        prompt: hit.def.prompt({ quote: q, topic: topicFor(hit, signals) }),
        rationale: { text: `Suggested because ${trigger}: ${hit.def.why}.`, utteranceIds: [hit.utteranceId] },
        reference: reference(hit.def.reference),
      },
    };
  });
}

/** When nothing specific stands out, reflecting the latest substantial client turn is always useful (OARS). */
function reflectionFallback(snapshot: SessionSnapshot, signals: Signals, focus: number): Candidate[] {
  const last = snapshot.utterances
    .slice(0, focus + 1)
    .findLast((u) => isClientSide(u) && u.text.trim().split(/\s+/).length >= 5);
  if (!last) return [];
  const q = quoted(last.text, 110);
  const themes = signals.themes.slice(0, 2).map((t) => t.def.topic);
  return [
    {
      group: 'mi-fallback',
      score: 0.1,
      intervention: {
        id: `mi_open_reflect:${last.id}`,
        modality: 'MI',
        title: 'Reflect and ask an open question (OARS)',
        prompt: `Reflect the meaning of ${q} in a sentence of your own (“It sounds like …”), then ask an open question${themes.length ? ` about ${listJoin(themes)}` : ''}: “What would you like to be different?”`,
        rationale: {
          text: `The client’s latest substantial statement was ${q}; a reflection keeps the focus on their own words.`,
          utteranceIds: [last.id],
        },
        reference: reference('millerRollnick2013'),
      },
    },
  ];
}

function focusIndex(snapshot: SessionSnapshot, order: ReadonlyMap<string, number>, focusUtteranceId?: string): number {
  return focusUtteranceId !== undefined
    ? (order.get(focusUtteranceId) ?? snapshot.utterances.length - 1)
    : snapshot.utterances.length - 1;
}

/** The safety suggestions alone (what a remote model's list must always include). */
export function safetyInterventions(snapshot: SessionSnapshot, options: SuggestOptions = {}): Intervention[] {
  const order = indexById(snapshot.utterances);
  const byId = new Map(snapshot.utterances.map((u) => [u.id, u]));
  return safetyCandidates(snapshot.risk, { order, byId }, focusIndex(snapshot, order, options.focusUtteranceId)).map(
    (c) => c.intervention,
  );
}

/**
 * Suggestions for the current moment (or the focus utterance): safety first whenever a flag
 * calls for it, then the patterns detected closest to now. Each cites the words that raised it.
 */
export function suggestInterventions(snapshot: SessionSnapshot, options: SuggestOptions = {}): InterventionSuggestions {
  const signals = readSignals(snapshot);
  const max = options.max ?? 5;
  const focus = focusIndex(snapshot, signals.order, options.focusUtteranceId);
  const ranked = [
    ...safetyCandidates(snapshot.risk, signals, focus),
    ...distortionCandidates(signals, focus),
    ...skillCandidates(signals, focus),
  ].sort((a, b) => b.score - a.score || a.intervention.id.localeCompare(b.intervention.id));

  const chosen: Candidate[] = [];
  let cbt = 0;
  for (const c of ranked) {
    if (chosen.length >= max) break;
    if (c.group === 'cbt' && cbt >= 2) continue;
    if (c.group === 'cbt') cbt += 1;
    chosen.push(c);
  }
  if (chosen.length === 0) chosen.push(...reflectionFallback(snapshot, signals, focus));
  return { interventions: chosen.map((c) => c.intervention) };
}
