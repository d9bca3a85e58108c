import { SELF_DIRECTED } from '../../contracts/analysis.ts';
import type { Homework, HomeworkItem } from '../../contracts/assist.ts';
import type { SessionSnapshot } from '../types.ts';
import { isQuestion } from '../citationCheck.ts';
import { replyTo, understandSession, type SessionUnderstanding, type UnderstoodTurn } from '../understanding.ts';
import { AGREED_TASKS } from './library/agreedTasks.ts';
import { JOURNALING_PROMPTS } from './library/journaling.ts';
import { reference } from './library/references.ts';
import { readSignals, type Signals } from './signals.ts';
import { indexById, listJoin, orderedIds, quoted } from './text.ts';

interface Candidate {
  item: HomeworkItem;
  relevance: number;
}

const MAX_ITEMS = 4;
/** A thinking-pattern, skill or theme needs more than one cue: one word is not a session's topic. */
const MIN_CUES = 2;

/** A theme the session dwelt on: it came up in more than one turn (one word is not a session's topic). */
function theme(signals: Signals, key: string) {
  return signals.themes.find((t) => t.def.key === key && turnsOf(t.hits) >= MIN_CUES);
}

const turnsOf = (hits: readonly { utteranceId: string }[]): number => new Set(hits.map((h) => h.utteranceId)).size;

/** The safety-plan item alone (a remote model's homework must always include it when a plan was made). */
export function safetyPlanHomework(snapshot: SessionSnapshot): HomeworkItem | undefined {
  return safetyPlan(snapshot, indexById(snapshot.utterances))?.item;
}

function safetyPlan(snapshot: SessionSnapshot, order: ReadonlyMap<string, number>): Candidate | undefined {
  // Homework may speak of "the safety plan you made together" only when one was made.
  if (!snapshot.safetyPlanMade) return undefined;
  const flags = snapshot.risk.flags.filter((f) => f.categories.some((c) => SELF_DIRECTED.includes(c)));
  return {
    relevance: 100,
    item: {
      id: 'safety_plan',
      kind: 'safety_plan',
      title: 'Keep the safety plan close',
      instructions:
        'Keep a copy of the safety plan you made together on your phone and somewhere you can see it. Read it each day, and use it step by step when warning signs show up: your own coping strategies, people and places that help, people you can ask for help, and professional or crisis contacts (call or text 988, or emergency services if you are in danger).',
      schedule: { frequency: 'daily', durationMinutes: 2, weeks: 1 },
      rationale: {
        text:
          flags.length === 0
            ? 'A safety plan was made with the client in this session.'
            : `A safety plan was made in this session after the clinician confirmed ${flags.length === 1 ? 'a risk statement' : `${flags.length} risk statements`}.`,
        utteranceIds: orderedIds(
          flags.map((f) => f.utteranceId),
          order,
        ).slice(-5),
      },
      reference: reference('stanleyBrown2012'),
      agreed: true,
    },
  };
}

function thoughtRecord(signals: Signals): Candidate | undefined {
  if (new Set(signals.distortions.map((d) => d.utteranceId)).size < MIN_CUES) return undefined;
  const recent = signals.distortions.slice(-3);
  const example = recent.at(-1);
  if (!example) return undefined;
  const patterns = [...new Set(recent.map((d) => d.def.label.toLowerCase()))];
  return {
    relevance: 10 + signals.distortions.length,
    item: {
      id: 'thought_record',
      kind: 'thought_record',
      title: 'Thought record',
      instructions: `When your mood drops, write down: (1) the situation, (2) the thought that went through your mind — for example ${quoted(example.sentence, 90)}, (3) the emotion and how strong it was (0–100), (4) whether it fits a pattern we talked about (${listJoin(patterns)}), (5) evidence for and against the thought, (6) a more balanced thought, and (7) how strong the emotion is now.`,
      schedule: { frequency: 'times_per_week', timesPerWeek: 3, durationMinutes: 15, weeks: 2 },
      rationale: {
        text: `Thinking patterns came up in session (${listJoin(patterns)}), e.g. ${quoted(example.sentence, 90)}.`,
        utteranceIds: recent.map((d) => d.utteranceId),
      },
      reference: reference('beck2011'),
    },
  };
}

