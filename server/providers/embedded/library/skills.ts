import type { GoEmotionLabel } from '../../../contracts/analysis.ts';
import type { Modality } from '../../../contracts/assist.ts';
import type { ReferenceKey } from './references.ts';

/** What a template may use to speak to this client: their own words and the session's main topic. */
export interface SkillContext {
  /** The client's words that triggered the suggestion, already quoted. */
  quote: string;
  /** The session's leading theme as a phrase ("work", "your relationship"), when there is one. */
  topic?: string;
}

/**
 * A skill or technique from the library, suggested when the client's words (or the emotion
 * detector) show the pattern it addresses.
 */
export interface SkillDefinition {
  key: string;
  modality: Modality;
  title: string;
  reference: ReferenceKey;
  cues: RegExp[];
  /** Strong emotions that call for the skill even without a lexical cue. */
  emotions?: { labels: GoEmotionLabel[]; minScore: number; spikeOnly?: boolean };
  /** Why it fits, completed with the trigger ("Client said “…”, which suggests …"). */
  why: string;
  prompt(ctx: SkillContext): string;
}

const about = (ctx: SkillContext, fallback: string) => ctx.topic ?? fallback;

export const SKILLS: readonly SkillDefinition[] = [
  {
    key: 'grounding_54321',
    modality: 'grounding',
    title: '5-4-3-2-1 grounding',
    reference: 'najavits2002',
    cues: [
      /\b(panic(king)?|panic attack|can'?t breathe|heart (is |was )?(racing|pounding)|overwhelm(ed|ing)|spacing out|zon(e|ed|ing) out|feel(s)? unreal|not real|dizzy|shaking)\b/i,
    ],
    emotions: { labels: ['fear', 'nervousness'], minScore: 0.55 },
    why: 'acute anxiety or overwhelm in the moment; grounding brings attention back to the present before any further work',
    prompt: (ctx) =>
      `Pause the topic for a moment and guide grounding: “Let’s slow down together. Name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.” Then check distress 0–10 before returning to ${ctx.topic ? `the conversation about ${ctx.topic}` : 'what you were describing'}.`,
  },
  {
    key: 'dbt_tipp',
    modality: 'DBT',
    title: 'TIPP for intense emotion',
    reference: 'linehan2015',
    cues: [
      /\b(can'?t calm down|so (angry|furious|upset) i could|want(ed)? to scream|losing it|lost it|out of control|boiling|about to explode)\b/i,
    ],
    emotions: { labels: ['anger', 'fear', 'grief'], minScore: 0.6, spikeOnly: true },
    why: 'very high emotional arousal; TIPP lowers arousal quickly so that other skills become usable',
    prompt: () =>
      'Introduce TIPP as a way to bring the intensity down fast: Temperature (cold water on the face), Intense exercise for a few minutes, Paced breathing (breathe out longer than in), Paired muscle relaxation. Ask which one the client could try next time the feeling peaks.',
  },
  {
    key: 'dbt_stop',
    modality: 'DBT',
    title: 'STOP skill for urges',
    reference: 'linehan2015',
    cues: [
      /\b(i (just )?snapped|before i knew it|i couldn'?t stop myself|urge to|wanted to (punch|hit|throw|smash|scream at|text (him|her|them))|acted without thinking|impulsive(ly)?)\b/i,
    ],
    why: 'acting on urges before thinking; STOP creates a pause between the urge and the action',
    prompt: (ctx) =>
      `Teach STOP for the next time the urge comes up around ${about(ctx, 'this situation')}: Stop (freeze), Take a step back (breathe), Observe (what is happening inside and around you), Proceed mindfully (what would help my goals?). Ask the client to walk through the last episode using the four steps.`,
  },
  {
    key: 'dbt_opposite_action',
    modality: 'DBT',
    title: 'Opposite action',
    reference: 'linehan2015',
    cues: [
      /\b(i'?ve been avoiding|avoid(ing|ed) (it|them|him|her|people|going|calls)|couldn'?t face|haven'?t left the house|hid(ing)? (in my room|from)|cancel(l)?ed (on|plans)|stopped answering)\b/i,
    ],
    why: 'avoidance driven by fear, shame or sadness, which tends to keep the emotion going',
    prompt: (ctx) =>
      `Check the facts of the emotion, then explore opposite action: “The feeling is telling you to avoid ${about(ctx, 'it')}. If the emotion doesn’t fit the facts, what would acting opposite to it look like, in a small step this week?”`,
  },
  {
    key: 'dbt_dear_man',
    modality: 'DBT',
    title: 'DEAR MAN for asking or saying no',
    reference: 'linehan2015',
    cues: [
      /\b(can'?t say no|never say no|couldn'?t say no|afraid to ask|don'?t know how to (tell|ask|say)|walk(s|ed)? all over me|never stand up for myself|didn'?t speak up|keep the peace)\b/i,
    ],
    why: 'difficulty asking for what they need or refusing a request',
    prompt: (ctx) =>
      `Rehearse a DEAR MAN script for ${about(ctx, 'the conversation they are dreading')}: Describe the facts, Express feelings, Assert the request, Reinforce; stay Mindful, Appear confident, Negotiate. Ask: “What exactly do you want to ask for, and how would you open?”`,
  },
  {
    key: 'dbt_check_the_facts',
    modality: 'DBT',
    title: 'Check the facts',
    reference: 'linehan2015',
    cues: [
      /\b(i'?m (sure|certain) (he|she|they|it)|(that|it) (must|probably) mean(s)?|i assumed|i just assumed|obviously (he|she|they))\b/i,
    ],
    why: 'a strong emotion resting on an interpretation that may not match the facts',
    prompt: () =>
      'Check the facts together: “What was the prompting event, exactly? What interpretations are you adding? Is there another way to see it? Does the intensity of the emotion fit the facts?”',
  },
  {
    key: 'mi_reflection',
    modality: 'MI',
    title: 'Double-sided reflection (OARS)',
    reference: 'millerRollnick2013',
    cues: [
      /\bpart of me (wants|thinks|knows)\b/i,
      /\bi know i should\b[^.?!]{0,80}\bbut\b/i,
      /\bi want to\b[^.?!]{0,80}\bbut\b/i,
      /\b(not sure (i|if i) (want|can)|i don'?t know if i (want|can)|on the other hand|i guess i could)\b/i,
    ],
    why: 'ambivalence about change; reflecting both sides lets the client hear their own reasons for change',
    prompt: (ctx) =>
      `Offer a double-sided reflection in the client’s words: “On the one hand …, and on the other hand …” (you said ${ctx.quote}). Follow with an open question: “What would make this worth changing for you?” and affirm any change talk.`,
  },
  {
    key: 'mi_affirmation',
    modality: 'MI',
    title: 'Affirm effort and change talk',
    reference: 'millerRollnick2013',
    cues: [
      /\b(i managed to|i actually (went|did|called|asked|tried)|for the first time|i tried (to|it)|i didn'?t (drink|use|give up)|i'?ve been (sober|clean)|i stuck (with|to) it)\b/i,
    ],
    why: 'the client described an effort or a step toward change, which an affirmation strengthens',
    prompt: (ctx) =>
      `Affirm the step specifically (“It took real effort to do that”) and ask an open question to elicit more change talk: “How did you manage it?” (about ${ctx.quote}).`,
  },
  {
    key: 'act_defusion',
    modality: 'ACT',
    title: 'Cognitive defusion',
    reference: 'hayes2012',
    cues: [
      /\b(i (keep|can'?t stop) thinking|can'?t get it out of my head|my (mind|brain) (keeps|won'?t stop)|the thought (that|of)|a voice in my head|goes round and round|ruminat\w*)\b/i,
    ],
    why: 'a sticky, repetitive thought the client is fused with',
    prompt: (ctx) =>
      `Try defusion with the thought ${ctx.quote}: invite the client to say “I’m having the thought that …” before it, or to thank their mind for the thought. Ask: “What happens to the thought when you hold it that way? Is it helping you move toward what matters?”`,
  },
  {
    key: 'behavioural_activation',
    modality: 'behavioural_activation',
    title: 'Activity scheduling',
    reference: 'martell2010',
    cues: [
      /\b(stay(ed|ing)? in bed|can'?t get out of bed|don'?t enjoy anything|nothing (is|feels) (fun|enjoyable)|lost interest|stopped (going|doing|seeing|exercising|running|playing)|no energy|haven'?t done anything|used to (love|enjoy|like))\b/i,
    ],
    emotions: { labels: ['sadness', 'grief', 'disappointment'], minScore: 0.6 },
    why: 'withdrawal and low mood, where waiting to feel motivated keeps activity low',
    prompt: (ctx) =>
      `Explore the link between activity and mood (“What did you do on the days that felt a little better?”) and plan one small, specific, valued activity for this week — when, where and with whom — as an experiment rather than a test. Connect it with ${about(ctx, 'what matters to the client')}.`,
  },
];
