import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../server/contracts/analysis.ts';
import { type NoteDraft, NoteFormat } from '../../server/contracts/assist.ts';
import { checkNoteCitations, checkStatement } from '../../server/providers/citationCheck.ts';
import { createAssistant } from '../../server/providers/index.ts';
import { readsAsProposal } from '../../server/providers/agreement.ts';
import { composeNote } from '../../server/providers/embedded/note.ts';
import { understandingOf, understandSession, type UnderstoodTurn } from '../../server/providers/understanding.ts';
import { snapshotOf } from './support.ts';

const assistant = createAssistant({});

const turns = (lines: [Utterance['speaker'], string][]): Utterance[] =>
  lines.map(([speaker, text], i) => ({ id: `s${i + 1}`, speaker, text }));

/** A brief intervention about smoking: concern, goal, a ruler, information, a quit date agreed, the next appointment. */
const SMOKING = turns([
  ['clinician', 'so what brings you in today'],
  ['client', "it's the smoking, I'm on thirty a day and I'm getting sick of it"],
  ['clinician', "you're sick of it"],
  ['client', "aye I've cut down a wee bit but the wife wants me to stop altogether"],
  ['clinician', 'what would you like to be different by the summer'],
  ['client', 'I want to be off them completely by the summer'],
  ['clinician', 'on a scale of zero to ten how important is it for you to stop'],
  ['client', "about an eight I'd say"],
  [
    'clinician',
    'nicotine withdrawal usually peaks in the first few days and the patches take the edge off the cravings',
  ],
  ['client', 'right'],
  ['clinician', 'so shall we set a quit date and start the patches that morning'],
  ['client', "okay I'll stop on Monday and I'll pick up the patches on Saturday"],
  ['clinician', "great I'll see you next Tuesday at ten to see how it went"],
  ['client', 'thank you'],
]);

const text = (note: NoteDraft): string => JSON.stringify([note.sections, note.riskAssessment.statements]);
const section = (note: NoteDraft, key: string) => note.sections.find((s) => s.key === key);