function activationPlan(signals: Signals): Candidate | undefined {
  const mood = theme(signals, 'low_mood');
  const baHits = signals.skills.filter((s) => s.def.key === 'behavioural_activation');
  if (!mood && turnsOf(baHits) < MIN_CUES) return undefined;
  const activities = [...new Set(signals.activities.map((a) => a.phrase))].slice(0, 3);
  const support = [...(mood?.hits.slice(-3) ?? []), ...baHits.slice(-2), ...signals.activities.slice(0, 3)];
  const named = activities.length
    ? ` Include at least one thing you used to enjoy (${listJoin(activities)}), in a small version.`
    : '';
  return {
    relevance: 8 + (mood?.score ?? 0) + baHits.length,
    item: {
      id: 'behavioural_activation',
      kind: 'behavioural_activation',
      title: 'Activity and mood plan',
      instructions: `Each evening, note what you did in the day and rate your mood 0–10 next to each activity. Then plan three small, specific activities for the coming week — what, when and with whom — and do them whether or not you feel like it first.${named} Notice how your mood changes before and after.`,
      schedule: { frequency: 'daily', durationMinutes: 10, timeOfDay: 'evening', weeks: 1 },
      rationale: {
        text: `${mood ? 'Low mood came up' : 'Activities the client valued have dropped away'}, e.g. ${quoted((mood?.hits.at(-1) ?? baHits.at(-1))?.sentence ?? '', 90)}${activities.length ? `; the client named activities they used to enjoy (${listJoin(activities)})` : ''}.`,
        utteranceIds: orderedIds(
          support.map((h) => h.utteranceId),
          signals.order,
        ),
      },
      reference: reference('martell2010'),
    },
  };
}

function sleepDiary(signals: Signals): Candidate | undefined {
  const sleep = theme(signals, 'sleep');
  if (!sleep) return undefined;
  return {
    relevance: 5 + sleep.score,
    item: {
      id: 'sleep_diary',
      kind: 'sleep_diary',
      title: 'Sleep diary',
      instructions:
        'Each morning, write down when you went to bed, roughly how long it took to fall asleep, how often you woke and for how long, when you got up, and how rested you feel (0–10). Keep the same wake-up time every day, including weekends. Bring the diary next session so we can look for patterns together.',
      schedule: { frequency: 'daily', durationMinutes: 5, timeOfDay: 'morning', weeks: 2 },
      rationale: {
        text: `Sleep came up, e.g. ${quoted(sleep.hits.at(-1)?.sentence ?? '', 90)}.`,
        utteranceIds: sleep.hits.slice(-4).map((h) => h.utteranceId),
      },
      reference: reference('perlis2005'),
    },
  };
}

function mindfulness(signals: Signals): Candidate | undefined {
  const anxiety = theme(signals, 'anxiety');
  const rumination = signals.skills.filter((s) => s.def.key === 'act_defusion' || s.def.key === 'grounding_54321');
  if (!anxiety && turnsOf(rumination) < MIN_CUES) return undefined;
  const support = [...(anxiety?.hits.slice(-3) ?? []), ...rumination.slice(-2)];
  const example = support.at(-1);
  return {
    relevance: 6 + (anxiety?.score ?? 0) + rumination.length,
    item: {
      id: 'mindfulness',
      kind: 'mindfulness',
      title: 'Three-minute breathing space',
      instructions: `Once a day, and whenever the worry builds, take three minutes: (1) notice what is here — thoughts, feelings, body sensations — without changing them; (2) bring attention to the breath, in and out; (3) widen attention to the whole body. When a thought like ${quoted(example?.sentence ?? '', 70)} shows up, name it (“I’m having the thought that …”) and come back to the breath.`,
      schedule: { frequency: 'daily', durationMinutes: 3, weeks: 2 },
      rationale: {
        text: `Worry or repetitive thinking came up, e.g. ${quoted(example?.sentence ?? '', 90)}.`,
        utteranceIds: orderedIds(
          support.map((h) => h.utteranceId),
          signals.order,
        ),
      },
      reference: reference('segal2013'),
    },
  };
}

function skillsPractice(signals: Signals): Candidate | undefined {
  // Each skill counts only when its own cue came up in more than one turn.
  const cues = (key: string): number => turnsOf(signals.skills.filter((s) => s.def.key === key));
  const dbt = signals.skills.filter((s) => s.def.modality === 'DBT' && cues(s.def.key) >= MIN_CUES);
  const latest = dbt.at(-1);
  if (!latest) return undefined;
  const names = [...new Set(dbt.map((s) => s.def.title))].slice(0, 2);
  return {
    relevance: 4 + dbt.length,
    item: {
      id: 'skills_practice',
      kind: 'skills_practice',
      title: `Practise: ${listJoin(names)}`,
      instructions: `Practise ${listJoin(names)} once a day when things are calm, so it is ready when they are not, and use it when the situation we discussed comes up. Write down each time you used it: what happened, what you did, and what changed (0–10 before and after).`,
      schedule: { frequency: 'daily', durationMinutes: 10, weeks: 1 },
      rationale: {
        text: `Suggested because the client said ${quoted(latest.sentence, 90)}.`,
        utteranceIds: dbt.slice(-3).map((s) => s.utteranceId),
      },
      reference: reference('linehan2015'),
    },
  };
}

