/**
 * Builds `long-60min.jsonl`: a 60-minute session (about 600 utterances, one every six seconds)
 * assembled from the phases a real session moves through; each phase's script cycles (a long
 * session comes back to the same ground). Deterministic: the file only changes with this script.
 *
 *   node tests/data/sessions/generateLongSession.ts
 */
import { writeFileSync } from 'node:fs';

type Turn = ['clinician' | 'client', string];

const TARGET = 600;

const phases: { name: string; share: number; turns: Turn[] }[] = [
  {
    name: 'check-in',
    share: 0.08,
    turns: [
      ['clinician', 'How has the week been since we last met, Lena?'],
      ['client', 'Up and down. Work was a lot again and Daniel has been away, so it is just me and Sofia at home.'],
      ['clinician', 'What stood out the most?'],
      ['client', 'Probably Wednesday. I had a call with my manager and I felt sick for the rest of the day.'],
      ['clinician', 'It sounds like that call stayed with you.'],
      ['client', 'It did. I kept replaying it on the drive home on Route 9.'],
    ],
  },
  {
    name: 'work',
    share: 0.22,
    turns: [
      ['client', 'My manager sends messages at ten at night and I feel like I have to answer straight away.'],
      ['clinician', 'What do you imagine would happen if you answered in the morning?'],
      ['client', 'She would think I am lazy. Everyone at work thinks I am not pulling my weight.'],
      ['clinician', 'What tells you that is what they think?'],
      ['client', 'Nobody said it. It is more a feeling. I feel useless, so I must be useless.'],
      ['clinician', 'Feelings can be very convincing. Is there any evidence on the other side?'],
      ['client', 'I did get the quarterly report done early. But that does not count, it was just luck.'],
      ['clinician', 'If a colleague finished early, would you call it luck?'],
      ['client', 'No, I would say she worked hard. I should be able to do all of this without struggling.'],
      ['clinician', 'Where does that rule come from?'],
      [
        'client',
        'My dad always said you finish what you start, no excuses. The deadline on the 14th is going to be a disaster.',
      ],
      ['clinician', 'What is the most likely outcome, realistically?'],
      ['client', 'Probably that I finish it a day late and my manager is annoyed, but it is fine.'],
    ],
  },
  {
    name: 'sleep',
    share: 0.15,
    turns: [
      ['client', 'I have not been sleeping well. I wake up at 3am and cannot get back to sleep.'],
      ['clinician', 'What goes through your mind when you wake up?'],
      ['client', 'Lists. Everything I got wrong that day. My mind keeps going round and round.'],
      ['clinician', 'How long do you usually lie awake?'],
      ['client', 'An hour, sometimes two. Then I am exhausted at work and it starts again.'],
      ['clinician', 'Many people find that worry and poor sleep feed each other. It is very common.'],
      ['client', 'That makes sense. I used to love reading before bed but I stopped.'],
      ['clinician', 'What would it take to try reading again a few nights this week?'],
    ],
  },
  {
    name: 'family',
    share: 0.17,
    turns: [
      ['client', 'Sofia has been asking why her dad is away so much. I do not know what to tell her.'],
      ['clinician', 'What have you told her so far?'],
      ['client', 'That he is working. But I think she knows something is off. It is all my fault, really.'],
      ['clinician', 'Let us look at that. Who else contributed to the situation at home?'],
      ['client', 'Daniel took the job in Chicago without asking me. I guess that is not on me.'],
      ['clinician', 'It sounds like you carry a lot of it even when it is shared.'],
      ['client', 'I always do that. My sister Carmen says the same thing.'],
      ['clinician', 'Carmen sounds like someone who sees you clearly.'],
      ['client', 'She does. I want to spend more time with her and the kids on weekends.'],
    ],
  },
  {
    name: 'skills',
    share: 0.18,
    turns: [
      ['clinician', 'Let us try something. Take a slow breath in, and a longer breath out.'],
      ['client', 'Okay. My shoulders are really tight.'],
      ['clinician', 'Notice your feet on the floor, and name five things you can see.'],
      ['client', 'The lamp, the bookshelf, the rug, your mug, the rain on the window.'],
      ['clinician', 'What do you notice now?'],
      ['client', 'A bit calmer. My heart is not racing like it was.'],
      [
        'clinician',
        'When the 3am thoughts come, you might try saying: I am having the thought that I got everything wrong.',
      ],
      ['client', 'That sounds strange but I can see how it puts some distance there.'],
    ],
  },
  {
    name: 'safety',
    share: 0.06,
    turns: [
      ['clinician', 'I ask everyone this. Have you had any thoughts of suicide or of ending your life?'],
      ['client', 'No. I get overwhelmed but I have never thought about that.'],
      ['clinician', 'And any thoughts of hurting yourself in other ways?'],
      ['client', 'No, not at all.'],
    ],
  },
  {
    name: 'plan',
    share: 0.14,
    turns: [
      ['clinician', 'Between now and next week, could you keep a short thought log when the worry spikes?'],
      ['client', 'Yes, I can do that on my phone.'],
      ['clinician', 'And could you plan one evening with Carmen and the kids?'],
      ['client', 'Saturday might work. Part of me wants to just stay home, but I know it helps.'],
      ['clinician', 'That makes sense. We will look at the log together next session.'],
      ['client', 'Okay. I want to be able to sleep through the night again.'],
    ],
  },
];

const turns: Turn[] = [];
for (const phase of phases) {
  const wanted = Math.round(TARGET * phase.share);
  for (let i = 0; turns.length < TARGET && i < wanted; i += 1) {
    const turn = phase.turns[i % phase.turns.length];
    if (turn) turns.push(turn);
  }
}

const out = new URL('./long-60min.jsonl', import.meta.url);
writeFileSync(
  out,
  turns.map(([speaker, text], i) => JSON.stringify({ id: `u${i + 1}`, speaker, text })).join('\n') + '\n',
);
console.log(`wrote ${turns.length} utterances to ${out.pathname}`);
