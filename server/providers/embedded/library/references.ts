import type { Reference } from '../../../contracts/assist.ts';

/** The sources the embedded library is written from; each suggestion cites one of them. */
export const REFERENCES = {
  beck2011: {
    citation: 'Beck, J. S. (2011). Cognitive Behavior Therapy: Basics and Beyond (2nd ed.). Guilford Press.',
  },
  burns1980: {
    citation: 'Burns, D. D. (1980). Feeling Good: The New Mood Therapy. William Morrow.',
  },
  linehan2015: {
    citation: 'Linehan, M. M. (2015). DBT Skills Training Manual (2nd ed.). Guilford Press.',
  },
  millerRollnick2013: {
    citation:
      'Miller, W. R., & Rollnick, S. (2013). Motivational Interviewing: Helping People Change (3rd ed.). Guilford Press.',
  },
  hayes2012: {
    citation:
      'Hayes, S. C., Strosahl, K. D., & Wilson, K. G. (2012). Acceptance and Commitment Therapy: The Process and Practice of Mindful Change (2nd ed.). Guilford Press.',
  },
  martell2010: {
    citation:
      'Martell, C. R., Dimidjian, S., & Herman-Dunn, R. (2010). Behavioral Activation for Depression: A Clinician’s Guide. Guilford Press.',
  },
  stanleyBrown2012: {
    citation:
      'Stanley, B., & Brown, G. K. (2012). Safety Planning Intervention: A Brief Intervention to Mitigate Suicide Risk. Cognitive and Behavioral Practice, 19(2), 256–264.',
    url: 'https://doi.org/10.1016/j.cbpra.2011.01.001',
  },
  najavits2002: {
    citation:
      'Najavits, L. M. (2002). Seeking Safety: A Treatment Manual for PTSD and Substance Abuse. Guilford Press.',
  },
  segal2013: {
    citation:
      'Segal, Z. V., Williams, J. M. G., & Teasdale, J. D. (2013). Mindfulness-Based Cognitive Therapy for Depression (2nd ed.). Guilford Press.',
  },
  perlis2005: {
    citation:
      'Perlis, M. L., Jungquist, C., Smith, M. T., & Posner, D. (2005). Cognitive Behavioral Treatment of Insomnia: A Session-by-Session Guide. Springer.',
  },
  pennebaker1997: {
    citation:
      'Pennebaker, J. W. (1997). Writing about emotional experiences as a therapeutic process. Psychological Science, 8(3), 162–166.',
    url: 'https://doi.org/10.1111/j.1467-9280.1997.tb00403.x',
  },
  tarasoff1976: {
    citation: 'Tarasoff v. Regents of the University of California, 17 Cal. 3d 425 (1976).',
  },
  childWelfare2019: {
    citation:
      'Child Welfare Information Gateway. (2019). Mandatory Reporters of Child Abuse and Neglect. U.S. Department of Health and Human Services, Children’s Bureau.',
  },
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof REFERENCES;

export function reference(key: ReferenceKey): Reference {
  return { ...REFERENCES[key] };
}