describe('a note composed from what happened in the session', () => {
  it.each(NoteFormat.options)(
    '%s carries the goal, what the clinician did, the agreed plan and the follow-up',
    async (format) => {
      const note = (await assistant.draftNote(snapshotOf(SMOKING), format)).result;
      const claims = note.sections.flatMap((s) => s.statements.map((x) => x.claim));
      expect(claims).toContain('goal');
      expect(claims).toContain('intervention');
      expect(claims).toContain('plan');
      expect(claims).toContain('follow_up');
      expect(text(note)).toContain('I want to be off them completely by the summer');
      expect(text(note)).toContain("I'll see you next Tuesday");
    },
  );

  it('lists what the clinician did in the BIRP Intervention section, in the clinician’s words', async () => {
    const note = (await assistant.draftNote(snapshotOf(SMOKING), 'BIRP')).result;
    const intervention = section(note, 'intervention');
    expect(intervention?.statements.map((s) => s.text).join(' ')).toMatch(
      /scaling or readiness ruler: “on a scale of zero to ten/,
    );
    expect(intervention?.statements.map((s) => s.text).join(' ')).toMatch(
      /psychoeducation, e\.g\. “nicotine withdrawal/,
    );
  });

  it('writes a goal the client only implies (“I need to…”) as the client’s goal, in their words', async () => {
    const implied = snapshotOf(
      turns([
        ['clinician', 'how have things been with the drinking since we last met'],
        ['client', "honestly it's every night now, four or five cans after work and I'm wrecked the next day"],
        ['clinician', 'so where does that leave you'],
        ['client', "I need to get it down to weekends, I can't keep going like this"],
        ['clinician', 'that sounds really important to you'],
        ['client', "it is, my daughter's noticed and I hate that"],
        ['clinician', "okay so I'll see you in two weeks and we'll look at how the weekends went"],
        ['client', 'sounds good'],
      ]),
    );
    for (const format of NoteFormat.options) {
      const note = (await assistant.draftNote(implied, format)).result;
      const goal = note.sections.flatMap((s) => s.statements).find((s) => s.claim === 'goal');
      // Read as a goal by the turn-role model or implied by the client's words: the same words either way.
      expect(goal?.text, format).toMatch(
        /^Client’s goal, (?:as they put it|in their words): “I need to get it down to weekends, I can't keep going like this”\.$/,
      );
      expect(goal?.utteranceIds).toEqual(['s4']);
    }
    const girp = (await assistant.draftNote(implied, 'GIRP')).result;
    expect(section(girp, 'goals')?.statements[0]?.claim).toBe('goal');
  });

  it('does not take agreement to a task (“yes I can do that”) for the client’s goal', async () => {
    const agreed = snapshotOf(
      turns([
        ['clinician', 'how have evenings been this week'],
        ['client', 'I sit on the sofa after dinner and then I cannot sleep until two'],
        ['clinician', 'shall we try a short walk after dinner and keep a sleep diary'],
        ['client', 'yes I can do that'],
      ]),
    );
    for (const format of NoteFormat.options) {
      const note = (await assistant.draftNote(agreed, format)).result;
      const goal = note.sections.flatMap((s) => s.statements).find((s) => s.claim === 'goal');
      expect(goal?.text ?? '', format).not.toMatch(/yes I can do that/);
    }
  });

  it('quotes no words of risk outside the risk section when no risk was confirmed', async () => {
    const snapshot = snapshotOf(
      turns([
        ['clinician', 'what has been on your mind this week'],
        ['client', "my ex keeps texting me paragraphs about how I'm emotionally abusive, it's exhausting"],
        ['clinician', 'that sounds exhausting'],
        ['client', "and my brother overdosed last year so the family's all on edge about me drinking"],
        ['clinician', 'what would you like to be different'],
        ['client', 'I want to stop drinking on weeknights and get my sleep back'],
      ]),
    );
    for (const format of NoteFormat.options) {
      const note = (await assistant.draftNote(snapshot, format)).result;
      expect(JSON.stringify(note.sections), format).not.toMatch(/abusive|overdosed/);
    }
  });

  it('gives SOAP an Assessment and no emotional-tone line in Objective', async () => {
    const note = (await assistant.draftNote(snapshotOf(SMOKING), 'SOAP')).result;
    expect(section(note, 'assessment')?.statements.length).toBeGreaterThan(0);
    expect(JSON.stringify(section(note, 'objective'))).not.toMatch(/tone|joy|sadness|automated text estimate/i);
  });

  it('files neither “cut down” nor “thirty a day, I’m getting sick of it” under risk or illness', async () => {
    const note = (await assistant.draftNote(snapshotOf(SMOKING), 'SOAP')).result;
    expect(text(note)).not.toMatch(/self-harm|suicid|illness|physical/i);
    expect(note.riskAssessment.statements).toEqual([]);
  });

  it('proposes the agreed quit plan as homework before anything generic, marked as agreed', async () => {
    const items = (await assistant.generateHomework(snapshotOf(SMOKING))).result.items;
    expect(items[0]).toMatchObject({ title: 'Quit date and nicotine replacement', agreed: true });
    expect(items[0]?.rationale.utteranceIds).toContain('s11');
    for (const other of items.slice(1)) expect(other.agreed).toBeUndefined();
    expect(items.map((h) => h.kind)).not.toContain('safety_plan');
  });

  it('proposes no activity and mood plan when “down” is only a place or an amount', async () => {
    const snapshot = snapshotOf(
      turns([
        ['clinician', 'how has the week gone with the cigarettes'],
        ['client', "not bad, I've cut down a bit, I'm on ten a day now"],
        ['clinician', 'what gets in the way'],
        ['client', "Friday there's a do down the pub and everyone will be smoking"],
        ['clinician', 'so what will you do on Friday'],
        ['client', "I'll go down later and leave early, and I'll take the gum"],
      ]),
    );
    const items = (await assistant.generateHomework(snapshot)).result.items;
    expect(items.map((h) => h.title)).not.toContain('Activity and mood plan');
  });

  it('takes the task agreed in answer to a question from the client’s answer', async () => {
    const snapshot = snapshotOf(
      turns([
        ['clinician', 'what has been hardest this week'],
        ['client', 'the evenings, I just sit there and scroll until two in the morning'],
        ['clinician', 'so for this week, what would you be willing to try'],
        ['client', "I'll put the phone in the kitchen at eleven and read instead"],
      ]),
    );
    const items = (await assistant.generateHomework(snapshot)).result.items;
    const agreed = items.find((h) => h.agreed);
    expect(agreed?.instructions).toMatch(/phone in the kitchen at eleven/);
    expect(agreed?.instructions).not.toMatch(/what would you be willing/);
  });

  it('offers no DBT skill for “an urge to go to the toilet” and no TIPP for “asthma out of control”', async () => {
    const snapshot = snapshotOf(
      turns([
        ['clinician', 'how has the week been'],
        ['client', "my asthma's been out of control since the cold snap"],
        ['clinician', 'and the new tablets'],
        ['client', 'they give me an urge to go to the toilet all the time'],
      ]),
    );
    const suggestions = (await assistant.suggestInterventions(snapshot)).result.interventions;
    expect(suggestions.filter((s) => s.modality === 'DBT')).toEqual([]);
    const homework = (await assistant.generateHomework(snapshot)).result.items;
    expect(homework.map((h) => h.kind)).not.toContain('skills_practice');
  });

  it('quotes the client’s words only as the client’s, never the clinician’s', async () => {
    const note = (await assistant.draftNote(snapshotOf(SMOKING), 'DAP')).result;
    const u = understandSession(snapshotOf(SMOKING));
    for (const s of note.sections.flatMap((x) => x.statements)) {
      if (['problem', 'symptom', 'stressor', 'goal', 'strength', 'readiness'].includes(s.claim ?? '')) {
        expect(
          s.utteranceIds.every((id) => u.byId.get(id)?.speaker === 'client'),
          s.text,
        ).toBe(true);
      }
    }
  });
});

