import type { HomeworkItem } from '../../../contracts/assist.ts';

/**
 * Between-session tasks a clinician and client agree on, recognised in the turns where the
 * agreement is made (the clinician's agreed task or follow-up, the client's commitment), never
 * from a single word elsewhere in the session. Each entry says what the task is and carries
 * examples it must and must not match (tests/providers/agreedTasks.test.ts runs them).
 */
export interface AgreedTask {
  readonly key: string;
  readonly kind: HomeworkItem['kind'];
  readonly title: string;
  readonly instructions: string;
  readonly schedule: HomeworkItem['schedule'];
  readonly pattern: RegExp;
  readonly examples: { readonly match: readonly string[]; readonly nomatch: readonly string[] };
}

export const AGREED_TASKS: readonly AgreedTask[] = [
  {
    key: 'quit_plan',
    kind: 'change_plan',
    title: 'Quit date and nicotine replacement',
    instructions:
      'Keep to the quit date we set, use the nicotine replacement as agreed (patch each morning, gum or lozenge for cravings), and note each craving: when, how strong (0–10) and what you did instead.',
    schedule: { frequency: 'daily', weeks: 2 },
    pattern:
      /\b(quit (date|day)|(nicotine )?patch(es)?|nicotine (replacement|gum|lozenges?)|\bnrt\b|lozenges?|varenicline|champix|chantix)\b/i,
    examples: {
      match: [
        'so we said the quit date is the first of the month',
        'okay I will try the patches from Monday',
        'pick up the nicotine gum at the chemist',
      ],
      nomatch: ['I cut down to ten a day', 'I tried to stop before'],
    },
  },
  {
    key: 'drink_diary',
    kind: 'change_plan',
    title: 'Drink diary',
    instructions:
      'Write down each drink the day you have it — what, how much, where, who with and how you felt — and count the units at the end of the week. Bring the diary next time.',
    schedule: { frequency: 'daily', durationMinutes: 5, weeks: 1 },
    pattern:
      /\b(drink(ing)? diary|diary of (your|my) drink(ing|s)?|(track|count|write down|log) (the |your |my )?(drinks|units)|alcohol diary)\b/i,
    examples: {
      match: ['keep the drink diary going till next week', 'I will write down my drinks every night'],
      nomatch: ['I had a drink at the club', 'diary of a wimpy kid'],
    },
  },
  {
    key: 'naloxone_plan',
    kind: 'change_plan',
    title: 'Naloxone plan',
    instructions:
      'Keep the naloxone kit where you and the people you live with can find it, make sure they know how to use it, never use alone, and call 911 if someone will not wake up.',
    schedule: { frequency: 'as_needed' },
    pattern: /\b(naloxone|narcan|nalox)\b/i,
    examples: {
      match: ['take the narcan kit home and show your sister', 'I will keep the naloxone in my bag'],
      nomatch: ['the methadone dose stays the same'],
    },
  },
  {
    key: 'thought_record',
    kind: 'thought_record',
    title: 'Thought record',
    instructions:
      'When your mood drops, write down the situation, the thought, the feeling and how strong it was (0–100), the evidence for and against the thought, and a more balanced thought.',
    schedule: { frequency: 'times_per_week', timesPerWeek: 3, durationMinutes: 15, weeks: 2 },
    pattern: /\b(thought (record|log|diary)|write (down )?the (thought|thoughts)|catch (the|those) thoughts?)\b/i,
    examples: {
      match: ['try the thought record three times this week', 'write down the thoughts when it happens'],
      nomatch: ['I thought about it'],
    },
  },
  {
    key: 'sleep_diary',
    kind: 'sleep_diary',
    title: 'Sleep diary',
    instructions:
      'Each morning, write down when you went to bed, how long it took to fall asleep, how often you woke, when you got up, and how rested you feel (0–10).',
    schedule: { frequency: 'daily', durationMinutes: 5, timeOfDay: 'morning', weeks: 2 },
    pattern: /\b(sleep (diary|log)|(track|write down) (your|my) sleep)\b/i,
    examples: { match: ['keep a sleep diary for two weeks'], nomatch: ['I cannot sleep'] },
  },
  {
    key: 'activity_plan',
    kind: 'behavioural_activation',
    title: 'Planned activities',
    instructions:
      'Do the activities we planned on the days we planned them, and rate your mood (0–10) before and after each.',
    schedule: { frequency: 'times_per_week', timesPerWeek: 3, weeks: 1 },
    pattern:
      /\b(go (for a )?walk|walk (the dog|every|each|twice|three)|(plan|schedule) (one|a|some|an?) (activit|thing)|activity (plan|schedule))/i,
    examples: {
      match: ['I will go for a walk every morning', 'schedule one activity you used to enjoy'],
      nomatch: ['I walked out of the room'],
    },
  },
];
