import type { RiskAssessment, Speaker } from '../../contracts/analysis.ts';
import { createConversationState } from '../safety/conversation.ts';
import { CATEGORY_ORDER, readUtterance, type QuestionTopic } from '../safety/detect.ts';
import { compareLevels, maxLevel } from '../safety/levels.ts';
import { speaksForClient, type RiskWindow } from './window.ts';

/** One turn of a session; `other` is a third person in the room, read as context like the clinician. */
export interface Turn {
  id: string;
  speaker: Speaker | 'other';
  text: string;
}

/** A client turn's window as it stands: `final` once its next client turn was read, or can no longer come. */
export interface WindowUpdate {
  id: string;
  window: RiskWindow;
  /** The window with the next client turn (or the turns that passed without one) read. */
  final: boolean;
}

/** A clinician turn stays the context of the client's answer for this many turns. */
const PREVIOUS_TURNS = 3;
/** A client turn waits this many turns for the client's next turn; after that its window closes. */
const NEXT_TURNS = 3;

export interface WindowBuilder {
  /**
   * Reads the next turn in order. Returns the windows that changed: the turn's own (when the
   * client's, provisional) and the previous client turn's, now final.
   */
  add(turn: Turn): WindowUpdate[];
  /** Closes the session: the last client turn's window is final as it stands. */
  close(): WindowUpdate[];
}

const NONE: RiskAssessment = { level: 'none', categories: [], evidence: [] };

/**
 * Follows a session turn by turn and builds each client turn's window: the rules' reading of the
 * turn in its conversation (screening questions and their answers, open topics), the clinician's
 * turn before it, the client's turn before that, and the client's next turn once it comes.
 */
export function createWindowBuilder(): WindowBuilder {
  const conversation = createConversationState();
  let index = 0;
  let previous: { at: number; text: string; asked: QuestionTopic | null; reflected: RiskAssessment } | null = null;
  let earlier: { at: number; text: string; rules: RiskAssessment } | null = null;
  let pending: { id: string; at: number; window: RiskWindow; between: string[] } | null = null;

  function closePending(): WindowUpdate[] {
    if (!pending) return [];
    const done = { id: pending.id, window: pending.window, final: true };
    pending = null;
    return [done];
  }

  return {
    add(turn) {
      index++;
      const updates: WindowUpdate[] = [];
      const client = speaksForClient(turn.speaker);
      const u = { id: turn.id, speaker: client ? (turn.speaker as Speaker) : ('clinician' as const), text: turn.text };
      const context = conversation.contextFor(u);
      const reading = readUtterance(u, context);
      const answer = conversation.answerRisk(u);
      const merged = answer ? merge(reading.risk, answer) : reading.risk;
      conversation.observe(u, merged, reading.asked, reading.namesEverydayPlan);

      if (!client) {
        previous = { at: index, text: turn.text, asked: reading.asked, reflected: reading.risk };
        if (pending) {
          pending.between.push(turn.text);
          if (index - pending.at >= NEXT_TURNS) updates.push(...closePending());
        }
        return updates;
      }
      if (pending) {
        pending.window = {
          ...pending.window,
          next: { text: turn.text, between: pending.between.join(' '), rules: reading.risk },
        };
        updates.push(...closePending());
      }
      const window: RiskWindow = {
        text: turn.text,
        rules: reading.risk,
        answer,
        previous:
          previous && index - previous.at <= PREVIOUS_TURNS
            ? { text: previous.text, asked: previous.asked, reflected: previous.reflected }
            : undefined,
        earlier: earlier && index - earlier.at <= PREVIOUS_TURNS + 1 ? earlier.text : undefined,
        earlierRules: earlier && index - earlier.at <= PREVIOUS_TURNS + 1 ? earlier.rules : undefined,
        topics: context.topics ?? [],
      };
      earlier = { at: index, text: turn.text, rules: merged };
      pending = { id: turn.id, at: index, window, between: [] };
      // The same object as the pending window, so what the reader adds to it (the conversation's
      // state) is in the final window too; the final window is a copy with the next turn.
      updates.push({ id: turn.id, window, final: false });
      return updates;
    },
    close: closePending,
  };
}

export function merge(a: RiskAssessment, b: RiskAssessment): RiskAssessment {
  if (b.level === 'none') return a;
  const categories = CATEGORY_ORDER.filter((c) => a.categories.includes(c) || b.categories.includes(c));
  const evidence = [...a.evidence, ...b.evidence].sort((x, y) => x.start - y.start || compareLevels(y.level, x.level));
  return { level: maxLevel(a.level, b.level), categories, evidence };
}

export { NONE as NO_RISK };