describe('the citation check', () => {
  const snapshot = snapshotOf(SMOKING);
  const u = understandSession(snapshot);

  it('drops a statement that puts the clinician’s words in the client’s mouth', () => {
    expect(
      checkStatement(
        { text: 'Client reports “nicotine withdrawal usually peaks”.', utteranceIds: ['s9'], claim: 'symptom' },
        u,
      ),
    ).toMatchObject({ ok: false });
  });

  it('drops a quotation the cited turn does not contain', () => {
    expect(
      checkStatement({ text: 'Client’s goal: “to cut down on drinking”.', utteranceIds: ['s6'], claim: 'goal' }, u),
    ).toMatchObject({ ok: false });
  });

  it('drops a risk finding that cites no confirmed risk', () => {
    expect(
      checkStatement({ text: 'Self-harm: “I’ve cut down a wee bit”.', utteranceIds: ['s4'], claim: 'risk' }, u),
    ).toMatchObject({ ok: false });
  });

  it('drops a screening exchange made of “Thank you” and “Right”', () => {
    const polite = snapshotOf(
      turns([
        ['clinician', 'have you had any thoughts of ending your life'],
        ['client', 'Thank you.'],
        ['clinician', 'and any thoughts of hurting yourself'],
        ['client', 'Right.'],
      ]),
    );
    const v = understandSession(polite);
    expect(
      checkStatement(
        {
          text: 'Suicidal ideation: asked; client responded “Thank you”.',
          utteranceIds: ['s1', 's2'],
          claim: 'screening',
        },
        v,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkStatement(
        { text: 'Self-harm: asked; client responded “Right”.', utteranceIds: ['s3', 's4'], claim: 'screening' },
        v,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkStatement(
        {
          text: 'Suicidal ideation: client denied when asked (“no never”).',
          utteranceIds: ['s1', 's2'],
          claim: 'screening',
        },
        understandSession(
          snapshotOf(
            turns([
              ['clinician', 'have you had any thoughts of ending your life'],
              ['client', 'no never'],
            ]),
          ),
        ),
      ),
    ).toMatchObject({ ok: true });
  });

  it('drops a screening “answer” to a reflection: a reflection asks nothing', () => {
    const v = understandSession(
      snapshotOf(
        turns([
          ['client', "some nights I wish I just wouldn't wake up, but I'd never do anything, my kids"],
          ['clinician', "the wish is there sometimes at night, but you wouldn't act on it, because of your kids"],
          ['client', 'right. exactly'],
        ]),
      ),
    );
    expect(
      checkStatement(
        {
          text: 'Suicidal intent: asked; client responded “right. exactly”.',
          utteranceIds: ['s2', 's3'],
          claim: 'screening',
        },
        v,
      ),
    ).toMatchObject({ ok: false, reason: 'cites no safety question' });
  });

  it('drops a task the clinician only asked about, and keeps it with the client’s answer', () => {
    const v = understandSession(
      snapshotOf(
        turns([
          ['clinician', 'so for this week, what would you be willing to try'],
          ['client', "I'll write down every time I reach for a cigarette and what set it off"],
        ]),
      ),
    );
    const asked = {
      text: 'Task agreed: “so for this week, what would you be willing to try”.',
      claim: 'homework' as const,
    };
    expect(checkStatement({ ...asked, utteranceIds: ['s1'] }, v)).toMatchObject({ ok: false });
    expect(
      checkStatement(
        {
          text: "Task for before the next session: asked “so for this week, what would you be willing to try”, client answered “I'll write down every time I reach for a cigarette”.",
          utteranceIds: ['s1', 's2'],
          claim: 'homework',
        },
        v,
      ),
    ).toMatchObject({ ok: true });
  });

  it('drops a remote model’s statement of risk outside the risk section when no turn carries a confirmed finding', () => {
    expect(
      checkStatement(
        {
          text: 'Client reports thoughts of suicide when smoking heavily.',
          utteranceIds: ['s2'],
          claim: 'client_report',
        },
        u,
      ),
    ).toMatchObject({ ok: false, reason: 'speaks of risk but cites no turn with a confirmed finding' });
  });

  it('keeps what the session supports and drops the rest from a whole note, a remote model’s included', () => {
    const note: NoteDraft = {
      format: 'SOAP',
      sections: [
        {
          key: 'subjective',
          title: 'Subjective',
          statements: [
            {
              text: 'Client’s goal: “I want to be off them completely by the summer”.',
              utteranceIds: ['s6'],
              claim: 'goal',
            },
            { text: 'Client reports financial worries (“talking to Bill”).', utteranceIds: ['s6'], claim: 'stressor' },
          ],
        },
      ],
      riskAssessment: {
        level: 'none',
        categories: [],
        flags: [],
        screened: false,
        protocols: [],
        statements: [],
        notAssessed: true,
        notAssessedItems: [],
      },
      aiDisclosure: 'AI-assisted draft.',
    };
    const checked = checkNoteCitations(note, u);
    expect(checked.note.sections[0]?.statements.map((s) => s.claim)).toEqual(['goal']);
    expect(checked.dropped).toHaveLength(1);
  });
});

describe('what was agreed across turns', () => {
  /** The clinician proposes a drink diary, the client says "deal"; the next session is booked as a question. */
  const DIARY = turns([
    ['clinician', 'how has the week been'],
    ['client', "not great, I've been drinking most nights, five or six cans, and I feel rough every morning"],
    ['clinician', 'what would you like to be different'],
    ['client', 'I want to cut back to weekends only'],
    [
      'clinician',
      'how about this: keep a drink diary every evening this week, just the number of cans and how you felt, and bring it next time',
    ],
    ['client', 'deal'],
    ['clinician', 'great work today. same time next week?'],
    ['client', 'yes, same time works'],
  ]);
  const statements = (note: NoteDraft) => note.sections.flatMap((s) => s.statements);

  it.each(NoteFormat.options)(
    '%s records a plan the clinician proposed and the client agreed to, citing both turns',
    async (format) => {
      const note = (await assistant.draftNote(snapshotOf(DIARY), format)).result;
      const plan = statements(note).find((s) => s.claim === 'plan' || s.claim === 'homework');
      expect(plan?.text).toMatch(/keep a drink diary every evening/);
      expect(plan?.text).toMatch(/“deal”/);
      expect(plan?.utteranceIds).toEqual(['s5', 's6']);
    },
  );

  it('records a commitment read less surely only when it says a step ahead in so many words', () => {
    const lines = (reply: string) =>
      snapshotOf([
        { id: 's1', speaker: 'clinician', text: 'y con lo de su mamá, el folleto de la demencia que le di' },
        { id: 's2', speaker: 'client', text: reply },
        { id: 's3', speaker: 'clinician', text: 'muy bien' },
      ]);
    const planOf = (reply: string) => {
      const snapshot = lines(reply);
      // The turn-role model's reading made less sure than the note's usual bar.
      const u = understandingOf(
        understandSession(snapshot).turns.map((t) =>
          t.id === 's2'
            ? {
                ...t,
                role: {
                  ...t.role,
                  role: 'commitment',
                  score: 0.5,
                  probabilities: { commitment: 0.5, change_talk: 0.3 },
                },
              }
            : t,
        ),
      );
      return statements(composeNote(snapshot, 'SOAP', { understanding: u })).find((s) => s.claim === 'plan');
    };
    expect(planOf('ya lo voy a leer con mi esposa el folleto')?.text).toContain('voy a leer con mi esposa');
    expect(planOf('leer el folleto con mi esposa puede ser bueno')).toBeUndefined();
  });

  it('books the next contact said as a call to ring, quoting only the booking out of a summary', async () => {
    const call = DIARY.slice(0, 6).concat([
      {
        id: 's7',
        speaker: 'clinician',
        text: "so to sum up, the drinking most nights, the diary every evening, the cans counted, and I'll ring you back this afternoon",
      },
    ]);
    const note = (await assistant.draftNote(snapshotOf(call), 'SOAP')).result;
    const followUp = statements(note).find((s) => s.claim === 'follow_up');
    expect(followUp?.text).toBe("Follow-up: “and I'll ring you back this afternoon”.");
  });

  it('books a follow-up asked as a question when the client agrees with “aye” or “ta bueno”', async () => {
    for (const yes of ['aye same time works', 'ta bueno, a la misma hora']) {
      const reply = DIARY.map((t) => (t.id === 's8' ? { ...t, text: yes } : t));
      const note = (await assistant.draftNote(snapshotOf(reply), 'SOAP')).result;
      const followUp = statements(note).find((s) => s.claim === 'follow_up');
      expect(followUp?.utteranceIds, yes).toEqual(['s7', 's8']);
    }
  });

  it('reads a summary as a proposal only when it names a step ahead, not a recap of what the client said', () => {
    const summary = (text: string): UnderstoodTurn => ({
      id: 's1',
      index: 0,
      speaker: 'clinician',
      text,
      role: { side: 'clinician', role: 'summary', score: 0.9, probabilities: { summary: 0.9 } },
      risk: false,
      riskRead: false,
      clientsOwn: false,
    });
    expect(
      readsAsProposal(summary('so to sum up, the arguments are about money to family and underneath you feel stuck')),
    ).toBe(false);
    expect(readsAsProposal(summary('so patch and gum from the doctor, quit date March first'))).toBe(true);
    expect(readsAsProposal(summary('entonces la próxima semana trae la libreta'))).toBe(true);
  });

  it('quotes a plan summed up after a recap from the step agreed, not from the recap', async () => {
    const summed = DIARY.map((t) =>
      t.id === 's5'
        ? {
            ...t,
            text: 'so to sum up, the drinking most nights, feeling rough every morning, wanting weekends only. so this week, a drink diary every evening, and bring it next time',
          }
        : t,
    );
    const note = (await assistant.draftNote(snapshotOf(summed), 'SOAP')).result;
    const plan = statements(note).find((s) => s.claim === 'plan' && s.utteranceIds.includes('s5'));
    expect(plan?.text).toMatch(/clinician proposed “so this week, a drink diary every evening/);
    expect(plan?.text).not.toMatch(/to sum up/);
  });

  it('books a follow-up asked as “same time next week?” with the client’s yes', async () => {
    const note = (await assistant.draftNote(snapshotOf(DIARY), 'SOAP')).result;
    const followUp = statements(note).find((s) => s.claim === 'follow_up');
    expect(followUp).toEqual({
      text: 'Follow-up: clinician asked “same time next week?”; client agreed, “yes, same time works”.',
      utteranceIds: ['s7', 's8'],
      claim: 'follow_up',
    });
  });

  it('takes the follow-up out of a plan summary without the summary’s words of risk', async () => {
    const note = (
      await assistant.draftNote(
        snapshotOf(
          turns([
            ['clinician', 'so what brings you in'],
            ['client', "I haven't been sleeping since the layoff and I keep snapping at my kids"],
            ['clinician', 'that sounds exhausting'],
            ['client', 'I want to get back to sleeping through the night'],
            [
              'clinician',
              "so the plan: your brother keeps the gun at his place for now, and I'll see you on Thursday at two",
            ],
            ['client', 'okay, that works'],
          ]),
        ),
        'DAP',
      )
    ).result;
    const followUp = statements(note).find((s) => s.claim === 'follow_up');
    expect(followUp?.text).toBe("Follow-up: “and I'll see you on Thursday at two”.");
    expect(
      section(note, 'plan')
        ?.statements.map((s) => s.text)
        .join(' '),
    ).not.toMatch(/\bgun\b/);
  });

  it('records a task and the next appointment agreed in Spanish, and the goal said outright', async () => {
    const note = (
      await assistant.draftNote(
        snapshotOf(
          turns([
            ['clinician', '¿cómo ha estado esta semana?'],
            ['client', 'pues cansada, no duermo bien desde que se fue mi esposo'],
            ['clinician', '¿y qué le gustaría que cambiara?'],
            ['client', 'quiero dormir toda la noche y tener fuerzas para mis hijos'],
            [
              'clinician',
              'entonces esta semana apague el teléfono a las diez y escriba lo que le preocupa antes de acostarse',
            ],
            ['client', 'sí lo voy a hacer'],
            ['clinician', 'muy bien. la veo el próximo jueves a la misma hora'],
            ['client', 'gracias'],
          ]),
        ),
        'GIRP',
      )
    ).result;
    const by = (claim: string) => statements(note).find((s) => s.claim === claim);
    expect(by('goal')?.text).toMatch(/“quiero dormir toda la noche y tener fuerzas para mis hijos”/);
    expect(by('plan')?.utteranceIds).toEqual(['s5', 's6']);
    // The task and the client's yes are one agreement, written once.
    expect(statements(note).filter((s) => s.utteranceIds.includes('s6'))).toHaveLength(1);
    expect(by('follow_up')?.text).toBe('Follow-up: “la veo el próximo jueves a la misma hora”.');
  });

  it('takes neither a want the client denies for a goal nor a reflection of the client’s words for a follow-up', async () => {
    const note = (
      await assistant.draftNote(
        snapshotOf(
          turns([
            ['clinician', 'what has been on your mind this week'],
            ['client', "my mum. the last thing I said to her was I'll call you back tomorrow, and I never did"],
            ['clinician', "I'll call you back tomorrow. and then there wasn't a tomorrow"],
            ['client', "I don't want to cry in front of my sisters at the service"],
          ]),
        ),
        'SOAP',
      )
    ).result;
    const claims = statements(note).map((s) => s.claim);
    expect(claims).not.toContain('follow_up');
    expect(claims).not.toContain('goal');
  });
});

describe('goals stated in Spanish', () => {
  const statements = (note: NoteDraft) => note.sections.flatMap((s) => s.statements);
  const goalOf = async (lines: [Utterance['speaker'], string][], format: NoteFormat = 'SOAP') =>
    statements((await assistant.draftNote(snapshotOf(turns(lines)), format)).result).find((s) => s.claim === 'goal');

  it('takes the client’s answer to “¿qué te gustaría hacer?” for their goal, though it has no word of wanting', async () => {
    const goal = await goalOf(
      [
        ['clinician', 'cuénteme de los fines de semana'],
        ['client', 'el viernes y el sábado me tomo la botella entera de vino con mi esposo, y el domingo igual'],
        ['clinician', 'no hablamos de dejarlo del todo si no quiere. ¿qué te gustaría hacer?'],
        ['client', 'cortar a una copa el viernes y una el sábado y el domingo nada'],
        ['clinician', 'una copa el viernes, una el sábado, el domingo nada'],
      ],
      'GIRP',
    );
    expect(goal?.text).toContain('“cortar a una copa el viernes y una el sábado y el domingo nada”');
    expect(goal?.utteranceIds).toContain('s4');
  });

  it('writes no goal from an answer that turns the question down (“no sé, nada”)', async () => {
    const goal = await goalOf([
      ['clinician', '¿cómo ha estado la casa?'],
      ['client', 'igual, las peleas con mi hermano por la renta'],
      ['clinician', '¿qué te gustaría que pasara?'],
      ['client', 'no sé, nada, que se quede igual'],
    ]);
    expect(goal?.text ?? '').not.toMatch(/no sé, nada/);
  });

  it('takes a goal that opens with “no sé” and goes on to name it', async () => {
    const goal = await goalOf([
      ['clinician', 'desde que murió su esposa, ¿cómo come usted?'],
      ['client', 'pan con café nomás, ella cocinaba todo'],
      ['clinician', '¿y qué le gustaría lograr en estas semanas?'],
      ['client', 'no sé, aprender a cocinar algo sencillo para que los nietos coman conmigo los domingos'],
    ]);
    expect(goal?.text).toContain('aprender a cocinar algo sencillo');
  });

  it('does not take a clinician’s “una mamá que quiere…” for a question of what the client wants', async () => {
    const lines: [Utterance['speaker'], string][] = [
      ['clinician', 'eso es lo que hace una mamá que quiere a sus hijos, preocuparse'],
      ['client', 'pues me paso las noches despierta pensando en las cuentas del hospital'],
    ];
    const u = understandSession(snapshotOf(turns(lines)));
    const verdict = checkStatement(
      {
        text: 'Client’s goal, in answer to the clinician’s question: “pues me paso las noches despierta pensando en las cuentas del hospital”.',
        utteranceIds: ['s1', 's2'],
        claim: 'goal',
      },
      u,
    );
    expect(verdict.ok).toBe(false);
  });

  it('takes no wish for what fate brings (“ojalá…”) for the client’s goal', async () => {
    const goal = await goalOf([
      ['clinician', '¿cómo van las cosas en el trabajo?'],
      ['client', 'ojalá me cambien de turno porque ya no aguanto las noches en la planta'],
      ['clinician', 'las noches te están pesando mucho'],
    ]);
    expect(goal?.text ?? '').not.toMatch(/ojalá/);
  });

  it('takes no denied want (“no quiero…”) for the client’s goal', async () => {
    const goal = await goalOf([
      ['clinician', '¿y el grupo de los martes?'],
      ['client', 'no quiero volver al grupo de los martes porque ahí todos me miran raro'],
      ['clinician', 'te sientes juzgada ahí'],
    ]);
    expect(goal?.text ?? '').not.toMatch(/no quiero volver al grupo/);
  });
});

describe('tasks set in Spanish', () => {
  const statements = (note: NoteDraft) => note.sections.flatMap((s) => s.statements);
  const planOf = async (lines: [Utterance['speaker'], string][]) =>
    statements((await assistant.draftNote(snapshotOf(turns(lines)), 'SOAP')).result).filter(
      (s) => s.claim === 'homework' || s.claim === 'plan',
    );

  it('records the task the clinician sets with “tarea:” and the client’s yes', async () => {
    const plan = await planOf([
      ['clinician', '¿y los fines de semana cuántas te tomas?'],
      ['client', 'doce el viernes y doce el sábado, y el lunes llego mareado al techo'],
      ['clinician', 'me encanta eso. tarea: anota en el celular cuántas te tomaste cada día del fin y lo vemos'],
      ['client', 'okay lo anoto en el WhatsApp que me mando a mí mismo'],
    ]);
    expect(plan.map((s) => s.text).join(' ')).toContain('anota en el celular cuántas te tomaste cada día del fin');
    expect(plan.flatMap((s) => s.utteranceIds)).toContain('s3');
  });

  it('takes no question about last week’s task (“¿hiciste la tarea?”) for a task agreed', async () => {
    const plan = await planOf([
      ['clinician', '¿hiciste la tarea: anotar cada cigarrillo?'],
      ['client', 'se me olvidó casi todos los días, la verdad'],
    ]);
    expect(plan.map((s) => s.text).join(' ')).not.toMatch(/anotar cada cigarrillo/);
  });
});

describe('the citation check on what was agreed', () => {
  const u = understandSession(
    snapshotOf(
      turns([
        ['clinician', "so it's been a hard week and you're furious and scared at the same time"],
        ['client', 'yeah'],
        ['clinician', 'how about you keep a drink diary this week and bring it next time'],
        ['client', "okay I'll do that"],
        ['clinician', 'same time next week?'],
        ['client', 'no, I can’t do next week'],
      ]),
    ),
  );

  it('keeps a proposal with the client’s yes, and drops a reflection with a “yeah” as a plan', () => {
    expect(
      checkStatement(
        {
          text: "Agreed in session: clinician proposed “how about you keep a drink diary this week”; client agreed, “okay I'll do that”.",
          utteranceIds: ['s3', 's4'],
          claim: 'plan',
        },
        u,
      ),
    ).toEqual({ ok: true });
    expect(
      checkStatement(
        {
          text: "Agreed in session: clinician proposed “you're furious and scared at the same time”; client agreed, “yeah”.",
          utteranceIds: ['s1', 's2'],
          claim: 'plan',
        },
        u,
      ),
    ).toMatchObject({ ok: false });
  });

  it('drops a follow-up whose words book nothing, and one the client turned down', () => {
    expect(
      checkStatement(
        { text: 'Follow-up: “furious and scared at the same time”.', utteranceIds: ['s1'], claim: 'follow_up' },
        u,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkStatement(
        {
          text: 'Follow-up: clinician asked “same time next week?”; client agreed, “no, I can’t do next week”.',
          utteranceIds: ['s5', 's6'],
          claim: 'follow_up',
        },
        u,
      ),
    ).toMatchObject({ ok: false });
  });
});

describe('whose words the note quotes as the client’s', () => {
  /** A visit with the client's son interpreting: the transcript names the client, the son is an unnamed voice. */
  const WITH_SON = turns([
    ['clinician', 'so what brings you in today'],
    ['unknown', "hiya it's Imran I'm his son, I'm just here to help with the phone and that"],
    ['client', 'my sugar has been high for months and I feel tired all the time'],
    ['clinician', 'so shall we start the new tablet with breakfast from Monday'],
    ['unknown', "I'll get him a pill box from Argos and I'll put it in his calendar, I will do that"],
    ['client', "okay I'll take it with breakfast every day"],
    ['clinician', "great, I'll see you next Tuesday at ten to see how it went"],
  ]);

  it('never quotes a relative’s words as the client’s problem, goal or commitment', async () => {
    for (const format of NoteFormat.options) {
      const note = (await assistant.draftNote(snapshotOf(WITH_SON), format)).result;
      const aboutClient = note.sections
        .flatMap((s) => s.statements)
        .filter((s) => s.claim !== 'intervention' && s.claim !== 'follow_up');
      expect(aboutClient.map((s) => s.utteranceIds).flat(), format).not.toContain('s2');
      expect(aboutClient.map((s) => s.utteranceIds).flat(), format).not.toContain('s5');
      expect(JSON.stringify(aboutClient), format).not.toMatch(/Argos|Imran/);
    }
  });

  it('drops a claim about the client that rests on an unnamed voice when the transcript names the client', () => {
    const u = understandSession(snapshotOf(WITH_SON));
    expect(
      checkStatement(
        { text: 'Client committed to “I’ll get him a pill box from Argos”.', utteranceIds: ['s5'], claim: 'plan' },
        u,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkStatement(
        { text: 'Client’s goal, as they put it: “I will do that”.', utteranceIds: ['s5'], claim: 'goal' },
        u,
      ),
    ).toMatchObject({ ok: false, reason: 'quotes words the cited speaker did not say' });
  });

  it('still quotes an undiarised transcript, where no turn is named as the client’s', async () => {
    const undiarised = SMOKING.map((t) => (t.speaker === 'client' ? { ...t, speaker: 'unknown' as const } : t));
    const note = (await assistant.draftNote(snapshotOf(undiarised), 'SOAP')).result;
    expect(text(note)).toContain('I want to be off them completely by the summer');
  });
});

describe('what the client committed to', () => {
  const commitmentsIn = async (lines: [Utterance['speaker'], string][]) => {
    const note = (await assistant.draftNote(snapshotOf(turns(lines)), 'SOAP')).result;
    return note.sections.flatMap((s) => s.statements).filter((s) => /^Client committed to/.test(s.text));
  };

  it('records a step said outright, not a question back, a hedge or a rating with a try', async () => {
    const said = await commitmentsIn([
      ['clinician', 'what could you do before we meet again'],
      ['client', "I'll ring my sister on Sunday and ask her to come to the clinic with me"],
      ['clinician', 'and the reminders'],
      ['client', "okay. and if it's bad can I shoot you a message on the portal?"],
      ['clinician', 'how likely are you to try the walk, from zero to ten'],
      ['client', "seven. I'll try"],
      ['clinician', 'and the diary'],
      ['client', "I'll look at it. not promising. but I'll look"],
    ]);
    const quotedWords = said.map((s) => s.text).join(' ');
    expect(quotedWords).not.toMatch(/portal|seven|not promising/);
  });
});

describe('plans, goals and follow-ups agreed in answer to the clinician', () => {
  const statements = async (lines: [Utterance['speaker'], string][]) =>
    (await assistant.draftNote(snapshotOf(turns(lines)), 'SOAP')).result.sections.flatMap((s) => s.statements);
  const CRAVINGS: [Utterance['speaker'], string][] = [
    ['clinician', 'how have the nights been'],
    ['client', 'rough, I keep reaching for the vape when the baby is down'],
    ['clinician', 'what could you do instead at that time'],
  ];

  it('takes the step the client names when asked for one for the plan, citing the question and the answer', async () => {
    const plan = (
      await statements([
        ...CRAVINGS,
        ['client', 'put it in the glovebox, tea on the step, ten minutes'],
        ['clinician', 'that sounds like a plan'],
      ])
    ).find((s) => s.claim === 'plan');
    expect(plan?.text).toContain('“what could you do instead at that time”');
    expect(plan?.utteranceIds).toEqual(['s3', 's4']);
  });

  it('takes no plan from an answer that names nothing or doubts (“idk”, “no sé”)', async () => {
    for (const answer of ['idk honestly nothing really works at night', 'no sé, la verdad nada me ayuda']) {
      const plan = (await statements([...CRAVINGS, ['client', answer]])).find((s) => s.claim === 'plan');
      expect(plan, answer).toBeUndefined();
    }
  });

  it('records a step offered as a question (“¿le parece si…?”) and accepted as agreed', async () => {
    const plan = (
      await statements([
        ['clinician', '¿cómo va la caminata?'],
        ['client', 'pues casi no salgo, me duelen las rodillas'],
        ['clinician', '¿le parece si esta semana camina tres veces diez minutos con su vecina?'],
        ['client', 'sí, órale, lo intento con la vecina'],
      ])
    ).find((s) => s.claim === 'plan');
    expect(plan?.utteranceIds).toEqual(['s3', 's4']);
  });

  it('takes the goal the clinician reflected and the client took up, and none from a question', async () => {
    const reflected = (
      await statements([
        ['clinician', 'what brings you in'],
        ['client', 'the dialysis, three days a week in town, four hours each way'],
        ['clinician', 'so your goal is to get dialysis closer to home on the island'],
        ['client', 'yes. my wife can come then'],
      ])
    ).find((s) => s.claim === 'goal');
    expect(reflected?.text).toContain('get dialysis closer to home on the island');
    expect(reflected?.utteranceIds).toEqual(['s3', 's4']);
    const asked = (
      await statements([
        ['clinician', 'what brings you in'],
        ['client', 'the dialysis, three days a week in town, four hours each way'],
        ['clinician', 'do you want to talk about moving the chair closer to home'],
        ['client', 'yes. my wife can come then'],
      ])
    ).find((s) => s.claim === 'goal' && s.utteranceIds.includes('s3'));
    expect(asked).toBeUndefined();
  });

  it('books a contact said outright in a turn that also asks, and keeps words of risk out of it', async () => {
    const both = await statements([
      ['clinician', 'and the pills'],
      ['client', 'my brother took them to his place yesterday'],
      ['clinician', "I'll ring you Friday to check the gun's gone to Colin and see you next Wednesday"],
      ['client', 'aye'],
    ]);
    expect(both.find((s) => s.claim === 'follow_up')?.text).toBe('Follow-up: “and see you next Wednesday”.');
    const spanish = await statements([
      ['clinician', '¿cómo te fue con la presión?'],
      ['client', 'bien, ya me la tomo diario'],
      ['clinician', 'te llamo en dos semanas para ver cómo te fue, o si prefieres ¿vienes con la cita de la presión?'],
      ['client', 'mejor me llamas'],
    ]);
    expect(spanish.find((s) => s.claim === 'follow_up')?.text).toContain('te llamo en dos semanas');
  });

  it('books the next contact settled with a time alone at the close, and not a time said earlier in the session', async () => {
    const diary: [Utterance['speaker'], string][] = [
      ['clinician', 'so this week the drink diary every evening, and the cans counted'],
      ['client', "yeah I'll do the diary, I'll keep it by the kettle"],
    ];
    const closing = await statements([...diary, ['clinician', 'three weeks then'], ['client', 'three weeks, thanks']]);
    expect(closing.find((s) => s.claim === 'follow_up')?.text).toBe('Follow-up: “three weeks then”.');
    const asked = await statements([...diary, ['clinician', 'three weeks?'], ['client', 'aye that works']]);
    expect(asked.find((s) => s.claim === 'follow_up')?.utteranceIds).toEqual(['s3', 's4']);
    const declined = await statements([...diary, ['clinician', 'three weeks?'], ['client', 'no I cannot']]);
    expect(declined.find((s) => s.claim === 'follow_up')).toBeUndefined();
    const earlier = await statements([
      ['clinician', 'when did you last have a drink'],
      ['client', 'saturday at my cousin’s'],
      ['clinician', 'two weeks'],
      ['client', 'no, this saturday just gone'],
      ['clinician', 'okay and how much was it'],
      ['client', 'six or seven cans maybe more'],
      ['clinician', 'how did you feel the next day'],
      ['client', 'rough, I missed work on the monday'],
      ['clinician', 'what do you make of that'],
      ['client', "it's getting out of hand honestly"],
      ['clinician', "so you're starting to see a cost"],
      ['client', 'yeah my boss noticed'],
      ['clinician', 'what would you like to do about it'],
      ['client', 'cut down to weekends maybe'],
      ['clinician', "that's a good start"],
      ['client', 'yeah'],
    ]);
    expect(earlier.find((s) => s.claim === 'follow_up')).toBeUndefined();
  });
});
