import type { SupportedStatement } from '../../contracts/assist.ts';
import type { SessionSnapshot } from '../types.ts';
import type { Signals } from './signals.ts';
import { isClientSide, quoted } from './text.ts';

/** A clinician's question about how the client has been, and how a note words what was asked. */
const CHECK_INS: readonly { pattern: RegExp; asked: string }[] = [
  {
    pattern:
      /\b(how (has|have|was|were|did)\b[^?]{0,30}\b(week|weekend)|since (we )?(last (met|spoke|saw each other|session|time))|since our last (session|meeting|appointment))\b/i,
    asked: 'how the week had been',
  },
  { pattern: /\bhow are you (coping|holding up|managing)\b/i, asked: 'how they were coping' },
  { pattern: /\bhow (are|have) things (been )?at home\b/i, asked: 'how things were at home' },
  {
    pattern: /\b(how are you (doing|feeling)|how have you been( feeling)?|how (are|have) things (been|going))\b/i,
    asked: 'how they had been',
  },
  {
    pattern:
      /\b(what would you like to (focus on|talk about|start with|work on)|what brings you (in|here)|where would you like to (start|begin))\b/i,
    asked: 'what they wanted to focus on',
  },
];
const MAX_CHECK_INS = 2;

/** Replies that carry no account ("Yes.", "Okay.") are not an answer to report. */
const EMPTY_REPLY = /^(yes|yeah|yep|no|nope|okay|ok|sure|mm+|hmm+|right|fine|i guess|i don'?t know)[.!?]*$/i;

/** The client's answers to the clinician's opening questions ("How has the week been?"). */
export function checkInStatements(snapshot: SessionSnapshot, signals: Signals): SupportedStatement[] {
  const { utterances } = snapshot;
  const out: SupportedStatement[] = [];
  utterances.forEach((question, questionIndex) => {
    if (question.speaker !== 'clinician' || out.length >= MAX_CHECK_INS) return;
    const kind = CHECK_INS.find((c) => c.pattern.test(question.text));
    if (!kind) return;
    const reply = utterances.slice(questionIndex + 1, questionIndex + 3).find(isClientSide);
    if (!reply) return;
    // The reply's first sentence free of risk evidence: the rest is reported with its own domain.
    const first = signals.clientSentences.find((s) => s.utteranceId === reply.id && s.position === 0)?.sentence;
    if (!first || EMPTY_REPLY.test(first.trim())) return;
    const short = first.split(/\s+/).length <= 6;
    // The same answer to the same question again adds nothing.
    if (out.some((o) => o.text.includes(quoted(first, 80)) || o.text.includes(quoted(first, 120)))) return;
    out.push({
      text:
        short && kind.asked === 'how the week had been'
          ? `Asked ${kind.asked}, client described it as ${quoted(first, 80)}.`
          : `Asked ${kind.asked}, client said ${quoted(first, 120)}.`,
      utteranceIds: [question.id, reply.id],
    });
  });
  return out;
}
