/** Journaling prompts per session theme (expressive writing; Pennebaker 1997). */
export const JOURNALING_PROMPTS: Record<string, readonly string[]> = {
  sleep: ['What was on your mind as you tried to fall asleep?', 'What helped you wind down, even a little, today?'],
  work_stress: [
    'Which part of work weighed on you most today, and what was in your control?',
    'What did you get done today that you could give yourself credit for?',
  ],
  relationships: [
    'What happened between you and your partner today, and what did you need in that moment?',
    'What would you want them to understand about how you felt?',
  ],
  family: [
    'Which family moment stayed with you today, and why?',
    'What role do you find yourself playing in your family, and is it one you chose?',
  ],
  grief: [
    'Write to the person you lost about what you wish you could tell them today.',
    'What memory of them came up this week, and how did it feel?',
  ],
  anxiety: [
    'What worry showed up today, and what actually happened?',
    'What did you do when the anxiety came, and what did you notice afterward?',
  ],
  low_mood: [
    'What gave you even a small sense of pleasure or accomplishment today?',
    'When did your mood shift today, even slightly, and what was going on?',
  ],
  substance_use: [
    'When did you notice a craving today, what triggered it, and what did you do?',
    'What matters to you that drinking or using gets in the way of?',
  ],
  self_worth: [
    'Write down three things you did today that you would credit a friend for.',
    'What did your inner critic say today, and how would a kind friend answer it?',
  ],
  school: [
    'What did you study or hand in today, and how did it go compared with what you expected?',
    'What would a realistic, good-enough standard look like for this week?',
  ],
  appetite: [
    'What did you eat today, and how were you feeling before and after?',
    'What made eating easier or harder today?',
  ],
  health: [
    'How did your body feel today, and how did that affect your mood?',
    'What did you do to look after your health today?',
  ],
  finances: [
    'Which money worry came up today, and what is one concrete next step?',
    'What is in your control about this situation, and what is not?',
  ],
  loneliness: [
    'Who did you have contact with today, even briefly, and how did it feel?',
    'Who might you reach out to this week, and what would you say?',
  ],
  anger: [
    'What made you angry today, what did you need, and how did you respond?',
    'What was underneath the anger (hurt, fear, disappointment)?',
  ],
};