function journaling(signals: Signals): Candidate | undefined {
  const top = signals.themes.find((t) => JOURNALING_PROMPTS[t.def.key] && turnsOf(t.hits) >= MIN_CUES);
  const prompts = top ? JOURNALING_PROMPTS[top.def.key] : undefined;
  if (!top || !prompts) return undefined;
  return {
    relevance: 3 + top.score / 2,
    item: {
      id: `journaling:${top.def.key}`,
      kind: 'journaling',
      title: `Journaling: ${top.def.label.toLowerCase()}`,
      instructions: `Write for 15 minutes about ${top.def.topic}, without worrying about spelling or style. Prompts: ${prompts.map((p) => `“${p}”`).join(' ')}`,
      schedule: { frequency: 'times_per_week', timesPerWeek: 3, durationMinutes: 15, weeks: 2 },
      rationale: {
        text: `${top.def.label} was the leading theme of the session, e.g. ${quoted(top.hits.at(-1)?.sentence ?? '', 90)}.`,
        utteranceIds: top.hits.slice(-4).map((h) => h.utteranceId),
      },
      reference: reference('pennebaker1997'),
    },
  };
}

/** Where a task is agreed: the clinician setting it or scheduling, the client committing, and the client's reply to the clinician. */
function agreementTurns(u: SessionUnderstanding): UnderstoodTurn[][] {
  const setBy = u.clinician('homework_agreed', 'follow_up', 'advice', 'safety_planning');
  const groups = setBy.map((t) => {
    const reply = replyTo(t, u.turns);
    return reply ? [t, reply] : [t];
  });
  return [...groups, ...u.client('commitment').map((t) => [t])];
}

/** Tasks agreed in the session, before anything the assistant would propose. */
function agreedTasks(u: SessionUnderstanding): HomeworkItem[] {
  const out: HomeworkItem[] = [];
  const agreements = agreementTurns(u);
  for (const task of AGREED_TASKS) {
    const where = agreements.filter((g) => g.some((t) => task.pattern.test(t.text)));
    if (where.length === 0) continue;
    const turns = where
      .flat()
      .filter((t, i, all) => all.findIndex((x) => x.id === t.id) === i)
      .slice(0, 4);
    const words = turns.find((t) => task.pattern.test(t.text)) ?? turns[0]!;
    out.push({
      id: `agreed:${task.key}`,
      kind: task.kind,
      title: task.title,
      instructions: task.instructions,
      schedule: task.schedule,
      rationale: {
        text: `Agreed in session: ${quoted(words.text, 110)}.`,
        utteranceIds: turns.map((t) => t.id),
        claim: 'homework',
      },
      agreed: true,
    });
  }
  if (out.length === 0) {
    const set = u
      .clinician('homework_agreed')
      .filter((t) => t.text.trim().split(/\s+/).length >= 4)
      .at(-1);
    // A task put as a question is agreed in the client's answer: the answer is the task. Without
    // the clinician setting one, the client's own clearest commitment is.
    const committed = (t: UnderstoodTurn): boolean =>
      t.speaker !== 'clinician' &&
      t.text.trim().split(/\s+/).length >= 4 &&
      (t.role.probabilities.commitment ?? 0) + (t.role.probabilities.change_talk ?? 0) >= 0.5;
    const answer = set && isQuestion(set) ? u.turns.slice(set.index + 1, set.index + 3).find(committed) : undefined;
    const words =
      answer ??
      (set && !isQuestion(set) ? set : undefined) ??
      u
        .client('commitment')
        .filter((t) => committed(t) && t.role.score >= 0.6)
        .at(-1);
    if (words) {
      const ids = set && answer ? [set.id, answer.id] : [words.id];
      out.push({
        id: `agreed:${words.id}`,
        kind: 'change_plan',
        title: 'Task agreed in session',
        instructions: `As agreed in session: ${quoted(words.text, 200)}.`,
        schedule: { frequency: 'as_needed' },
        rationale: { text: `Agreed in session: ${quoted(words.text, 110)}.`, utteranceIds: ids, claim: 'homework' },
        agreed: true,
      });
    }
  }
  return out;
}

/**
 * Homework: what was agreed in the session first, then items drawn from what came up (proposed,
 * for the clinician to agree with the client), most relevant first; each item says which words
 * it rests on.
 */
export function generateHomework(
  snapshot: SessionSnapshot,
  understanding: SessionUnderstanding = understandSession(snapshot),
): Homework {
  const signals = readSignals(snapshot);
  const agreed = agreedTasks(understanding);
  const taken = new Set(agreed.map((h) => h.kind));
  const proposed = [
    safetyPlan(snapshot, signals.order),
    thoughtRecord(signals),
    activationPlan(signals),
    sleepDiary(signals),
    mindfulness(signals),
    skillsPractice(signals),
    journaling(signals),
  ]
    .filter(
      (c): c is Candidate =>
        c !== undefined &&
        c.item.rationale.utteranceIds.length > 0 &&
        !(c.item.kind !== 'safety_plan' && taken.has(c.item.kind)),
    )
    .sort((a, b) => b.relevance - a.relevance)
    .map((c) => c.item);
  const safety = proposed.filter((h) => h.kind === 'safety_plan');
  return { items: [...safety, ...agreed, ...proposed.filter((h) => h.kind !== 'safety_plan')].slice(0, MAX_ITEMS) };
}
