/**
 * Session themes the embedded summariser recognises in the client's words. Each pattern is
 * matched case-insensitively against one sentence; `weight` lets a strong cue ("insomnia")
 * count more than a weak one ("tired").
 */
export interface ThemeDefinition {
  key: string;
  label: string;
  /** Phrase used inside generated prompts: "when you talk about {topic}". */
  topic: string;
  cues: { pattern: RegExp; weight: number }[];
}

const cue = (pattern: RegExp, weight = 1) => ({ pattern, weight });

export const THEMES: readonly ThemeDefinition[] = [
  {
    key: 'sleep',
    label: 'Sleep',
    topic: 'sleep',
    cues: [
      cue(
        /\b(insomnia|can'?t (fall |get (back )?to |stay )?(a)?sleep|couldn'?t sleep|(barely|hardly|never) sleep(ing)?|not sleeping|no sleep|poor sleep|sleep(ing)? (badly|poorly|terribly)|(lie|lying|lay) awake|trouble (sleeping|falling asleep)|waking up at|wake up at \d+|nightmares?)(?!\w)/i,
        2,
      ),
      cue(/\b(sleep(ing)?|slept|asleep|bed ?time|awake all night|up all night|naps?)\b/i),
      cue(/\b(exhausted|tired all the time|no energy)\b/i, 0.5),
    ],
  },
  {
    key: 'work_stress',
    label: 'Work',
    topic: 'work',
    cues: [
      cue(
        /\b(my (boss|manager|supervisor)|workload|performance review|got fired|laid off|lose my job|burn(ed|t)? ?out)\b/i,
        2,
      ),
      // "work" as the place or the job ("at work", "work is"), not as a verb ("that could work").
      cue(
        /\b((at|from|after|before|to|for|my|off|of|about|with|miss(ed)?) work|work (is|was|has been|stuff|hours|life|trip|load)|working (late|overtime|long|two jobs|all the time|weekends)|job|office|shift|deadlines?|coworkers?|co-workers?|colleagues?|career|meeting|promotion|overtime)\b/i,
      ),
    ],
  },
  {
    key: 'relationships',
    label: 'Relationship with partner',
    topic: 'your relationship',
    cues: [
      cue(
        /\b(my (partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?|spouse|ex)|break ?up|broke up|divorce|separat(ed|ion)|cheat(ed|ing))\b/i,
        2,
      ),
      cue(/\b(relationship|marriage|dating|argu(e|ed|ing|ment)s?|fight(ing)?|fought)\b/i),
    ],
  },
  {
    key: 'family',
    label: 'Family',
    topic: 'your family',
    cues: [
      cue(
        /\b(my (mom|mum|mother|dad|father|parents?|sister|brother|siblings?|son|daughter|kids?|children|grand(ma|pa|mother|father)|family|in-laws?|aunt|uncle|cousin))\b/i,
        2,
      ),
      cue(/\b(family|parenting|custody|at home|household)\b/i),
    ],
  },
  {
    key: 'grief',
    label: 'Grief and loss',
    topic: 'your loss',
    cues: [
      cue(
        /\b(passed away|died|death of|funeral|grie(f|ving)|bereave\w*|lost my (mom|mum|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|friend|baby|dog|cat))\b/i,
        2,
      ),
      cue(/\b(miss (him|her|them) so|anniversary of|since (he|she) (died|passed)|loss)\b/i),
    ],
  },
  {
    key: 'anxiety',
    label: 'Anxiety and worry',
    topic: 'the worry',
    cues: [
      cue(/\b(panic( attacks?)?|anxiety|anxious|heart (was )?(racing|pounding)|can'?t breathe|hyperventilat\w*)\b/i, 2),
      cue(/\b(worr(y|ied|ying|ies)|nervous|on edge|scared|afraid|fear|dread|overthink\w*|what if)\b/i),
    ],
  },
  {
    key: 'low_mood',
    label: 'Low mood',
    topic: 'how low things have felt',
    cues: [
      cue(
        /\b(depress(ed|ion)|hopeless|empty inside|numb|don'?t enjoy anything|nothing (is|feels) (fun|good)|lost interest)\b/i,
        2,
      ),
      // "Down" and "low" alone are places and amounts ("cut down", "down the pub", "sugar was low").
      cue(
        /\b(sad|crying|cried|miserable|unmotivated|no motivation|stayed in bed|can'?t get out of bed|pointless|low mood|down in the dumps|(feel|feels|feeling|felt|been|so|really|pretty|quite|very|bit|i'?m|i am) (down|low))\b/i,
      ),
    ],
  },
  {
    key: 'substance_use',
    label: 'Substance use',
    topic: 'drinking or using',
    cues: [
      cue(
        /\b(drinking (too much|again|every)|drunk|hungover|relapse[ds]?|sober|sobriety|cravings?|using again|weed|cannabis|cocaine|pills|opioids?|vap(e|ing)|smok(e|ing))\b/i,
        2,
      ),
      cue(/\b(drinks?|beers?|wine|alcohol|bottle|high)\b/i),
    ],
  },
  {
    key: 'self_worth',
    label: 'Self-worth',
    topic: 'how you see yourself',
    cues: [
      cue(
        /\b(worthless|not good enough|i'?m (a )?(failure|loser|burden|useless|stupid|pathetic|disappointment)|hate myself|i'?m (so )?(ugly|fat)|no one (likes|wants) me)\b/i,
        2,
      ),
      cue(/\b(confidence|self[- ]esteem|ashamed|shame|embarrass\w*|imposter|fraud|compare myself)\b/i),
    ],
  },
  {
    key: 'school',
    label: 'School and studies',
    topic: 'school',
    cues: [
      cue(
        /\b(exams?|finals|grades?|gpa|failing (a |my )?class|professor|teacher|homework|assignments?|dissertation|thesis)\b/i,
        2,
      ),
      cue(/\b(school|college|university|class(es)?|studying|semester|campus)\b/i),
    ],
  },
  {
    key: 'health',
    label: 'Physical health',
    topic: 'your health',
    cues: [
      cue(/\b(diagnos(is|ed)|chronic pain|migraines?|surgery|hospital|medication side effects?|my doctor)\b/i, 2),
      cue(/\b(pain|sick|illness|headaches?)\b/i),
    ],
  },
  {
    key: 'appetite',
    label: 'Appetite and eating',
    topic: 'eating',
    cues: [
      cue(
        /\b((no|lost( my)?|poor|little) appetite|not (been )?eating|(can'?t|couldn'?t|forget to|barely|hardly) eat|skip(ping|ped)? (meals|breakfast|lunch|dinner)|eat(ing)? (too much|all the time|constantly)|overeat\w*|binge\w*|comfort eat\w*|stress eat\w*|(lost|gained|losing|gaining|put on) (some |a lot of )?weight)\b/i,
        2,
      ),
      cue(/\b(appetite|eating|meals?)\b/i),
    ],
  },
  {
    key: 'finances',
    label: 'Money and bills',
    topic: 'money',
    cues: [
      cue(/\b(debt|rent is due|can'?t (afford|pay)|bills?|evict\w*|bankrupt\w*|loan)\b/i, 2),
      cue(/\b(money|paycheck|budget|expensive|savings)\b/i),
    ],
  },
  {
    key: 'loneliness',
    label: 'Loneliness and isolation',
    topic: 'feeling alone',
    cues: [
      cue(/\b(lonely|loneliness|isolated|no friends|no one to talk to|all alone|by myself all)\b/i, 2),
      cue(/\b(alone|withdrawn|cancel(l)?ed plans|stopped seeing|avoid(ing)? (people|friends))\b/i),
    ],
  },
  {
    key: 'anger',
    label: 'Anger',
    topic: 'the anger',
    cues: [
      cue(/\b(furious|rage|lost my temper|snapped at|yell(ed|ing) at|screamed at|so angry)\b/i, 2),
      cue(/\b(angry|mad at|irritated|frustrat\w*|resent\w*)\b/i),
    ],
  },
];

/** A theme counts once a session has this much cue weight for it. */
export const THEME_THRESHOLD = 2;
