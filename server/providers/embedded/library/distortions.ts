import type { Distortion } from '../../../contracts/assist.ts';
import type { ReferenceKey } from './references.ts';

/**
 * Lexical cues for the ten cognitive distortions named by Beck (2011) and Burns (1980), and a
 * Socratic question for each. `{quote}` is replaced by the client's own words, so the question
 * invites the client to examine their thought rather than a paraphrase of it.
 */
export interface DistortionDefinition {
  key: Distortion;
  label: string;
  /** One line a clinician can say or read to explain the pattern. */
  explanation: string;
  patterns: RegExp[];
  socratic: string;
  reference: ReferenceKey;
}

export const DISTORTIONS: readonly DistortionDefinition[] = [
  {
    key: 'all_or_nothing',
    label: 'All-or-nothing thinking',
    explanation: 'seeing things in two categories only, with nothing in between',
    patterns: [
      /\b(complete|total|utter|absolute) (failure|disaster|mess|waste)\b/i,
      /\bif (it'?s|i'?m|i am|it is) not perfect\b/i,
      /\b(either|it'?s either)\b[^.?!]{0,60}\bor (it'?s |i'?m )?(nothing|worthless|a failure|pointless)\b/i,
      /\b(completely|totally|entirely) (ruined|useless|worthless|failed|pointless|wasted)\b/i,
      /\b(100 ?(percent|%)|perfect) or\b/i,
    ],
    socratic:
      'You described it as {quote}. On a scale from 0 to 100, where would you actually put it? What would a “somewhat” version look like?',
    reference: 'burns1980',
  },
  {
    key: 'catastrophising',
    label: 'Catastrophising',
    explanation: 'expecting the worst possible outcome and feeling unable to cope with it',
    patterns: [
      /\b(it'?ll|it will|it would|that'?d|that would|it'?s going to|it'?s gonna) be (a |an )?(total |complete |absolute )?(disaster|catastrophe|nightmare|the end of the world)\b/i,
      /\b(the end of the world|worst thing that could|ruin(ed|s)? (my|everything|my whole)|i won'?t survive|i couldn'?t (cope|survive|handle it))\b/i,
      /\bwhat if\b[^.?!]{0,60}\b(lose|fired|die|dies|leave(s)?|fall apart|everything falls)\b/i,
      /\beverything (is going to|will) fall apart\b/i,
    ],
    socratic:
      'You said {quote}. What is the worst that could happen, the best, and the most likely? If the worst did happen, how might you get through it?',
    reference: 'beck2011',
  },
  {
    key: 'mind_reading',
    label: 'Mind reading',
    explanation: 'assuming you know what others think, without evidence',
    patterns: [
      /\b(they|he|she|everyone|everybody|people|my (boss|manager|friends?|family|partner|husband|wife|teacher|coworkers?|colleagues?))( at [a-z]+( [a-z]+)?)? (all )?(must |probably )?(think|thinks|thought|know|knows|see|sees) (that )?(i'?m|i am|i was|me as)\b/i,
      /\bi (just )?know (they|he|she|everyone|people) (hate|hates|think|thinks|judge|judges|are judging|is judging|don'?t like|doesn'?t like)\b/i,
      /\b(they|he|she|everyone|people) (are|is|were|was) (judging|laughing at|talking about) me\b/i,
      /\b(they|he|she) (hates?|can'?t stand) me\b/i,
    ],
    socratic:
      'You said {quote}. What tells you that is what they think? What else might they be thinking, and how could you find out?',
    reference: 'beck2011',
  },
  {
    key: 'fortune_telling',
    label: 'Fortune telling',
    explanation: 'predicting that things will turn out badly, as if it were a fact',
    patterns: [
      /\b(it'?s|it is|this is|that'?s) (going to|gonna) (go|turn out|end) (badly|wrong|terribly|horribly)\b/i,
      /\bi(?:'ll| will) (never|always) (get|be|find|have|feel|fail|mess)\b/i,
      /\bi (just )?know (i'?ll|i will|it'?ll|it will) (fail|mess|go wrong|never|not work|be awful)\b/i,
      /\b(there'?s )?no point (in )?(trying|applying|going|asking)\b/i,
      /\bit(?:'ll| will) never (get better|work|change|happen)\b/i,
      /\bnothing (is ever going to|will ever) (change|get better|work)\b/i,
    ],
    socratic:
      'You predicted {quote}. How sure are you, from 0 to 100%? What has happened before when you expected things to go badly? What could you do to test the prediction?',
    reference: 'beck2011',
  },
  {
    key: 'should_statements',
    label: 'Should statements',
    explanation: 'holding yourself to rigid rules about how you must be',
    patterns: [
      /\bi (really )?(should|shouldn'?t|must|mustn'?t|ought to|ought not to)( have)? (be|have|know|feel|do|handle|get|never|always|not)\b/i,
      /\bi (should|shouldn'?t) have\b/i,
      /\bi have to be (perfect|strong|happy|the best|better)\b/i,
    ],
    socratic:
      'You said {quote}. Where does that rule come from? What would you say to a friend who held themselves to it? How might “I would prefer…” sound instead?',
    reference: 'burns1980',
  },
  {
    key: 'labelling',
    label: 'Labelling',
    explanation: 'summing yourself up with a global negative label instead of describing a behaviour',
    // Not when quoting what others are imagined to think ("she thinks I'm a failure"): that is mind reading.
    patterns: [
      /(?<!\b(think|thinks|thought|says|said|knows?|believes?) (that )?)\bi'?m (such |just |really )?(a|an) (total |complete |absolute |huge |big )?(failure|loser|idiot|mess|burden|disappointment|fraud|screw-?up|joke|waste of space|bad (person|mother|father|mom|dad|parent|friend))\b/i,
      /(?<!\b(think|thinks|thought|says|said|knows?|believes?) (that )?)\bi am (such |just |really )?(a|an) (total |complete |absolute )?(failure|loser|idiot|mess|burden|disappointment|fraud)\b/i,
      /(?<!\b(think|thinks|thought|says|said|knows?|believes?) (that )?)\bi'?m (so |just |completely )?(worthless|useless|pathetic|stupid|broken|unlovable|hopeless)\b/i,
      /\bi am (so |just |completely )?(worthless|useless|pathetic|stupid|broken|unlovable)\b/i,
    ],
    socratic:
      'You called yourself {quote}. If we describe what actually happened rather than who you are, how would you put it? Does one event define the whole person?',
    reference: 'burns1980',
  },
  {
    key: 'overgeneralising',
    label: 'Overgeneralising',
    explanation: 'treating one event as a never-ending pattern',
    patterns: [
      /\bi (always|constantly) (mess|screw|ruin|fail|get|end up|say the wrong|make)\b/i,
      /\b(nothing|things) (ever )?(goes|go|works|work|turns out|turn out) (right|out|my way)\b/i,
      /\bnothing ever (goes|works|changes|gets better)\b/i,
      /\b(every single time|every time)\b[^.?!]{0,50}\b(wrong|fail|mess|ruin|leave|worse)\b/i,
      /\b(nobody|no one|no-one|everyone|everybody) (ever )?(cares|likes|wants|listens|leaves|hates|loves|understands)\b/i,
      /\b(this|it) always happens( to me)?\b/i,
    ],
    socratic:
      'You said {quote}. Can you think of a time when that was not the case? How often does it really happen, and what made the exceptions different?',
    reference: 'burns1980',
  },
  {
    key: 'discounting_the_positive',
    label: 'Discounting the positive',
    explanation: 'dismissing good things as if they did not count',
    patterns: [
      /\b(it|that|they|this) (doesn'?t|didn'?t|don'?t) (really )?count\b/i,
      /\b(it was|that was|i was) (just|only|pure) (luck|lucky|a fluke)\b/i,
      /\b(anyone|anybody) could (have done|do) (it|that)\b/i,
      /\b(they'?re|they were|she was|he was|she'?s|he'?s) (just|only) being (nice|polite|kind)\b/i,
      /\b(but|yeah but) (it|that) (was|is) (nothing|no big deal)\b/i,
    ],
    socratic:
      'You said {quote}. If a friend had done the same thing, would it count for them? What did it take from you to make it happen?',
    reference: 'burns1980',
  },
  {
    key: 'emotional_reasoning',
    label: 'Emotional reasoning',
    explanation: 'taking a feeling as proof of a fact',
    patterns: [
      /\bi feel (like )?(a |an |so )?[a-z ]{2,30},? so (i|it|that|they|he|she) (must|has to|have to|probably)\b/i,
      /\bi feel [a-z ]{2,30},? (so|which means|therefore) (i'?m|i am|it'?s|it is)\b/i,
      /\bif i feel (this|so) [a-z]+,? (it|there) must\b/i,
      /\bit feels (true|real|like the truth),? so\b/i,
    ],
    socratic:
      'You said {quote}. Feelings are real, but are they facts? What evidence would you look for, apart from the feeling itself?',
    reference: 'beck2011',
  },
  {
    key: 'personalisation',
    label: 'Personalisation',
    explanation: 'taking responsibility for events that are not wholly in your control',
    patterns: [
      /\b(it'?s|it is|it was|it'?s all|this is|that'?s) (all )?my fault\b/i,
      /\b(all )?because of me\b/i,
      /\bi'?m (the one )?to blame\b/i,
      /\bi blame myself\b/i,
      /\bif (only )?i had(n'?t)? (been|done|said|noticed|called|stayed)\b/i,
      /\bi (made|caused) (him|her|them|it) (to )?(leave|drink|angry|upset|happen|die|sick)\b/i,
    ],
    socratic:
      'You said {quote}. Let’s draw a responsibility pie: who and what else contributed to what happened? How big is your slice, really?',
    reference: 'beck2011',
  },
];
